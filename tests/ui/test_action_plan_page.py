from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from esn_desktop.domain.action_plans import ActionRule, Frequency
from esn_desktop.domain.activities import ActivityKind
from esn_desktop.services.action_plans import load_plan
from esn_desktop.services.topics import Topic
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.models.action_rule_model import RULE_COUNT, RULE_KIND, RULE_PER, RULE_SEGMENT
from esn_desktop.ui.models.deal_to_push_model import PUSH_DEAL, PUSH_DUE, PUSH_NEXT, PUSH_STAGE, PUSH_WEIGHTED
from esn_desktop.ui.tabs.objectives_tab import PLANS_PAGE, ObjectivesTab
from tests.reports.pdf_text import qpdf_check, whole_text

NOVEMBER = date(2026, 11, 1)


def _page(qtbot, workspace):  # type: ignore[no-untyped-def]
    window = MainWindow(workspace, "Exemple")
    qtbot.addWidget(window)
    tab = ObjectivesTab(
        window.scope.operations, window.formatter, today=date(2026, 11, 20), meeting=window.meeting
    )
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.plans.loaded, timeout=5000):
        tab.pages.setCurrentIndex(PLANS_PAGE)
    return window, tab.plans


def _editor(page, row: int, column: int):  # type: ignore[no-untyped-def]
    """The editor a rule's cell shows (every cell shows its own)."""
    table = page.form.rules.table
    return table.indexWidget(table.model().index(row, column))


def test_a_plan_is_edited_saved_and_undone(qtbot, small_workspace) -> None:
    window, page = _page(qtbot, small_workspace)
    assert page.salesperson.currentText() == "Hélène Garnier"
    assert page.month.currentData() == NOVEMBER
    assert page.form.goal.placeholderText() == "From the objectives: 37\u202f500\xa0€"
    assert "signed 96\u202f000\xa0€" in page.progress.status.text()

    qtbot.mouseClick(page.form.rules.add_button, Qt.MouseButton.LeftButton)
    _editor(page, 0, RULE_SEGMENT).setCurrentText("Key account")
    _editor(page, 0, RULE_KIND).setCurrentIndex(_editor(page, 0, RULE_KIND).findData(ActivityKind.MEETING))
    _editor(page, 0, RULE_COUNT).setValue(3)
    _editor(page, 0, RULE_PER).setCurrentIndex(_editor(page, 0, RULE_PER).findData(Frequency.MONTH))
    page.form.target_picker.setText("Mutuelle Horizon")
    qtbot.mouseClick(page.form.add_target_button, Qt.MouseButton.LeftButton)
    assert page.form.targets.count() == 1
    page.form.goal.setText("40 000")
    page.form.notes.setPlainText("Pitch data")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    saved = load_plan(small_workspace, salesperson="Hélène Garnier", month=NOVEMBER)
    assert saved is not None
    assert saved.revenue_goal == Decimal(40000) and saved.notes == "Pitch data"
    assert [(r.segment, r.kind, r.count, r.per) for r in saved.rules] == [
        ("grand_compte", ActivityKind.MEETING, 3, Frequency.MONTH)
    ]
    # On screen after the reload: 3 meetings planned on the one named key account, 1 held.
    meetings = next(
        r for r in range(page.progress.table.rowCount()) if page.progress.table.item(r, 0).text() == "Meeting"
    )
    # 3 planned, 2.1 due after 14 of 20 working days (rounded up, like every target), 1 done.
    assert [page.progress.table.item(meetings, c).text() for c in range(1, 4)] == ["3", "3", "1"]
    assert page.progress.table.item(meetings, 4).text() == "behind"

    assert window.undo_stack.undoText() == "Save the plan of Hélène Garnier"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.undo_stack.undo()
    assert load_plan(small_workspace, salesperson="Hélène Garnier", month=NOVEMBER) is None
    assert page.form.rules.model.rowCount() == 0
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.undo_stack.redo()
    assert load_plan(small_workspace, salesperson="Hélène Garnier", month=NOVEMBER) == saved
    assert page.form.rules.rules() == saved.rules and page.form.notes.toPlainText() == "Pitch data"


def test_the_rules_grid_holds_what_its_editors_show(qtbot, qtmodeltester, small_workspace) -> None:
    _, page = _page(qtbot, small_workspace)
    rules = page.form.rules
    qtbot.mouseClick(rules.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rules.add_button, Qt.MouseButton.LeftButton)
    # A new rule: the first segment the accounts use (by code: "eti", Mid-cap), one call a year.
    assert rules.rules() == (
        ActionRule("eti", ActivityKind.CALL, 1, Frequency.YEAR),
        ActionRule("eti", ActivityKind.CALL, 1, Frequency.YEAR),
    )
    assert _editor(page, 0, RULE_SEGMENT).currentText() == "Mid-cap"
    _editor(page, 0, RULE_SEGMENT).setCurrentText("SME")  # a segment offered: its code is kept
    _editor(page, 1, RULE_SEGMENT).setCurrentText("Secteur public")  # one of one's own, as typed
    _editor(page, 1, RULE_COUNT).setValue(4)
    per = _editor(page, 1, RULE_PER)
    per.setCurrentIndex(per.findText("quarter"))
    assert rules.rules() == (
        ActionRule("pme", ActivityKind.CALL, 1, Frequency.YEAR),
        ActionRule("Secteur public", ActivityKind.CALL, 4, Frequency.QUARTER),
    )
    assert [rules.model.index(1, c).data() for c in range(4)] == ["Secteur public", "Call", "4", "quarter"]
    qtmodeltester.check(rules.model)

    rules.table.setCurrentIndex(rules.model.index(0, RULE_KIND))
    qtbot.mouseClick(rules.remove_button, Qt.MouseButton.LeftButton)
    assert rules.rules() == (ActionRule("Secteur public", ActivityKind.CALL, 4, Frequency.QUARTER),)
    assert _editor(page, 0, RULE_SEGMENT).currentText() == "Secteur public"
    assert page.unsaved()


def test_replacing_a_plan_is_undone_back_to_the_plan_before(qtbot, small_workspace) -> None:
    window, page = _page(qtbot, small_workspace)
    page.form.notes.setPlainText("Premier pitch")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.save()
    page.form.notes.setPlainText("Second pitch")
    qtbot.mouseClick(page.form.rules.add_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.save()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.undo_stack.undo()
    before = load_plan(small_workspace, salesperson="Hélène Garnier", month=NOVEMBER)
    assert before is not None and before.notes == "Premier pitch" and before.rules == ()
    assert page.form.notes.toPlainText() == "Premier pitch" and page.form.rules.rules() == ()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.undo_stack.redo()
    assert page.form.notes.toPlainText() == "Second pitch" and len(page.form.rules.rules()) == 1


def test_a_suggested_deal_is_ticked_to_push_it(qtbot, small_workspace) -> None:
    _, page = _page(qtbot, small_workspace)
    page.salesperson.setCurrentText("Karim Benali")
    qtbot.waitUntil(lambda: page.view is not None and page.view.salesperson == "Karim Benali", timeout=5000)
    deals = page.form.pushes.model
    deal = deals.index(0, PUSH_DEAL)
    assert deal.data() == "Migration cloud — Transports Lemaire"
    assert deal.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert deal.data(Qt.ItemDataRole.ToolTipRole).endswith("Tick it to push it this month.")
    assert [deals.index(0, c).data() for c in (PUSH_STAGE, PUSH_WEIGHTED)] == [
        "Proposal sent",
        "56\u202f000\xa0€",
    ]
    deals.setData(deal, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    deals.setData(deals.index(0, PUSH_NEXT), "Soutenance")
    assert page.unsaved()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.save()
    saved = load_plan(small_workspace, salesperson="Karim Benali", month=NOVEMBER)
    assert saved is not None and [(p.next_step, p.due) for p in saved.pushes] == [("Soutenance", None)]


def test_a_deal_pushed_by_a_day_is_saved_then_undone(qtbot, qtmodeltester, small_workspace) -> None:
    window, page = _page(qtbot, small_workspace)
    page.salesperson.setCurrentText("Karim Benali")
    qtbot.waitUntil(lambda: page.view is not None and page.view.salesperson == "Karim Benali", timeout=5000)
    deals, table = page.form.pushes.model, page.form.pushes.table
    qtmodeltester.check(deals)
    due = table.indexWidget(deals.index(1, PUSH_DUE))  # every row shows its day's field
    assert due.text() == "—"  # no day yet
    due.setDate(QDate(2026, 11, 27))
    assert deals.index(1, PUSH_DUE).data(Qt.ItemDataRole.EditRole) == date(2026, 11, 27)
    box = table.visualRect(deals.index(1, PUSH_DEAL))
    # Ticked with the mouse, on its tick box at the left of the cell.
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=box.topLeft() + QPoint(10, box.height() // 2)
    )
    assert deals.index(1, PUSH_DEAL).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.save()
    saved = load_plan(small_workspace, salesperson="Karim Benali", month=NOVEMBER)
    assert saved is not None and [p.due for p in saved.pushes] == [date(2026, 11, 27)]
    # Read back: the deal named comes first, ticked, with its day.
    assert deals.index(0, PUSH_DEAL).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert table.indexWidget(deals.index(0, PUSH_DUE)).date() == QDate(2026, 11, 27)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.undo_stack.undo()
    assert load_plan(small_workspace, salesperson="Karim Benali", month=NOVEMBER) is None
    assert deals.pushes() == []
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.undo_stack.redo()
    assert [p.due for p in deals.pushes()] == [date(2026, 11, 27)]


def test_a_wrong_goal_is_refused_beside_its_field(qtbot, small_workspace) -> None:
    _, page = _page(qtbot, small_workspace)
    page.form.goal.setText("quarante mille")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.goal_error.isVisibleTo(page) and "Type an amount" in page.form.goal_error.text()
    assert load_plan(small_workspace, salesperson="Hélène Garnier", month=NOVEMBER) is None


def test_the_buttons_write_the_plan_and_the_client_safe_review(qtbot, small_workspace, tmp_path) -> None:
    window, page = _page(qtbot, small_workspace)
    plan = tmp_path / "plan.pdf"
    task = page.documents.write_plan_pdf(plan)
    with qtbot.waitSignal(task.signals.succeeded, timeout=10000):
        pass
    qpdf_check(plan)
    assert "Hélène Garnier" in whole_text(plan)
    window.meeting.set(True)
    review = tmp_path / "review.pdf"
    task = page.documents.write_review(review)
    with qtbot.waitSignal(task.signals.succeeded, timeout=10000):
        pass
    assert "Version client" in whole_text(review) and "Marge" not in whole_text(review)
    assert (
        page.documents.notice.isVisibleTo(page)
        and page.documents.notice.text.text() == "PDF written: review.pdf"
    )
    assert page.progress.status.text().startswith("Goal ")  # the month's summary line stays as it was
    folder = tmp_path / "plans"
    folder.mkdir()
    task = page.documents.write_every_plan(folder, combined=False)
    with qtbot.waitSignal(task.signals.succeeded, timeout=10000):
        pass
    assert sorted(p.name for p in folder.iterdir()) == [
        "plan-2026-11-helene-garnier.pdf",
        "plan-2026-11-karim-benali.pdf",
    ]


def test_every_plan_into_a_folder_asks_before_replacing_plan_files_there(
    qtbot, monkeypatch, small_workspace, tmp_path
) -> None:
    _, page = _page(qtbot, small_workspace)
    folder = tmp_path / "plans"
    folder.mkdir()
    older = [folder / "plan-2026-11-helene-garnier.pdf", folder / "plan-2026-11-karim-benali.pdf"]
    for path in older:
        path.write_bytes(b"last run")
    (folder / "notes.txt").write_text("not a plan")
    questions: list[str] = []

    def answer(reply):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
            questions.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert page.documents.write_every_plan(folder, combined=False) is None
    assert questions == [f"2 of these files are already in {folder}. Replace them?"]
    assert [path.read_bytes() for path in older] == [b"last run", b"last run"]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    task = page.documents.write_every_plan(folder, combined=False)
    with qtbot.waitSignal(task.signals.succeeded, timeout=10000):
        pass
    assert len(questions) == 2
    assert all(path.read_bytes().startswith(b"%PDF") for path in older)
    assert (folder / "notes.txt").read_text() == "not a plan"


def test_an_activity_logged_meanwhile_leaves_the_typing_alone(qtbot, small_workspace) -> None:
    window, page = _page(qtbot, small_workspace)
    page.form.notes.setPlainText("Pitch en cours d’écriture")
    assert page.unsaved()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.events.data_changed.emit(frozenset({Topic.ACTIVITIES}))
    assert page.form.notes.toPlainText() == "Pitch en cours d’écriture"


def test_leaving_unsaved_changes_asks_first(qtbot, small_workspace) -> None:
    from PySide6.QtWidgets import QMessageBox

    _, page = _page(qtbot, small_workspace)
    assert not page.unsaved()  # as read: nothing to ask
    page.form.notes.setPlainText("À garder")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    page.ask_to_save = lambda _name: answers.pop(0)  # type: ignore[method-assign]
    page.salesperson.setCurrentText("Karim Benali")  # cancelled: back on Hélène, the notes kept
    assert page.salesperson.currentText() == "Hélène Garnier"
    assert page.form.notes.toPlainText() == "À garder"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.salesperson.setCurrentText("Karim Benali")  # saved, then Karim's plan
    qtbot.waitUntil(lambda: page.view.salesperson == "Karim Benali", timeout=5000)
    saved = load_plan(small_workspace, salesperson="Hélène Garnier", month=NOVEMBER)
    assert saved is not None and saved.notes == "À garder"
    assert page.form.notes.toPlainText() == ""


def test_the_month_choices_cross_the_year_end(qtbot, small_workspace) -> None:
    _, page = _page(qtbot, small_workspace)  # today: 20 November 2026
    planned = [page.month.itemData(i) for i in range(page.month.count())]
    assert planned == [date(2026, 10, 1), date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)]
    assert page.month.currentData() == date(2026, 11, 1)
    reviewed = [page.documents.review_month.itemData(i) for i in range(page.documents.review_month.count())]
    assert reviewed[:3] == [date(2026, 11, 1), date(2026, 10, 1), date(2026, 9, 1)]
    assert reviewed[10:] == [date(2026, 1, 1), date(2025, 12, 1), date(2025, 11, 1)]  # 13 months
    assert page.documents.review_month.currentData() == date(2026, 10, 1)  # the last complete month


def _rows_in_sight(view) -> int:  # type: ignore[no-untyped-def]
    """How many rows of a table or list are wholly in sight."""
    viewport = view.viewport().rect()
    rows = view.model().rowCount()
    return sum(1 for row in range(rows) if viewport.contains(view.visualRect(view.model().index(row, 0))))


#: The room the window leaves its tabs (menus, toolbar, tab bar and status bar take 100 pixels),
#: maximised on a 1366×768 screen and on a 1280×720 one.
@pytest.mark.parametrize("size", [(1366, 640), (1280, 590)])
def test_the_plan_page_gives_its_lists_room_on_a_small_screen(qtbot, small_workspace, tmp_path, size) -> None:
    # At 1366×768 the trial saw one deal to push and a half, cut, under the month's progress and
    # the method, with the notice of a PDF written above the page; so again here, and at 1280×720.
    _window, page = _page(qtbot, small_workspace)
    tab = page.parentWidget()
    while not isinstance(tab, ObjectivesTab):
        tab = tab.parentWidget()
    tab.resize(*size)
    tab.show()
    page.salesperson.setCurrentText("Karim Benali")
    qtbot.waitUntil(lambda: page.view is not None and page.view.salesperson == "Karim Benali", timeout=5000)
    page.documents.notice.show_written([tmp_path / "plan.pdf"])
    form = page.form
    pushes = form.pushes.table
    assert pushes.model().rowCount() >= 2
    qtbot.waitUntil(lambda: _rows_in_sight(pushes) == pushes.model().rowCount())
    # Room for four deals whatever the page holds, and every action of the month's progress.
    row = pushes.verticalHeader().defaultSectionSize()
    assert pushes.viewport().height() >= 4 * row
    progress = page.progress.table
    assert _rows_in_sight(progress) == progress.rowCount() > 0
    assert form.rules.table.viewport().height() >= 3 * form.rules.table.verticalHeader().defaultSectionSize()
    assert form.targets.viewport().height() >= 2 * form.targets.fontMetrics().height()
    assert form.notes.viewport().height() >= 3 * form.notes.fontMetrics().lineSpacing()
    # A deal's name on one line (shortened), never two lines cut at top and bottom.
    assert not pushes.wordWrap()
