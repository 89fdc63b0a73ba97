"""The missions journey, played in the real window (missions.py)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.staffing import MissionStatus, MissionTerms
from esn_desktop.services.account_list import find_accounts
from esn_desktop.services.missions import check_overbooking, list_missions
from esn_desktop.store.database import open_workspace
from tests.journeys.clients import client_workspaces
from tests.journeys.conftest import Player


def test_a_double_booking_and_a_mission_under_cost_then_meeting_mode(journey: Player, tmp_path: Path) -> None:
    [(workspace, _company)] = client_workspaces(tmp_path, 1)
    busy, cheap, account = _cast(Path(workspace), date.today())
    played = journey(
        "tests.journeys.missions:missions", workspace=workspace, account=account, busy=busy, cheap=cheap
    )
    assert list(played.timings) == [
        "new-mission",
        "overbooking-warned",
        "overbooking-question",
        "new-mission-again",
        "under-cost-question",
        "under-cost-flagged",
        "meeting-mode-list",
        "meeting-mode-form",
    ]


def _cast(path: Path, today: date) -> tuple[dict[str, str], dict[str, str], str]:
    """From the demo: a consultant full time on a running mission and three weeks inside it; a
    consultant free for a month, with a daily rate 40 € under their CJM; an account to type."""
    with open_workspace(path, write=False) as workspace:
        rows = list_missions(workspace)
        full = next(
            r
            for r in rows
            if r.terms.time_ratio == 1
            and r.status is not MissionStatus.CANCELLED
            and r.terms.end is not None
            and r.terms.end >= today + timedelta(days=40)
        )
        start = max(full.terms.start, today) + timedelta(days=7)
        busy = {
            "consultant": full.consultant,
            "clash": full.account,
            "rate": "650",
            "start": start.isoformat(),
            "end": (start + timedelta(days=20)).isoformat(),
        }
        cheap: dict[str, str] = {}
        for row in rows:
            if row.consultant == full.consultant or row.daily_cost is None or cheap:
                continue
            for shift in range(1, 25):
                index = today.year * 12 + today.month - 1 + shift
                month = Period.month(index // 12, index % 12 + 1)
                terms = MissionTerms(month.start, month.end, Decimal(100))
                if not check_overbooking(workspace, consultant_id=row.consultant_id, terms=terms):
                    cheap = {
                        "consultant": row.consultant,
                        "rate": str(int(row.daily_cost) - 40),
                        "start": month.start.isoformat(),
                        "end": month.end.isoformat(),
                    }
                    break
        account = next(name for _id, name in find_accounts(workspace, "", limit=200) if name.isascii())
    assert cheap, "the demo has no consultant free for a month in the next two years"
    return busy, cheap, account
