"""The pipeline board's moves and the no-show queue's bookings go through the operations: each is
one entry on the window's history, Ctrl+Z puts it back and redo makes it again; holding the slots
of a message sent is not undone."""

from datetime import date, datetime

from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select

from esn_desktop.domain.pipeline import Stage
from esn_desktop.services.accounts import account_detail
from esn_desktop.services.no_shows import mark_no_show
from esn_desktop.store import models as m
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.tabs.prospects_tab import PIPELINE_PAGE

#: A Sunday: the queue offers slots on 23 to 27 November.
SUNDAY = date(2026, 11, 22)
#: After every deal's last change: the board may move any of them.
MOVE_DAY = date(2026, 12, 4)
MUTUELLE_HORIZON = 1
TRANSPORTS_LEMAIRE = 2


def open_window(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace, "Exemple")
    qtbot.addWidget(window)
    return window


def open_board(qtbot, window):
    window.prospects.pages.setCurrentIndex(PIPELINE_PAGE)
    board = window.prospects.board
    board.today = MOVE_DAY
    qtbot.waitUntil(lambda: board.models[Stage.PROPOSAL].rowCount() == 1)
    return board


def titles(board, stage: Stage) -> list[str]:
    return [deal.title for deal in board.models[stage].deals]


def deal_stage(workspace, account_id: int, title: str) -> Stage:
    return next(o.stage for o in account_detail(workspace, account_id).opportunities if o.title == title)


def test_a_deal_moved_from_its_menu_comes_back_on_undo_and_moves_again_on_redo(
    qtbot, small_workspace
) -> None:
    window = open_window(qtbot, small_workspace)
    board = open_board(qtbot, window)
    view = board.views[Stage.PROPOSAL]
    view.selectionModel().select(
        board.models[Stage.PROPOSAL].index(0), QItemSelectionModel.SelectionFlag.Select
    )
    menu = board.context_menu(view)
    move_to = next(a.menu() for a in menu.actions() if a.text() == "Move to")
    negotiation = next(a for a in move_to.actions() if a.text() == "Negotiation")
    with qtbot.waitSignal(board.loaded):
        negotiation.trigger()
    assert titles(board, Stage.NEGOTIATION) == ["Migration cloud"]
    assert window.undo_stack.undoText() == "Move Migration cloud to Negotiation"
    history = account_detail(small_workspace, TRANSPORTS_LEMAIRE).opportunities[0].history
    assert (history[-1].stage, history[-1].day) == (Stage.NEGOTIATION, MOVE_DAY)

    with qtbot.waitSignal(board.loaded):
        window.undo_stack.undo()
    assert (titles(board, Stage.PROPOSAL), titles(board, Stage.NEGOTIATION)) == (["Migration cloud"], [])
    undone = account_detail(small_workspace, TRANSPORTS_LEMAIRE).opportunities[0]
    assert (undone.stage, undone.history[-1].stage) == (Stage.PROPOSAL, Stage.PROPOSAL)

    with qtbot.waitSignal(board.loaded):
        window.undo_stack.redo()
    assert (titles(board, Stage.PROPOSAL), titles(board, Stage.NEGOTIATION)) == ([], ["Migration cloud"])
    assert deal_stage(small_workspace, TRANSPORTS_LEMAIRE, "Migration cloud") is Stage.NEGOTIATION


def test_deals_dropped_together_are_one_change_undone_together(qtbot, small_workspace) -> None:
    window = open_window(qtbot, small_workspace)
    board = open_board(qtbot, window)
    ids = [board.models[Stage.PROPOSAL].deals[0].id, board.models[Stage.QUALIFIED].deals[0].id]
    with qtbot.waitSignal(board.loaded):
        board.move_deals(ids, Stage.LOST)  # what a drop of both cards asks for
    assert sorted(titles(board, Stage.LOST)) == ["Audit sécurité", "Migration cloud", "TMA caisse"]
    assert (window.undo_stack.count(), window.undo_stack.undoText()) == (1, "Move to Lost")

    with qtbot.waitSignal(board.loaded):
        window.undo_stack.undo()
    assert titles(board, Stage.LOST) == ["Audit sécurité"]
    assert (titles(board, Stage.PROPOSAL), titles(board, Stage.QUALIFIED)) == (
        ["Migration cloud"],
        ["TMA caisse"],
    )

    with qtbot.waitSignal(board.loaded):
        window.undo_stack.redo()
    assert sorted(titles(board, Stage.LOST)) == ["Audit sécurité", "Migration cloud", "TMA caisse"]


def queue_of_one_no_show(qtbot, workspace):
    """The window's queue holding Mutuelle Horizon's meeting of 4 November, marked missed."""
    with workspace.session() as session:
        meeting = session.execute(
            select(m.Activity.id).where(m.Activity.activity_date == date(2026, 11, 4))
        ).scalar_one()
    mark_no_show(workspace, activity_id=meeting)
    window = open_window(qtbot, workspace)
    queue = window.prospects.no_shows
    queue.today = SUNDAY
    queue.reload()
    qtbot.waitUntil(lambda: queue.task is None and queue.list.count() == 1)
    return window, queue


def planned_meetings(workspace) -> list[tuple[date, object]]:
    timeline = account_detail(workspace, MUTUELLE_HORIZON).timeline
    return [(a.day, a.start) for a in timeline if a.kind == "meeting" and a.status == "planned"]


def test_a_booked_slot_is_undone_and_booked_again(qtbot, small_workspace) -> None:
    window, queue = queue_of_one_no_show(qtbot, small_workspace)
    queue.slots.setCurrentRow(1)
    assert queue.slots.currentItem().text() == "mar. 24/11/2026 14:00"
    qtbot.mouseClick(queue.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.task is None and queue.list.count() == 0)
    booked = datetime(2026, 11, 24, 14, 0)
    assert queue.booking is not None and queue.booking.starts_at == booked
    assert planned_meetings(small_workspace) == [(booked.date(), booked.time())]
    assert window.undo_stack.undoText() == "Meeting at Mutuelle Horizon booked"

    window.undo_stack.undo()  # the meeting goes, the no-show is back in the queue with its slots
    qtbot.waitUntil(lambda: queue.task is None and queue.list.count() == 1)
    assert planned_meetings(small_workspace) == []
    assert queue.slots.count() == 3

    window.undo_stack.redo()
    qtbot.waitUntil(lambda: queue.task is None and queue.list.count() == 0)
    assert planned_meetings(small_workspace) == [(booked.date(), booked.time())]


def test_marked_rescheduled_is_undone_and_marked_again(qtbot, small_workspace) -> None:
    window, queue = queue_of_one_no_show(qtbot, small_workspace)
    qtbot.mouseClick(queue.rescheduled_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.task is None and queue.list.count() == 0)
    assert window.undo_stack.undoText() == "No-show at Mutuelle Horizon rescheduled"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: queue.task is None and queue.list.count() == 1)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: queue.task is None and queue.list.count() == 0)
    assert planned_meetings(small_workspace) == []  # agreed by phone: nothing planned here


def test_slots_held_for_a_message_sent_stay_off_the_history(qtbot, small_workspace) -> None:
    window, queue = queue_of_one_no_show(qtbot, small_workspace)
    heard = []
    window.events.data_changed.connect(heard.append)
    qtbot.mouseClick(queue.copy_button, Qt.MouseButton.LeftButton)
    with small_workspace.session() as session:
        held = session.execute(select(m.SlotHold.starts_at).order_by(m.SlotHold.starts_at)).scalars().all()
    assert [queue.formatter.moment(slot) for slot in held] == [
        queue.slots.item(row).text() for row in range(queue.slots.count())
    ]
    # Nothing to undo (the message is gone out) and nothing for the views to read again.
    assert (window.undo_stack.count(), heard, queue.task) == (0, [], None)
