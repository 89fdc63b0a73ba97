"""TO BE WRITTEN by the helper taking the deals list."""

from __future__ import annotations

from esn_desktop.domain.progress import Progress
from esn_desktop.interchange.lists.plan import Destination, ListImportPlan


def plan_opportunities(plan: ListImportPlan, destination: Destination, progress: Progress) -> None:
    raise NotImplementedError
