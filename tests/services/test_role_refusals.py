"""A salesperson's write on another salesperson's row, in a team database (issue 16, point 3).

Row-level security leaves such a row out of an update or a delete: the statement matches no row,
which SQLAlchemy reports as a stale row and the window said as "changed meanwhile by someone
else", or, for a delete, nothing at all while nothing was deleted. Each is the role's refusal
(reason "team_not_allowed"), nothing written; the same writes on the salesperson's own rows go in.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from esn_desktop.domain.pipeline import Stage
from esn_desktop.services.account_editing import OpportunityFields, delete_opportunity, save_opportunity
from esn_desktop.services.accounts import move_opportunity
from esn_desktop.services.action_plans import PlanInput, load_plan, save_plan
from esn_desktop.services.changes import ChangedMeanwhileError, revert
from esn_desktop.services.no_shows import book_slot, mark_no_show, mark_rescheduled
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.errors import WorkspaceError
from esn_desktop.store.snapshots import take_picture
from tests.team_logins import salesperson_login

NOVEMBER, TODAY, MONDAY_TEN = date(2026, 11, 1), date(2026, 11, 30), datetime(2026, 12, 7, 10)
# The small example's rows: Hélène Garnier's meeting and won deal; Karim Benali's meeting and deal.
HELENES_MEETING, KARIMS_MEETING = 1, 3
HELENES_DEAL, KARIMS_DEAL = 1, 2
PASSWORD = "karim-secret-1"


@pytest.fixture
def karim(team_workspace: Workspace) -> Iterator[Workspace]:
    """The example in a team database (its director's `team_workspace`), opened by a salesperson
    login tied to Karim Benali."""
    with salesperson_login(team_workspace, "Karim Benali", PASSWORD) as workspace:
        yield workspace


def _refused_by_role(call: object) -> WorkspaceError:
    assert callable(call)
    with pytest.raises(WorkspaceError) as refused:
        call()
    assert refused.value.reason == "team_not_allowed", str(refused.value)
    assert str(refused.value).startswith("your login (salesperson) may not make this change in ")
    return refused.value


def _activity(workspace: Workspace, activity_id: int) -> m.Activity:
    with workspace.session() as session:
        found = session.get(m.Activity, activity_id)
        assert found is not None
        session.expunge(found)
        return found


def _deal(workspace: Workspace, deal_id: int) -> m.Opportunity | None:
    with workspace.session() as session:
        found = session.get(m.Opportunity, deal_id)
        if found is not None:
            session.expunge(found)
        return found


def test_another_salespersons_meeting_is_not_marked_nor_rescheduled(team_workspace, karim) -> None:
    _refused_by_role(lambda: mark_no_show(karim, activity_id=HELENES_MEETING))
    assert _activity(team_workspace, HELENES_MEETING).status == "done"
    with team_workspace.session() as session:  # no reminder written for it either
        assert session.scalars(select(m.Activity).where(m.Activity.notes.like("no-show%"))).all() == []

    # The director marks it; Karim can neither say it was rescheduled nor book it again.
    mark_no_show(team_workspace, activity_id=HELENES_MEETING)
    _refused_by_role(lambda: mark_rescheduled(karim, no_show_id=HELENES_MEETING, today=TODAY))
    assert _activity(team_workspace, HELENES_MEETING).rescheduled_on is None
    _refused_by_role(lambda: book_slot(karim, no_show_id=HELENES_MEETING, starts_at=MONDAY_TEN, today=TODAY))

    # His own meeting: marked, its reminder his.
    reminder = mark_no_show(karim, activity_id=KARIMS_MEETING).value
    assert _activity(team_workspace, KARIMS_MEETING).status == "no_show"
    assert _activity(team_workspace, reminder).owner_id == _activity(team_workspace, KARIMS_MEETING).owner_id
    mark_rescheduled(karim, no_show_id=KARIMS_MEETING, today=TODAY)
    assert _activity(team_workspace, KARIMS_MEETING).rescheduled_on == TODAY


def test_another_salespersons_deal_is_neither_moved_edited_nor_deleted(team_workspace, karim) -> None:
    before = _deal(team_workspace, HELENES_DEAL)
    assert before is not None
    _refused_by_role(
        lambda: move_opportunity(karim, opportunity_id=HELENES_DEAL, stage=Stage.LOST, day=TODAY)
    )
    fields = OpportunityFields(before.title, Decimal(1), before.expected_close, "Hélène Garnier", None)
    _refused_by_role(
        lambda: save_opportunity(
            karim,
            fields,
            account_id=before.account_id,
            today=TODAY,
            opportunity_id=HELENES_DEAL,
            seen=before.version,
        )
    )
    _refused_by_role(lambda: delete_opportunity(karim, opportunity_id=HELENES_DEAL))  # once said nothing
    after = _deal(team_workspace, HELENES_DEAL)
    assert after is not None
    assert (after.stage, after.amount, after.version) == (before.stage, before.amount, before.version)

    # His own deal moves; one the director saved since he read it is still "changed meanwhile".
    move_opportunity(karim, opportunity_id=KARIMS_DEAL, stage=Stage.NEGOTIATION, day=TODAY)
    mine = _deal(team_workspace, KARIMS_DEAL)
    assert mine is not None and mine.stage == Stage.NEGOTIATION
    mark = OpportunityFields(mine.title, Decimal(12_345), mine.expected_close, "Karim Benali", None)
    save_opportunity(
        team_workspace, mark, account_id=mine.account_id, today=TODAY, opportunity_id=KARIMS_DEAL
    )
    with pytest.raises(ChangedMeanwhileError) as meanwhile:
        save_opportunity(
            karim,
            mark,
            account_id=mine.account_id,
            today=TODAY,
            opportunity_id=KARIMS_DEAL,
            seen=mine.version,
        )
    assert meanwhile.value.kind == "deal"


def test_another_salespersons_plan_is_not_replaced(team_workspace, karim) -> None:
    helene = PlanInput("Hélène Garnier", NOVEMBER, Decimal(50_000), "Ses notes", account_ids=(1,))
    save_plan(team_workspace, plan=helene)
    _refused_by_role(
        lambda: save_plan(karim, plan=PlanInput("Hélène Garnier", NOVEMBER, Decimal(1), "Les miennes"))
    )
    assert load_plan(team_workspace, salesperson="Hélène Garnier", month=NOVEMBER) == helene
    mine = PlanInput("Karim Benali", NOVEMBER, Decimal(40_000), "Pitch data", account_ids=(2,))
    save_plan(karim, plan=mine)
    assert load_plan(team_workspace, salesperson="Karim Benali", month=NOVEMBER) == mine


def test_undoing_onto_a_row_the_role_may_no_longer_write_is_the_roles_refusal(team_workspace, karim) -> None:
    # Karim marks his meeting; the director then gives the meeting to Hélène: his undo would
    # write her row.
    marked = mark_no_show(karim, activity_id=KARIMS_MEETING)
    with team_workspace.session() as session:
        meeting = session.get(m.Activity, KARIMS_MEETING)
        assert meeting is not None
        meeting.owner_id = session.scalars(
            select(m.Salesperson.id).where(m.Salesperson.name == "Hélène Garnier")
        ).one()
    changes = marked.changes
    # Past the history's own check (the rows as the mark left them), the server refuses it.
    with team_workspace.session() as session:
        now = take_picture(session, changes.undo.scopes if changes.undo else ())
    _refused_by_role(lambda: revert(karim, replace(changes, after=now)))
    assert _activity(team_workspace, KARIMS_MEETING).status == "no_show"


def test_a_salesperson_sets_no_objective_not_even_their_own(team_workspace, karim) -> None:
    from esn_desktop.domain.calendar import Period
    from esn_desktop.domain.objectives import Criterion, Metric
    from esn_desktop.services.objectives import (
        ObjectiveTerms,
        delete_objective,
        objectives_in,
        salespeople_to_aim,
        save_objective,
    )

    before = objectives_in(team_workspace, Period.month(2026, 11)).outcomes
    own = next(o.objective_id for o in before if o.salesperson == "Karim Benali")
    assert own is not None
    karim_id = {name: i for i, name in salespeople_to_aim(karim)}["Karim Benali"]
    easier = (
        Criterion(Metric.SIGNED_REVENUE, Decimal(1), Decimal(1)),
        Criterion(Metric.CALLS, Decimal(1), Decimal(1)),
    )
    terms = ObjectiveTerms(karim_id, date(2026, 10, 1), date(2026, 12, 31), easier)
    _refused_by_role(lambda: save_objective(karim, objective_id=own, terms=terms))
    _refused_by_role(lambda: delete_objective(karim, objective_id=own))
    _refused_by_role(lambda: save_objective(karim, objective_id=None, terms=replace(terms, start=NOVEMBER)))
    assert objectives_in(team_workspace, Period.month(2026, 11)).outcomes == before
