"""`esn-desktop team add-user`: a login of the firm's team database, with its role.

The director runs it with a login that may create roles (the database's owner, or one given
CREATEROLE). The new login's password comes from `ESN_USER_PASSWORD`, else one is made and
printed once, to be handed to the person (it is never stored by esn-desktop).
"""

from __future__ import annotations

import argparse
import os
import secrets
from typing import TextIO

from esn_desktop.cli_workspace import workspace_argument
from esn_desktop.domain.errors import EsnError

USER_PASSWORD_ENV = "ESN_USER_PASSWORD"
ROLES = ("director", "salesperson", "viewer")


def add_team_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    team = commands.add_parser("team", help="the users of a team database")
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    add = actions.add_parser("add-user", help="a login with its role: director, salesperson or viewer")
    add.add_argument("workspace", type=workspace_argument, help="the team database's URL")
    add.add_argument("--name", required=True, help="the login, such as camille.martin")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument(
        "--salesperson", help="a salesperson login's name in the workspace (by default the login itself)"
    )


def run_team(args: argparse.Namespace, out: TextIO, _err: TextIO) -> int:
    from esn_desktop.cli_workspace import logged_in
    from esn_desktop.store.address import TeamDatabase
    from esn_desktop.store.team_database import open_team_workspace
    from esn_desktop.store.team_roles import TeamRole, add_user

    database = args.workspace
    if not isinstance(database, TeamDatabase):
        raise EsnError("'esn-desktop team' applies to a team database's URL, not to a workspace file")
    if args.salesperson and args.role != "salesperson":
        raise EsnError("--salesperson goes with --role salesperson")
    given = os.environ.get(USER_PASSWORD_ENV) or None
    password = given or secrets.token_urlsafe(12)
    # Opened first: an older schema is upgraded before its roles are set up.
    with open_team_workspace(logged_in(database)) as workspace, workspace.engine.begin() as connection:
        added = add_user(
            connection,
            database.database,
            login=args.name,
            role=TeamRole(args.role),
            password=password,
            salesperson=args.salesperson,
        )
    said = {"director": "a director", "salesperson": "a salesperson", "viewer": "a viewer"}[args.role]
    print(f"{added.login} is {said} of {database.name}", file=out)
    if added.salesperson is not None:
        made = (
            " (a new salesperson: no one of that name was in the workspace)" if added.made_salesperson else ""
        )
        print(f"{added.login} logs as the salesperson {added.salesperson}{made}", file=out)
    if added.existed:
        print(f"{added.login} was a login of this server already: its password is unchanged", file=out)
    elif given is None:
        print(f"password: {password}  (give it to {added.login}; it is not shown again)", file=out)
    return 0
