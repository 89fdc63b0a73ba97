"""An offline plan's fingerprint (store/offline_copy.py): what tells at sync whether the team
edited the plan since the copy. It must stay the one copies already made hold."""

from __future__ import annotations

from esn_desktop.store.offline_copy import fingerprint

PLAN = {
    "salesperson_id": 1,
    "month": "2026-12-01",
    "revenue_goal": "30000.00",
    "notes": "Pousser la TMA",
    "action_plan_accounts": [{"account_id": 3}, {"account_id": 1}],
    "action_plan_rules": [
        {"segment": "pme", "kind": "call", "count": 2, "per": "month"},
        {"segment": "eti", "kind": "meeting", "count": 1, "per": "month"},
    ],
    "action_plan_pushes": [],
}
#: What a copy made by the first version holding offline copies stored for PLAN.
STORED_BEFORE = "3d2ffd2cd1bb73b334b3d708d2cda9890e820b412b3e038a529ce13cfe38a936"


def test_the_fingerprint_is_the_one_copies_already_hold() -> None:
    assert fingerprint(PLAN) == STORED_BEFORE


def test_the_order_of_a_plans_lines_is_no_edit() -> None:
    # Each engine gives the lines its own ids: the same plan read on both compares equal.
    reordered = {
        **PLAN,
        **{key: list(reversed(PLAN[key])) for key in ("action_plan_accounts", "action_plan_rules")},
    }
    assert fingerprint(reordered) == STORED_BEFORE
    assert fingerprint({**PLAN, "notes": "Autre chose"}) != STORED_BEFORE
