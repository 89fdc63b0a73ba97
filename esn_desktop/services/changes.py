"""Recording a change so it can be undone and redone: the rows it touched, before and after."""

from __future__ import annotations

from collections.abc import Iterable

from esn_desktop.store.database import Workspace
from esn_desktop.store.snapshots import Picture, Rows, added_since, highest_ids, put_back, take_picture


class Recording:
    """Started before a change with the rows it may update or delete and the tables it may add to;
    `finish` after it gives the picture that undoes it."""

    def __init__(
        self, workspace: Workspace, touches: Iterable[Rows] = (), adds_to: Iterable[str] = ()
    ) -> None:
        self.workspace = workspace
        with workspace.session() as session:
            self.before = take_picture(session, touches)
            self.marks = highest_ids(session, adds_to)

    def finish(self) -> Picture:
        with self.workspace.session() as session:
            added = added_since(session, self.marks)
        return Picture({**self.before.rows, **{scope: [] for scope in added}})


def swap(workspace: Workspace, picture: Picture) -> Picture:
    """Puts `picture` back in one transaction and returns what it replaced: undo and redo in one."""
    with workspace.session() as session:
        current = take_picture(session, picture.scopes)
        put_back(session, picture)
        return current


def consultant_rows(consultant_id: int) -> list[Rows]:
    """A consultant with what is theirs: skills, leave and missions."""
    key = (consultant_id,)
    return [
        Rows("consultants", "id", key),
        Rows("consultant_skills", "consultant_id", key),
        Rows("leaves", "consultant_id", key),
        Rows("missions", "consultant_id", key),
    ]


def opportunity_rows(opportunity_id: int) -> list[Rows]:
    """An opportunity with its stage history and the action plans that push it."""
    key = (opportunity_id,)
    return [
        Rows("opportunities", "id", key),
        Rows("stage_changes", "opportunity_id", key),
        Rows("action_plan_pushes", "opportunity_id", key),
    ]


def no_show_rows(no_show_id: int) -> list[Rows]:
    """A missed meeting with the slots held for it: what booking it or marking it rescheduled
    updates (a booking adds its meeting to NO_SHOW_TABLES)."""
    key = (no_show_id,)
    return [Rows("activities", "id", key), Rows("slot_holds", "no_show_id", key)]


#: What booking a missed meeting's slot adds to: the meeting planned.
NO_SHOW_TABLES = ("activities",)


#: What saving an action plan may add to.
ACTION_PLAN_TABLES = ("action_plans", "action_plan_accounts", "action_plan_rules", "action_plan_pushes")


def action_plan_rows(plan_id: int | None) -> list[Rows]:
    """A saved plan with its targets, rules and deals to push (nothing yet for a new one)."""
    if plan_id is None:
        return []
    key = (plan_id,)
    return [Rows("action_plans", "id", key)] + [
        Rows(table, "plan_id", key) for table in ACTION_PLAN_TABLES[1:]
    ]
