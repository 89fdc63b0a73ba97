"""What one open workspace's tabs hear of the window: its data events and its meeting mode,
relayed until the workspace closes, then never again.

The window outlives every workspace it opens, and its tabs are only deleted later (a tab may be
closing the workspace from one of its own slots). Connected straight to the window, a closed
workspace's tabs would still hear the next workspace's changes and meeting mode, and read a
closed file; a slot made of a lambda would even outlive its deleted tab. Through a scope, they
are cut off the moment the workspace closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack

from esn_desktop.services.topics import Topics
from esn_desktop.ui.events import DataEvents
from esn_desktop.ui.meeting_mode import MeetingMode

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Workspace
    from esn_desktop.ui.operations import Operations


class WorkspaceScope(QObject):
    #: What the rest of the team changed in a team database (from the listener's thread; Qt
    #: queues it to this object's, the window's).
    _team_changed = Signal(object)
    _team_reachable = Signal(bool)
    #: Whether a team database's server answers: False once the connection is lost, True once
    #: it is back (on the window's thread).
    reachable = Signal(bool)

    def __init__(
        self,
        workspace: Workspace,
        events: DataEvents,
        meeting: MeetingMode,
        undo_stack: QUndoStack,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._window_events = events
        self._window_meeting = meeting
        #: What the tabs are given: the window's events (F5 reads everything again), and the
        #: announcements of the workspace's operations, which the window hears too.
        self.events = DataEvents(self)
        #: The window's meeting mode, on for good for a login that may not read costs.
        self.meeting = MeetingMode(self, for_good=not workspace.sees_costs)
        self.meeting.set(meeting.on)
        #: The one way the tabs write: on the window's undo history, announced to the tabs and the
        #: window alike.
        from esn_desktop.ui.operations import Operations  # the welcome screen loads no database code

        self.operations: Operations = Operations(workspace, undo_stack, self.events)
        self._relaying = False
        events.data_changed.connect(self._down)
        self.events.data_changed.connect(self._up)
        meeting.changed.connect(self.meeting.set)
        # A team database's changes by others reach the tabs as the window's own do.
        from esn_desktop.services.live import live_updates

        self._team_changed.connect(self._heard_from_team, Qt.ConnectionType.QueuedConnection)
        self._team_reachable.connect(self._reachable_now, Qt.ConnectionType.QueuedConnection)
        self._live = live_updates(workspace, self._team_changed.emit, self._team_reachable.emit)

    def close(self) -> None:
        """Cuts the tabs off the window: they hear nothing more, whenever they are deleted."""
        if self._live is not None:
            self._live.stop()
        self._team_changed.disconnect(self._heard_from_team)
        self._team_reachable.disconnect(self._reachable_now)
        self._window_events.data_changed.disconnect(self._down)
        self._window_meeting.changed.disconnect(self.meeting.set)
        self.events.data_changed.disconnect(self._up)
        self.deleteLater()

    def _heard_from_team(self, what: Topics) -> None:
        self.events.data_changed.emit(what)  # here, on the window's thread

    def _reachable_now(self, up: bool) -> None:
        self.reachable.emit(up)  # here, on the window's thread

    def _down(self, what: Topics) -> None:
        if not self._relaying:
            self._relay(self.events, what)

    def _up(self, what: Topics) -> None:
        if not self._relaying:  # the tabs heard it already: only the window's listeners now
            self._relay(self._window_events, what)

    def _relay(self, to: DataEvents, what: Topics) -> None:
        self._relaying = True
        try:
            to.data_changed.emit(what)
        finally:
            self._relaying = False
