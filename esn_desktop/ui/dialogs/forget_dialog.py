"""Forgetting people (GDPR right to erasure) from the window: what goes, said before anything is
written; then the erasure in the background, the undo history emptied; then each backup still
holding them, rewritten without them or deleted.

The preview and the erasure are the services' (`services.erasure`), as for `esn-desktop forget`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.errors import EsnError
from esn_desktop.domain.progress import Progress
from esn_desktop.services.changes import Changed
from esn_desktop.services.erasure import (
    CONTACT,
    BackupNotRewritten,
    ErasurePlan,
    backups_holding,
    contacts_plan,
    forget_contacts,
    purge_freed_bytes,
    rewrite_backup,
)
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.i18n import interface_number
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.role_rights import Right, allows

#: The most people named one a line in the preview; the others are counted.
NAMED_AT_MOST = 200


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What the background erasure did: the plan carried out, and why the file's bytes could not
    be emptied of it at once (another reader), if so."""

    plan: ErasurePlan
    not_purged: str | None


def counted(count: int, one: str, many: str) -> str:
    """`one` for a single thing, else `many` with its count for %1 (each already translated)."""
    return one if count == 1 else many.replace("%1", interface_number(count))


class ForgetDialog(QDialog):
    """Forgets the contacts `contact_ids` once confirmed (`kind` for the register of erasures)."""

    def __init__(
        self,
        operations: Operations,
        contact_ids: tuple[int, ...],
        *,
        today: date,
        kind: str = CONTACT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.operations, self.contact_ids, self.today, self.kind = operations, contact_ids, today, kind
        workspace = operations.workspace
        #: What goes and the backups still holding them, once read (in the background: every
        #: note of the workspace and of each backup is read).
        self.plan: ErasurePlan | None = None
        self.holding: list[tuple[Path, bool]] = []
        self.one = len(contact_ids) == 1
        self.reading: BackgroundTask | None = None
        self.task: BackgroundTask | None = None
        self.forgotten: Forgotten | None = None
        #: Each backup once acted on: what was done ("rewritten", "deleted") or the refusal's text.
        self.backup_outcomes: dict[Path, str] = {}
        #: The backups being rewritten, each by its task.
        self.rewriting: dict[Path, BackgroundTask] = {}
        self.setWindowTitle(
            self.tr("Forget this person (GDPR)") if self.one else self.tr("Forget these contacts (GDPR)")
        )
        self.setMinimumWidth(700)

        self.who = QLabel(self.tr("Reading what goes…"))
        self.who.setTextFormat(Qt.TextFormat.RichText)
        self.who.setWordWrap(True)
        self.names = QListWidget()
        self.names.setMaximumHeight(150)
        self.names.hide()
        self.heading = QLabel(self.tr("What goes:"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.what_goes = QLabel()
        self.what_goes.setTextFormat(Qt.TextFormat.RichText)
        self.what_goes.setWordWrap(True)
        self.warning = QLabel(
            self.tr(
                "This is final: nothing can bring this person back, and the Undo history (Ctrl+Z) "
                "will be emptied."
            )
            if self.one
            else self.tr(
                "This is final: nothing can bring these people back, and the Undo history (Ctrl+Z) "
                "will be emptied."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # one transaction, then the file rewritten: no steps to count
        self.progress.hide()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.backups = QWidget()
        self.backups_grid = QGridLayout(self.backups)
        self.backups_grid.setContentsMargins(0, 0, 0, 0)
        self.backups.hide()

        self.buttons = QDialogButtonBox()
        self.forget_button = self.buttons.addButton(
            self.tr("Forget permanently"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.forget_button.setEnabled(False)  # until the preview is read
        self.forget_button.setVisible(allows(workspace, Right.FORGET))
        self.forget_button.clicked.connect(self.forget)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.names)
        layout.addSpacing(6)
        shown: tuple[QWidget, ...] = (self.heading, self.what_goes, self.warning, self.progress, self.outcome)
        for widget in shown:
            layout.addWidget(widget)
        layout.addWidget(self.backups)
        layout.addStretch(1)  # what a wrapped label's height guess leaves over goes below, not between
        layout.addWidget(self.buttons)
        self.forget_button.setStyleSheet("color: #b00020; font-weight: bold;")
        self._read(contact_ids)

    def reject(self) -> None:
        """Closes, unless the erasure or a backup's rewriting is still under way (Escape and the
        window's close button come here too): what it does must be said when it ends."""
        if self.task is None and not self.rewriting:
            if self.reading is not None:
                self.reading.drop()
                self.reading = None
            super().reject()

    def _read(self, contact_ids: tuple[int, ...]) -> None:
        workspace = self.operations.workspace

        def read(_progress: Progress) -> tuple[ErasurePlan, list[tuple[Path, bool]]]:
            plan = contacts_plan(workspace, contact_ids=contact_ids)
            # A team database has no backup files beside it: its server keeps its own.
            if workspace.team is not None:
                return plan, []
            return plan, backups_holding(workspace.path, plan.people, workspace.key)

        task = BackgroundTask(read)
        task.signals.succeeded.connect(self._previewed)
        task.signals.failed.connect(self._failed)
        self.reading = task.start()

    def _previewed(self, answer: tuple[ErasurePlan, list[tuple[Path, bool]]]) -> None:
        self.reading = None
        self.plan, self.holding = answer
        self.who.setText(self._who())
        self.names.addItems([f"{p.name} — {p.account}" for p in self.plan.people[:NAMED_AT_MOST]])
        self.names.setVisible(not self.one)
        self.what_goes.setText(self._what_goes())
        self.forget_button.setEnabled(
            allows(self.operations.workspace, Right.FORGET) and bool(self.plan.people)
        )
        self._fit()

    def _fit(self) -> None:
        """As tall as what it says at its width: wrapped labels' own guesses leave gaps."""
        layout = self.layout()
        self.adjustSize()
        if layout is not None and layout.hasHeightForWidth():
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    # --- the preview --------------------------------------------------------------------

    def _who(self) -> str:
        assert self.plan is not None
        if not self.one:
            return self.tr("<b>%1 contacts</b> are forgotten:").replace(
                "%1", interface_number(len(self.plan.people))
            )
        person = self.plan.people[0]
        reach = " · ".join(escape(t) for t in (person.email, person.phone, person.mobile) if t)
        lines = [f"<b>{escape(person.name)}</b> — {escape(person.account)}"]
        lines.append(reach or self.tr("no email or phone"))
        return "<br>".join(lines)

    def _what_goes(self) -> str:
        plan, count = self.plan, len(self.holding)
        assert plan is not None
        items = [
            self.tr("Their contact card is deleted from the account and from every list.")
            if self.one
            else self.tr("Their contact cards are deleted from their accounts and from every list."),
            counted(
                plan.activities,
                self.tr("1 activity keeps its date and kind but loses this contact.")
                if self.one
                else self.tr("1 activity keeps its date and kind but loses their contact."),
                self.tr("%1 activities keep their date and kind but lose this contact.")
                if self.one
                else self.tr("%1 activities keep their date and kind but lose their contact."),
            ),
            counted(
                plan.mentions,
                self.tr("1 mention in the notes replaced by “[effacé]”."),
                self.tr("%1 mentions in the notes replaced by “[effacé]”."),
            ),
        ]
        if not self.holding:
            # A team database has no backup files here to look into: its server keeps its own.
            if self.operations.workspace.team is None:
                items.append(self.tr("No backup holds them."))
        else:
            names = "".join(f"<br>&nbsp;&nbsp;{escape(b.name)}" for b, _read in self.holding)
            items.append(
                counted(
                    count,
                    self.tr("1 backup still holds them; you can rewrite or delete it next:"),
                    self.tr("%1 backups still hold them; you can rewrite or delete them next:"),
                )
                + names
            )
        return (
            '<ul style="margin-top: 0px; margin-bottom: 0px; -qt-list-indent: 1;">'
            + "".join(f"<li>{item}</li>" for item in items)
            + "</ul>"
        )

    # --- the erasure ----------------------------------------------------------------------

    def forget(self) -> None:
        """Erases in the background (the file is rewritten: seconds on a big workspace); the
        history is emptied once it is done, by the operations."""
        workspace, ids, today, kind = self.operations.workspace, self.contact_ids, self.today, self.kind

        def work(_progress: Progress) -> Changed[Forgotten]:
            changed = forget_contacts(workspace, contact_ids=ids, today=today, kind=kind)
            try:
                purge_freed_bytes(workspace)
            except EsnError as error:  # the erasure is saved: the history must still end
                return Changed(Forgotten(changed.value, str(error)), changed.changes)
            return Changed(Forgotten(changed.value, None), changed.changes)

        self.forget_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.progress.show()
        self.outcome.setText(self.tr("Forgetting, then rewriting the workspace’s file…"))
        self.outcome.show()
        task = self.operations.in_background(self.windowTitle(), work)
        task.signals.succeeded.connect(self._forgotten)
        task.signals.failed.connect(self._failed)
        self.task = task.start()

    def _forgotten(self, changed: Changed[Forgotten]) -> None:
        self.task, self.forgotten = None, changed.value
        self.progress.hide()
        self.forget_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setEnabled(True)
        people = changed.value.plan.people
        said = (
            self.tr("Forgotten (GDPR): %1. The Undo history was emptied.").replace("%1", people[0].name)
            if len(people) == 1
            else self.tr("Forgotten (GDPR): %1 contacts. The Undo history was emptied.").replace(
                "%1", interface_number(len(people))
            )
        )
        text = said
        if changed.value.not_purged:
            text += " " + self.tr(
                "Another program still reads the workspace: close it, then forget someone again to "
                "empty the file of the old pages."
            )
        self.outcome.setText(text)
        self.outcome.setStyleSheet("font-weight: bold;")
        self.operations.notice.emit(said)
        self._offer_backups()
        self._fit()

    def _failed(self, text: str) -> None:
        """The preview or the erasure refused (a contact deleted meanwhile...): said, nothing written."""
        self.task = self.reading = None
        self.progress.hide()
        self.outcome.setText(text)
        self.outcome.show()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setEnabled(True)

    # --- the backups, afterwards -------------------------------------------------------------

    def _offer_backups(self) -> None:
        if not self.holding:
            return
        self.heading.hide()
        self.what_goes.hide()
        self.warning.hide()
        grid = self.backups_grid
        caption = QLabel(self.tr("These backups still hold them:"))
        caption.setStyleSheet("font-weight: bold;")
        grid.addWidget(caption, 0, 0, 1, 3)
        self.backup_rows: dict[Path, tuple[int, QLabel, QPushButton, QPushButton]] = {}
        for row, (backup, read) in enumerate(self.holding, start=1):
            name = QLabel(backup.name)
            name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            rewrite = QPushButton(
                self.tr("Rewrite without this person") if self.one else self.tr("Rewrite without them")
            )
            delete = QPushButton(self.tr("Delete"))
            rewrite.setEnabled(read)
            rewrite.clicked.connect(lambda _checked=False, b=backup: self.rewrite(b))
            delete.clicked.connect(lambda _checked=False, b=backup: self.delete(b))
            grid.addWidget(name, row, 0)
            grid.addWidget(rewrite, row, 1)
            grid.addWidget(delete, row, 2)
            self.backup_rows[backup] = (row, name, rewrite, delete)
        grid.setColumnStretch(0, 1)
        self.backups.show()

    def rewrite(self, backup: Path) -> None:
        """Rewrites one backup without the people forgotten, in the background (it is vacuumed:
        seconds for a big one); the dialog stays open until it is done."""
        assert self.forgotten is not None
        people, today, kind = self.forgotten.plan.people, self.today, self.kind
        key = self.operations.workspace.key  # an encrypted backup is rewritten encrypted

        def work(_progress: Progress) -> str | None:
            try:
                rewrite_backup(backup, people, today=today, kind=kind, key=key)
            except BackupNotRewritten as error:  # left as it was
                return error.reason
            return None

        _row, name, rewrite, delete = self.backup_rows[backup]
        for button in (rewrite, delete):
            button.setEnabled(False)
        doing = self.tr("rewriting…")
        name.setText(f"{backup.name} — {doing}")
        task = BackgroundTask(work)
        task.signals.succeeded.connect(lambda reason: self._rewritten(backup, reason))
        task.signals.failed.connect(lambda text: self._rewritten(backup, "unreadable", text))
        self.rewriting[backup] = task.start()
        self.close_button.setEnabled(False)

    def _rewritten(self, backup: Path, reason: str | None, text: str = "") -> None:
        self.rewriting.pop(backup, None)
        self.close_button.setEnabled(not self.rewriting)
        if reason is None:
            self._said(backup, self.tr("rewritten without them"))
        elif reason == "schema":
            self._said(backup, self.tr("saved by an older version: delete it instead"), done=False)
        else:
            self._said(backup, text or self.tr("cannot be rewritten: delete it instead"), done=False)

    def delete(self, backup: Path) -> None:
        try:
            backup.unlink(missing_ok=True)
        except OSError as error:
            self._said(
                backup,
                self.tr("cannot be deleted: %1").replace("%1", error.strerror or str(error)),
                done=False,
            )
            return
        self._said(backup, self.tr("deleted"))

    def _said(self, backup: Path, text: str, *, done: bool = True) -> None:
        row, name, rewrite, delete = self.backup_rows[backup]
        self.backup_outcomes[backup] = text
        name.setText(f"{backup.name} — {text}")
        rewrite.setEnabled(False)
        delete.setEnabled(not done)
        if done:  # nothing left to do with it: its line takes the buttons' room, read whole
            rewrite.hide()
            delete.hide()
            self.backups_grid.removeWidget(name)
            self.backups_grid.addWidget(name, row, 0, 1, 3)
