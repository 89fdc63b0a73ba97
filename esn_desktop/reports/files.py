"""Producing the report files from a workspace, for the command line and the window alike: one
plan, every salesperson's plans (one file each or one combined), the monthly review, and the
visit pack (the review followed by every plan, in one file)."""

from __future__ import annotations

import re
import unicodedata
from contextlib import ExitStack
from datetime import date
from pathlib import Path

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.errors import EsnError
from esn_desktop.domain.progress import Progress, no_progress
from esn_desktop.private_files import private_folder, private_output, refuse_existing
from esn_desktop.reports.action_plan import write_action_plans
from esn_desktop.reports.monthly_review import write_monthly_review
from esn_desktop.reports.visit_pack import write_visit_pack as write_visit_pack_pdf
from esn_desktop.services.action_plans import ActionPlanView, action_plan, salespeople, team_facts
from esn_desktop.services.dashboard import dashboard
from esn_desktop.services.workspace_settings import workspace_settings
from esn_desktop.store.database import Workspace


def write_plan(
    workspace: Workspace,
    *,
    salesperson: str,
    month: date,
    today: date,
    path: Path,
    locale: str = "fr_FR",
    client_safe: bool = False,
    force: bool = False,
) -> Path:
    """One salesperson's plan; `force` replaces an existing `path`, which is refused otherwise."""
    refuse_existing(path, force=force)  # before the work, not after it
    view = action_plan(workspace, salesperson=salesperson, month=month, today=today)
    with private_output(private_folder(path.parent) / path.name, force=force) as partial:
        write_action_plans(partial, [view], locale, client_safe=client_safe)
    return path


def plan_file_name(salesperson: str, month: date) -> str:
    """'plan-2026-11-helene-garnier.pdf': sortable by month, safe on every file system."""
    return f"plan-{month:%Y-%m}-{_slug(salesperson) or 'salesperson'}.pdf"


def visit_pack_file_name(company: str, month: date) -> str:
    """'dossier-visite-dupont-conseil-2026-11.pdf': the client's name first, as a folder of
    several clients' packs is read; the month sorts each client's packs."""
    return f"dossier-visite-{_slug(company) or 'entreprise'}-{month:%Y-%m}.pdf"


def _slug(name: str) -> str:
    """A name safe on every file system: 'Hélène Garnier' -> 'helene-garnier'."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def plan_files(workspace: Workspace, *, month: date, folder: Path) -> list[Path]:
    """The files that every plan of the month, one file each, takes in `folder`."""
    return _plan_files(salespeople(workspace), month, folder)


def _plan_files(names: list[str], month: date, folder: Path) -> list[Path]:
    """One file per name, each its own: names that make the same file name ('Jean-Marc Roy' and
    'Jean Marc Roy') take a number after the first, in the order of `names` (by name), so that no
    plan overwrites another nor is refused for a file the batch itself wrote."""
    taken: set[str] = set()
    files: list[Path] = []
    for name in names:
        file_name = plan_file_name(name, month)
        stem, number = file_name.removesuffix(".pdf"), 1
        while file_name.casefold() in taken:
            number += 1
            file_name = f"{stem}-{number}.pdf"
        taken.add(file_name.casefold())
        files.append(folder / file_name)
    return files


def write_all_plans(
    workspace: Workspace,
    *,
    month: date,
    today: date,
    target: Path,
    combined: bool,
    locale: str = "fr_FR",
    client_safe: bool = False,
    progress: Progress = no_progress,
    force: bool = False,
) -> list[Path]:
    """Every salesperson's plan for the month: into the folder `target`, one file each, or into
    the one file `target`. Progress counts the salespeople.

    Without `force` a file already there is refused before any is written. Each file is filled
    under a partial name and every one is named at the end, so a cancelled or failed batch
    leaves no new file and the files it would have replaced as they were.
    """
    names = salespeople(workspace)
    if not names:
        raise EsnError("the workspace has no salesperson to plan for")
    folder = target.parent if combined else target
    for path in [target] if combined else _plan_files(names, month, target):
        refuse_existing(path, force=force)  # every output refused before a folder is made
    created = [each for each in (folder, *folder.parents) if not each.exists()]
    if combined:
        paths = [private_folder(target.parent) / target.name]
    else:
        paths = _plan_files(names, month, private_folder(target))  # one file per name, in order
    views: list[ActionPlanView] = []
    with ExitStack() as outputs:
        outputs.callback(_remove_if_empty, created)  # a failed batch leaves no empty folder
        team = team_facts(workspace, today=today)  # read once for every plan
        # Every output is opened (and an existing one refused) before any plan is drawn up.
        partials = [outputs.enter_context(private_output(path, force=force)) for path in paths]
        for done, name in enumerate(names):
            progress(done, len(names))
            view = action_plan(workspace, salesperson=name, month=month, today=today, team=team)
            if combined:
                views.append(view)
            else:
                write_action_plans(partials[done], [view], locale, client_safe=client_safe)
        if combined:
            write_action_plans(partials[0], views, locale, client_safe=client_safe)
        progress(len(names), len(names))
    return paths


def _remove_if_empty(folders: list[Path]) -> None:
    """Removes the folders a batch created (deepest first) that are still empty."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:  # it holds the batch's files, or someone else's: kept
            return


def write_review(
    workspace: Workspace,
    *,
    month: date,
    today: date,
    path: Path,
    locale: str = "fr_FR",
    client_safe: bool = False,
    force: bool = False,
) -> Path:
    """The firm's review of the month; `force` replaces an existing `path`, refused otherwise."""
    refuse_existing(path, force=force)  # before the work, not after it
    review = dashboard(workspace, period=Period.month_of(month), today=today)
    company = workspace_settings(workspace).company_name
    with private_output(private_folder(path.parent) / path.name, force=force) as partial:
        write_monthly_review(
            partial, review, company=company, today=today, locale=locale, client_safe=client_safe
        )
    return path


def write_visit_pack(
    workspace: Workspace,
    *,
    month: date,
    today: date,
    path: Path,
    plan_month: date | None = None,
    locale: str = "fr_FR",
    client_safe: bool = False,
    progress: Progress = no_progress,
    force: bool = False,
) -> Path:
    """The review of `month` followed by every salesperson's plan for `plan_month` (by default
    the month after: the visit looks back at the month ended and hands over the one begun), in
    one file; `force` replaces an existing `path`, refused otherwise. Progress counts the review,
    each plan and the writing of the document."""
    refuse_existing(path, force=force)  # before the work, not after it
    names = salespeople(workspace)
    steps = len(names) + 2
    progress(0, steps)
    reviewed = Period.month_of(month)
    review = dashboard(workspace, period=reviewed, today=today)
    planned = plan_month or reviewed.shifted(1).start
    company = workspace_settings(workspace).company_name
    team = team_facts(workspace, today=today)  # read once for every plan
    plans = []
    for done, name in enumerate(names, start=1):
        progress(done, steps)
        plans.append(action_plan(workspace, salesperson=name, month=planned, today=today, team=team))
    progress(steps - 1, steps)
    with private_output(private_folder(path.parent) / path.name, force=force) as partial:
        write_visit_pack_pdf(
            partial, review, plans, company=company, today=today, locale=locale, client_safe=client_safe
        )
    progress(steps, steps)
    return path
