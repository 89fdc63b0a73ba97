"""Producing the report files from a workspace, for the command line and the window alike: one
plan, every salesperson's plans (one file each or one combined), and the monthly review."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.errors import EsnError
from esn_desktop.domain.progress import Progress, no_progress
from esn_desktop.reports.action_plan import write_action_plans
from esn_desktop.reports.monthly_review import write_monthly_review
from esn_desktop.services.action_plans import ActionPlanView, action_plan, salespeople
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
) -> Path:
    view = action_plan(workspace, salesperson=salesperson, month=month, today=today)
    write_action_plans(path, [view], locale, client_safe=client_safe)
    return path


def plan_file_name(salesperson: str, month: date) -> str:
    """'plan-2026-11-helene-garnier.pdf': sortable by month, safe on every file system."""
    folded = unicodedata.normalize("NFKD", salesperson).encode("ascii", "ignore").decode().lower()
    return f"plan-{month:%Y-%m}-{re.sub(r'[^a-z0-9]+', '-', folded).strip('-') or 'salesperson'}.pdf"


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
) -> list[Path]:
    """Every salesperson's plan for the month: into the folder `target`, one file each, or into
    the one file `target`. Progress counts the salespeople; a cancelled batch leaves no file."""
    names = salespeople(workspace)
    if not names:
        raise EsnError("the workspace has no salesperson to plan for")
    views: list[ActionPlanView] = []
    written: list[Path] = []
    try:
        for done, name in enumerate(names):
            progress(done, len(names))
            view = action_plan(workspace, salesperson=name, month=month, today=today)
            if combined:
                views.append(view)
            else:
                path = target / plan_file_name(name, month)
                write_action_plans(path, [view], locale, client_safe=client_safe)
                written.append(path)
        if combined:
            write_action_plans(target, views, locale, client_safe=client_safe)
            written.append(target)
        progress(len(names), len(names))
    except BaseException:  # cancelled or failed: no half a batch left behind
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


def write_review(
    workspace: Workspace,
    *,
    month: date,
    today: date,
    path: Path,
    locale: str = "fr_FR",
    client_safe: bool = False,
) -> Path:
    review = dashboard(workspace, period=Period.month_of(month), today=today)
    company = workspace_settings(workspace).company_name
    write_monthly_review(path, review, company=company, today=today, locale=locale, client_safe=client_safe)
    return path
