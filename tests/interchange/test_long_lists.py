"""A CRM's long export read as it is written: every row, each text kept once, cells spanning lines."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest

from esn_desktop.interchange.lists.table import read_csv_table

HUBSPOT_HEADER = (
    '"Record ID","First Name","Last Name","Email","Phone Number","Job Title","Company Name",'
    '"Contact owner","Lifecycle Stage","City","Create Date"'
)
OWNERS = ("Camille Rousseau", "Julien Lefèvre", "Élodie Marchand")


def hubspot_export(rows: int, line_end: str = "\r\n") -> bytes:
    """A HubSpot contacts export: UTF-8 with its byte order mark, commas, every cell quoted."""
    lines = [HUBSPOT_HEADER]
    for number in range(rows):
        owner = OWNERS[number % len(OWNERS)]
        lines.append(
            f'"{1201 + number}","Hélène","Lefèvre {number}","h.lefevre{number}@transports-lemaire.fr",'
            f'"+33 1 23 45 67 89","Directrice technique","Transports Lemaire {number % 40}",'
            f'"{owner}","Lead","Saint-Étienne","2024-03-15 10:23"'
        )
    return codecs.BOM_UTF8 + (line_end.join(lines) + line_end).encode("utf-8")


def test_a_long_export_reads_every_row_as_the_csv_module_does(tmp_path: Path) -> None:
    path = tmp_path / "hubspot-crm-exports-all-contacts-2026-12-01.csv"
    path.write_bytes(hubspot_export(6000))
    table = read_csv_table(path)
    expected = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    assert table.header == tuple(expected[0])
    assert [list(row) for row in table.rows] == expected[1:]
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")


def test_a_text_repeated_down_a_column_is_held_once(tmp_path: Path) -> None:
    # 100,000 rows naming five owners, six stages and some thirty towns: held once each, the
    # table takes half the memory.
    path = tmp_path / "contacts.csv"
    path.write_bytes(hubspot_export(300))
    rows = read_csv_table(path).rows
    owners = {id(row[7]) for row in rows}
    towns = {id(row[9]) for row in rows}
    assert len(owners) == len(OWNERS)
    assert len(towns) == 1
    assert rows[0][9] == "Saint-Étienne"


@pytest.mark.parametrize(
    ("line_end", "written_by"), [("\r\n", "Windows"), ("\n", "Linux"), ("\r", "Mac OS 9")]
)
def test_a_cell_spanning_lines_stays_one_cell_whatever_ends_the_lines(
    tmp_path: Path, line_end: str, written_by: str
) -> None:
    # An address typed on two lines in the CRM, exported quoted with its line break.
    path = tmp_path / f"contacts-{written_by}.csv"
    text = line_end.join(
        [
            '"Company Name","Street Address","City"',
            f'"Transports Lemaire","12 rue de la Paix{line_end}Bâtiment B","Paris"',
            '"Brasserie Meteor","6 rue du Général Lebocq","Hochfelden"',
            "",
        ]
    )
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    table = read_csv_table(path)
    assert table.rows == (
        ("Transports Lemaire", f"12 rue de la Paix{line_end}Bâtiment B", "Paris"),
        ("Brasserie Meteor", "6 rue du Général Lebocq", "Hochfelden"),
    )
