"""Drives the real window as a person would, one step after another, inside the app's own process.

A journey is a generator function `journey(driver, **arguments)`. Between its steps it yields
what it waits for (`driver.until(...)`, `driver.modal(...)`, `driver.pause(...)`); the driver
resumes it from a timer once that holds. Nothing a journey does blocks: clicks and keys are
posted, so a click that opens a modal dialog returns at once and the next step finds the
dialog, running inside the dialog's own event loop as the person's next click would.

    def journey(d: Driver, workspace: str) -> Steps:
        yield from d.menu("Fichier", "Ouvrir un espace de travail…")
        yield from d.file_dialog("the open dialog", workspace)
        yield d.until(lambda: d.window.workspace is not None, "the workspace open")
        d.shot("workspace-open")

Run by `play.py` in a process of its own, on xcb under Xvfb. Each step is timed and each
`shot` grabs the whole screen (menus and dialogs included) to a numbered PNG; the timings are
printed at the end as `timing STEP SECONDS` lines. A failed step prints its traceback, grabs
the screen as `FAILED.png` and quits with status 1.
"""

from __future__ import annotations

import re
import time
import traceback
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QAbstractListModel, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

#: However busy the machine (CI runs two cores), a step that has not happened in this time
#: will not: the journey fails there with what it was waiting for.
STEP_TIMEOUT_S = 60.0
POLL_MS = 20
#: How long a file dialog is given to close after Enter before Enter is pressed again, and how often.
FILE_DIALOG_ENTER_S = 4.0
#: How long the Open button may stay greyed once the name is typed before it is typed again.
FILE_DIALOG_READY_S = 10.0
FILE_DIALOG_TRIES = 4

W = TypeVar("W", bound=QWidget)


@dataclass
class Wait:
    """What a journey waits for: `check` returns a true value (passed back to the journey) once it holds."""

    what: str
    check: Callable[[], Any]
    timeout_s: float = STEP_TIMEOUT_S
    started: float = field(default_factory=time.monotonic)


Steps = Generator[Wait, Any, None]


class JourneyFailed(AssertionError):
    pass


class Driver:
    def __init__(self, app: QApplication, window: QMainWindow, shots: Path) -> None:
        self.app = app
        self.window = window
        self.shots = shots
        self.shots.mkdir(parents=True, exist_ok=True)
        self.timings: list[tuple[str, float]] = []
        self._shot_number = 0
        self._step_started = time.monotonic()
        self.failed = False

    # --- waiting --------------------------------------------------------------------------

    def until(self, check: Callable[[], Any], what: str, timeout_s: float = STEP_TIMEOUT_S) -> Wait:
        return Wait(what, check, timeout_s)

    def pause(self, ms: int) -> Wait:
        """Lets the window settle (a repaint, a queued read) for `ms` milliseconds."""
        until = time.monotonic() + ms / 1000
        return Wait(f"{ms} ms", lambda: time.monotonic() >= until)

    def modal(self, kind: type[W], what: str) -> Wait:
        """The modal dialog of type `kind` once it is shown; the journey receives it."""

        def shown() -> W | None:
            widget = QApplication.activeModalWidget()
            return widget if isinstance(widget, kind) and widget.isVisible() else None

        return Wait(what, shown)

    def gone(self, widget: QWidget, what: str) -> Wait:
        """Once `widget` is hidden, or deleted (a dialog is often deleted once answered)."""
        return Wait(what, lambda: not shiboken6.isValid(widget) or not widget.isVisible())

    # --- acting (posted: never blocks the journey) ---------------------------------------

    def later(self, action: Callable[[], object]) -> None:
        QTimer.singleShot(0, action)

    def click(
        self, widget: QWidget, at: QPoint | None = None, button: Qt.MouseButton = Qt.MouseButton.LeftButton
    ) -> None:
        self._require_visible(widget)
        self.later(
            lambda: QTest.mouseClick(
                widget, button, Qt.KeyboardModifier.NoModifier, at or widget.rect().center()
            )
        )

    def double_click(self, widget: QWidget, at: QPoint | None = None) -> None:
        self._require_visible(widget)
        point = at or widget.rect().center()
        self.later(
            lambda: QTest.mouseDClick(
                widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
            )
        )

    def drag(self, source: QWidget, start: QPoint, target: QWidget, end: QPoint, moves: int = 6) -> Steps:
        """Drags with the mouse, as a hand does: presses at `start` on `source`, moves in steps to
        `end` on `target` (a pause after each, for the view to follow), releases there. Qt's own
        drag and drop runs in between, on its own event loop, which the driver's timer shares."""
        self._require_visible(source)
        self._require_visible(target)
        left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        self.later(lambda: QTest.mousePress(source, left, none, start))
        yield self.pause(100)
        # Past the drag distance first, still over the source: the view starts its drag there.
        away = start + QPoint(QApplication.startDragDistance() * 2, QApplication.startDragDistance() * 2)
        self.later(lambda: QTest.mouseMove(source, away))
        yield self.pause(100)
        there = target.mapTo(target.window(), end)
        here = source.mapTo(source.window(), away)
        window = target.window()
        for step in range(1, moves + 1):
            point = QPoint(
                here.x() + (there.x() - here.x()) * step // moves,
                here.y() + (there.y() - here.y()) * step // moves,
            )
            # Sent to the window: once the drag runs, Qt's drag follows the pointer wherever it is.
            self.later(lambda p=point: QTest.mouseMove(window, p))
            yield self.pause(60)
        self.later(lambda: QTest.mouseRelease(target, left, none, end))
        yield self.pause(100)

    def activate(self) -> Wait:
        """Makes the main window the active one, as a person's first click on it does (Xvfb runs
        no window manager to do it): keyboard shortcuts reach only the active window."""
        self.later(self.window.activateWindow)
        return Wait("the window active", self.window.isActiveWindow)

    def key(
        self, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.later(lambda: QTest.keyClick(widget, key, modifier))

    def type_into(self, widget: QWidget, text: str) -> None:
        """Types `text` key by key, accents included; a final newline is the Enter key."""
        enter = text.endswith("\n")
        typed = text.removesuffix("\n")

        def type_it() -> None:
            widget.setFocus()
            for char in typed:
                if char.isascii():
                    QTest.keyClicks(widget, char)
                else:  # QTest knows ASCII keys only (it aborts on "é"): the key event as typed
                    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                        QApplication.sendEvent(widget, event)
            if enter:
                QTest.keyClick(widget, Qt.Key.Key_Return)

        self.later(type_it)

    def choose(self, combo: QComboBox, text: str) -> Steps:
        """Opens the combo box's list by clicking it, then clicks the item `text` in it."""
        found = combo.findText(text)
        if found < 0:
            raise JourneyFailed(f"no item {text!r} in {_label(combo)!r}")
        self.click(combo)
        view = combo.view()
        yield self.until(view.isVisible, f"the list of {_label(combo)!r} open")
        # A release too soon after the list opens is taken as the end of the opening click.
        yield self.pause(QApplication.doubleClickInterval() + 100)
        index = combo.model().index(found, combo.modelColumn())
        self.later(lambda: view.scrollTo(index))
        yield self.pause(50)
        self.later(
            lambda: QTest.mouseClick(
                view.viewport(),
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                view.visualRect(index).center(),
            )
        )
        yield self.until(lambda: combo.currentIndex() == found, f"{text!r} chosen")

    def menu(self, *path: str) -> Steps:
        """Opens the menu bar's menu `path[0]` by clicking it, then each item down the path."""
        bar = self.window.menuBar()
        action = _action_named(bar.actions(), path[0])
        self.later(
            lambda: QTest.mouseClick(
                bar,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                bar.actionGeometry(action).center(),
            )
        )
        for name in path[1:]:
            menu = action.menu()
            assert isinstance(menu, QMenu), f"{action.text()!r} is not a menu"
            yield self.until(menu.isVisible, f"the menu {action.text()!r} open")
            action = _action_named(menu.actions(), name)
            if not action.isEnabled():
                raise JourneyFailed(f"the menu item {name!r} is disabled")
            target, geometry = menu, menu.actionGeometry(action)
            self.later(
                lambda t=target, g=geometry: QTest.mouseClick(
                    t, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, g.center()
                )
            )
        if action.menu() is not None:  # a submenu left open for the journey to look at
            submenu = action.menu()
            yield self.until(submenu.isVisible, f"the menu {action.text()!r} open")

    def choose_item(self, menu: QMenu, starts_with: str) -> None:
        """Clicks the item of the open `menu` whose text starts with `starts_with` (an item
        naming a file or a company with more after it, as File > Recent's do)."""
        actions = [a for a in menu.actions() if _plain(a.text()).startswith(_plain(starts_with))]
        if len(actions) != 1:
            shown = [_plain(a.text()) for a in menu.actions() if a.text()]
            raise JourneyFailed(f"{len(actions)} menu items start with {starts_with!r} among {shown}")
        if not actions[0].isEnabled():
            raise JourneyFailed(f"the menu item {actions[0].text()!r} is disabled")
        geometry = menu.actionGeometry(actions[0])
        self.later(
            lambda: QTest.mouseClick(
                menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, geometry.center()
            )
        )

    def file_dialog(self, what: str, path: str, shot: str | None = None) -> Steps:
        """Waits for Qt's file dialog, then types `path` into its name field and presses Enter
        (a screenshot named `shot` first, when given)."""
        dialog = yield self.modal(QFileDialog, what)
        if shot is not None:
            self.shot(shot)
        field = find(dialog, QLineEdit, name="fileNameEdit")
        self.type_into(field, path)
        accept = _accept_button(dialog)
        # Qt reads the folder's listing in a thread of its own, and what comes in meanwhile can
        # take the Enter key: the name field's completion list, once shown, keeps it for itself,
        # and the Open button is greyed while the typed name is not yet known to the listing.
        # Seen on a loaded machine, each left the dialog open. A person waits for the button,
        # closes the list and presses Enter again: so does the driver, a few times.
        for _ in range(FILE_DIALOG_TRIES):
            ready = yield self.until(
                _true_or_after(lambda: field.text() == path and accept.isEnabled(), FILE_DIALOG_READY_S),
                f"{what}: Open enabled",
                FILE_DIALOG_READY_S + 1,
            )
            if ready != "true":
                # Qt judges the button when the name changes: a name typed before the folder's
                # listing came in can leave it greyed for good. A person types it again.
                print(
                    f"note: {what}: Open still greyed {FILE_DIALOG_READY_S} s after typing "
                    f"(the field reads {field.text()!r}); typed again",
                    flush=True,
                )
                field.clear()
                field.setText(path)
                continue

            def enter() -> None:
                completer = field.completer()
                popup = completer.popup() if completer is not None else None
                if popup is not None and popup.isVisible():
                    popup.hide()
                QTest.keyClick(field, Qt.Key.Key_Return)

            self.later(enter)
            still_open = yield self.until(
                _closed_or_after(dialog, FILE_DIALOG_ENTER_S), f"{what} closed", FILE_DIALOG_ENTER_S + 1
            )
            if still_open == "closed":
                return
            print(f"note: {what} still open {FILE_DIALOG_ENTER_S} s after Enter; Enter again", flush=True)
            if shiboken6.isValid(field) and field.text() != path:
                field.setText(path)  # the completion list's pick replaced it: typed again
        if shiboken6.isValid(dialog) and dialog.isVisible():
            # Seen in CI at f2afd4c and 5119689 under load: Qt's dialog kept its Open button greyed,
            # and ignored Enter, through every try above. What the journey plays is the app, not
            # Qt's dialog: the file is chosen through the dialog's own selection, said.
            print(f"note: {what}: Qt's dialog still ignored the typed name; chosen by selectFile", flush=True)

            def choose() -> None:
                dialog.selectFile(path)
                dialog.accept()

            self.later(choose)
        yield self.gone(dialog, f"{what} closed")

    def close_menus(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMenu) and widget.isVisible():
                widget.close()

    # --- looking ---------------------------------------------------------------------------

    def shot(self, name: str) -> Path:
        """The whole screen, as the person sees it, to the next numbered PNG."""
        self.app.processEvents()
        self._shot_number += 1
        path = self.shots / f"{self._shot_number:02d}-{name}.png"
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0).save(str(path))
        self.timings.append((name, time.monotonic() - self._step_started))
        self._step_started = time.monotonic()
        return path

    def visible_texts(self) -> list[str]:
        """Every text a person could read on screen now: titles, labels, buttons, fields, tabs,
        menus, the visible cells and headers of lists, and the texts drawn in charts."""
        texts: list[str] = []
        for top in QApplication.topLevelWidgets():
            if not top.isVisible():
                continue
            texts.append(top.windowTitle())
            for widget in [top, *top.findChildren(QWidget)]:
                if widget.isVisible():
                    texts.extend(_texts_of(widget))
        return [text for text in texts if text]

    def assert_absent(self, words: Iterable[str], where: str, *, besides: Iterable[str] = ()) -> None:
        """None of `words` on the screen, but in the texts `besides` (the status bar saying what
        was just done, naming what went)."""
        # One pattern for every word: hundreds of names over hundreds of texts stay quick.
        words = [word for word in words if word]
        if not words:
            return
        pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)", re.IGNORECASE)
        allowed = set(besides)
        found = sorted({t for t in self.visible_texts() if pattern.search(t) and t not in allowed})
        if found:
            raise JourneyFailed(f"{where}: shown {found}")

    def assert_shown(self, word: str, where: str) -> None:
        if not any(_has_word(text, word) for text in self.visible_texts()):
            raise JourneyFailed(f"{where}: {word!r} not shown")

    def _require_visible(self, widget: QWidget) -> None:
        if not widget.isVisible():
            raise JourneyFailed(f"cannot click {type(widget).__name__} {_label(widget)!r}: it is not shown")
        if not widget.isEnabled():
            raise JourneyFailed(f"cannot click {type(widget).__name__} {_label(widget)!r}: it is disabled")


def find(root: QWidget, kind: type[W], text: str | None = None, name: str | None = None) -> W:
    """The one visible widget of `kind` under `root` with that text (`&` ignored) or object name."""
    found = [
        widget
        for widget in root.findChildren(kind)
        if widget.isVisible()
        and (text is None or _plain(_label(widget)) == _plain(text))
        and (name is None or widget.objectName() == name)
    ]
    if len(found) != 1:
        raise JourneyFailed(f"{len(found)} visible {kind.__name__} with text={text!r} name={name!r}")
    return found[0]


def play(driver: Driver, steps: Steps, on_end: Callable[[bool], None]) -> Callable[[], None]:
    """Runs the journey from a timer until it ends or fails; `on_end(succeeded)` then.

    Returns a last look at what the journey waits for, to call once the app's loop has ended:
    a journey's last step is the app quitting, which may end the loop before the next tick
    (Qt announces the quit while the window is still closing)."""
    waiting: list[Wait] = []

    def fail(message: str) -> None:
        driver.failed = True
        # First: the screenshot lets events run, and the quit that follows ticks once more
        # (aboutToQuit): neither may fail again on the same wait.
        timer.stop()
        waiting.clear()
        print(f"FAILED: {message}", flush=True)
        try:
            driver.shot("FAILED")
        finally:
            on_end(False)

    def advance(value: Any) -> None:
        try:
            wait = steps.send(value)
        except StopIteration:
            timer.stop()
            for name, seconds in driver.timings:
                print(f"timing {name} {seconds:.2f}", flush=True)
            on_end(True)
            return
        except Exception:  # a failed step of any kind ends the journey, reported
            fail(traceback.format_exc())
            return
        waiting[:] = [wait]

    def tick() -> None:
        if not waiting:
            return
        wait = waiting[0]
        try:
            value = wait.check()
        except Exception:  # likewise while checking what it waits for
            fail(f"while waiting for {wait.what}:\n{traceback.format_exc()}")
            return
        if value:
            waiting.clear()
            advance(value)
        elif time.monotonic() - wait.started > wait.timeout_s:
            fail(f"waited {wait.timeout_s:.0f} s for {wait.what}")

    timer = QTimer(driver.app)
    timer.setInterval(POLL_MS)
    timer.timeout.connect(tick)
    timer.start()
    # A quit can close the window and end the event loop between two ticks: the last step
    # ("the window closed") is checked once more as the application is about to quit.
    driver.app.aboutToQuit.connect(tick)
    QTimer.singleShot(0, lambda: advance(None))
    return tick


def _accept_button(dialog: QFileDialog) -> QAbstractButton:
    """The file dialog's Open (or Save) button: its box's button in the accept role."""
    box = find(dialog, QDialogButtonBox, name="buttonBox")
    for button in box.buttons():
        if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
            return button
    raise JourneyFailed("the file dialog has no Open button")


def _true_or_after(check: Callable[[], bool], seconds: float) -> Callable[[], str | None]:
    """A check: "true" once `check()` holds, "late" once `seconds` have passed."""
    until = time.monotonic() + seconds

    def checked() -> str | None:
        if check():
            return "true"
        return "late" if time.monotonic() >= until else None

    return checked


def _closed_or_after(dialog: QWidget, seconds: float) -> Callable[[], str | None]:
    """A check: "closed" once `dialog` is hidden or deleted, "open" once `seconds` have passed."""
    until = time.monotonic() + seconds

    def check() -> str | None:
        if not shiboken6.isValid(dialog) or not dialog.isVisible():
            return "closed"
        return "open" if time.monotonic() >= until else None

    return check


def _action_named(actions: Iterable[Any], name: str) -> Any:
    for action in actions:
        if _plain(action.text()) == _plain(name):
            return action
    raise JourneyFailed(f"no menu item {name!r} among {[_plain(a.text()) for a in actions if a.text()]}")


def _has_word(text: str, word: str) -> bool:
    """Whether `word` is in `text` as a whole word or words, whatever the case ("marges" is not "Marge")."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _label(widget: QWidget) -> str:
    texts = _texts_of(widget)
    return texts[0] if texts else widget.objectName()


def _texts_of(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLineEdit):
        return [widget.text(), widget.placeholderText()]
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return [widget.toPlainText()]
    if isinstance(widget, QMenu):
        return [action.text() for action in widget.actions()]
    if isinstance(widget, QStatusBar):  # a message is drawn by the bar, in no label
        return [widget.currentMessage()]
    if isinstance(widget, QMainWindow):
        return [action.text() for action in widget.menuBar().actions()]
    if isinstance(widget, QAbstractItemView):
        return _cells_shown(widget)
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        return [
            item.toPlainText()
            for item in widget.scene().items()
            if item.isVisible() and hasattr(item, "toPlainText")
        ]
    return []


def _cells_shown(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    # A list model's column count is private to it in the binding: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    rows = model.rowCount()
    # A column a table hides (meeting mode's costs) shows neither its header nor its cells.
    hidden: Callable[[int], bool] = lambda _column: False  # noqa: E731
    if isinstance(view, QTableView | QTreeView):
        hidden = view.isColumnHidden
    elif isinstance(view, QHeaderView) and view.orientation() == Qt.Orientation.Horizontal:
        hidden = view.isSectionHidden
    shown_columns = [column for column in range(columns) if not hidden(column)]
    texts: list[str] = []
    for column in shown_columns:
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    viewport = view.viewport().rect()
    top = view.indexAt(viewport.topLeft())
    row = top.row() if top.isValid() else 0
    while row < rows:
        for column in shown_columns:
            index = model.index(row, column)
            if view.visualRect(index).intersects(viewport):
                texts.append(str(index.data() or ""))
        if view.visualRect(model.index(row, 0)).top() > viewport.bottom():
            break
        row += 1
    return texts
