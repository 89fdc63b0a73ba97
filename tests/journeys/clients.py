"""Client workspaces for the journeys: demo companies, each in its own file, as a shared-time
director keeps them."""

from __future__ import annotations

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
