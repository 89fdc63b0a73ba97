"""Checking a workspace: the file's integrity (or a team database's tables and sequences), its
schema, and the consistency of its data."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.engine import Connection

from esn_desktop.store.address import TeamDatabase, WorkspaceAddress
from esn_desktop.store.cipher import connect, database_errors
from esn_desktop.store.database import inspect_file
from esn_desktop.store.migrations_runner import SCHEMA_HEAD
from esn_desktop.store.models import Base
from esn_desktop.store.read_only import reader_uri
from esn_desktop.store.team_database import WORKSPACE_TABLES, connected, schema_revision


@dataclass(slots=True)
class CheckReport:
    #: The workspace as messages name it: the file's name, or the database and its server.
    name: str
    schema: str
    findings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.findings


# Rules the schema cannot enforce alone; each query returns the offending rows' ids.
_CONSISTENCY: dict[str, str] = {
    "opportunities closed without a closing date": (
        "SELECT id FROM opportunities WHERE stage IN ('won', 'lost') AND closed_on IS NULL"
    ),
    "open opportunities with a closing date": (
        "SELECT id FROM opportunities WHERE stage NOT IN ('won', 'lost') AND closed_on IS NOT NULL"
    ),
    "opportunities without stage history": (
        "SELECT o.id FROM opportunities o WHERE NOT EXISTS "
        "(SELECT 1 FROM stage_changes s WHERE s.opportunity_id = o.id)"
    ),
    "objectives without criteria": (
        "SELECT o.id FROM objectives o WHERE NOT EXISTS "
        "(SELECT 1 FROM objective_criteria c WHERE c.objective_id = o.id)"
    ),
    "no-shows that are not meetings": (
        "SELECT id FROM activities WHERE status = 'no_show' AND kind != 'meeting'"
    ),
}

_COUNTED = ("accounts", "contacts", "opportunities", "activities", "consultants", "missions", "objectives")


def check_workspace(address: WorkspaceAddress, *, passphrase: str | None = None) -> CheckReport:
    """Reads only; works while another copy of the app has the workspace open. An encrypted
    workspace is read through SQLCipher with its `passphrase`."""
    if isinstance(address, TeamDatabase):
        return check_team_database(address)
    path = address.expanduser().resolve()
    state = inspect_file(path, passphrase)
    report = CheckReport(path.name, state.revision)
    if state.needs_upgrade:
        report.findings.append(_older(state.revision))
    connection = connect(reader_uri(path), state.key, uri=True)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            report.findings += [f"integrity: {line}" for line in integrity[:20]]
            return report
        for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
            report.findings.append(f"{table} row {rowid} refers to a missing {parent} row")
        for label, query in _CONSISTENCY.items():
            ids = [row[0] for row in connection.execute(query)]
            if ids:
                shown = ", ".join(map(str, ids[:10])) + (" ..." if len(ids) > 10 else "")
                report.findings.append(f"{len(ids)} {label} (ids {shown})")
        report.counts = {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in _COUNTED}
    except database_errors(state.key) as error:
        report.findings.append(f"the file cannot be read to the end: {error}")
    finally:
        connection.close()
    return report


def check_team_database(database: TeamDatabase) -> CheckReport:
    """A team database in one read-only snapshot: its schema, every table there, each id
    sequence ahead of its rows (rows written with ids of their own by another tool would make
    the next insert fail), and the same consistency rules as a file. PostgreSQL enforces the
    foreign keys and its pages' integrity itself."""
    from esn_desktop.store.team_roles import require_director

    with connected(database) as connection, connection.begin():
        connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
        require_director(connection, database, "a check", "cannot read all its tables")
        revision = schema_revision(connection, database)
        report = CheckReport(database.name, revision or "none")
        if revision is None:
            report.findings.append("it holds no workspace yet")
            return report
        if revision != SCHEMA_HEAD:
            report.findings.append(
                f"schema {revision} is older than {SCHEMA_HEAD}: it is upgraded when opened"
            )
            return report
        present = set(connection.execute(WORKSPACE_TABLES).scalars())
        missing = sorted(set(Base.metadata.tables) - present)
        if missing:
            report.findings.append(f"missing tables: {', '.join(missing)}")
            return report
        for table in Base.metadata.tables:
            if "id" in Base.metadata.tables[table].c and _ids_behind(connection, table):
                report.findings.append(f"the ids of {table} are behind its rows: the next insert would fail")
        for label, query in _CONSISTENCY.items():
            ids = list(connection.execute(text(query)).scalars())
            if ids:
                shown = ", ".join(map(str, ids[:10])) + (" ..." if len(ids) > 10 else "")
                report.findings.append(f"{len(ids)} {label} (ids {shown})")
        report.counts = {
            t: connection.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in _COUNTED
        }
    return report


def _older(revision: str) -> str:
    return f"schema {revision} is older than {SCHEMA_HEAD}: it is upgraded when opened"


#: The last id the table's sequence handed out (None before the first).
_SEQUENCE_ISSUED = text(
    "SELECT last_value FROM pg_sequences "
    "WHERE schemaname || '.' || sequencename = pg_get_serial_sequence(:table, 'id')"
)


def _ids_behind(connection: Connection, table: str) -> bool:
    # `table` is a name of the app's own schema, never a person's input.
    highest = connection.execute(text(f"SELECT max(id) FROM {table}")).scalar()
    if highest is None:
        return False
    issued = connection.execute(_SEQUENCE_ISSUED, {"table": table}).scalar()
    return issued is None or issued < highest
