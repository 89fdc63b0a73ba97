"""Users and roles of a team database, enforced by PostgreSQL itself (issue 16, point 3): a
salesperson reads the pipeline and writes their own activities, never a salary, whether through
esn-desktop or psql; a viewer reads and writes nothing; a director does everything."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest

from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.errors import EsnError
from esn_desktop.services.account_editing import ActivityFields, log_activity
from esn_desktop.services.account_list import AccountFilter, account_ids
from esn_desktop.store.address import TeamDatabase
from esn_desktop.store.team_database import open_team_workspace
from tests.cli.conftest import run
from tests.conftest import SMALL_WORKSPACE
from tests.postgres_server import PostgresServer

YEAR = ("--from", "2025-12-01", "--to", "2026-11-30")
CAMILLE, VICTOR = "camille-secret-1", "victor-secret-1"


@dataclass(frozen=True)
class Team:
    """The example in a team database, with a salesperson login (`camille`, tied to the example's
    Karim Benali) and a viewer; logins are the server's, so each test's bear its database's name."""

    database: TeamDatabase
    camille: str
    victor: str

    @property
    def name(self) -> str:
        return self.database.name


@pytest.fixture
def team(team_database: TeamDatabase, monkeypatch: pytest.MonkeyPatch) -> Team:
    url = _url(team_database)
    assert run("import", url, str(SMALL_WORKSPACE))[0] == 0
    made = Team(team_database, f"camille_{team_database.database}", f"victor_{team_database.database}")
    monkeypatch.setenv("ESN_USER_PASSWORD", CAMILLE)
    # Named as people type names: found ignoring case and accents.
    salesperson = ("--role", "salesperson", "--salesperson", "karim benali")
    code, out, err = run("team", "add-user", url, "--name", made.camille, *salesperson)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"{made.camille} is a salesperson of {team_database.name}",
        f"{made.camille} logs as the salesperson Karim Benali",
    ]
    monkeypatch.setenv("ESN_USER_PASSWORD", VICTOR)
    assert run("team", "add-user", url, "--name", made.victor, "--role", "viewer")[0] == 0
    monkeypatch.delenv("ESN_USER_PASSWORD")
    return made


def test_a_salesperson_connecting_with_psql_cannot_read_a_salary(
    postgres: PostgresServer, team: Team
) -> None:
    psql = shutil.which("psql") or str(postgres.bin / "psql")

    def as_camille(statement: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                psql,
                "-h",
                "127.0.0.1",
                "-p",
                str(postgres.port),
                "-U",
                team.camille,
                "-d",
                team.database.database,
                "-Atc",
                statement,
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PGPASSWORD": CAMILLE},
            check=False,
        )

    refused = as_camille("SELECT annual_salary FROM public.consultants")
    assert refused.returncode != 0 and "permission denied for table consultants" in refused.stderr
    assert as_camille("SELECT count(*) FROM public.channel_costs").returncode != 0
    # Through their view, the consultants show without any cost.
    assert (
        as_camille("SELECT count(*), count(daily_cost), count(annual_salary) FROM consultants").stdout
        == "3|0|0\n"
    )
    assert as_camille("SELECT count(*) FROM channel_costs").stdout == "0\n"
    assert as_camille("SELECT count(*) FROM accounts").stdout == "3\n"  # the pipeline they work
    # Their writes are held to their own rows.
    deleted = as_camille("DELETE FROM activities WHERE owner_id <> public.esn_my_salesperson() RETURNING id")
    assert (deleted.returncode, deleted.stdout) == (0, "DELETE 0\n")
    assert as_camille("UPDATE consultants SET name = 'x'").returncode != 0


def test_a_salesperson_and_a_viewer_read_the_figures_without_any_cost(team: Team) -> None:
    director = _kpi(_url(team.database))
    for login, password in ((team.camille, CAMILLE), (team.victor, VICTOR)):
        report = _kpi(_url(team.database.as_user(login, password)))
        assert (report["cost"], report["margin"], report["margin_rate"], report["cjm"]) == (
            None,
            None,
            None,
            None,
        )
        assert report["cost_per_lead"] == {}
        assert report["revenue"] == director["revenue"] and report["revenue"] > 0
        assert report["pipeline_weighted"] == director["pipeline_weighted"]
    assert director["cost"] is not None and director["cost_per_lead"]


def test_a_salesperson_logs_their_own_activities_not_anothers(team: Team) -> None:
    with open_team_workspace(team.database.as_user(team.camille, CAMILLE)) as workspace:
        assert (workspace.role, workspace.sees_costs) == ("salesperson", False)
        account = account_ids(workspace, AccountFilter(search="Lemaire"))[0]
        call = ActivityFields(
            ActivityKind.CALL, ActivityStatus.DONE, date(2026, 11, 20), account, owner="Karim Benali"
        )
        assert log_activity(workspace, call).value > 0
        with pytest.raises(EsnError) as refused:
            log_activity(workspace, replace(call, owner="Hélène Garnier"))
        assert str(refused.value) == (
            f"your login (salesperson) may not make this change in {team.name}; nothing was written"
        )


def test_a_viewer_writes_nothing_and_neither_exports_nor_backs_up(team: Team, tmp_path: Path) -> None:
    viewer = team.database.as_user(team.victor, VICTOR)
    with open_team_workspace(viewer) as workspace:
        account = account_ids(workspace, AccountFilter(search="Lemaire"))[0]
        call = ActivityFields(ActivityKind.CALL, ActivityStatus.DONE, date(2026, 11, 20), account)
        with pytest.raises(EsnError, match=r"^your login \(viewer\) may not make this change"):
            log_activity(workspace, call)
    code, _, err = run("export", _url(viewer), str(tmp_path / "all.json"))
    assert (code, err) == (
        1,
        "esn-desktop: an export of the whole workspace needs a director's login: "
        "a viewer's cannot read the costs it holds\n",
    )
    code, _, err = run("backup", _url(viewer), "-o", str(tmp_path / "copy.esn"))
    assert (code, err) == (
        1,
        f"esn-desktop: a backup of {team.name} needs a director's login: "
        "a viewer's cannot read the costs it holds\n",
    )
    assert not list(tmp_path.iterdir())


def test_a_login_changes_role_and_bad_requests_are_refused_in_one_line(
    team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = _url(team.database)
    code, out, _ = run("team", "add-user", url, "--name", team.victor, "--role", "director")
    assert out.splitlines() == [
        f"{team.victor} is a director of {team.name}",
        f"{team.victor} was a login of this server already: its password is unchanged",
    ]
    assert _kpi(_url(team.database.as_user(team.victor, VICTOR)))["cost"] is not None  # a director now
    code, out, _ = run(
        "team", "add-user", url, "--name", f"nadia_{team.database.database}", "--role", "viewer"
    )
    assert code == 0 and out.splitlines()[1].startswith("password: ")  # made, said once
    for arguments, said in (
        (("--name", "Nadia Roux", "--role", "viewer"), "login 'Nadia Roux' refused: lower-case letters"),
        (
            ("--name", "bob", "--role", "viewer", "--salesperson", "Bob"),
            "--salesperson goes with --role salesperson",
        ),
    ):
        code, _, err = run("team", "add-user", url, *arguments)
        assert code == 1 and err.startswith(f"esn-desktop: {said}") and err.count("\n") == 1
    code, _, err = run("team", "add-user", str(tmp_path / "w.esn"), "--name", "bob", "--role", "viewer")
    assert (code, err) == (
        1,
        "esn-desktop: 'esn-desktop team' applies to a team database's URL, not to a workspace file\n",
    )


def _kpi(url: str) -> dict[str, object]:
    code, out, err = run("kpi", url, *YEAR, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert isinstance(report, dict)
    return report


def _url(database: TeamDatabase) -> str:
    return str(database.url._replace(drivername="postgresql").render_as_string(hide_password=False))


def test_only_a_director_adds_users_and_never_changes_their_own_role(team: Team) -> None:
    as_viewer = _url(team.database.as_user(team.victor, VICTOR))
    code, _, err = run(
        "team", "add-user", as_viewer, "--name", f"eve_{team.database.database}", "--role", "director"
    )
    assert (code, err) == (
        1,
        f"esn-desktop: only a director adds users to {team.database.database}; this login may not\n",
    )
    me = team.database.user or ""
    code, _, err = run("team", "add-user", _url(team.database), "--name", me, "--role", "viewer")
    assert (code, err) == (
        1,
        f"esn-desktop: {me} is the login running this command: a director does not change their own role\n",
    )
    code, _, err = run("check", as_viewer)
    assert (code, err) == (
        1,
        f"esn-desktop: a check of {team.name} needs a director's login: "
        "a viewer's cannot read all its tables\n",
    )


def test_databases_whose_names_fold_alike_never_share_a_role() -> None:
    from esn_desktop.store.team_roles import TeamRole, group_role

    names = {group_role(name, TeamRole.DIRECTOR) for name in ("acme-paris", "acme_paris", "Acme_Paris")}
    assert len(names) == 3
    assert all(len(name) <= 63 for name in names)  # PostgreSQL's longest name
