"""The command line on a team's PostgreSQL database (issue 16): the same commands, the same
figures as on a file, and every refusal in one line. Run against the tests' own server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from esn_desktop.store.address import TeamDatabase
from tests.cli.conftest import run
from tests.conftest import SMALL_KPI, SMALL_WORKSPACE
from tests.postgres_server import PostgresServer

DIALECTS = Path(__file__).resolve().parents[1] / "interchange" / "dialects"
YEAR = ("--from", "2025-12-01", "--to", "2026-11-30")


def kpi(workspace: str, *period: str) -> dict[str, object]:
    code, out, err = run("kpi", workspace, *(period or YEAR), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert isinstance(report, dict)
    return report


def test_the_shared_example_imported_into_a_team_database_gives_the_expected_figures(
    team_database: TeamDatabase, tmp_path: Path
) -> None:
    url = _url(team_database)
    code, out, err = run("import", url, str(SMALL_WORKSPACE))
    assert code == 0, err
    assert out.startswith(f"imported into {team_database.name}: 2 salespeople")
    november = ("--from", "2026-11-01", "--to", "2026-11-30")
    assert kpi(url, *november) == json.loads(SMALL_KPI.read_text(encoding="utf-8"))

    file = tmp_path / "same.esn"
    assert run("import", str(file), str(SMALL_WORKSPACE))[0] == 0
    assert kpi(url) == kpi(str(file))  # and over a year, the same on both engines


def test_a_seeded_demo_and_every_crm_export_give_the_same_figures_on_both_engines(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    url = postgres.create_database("demo_both")
    file = tmp_path / "demo.esn"
    for target in (url, str(file)):
        code, _, err = run("demo", target, "--prospects", "300", "--seed", "7", "--as-of", "2026-11-15")
        assert code == 0, err
    assert kpi(url) == kpi(str(file))

    exports = sorted(path for path in DIALECTS.iterdir() if path.suffix in (".csv", ".xlsx"))
    assert len(exports) >= 30
    for export in exports:
        for target in (url, str(file)):
            code, _, err = run("import", target, str(export), "--skip-invalid", "--quiet")
            assert code == 0, f"{export.name} into {target}: {err}"
    assert kpi(url) == kpi(str(file))
    assert run("check", url)[0] == 0


def test_a_backup_is_the_database_at_one_instant_in_a_workspace_file(
    team_database: TeamDatabase, tmp_path: Path
) -> None:
    url = _url(team_database)
    run("import", url, str(SMALL_WORKSPACE))
    backup = tmp_path / "copie.esn"
    code, out, err = run("backup", url, "-o", str(backup))
    assert code == 0, err
    assert out == f"backed up {team_database.name} to {backup} (60 rows)\n"
    assert backup.stat().st_mode & 0o777 == 0o600
    assert run("check", str(backup))[0] == 0
    assert kpi(str(backup)) == kpi(url)

    code, _, err = run("backup", url)
    assert (code, err) == (
        1,
        f"esn-desktop: a backup of {team_database.name} needs -o FILE.esn: "
        "the workspace file to write it to\n",
    )
    code, _, err = run("backup", url, "-o", str(backup))
    assert code == 1 and "already exists" in err and err.count("\n") == 1


def test_check_says_what_is_wrong_in_one_line_each(
    postgres: PostgresServer, team_database: TeamDatabase
) -> None:
    url = _url(team_database)
    code, out, err = run("check", url)
    assert (code, err) == (
        1,
        f"esn-desktop: {team_database.name} has 1 problem\n  it holds no workspace yet\n",
    )
    run("import", url, str(SMALL_WORKSPACE))
    code, out, _ = run("check", url)
    assert (code, out) == (
        0,
        f"{team_database.name}: ok (schema 0008; 3 accounts, 2 contacts, 4 opportunities, 8 activities, "
        "3 consultants, 2 missions, 2 objectives)\n",
    )
    # Rows written with ids of their own by another tool leave the sequence behind them.
    postgres.sql("INSERT INTO channels (id, name) VALUES (50000, 'Salon')", database=team_database.database)
    code, _, err = run("check", url)
    assert code == 1
    assert "the ids of channels are behind its rows: the next insert would fail" in err


def test_an_import_into_an_existing_team_workspace_adds_and_a_dry_run_writes_nothing(
    team_database: TeamDatabase,
) -> None:
    url = _url(team_database)
    run("import", url, str(SMALL_WORKSPACE))
    before = kpi(url)
    contacts = DIALECTS / "hubspot_contacts_en.csv"
    code, out, err = run("import", url, str(contacts), "--dry-run")
    assert code == 0, err
    assert f"dry run: nothing was written to {team_database.name}" in out
    assert kpi(url) == before
    code, out, err = run("import", url, str(contacts))
    assert code == 0, err
    code, out, _ = run("check", url)
    assert "3 accounts" not in out  # the export's companies came in beside the example's


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (
            ("encrypt",),
            "'esn-desktop encrypt' applies to workspace files; {name} is a team database, kept by its server",
        ),
        (
            ("decrypt",),
            "'esn-desktop decrypt' applies to workspace files; {name} is a team database, kept by its server",
        ),
        (
            ("demo", "--encrypt"),
            "--encrypt applies to workspace files; {name} is kept by its server "
            "(add ?sslmode=require to the URL to encrypt the connection)",
        ),
    ],
)
def test_what_only_a_file_can_do_is_refused_in_one_line(
    team_database: TeamDatabase, arguments: tuple[str, ...], said: str
) -> None:
    command, *options = arguments
    code, out, err = run(command, _url(team_database), *options)
    assert (code, out, err) == (1, "", f"esn-desktop: {said.format(name=team_database.name)}\n")


def test_an_empty_database_an_other_applications_one_and_a_newer_schema_are_refused(
    postgres: PostgresServer, team_database: TeamDatabase
) -> None:
    url = _url(team_database)
    code, _, err = run("kpi", url, *YEAR)
    assert (code, err) == (
        1,
        f"esn-desktop: {team_database.name} holds no workspace yet: "
        "'esn-desktop import' or 'esn-desktop demo' makes one\n",
    )
    postgres.sql("CREATE TABLE invoices (id serial PRIMARY KEY)", database=team_database.database)
    for command in (("kpi", url, *YEAR), ("import", url, str(SMALL_WORKSPACE))):
        code, _, err = run(*command)
        assert (code, err) == (
            1,
            f"esn-desktop: {team_database.name} holds another application's tables, "
            "not an esn-desktop workspace\n",
        )
    postgres.sql("DROP TABLE invoices", database=team_database.database)
    run("import", url, str(SMALL_WORKSPACE))
    code, _, err = run("demo", url)
    assert (code, err) == (1, f"esn-desktop: {team_database.name} already holds a workspace\n")
    postgres.sql("UPDATE alembic_version SET version_num = '0099'", database=team_database.database)
    code, _, err = run("kpi", url, *YEAR)
    assert (code, err) == (
        1,
        f"esn-desktop: {team_database.name} was saved by a newer version of esn-desktop (schema 0099, "
        "this version reads up to 0008); update esn-desktop to open it\n",
    )


def test_an_older_schema_is_upgraded_once_in_one_transaction(team_database: TeamDatabase) -> None:
    from esn_desktop.store.migrations_runner import SCHEMA_HEAD, downgrade
    from esn_desktop.store.team_database import connected

    url = _url(team_database)
    run("import", url, str(SMALL_WORKSPACE))
    before = kpi(url)
    with connected(team_database) as connection, connection.begin():
        downgrade(connection, "0006")
    assert kpi(url) == before  # opened, upgraded, read
    with connected(team_database) as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD


def test_passwords_come_from_the_url_the_environment_or_the_keychain_never_shown(
    postgres: PostgresServer,
    team_database: TeamDatabase,
    keychain_kept: dict[tuple[str, str], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run("import", _url(team_database), str(SMALL_WORKSPACE))
    postgres.sql("CREATE ROLE ana LOGIN PASSWORD 'ana-secret-1'")
    postgres.sql(f'GRANT CONNECT ON DATABASE "{team_database.database}" TO ana')
    postgres.sql("GRANT USAGE ON SCHEMA public TO ana", database=team_database.database)
    postgres.sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO ana", database=team_database.database)
    as_ana = team_database.as_user("ana", None)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")

    code, out, err = run("kpi", as_ana.shown, *YEAR)  # no password anywhere, no terminal
    assert (code, out, err) == (
        1,
        "",
        f"esn-desktop: {as_ana.name} needs a password: "
        "give it in PGPASSWORD or ~/.pgpass, or run from a terminal\n",
    )
    wrong = str(
        as_ana.with_password("nope").url.set(drivername="postgresql").render_as_string(hide_password=False)
    )
    code, _, err = run("kpi", wrong, *YEAR)
    assert (code, err) == (
        1,
        f'esn-desktop: cannot connect to {as_ana.name}: password authentication failed for user "ana"\n',
    )
    assert "nope" not in err

    monkeypatch.setenv("PGPASSWORD", "ana-secret-1")
    assert kpi(as_ana.shown)["revenue"] is not None
    monkeypatch.delenv("PGPASSWORD")
    # Kept by the window for the same login and database, however its URL was written.
    url = as_ana.url
    keychain_kept[("esn-desktop", f"postgresql://ana@{url.host}:{url.port}/{url.database}")] = "ana-secret-1"
    assert kpi(as_ana.shown) == kpi(_url(team_database))


def test_a_command_that_reads_cannot_write(team_database: TeamDatabase) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import InternalError

    from esn_desktop.store.team_database import open_team_workspace

    run("import", _url(team_database), str(SMALL_WORKSPACE))
    with open_team_workspace(team_database, write=False) as workspace:
        assert not workspace.writable
        with pytest.raises(InternalError, match="read-only transaction"), workspace.session() as session:
            session.execute(text("DELETE FROM activities"))
    assert run("check", _url(team_database))[1].count("8 activities") == 1


def test_an_unreachable_server_and_a_bad_url_are_said_in_one_line() -> None:
    code, out, err = run("kpi", "postgresql://ana@127.0.0.1:1/acme", *YEAR)
    assert (code, out) == (1, "")
    assert err.startswith("esn-desktop: cannot connect to acme on 127.0.0.1: ") and err.count("\n") == 1
    with pytest.raises(SystemExit):
        run("kpi", "postgresql://ana:secret@127.0.0.1/", *YEAR)


def _url(database: TeamDatabase) -> str:
    """The URL a person types, password included (the tests' throwaway server's)."""
    return str(database.url.set(drivername="postgresql").render_as_string(hide_password=False))


@pytest.mark.file_only("a command on a file, without PostgreSQL")
def test_a_command_on_a_file_loads_nothing_of_postgresql(imported: Path) -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from esn_desktop.cli import main\n"
        f"main(['kpi', {str(imported)!r}, '--from', '2026-11-01', '--to', '2026-11-30', '--json'])\n"
        "print([m for m in sys.modules if m.startswith(('psycopg', 'sqlalchemy.dialects.postgresql'))])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[]"
