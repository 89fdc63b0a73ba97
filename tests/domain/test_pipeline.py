from datetime import date
from decimal import Decimal

from esn_desktop.domain.activities import expected_no_shows, no_show_rate
from esn_desktop.domain.calendar import Period
from esn_desktop.domain.channels import ChannelCost, cost_in_period, cost_per_lead
from esn_desktop.domain.concentration import top_clients_share
from esn_desktop.domain.pipeline import (
    Stage,
    StageChange,
    cycle_days,
    furthest_stage,
    reach_rate,
    reached_on,
    stage_conversion,
    weighted_amount,
    weighted_pipeline,
    win_rate,
)


def test_weighted_pipeline_sums_amount_times_probability() -> None:
    lines = [(Decimal(140000), Decimal("0.4")), (Decimal(25000), Decimal("0.2"))]
    assert weighted_pipeline(lines) == Decimal(61000)


def test_win_rate() -> None:
    assert win_rate(won=1, lost=1) == Decimal("0.5")
    assert win_rate(won=0, lost=0) is None


def test_stage_conversion_from_history_counts_skipped_stages_as_passed() -> None:
    histories = [
        [StageChange(Stage.LEAD, date(2026, 1, 1)), StageChange(Stage.PROPOSAL, date(2026, 1, 8))],
        [
            StageChange(Stage.LEAD, date(2026, 1, 1)),
            StageChange(Stage.MEETING, date(2026, 1, 5)),
            StageChange(Stage.LOST, date(2026, 2, 1)),
        ],
        [StageChange(Stage.LEAD, date(2026, 1, 1))],
        [StageChange(Stage.LEAD, date(2026, 1, 1)), StageChange(Stage.WON, date(2026, 3, 1))],
    ]
    furthest = [furthest_stage(h) for h in histories]
    assert furthest == [Stage.PROPOSAL, Stage.MEETING, Stage.LEAD, Stage.WON]
    conversion = stage_conversion(furthest)
    assert conversion[Stage.LEAD] == Decimal(3) / 4
    assert conversion[Stage.MEETING] == Decimal(2) / 3
    assert conversion[Stage.NEGOTIATION] == 1
    assert reach_rate(furthest, source=Stage.PROPOSAL, target=Stage.WON) == Decimal("0.5")
    assert reached_on(histories[0], Stage.QUALIFIED) == date(2026, 1, 8)
    assert cycle_days(histories[3]) == 59
    assert cycle_days(histories[0]) is None


def test_worked_example_no_shows_to_reschedule() -> None:
    per_day = expected_no_shows(salespeople=3, meetings_per_day=10, rate=Decimal("0.2"))
    assert per_day == 6
    assert per_day * 5 == 30
    assert no_show_rate(held=3, no_shows=1) == Decimal("0.25")
    assert no_show_rate(held=0, no_shows=0) is None


def test_cost_per_lead_prorates_straddling_costs() -> None:
    costs = [
        ChannelCost(Period(date(2026, 10, 1), date(2026, 12, 31)), Decimal(4600)),
        ChannelCost(Period(date(2026, 12, 5), date(2026, 12, 6)), Decimal(999)),
    ]
    cost = cost_in_period(costs, Period.month(2026, 11))
    assert cost == Decimal(1500)
    assert cost_per_lead(cost, 1) == Decimal(1500)
    assert cost_per_lead(cost, 0) is None


def test_client_concentration() -> None:
    revenue = [Decimal(10240), Decimal(1800), Decimal(0)]
    assert top_clients_share(revenue, 1) == Decimal(10240) / Decimal(12040)
    assert top_clients_share(revenue, 3) == 1
    assert top_clients_share([], 1) is None


def test_weighted_amount_is_amount_times_probability_exactly() -> None:
    assert weighted_amount(Decimal("12345.67"), Decimal("0.05")) == Decimal("617.2835")
    assert weighted_amount(Decimal("80000"), Decimal("0.7")) == Decimal("56000.0")
    assert weighted_amount(Decimal("1000"), Decimal(0)) == 0
    assert weighted_pipeline(
        [(Decimal("12345.67"), Decimal("0.05")), (Decimal(1000), Decimal("0.3"))]
    ) == Decimal("917.2835")
