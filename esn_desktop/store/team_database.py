"""Opening a team's PostgreSQL database as a workspace: refuse what is not ours, migrate what
is old, make a new one in one transaction.

A file has one writer at a time behind its lock; a team database has as many as the team, and
PostgreSQL keeps them apart. What is written is said by each write's own transaction; a
reader's connections are read-only (`default_transaction_read_only`), so a command that only
reads cannot write by mistake, whatever it runs.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from esn_desktop.store.address import TeamDatabase
from esn_desktop.store.database import Workspace
from esn_desktop.store.errors import WorkspaceError
from esn_desktop.store.migrations_runner import SCHEMA_HEAD, SCHEMA_REVISIONS, upgrade

#: What marks a database as an esn-desktop workspace: the comment on Alembic's table (written by
#: the first migration, as a file's application id is).
TEAM_DATABASE_MARK = "esn-desktop workspace"
#: Named in the server's list of sessions (pg_stat_activity), so an administrator sees who is on;
#: the token tells this process's changes from others' in the change notifications
#: (store/team_listener.py), so that a window does not read again what it just wrote itself.
APPLICATION_NAME = f"esn-desktop {secrets.token_hex(4)}"
#: A server that does not answer in this time is said to be unreachable, not waited for.
CONNECT_TIMEOUT_S = 10
#: A network gone silent (a lost Wi-Fi or VPN: no reset comes back) is noticed in seconds, not
#: TCP's quarter of an hour: a statement sent and not acknowledged for 10 s, or a connection
#: idle with no answer to keepalives for about 30 s, fails as a lost connection. (libpq applies
#: `tcp_user_timeout` on Linux only, and Windows ignores `keepalives_count`: there the system's
#: own timeouts decide.)
CUT_NOTICED = {
    "keepalives": 1,
    "keepalives_idle": 15,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
}
#: Held while a schema is made or upgraded: two people opening an older database at once
#: upgrade it once (the second waits, then finds it done).
_SCHEMA_LOCK = "SELECT pg_advisory_xact_lock(hashtext('esn-desktop schema'))"


def team_engine(database: TeamDatabase, *, read_only: bool, pooled: bool = True) -> Engine:
    """An engine on `database`; its connections are read-only when `read_only`."""
    options = "-c default_transaction_read_only=on" if read_only else ""
    return create_engine(
        database.url,
        # A laptop's connections are cut by sleep and Wi-Fi: each is tried before it is used.
        pool_pre_ping=True,
        poolclass=None if pooled else NullPool,
        connect_args={
            "application_name": APPLICATION_NAME,
            "connect_timeout": CONNECT_TIMEOUT_S,
            "options": options,
            **CUT_NOTICED,
        },
    )


#: The tables of the workspace's schema: Alembic's table's (a salesperson's search path starts
#: with the schema of their limited views, store/team_roles.py), else the first on the path.
WORKSPACE_TABLES = text(
    "SELECT tablename FROM pg_tables WHERE schemaname = coalesce("
    "(SELECT relnamespace::regnamespace::text FROM pg_class WHERE oid = to_regclass('alembic_version')), "
    "current_schema())"
)


def schema_revision(connection: Connection, database: TeamDatabase) -> str | None:
    """The workspace's schema revision in `database`; None when the database is empty.

    Refused in one line when it holds another application's tables, or a newer schema.
    """
    tables = set(connection.execute(WORKSPACE_TABLES).scalars())
    if not tables:
        return None
    mark = (
        connection.execute(
            text("SELECT obj_description(to_regclass('alembic_version'), 'pg_class')")
        ).scalar()
        if "alembic_version" in tables
        else None
    )
    revision = (
        connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if mark == TEAM_DATABASE_MARK
        else None
    )
    if revision is None:
        raise WorkspaceError(
            f"{database.name} holds another application's tables, not an esn-desktop workspace",
            "team_other_application",
            name=database.name,
        )
    if revision not in SCHEMA_REVISIONS:
        raise WorkspaceError(
            f"{database.name} was saved by a newer version of esn-desktop (schema {revision}, "
            f"this version reads up to {SCHEMA_HEAD}); update esn-desktop to open it",
            "newer",
            file=database.name,
            revision=revision,
            head=SCHEMA_HEAD,
        )
    return revision


def open_team_workspace(database: TeamDatabase, *, write: bool = True) -> Workspace:
    """Opens the workspace in `database`, upgrading an older schema first (in one transaction:
    PostgreSQL's schema changes roll back whole, so a failed upgrade leaves it as it was)."""
    # The workspace's own engine asks first: its connection, back in the pool, is the one its
    # first read takes (a second connection and its handshake cost a command 50 ms).
    engine = team_engine(database, read_only=not write)
    try:
        with connect(engine, database) as connection:
            revision = schema_revision(connection, database)
            if revision is None:
                raise WorkspaceError(
                    f"{database.name} holds no workspace yet: "
                    "'esn-desktop import' or 'esn-desktop demo' makes one",
                    "team_empty",
                    name=database.name,
                )
            from esn_desktop.store.team_roles import role_here  # psycopg's SQL composition: a team's only

            role = role_here(connection, database.database)
        if revision != SCHEMA_HEAD:
            _upgrade(database)
    except BaseException:
        engine.dispose()
        raise
    return Workspace(database, engine, team_writes=write, role=role.value)


def _upgrade(database: TeamDatabase) -> None:
    with connected(database) as connection, connection.begin():
        connection.execute(text(_SCHEMA_LOCK))
        revision = schema_revision(connection, database)  # another may have upgraded it meanwhile
        if revision is not None and revision != SCHEMA_HEAD:
            from esn_desktop.store.team_roles import around_upgrade

            roles_again = around_upgrade(connection, database.database)
            try:
                upgrade(connection)
                roles_again()
            except DBAPIError as error:
                raise WorkspaceError(
                    f"upgrading {database.name} from schema {revision} failed ({_first_line(error)}); "
                    "it is unchanged",
                    "team_upgrade_failed",
                    name=database.name,
                    revision=revision,
                ) from error


def holds_workspace(database: TeamDatabase) -> bool:
    """Whether `database` holds a workspace already (False when it is empty)."""
    with connected(database) as connection:
        return schema_revision(connection, database) is not None


@contextmanager
def new_team_workspace(database: TeamDatabase) -> Iterator[Workspace]:
    """The empty `database` made a workspace and filled by the block, in one transaction: it is
    committed whole when the block ends without error, and left empty otherwise."""
    engine = team_engine(database, read_only=False, pooled=False)
    try:
        with connect(engine, database) as connection, connection.begin():
            connection.execute(text(_SCHEMA_LOCK))
            if schema_revision(connection, database) is not None:
                raise already_holds(database)
            upgrade(connection)
            workspace = Workspace(database, engine, team_writes=True, bind=connection)
            try:
                yield workspace
            finally:
                workspace.close()
    finally:
        engine.dispose()


def conninfo(database: TeamDatabase, *, application_name: str = APPLICATION_NAME, **more: str | int) -> str:
    """libpq's connection string for `database` (for a connection of psycopg's own, outside
    SQLAlchemy): the URL's options (sslmode...) and password included, `more` added."""
    from psycopg.conninfo import make_conninfo

    url = database.url
    given: dict[str, str | int | None] = {
        "host": url.host,
        "port": url.port,
        "dbname": url.database,
        "user": url.username,
        "password": url.password,
        "application_name": application_name,
        "connect_timeout": CONNECT_TIMEOUT_S,
    }
    # The URL's own options win over ours (its connect_timeout...), then `more`.
    options: dict[str, str | int] = {key: value for key, value in url.query.items() if isinstance(value, str)}
    merged = {**{k: v for k, v in given.items() if v is not None}, **options, **more}
    return make_conninfo("", **merged)


def already_holds(database: TeamDatabase) -> WorkspaceError:
    return WorkspaceError(f"{database.name} already holds a workspace", "team_exists", name=database.name)


@contextmanager
def connected(database: TeamDatabase) -> Iterator[Connection]:
    """One connection to `database`, its failure to connect said in one line."""
    engine = team_engine(database, read_only=False, pooled=False)
    try:
        with connect(engine, database) as connection:
            yield connection
    finally:
        engine.dispose()


def connect(engine: Engine, database: TeamDatabase) -> Connection:
    """A connection of `engine`; a server that cannot be reached, or refuses the login, is said in
    one line with libpq's reason."""
    try:
        return engine.connect()
    except OperationalError as error:
        raise WorkspaceError(
            f"cannot connect to {database.name}: {_first_line(error)}",
            "team_unreachable",
            name=database.name,
            error=_first_line(error),
        ) from None


def _first_line(error: DBAPIError) -> str:
    """libpq's reason, without its preamble: `password authentication failed for user "ana"`."""
    message = str(error.orig).strip()
    for line in message.splitlines():
        if "FATAL:" in line:
            return line.split("FATAL:", 1)[1].strip()
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    last = lines[-1] if lines else message
    return last.removeprefix("connection failed:").strip().rstrip(".")
