"""Undo and redo of what a write says it changed: `revert` puts its rows back, and its answer
puts them back again."""

from datetime import date
from decimal import Decimal

import pytest

from esn_desktop.domain.pipeline import Stage
from esn_desktop.services.account_editing import (
    ContactFields,
    delete_contact,
    delete_opportunity,
    save_contact,
)
from esn_desktop.services.accounts import account_detail, move_opportunity
from esn_desktop.services.changes import changing, revert
from esn_desktop.services.consultants import consultant_rows, delete_consultant, list_consultants
from esn_desktop.services.missions import list_missions
from esn_desktop.services.no_shows import mark_no_show, no_show_queue
from esn_desktop.services.topics import Topic
from esn_desktop.store import models as m
from esn_desktop.store.snapshots import Rows


def lemaire(workspace):
    return account_detail(workspace, 2)


def test_a_stage_move_is_undone_and_redone_with_its_history(small_workspace) -> None:
    deal = lemaire(small_workspace).opportunities[0]
    changes = move_opportunity(
        small_workspace, opportunity_id=deal.id, stage=Stage.WON, day=date(2026, 12, 4)
    )
    # The deal and its history: what a move changes, and nothing else.
    assert changes.topics == {Topic.DEALS}

    redo = revert(small_workspace, changes)  # undo
    undone = lemaire(small_workspace).opportunities[0]
    assert (undone.stage, undone.probability, undone.history) == (deal.stage, deal.probability, deal.history)

    revert(small_workspace, redo)  # redo
    redone = lemaire(small_workspace).opportunities[0]
    assert redone.stage is Stage.WON
    assert redone.history[-1].stage is Stage.WON


def test_a_change_refused_halfway_writes_nothing(small_workspace) -> None:
    with pytest.raises(ValueError), changing(small_workspace, adds_to=("contacts",)) as change:
        change.session.add(m.Contact(account_id=2, first_name="Anne", last_name="Vidal"))
        change.session.flush()
        raise ValueError("refused halfway")
    assert [c.name for c in lemaire(small_workspace).contacts] == ["Julien Faure"]


def test_undoing_a_creation_removes_only_what_was_added(small_workspace) -> None:
    saved = save_contact(
        small_workspace, ContactFields("Anne", "Vidal", email="a.vidal@lemaire.fr"), account_id=2
    )
    assert saved.changes.topics == {Topic.CONTACTS}
    assert saved.changes.added == (Rows("contacts", "id", (saved.value,)),)
    assert [c.name for c in lemaire(small_workspace).contacts] == ["Julien Faure", "Anne Vidal"]
    redo = revert(small_workspace, saved.changes)
    assert [c.name for c in lemaire(small_workspace).contacts] == ["Julien Faure"]
    revert(small_workspace, redo)
    assert [c.name for c in lemaire(small_workspace).contacts] == ["Julien Faure", "Anne Vidal"]


def test_a_deleted_contact_comes_back_on_its_activities(small_workspace) -> None:
    julien = lemaire(small_workspace).contacts[0]
    timeline = [a.id for a in lemaire(small_workspace).timeline]
    with_julien = [a.id for a in lemaire(small_workspace).timeline if a.contact == "Julien Faure"]
    assert with_julien
    changes = delete_contact(small_workspace, contact_id=julien.id)
    assert changes.topics == {Topic.CONTACTS, Topic.ACTIVITIES}
    assert all(a.contact is None for a in lemaire(small_workspace).timeline)
    redo = revert(small_workspace, changes)
    assert [a.id for a in lemaire(small_workspace).timeline if a.contact == "Julien Faure"] == with_julien
    undo = revert(small_workspace, redo)
    # Redone: the contact goes again, the activities stay, without them.
    assert lemaire(small_workspace).contacts == ()
    assert [a.id for a in lemaire(small_workspace).timeline] == timeline
    assert all(a.contact is None for a in lemaire(small_workspace).timeline)
    revert(small_workspace, undo)
    assert [a.id for a in lemaire(small_workspace).timeline if a.contact == "Julien Faure"] == with_julien


def test_a_deleted_deals_activities_stay_when_its_deletion_is_redone(small_workspace) -> None:
    from sqlalchemy import select

    from esn_desktop.services.account_editing import delete_opportunity
    from esn_desktop.store import models as m

    def deals_of_activities() -> dict[int, int | None]:
        with small_workspace.session() as session:
            return dict(session.execute(select(m.Activity.id, m.Activity.opportunity_id)).all())

    deal = lemaire(small_workspace).opportunities[0]
    before = deals_of_activities()
    about_it = [i for i, d in before.items() if d == deal.id]
    assert about_it
    changes = delete_opportunity(small_workspace, opportunity_id=deal.id)
    redo = revert(small_workspace, changes)
    assert deals_of_activities() == before
    revert(small_workspace, redo)
    # Redone: the deal goes again; the activities about it stay, without it.
    assert deals_of_activities() == {i: (None if i in about_it else d) for i, d in before.items()}


def test_a_no_show_and_its_reminder_are_undone_together(small_workspace) -> None:
    # Mutuelle Horizon's meeting of 4 November, held: marked a no-show, a follow-up is planned.
    horizon = account_detail(small_workspace, 1)
    meeting = next(a for a in horizon.timeline if a.day == date(2026, 11, 4))
    marked = mark_no_show(small_workspace, activity_id=meeting.id)
    assert marked.changes.topics == {Topic.ACTIVITIES}
    assert marked.changes.added == (Rows("activities", "id", (marked.value,)),)
    assert len(no_show_queue(small_workspace, today=date(2026, 11, 22))) == 1

    redo = revert(small_workspace, marked.changes)
    assert account_detail(small_workspace, 1).timeline == horizon.timeline
    assert no_show_queue(small_workspace, today=date(2026, 11, 22)) == []

    revert(small_workspace, redo)
    again = account_detail(small_workspace, 1).timeline
    assert [(a.id, a.kind, a.status, a.day) for a in again if a.id in (meeting.id, marked.value)] == [
        (marked.value, "follow_up", "planned", date(2026, 11, 9)),
        (meeting.id, "meeting", "no_show", date(2026, 11, 4)),
    ]


def test_a_deleted_consultant_comes_back_with_skills_and_missions(small_workspace) -> None:
    from esn_desktop.services.changes import revert

    today = date(2026, 3, 10)
    lucas = next(c for c in list_consultants(small_workspace, today=today) if c.name == "Lucas Moreau")
    missions = [m for m in list_missions(small_workspace) if m.consultant_id == lucas.id]
    changes = delete_consultant(small_workspace, consultant_id=lucas.id)
    assert changes.touched == tuple(consultant_rows(lucas.id))  # said by the service itself
    revert(small_workspace, changes)
    back = next(c for c in list_consultants(small_workspace, today=today) if c.name == "Lucas Moreau")
    assert back == lucas
    assert [m for m in list_missions(small_workspace) if m.consultant_id == lucas.id] == missions
    assert missions[0].terms.daily_rate == Decimal(600)


def test_undoing_a_deals_deletion_puts_it_back_in_the_plans_pushing_it(small_workspace) -> None:
    from esn_desktop.services.action_plans import PlanInput, Push, load_plan, save_plan

    deal = lemaire(small_workspace).opportunities[0]
    about_it = [a.id for a in lemaire(small_workspace).timeline]
    november = date(2026, 11, 1)
    save_plan(
        small_workspace, plan=PlanInput("Karim Benali", november, pushes=(Push(deal.id, "Soutenance"),))
    )
    changes = delete_opportunity(small_workspace, opportunity_id=deal.id)
    assert changes.topics == {Topic.DEALS, Topic.ACTION_PLANS, Topic.ACTIVITIES}
    assert load_plan(small_workspace, salesperson="Karim Benali", month=november).pushes == ()
    redo = revert(small_workspace, changes)
    restored = load_plan(small_workspace, salesperson="Karim Benali", month=november)
    assert restored.pushes == (Push(deal.id, "Soutenance"),)
    assert lemaire(small_workspace).opportunities[0] == deal
    assert [a.id for a in lemaire(small_workspace).timeline] == about_it
    revert(small_workspace, redo)
    assert lemaire(small_workspace).opportunities == ()
