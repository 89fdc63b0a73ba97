"""The team's changes as the window hears them: topics, as its own changes are announced.

A file has one writer, the window itself; a team database has the whole team, whose commits
reach the open window within a fraction of a second (store/team_listener.py).
"""

from __future__ import annotations

from collections.abc import Callable

from esn_desktop.services.topics import EVERYTHING, TOPIC_OF_TABLE, Topics
from esn_desktop.store.database import Workspace
from esn_desktop.store.team_listener import ChangeListener

#: What the window holds while it hears a team database (`stop()` when the workspace closes).
LiveUpdates = ChangeListener


def live_updates(
    workspace: Workspace,
    publish: Callable[[Topics], None],
    reachable: Callable[[bool], None] = lambda _up: None,
) -> LiveUpdates | None:
    """Starts hearing the changes others make to `workspace` (a team database; None for a file):
    `publish(topics)` is called from the listener's thread with what they changed, `reachable`
    with whether the server answers (False once the connection is lost, True once it is back)."""
    if workspace.team is None:
        return None

    def heard(tables: frozenset[str]) -> None:
        known = {TOPIC_OF_TABLE[t] for t in tables if t in TOPIC_OF_TABLE}
        publish(EVERYTHING if len(known) < len(tables) else frozenset(known))

    listener = ChangeListener(workspace.team, heard, reachable)
    listener.start()
    return listener
