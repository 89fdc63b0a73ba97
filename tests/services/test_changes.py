"""Undo and redo through pictures of the rows a change touches."""

from datetime import date
from decimal import Decimal

from esn_desktop.domain.pipeline import Stage
from esn_desktop.services.account_editing import ContactFields, delete_contact, save_contact
from esn_desktop.services.accounts import account_detail, move_opportunity
from esn_desktop.services.changes import Recording, consultant_rows, opportunity_rows, swap
from esn_desktop.services.consultants import delete_consultant, list_consultants
from esn_desktop.services.missions import list_missions
from esn_desktop.store.snapshots import Rows


def lemaire(workspace):
    return account_detail(workspace, 2)


def test_a_stage_move_is_undone_and_redone_with_its_history(small_workspace) -> None:
    deal = lemaire(small_workspace).opportunities[0]
    recording = Recording(small_workspace, opportunity_rows(deal.id))
    move_opportunity(small_workspace, opportunity_id=deal.id, stage=Stage.WON, day=date(2026, 12, 4))
    before = recording.finish()

    after = swap(small_workspace, before)  # undo
    undone = lemaire(small_workspace).opportunities[0]
    assert (undone.stage, undone.probability, undone.history) == (deal.stage, deal.probability, deal.history)

    swap(small_workspace, after)  # redo
    redone = lemaire(small_workspace).opportunities[0]
    assert redone.stage is Stage.WON
    assert redone.history[-1].stage is Stage.WON


def test_undoing_a_creation_removes_only_what_was_added(small_workspace) -> None:
    recording = Recording(small_workspace, adds_to=("contacts",))
    save_contact(small_workspace, ContactFields("Anne", "Vidal", email="a.vidal@lemaire.fr"), account_id=2)
    before = recording.finish()
    assert [c.name for c in lemaire(small_workspace).contacts] == ["Julien Faure", "Anne Vidal"]
    swap(small_workspace, before)
    assert [c.name for c in lemaire(small_workspace).contacts] == ["Julien Faure"]


def test_a_deleted_contact_comes_back_on_its_activities(small_workspace) -> None:
    julien = lemaire(small_workspace).contacts[0]
    with_julien = [a.id for a in lemaire(small_workspace).timeline if a.contact == "Julien Faure"]
    assert with_julien
    key = (julien.id,)
    recording = Recording(
        small_workspace, [Rows("contacts", "id", key), Rows("activities", "contact_id", key)]
    )
    delete_contact(small_workspace, contact_id=julien.id)
    assert all(a.contact is None for a in lemaire(small_workspace).timeline)
    swap(small_workspace, recording.finish())
    assert [a.id for a in lemaire(small_workspace).timeline if a.contact == "Julien Faure"] == with_julien


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
    from esn_desktop.services.account_editing import delete_opportunity
    from esn_desktop.services.action_plans import PlanInput, Push, load_plan, save_plan

    deal = lemaire(small_workspace).opportunities[0]
    november = date(2026, 11, 1)
    save_plan(
        small_workspace, plan=PlanInput("Karim Benali", november, pushes=(Push(deal.id, "Soutenance"),))
    )
    recording = Recording(small_workspace, opportunity_rows(deal.id))
    delete_opportunity(small_workspace, opportunity_id=deal.id)
    assert load_plan(small_workspace, salesperson="Karim Benali", month=november).pushes == ()
    swap(small_workspace, recording.finish())
    restored = load_plan(small_workspace, salesperson="Karim Benali", month=november)
    assert restored.pushes == (Push(deal.id, "Soutenance"),)
