"""The public holidays one command computed, kept for the next.

Counting working days needs each year's French public holidays from the `holidays` package,
whose loading takes a sixth of a second of a `kpi` command's second (issue 16: `kpi` over a
year under 1 s). What a command computed is kept in the user's cache folder, marked with the
versions of esn-desktop and of the package: after an update of either, or where the package's
version cannot be read (a frozen bundle), they are computed again. Two commands writing it at
once each write a whole file (renamed into place). Holidays are public: the file holds nothing
of a workspace.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from esn_desktop.domain import calendar
from esn_desktop.domain.calendar import HolidayRegion
from esn_desktop.domain.errors import EsnError
from esn_desktop.private_files import private_folder, private_output

Known = dict[tuple[HolidayRegion, int], frozenset[date]]


def cache_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("esn-desktop", appauthor=False))


@contextmanager
def remembered_holidays(folder: Path | None = None) -> Iterator[None]:
    """Within the block the holidays kept by earlier runs are known; those it computed are kept
    after it, for the next run."""
    mark = _package_mark()
    if mark is None:
        yield
        return
    path = (folder or cache_folder()) / "holidays.json"
    kept = _read(path, mark)
    calendar.known_holidays.update(kept)
    try:
        yield
    finally:
        if calendar.known_holidays.keys() - kept.keys():
            _write(path, mark, calendar.known_holidays)


def _package_mark() -> str | None:
    """What computed them: this esn-desktop's version (its rules of regions) and the `holidays`
    package's; None where the package's version cannot be read (a frozen bundle)."""
    from importlib import metadata

    from esn_desktop.resources import app_version

    try:
        return f"esn-desktop {app_version()}, holidays {metadata.version('holidays')}"
    except metadata.PackageNotFoundError:
        return None


def _read(path: Path, mark: str) -> Known:
    """What `path` keeps for this package; nothing when it is missing, older or unreadable."""
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        if kept.get("package") != mark:
            return {}
        return {
            (HolidayRegion(region), int(year)): frozenset(map(date.fromisoformat, days))
            for key, days in kept["years"].items()
            for region, year in [key.split("/")]
        }
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def _write(path: Path, mark: str, known: Known) -> None:
    years = {
        f"{region.value}/{year}": sorted(day.isoformat() for day in days)
        for (region, year), days in known.items()
    }
    try:
        private_folder(path.parent)
        with private_output(path, force=True) as partial:
            partial.write_text(json.dumps({"package": mark, "years": years}, indent=1), encoding="utf-8")
    except (OSError, EsnError):
        pass  # a cache that cannot be written costs the next run its sixth of a second, nothing else
