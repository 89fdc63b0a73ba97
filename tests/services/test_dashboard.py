from datetime import date
from decimal import Decimal

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.pipeline import FUNNEL_STAGES, furthest_stage, stage_conversion
from esn_desktop.services.accounts import account_detail
from esn_desktop.services.dashboard import dashboard
from esn_desktop.services.demo import create_demo
from esn_desktop.services.kpis import compute_kpis
from esn_desktop.store.database import open_workspace

TODAY = date(2026, 11, 22)


def test_the_period_and_the_previous_one_are_the_kpi_service_figures(small_workspace) -> None:
    november = Period.month(2026, 11)
    board = dashboard(small_workspace, period=november, today=TODAY)
    assert board.current == compute_kpis(small_workspace, period=november)
    assert board.previous == compute_kpis(small_workspace, period=Period.month(2026, 10))
    assert board.current.revenue == Decimal("12040")


def test_months_then_six_forecast_months(small_workspace) -> None:
    board = dashboard(small_workspace, period=Period.month(2026, 11), today=TODAY)
    assert [m.month.start for m in board.months][:6] == [date(2026, month, 1) for month in range(6, 12)]
    assert [m.forecast for m in board.months] == [False] * 6 + [True] * 6
    november = compute_kpis(small_workspace, period=Period.month(2026, 11))
    assert (board.months[5].revenue, board.months[5].margin) == (november.revenue, november.margin)


def test_funnel_counts_each_deal_at_its_furthest_stage(tmp_path) -> None:
    # A demo has deals lost early and late, and deals with no history: every case of the rule.
    path = tmp_path / "demo.esn"
    create_demo(path, prospects=300, seed=3, as_of=TODAY)
    with open_workspace(path) as workspace:
        year = Period.year(2026)
        board = dashboard(workspace, period=year, today=TODAY)
        from sqlalchemy import select

        from esn_desktop.store import models as m

        with workspace.session() as session:
            accounts = session.execute(
                select(m.Opportunity.account_id).where(m.Opportunity.created_on.between(year.start, year.end))
            ).scalars()
            accounts = sorted(set(accounts))
        furthest = [
            furthest_stage(o.history)
            for a in accounts
            for o in account_detail(workspace, a).opportunities
            if o.history and year.start <= o.history[0].day <= year.end
        ]
    assert furthest
    expected_reached = [sum(1 for f in furthest if f.rank >= stage.rank) for stage in FUNNEL_STAGES]
    assert [step.reached for step in board.funnel] == expected_reached
    conversion = stage_conversion(furthest)
    assert [step.conversion for step in board.funnel] == [conversion.get(s) for s in FUNNEL_STAGES]


def test_forecast_months_carry_the_weighted_deals_expected_to_close_then(small_workspace) -> None:
    from collections import defaultdict

    board = dashboard(small_workspace, period=Period.month(2026, 11), today=date(2026, 9, 15))
    expected: dict[date, Decimal] = defaultdict(Decimal)
    for account in (1, 2, 3):
        for deal in account_detail(small_workspace, account).opportunities:
            if not deal.stage.is_closed and deal.expected_close is not None:
                expected[deal.expected_close.replace(day=1)] += deal.amount * deal.probability
    forecast = {m.month.start: m.pipeline for m in board.months if m.forecast}
    assert forecast == {month: expected.get(month, Decimal(0)) for month in forecast}
    assert any(forecast.values())  # the small workspace has deals expected in these months


def test_kpis_of_one_salesperson(small_workspace) -> None:
    import pytest

    from esn_desktop.domain.errors import ValidationError

    november = Period.month(2026, 11)
    firm = compute_kpis(small_workspace, period=november)
    karim = compute_kpis(small_workspace, period=november, salesperson="Karim Benali")
    helene = compute_kpis(small_workspace, period=november, salesperson="Hélène Garnier")
    # His open deals are all the firm's: "Migration cloud" (140,000 x 0.4) and "TMA caisse"
    # (25,000 x 0.2); hers are none.
    assert karim.pipeline_weighted == firm.pipeline_weighted == Decimal(61000)
    assert helene.pipeline_weighted == 0
    assert [o.salesperson for o in karim.objectives] == ["Karim Benali"]
    # Revenue follows the accounts: each account has one salesperson.
    assert karim.revenue + helene.revenue == firm.revenue == Decimal(12040)
    assert karim.revenue > 0 and helene.revenue > 0
    assert karim.team_reaching_share == 0
    with pytest.raises(ValidationError):
        compute_kpis(small_workspace, period=november, salesperson="Nobody")


def test_reviewing_last_month_early_in_a_month_skips_no_month(small_workspace) -> None:
    # Seen: reviewing November on 1 December, the chart jumped from November to January.
    board = dashboard(small_workspace, period=Period.month(2026, 11), today=date(2026, 12, 1))
    starts = [m.month.start for m in board.months]
    assert starts == [date(2026, month, 1) for month in range(6, 13)] + [
        date(2027, month, 1) for month in range(1, 6)
    ]
    # December is under way: its missions are counted as they stand; January on is ahead.
    assert [m.forecast for m in board.months] == [False] * 7 + [True] * 5


def test_a_year_shows_its_twelve_months_then_six_more(small_workspace) -> None:
    board = dashboard(small_workspace, period=Period.year(2026), today=TODAY)
    starts = [m.month.start for m in board.months]
    assert starts == [date(2026, month, 1) for month in range(1, 13)] + [
        date(2027, month, 1) for month in range(1, 7)
    ]


def test_staffing_weeks_count_endings_and_freed_consultants_from_this_monday() -> None:
    from esn_desktop.services.dashboard import (
        STAFFING_WEEKS,
        EndingMission,
        FreedConsultant,
        StaffingWeek,
        staffing_weeks,
    )

    today = date(2026, 12, 3)  # a Thursday: the weeks start on Monday 30 November
    ending = [
        EndingMission("Inès", "Acme", date(2026, 12, 4)),  # this week
        EndingMission("Lucas", "Acme", date(2026, 12, 7)),  # next Monday: next week
        EndingMission("Hugo", "Beta", date(2026, 11, 27)),  # before this week: left out
        EndingMission("Zoé", "Beta", date(2027, 3, 1)),  # the 14th week: left out
    ]
    freed = [
        FreedConsultant("Anaïs", date(2026, 11, 2)),  # free already: counted this week
        FreedConsultant("Paul", date(2026, 12, 14)),  # in the third week
    ]
    weeks = staffing_weeks(ending, freed, today)
    assert len(weeks) == STAFFING_WEEKS == 13
    assert weeks[:3] == (
        StaffingWeek(date(2026, 11, 30), ending=1, freed=1),
        StaffingWeek(date(2026, 12, 7), ending=1, freed=0),
        StaffingWeek(date(2026, 12, 14), ending=0, freed=1),
    )
    assert weeks[-1].monday == date(2027, 2, 22)
    assert sum(w.ending for w in weeks) == 2 and sum(w.freed for w in weeks) == 2


def test_the_dashboard_counts_its_staffing_weeks_from_its_own_today(small_workspace) -> None:
    from esn_desktop.services.dashboard import staffing_weeks

    board = dashboard(small_workspace, period=Period.month(2026, 11), today=TODAY)
    # The chart draws what the service counted, from the Monday of the same today as the figures.
    assert board.weeks == staffing_weeks(board.ending, board.freed, TODAY)
    assert board.weeks[0].monday.weekday() == 0 and board.weeks[0].monday <= TODAY
