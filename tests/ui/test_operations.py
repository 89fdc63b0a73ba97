"""The operations runner: a write on the history and announced; an undo the file refuses dropped
from the history and said; a write off the history that may take ids the history would put
back ends the history."""

from datetime import date, datetime

import pytest
from PySide6.QtGui import QUndoStack

from esn_desktop.domain.records import AccountRecord
from esn_desktop.services.account_editing import save_account
from esn_desktop.services.account_list import AccountFilter, account_ids
from esn_desktop.services.deletion import delete_account
from esn_desktop.services.no_shows import hold_slots, mark_no_show
from esn_desktop.services.topics import Topic
from esn_desktop.ui.events import DataEvents
from esn_desktop.ui.operations import Operations


@pytest.fixture
def operations(qapp, small_workspace) -> Operations:
    return Operations(small_workspace, QUndoStack(), DataEvents())


def accounts(workspace) -> list[int]:
    return account_ids(workspace, AccountFilter())


def test_an_undo_refused_by_the_file_leaves_the_history_and_is_said(operations, small_workspace) -> None:
    heard: list[object] = []
    refused: list[object] = []
    operations.events.data_changed.connect(heard.append)
    operations.refused.connect(refused.append)
    operations.run("Account Atelier", lambda: save_account(small_workspace, AccountRecord("Atelier Nord")))
    operations.apply("Delete Lemaire", lambda: delete_account(small_workspace, name="Transports Lemaire"))
    atelier = operations.undo_stack.command(0)
    save_account(small_workspace, AccountRecord("Transports Lemaire"))  # written elsewhere meanwhile
    shown, announced = accounts(small_workspace), len(heard)
    stack = operations.undo_stack
    assert stack.count() == 2

    stack.undo()  # the deletion cannot come back over the new account of that name
    assert len(refused) == 1 and "cannot be undone" in str(refused[0])
    assert accounts(small_workspace) == shown
    assert len(heard) == announced  # nothing changed, nothing announced
    assert (stack.count(), stack.index(), stack.command(0)) == (1, 1, atelier)

    stack.undo()  # the change before it still undoes
    assert len(accounts(small_workspace)) == len(shown) - 1
    assert heard[-1] == {Topic.ACCOUNTS}


def test_slots_held_after_a_deletion_on_the_history_end_the_history(operations, small_workspace) -> None:
    from sqlalchemy import select

    from esn_desktop.store import models as m

    with small_workspace.session() as session:
        meeting = session.scalars(
            select(m.Activity.id).where(
                m.Activity.account_id == 1, m.Activity.activity_date == date(2026, 11, 4)
            )
        ).one()
    operations.run("No-show", lambda: mark_no_show(small_workspace, activity_id=meeting))
    slots = [datetime(2026, 11, 23, 10)]
    operations.run(
        "Hold", lambda: hold_slots(small_workspace, no_show_id=meeting, slots=slots, today=date(2026, 11, 22))
    )
    assert operations.undo_stack.count() == 1  # holding slots is off the history, and touches none of it

    operations.apply("Delete Horizon", lambda: delete_account(small_workspace, name="Mutuelle Horizon"))
    assert operations.undo_stack.count() == 2
    # Another no-show's slots held now may take the ids the deletion freed: undoing the deletion
    # would write its holds over them, so the history ends here.
    with small_workspace.session() as session:
        other = session.scalars(
            select(m.Activity.id).where(m.Activity.account_id == 2).order_by(m.Activity.id)
        ).first()
    assert other is not None
    operations.run("No-show", lambda: mark_no_show(small_workspace, activity_id=other))
    operations.run(
        "Hold", lambda: hold_slots(small_workspace, no_show_id=other, slots=slots, today=date(2026, 11, 22))
    )
    assert operations.undo_stack.count() == 0
