import json
from datetime import date, datetime

from sqlalchemy import select

from esn_desktop.services.account_list import AccountFilter, account_ids
from esn_desktop.services.action_plans import PlanInput, Push, save_plan
from esn_desktop.services.changes import revert
from esn_desktop.services.deletion import AccountDeletionImpact, account_deletion_impact, delete_account
from esn_desktop.services.no_shows import hold_slots, mark_no_show
from esn_desktop.services.topics import Topic
from esn_desktop.services.transfer import export_workspace
from esn_desktop.store import models as m


def document(workspace, tmp_path) -> dict:
    export_workspace(workspace, tmp_path / "out.json", force=True)  # one snapshot replaces the last
    return json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))


def test_deleting_an_account_takes_what_goes_with_it_and_undo_brings_it_all_back(
    small_workspace, tmp_path
) -> None:
    save_plan(
        small_workspace,
        plan=PlanInput("Karim Benali", date(2026, 11, 1), account_ids=(2,), pushes=(Push(2, "Soutenance"),)),
    )
    before = document(small_workspace, tmp_path)
    lemaire = account_ids(small_workspace, AccountFilter(search="lemaire"))[0]
    assert account_deletion_impact(small_workspace, lemaire) == AccountDeletionImpact(
        contacts=1, deals=1, activities=4, missions=1
    )
    changes = delete_account(small_workspace, name="Transports Lemaire")
    assert changes.topics == {
        Topic.ACCOUNTS,
        Topic.CONTACTS,
        Topic.DEALS,
        Topic.ACTIVITIES,
        Topic.MISSIONS,
        Topic.ACTION_PLANS,
    }
    after = document(small_workspace, tmp_path)
    assert [a["name"] for a in after["accounts"]] == ["Mutuelle Horizon", "Boulangeries Réunies"]
    assert len(after["activities"]) == 4 and len(after["missions"]) == 1
    assert (after["action_plans"][0]["targets"], after["action_plans"][0]["pushes"]) == ([], [])

    redo = revert(small_workspace, changes)  # undo: every row back, with its id
    assert document(small_workspace, tmp_path) == before
    assert account_ids(small_workspace, AccountFilter(search="lemaire")) == [lemaire]

    revert(small_workspace, redo)  # redo
    assert document(small_workspace, tmp_path) == after


def test_the_slots_held_for_the_accounts_no_shows_come_back_too(small_workspace) -> None:
    with small_workspace.session() as session:
        meeting = session.scalars(
            select(m.Activity.id).where(
                m.Activity.account_id == 1, m.Activity.activity_date == date(2026, 11, 4)
            )
        ).one()
    mark_no_show(small_workspace, activity_id=meeting)
    hold_slots(
        small_workspace, no_show_id=meeting, slots=[datetime(2026, 11, 23, 10)], today=date(2026, 11, 22)
    )

    def holds() -> list[datetime]:
        with small_workspace.session() as session:
            return list(session.scalars(select(m.SlotHold.starts_at).where(m.SlotHold.no_show_id == meeting)))

    changes = delete_account(small_workspace, name="Mutuelle Horizon")
    assert holds() == []
    revert(small_workspace, changes)
    assert holds() == [datetime(2026, 11, 23, 10)]


def test_an_undo_the_file_no_longer_takes_is_refused_whole(small_workspace, tmp_path) -> None:
    from esn_desktop.domain.records import AccountRecord
    from esn_desktop.services.account_editing import save_account
    from esn_desktop.services.changes import CannotUndo

    changes = delete_account(small_workspace, name="Transports Lemaire")
    save_account(small_workspace, AccountRecord("Transports Lemaire"))  # the name taken again
    meanwhile = document(small_workspace, tmp_path)
    try:
        revert(small_workspace, changes)
    except CannotUndo as refused:
        assert "cannot be undone" in str(refused)
    else:
        raise AssertionError("the old account came back over the new one")
    assert document(small_workspace, tmp_path) == meanwhile  # nothing written
