"""The interchange document encoded as JSON: amounts as numbers, dates as ISO text."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from esn_desktop.domain.errors import Problem, ValidationError


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        # Amounts carry at most two decimals and rates six: a float prints them exactly.
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def write_json(document: dict[str, Any], path: Path) -> None:
    partial = path.with_name(path.name + ".part")
    with partial.open("w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1, default=_plain)
        handle.write("\n")
    partial.replace(path)


def read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8-sig") as handle:
            return json.load(handle, parse_float=Decimal)
    except UnicodeDecodeError as error:
        raise ValidationError([Problem(path.name, "(file)", f"is not UTF-8 text ({error.reason})")]) from None
    except json.JSONDecodeError as error:
        raise ValidationError(
            [
                Problem(
                    path.name, f"line {error.lineno}, column {error.colno}", f"is not valid JSON: {error.msg}"
                )
            ],
            "the document was refused",
        ) from None
