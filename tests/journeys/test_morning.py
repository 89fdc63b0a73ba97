"""The morning, played in the real window (morning.py), then checked in the file it wrote."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from esn_desktop.domain.calendar import WorkingCalendar
from esn_desktop.domain.pipeline import FUNNEL_STAGES, Stage
from esn_desktop.domain.staffing import MissionStatus
from esn_desktop.services.account_list import AccountFilter, account_ids
from esn_desktop.services.accounts import AccountDetail, OpportunityLine, account_detail
from esn_desktop.services.consultants import list_consultants
from esn_desktop.services.missions import list_missions, save_mission
from esn_desktop.store.database import Workspace, open_workspace
from tests.journeys.clients import client_workspaces
from tests.journeys.conftest import Player
from tests.journeys.morning import NOTES

#: Stages a deal is dragged from: the next one is still open (the first drag is no win).
EARLY = (Stage.LEAD, Stage.QUALIFIED, Stage.MEETING, Stage.PROPOSAL)


def _accounts(workspace: Workspace) -> list[AccountDetail]:
    """Every account found alone when its name is typed in the search box."""
    found = []
    for account_id in account_ids(workspace, AccountFilter()):
        detail = account_detail(workspace, account_id)
        if account_ids(workspace, AccountFilter(search=detail.name)) == [account_id]:
            found.append(detail)
    return found


def _open(detail: AccountDetail) -> list[OpportunityLine]:
    return [o for o in detail.opportunities if not o.stage.is_closed]


def _overdue_negotiation(deal: OpportunityLine) -> bool:
    return (
        deal.stage is Stage.NEGOTIATION
        and deal.expected_close is not None
        and deal.expected_close < date.today()
    )


def test_the_morning_search_log_a_call_move_and_win_deals_check_the_bench(
    journey: Player, tmp_path: Path
) -> None:
    ((path, _company),) = client_workspaces(tmp_path, 1)
    with open_workspace(Path(path), write=False) as workspace:
        accounts = _accounts(workspace)
        # One contact and one open deal: the call form picks both.
        first = next(
            a for a in accounts if len(a.contacts) == 1 and len(_open(a)) == 1 and _open(a)[0].stage in EARLY
        )
        won = next(a for a in accounts if a.id != first.id and any(_overdue_negotiation(o) for o in _open(a)))
        first_free = sorted(  # among those still employed: one who has left is never free
            (c for c in list_consultants(workspace, today=date.today()) if not c.never_available),
            key=lambda c: c.available_from or date.min,
        )
    # The demo staffs everyone: two consultants' missions are cancelled, and they are on the bench.
    with open_workspace(Path(path)) as workspace:
        for consultant in first_free[:2]:
            for mission in list_missions(workspace, consultant_id=consultant.id, today=date.today()):
                save_mission(
                    workspace,
                    mission_id=mission.id,
                    account_id=mission.account_id,
                    consultant_id=consultant.id,
                    terms=mission.terms,
                    status=MissionStatus.CANCELLED,
                )
    bench, still_free = first_free[0], first_free[1]
    deal = _open(first)[0]
    won_deal = next(o for o in _open(won) if _overdue_negotiation(o))
    next_stage = FUNNEL_STAGES[FUNNEL_STAGES.index(deal.stage) + 1]

    played = journey(
        "tests.journeys.morning:morning",
        workspace=path,
        account=first.name,
        contact=first.contacts[0].name,
        deal=deal.title,
        stage=deal.stage.value,
        next_stage=next_stage.value,
        won_account=won.name,
        won_deal=won_deal.title,
        won_stage=won_deal.stage.value,
        consultant=bench.name,
        still_free=still_free.name,
        # An overdue deal's mission starts today, a working day: its consultant leaves the bench.
        staffed_today=WorkingCalendar().is_working_day(date.today()),
        daily_rate="900",
    )
    print("morning:", " ".join(f"{step} {seconds:.2f}s" for step, seconds in played.timings.items()))
    assert list(played.timings) == [
        "prospects",
        "search-typed",
        "account-open",
        "call-form",
        "call-logged",
        f"drag-{next_stage.value}",
        "deal-moved",
        "drag-won",
        "won-confirm",
        "mission-offered",
        "mission-form",
        "deal-won",
        "bench",
    ]
    with open_workspace(Path(path), write=False) as workspace:
        after = account_detail(workspace, first.id)
        call = next(a for a in after.timeline if a.notes == NOTES)
        assert (call.kind, call.contact) == ("call", first.contacts[0].name)
        moved = next(o for o in after.opportunities if o.id == deal.id)
        assert (moved.stage, moved.history[-1].day) == (next_stage, date.today())
        signed = next(o for o in account_detail(workspace, won.id).opportunities if o.id == won_deal.id)
        assert signed.stage is Stage.WON
        missions = [m for m in list_missions(workspace, today=date.today()) if m.consultant == bench.name]
        staffed = next(m for m in missions if m.status is not MissionStatus.CANCELLED)
        assert (staffed.account, staffed.terms.start) == (won.name, date.today())
