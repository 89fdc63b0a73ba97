from decimal import Decimal

import pytest

from esn_desktop.domain.cadence import MonthlyRhythm, Rhythm, monthly_rhythm, weekly_rhythm, whole_actions


@pytest.mark.parametrize(
    ("needed", "planned"),
    [
        ("3.8", 4),  # 3.8 meetings: the plan asks for 4, never for fewer than the goal needs
        ("7.5", 8),
        ("0.67", 1),  # 8 calls a year on one account, in a month
        ("20", 20),
        ("3.0000000001", 3),  # dust of a division, not a fourth action
        ("0", 0),
    ],
)
def test_a_need_becomes_whole_actions_rounded_up(needed: str, planned: int) -> None:
    assert whole_actions(Decimal(needed)) == planned


@pytest.mark.parametrize(
    ("actions", "weeks", "rhythm"),
    [
        (250, "4", Rhythm(63)),  # 62.5 calls a week: 63
        (20, "4", Rhythm(5)),
        (1, "4.2", Rhythm(1, 4)),  # one win in a 21-day month: 1 every 4 weeks, not 0.2 a week
        (1, "4", Rhythm(1, 4)),
        (2, "4", Rhythm(1, 2)),
        (3, "4", Rhythm(1, 1)),  # 1 every 1.3 weeks would be fewer than 3: 1 a week
        (0, "4", Rhythm(0)),
    ],
)
def test_a_month_of_actions_becomes_a_weekly_rhythm_never_short(
    actions: int, weeks: str, rhythm: Rhythm
) -> None:
    assert weekly_rhythm(actions, Decimal(weeks)) == rhythm
    # Kept over the month, the rhythm gets at least the actions done.
    assert rhythm.count * int(Decimal(weeks) // rhythm.weeks) >= actions


@pytest.mark.parametrize(
    ("actions", "months", "rhythm"),
    [
        (250, "12", MonthlyRhythm(21)),  # 20.8 calls a month: 21
        (12, "12", MonthlyRhythm(1)),
        (4, "12", MonthlyRhythm(1, 3)),  # four wins a year: one every 3 months, not 0.3 a month
        (5, "12", MonthlyRhythm(1, 2)),  # 1 every 2.4 months would be fewer than 5: every 2
        (0, "12", MonthlyRhythm(0)),
    ],
)
def test_a_period_of_actions_becomes_a_monthly_rhythm_never_short(
    actions: int, months: str, rhythm: MonthlyRhythm
) -> None:
    assert monthly_rhythm(actions, Decimal(months)) == rhythm
    assert rhythm.count * int(Decimal(months) // rhythm.months) >= actions
