"""A long list's import says how far it is, reading the rows and then writing them."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from tests.cli.conftest import run

ROWS = 12_000


def hubspot_export(path: Path) -> None:
    """A HubSpot contacts export: UTF-8 with its byte order mark, commas, every cell quoted."""
    lines = ['"Record ID","First Name","Last Name","Email","Company Name","City"']
    lines += [
        f'"{1201 + n}","Hélène","Lefèvre","h.lefevre@societe-{n}.fr","Société {n} Lemaire","Saint-Étienne"'
        for n in range(ROWS)
    ]
    path.write_bytes(codecs.BOM_UTF8 + "\r\n".join(lines).encode("utf-8") + b"\r\n")


def test_a_long_list_reports_reading_then_writing_each_up_to_its_end(tmp_path: Path) -> None:
    export = tmp_path / "hubspot-crm-exports-all-contacts.csv"
    hubspot_export(export)
    code, out, err = run("import", str(tmp_path / "w.esn"), str(export))
    assert code == 0, err
    assert f"{ROWS} contacts" in out
    steps: dict[str, list[tuple[int, int, int]]] = {}
    for line in err.splitlines():
        found = re.fullmatch(r"import, (reading rows|writing): (\d+)% \((\d+)/(\d+)\)", line)
        assert found, line  # nothing else on stderr: every row imports
        steps.setdefault(found[1], []).append((int(found[2]), int(found[3]), int(found[4])))
    assert list(steps) == ["reading rows", "writing"]
    reading, writing = steps["reading rows"], steps["writing"]
    assert reading[-1] == (100, ROWS, ROWS)
    assert reading.count(reading[-1]) == 1  # the end said once
    assert writing[-1] == (100, 2 * ROWS, 2 * ROWS)  # an account and a contact a row
    for counts in (reading, writing):
        assert [done for _, done, _ in counts] == sorted(done for _, done, _ in counts)
        assert len(counts) >= 3
