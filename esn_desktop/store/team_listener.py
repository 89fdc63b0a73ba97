"""Hearing what the rest of the team changes in a team database, as it is committed.

Every table's trigger (migration 0008) sends `NOTIFY esn_changes` with the table's name and the
writer's application name; PostgreSQL delivers it to every listening connection when the
writer's transaction commits, once per table and transaction. A `ChangeListener` keeps one
connection of its own, in a thread, and hands over the names of the tables others changed, a
batch at a time. A connection cut (sleep, Wi-Fi) is made again; what was missed meanwhile is
said as "everything may have changed".
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from esn_desktop.store.address import TeamDatabase
from esn_desktop.store.team_database import APPLICATION_NAME, CUT_NOTICED, conninfo

CHANNEL = "esn_changes"
#: Notifications are gathered this long before being handed over: an import's many statements
#: make one refresh, not hundreds, and a salesperson's call still shows well within 2 s.
BATCH_S = 0.3
#: Waits before connecting again after a cut, growing to the last.
RETRY_S = (1.0, 2.0, 5.0, 10.0)
#: Said after a reconnection: anything may have changed while no one listened.
ANYTHING = frozenset({"*"})


class ChangeListener:
    """Calls `heard(tables)` from its own thread with the tables another process changed, and
    `reachable(False)` when its connection is lost, `reachable(True)` when it is made again."""

    def __init__(
        self,
        database: TeamDatabase,
        heard: Callable[[frozenset[str]], None],
        reachable: Callable[[bool], None] = lambda _up: None,
    ) -> None:
        self._database = database
        self._heard = heard
        self._reachable = reachable
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="esn-desktop team changes", daemon=True)
        #: Set once the first LISTEN is in place (tests wait for it before writing).
        self.listening = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self, *, wait: bool = False) -> None:
        """Stops listening: the thread ends within `BATCH_S` (awaited when `wait`; the window never
        waits: it only stops hearing)."""
        self._stop.set()
        if wait:
            self._thread.join(timeout=BATCH_S * 4)

    def _run(self) -> None:
        import psycopg

        failures = 0
        name = f"{APPLICATION_NAME} listening"
        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    conninfo(self._database, application_name=name, **CUT_NOTICED), autocommit=True
                ) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    if failures:
                        self._hand_over(ANYTHING)
                        self._say(True)
                    failures = 0
                    self.listening.set()
                    self._listen(connection)
            except Exception:  # a cut, a refused login, anything: listened to again after a while
                if failures == 0:
                    self._say(False)
                delay = RETRY_S[min(failures, len(RETRY_S) - 1)]
                failures += 1
                self._stop.wait(delay)

    def _say(self, up: bool) -> None:
        if not self._stop.is_set():
            self._reachable(up)

    def _hand_over(self, tables: frozenset[str]) -> None:
        if not self._stop.is_set():  # a closed workspace hears nothing more
            self._heard(tables)

    def _listen(self, connection: object) -> None:
        import psycopg

        assert isinstance(connection, psycopg.Connection)
        while not self._stop.is_set():
            tables = {
                table
                for note in connection.notifies(timeout=BATCH_S)
                for table, _, writer in [note.payload.partition(" ")]
                if writer != APPLICATION_NAME
            }
            if tables:
                self._hand_over(frozenset(tables))
