"""The morning's no-shows: a director opens the No-shows page, keeps one salesperson's queue,
books the slot a contact chose, finds the meeting in the account's timeline, and writes the
invitation to send."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QLineEdit, QListWidget

from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.tabs.prospects_tab import ACCOUNTS_PAGE, NO_SHOWS_PAGE
from tests.journeys.driver import Driver, JourneyFailed, Steps, find

#: The slot the contact chose among the three offered: the second.
CHOSEN_SLOT = 1


def no_shows(d: Driver, workspace: str, salesperson: str, invitation: str) -> Steps:
    window = d.window
    assert isinstance(window, MainWindow)
    yield d.until(window.isVisible, "the window shown")
    yield from d.menu("Fichier", "Ouvrir un espace de travail…")
    yield from d.file_dialog("the open dialog", workspace)
    yield d.until(lambda: window.workspace is not None, "the workspace open")
    prospects = window.prospects
    queue = prospects.no_shows

    pages = prospects.pages.tabBar()
    d.click(pages, pages.tabRect(NO_SHOWS_PAGE).center())
    yield d.until(lambda: queue.isVisible() and queue.task is None and queue.list.count(), "the queue read")
    d.shot("no-shows")

    d.click(queue.salesperson)
    popup = queue.salesperson.view()
    yield d.until(popup.isVisible, "the salespeople listed")
    # A combo box's list takes no click in its first moments open (Qt keeps the release of the
    # click that opened it from choosing): a person looks at it first anyway.
    yield d.pause(600)
    d.shot("salespeople")
    _click_row(d, popup, queue.salesperson.findText(salesperson))
    yield d.until(
        lambda: (
            queue.salesperson.currentText() == salesperson
            and queue.items
            and all(item.salesperson == salesperson for item in queue.items)
        ),
        f"only {salesperson}'s no-shows",
    )
    yield d.until(lambda: queue.slots.count() == 3, "three slots offered")
    missed = queue.current()
    assert missed is not None
    slot = missed.slots[CHOSEN_SLOT]
    d.shot("filtered")

    _click_row(d, queue.slots, CHOSEN_SLOT)
    yield d.until(lambda: queue.slots.currentRow() == CHOSEN_SLOT, "the chosen slot selected")
    d.click(queue.book_button)
    yield d.until(
        lambda: (
            queue.task is None
            and queue.booking is not None
            and all(item.activity_id != missed.activity_id for item in queue.all_items)
        ),
        "the no-show out of the queue",
    )
    if not queue.notice.text().startswith("Rendez-vous réservé le"):
        raise JourneyFailed(f"the notice says {queue.notice.text()!r}")
    d.shot("booked")

    d.click(pages, pages.tabRect(ACCOUNTS_PAGE).center())
    yield d.until(prospects.search.isVisible, "the accounts page")
    d.type_into(prospects.search, missed.account)
    yield d.until(lambda: prospects.model.row_of(missed.account_id) is not None, "the account found")
    row = prospects.model.row_of(missed.account_id)
    assert row is not None
    d.click(prospects.table.viewport(), prospects.table.visualRect(prospects.model.index(row, 0)).center())
    panel = prospects.panel
    yield d.until(
        lambda: panel.detail is not None and panel.detail.id == missed.account_id, "the account shown"
    )
    when = f"{window.formatter.day(slot.date())} {window.formatter.clock(slot)}"
    booked = yield d.until(
        lambda: _row_with(panel.timeline, when, "Rendez-vous", "prévu"), "the meeting in the timeline"
    )
    panel.timeline.scrollToItem(panel.timeline.item(booked - 1))
    d.shot("timeline")

    d.click(pages, pages.tabRect(NO_SHOWS_PAGE).center())
    yield d.until(queue.invitation_button.isVisible, "the No-shows page again")
    d.click(queue.invitation_button)
    save = yield d.modal(QFileDialog, "the invitation's save dialog")
    d.shot("invitation-dialog")
    name = find(save, QLineEdit, name="fileNameEdit")
    d.key(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    d.type_into(name, invitation + "\n")
    yield d.until(Path(invitation).exists, "the invitation written")
    yield d.until(lambda: "Invitation" in queue.notice.text(), "the invitation's notice")
    d.shot("invitation-written")

    (event,) = Calendar.from_ical(Path(invitation).read_bytes()).walk("VEVENT")
    starts = event.decoded("dtstart")
    if starts != datetime.combine(slot.date(), slot.time(), tzinfo=ZoneInfo("Europe/Paris")):
        raise JourneyFailed(f"the invitation starts at {starts}, not {slot}")
    if missed.account not in str(event["summary"]):
        raise JourneyFailed(f"the invitation's summary {event['summary']!r} does not name {missed.account}")

    yield from d.menu("Fichier", "Quitter")
    yield d.until(lambda: not window.isVisible(), "the window closed")


def _click_row(d: Driver, view: QAbstractItemView, row: int) -> None:
    model = view.model()
    assert model is not None
    d.click(view.viewport(), view.visualRect(model.index(row, 0)).center())


def _row_with(timeline: QListWidget, *words: str) -> int:
    """1 + the row of the timeline whose text holds every word (0 when none: falsy to wait on)."""
    for row in range(timeline.count()):
        if all(word in timeline.item(row).text() for word in words):
            return row + 1
    return 0
