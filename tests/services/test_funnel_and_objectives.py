import json
from datetime import date
from decimal import Decimal

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.funnel import Source
from esn_desktop.services.demo import create_demo
from esn_desktop.services.funnel import plan_funnel
from esn_desktop.services.objectives import objectives_in
from esn_desktop.services.transfer import import_document
from esn_desktop.store.database import open_workspace


def test_small_history_falls_back_on_assumptions(small_workspace) -> None:
    plan = plan_funnel(
        small_workspace, goal=Decimal(500000), period=Period.year(2027), today=date(2026, 11, 30)
    )
    rates = plan.funnel.rates
    assert not rates.from_history
    assert rates.proposal_to_win.source is Source.ASSUMPTION
    assert plan.average_deal_source is Source.ASSUMPTION
    assert plan.funnel.step("wins").rounded == 10  # 500,000 / 50,000 assumed
    assert plan.closed_opportunities == 2


def test_a_workspace_with_history_uses_it(tmp_path) -> None:
    path = tmp_path / "demo.esn"
    create_demo(path, prospects=3000, seed=2, as_of=date(2026, 11, 22))
    with open_workspace(path, write=False) as workspace:
        plan = plan_funnel(
            workspace, goal=Decimal(1000000), period=Period.year(2027), today=date(2026, 11, 22)
        )
    rates = plan.funnel.rates
    assert rates.proposal_to_win.source is Source.HISTORY
    assert rates.meeting_to_proposal.source is Source.HISTORY
    assert Decimal("0.3") < rates.proposal_to_win.value < Decimal("0.8")
    assert plan.average_deal_source is Source.HISTORY


def test_objectives_view_matches_the_kpi_example(small_workspace) -> None:
    view = objectives_in(small_workspace, Period.month(2026, 11))
    assert [(o.salesperson, o.result.score) for o in view.outcomes] == [
        ("Hélène Garnier", Decimal("0.61")),
        ("Karim Benali", Decimal("0.1375")),
    ]
    assert view.team_reaching_share == 0


def test_activity_criteria_count_the_owners_done_activities_within_the_dates(workspace, tmp_path) -> None:
    def call(day: str, owner: str | None, status: str = "done", kind: str = "call") -> dict:
        return {"kind": kind, "status": status, "date": day, "account": "Alpha", "owner": owner}

    document = {
        "format": "esn-desktop/1",
        "salespeople": [{"name": "Ana"}, {"name": "Ben"}],
        "accounts": [{"name": "Alpha", "owner": "Ana"}],
        "activities": [
            call("2026-11-02", "Ana"),
            call("2026-11-30", "Ana"),
            call("2026-10-31", "Ana"),  # before the objective
            call("2026-12-01", "Ana"),  # after it
            call("2026-11-10", "Ana", status="planned"),
            call("2026-11-10", "Ana", kind="email"),
            call("2026-11-10", "Ana", kind="meeting"),
            call("2026-11-12", "Ben"),
            call("2026-11-13", None),
        ],
        "objectives": [
            {
                "salesperson": "Ana",
                "start": "2026-11-01",
                "end": "2026-11-30",
                "criteria": [
                    {"metric": "calls", "target": 4, "weight": 0.5},
                    {"metric": "meetings", "target": 2, "weight": 0.5},
                ],
            },
            {
                "salesperson": None,
                "start": "2026-11-01",
                "end": "2026-11-30",
                "criteria": [
                    {"metric": "calls", "target": 8, "weight": 0.5},
                    {"metric": "proposals", "target": 1, "weight": 0.5},
                ],
            },
        ],
    }
    path = tmp_path / "calls.json"
    path.write_text(json.dumps(document))
    import_document(workspace, path)

    view = objectives_in(workspace, Period.month(2026, 11))
    actuals = {o.salesperson: [c.actual for c in o.result.criteria] for o in view.outcomes}
    assert actuals == {"Ana": [Decimal(2), Decimal(1)], None: [Decimal(4), Decimal(0)]}
