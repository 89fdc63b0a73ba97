"""Checking a workspace: the file's integrity, its schema, and the consistency of its data."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from esn_desktop.store.cipher import connect, database_errors
from esn_desktop.store.database import inspect_file
from esn_desktop.store.migrations_runner import SCHEMA_HEAD
from esn_desktop.store.read_only import reader_uri


@dataclass(slots=True)
class CheckReport:
    path: Path
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


def check_workspace(path: Path, *, passphrase: str | None = None) -> CheckReport:
    """Reads only; works while another copy of the app has the workspace open. An encrypted
    workspace is read through SQLCipher with its `passphrase`."""
    path = path.expanduser().resolve()
    state = inspect_file(path, passphrase)
    report = CheckReport(path, state.revision)
    if state.needs_upgrade:
        report.findings.append(
            f"schema {state.revision} is older than {SCHEMA_HEAD}: it is upgraded when opened"
        )
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
