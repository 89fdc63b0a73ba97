"""The idle lock: after the workspace's idle minutes without a key, a click, a wheel turn or a
touch in any window of the application, the window hides every figure by entering meeting mode;
an encrypted workspace is locked instead (`lock_screen`, see screen_lock.py): nothing of it
shows until its passphrase is typed again.

Input only notes the time (an application-wide event filter, installed while a workspace is open
with a delay set): no timer is restarted per mouse move. One single-shot timer wakes at the earliest
moment the delay could have run out, and either locks or sleeps again for what is left.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from esn_desktop.ui.meeting_mode import MeetingMode

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Workspace

# What counts as someone at the keyboard.
USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)


class IdleLock(QObject):
    # What to say in the status bar once the lock has put the window in meeting mode.
    locked = Signal(str)
    # An encrypted workspace’s time is up: the window hides it behind its lock screen.
    lock_screen = Signal()

    def __init__(
        self, meeting: MeetingMode, parent: QObject | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(parent)
        self.meeting = meeting
        # Seconds of the wall clock, which goes on while the laptop sleeps (a monotonic clock
        # stops there on Linux and macOS); the tests give a clock of their own.
        self.clock = clock
        self.minutes = 0
        self.encrypted = False
        self._last_input = 0.0
        self._filtering = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def start(self, workspace: Workspace) -> None:
        """Arms the lock with `workspace`'s idle minutes (again after its settings changed)."""
        from esn_desktop.services.workspace_settings import workspace_settings  # loaded with a workspace

        self.encrypted = workspace.encrypted
        self.arm(workspace_settings(workspace).idle_lock_minutes)

    def arm(self, minutes: int) -> None:
        """Counts `minutes` of inactivity from now; 0 disarms the lock."""
        self.stop()
        self.minutes = minutes
        if minutes <= 0:
            return
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            self._filtering = True
        self._last_input = self.clock()
        self.timer.start(self._delay_ms())

    def stop(self) -> None:
        """No workspace open: nothing is watched."""
        self.timer.stop()
        self.minutes = 0
        app = QCoreApplication.instance()
        if self._filtering and app is not None:
            app.removeEventFilter(self)
        self._filtering = False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT:
            if self.timer.isActive() and self._idle_s() >= self.minutes * 60:
                # The machine slept past the minutes (a lid closed): locked before this input
                # counts, whatever the timer, which sleeps with the machine, still waits for.
                self.check()
                return False
            self._last_input = self.clock()
            if not self.timer.isActive() and self.minutes > 0:  # locked since: count again
                self.timer.start(self._delay_ms())
        return False

    def check(self) -> None:
        """The timer woke: locks if nobody touched anything for the whole delay, else sleeps on."""
        if self.minutes <= 0:
            return
        left = self.minutes * 60 - self._idle_s()
        if left > 0:
            self.timer.start(max(1, round(left * 1000)))
            return
        self.timer.stop()  # until the next input (when called before the timer woke)
        if self.encrypted:
            self.lock_screen.emit()  # the window ignores it while locked already
        elif not self.meeting.on:
            self.meeting.set(True)
            self.locked.emit(self._said())

    def lock_now(self) -> None:
        """File > Lock now: an encrypted workspace locked at once, as its idle minutes would."""
        if self.encrypted:
            self.timer.stop()  # counted anew once unlocked
            self.lock_screen.emit()

    def _idle_s(self) -> float:
        return max(0.0, self.clock() - self._last_input)  # a clock set back counts as no time

    def _delay_ms(self) -> int:
        return self.minutes * 60 * 1000

    def _said(self) -> str:
        if self.minutes == 1:
            return self.tr("Meeting mode on after 1 minute of inactivity")
        return self.tr("Meeting mode on after %1 minutes of inactivity").replace("%1", str(self.minutes))
