"""Working offline (issue 16, point 6): a copy of the team database for one login, activities,
no-show marks and plan edits made in it, sent back by `sync` each exactly once, conflicts listed
and kept, the copy's age said by kpi and check."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from esn_desktop.domain.action_plans import ActionRule, Frequency
from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.records import AccountRecord
from esn_desktop.services.account_editing import ActivityFields, log_activity, save_account
from esn_desktop.services.action_plans import PlanInput, save_plan
from esn_desktop.services.no_shows import mark_no_show, mark_rescheduled
from esn_desktop.services.offline import sync
from esn_desktop.store.address import TeamDatabase
from esn_desktop.store.database import Workspace
from esn_desktop.store.places import open_workspace_at
from esn_desktop.store.team_database import open_team_workspace
from tests.cli.conftest import run
from tests.conftest import SMALL_WORKSPACE
from tests.postgres_server import ADMIN_PASSWORD

KARIM_PASSWORD = "karim-secret-1"
PASSPHRASE = "salle de réunion 42"
NOTE = re.compile(r"^Copie hors ligne de team_\d+ du \d\d/\d\d/\d{4} à \d\d:\d\d$")
#: The same in a command's English lines (check, sync, offline).
ENGLISH_NOTE = re.compile(r"^Offline copy of team_\d+ of \d{4}-\d\d-\d\d at \d\d:\d\d$")


@dataclass(frozen=True)
class Team:
    database: TeamDatabase
    karim: str

    @property
    def url(self) -> str:
        return _url(self.database)

    @property
    def karim_url(self) -> str:
        return _url(self.database.as_user(self.karim, KARIM_PASSWORD))


def _url(database: TeamDatabase) -> str:
    return str(database.url._replace(drivername="postgresql").render_as_string(hide_password=False))


@pytest.fixture
def team(team_database: TeamDatabase, monkeypatch: pytest.MonkeyPatch) -> Team:
    url = _url(team_database)
    assert run("import", url, str(SMALL_WORKSPACE))[0] == 0
    karim = f"karim_{team_database.database}"
    monkeypatch.setenv("ESN_USER_PASSWORD", KARIM_PASSWORD)
    added = run(
        "team", "add-user", url, "--name", karim, "--role", "salesperson", "--salesperson", "Karim Benali"
    )
    assert added[0] == 0, added
    monkeypatch.delenv("ESN_USER_PASSWORD")
    # A sync finds the server's password as any command does: the copy keeps the URL without it.
    monkeypatch.setenv("PGPASSWORD", ADMIN_PASSWORD)
    return Team(team_database, karim)


@contextmanager
def _file(path: Path, passphrase: str | None = None) -> Iterator[Workspace]:
    with open_workspace_at(path, write=True, passphrase=passphrase) as workspace:
        yield workspace


def _server(team: Team, statement: str, **params: object) -> list[tuple[object, ...]]:
    with open_team_workspace(team.database) as workspace, workspace.engine.begin() as connection:
        result = connection.execute(text(statement), params)
        return [tuple(row) for row in result] if result.returns_rows else []


def _id(workspace: Workspace, statement: str) -> int:
    with workspace.engine.connect() as connection:
        return int(connection.execute(text(statement)).scalar_one())


def _lemaire_call(workspace: Workspace, notes: str, owner: str = "Karim Benali") -> int:
    account = _id(workspace, "SELECT id FROM accounts WHERE name = 'Transports Lemaire'")
    fields = ActivityFields(
        ActivityKind.CALL, ActivityStatus.DONE, date(2026, 12, 2), account, owner=owner, notes=notes
    )
    return log_activity(workspace, fields).value


def _karim_plan(workspace: Workspace, notes: str) -> None:
    account = _id(workspace, "SELECT id FROM accounts WHERE name = 'Transports Lemaire'")
    plan = PlanInput(
        "Karim Benali",
        date(2026, 12, 1),
        revenue_goal=Decimal("30000"),
        notes=notes,
        account_ids=(account,),
        rules=(ActionRule("A", ActivityKind.CALL, 4, Frequency.MONTH),),
    )
    save_plan(workspace, plan=plan)


def test_offline_work_goes_back_once_and_the_copy_is_refreshed(team: Team, tmp_path: Path) -> None:
    copy = tmp_path / "salle.esn"
    code, out, err = run("offline", team.url, "-o", str(copy), "--plain")
    assert (code, err) == (0, "")
    assert "is NOT encrypted (--plain)" in out
    assert copy.read_bytes()[:16] == b"SQLite format 3\x00"
    with _file(copy) as workspace:
        _lemaire_call(workspace, "Appel depuis la salle")
        meeting = _id(workspace, "SELECT id FROM activities WHERE activity_date = '2026-11-13'")
        mark_no_show(workspace, activity_id=meeting)  # and its follow-up reminder, a new activity
        _karim_plan(workspace, "Pousser la TMA")
        save_account(workspace, AccountRecord(name="Nouveau prospect"))  # not sent back
    before = _server(team, "SELECT count(*) FROM activities")[0][0]

    code, out, err = run("sync", str(copy))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"sent to {team.database.name}: 2 activities, 1 activity change, 1 plan"
    assert lines[1] == (
        "not sent back: 1 change to accounts: edits of accounts are not sent back from an offline copy"
    )
    assert lines[2].startswith(f"{copy} refreshed: Offline copy of {team.database.database} of ")

    def server_state() -> tuple[object, ...]:
        return (
            _server(team, "SELECT count(*) FROM activities")[0][0],
            _server(team, "SELECT count(*) FROM activities WHERE notes = 'Appel depuis la salle'")[0][0],
            _server(team, "SELECT status FROM activities WHERE activity_date = '2026-11-13'")[0][0],
            _server(team, "SELECT notes, revenue_goal FROM action_plans"),
            _server(team, "SELECT count(*) FROM action_plan_rules")[0][0],
            _server(team, "SELECT count(*) FROM accounts WHERE name = 'Nouveau prospect'")[0][0],
        )

    state = server_state()
    assert state == (before + 2, 1, "no_show", [("Pousser la TMA", 3000000)], 1, 0)
    # The refreshed copy shows the team's latest, and has nothing left to send.
    with _file(copy) as workspace:
        assert _id(workspace, "SELECT count(*) FROM activities") == before + 2
        assert _id(workspace, "SELECT count(*) FROM accounts WHERE name = 'Nouveau prospect'") == 0
        assert _id(workspace, "SELECT count(*) FROM offline_journal") == 0
    code, out, err = run("sync", str(copy))
    assert (code, out.splitlines()[0], err) == (0, f"sent to {team.database.name}: nothing new", "")
    assert server_state() == state
    assert sorted(p.name for p in tmp_path.iterdir()) == ["salle.esn", "salle.esn.lock"]  # nothing left over


def test_a_sync_killed_after_its_commit_sends_nothing_twice(team: Team, tmp_path: Path) -> None:
    copy = tmp_path / "salle.esn"
    assert run("offline", team.url, "-o", str(copy), "--plain")[0] == 0
    with _file(copy) as workspace:
        _lemaire_call(workspace, "Une seule fois")
        _karim_plan(workspace, "Une fois")
    # Killed between the server's commit and the file's refresh: the file still holds its journal.
    report = sync(copy, team.database, passphrase=None, refresh=False)
    assert (report.sent["activity"], report.sent["plan"], report.refreshed) == (1, 1, None)
    code, out, _ = run("sync", str(copy))
    assert code == 0
    assert out.splitlines()[0] == (
        f"sent to {team.database.name}: nothing new (2 sent by an earlier sync, not again)"
    )
    assert _server(team, "SELECT count(*) FROM activities WHERE notes = 'Une seule fois'") == [(1,)]
    assert _server(team, "SELECT count(*) FROM action_plans") == [(1,)]
    assert _server(team, "SELECT count(*) FROM action_plan_rules") == [(1,)]


def test_conflicts_are_listed_and_kept_never_written_over(team: Team, tmp_path: Path) -> None:
    with open_team_workspace(team.database) as workspace:
        _karim_plan(workspace, "Plan de départ")
    copy = tmp_path / "salle.esn"
    assert run("offline", team.url, "-o", str(copy), "--plain")[0] == 0
    with _file(copy) as workspace:
        boulangeries = _id(workspace, "SELECT id FROM accounts WHERE name = 'Boulangeries Réunies'")
        log_activity(
            workspace,
            ActivityFields(
                ActivityKind.CALL, ActivityStatus.DONE, date(2026, 12, 2), boulangeries, notes="x"
            ),
        )
        no_show = _id(workspace, "SELECT id FROM activities WHERE status = 'no_show'")
        mark_rescheduled(workspace, no_show_id=no_show, today=date(2026, 12, 2))
        horizon = _id(workspace, "SELECT id FROM activities WHERE activity_date = '2026-11-04'")
        mark_no_show(workspace, activity_id=horizon)  # and its reminder, which goes or stays with it
        _karim_plan(workspace, "Plan du client")
    # Meanwhile, at the office:
    _server(team, "DELETE FROM accounts WHERE name = 'Boulangeries Réunies'")
    _server(team, "UPDATE activities SET notes = 'Rappelé par Hélène' WHERE status = 'no_show'")
    _server(team, "UPDATE activities SET notes = 'Vu' WHERE activity_date = '2026-11-04'")
    activities = _server(team, "SELECT count(*) FROM activities")
    with open_team_workspace(team.database) as workspace:
        _karim_plan(workspace, "Plan du bureau")

    code, out, err = run("sync", str(copy))
    assert code == 1
    assert err == (
        f"esn-desktop: 5 changes not sent (conflicts above), kept in {copy} for a later sync; "
        "decide with --theirs ITEM… or --mine ITEM…\n"
    )
    # Each named, to be decided: `kept activity-mark:12: ...`.
    kept = [
        re.sub(r"^kept [a-z-]+:\d+: ", "kept: ", line)
        for line in out.splitlines()
        if line.startswith("kept ")
    ]
    assert re.fullmatch(
        r"kept: the follow-up of 2026-11-\d\d with Mutuelle Horizon: the reminder of a no-show mark kept; "
        "kept with it",
        kept.pop(3),
    )
    assert kept == [
        "kept: the meeting of 2026-11-06 with Transports Lemaire: changed on the server since the copy "
        "(notes); your change kept in the file",
        "kept: the meeting of 2026-11-04 with Mutuelle Horizon: changed on the server since the copy "
        "(notes); your change kept in the file",
        "kept: the call of 2026-12-02 with Boulangeries Réunies: its account was deleted on the server; "
        "kept in the file",
        "kept: the plan of Karim Benali for 2026-12: edited on both sides; yours kept in the file, "
        "the server's left as it is",
    ]
    # Nothing of the team's was written over.
    assert _server(team, "SELECT notes, rescheduled_on FROM activities WHERE status = 'no_show'") == [
        ("Rappelé par Hélène", None)
    ]
    assert _server(team, "SELECT notes FROM action_plans") == [("Plan du bureau",)]
    assert _server(team, "SELECT count(*) FROM activities") == activities  # not even the reminder
    # Kept in the refreshed file, said again by the next sync, and still never sent twice.
    with _file(copy) as workspace:
        assert _id(workspace, "SELECT count(*) FROM offline_pending") == 5
    again = run("sync", str(copy))
    assert again[0] == 1 and again[2] == err
    assert _server(team, "SELECT count(*) FROM activities WHERE notes = 'x'") == [(0,)]


def test_a_salespersons_encrypted_copy_holds_no_cost_and_says_its_age(team: Team, tmp_path: Path) -> None:
    copy = tmp_path / "karim.esn"
    env = {**os.environ, "ESN_PASSPHRASE": PASSPHRASE}
    env.pop("PGPASSWORD", None)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "esn_desktop", *args], capture_output=True, text=True, env=env, check=False
        )

    made = cli("offline", team.karim_url, "-o", str(copy))
    assert (made.returncode, made.stderr) == (0, "")
    assert f"for {team.karim} (salesperson)" in made.stdout
    assert copy.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted
    kpi = cli("kpi", str(copy), "--from", "2025-12-01", "--to", "2026-11-30")
    assert kpi.returncode == 0, kpi.stderr
    assert NOTE.match(kpi.stdout.splitlines()[0])
    figures = cli("kpi", str(copy), "--from", "2025-12-01", "--to", "2026-11-30", "--json")
    assert NOTE.match(figures.stderr.strip())
    report = json.loads(figures.stdout)
    assert (report["cost"], report["margin"], report["cjm"]) == (None, None, None)  # not margins of 0 costs
    assert report["revenue"] > 0
    check = cli("check", str(copy))
    assert check.returncode == 0, check.stderr
    assert ENGLISH_NOTE.match(check.stdout.splitlines()[1])
    with _file(copy, PASSPHRASE) as workspace:
        from esn_desktop.services.logins import own_salesperson

        # Opened, the copy has the role it was made for: its forms write in Karim's name.
        assert (workspace.role, workspace.sees_costs) == ("salesperson", False)
        assert own_salesperson(workspace) == "Karim Benali"
        with workspace.engine.connect() as connection:
            costs = connection.execute(text("SELECT daily_cost, annual_salary FROM consultants")).all()
            assert set(costs) == {(0, None)}  # held as 0, never the real one
            assert connection.execute(text("SELECT count(*) FROM channel_costs")).scalar() == 0
        _lemaire_call(workspace, "Appel de Karim")
        _lemaire_call(workspace, "Appel pour Hélène", owner="Hélène Garnier")
    # The server's password from the URL the copy remembers (without it) and PGPASSWORD.
    synced = subprocess.run(
        [sys.executable, "-m", "esn_desktop", "sync", str(copy)],
        capture_output=True,
        text=True,
        env={**env, "PGPASSWORD": KARIM_PASSWORD},
        check=False,
    )
    assert synced.returncode == 1
    assert synced.stdout.splitlines()[0] == f"sent to {team.database.name}: 1 activity"
    assert re.search(
        r"^kept activity:\d+: the call of 2026-12-02 with Transports Lemaire: refused by the server "
        r"\(new row violates",
        synced.stdout,
        re.MULTILINE,
    )
    assert _server(team, "SELECT count(*) FROM activities WHERE notes = 'Appel de Karim'") == [(1,)]
    assert _server(team, "SELECT count(*) FROM activities WHERE notes = 'Appel pour Hélène'") == [(0,)]
    # Still encrypted with the same passphrase after its refresh.
    assert copy.read_bytes()[:16] != b"SQLite format 3\x00"
    with _file(copy, PASSPHRASE) as workspace:
        assert _id(workspace, "SELECT count(*) FROM activities WHERE notes = 'Appel de Karim'") == 1


def test_refusals_in_one_line(team: Team, tmp_path: Path) -> None:
    plain = tmp_path / "plain.esn"
    assert run("import", str(plain), str(SMALL_WORKSPACE))[0] == 0
    assert run("sync", str(plain)) == (
        1,
        "",
        "esn-desktop: plain.esn is not an offline copy: "
        "make one with 'esn-desktop offline URL -o FILE.esn'\n",
    )
    assert run("offline", str(plain), "-o", str(tmp_path / "x.esn")) == (
        1,
        "",
        "esn-desktop: 'esn-desktop offline' copies a team database: give its URL, not a workspace file\n",
    )
    assert run("offline", team.url, "-o", str(plain))[2] == f"esn-desktop: {plain} already exists\n"
    assert (
        run("sync", str(tmp_path / "none.esn"))[2] == f"esn-desktop: {tmp_path / 'none.esn'} does not exist\n"
    )


def test_what_was_undone_offline_is_not_sent(team: Team, tmp_path: Path) -> None:
    from esn_desktop.services.changes import revert

    copy = tmp_path / "salle.esn"
    assert run("offline", team.url, "-o", str(copy), "--plain")[0] == 0
    with _file(copy) as workspace:
        account = _id(workspace, "SELECT id FROM accounts WHERE name = 'Transports Lemaire'")
        logged = log_activity(
            workspace, ActivityFields(ActivityKind.CALL, ActivityStatus.DONE, date(2026, 12, 2), account)
        )
        revert(workspace, logged.changes)
        meeting = _id(workspace, "SELECT id FROM activities WHERE activity_date = '2026-11-13'")
        revert(workspace, mark_no_show(workspace, activity_id=meeting).changes)
    before = _server(team, "SELECT count(*), count(*) FILTER (WHERE status = 'no_show') FROM activities")
    code, out, _ = run("sync", str(copy))
    assert (code, out.splitlines()[0]) == (0, f"sent to {team.database.name}: nothing new")
    assert (
        _server(team, "SELECT count(*), count(*) FILTER (WHERE status = 'no_show') FROM activities") == before
    )


def test_a_server_out_of_reach_leaves_the_copy_as_it_was(team: Team, tmp_path: Path) -> None:
    import sqlite3

    copy = tmp_path / "salle.esn"
    assert run("offline", team.url, "-o", str(copy), "--plain")[0] == 0
    with _file(copy) as workspace:
        _lemaire_call(workspace, "Dans le train")
    with sqlite3.connect(copy) as connection:  # the server moved: no one listens on port 1
        connection.execute(
            "UPDATE offline_origin SET value = replace(value, ':' || ?, ':1') WHERE key = 'url'",
            (str(team.database.url.port),),
        )
    connection.close()
    code, out, err = run("sync", str(copy))
    assert (code, out) == (1, "")
    assert err.startswith("esn-desktop: ") and err.count("\n") == 1 and "127.0.0.1" in err
    with _file(copy) as workspace:
        assert _id(workspace, "SELECT count(*) FROM offline_journal") == 1
    assert _server(team, "SELECT count(*) FROM activities WHERE notes = 'Dans le train'") == [(0,)]


def test_a_plain_copy_encrypted_later_keeps_its_journal(
    team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "salle.esn"
    assert run("offline", team.url, "-o", str(copy), "--plain")[0] == 0
    with _file(copy) as workspace:
        _lemaire_call(workspace, "Avant le chiffrement")
    monkeypatch.setenv("ESN_PASSPHRASE", PASSPHRASE)
    assert run("encrypt", str(copy))[0] == 0
    with _file(copy, PASSPHRASE) as workspace:
        _lemaire_call(workspace, "Après le chiffrement")
    code, out, err = run("sync", str(copy))
    assert (code, out.splitlines()[0], err) == (0, f"sent to {team.database.name}: 2 activities", "")
    assert copy.read_bytes()[:16] != b"SQLite format 3\x00"  # refreshed with the same passphrase


def test_kpi_and_check_on_a_file_load_nothing_of_postgresql(tmp_path: Path) -> None:
    plain = tmp_path / "plain.esn"
    assert run("import", str(plain), str(SMALL_WORKSPACE))[0] == 0
    script = (
        "import sys\n"
        "from esn_desktop.cli import main\n"
        f"main(['kpi', {str(plain)!r}, '--from', '2026-11-01', '--to', '2026-11-30', '--json'])\n"
        f"main(['check', {str(plain)!r}])\n"
        "from esn_desktop.services.offline import offline_copy_of\n"
        "print([m for m in sys.modules if m.startswith(('psycopg', 'sqlalchemy.dialects.postgresql'))])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[]"


def _kept_names(out: str) -> dict[str, str]:
    """The items a sync kept, by what they are: `{"the plan of ...": "plan:3"}`."""
    found = {}
    for line in out.splitlines():
        matched = re.match(r"^kept ([a-z-]+:\d+): (.*?): ", line)
        if matched:
            found[matched[2]] = matched[1]
    return found


def test_kept_conflicts_are_decided_theirs_or_mine_each_once(team: Team, tmp_path: Path) -> None:
    with open_team_workspace(team.database) as workspace:
        _karim_plan(workspace, "Plan de départ")
    copy = tmp_path / "salle.esn"
    assert run("offline", team.url, "-o", str(copy), "--plain")[0] == 0
    with _file(copy) as workspace:
        boulangeries = _id(workspace, "SELECT id FROM accounts WHERE name = 'Boulangeries Réunies'")
        log_activity(
            workspace,
            ActivityFields(
                ActivityKind.CALL, ActivityStatus.DONE, date(2026, 12, 2), boulangeries, notes="x"
            ),
        )
        no_show = _id(workspace, "SELECT id FROM activities WHERE status = 'no_show'")
        mark_rescheduled(workspace, no_show_id=no_show, today=date(2026, 12, 2))
        _karim_plan(workspace, "Plan du client")
    _server(team, "DELETE FROM accounts WHERE name = 'Boulangeries Réunies'")
    _server(team, "UPDATE activities SET notes = 'Rappelé par Hélène' WHERE status = 'no_show'")
    with open_team_workspace(team.database) as workspace:
        _karim_plan(workspace, "Plan du bureau")
    code, out, _ = run("sync", str(copy))
    assert code == 1
    names = _kept_names(out)
    call = names["the call of 2026-12-02 with Boulangeries Réunies"]
    plan = names["the plan of Karim Benali for 2026-12"]
    (mark,) = (name for name in names.values() if name.startswith("activity-mark:"))
    assert call.startswith("activity:") and plan.startswith("plan:")

    # Refused in one line, nothing sent nor changed.
    assert run("sync", str(copy), "--theirs", "plan:999") == (
        1,
        "",
        f"esn-desktop: plan:999 is not an item kept in salle.esn (kept: {', '.join(sorted(names.values()))})"
        "; 'esn-desktop sync salle.esn' lists them\n",
    )
    assert run("sync", str(copy), "--mine", call) == (
        1,
        "",
        f"esn-desktop: {call} is a new activity: the team has no version of it to write over; "
        "--theirs drops it, or sync later\n",
    )
    assert run("sync", str(copy), "--mine", plan, "--theirs", plan)[2] == (
        f"esn-desktop: {plan} is given both --theirs and --mine: choose one\n"
    )
    with _file(copy) as workspace:
        assert _id(workspace, "SELECT count(*) FROM offline_pending") == 3

    code, out, err = run("sync", str(copy), "--mine", mark, plan, "--theirs", call)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"sent to {team.database.name}: 1 activity change, 1 plan"
    assert sorted(lines[1:4]) == sorted(
        [
            f"dropped, the team's version kept: {call}: the call of 2026-12-02 with Boulangeries Réunies",
            f"sent over the team's version: {plan}: the plan of Karim Benali for 2026-12",
            f"sent over the team's version: {mark}: "
            + next(said for said, name in names.items() if name == mark),
        ]
    )
    state = (
        _server(team, "SELECT notes, rescheduled_on IS NOT NULL FROM activities WHERE status = 'no_show'"),
        _server(team, "SELECT notes FROM action_plans"),
        _server(team, "SELECT count(*) FROM activities WHERE notes = 'x'"),
    )
    assert state[1:] == ([("Plan du client",)], [(0,)])
    assert state[0][0][1] is True  # the reschedule made offline, over the team's
    with _file(copy) as workspace:
        assert _id(workspace, "SELECT count(*) FROM offline_pending") == 0
    # Decided once: the next sync has nothing to send, and the server stays as it is.
    code, out, err = run("sync", str(copy))
    assert (code, out.splitlines()[0], err) == (0, f"sent to {team.database.name}: nothing new", "")
    assert (
        _server(team, "SELECT notes, rescheduled_on IS NOT NULL FROM activities WHERE status = 'no_show'"),
        _server(team, "SELECT notes FROM action_plans"),
        _server(team, "SELECT count(*) FROM activities WHERE notes = 'x'"),
    ) == state


@pytest.mark.parametrize("earlier_note", [False, True], ids=["note", "earlier-note"])
def test_a_no_show_mark_dropped_takes_its_reminder_with_it(
    team: Team, tmp_path: Path, earlier_note: bool
) -> None:
    copy = tmp_path / "salle.esn"
    assert run("offline", team.url, "-o", str(copy), "--plain")[0] == 0
    with _file(copy) as workspace:
        horizon = _id(workspace, "SELECT id FROM activities WHERE activity_date = '2026-11-04'")
        mark_no_show(workspace, activity_id=horizon)  # and its reminder, which goes or stays with it
        if earlier_note:  # as a copy marked by the versions before the note was French
            with workspace.engine.begin() as connection:
                connection.execute(
                    text("UPDATE activities SET notes = 'no-show 2026-11-04' WHERE notes LIKE 'Relance%'")
                )
    _server(team, "UPDATE activities SET notes = 'Vu' WHERE activity_date = '2026-11-04'")
    activities = _server(team, "SELECT count(*) FROM activities")
    code, out, _ = run("sync", str(copy))
    names = _kept_names(out)
    assert code == 1 and len(names) == 2
    (mark,) = (name for name in names.values() if name.startswith("activity-mark:"))
    code, out, err = run("sync", str(copy), "--theirs", mark)
    assert (code, err) == (0, "")
    dropped = [line for line in out.splitlines() if line.startswith("dropped, the team's version kept: ")]
    assert len(dropped) == 2  # the mark and the reminder it made
    assert _server(team, "SELECT count(*) FROM activities") == activities
    assert _server(team, "SELECT notes, status FROM activities WHERE activity_date = '2026-11-04'") == [
        ("Vu", "done")  # the team's, as it was
    ]
    with _file(copy) as workspace:
        assert _id(workspace, "SELECT count(*) FROM offline_pending") == 0


def test_a_plan_conflict_dropped_for_the_teams_and_a_deleted_meetings_mark(
    team: Team, tmp_path: Path
) -> None:
    with open_team_workspace(team.database) as workspace:
        _karim_plan(workspace, "Plan de départ")
    copy = tmp_path / "salle.esn"
    assert run("offline", team.url, "-o", str(copy), "--plain")[0] == 0
    with _file(copy) as workspace:
        meeting = _id(workspace, "SELECT id FROM activities WHERE activity_date = '2026-11-13'")
        mark_no_show(workspace, activity_id=meeting)
        _karim_plan(workspace, "Plan du client")
    _server(team, f"DELETE FROM activities WHERE id = {meeting}")
    with open_team_workspace(team.database) as workspace:
        _karim_plan(workspace, "Plan du bureau")
    code, out, _ = run("sync", str(copy))
    assert code == 1
    names = _kept_names(out)
    plan = names["the plan of Karim Benali for 2026-12"]
    (mark,) = (name for name in names.values() if name.startswith("activity-mark:"))
    assert run("sync", str(copy), "--mine", mark) == (
        1,
        "",
        f"esn-desktop: {mark}: the meeting was deleted on the server, there is nothing to write over; "
        "--theirs drops it\n",
    )
    code, out, err = run("sync", str(copy), "--theirs", plan, mark)
    assert (code, err) == (0, ""), out
    assert _server(team, "SELECT notes FROM action_plans") == [("Plan du bureau",)]
    with _file(copy) as workspace:
        assert _id(workspace, "SELECT count(*) FROM offline_pending") == 0
        assert _id(workspace, "SELECT count(*) FROM action_plans WHERE notes = 'Plan du bureau'") == 1


def test_a_plan_sent_back_keeps_its_rules_in_the_order_given(team: Team, tmp_path: Path) -> None:
    copy = tmp_path / "salle.esn"
    assert run("offline", team.url, "-o", str(copy), "--plain")[0] == 0
    rules = (
        ActionRule("grand_compte", ActivityKind.CALL, 4, Frequency.MONTH),
        ActionRule("grand_compte", ActivityKind.MEETING, 2, Frequency.MONTH),
        ActionRule("eti", ActivityKind.CALL, 3, Frequency.MONTH),
        ActionRule("eti", ActivityKind.MEETING, 1, Frequency.MONTH),
        ActionRule("pme", ActivityKind.CALL, 2, Frequency.MONTH),
    )
    with _file(copy) as workspace:
        save_plan(
            workspace,
            plan=PlanInput("Karim Benali", date(2026, 12, 1), revenue_goal=Decimal("30000"), rules=rules),
        )
    assert run("sync", str(copy))[0] == 0
    assert _server(team, "SELECT segment, kind FROM action_plan_rules ORDER BY id") == [
        (rule.segment, rule.kind.value) for rule in rules
    ]
