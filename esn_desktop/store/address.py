"""What names a workspace: a file's path, or a team's PostgreSQL database by its URL.

`postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE` (or `postgres://`), with libpq's options
after a `?` (`sslmode=require`, `connect_timeout=5`...). The password may also come from
`PGPASSWORD` or `~/.pgpass`, which libpq reads itself, or from the system keychain; it is
never shown: `TeamDatabase.shown` is the URL without it, in every message and setting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from esn_desktop.store.errors import WorkspaceError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

TEAM_SCHEMES = ("postgresql", "postgres")
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
#: SQLAlchemy's name for PostgreSQL through psycopg 3.
DRIVER = "postgresql+psycopg"
URL_FORM = "postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE"


@dataclass(frozen=True, slots=True)
class TeamDatabase:
    """A team's PostgreSQL database, as a workspace. Its password, when the URL held one, is
    kept for connecting but never printed (`repr` and `str` show the URL without it)."""

    url: URL

    @property
    def database(self) -> str:
        return self.url.database or ""

    @property
    def user(self) -> str | None:
        return self.url.username

    @property
    def shown(self) -> str:
        """The URL a person reads, without the password: `postgresql://ana@db.example:5432/acme`."""
        # URL.set() would keep the password when given None: _replace drops it (and the query's).
        url = self.url._replace(drivername="postgresql", password=None).difference_update_query(["password"])
        return url.render_as_string(hide_password=False)

    @property
    def name(self) -> str:
        """How messages name it: the database and where it is, `acme on db.example`."""
        return f"{self.database} on {self.url.host or 'localhost'}"

    @property
    def has_password(self) -> bool:
        return self.url.password is not None or "password" in self.url.query

    def with_password(self, password: str | None) -> TeamDatabase:
        return TeamDatabase(self.url._replace(password=password))

    def as_user(self, user: str, password: str | None) -> TeamDatabase:
        """The same database reached by another login."""
        return TeamDatabase(self.url._replace(username=user, password=password))

    def __str__(self) -> str:
        return self.shown

    def __repr__(self) -> str:
        return f"TeamDatabase({self.shown!r})"


WorkspaceAddress = Path | TeamDatabase


def is_team_url(text: str) -> bool:
    """Whether `text` is meant as a URL (`scheme://...`) rather than a file's path: a URL of
    another scheme is then refused as not PostgreSQL's, not looked for as a file."""
    return _URL_SCHEME.match(text) is not None


def team_database(text: str) -> TeamDatabase:
    """The team database `text` names, refused in one line when it is not a usable URL."""
    # SQLAlchemy only now: a command line naming a file never loads it for its argument.
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as error:
        raise _not_a_url(text) from error
    if url.get_backend_name() not in TEAM_SCHEMES or "+" in url.drivername:
        raise _not_a_url(text)
    if not url.database:
        raise WorkspaceError(
            f"the URL names no database: {_without_password(text)} (expected {URL_FORM})",
            "url_no_database",
            url=_without_password(text),
        )
    return TeamDatabase(url.set(drivername=DRIVER))


def workspace_address(text: str) -> WorkspaceAddress:
    """A workspace argument: a team database's URL, or else a file's path."""
    return team_database(text) if is_team_url(text) else Path(text)


def _not_a_url(text: str) -> WorkspaceError:
    shown = _without_password(text)
    return WorkspaceError(f"not a PostgreSQL URL: {shown} (expected {URL_FORM})", "not_a_url", url=shown)


def _without_password(text: str) -> str:
    scheme, _, rest = text.partition("://")
    credentials, at, place = rest.rpartition("@")
    if at:
        rest = f"{credentials.split(':', 1)[0]}@{place}"
    where, question, query = rest.partition("?")
    kept = "&".join(part for part in query.split("&") if not part.lower().startswith("password="))
    return f"{scheme}://{where}{question if kept else ''}{kept}"
