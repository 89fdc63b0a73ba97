"""The corpus files too big, too binary or too version-bound to commit, made at test time.

Each entry of GENERATED writes one file named in expected.toml; `demo` is a small demo
workspace of this version, for the damaged-workspace cases.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

Generator = Callable[[Path, Path], None]

_SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _truncated_workspace(target: Path, demo: Path) -> None:
    data = demo.read_bytes()
    target.write_bytes(data[: len(data) // 2])


def _newer_workspace(target: Path, demo: Path) -> None:
    shutil.copyfile(demo, target)
    with sqlite3.connect(target) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()


def _other_application(target: Path, _demo: Path) -> None:
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes (body) VALUES ('not an esn-desktop workspace')")
    connection.close()


def _folder(target: Path, _demo: Path) -> None:
    target.mkdir()


def _nothing(_target: Path, _demo: Path) -> None:
    """A path where nothing exists."""


def _deep_json(target: Path, _demo: Path) -> None:
    target.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")


def _huge_csv_field(target: Path, _demo: Path) -> None:
    # One quoted field past the csv module's 128 KB limit, as an unclosed quote makes.
    target.write_text('Raison sociale;Ville\n"Corpus SA' + "x" * 200_000 + '";Lyon\n', encoding="utf-8")


def _ole_file(target: Path, _demo: Path) -> None:
    # The signature of an OLE compound file: a password-protected workbook or an old .xls.
    target.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504))


def _zip_of_text(target: Path, _demo: Path) -> None:
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")


def _workbook_parts(sheets: dict[str, list[list[Any]]]) -> dict[str, bytes]:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _workbook(sheets: dict[str, list[list[Any]]], edit: Callable[[str], str] | None = None) -> Generator:
    """A workbook of these sheets; `edit` rewrites the XML of its first sheet."""

    def generate(target: Path, _demo: Path) -> None:
        parts = _workbook_parts(sheets)
        if edit is not None:
            first = "xl/worksheets/sheet1.xml"
            parts[first] = edit(parts[first].decode()).encode()
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                archive.writestr(name, data)

    return generate


_SETTINGS = [["key", "value"], ["format", "esn-desktop/1"]]


def _zip_bomb(target: Path, _demo: Path) -> None:
    """A 1.5 MB workbook whose accounts sheet inflates to 1.5 GB, as the trials found.

    The sheet is one compressed megabyte of rows repeated: deflate segments ended by a sync
    flush can be concatenated, so the file is made in a second, not by compressing 1.5 GB.
    """
    parts = _workbook_parts({"settings": _SETTINGS, "accounts": [["name"]]})
    sheet_name = "xl/worksheets/sheet2.xml"  # the accounts sheet, after settings
    head = f'<?xml version="1.0"?><worksheet xmlns="{_SHEET_NS}"><sheetData>'.encode()
    row = b'<row><c t="inlineStr"><is><t>' + b"A" * 4000 + b"</t></is></c></row>"
    block = row * (2**20 // len(row))
    tail = b"</sheetData></worksheet>"
    copies = 1500
    crc = zlib.crc32(head)
    for _ in range(copies):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    body = _deflate_segment(block)
    compressed = b"".join([_deflate_segment(head), *([body] * copies), _deflate_segment(tail), b"\x03\x00"])
    members = [(name, _deflated(data)) for name, data in parts.items() if name != sheet_name]
    size = len(head) + len(block) * copies + len(tail)
    members.append((sheet_name, (crc, size, compressed)))
    _write_zip(target, members)


def _deflate_segment(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)


def _deflated(data: bytes) -> tuple[int, int, bytes]:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return zlib.crc32(data), len(data), compressor.compress(data) + compressor.flush()


def _write_zip(target: Path, members: Iterable[tuple[str, tuple[int, int, bytes]]]) -> None:
    """A zip of deflated members written by hand, as zipfile cannot take compressed data."""
    local, central = bytearray(), bytearray()
    count = 0
    for name, (crc, size, data) in members:
        encoded = name.encode()
        header = struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0
        )
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            8,
            0,
            0x21,
            crc,
            len(data),
            size,
            len(encoded),
            0,
            0,
            0,
            0,
            0,
            len(local),
        )
        central += encoded
        local += header + encoded + data
        count += 1
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), len(local), 0)
    target.write_bytes(bytes(local + central + end))


def _billion_laughs(xml: str) -> str:
    entities = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    xml = xml.replace("<worksheet", f"<!DOCTYPE worksheet [{entities}]><worksheet", 1)
    return xml.replace(">Corpus SA<", ">&a9;<", 1)


GENERATED: dict[str, Generator] = {
    "workspace/truncated.esn": _truncated_workspace,
    "workspace/newer-schema.esn": _newer_workspace,
    "workspace/other-application.esn": _other_application,
    "workspace/a-folder.esn": _folder,
    "workspace/missing.esn": _nothing,
    "json/nested-200000.json": _deep_json,
    "csv/field-over-128k.csv": _huge_csv_field,
    "xlsx/ole-encrypted.xlsx": _ole_file,
    "xlsx/zip-of-text.xlsx": _zip_of_text,
    "xlsx/zip-bomb.xlsx": _zip_bomb,
    "xlsx/broken-sheet-xml.xlsx": _workbook(
        {"accounts": [["name"], ["Corpus SA"]]}, lambda xml: xml.replace("</sheetData>", "<row>", 1)
    ),
    "xlsx/control-character-reference.xlsx": _workbook(
        {"accounts": [["name"], ["Corpus SA"]]}, lambda xml: xml.replace(">Corpus SA<", ">Corpus&#1;SA<", 1)
    ),
    "xlsx/billion-laughs.xlsx": _workbook({"accounts": [["name"], ["Corpus SA"]]}, _billion_laughs),
    "xlsx/potential-1e308.xlsx": _workbook(
        {"settings": _SETTINGS, "accounts": [["name", "potential"], ["Corpus SA", 1e308]]}
    ),
    "xlsx/size-20-digits.xlsx": _workbook(
        {"settings": _SETTINGS, "accounts": [["name", "size"], ["Corpus SA", 12345678901234567890]]}
    ),
    "xlsx/column-named-twice.xlsx": _workbook(
        {"settings": _SETTINGS, "accounts": [["name", "city", "city"], ["Corpus SA", "Lyon", "Paris"]]}
    ),
    "xlsx/date-2026-02-30.xlsx": _workbook(
        {
            "settings": _SETTINGS,
            "consultants": [["name", "daily_cost", "start"], ["Ada Corpus", 300, "2026-02-30"]],
        }
    ),
    "xlsx/time-past-midnight.xlsx": _workbook(
        {
            "settings": _SETTINGS,
            "accounts": [["name"], ["Corpus SA"]],
            "activities": [
                ["kind", "status", "date", "account", "time"],
                ["meeting", "planned", "2026-12-03", "Corpus SA", "24:15"],
            ],
        }
    ),
    "xlsx/cost-of-unknown-channel.xlsx": _workbook(
        {
            "settings": _SETTINGS,
            "channels": [["name"], ["Salons"]],
            "channel_costs": [
                ["channel", "from", "to", "amount"],
                ["Webinaires", "2026-01-01", "2026-01-31", 500],
            ],
        }
    ),
    "xlsx/format-2.xlsx": _workbook(
        {"settings": [["key", "value"], ["format", "esn-desktop/2"]], "accounts": [["name"], ["Corpus SA"]]}
    ),
    "xlsx/lists-on-two-sheets.xlsx": _workbook(
        {
            "accounts": [["name"], ["Corpus SA"]],
            "contacts": [["account", "first_name", "last_name"], ["Corpus SA", "Ana", "Roy"]],
        }
    ),
}
