from datetime import date
from decimal import Decimal

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.funnel import Source
from esn_desktop.services.demo import create_demo
from esn_desktop.services.funnel import plan_funnel
from esn_desktop.services.objectives import objectives_in
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
