from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from esn_desktop.services.topics import EVERYTHING
from esn_desktop.ui import file_dialogs
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.models.table_model import ID_ROLE
from esn_desktop.ui.tabs.prospects_tab import NO_SHOWS_PAGE
from esn_desktop.ui.window_tabs import Tab
from tests.conftest import FORMULA_LIKE_NAMES


def timeline_texts(panel) -> list[str]:
    return [panel.timeline.item(row).text() for row in range(panel.timeline.count())]


def shown_names(tab) -> list[str]:
    model = tab.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_prospects_list_searches_as_you_type(qtbot, small_workspace) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    tab = window.prospects
    assert shown_names(tab) == ["Boulangeries Réunies", "Mutuelle Horizon", "Transports Lemaire"]
    qtbot.keyClicks(tab.search, "reun")
    assert shown_names(tab) == ["Boulangeries Réunies"]
    assert tab.count.text() == "Accounts: 1"
    tab.search.clear()
    assert len(shown_names(tab)) == 3


def test_filters_and_header_sort(qtbot, qtmodeltester, small_workspace) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    tab = window.prospects
    tab.owner.setCurrentIndex(tab.owner.findData("Karim Benali"))
    assert shown_names(tab) == ["Boulangeries Réunies", "Transports Lemaire"]
    tab.owner.setCurrentIndex(0)
    tab.stage.setCurrentIndex(tab.stage.findData("won"))
    assert shown_names(tab) == ["Mutuelle Horizon"]
    tab.stage.setCurrentIndex(0)
    city = next(i for i, c in enumerate(tab.model.columns) if c.key == "segment")
    tab.table.sortByColumn(city, Qt.SortOrder.DescendingOrder)
    assert shown_names(tab) == ["Boulangeries Réunies", "Mutuelle Horizon", "Transports Lemaire"]
    assert tab.model.index(0, 0).data(ID_ROLE) == 3
    qtmodeltester.check(tab.model)


def test_pipeline_column_uses_the_formatter(qtbot, small_workspace) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    tab = window.prospects
    qtbot.keyClicks(tab.search, "lemaire")
    pipeline = next(i for i, c in enumerate(tab.model.columns) if c.key == "pipeline")
    assert tab.model.index(0, pipeline).data() == "56\u202f000\xa0€"


def shortcut(window, sequence: QKeySequence):
    from PySide6.QtGui import QShortcut

    matches = [
        s
        for s in window.findChildren(QShortcut)
        if s.key().matches(sequence) == QKeySequence.SequenceMatch.ExactMatch
    ]
    assert len(matches) == 1, sequence.toString()
    return matches[0]


def test_shortcuts_focus_search_and_refresh(qtbot, small_workspace) -> None:
    # Offscreen there is no active window, so Qt dispatches no shortcut: the test finds each
    # binding by its keys and activates it as Qt would.
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    window.show()
    shortcut(window, QKeySequence(QKeySequence.StandardKey.Find)).activated.emit()
    assert window.focusWidget() is window.prospects.search
    with qtbot.waitSignal(window.events.data_changed) as refreshed:
        shortcut(window, QKeySequence("F5")).activated.emit()
    assert refreshed.args == [EVERYTHING]
    shortcut(window, QKeySequence("Ctrl+1")).activated.emit()
    assert window.tabs.currentWidget().objectName() == "prospects"


def test_french_interface(qtbot, qapp, small_workspace) -> None:
    from esn_desktop.ui.i18n import install_language

    formatter = install_language(qapp, "fr")
    window = MainWindow(small_workspace, "Exemple", formatter)
    qtbot.addWidget(window)
    tab = window.prospects
    assert window.tabs.tabText(0) == "Prospects"
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Compte"
    assert tab.segment.itemText(0) == "Tous les segments"
    assert tab.count.text() == "Comptes\u202f: 3"
    assert tab.model.index(2, 1).data() == "ETI"


def test_account_view_and_moving_a_deal_records_its_history(qtbot, small_workspace) -> None:
    from datetime import date

    from esn_desktop.domain.pipeline import Stage
    from esn_desktop.services.accounts import account_detail

    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    tab = window.prospects
    tab.table.selectRow(shown_names(tab).index("Transports Lemaire"))
    panel = tab.panel
    assert panel.title.text() == "Transports Lemaire"
    assert panel.contacts.item(0, 0).text() == "Julien Faure"
    assert panel.contacts.item(0, 1).text() == "Prescriber"
    assert timeline_texts(panel)[1:] == [
        "27/11/2026 — Deal Migration cloud moved to Proposal sent",
        "27/11/2026 — Proposal — done — Julien Faure — Karim Benali",
        "13/11/2026 — Meeting — done — Julien Faure — Karim Benali — Découverte",
        "06/11/2026 — Meeting — no-show — Julien Faure — Karim Benali",
    ]
    panel.today = date(2026, 12, 4)
    stage = panel.deals.cellWidget(0, 2)
    with qtbot.waitSignal(window.events.data_changed):
        stage.setCurrentIndex(stage.findData(Stage.NEGOTIATION))
    qtbot.waitUntil(lambda: panel.deals.cellWidget(0, 2) is not stage)  # the panel shows the move
    history = account_detail(small_workspace, panel.detail.id).opportunities[0].history
    assert (history[-1].stage, history[-1].day) == (Stage.NEGOTIATION, date(2026, 12, 4))
    # The account's history shows the move at once, on top, and no longer once undone.
    moved = "04/12/2026 — Deal Migration cloud moved to Negotiation"
    assert timeline_texts(panel)[0] == moved
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: moved not in timeline_texts(panel))
    assert timeline_texts(panel)[1] == "27/11/2026 — Deal Migration cloud moved to Proposal sent"
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: timeline_texts(panel)[0] == moved)
    # The list was refreshed and still highlights the account shown.
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert tab.model.id_at(tab.table.currentIndex().row()) == panel.detail.id


def test_mark_a_meeting_no_show_and_find_it_in_the_queue_with_its_message(qtbot, small_workspace) -> None:
    from datetime import date

    from PySide6.QtGui import QGuiApplication

    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    tab = window.prospects
    tab.no_shows.today = date(2026, 11, 22)
    tab.no_shows.reload()
    qtbot.waitUntil(lambda: tab.no_shows.task is None)  # read in the background
    assert tab.pages.tabText(NO_SHOWS_PAGE) == "No-shows to reschedule (0)"
    tab.table.selectRow(shown_names(tab).index("Mutuelle Horizon"))
    panel = tab.panel
    lines = panel.timeline.count()  # the meeting of 4 November, and its deal's moves
    panel.timeline.setCurrentRow(
        timeline_texts(panel).index(
            "04/11/2026 — Meeting — done — Sophie Marchand — Hélène Garnier — Point de cadrage"
        )
    )
    assert panel.no_show_button.isEnabled()
    qtbot.mouseClick(panel.no_show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.pages.tabText(NO_SHOWS_PAGE) == "No-shows to reschedule (1)")
    queue = tab.no_shows
    qtbot.waitUntil(lambda: queue.list.count() == 1)
    assert queue.list.item(0).text() == "04/11/2026 — Mutuelle Horizon — Sophie Marchand — Hélène Garnier"
    assert "Bonjour Sophie" in queue.message.toPlainText()
    assert "lundi 23 novembre, 10:00" in queue.message.toPlainText()
    queue.copy_button.click()
    # The clipboard holds the message itself, its no-break spaces included (the box shows them as spaces).
    assert QGuiApplication.clipboard().text() == queue.current().message
    opened = []
    queue.open_mail = opened.append
    queue.mail_button.click()
    assert opened[0].toString().startswith("mailto:s.marchand@mutuelle-horizon.example?subject=")
    qtbot.waitUntil(lambda: panel.timeline.count() == lines + 1)  # the planned follow-up joined it


def test_delete_an_account_asks_first_and_undo_brings_it_back(qtbot, small_workspace) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    tab = window.prospects
    tab.table.selectRow(shown_names(tab).index("Transports Lemaire"))
    asked: list[str] = []
    tab.panel.confirm = lambda text: asked.append(text) or False
    tab.panel.delete_button.click()
    assert asked[0].startswith(
        "Delete Transports Lemaire along with its contacts (1), deals (1), activities (4)"
    )
    assert "Transports Lemaire" in shown_names(tab)  # refused: nothing deleted
    tab.panel.confirm = lambda _text: True
    tab.panel.delete_button.click()
    assert shown_names(tab) == ["Boulangeries Réunies", "Mutuelle Horizon"]
    undo = next(
        a for a in window.menuBar().actions()[1].menu().actions() if a.shortcut().toString() == "Ctrl+Z"
    )
    assert undo.text() == "&Undo Delete Transports Lemaire"
    undo.trigger()
    assert "Transports Lemaire" in shown_names(tab)
    tab.table.selectRow(shown_names(tab).index("Transports Lemaire"))
    assert tab.panel.contacts.item(0, 0).text() == "Julien Faure"
    assert tab.panel.timeline.count() == 5  # its four activities, and its deal moved to proposal
    window.undo_stack.redo()
    assert "Transports Lemaire" not in shown_names(tab)


def test_tabs_are_built_when_first_shown(qtbot, small_workspace) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    assert list(window.pages.widgets) == ["prospects"]
    window.show_tab(Tab.MISSIONS)
    assert list(window.pages.widgets) == ["prospects", "missions"]
    assert window.missions.model.rowCount() == 2


def test_the_list_shows_its_head_at_once_and_the_rest_from_the_background(
    qtbot, monkeypatch, small_workspace
) -> None:
    from esn_desktop.ui.models import lazy_table_model

    monkeypatch.setattr(lazy_table_model, "FIRST_IDS", 1)
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    tab = window.prospects
    qtbot.waitUntil(lambda: tab.model.is_complete)
    assert shown_names(tab) == ["Boulangeries Réunies", "Mutuelle Horizon", "Transports Lemaire"]
    tab.table.selectRow(2)
    assert tab.panel.title.text() == "Transports Lemaire"
    with qtbot.waitSignal(tab.model.complete):
        tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        assert tab.count.text() == "Accounts: 3"  # the count is known at once
        assert shown_names(tab)[0] == "Transports Lemaire"
        assert shown_names(tab)[1:] == ["", ""]  # the rest is on its way
    assert shown_names(tab) == ["Transports Lemaire", "Mutuelle Horizon", "Boulangeries Réunies"]
    # The account in view stays highlighted wherever it now stands.
    assert tab.model.id_at(tab.table.currentIndex().row()) == tab.panel.detail.id


def test_formula_like_names_come_back_from_the_csv_list_export(
    qtbot, workspace, formula_names_document, tmp_path
) -> None:
    import io
    import sqlite3

    from esn_desktop.cli import main
    from esn_desktop.services.transfer import import_document

    import_document(workspace, formula_names_document)
    window = MainWindow(workspace, "Exemple")
    qtbot.addWidget(window)
    tab = window.prospects
    # A headcount left blank shows as "—", which the CSV import refuses: not this test's matter.
    tab.table.setColumnHidden([c.key for c in tab.model.columns].index("size"), True)
    exported = tmp_path / "comptes.csv"
    tab.export(exported)
    qtbot.waitUntil(exported.exists)
    assert "'=HYPERLINK(" in exported.read_text(encoding="utf-8-sig")  # shown, never run
    copy = tmp_path / "copy.esn"
    err = io.StringIO()
    assert main(["import", str(copy), str(exported)], out=io.StringIO(), err=err) == 0, err.getvalue()
    with sqlite3.connect(copy) as db:
        names = {name for (name,) in db.execute("SELECT name FROM accounts")}
    assert names == set(shown_names(tab)) == {name.strip() for name in FORMULA_LIKE_NAMES}


def test_book_a_no_show_slot_from_the_queue_filtered_by_salesperson(
    qtbot, small_workspace, tmp_path, monkeypatch
) -> None:
    from datetime import date, datetime

    from icalendar import Calendar
    from sqlalchemy import select

    from esn_desktop.services.no_shows import mark_no_show
    from esn_desktop.store import models as m

    with small_workspace.session() as session:
        missed = {
            day: session.execute(
                select(m.Activity.id).where(m.Activity.activity_date == day, m.Activity.kind == "meeting")
            ).scalar_one()
            for day in (date(2026, 11, 4), date(2026, 12, 3))
        }
    for meeting in missed.values():
        mark_no_show(small_workspace, activity_id=meeting)
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    queue = window.prospects.no_shows
    queue.today = date(2026, 11, 22)
    queue.reload()
    qtbot.waitUntil(lambda: queue.task is None and queue.list.count() == 2)

    queue.salesperson.setCurrentIndex(queue.salesperson.findData("Karim Benali"))
    assert [queue.list.item(r).text() for r in range(queue.list.count())] == [
        "03/12/2026 — Transports Lemaire — Julien Faure"
    ]
    queue.salesperson.setCurrentIndex(queue.salesperson.findData("Hélène Garnier"))
    assert queue.list.item(0).text() == "04/11/2026 — Mutuelle Horizon — Sophie Marchand"
    assert [queue.slots.item(r).text() for r in range(queue.slots.count())] == [
        "lun. 23/11/2026 10:00",
        "mar. 24/11/2026 14:00",
        "mer. 25/11/2026 11:00",
    ]
    assert not queue.invitation_button.isEnabled()
    queue.slots.setCurrentRow(1)
    qtbot.mouseClick(queue.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.task is None and queue.list.count() == 0)  # out of the queue
    assert window.undo_stack.undoText() == "Meeting at Mutuelle Horizon booked"
    with small_workspace.session() as session:
        booked = session.get(m.Activity, queue.booking.meeting_id)
        assert (booked.status, booked.activity_date, booked.start_time.hour) == (
            "planned",
            date(2026, 11, 24),
            14,
        )

    # The save dialog starts where this client's documents went, and keeps where this one goes.
    client_folder, target = tmp_path / "client", tmp_path / "rdv" / "invitation.ics"
    client_folder.mkdir()
    target.parent.mkdir()
    file_dialogs.remember_documents_folder(small_workspace.path, client_folder)
    starts: list[Path] = []

    def save_file_name(_parent, _caption, start: Path, *_args, **_kwargs) -> Path:  # type: ignore[no-untyped-def]
        starts.append(start)
        return target

    monkeypatch.setattr(file_dialogs, "save_file_name", save_file_name)
    qtbot.mouseClick(queue.invitation_button, Qt.MouseButton.LeftButton)
    assert [start.parent for start in starts] == [client_folder]
    assert file_dialogs.documents_folder(small_workspace.path) == target.parent
    (event,) = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart").replace(tzinfo=None) == datetime(2026, 11, 24, 14, 0)
    assert str(event["attendee"]) == "mailto:s.marchand@mutuelle-horizon.example"

    window.undo_stack.undo()  # the meeting goes, the no-show comes back
    qtbot.waitUntil(lambda: queue.task is None and queue.list.count() == 1)
    with small_workspace.session() as session:
        assert session.get(m.Activity, queue.booking.meeting_id) is None

    qtbot.mouseClick(queue.rescheduled_button, Qt.MouseButton.LeftButton)  # agreed by phone
    qtbot.waitUntil(lambda: queue.task is None and queue.list.count() == 0)
    assert window.undo_stack.undoText() == "No-show at Mutuelle Horizon rescheduled"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: queue.task is None and queue.list.count() == 1)


def test_head_count_bands_go_out_in_the_list_exports_and_come_back(qtbot, workspace, tmp_path) -> None:
    import io
    import sqlite3

    from openpyxl import load_workbook

    from esn_desktop.cli import main
    from esn_desktop.domain.records import AccountRecord
    from esn_desktop.services.account_editing import save_account

    sizes = {"Atelier Nord": "1 - 10", "Banque Ouest": "> 500", "Cabinet Sud": "250", "Docks Est": None}
    for name, size in sizes.items():
        save_account(workspace, AccountRecord(name, size=size))
    window = MainWindow(workspace, "Exemple")
    qtbot.addWidget(window)
    tab = window.prospects
    column = [c.key for c in tab.model.columns].index("size")
    tab.table.setColumnHidden(column, False)
    tab.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert shown_names(tab) == ["Atelier Nord", "Cabinet Sud", "Banque Ouest", "Docks Est"]
    assert [tab.model.index(row, column).data() for row in range(4)] == ["1-10", "250", "501+", ""]
    expected = {"Atelier Nord": "1-10", "Banque Ouest": "501+", "Cabinet Sud": "250", "Docks Est": None}
    for suffix in (".csv", ".xlsx"):
        exported = tmp_path / f"comptes{suffix}"
        tab.export(exported)
        qtbot.waitUntil(exported.exists)
        if suffix == ".xlsx":  # text a spreadsheet shows as written, never a date or a formula
            sheet = load_workbook(exported).active
            at = [cell.value for cell in sheet[1]].index("Headcount")
            assert [row[at].value for row in sheet.iter_rows(min_row=2, max_row=4)] == ["1-10", "250", "501+"]
        copy = tmp_path / f"copy{suffix}.esn"
        err = io.StringIO()
        assert main(["import", str(copy), str(exported)], out=io.StringIO(), err=err) == 0, err.getvalue()
        with sqlite3.connect(copy) as db:
            assert dict(db.execute("SELECT name, size FROM accounts")) == expected
