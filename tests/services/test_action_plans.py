"""Saving an action plan says what it changed, and that change is undone and redone whole."""

from datetime import date
from decimal import Decimal

import pytest

from esn_desktop.domain.action_plans import ActionRule, Frequency
from esn_desktop.domain.activities import ActivityKind
from esn_desktop.domain.errors import ValidationError
from esn_desktop.services.action_plans import PlanInput, Push, load_plan, plan_id, save_plan
from esn_desktop.services.changes import revert
from esn_desktop.services.topics import Topic

NOVEMBER = date(2026, 11, 1)
MEETINGS = ActionRule("grand_compte", ActivityKind.MEETING, 3, Frequency.MONTH)
CALLS = ActionRule("pme", ActivityKind.CALL, 12, Frequency.QUARTER)


def test_a_first_plan_is_added_then_undone_and_redone(small_workspace) -> None:
    plan = PlanInput(
        "Karim Benali",
        NOVEMBER,
        Decimal(40000),
        "Pitch data",
        account_ids=(2,),
        rules=(MEETINGS, CALLS),
        pushes=(Push(1, "Soutenance", date(2026, 11, 24)),),
    )
    saved = save_plan(small_workspace, plan=plan)

    assert saved.value == plan_id(small_workspace, salesperson="Karim Benali", month=NOVEMBER)
    assert saved.changes.topics == {Topic.ACTION_PLANS}
    assert saved.changes.touched == ()  # nothing stored before: only rows added
    # The plan, its target, its two rules and its deal to push.
    assert sorted((rows.table, len(rows.values)) for rows in saved.changes.added) == [
        ("action_plan_accounts", 1),
        ("action_plan_pushes", 1),
        ("action_plan_rules", 2),
        ("action_plans", 1),
    ]
    assert load_plan(small_workspace, salesperson="Karim Benali", month=NOVEMBER) == plan

    redo = revert(small_workspace, saved.changes)
    assert redo.topics == {Topic.ACTION_PLANS}
    assert load_plan(small_workspace, salesperson="Karim Benali", month=NOVEMBER) is None
    revert(small_workspace, redo)
    assert load_plan(small_workspace, salesperson="Karim Benali", month=NOVEMBER) == plan


def test_replacing_a_plan_is_undone_back_to_the_plan_before(small_workspace) -> None:
    first = PlanInput("Karim Benali", NOVEMBER, Decimal(40000), "Pitch data", (2,), (MEETINGS,))
    first_id = save_plan(small_workspace, plan=first).value
    second = PlanInput("Karim Benali", NOVEMBER, None, "Autre pitch", (), (CALLS, MEETINGS))
    replaced = save_plan(small_workspace, plan=second)

    assert replaced.value == first_id  # the same plan, its contents replaced
    assert replaced.changes.topics == {Topic.ACTION_PLANS}
    assert {rows.table for rows in replaced.changes.touched} == {
        "action_plans",
        "action_plan_accounts",
        "action_plan_rules",
        "action_plan_pushes",
    }
    redo = revert(small_workspace, replaced.changes)
    assert load_plan(small_workspace, salesperson="Karim Benali", month=NOVEMBER) == first
    revert(small_workspace, redo)
    assert load_plan(small_workspace, salesperson="Karim Benali", month=NOVEMBER) == second


def test_a_refused_plan_changes_nothing(small_workspace) -> None:
    broken = PlanInput("Karim Benali", NOVEMBER, Decimal(-1), rules=(MEETINGS,))
    with pytest.raises(ValidationError) as refused:
        save_plan(small_workspace, plan=broken)
    assert [(p.field, p.reason) for p in refused.value.problems] == [("revenue_goal", "must not be negative")]
    assert load_plan(small_workspace, salesperson="Karim Benali", month=NOVEMBER) is None
