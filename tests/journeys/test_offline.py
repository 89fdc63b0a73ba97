"""An offline copy sent back by itself in the real window (offline.py): the call logged offline
reaches the director's team database once."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from esn_desktop.store.address import team_database
from esn_desktop.store.places import open_workspace_at
from esn_desktop.store.team_database import open_team_workspace
from tests.cli.conftest import run
from tests.conftest import SMALL_WORKSPACE
from tests.journeys.conftest import Player
from tests.postgres_server import ADMIN, ADMIN_PASSWORD, PostgresServer

NOTES = "Appelé depuis le train"
PASSPHRASE = "salle de réunion 42"


def test_a_call_logged_offline_is_sent_by_itself_once_the_server_answers(
    journey: Player, postgres: PostgresServer, tmp_path: Path
) -> None:
    name = "journey_offline"
    postgres.create_database(name)
    database = team_database(postgres.url(name))
    url = database.url._replace(drivername="postgresql").render_as_string(hide_password=False)
    copy = tmp_path / "train.esn"
    try:
        assert run("import", url, str(SMALL_WORKSPACE))[0] == 0
        played = journey(
            "tests.journeys.offline:offline",
            server=["127.0.0.1", str(postgres.port), name, ADMIN, ADMIN_PASSWORD],
            copy=str(copy),
            passphrase=PASSPHRASE,
            account="Transports Lemaire",
            notes=NOTES,
        )
        with open_team_workspace(database) as workspace, workspace.engine.connect() as connection:
            sent = connection.execute(text("SELECT count(*) FROM activities WHERE notes = :n"), {"n": NOTES})
            assert sent.scalar() == 1  # in the director's data, once
    finally:
        postgres.drop_database(name)
    with (
        open_workspace_at(copy, write=True, passphrase=PASSPHRASE) as workspace,
        workspace.engine.connect() as c,
    ):
        assert c.execute(text("SELECT count(*) FROM offline_journal")).scalar() == 0  # nothing left to send
        assert c.execute(text("SELECT count(*) FROM activities WHERE notes = :n"), {"n": NOTES}).scalar() == 1
    assert any(line.startswith("said: Synchronisé automatiquement") for line in played.output)
