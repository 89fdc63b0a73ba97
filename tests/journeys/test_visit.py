"""The visit, played in the real window (visit.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from esn_desktop.domain.calendar import last_complete_month
from tests.journeys.clients import client_workspaces
from tests.journeys.conftest import Player
from tests.journeys.visit import COST_WORDS
from tests.reports.pdf_text import pages_text, whole_text


def test_the_visit_open_dashboard_meeting_mode_pack_quit(journey: Player, tmp_path: Path) -> None:
    (workspace, company), *others = client_workspaces(tmp_path, 2)
    other_companies = [name for _path, name in others]
    played = journey(
        "tests.journeys.visit:visit",
        workspace=workspace,
        company=company,
        other_companies=other_companies,
    )
    assert list(played.timings) == [
        "welcome",
        "open-dialog",
        "prospects",
        "dashboard",
        "dashboard-meeting",
        "plans-meeting",
        "pack-question",
        "pack-written",
        "meeting-mode-off",
    ]
    # Handed over in the meeting room: the month ended reviewed, the plans of the month begun,
    # nothing of a cost, a margin or another client.
    # In the client's own folder of the Documents, alone there.
    (pack,) = (tmp_path / "home" / "Documents" / "esn-desktop" / company).iterdir()
    pages, text = pages_text(pack), whole_text(pack)
    reviewed = last_complete_month(date.today()).start
    assert pages[0].startswith("Revue mensuelle — ")
    assert f"{reviewed:%Y}" in pages[0].splitlines()[0]
    assert "Plan d’action commercial" in text and company in text
    assert [word for word in (*COST_WORDS, *other_companies) if word in text] == []
