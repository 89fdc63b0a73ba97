"""Who may see and write what in a team database, enforced by PostgreSQL itself.

Three group roles per database (roles are the server's, shared by its databases, so each name
carries the database's): *director* (everything), *salesperson* (reads accounts, contacts and the
pipeline; writes their own activities, deals and plans), *viewer* (reads). Neither of the last
two ever reads a salary, a daily cost (CJM) or a channel's costs: they hold no privilege on
`consultants` nor `channel_costs`, and read them through views of the schema `esn_limited`
(first on their search_path) whose cost columns are empty. So a salesperson's `psql` cannot read
a salary either. A salesperson's writes are held to their own rows by row-level security
(`salespeople.login` names them). The table owner (who made the workspace) is a director.

Every statement is built with psycopg's `sql` composition: names as identifiers, the password as
a literal (PostgreSQL binds no parameter in CREATE ROLE), never by pasting text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from psycopg import sql
from sqlalchemy import text
from sqlalchemy.engine import Connection

from esn_desktop.domain.accounts import name_key
from esn_desktop.domain.errors import EsnError
from esn_desktop.store.address import TeamDatabase
from esn_desktop.store.errors import WorkspaceError
from esn_desktop.store.models import Base


class TeamRole(StrEnum):
    DIRECTOR = "director"
    SALESPERSON = "salesperson"
    VIEWER = "viewer"


LIMITED_SCHEMA = "esn_limited"
#: What a salesperson or a viewer never reads: column by table, or the whole table (None).
HIDDEN: dict[str, tuple[str, ...] | None] = {
    "consultants": ("daily_cost", "annual_salary"),
    "channel_costs": None,
}
_MINE = "public.esn_my_salesperson()"


def _through(parent: str, key: str, owner: str) -> str:
    """The row is theirs when its parent row (`parent`.id = this row's `key`) is."""
    return f"EXISTS (SELECT 1 FROM public.{parent} p WHERE p.id = {key} AND p.{owner} = {_MINE})"


#: What a salesperson writes, held to their own rows: the condition, on the row, that it is theirs.
OWN_ROWS: dict[str, str] = {
    "activities": f"owner_id = {_MINE}",
    "opportunities": f"owner_id = {_MINE}",
    "stage_changes": _through("opportunities", "opportunity_id", "owner_id"),
    "action_plans": f"salesperson_id = {_MINE}",
    "action_plan_accounts": _through("action_plans", "plan_id", "salesperson_id"),
    "action_plan_rules": _through("action_plans", "plan_id", "salesperson_id"),
    "action_plan_pushes": _through("action_plans", "plan_id", "salesperson_id"),
    "slot_holds": _through("activities", "no_show_id", "owner_id"),
}
_LOGIN = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


def group_role(database: str, role: TeamRole) -> str:
    """The server's name of `role` in `database`: `esn_acme_3f2a9c_salesperson`. The database's
    exact name's digest keeps apart databases whose readable part is the same (`acme-paris`,
    `Acme_Paris`): a role of one must never hold grants of the other."""
    slug = re.sub(r"[^a-z0-9_]", "_", database.lower())[:30]
    digest = hashlib.sha256(database.encode()).hexdigest()[:6]
    return f"esn_{slug}_{digest}_{role.value}"


@dataclass(frozen=True, slots=True)
class NewUser:
    login: str
    role: TeamRole
    #: Whether the login existed on the server (another database's user, say): it kept its password.
    existed: bool
    #: A salesperson login's salesperson in the workspace, and whether it had to be made.
    salesperson: str | None = None
    made_salesperson: bool = False


def add_user(
    connection: Connection,
    database: str,
    *,
    login: str,
    role: TeamRole,
    password: str,
    salesperson: str | None = None,
) -> NewUser:
    """Gives `login` the `role` in `database` (creating the login with `password` when the server
    has none of that name); a salesperson login is tied to the salesperson `salesperson` (by
    default named as the login), who is created if the workspace has none of that name. One
    transaction: the caller commits it."""
    if not _LOGIN.match(login):
        raise EsnError(
            f"login {login!r} refused: lower-case letters, digits, '_', '.' or '-', starting with a letter"
        )
    if role_here(connection, database) is not TeamRole.DIRECTOR:
        raise EsnError(f"only a director adds users to {database}; this login may not")
    me = connection.execute(text("SELECT current_user")).scalar()
    if login == me:
        raise EsnError(
            f"{login} is the login running this command: a director does not change their own role"
        )
    prepare_roles(connection, database)
    existed = _role_exists(connection, login)
    execute = _executor(connection)
    if not existed:
        # The server is sent a SCRAM verifier, never the password itself (which its log or
        # statistics could keep).
        raw = connection.connection.driver_connection
        verifier = raw.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")  # type: ignore[union-attr]
        execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(login), sql.Literal(verifier.decode())
            )
        )
    for other in TeamRole:
        if other is not role:
            execute(
                sql.SQL("REVOKE {} FROM {}").format(
                    sql.Identifier(group_role(database, other)), sql.Identifier(login)
                )
            )
    execute(
        sql.SQL("GRANT {} TO {}").format(sql.Identifier(group_role(database, role)), sql.Identifier(login))
    )
    execute(
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), sql.Identifier(login))
    )
    path = "public" if role is TeamRole.DIRECTOR else f"{LIMITED_SCHEMA}, public"
    execute(
        sql.SQL("ALTER ROLE {} IN DATABASE {} SET search_path = {}").format(
            sql.Identifier(login), sql.Identifier(database), sql.SQL(path)
        )
    )
    if role is not TeamRole.SALESPERSON:
        return NewUser(login, role, existed)
    name, made = _tie(connection, login, salesperson or login)
    return NewUser(login, role, existed, name, made)


def _tie(connection: Connection, login: str, name: str) -> tuple[str, bool]:
    """Ties `login` to the salesperson `name` (found ignoring case and accents, as an import finds
    names), made when the workspace has none of that name; the salesperson's name and whether it
    was made."""
    connection.execute(text("UPDATE salespeople SET login = NULL WHERE login = :login"), {"login": login})
    wanted = name_key(name)
    found = [
        (i, n)
        for i, n in connection.execute(text("SELECT id, name FROM salespeople"))
        if name_key(n) == wanted
    ]
    if found:
        salesperson_id, stored = found[0]
        connection.execute(
            text("UPDATE salespeople SET login = :login WHERE id = :id"),
            {"login": login, "id": salesperson_id},
        )
        return stored, False
    connection.execute(
        text("INSERT INTO salespeople (name, login) VALUES (:name, :login)"),
        {"name": name.strip(), "login": login},
    )
    return name.strip(), True


def prepare_roles(connection: Connection, database: str) -> None:
    """The three group roles of `database`, their privileges, views and policies (idempotent: run
    again after a schema upgrade, it covers the new tables)."""
    execute = _executor(connection)
    groups = {role: sql.Identifier(group_role(database, role)) for role in TeamRole}
    for role, group in groups.items():
        if not _role_exists(connection, group_role(database, role)):
            execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(group))
    director, salesperson, viewer = (
        groups[TeamRole.DIRECTOR],
        groups[TeamRole.SALESPERSON],
        groups[TeamRole.VIEWER],
    )
    readers = sql.SQL(", ").join([salesperson, viewer])
    execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}, {}").format(director, readers))
    execute(sql.SQL("GRANT ALL ON ALL TABLES IN SCHEMA public TO {}").format(director))
    execute(sql.SQL("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {}").format(director))
    execute(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {}").format(salesperson))
    for table in Base.metadata.tables:
        if table not in HIDDEN:
            execute(sql.SQL("GRANT SELECT ON public.{} TO {}").format(sql.Identifier(table), readers))
        else:
            execute(sql.SQL("REVOKE ALL ON public.{} FROM {}").format(sql.Identifier(table), readers))
    execute(sql.SQL("GRANT SELECT ON public.alembic_version TO {}").format(readers))
    _limited_views(connection, readers)
    execute(
        sql.SQL(
            "CREATE OR REPLACE FUNCTION public.esn_my_salesperson() RETURNS integer LANGUAGE sql STABLE "
            "AS 'SELECT id FROM public.salespeople WHERE login = current_user'"
        )
    )
    for table, mine in OWN_ROWS.items():
        name = sql.Identifier(table)
        execute(sql.SQL("GRANT INSERT, UPDATE, DELETE ON public.{} TO {}").format(name, salesperson))
        execute(sql.SQL("ALTER TABLE public.{} ENABLE ROW LEVEL SECURITY").format(name))
        for policy, rule in (
            ("esn_read", sql.SQL("FOR SELECT USING (true)")),
            ("esn_director", sql.SQL("FOR ALL TO {} USING (true) WITH CHECK (true)").format(director)),
            (
                "esn_own",
                sql.SQL("FOR ALL TO {} USING ({}) WITH CHECK ({})").format(
                    salesperson, sql.SQL(mine), sql.SQL(mine)
                ),
            ),
        ):
            execute(sql.SQL("DROP POLICY IF EXISTS {} ON public.{}").format(sql.Identifier(policy), name))
            execute(sql.SQL("CREATE POLICY {} ON public.{} ").format(sql.Identifier(policy), name) + rule)


def _limited_views(connection: Connection, readers: sql.Composable) -> None:
    """The hidden tables as salespeople and viewers read them: costs empty, channel costs none."""
    execute = _executor(connection)
    execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(LIMITED_SCHEMA)))
    for table, columns in HIDDEN.items():
        kinds: dict[str, str] = dict(connection.execute(_COLUMN_TYPES, {"table": table}).all())
        shown = [
            sql.SQL("NULL::{} AS {}").format(sql.SQL(kind), sql.Identifier(column))
            if columns is not None and column in columns
            else sql.Identifier(column)
            for column, kind in kinds.items()
        ]
        where = sql.SQL(" WHERE false") if columns is None else sql.SQL("")
        execute(
            sql.SQL("CREATE OR REPLACE VIEW {}.{} AS SELECT {} FROM public.{}{}").format(
                sql.Identifier(LIMITED_SCHEMA),
                sql.Identifier(table),
                sql.SQL(", ").join(shown),
                sql.Identifier(table),
                where,
            )
        )
    execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(LIMITED_SCHEMA), readers))
    execute(
        sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(
            sql.Identifier(LIMITED_SCHEMA), readers
        )
    )


#: A table's columns in order, with their types as PostgreSQL writes them.
_COLUMN_TYPES = text(
    "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
    "WHERE attrelid = ('public.' || :table)::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum"
)


def around_upgrade(connection: Connection, database: str) -> Callable[[], None]:
    """Drops the limited views before a schema upgrade (PostgreSQL refuses to alter a column a view
    reads) and returns what sets the roles up again over the new schema, once upgraded."""
    connection.execute(text(f"DROP SCHEMA IF EXISTS {LIMITED_SCHEMA} CASCADE"))
    had_roles = _role_exists(connection, group_role(database, TeamRole.VIEWER))
    return (lambda: prepare_roles(connection, database)) if had_roles else (lambda: None)


def role_here(connection: Connection, database: str) -> TeamRole:
    """The role of the login `connection` is made with: the group `add_user` put it in. Any other
    login (the owner, an administrator: a superuser counts as a member of every role, so
    membership is read from the grants themselves) is a director."""
    groups = set(connection.execute(_GROUPS_OF_LOGIN).scalars())
    for role in (TeamRole.DIRECTOR, TeamRole.SALESPERSON, TeamRole.VIEWER):
        if group_role(database, role) in groups:
            return role
    return TeamRole.DIRECTOR


def require_director(connection: Connection, database: TeamDatabase, what: str, why: str) -> None:
    """Refuses `what` (a check, a backup of `database`) in one line to any login but a director's:
    `why` says what the others cannot read."""
    role = role_here(connection, database.database)
    if role is not TeamRole.DIRECTOR:
        raise WorkspaceError(
            f"{what} of {database.name} needs a director's login: a {role.value}'s {why}",
            "team_role",
            name=database.name,
        )


#: The roles the current login was granted directly.
_GROUPS_OF_LOGIN = text(
    "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
    "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = current_user"
)


def _role_exists(connection: Connection, name: str) -> bool:
    return bool(
        connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}).scalar()
    )


def _executor(connection: Connection) -> Callable[[sql.Composable], None]:
    """Runs a composed statement: its names and literals quoted by psycopg for this connection."""
    raw = connection.connection.driver_connection

    def execute(statement: sql.Composable) -> None:
        connection.exec_driver_sql(statement.as_string(raw))

    return execute
