"""The interchange document encoded as JSON: amounts as numbers, dates as ISO text, times as HH:MM."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, time
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.private_files import private_output


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        # Amounts carry at most two decimals and rates six: a float prints them exactly.
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def write_json(document: dict[str, Any], path: Path, *, force: bool = False) -> None:
    """Writes `document` to `path`, private and complete or not at all; `force` replaces a file."""
    with private_output(path, force=force) as partial, partial.open("w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1, default=_plain)
        handle.write("\n")


def read_json(path: Path) -> Any:
    """The parsed document, numbers as Decimal; a file that is not a readable JSON document is refused."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise _refused(path, "(file)", f"is not UTF-8 text ({error.reason})") from None
    try:
        # Integers as Decimal too: int() refuses more than 4300 digits, Decimal reads them for the
        # field's own limit to refuse.
        return json.loads(text, parse_float=Decimal, parse_int=Decimal, object_pairs_hook=_object)
    except json.JSONDecodeError as error:
        raise _refused(
            path, f"line {error.lineno}, column {error.colno}", f"is not valid JSON: {error.msg}"
        ) from None
    except _RepeatedKey as error:
        raise _refused(path, "(file)", f"an object names {error.key!r} twice") from None
    except RecursionError:
        # The parser recurses once per level and stops at Python's limit (about 1000 levels);
        # measuring the depth beforehand tripled the time a 35 MB document takes to read.
        raise _refused(
            path, "(file)", "is nested too deeply to be read (a document nests 5 levels)"
        ) from None


class _RepeatedKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A key written twice would otherwise keep its last value silently: refuse the guess.
    item = dict(pairs)
    if len(item) != len(pairs):
        raise _RepeatedKey(next(key for key, count in Counter(k for k, _ in pairs).items() if count > 1))
    return item


def _refused(path: Path, field: str, reason: str) -> ValidationError:
    return ValidationError([Problem(path.name, field, reason)], "the document was refused")
