"""The lock screen of an encrypted workspace, after the idle lock's minutes: nothing of the
workspace shows (no tab, no figure, no name, no path, no menu) until its passphrase is typed
again. The passphrase is checked against the key in memory, never taken from the keychain: the
keychain would open for whoever sits at the unlocked session.

Locking hides and disables; it closes nothing: the tabs as they were, the undo history and the
forms' state are back on unlocking. « Close the workspace » closes it from there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.ui.background import awaited
from esn_desktop.ui.forms import reserved_error_label, secret_field, show_error, title_label

if TYPE_CHECKING:
    from esn_desktop.ui.main_window import MainWindow


class LockPage(QWidget):
    """The page shown instead of the tabs: the passphrase field, Unlock and Close. Over a dialog
    (`over`), the same page covers it; over a form its Close closes the form unsaved (the person
    chose to leave it), showing the window's lock page and its own Close below."""

    unlock_requested = Signal(str)
    close_requested = Signal()

    def __init__(self, over: QDialog | None = None) -> None:
        super().__init__(over)
        self.title = title_label()
        self.title.setText(self.tr("This workspace is locked"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # One line, unwrapped: a wrapped label under a centred box is given one line's height.
        said = QLabel(self.tr("Type its passphrase to show it again."))
        said.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = secret_field()
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.error = reserved_error_label()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close the workspace"))
        self.field.returnPressed.connect(self.unlock_button.click)
        self.unlock_button.clicked.connect(lambda: self.unlock_requested.emit(self.field.text()))
        self.close_button.clicked.connect(self.close_requested)
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        box = QWidget()
        box.setMinimumWidth(460 if over is None else 0)
        inner = QVBoxLayout(box)
        inner.setSpacing(10)
        for widget in (self.title, said, self.field, self.error):
            inner.addWidget(widget)
        inner.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        #: What the page hides of the dialog it covers, shown again on unlocking.
        self.covered: list[QWidget] = []
        if over is not None:
            # Hidden, not only painted over: nothing of the form reaches a screen reader either.
            self.covered = [
                child
                for child in over.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if child.isVisible()
            ]
            for child in self.covered:
                child.hide()
            if isinstance(over, QMessageBox | QProgressDialog):
                # A question's rejection is no answer its asker knows, and a progress hidden
                # would go on unseen: those wait for the unlocking.
                self.close_button.hide()
            else:
                self.close_button.setText(self.tr("Close this form"))
                self.close_requested.connect(over.reject)
            self.setAutoFillBackground(True)  # nothing of the dialog shows through
            self.setGeometry(over.rect())
            self.raise_()
            self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The field's Return unlocks and goes no further: over a form, the form's own default
        # button (Save) would take it and write what was left half typed.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def uncover(self) -> None:
        for child in self.covered:
            if shiboken6.isValid(child):
                child.show()
        self.covered = []

    def ask(self) -> None:
        self.field.clear()
        show_error(self.error, "")
        self.error.show()
        self.field.setFocus()

    def refuse(self) -> None:
        show_error(self.error, self.tr("Wrong passphrase"))
        self.field.clear()
        self.field.setFocus()


class ScreenLock(QObject):
    """Puts the window's `stack` (the welcome screen, the tabs) on the lock page and back."""

    def __init__(self, window: MainWindow, stack: QStackedWidget) -> None:
        super().__init__(window)
        self.window = window
        self.stack = stack
        self.page = LockPage()
        stack.addWidget(self.page)
        self._shown: QWidget | None = None
        self._disabled: list[QAction | QShortcut] = []
        self._hidden: list[QWidget] = []
        self._covers: list[LockPage] = []
        self._waiting: list[Callable[[], object]] = []
        self.page.unlock_requested.connect(self.unlock)
        # Through a lambda: the window's method as it is when clicked.
        self.page.close_requested.connect(lambda: window.close_workspace())  # noqa: PLW0108

    @property
    def locked(self) -> bool:
        return self._shown is not None

    def when_unlocked(self, action: Callable[[], object]) -> None:
        """Runs `action` now, or once the workspace is unlocked when it is locked (a backup's
        failure names the client's file; a demo built meanwhile would open over the lock);
        dropped if the workspace closes first."""
        if self.locked:
            self._waiting.append(action)
        else:
            action()

    def say(self, text: str, ms: int) -> None:
        """A notice for the status bar (where a backup went: a path naming the client), kept
        off the lock screen."""
        if not self.locked:
            self.window.statusBar().showMessage(text, ms)

    def lock(self) -> None:
        if self.locked:
            return
        self._shown = self.stack.currentWidget()
        self.stack.setCurrentWidget(self.page)
        self.window.setWindowTitle(self.tr("Locked — esn-desktop"))
        self.window.statusBar().clearMessage()
        # Every menu, button and shortcut: the recent menu names clients, Ctrl+Z would change
        # the workspace, Ctrl+1 would bring a tab back.
        self._disabled = [
            control
            for control in [*self.window.findChildren(QAction), *self.window.findChildren(QShortcut)]
            if isinstance(control, QAction | QShortcut) and control.isEnabled() and not self._on_page(control)
        ]
        for control in self._disabled:
            control.setEnabled(False)
        self.window.menuBar().setEnabled(False)
        popup = QApplication.activePopupWidget()  # a menu open (File > Recent names clients)
        if popup is not None:
            popup.close()
        # Windows of the workspace's own (the dashboard in full screen), hidden and shown again.
        # Not a dialog: hiding one that runs ends it, and a progress shown again would linger.
        self._hidden = [
            top
            for top in QApplication.topLevelWidgets()
            if top is not self.window
            and top.isVisible()
            and not isinstance(top, QDialog)
            and not top.isModal()
        ]
        for top in self._hidden:
            top.hide()
        # A dialog open (a form, a question) is covered by a lock page of its own: a modal one
        # keeps the window from the keyboard, so the passphrase is typed there.
        self._covers = [
            LockPage(top)
            for top in QApplication.topLevelWidgets()
            if top is not self.window and top.isVisible() and isinstance(top, QDialog)
        ]
        for cover in self._covers:
            cover.unlock_requested.connect(self.unlock)
        for page in (self.page, *self._covers):
            page.ask()
        modal = QApplication.activeModalWidget()
        for cover in self._covers:
            if cover.parentWidget() is modal:
                cover.field.setFocus()

    def _on_page(self, control: QObject) -> bool:
        parent = control.parent()
        return isinstance(parent, QWidget) and (parent is self.page or self.page.isAncestorOf(parent))

    def unlock(self, passphrase: str) -> None:
        if not self.locked:
            return
        # Loaded with the workspace; checked on the key in memory, the file untouched.
        from esn_desktop.services.workspaces import company_name, passphrase_opens

        workspace = self.window.workspace
        # A wrong passphrase's key is derived anew: a fifth of a second, off the UI thread.
        if workspace is None or not awaited(lambda: passphrase_opens(workspace, passphrase)):
            for page in (self.page, *self._covers):
                page.refuse()
            return
        shown = self._shown
        self.release()
        if shown is not None:
            self.stack.setCurrentWidget(shown)
        self.window.show_title(company_name(workspace))
        self.window.show_place()
        self.window.idle_lock.start(workspace)  # the minutes counted anew
        waiting, self._waiting = self._waiting, []
        for action in waiting:
            action()

    def release(self, *, closing: bool = False) -> None:
        """Gives back the menus and shortcuts, and the workspace's own windows unless it is
        `closing` (they close with it, never shown again on the way)."""
        for control in self._disabled:
            control.setEnabled(True)
        self._disabled = []
        self.window.menuBar().setEnabled(True)
        for top in self._hidden:
            if shiboken6.isValid(top) and top.isWindow() and not closing:
                top.show()
        self._hidden = []
        for cover in self._covers:
            if shiboken6.isValid(cover):
                cover.uncover()
                cover.hide()
                cover.deleteLater()
        self._covers = []
        self._shown = None
        self.page.field.clear()
        if closing:
            self._waiting = []
