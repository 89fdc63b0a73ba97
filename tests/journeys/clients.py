"""Client workspaces for the journeys: demo companies, each in its own file, as a shared-time
director keeps them."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from esn_desktop.services.demo import create_demo
from esn_desktop.services.workspaces import company_name
from esn_desktop.store.database import open_workspace

PROSPECTS = 300


def client_workspaces(folder: Path, count: int) -> list[tuple[str, str]]:
    """`count` demo workspaces of distinct companies, as (path, company name)."""
    clients: list[tuple[str, str]] = []
    seed = 0
    while len(clients) < count:
        seed += 1
        path = folder / f"client-{seed}.esn"
        create_demo(path, prospects=PROSPECTS, seed=seed, as_of=date.today())
        with open_workspace(path, write=False) as workspace:
            company = company_name(workspace)
        if company in {name for _path, name in clients}:
            path.unlink()
            continue
        clients.append((str(path), company))
    return clients


def distinctive_names(paths: list[str]) -> list[list[str]]:
    """For each workspace, the names of its accounts, consultants and salespeople that no other
    of `paths` has, even within a longer name: seeing one on screen means that workspace shows."""
    names: list[set[str]] = []
    # Every text a workspace may show that could hold a name: a name found in another
    # workspace's texts (its contacts, its deals) does not tell the workspaces apart.
    texts: list[set[str]] = []
    for path in paths:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            names.append(
                {
                    name
                    for table in ("accounts", "consultants", "salespeople")
                    for (name,) in connection.execute(f"SELECT name FROM {table}")
                }
            )
            contacts = connection.execute("SELECT first_name || ' ' || last_name FROM contacts")
            deals = connection.execute("SELECT title FROM opportunities")
            texts.append(names[-1] | {text for (text,) in [*contacts, *deals]})
    return [
        sorted(
            name
            for name in own
            if not any(_within(name, other) for other in texts if other is not texts[index])
        )
        for index, own in enumerate(names)
    ]


def _within(name: str, others: set[str]) -> bool:
    """Whether `name` is one of `others` or a part of one, word for word ("Distribution Marie"
    in "Distribution Marie Bordeaux")."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    return any(pattern.search(other) for other in others)
