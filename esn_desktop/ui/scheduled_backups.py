"""The open workspace backed up in the background, when its last backup is older than the
interval chosen in the settings (a preference of this computer, not of the workspace)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from esn_desktop.services.backups import DEFAULT_EVERY, backup_due, scheduled_backup
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.meeting_mode import MeetingMode

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Workspace

BACKUP_HOURS_SETTING = "backups/every_hours"
BACKUP_CHECK_MS = 15 * 60 * 1000
#: How long "Backed up at…" stays in the status bar.
NOTICE_MS = 10_000


def backup_hours() -> int:
    """How often the open workspace is backed up (0: never); a preference of this computer."""
    hours = QSettings().value(BACKUP_HOURS_SETTING, DEFAULT_EVERY.total_seconds() // 3600)
    assert isinstance(hours, int | float | str)  # a number, or its text in an INI file
    return int(hours)


def set_backup_hours(hours: int) -> None:
    QSettings().setValue(BACKUP_HOURS_SETTING, hours)


class ScheduledBackups(QObject):
    """Checks every quarter of an hour, and when a workspace opens, whether a backup is due."""

    #: A line for the status bar, and how long it stays.
    notice = Signal(str, int)
    #: The backup failed: what to tell the person.
    failed = Signal(str)

    def __init__(self, meeting: MeetingMode, parent: QObject) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.workspace: Workspace | None = None
        self.task: BackgroundTask | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(BACKUP_CHECK_MS)
        self._timer.timeout.connect(self.back_up_if_due)

    def start(self, workspace: Workspace) -> None:
        """Watches `workspace`, backed up now if due. A team database is its server's to back up:
        nothing is written beside it (`esn-desktop backup URL` copies it into a file)."""
        if workspace.team is not None:
            return
        self.workspace = workspace
        self.back_up_if_due()
        self._timer.start()

    def stop(self) -> None:
        """The workspace closes: its task's answer is no longer wanted."""
        self.workspace = None
        self.task = None
        self._timer.stop()

    def back_up_if_due(self) -> None:
        """A backup in the background when the last one is older than the chosen interval."""
        hours = backup_hours()
        if self.workspace is None or hours <= 0 or self.task is not None:
            return
        if not self.workspace.writable:  # its backups folder beside it could not be written either
            return
        workspace = self.workspace
        if not backup_due(workspace.path, every=timedelta(hours=hours), now=datetime.now()):
            return
        task = BackgroundTask(lambda _progress: scheduled_backup(workspace))
        task.signals.succeeded.connect(self.backed_up)
        task.signals.failed.connect(self._failed)
        self.task = task.start()

    def backed_up(self, target: Path) -> None:
        self.task = None
        at = datetime.now().strftime("%H:%M")
        place = self.meeting.place_shown(target.parent)
        self.notice.emit(
            self.tr("Backed up at %1 in %2").replace("%1", at).replace("%2", place)
            if place
            else self.tr("Backed up at %1").replace("%1", at),
            NOTICE_MS,
        )

    def _failed(self, text: str) -> None:
        self.task = None
        self.failed.emit(self.tr("The automatic backup failed: %1").replace("%1", text))
