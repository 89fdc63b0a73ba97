"""The window as each role of a team database sees it (issue 16, point 3: "the window shows what
the role allows"): a salesperson and a viewer see no cost, CJM, salary nor margin on any tab; a
viewer's window is read-only; a salesperson logs activities and moves deals, and what their role
forbids is greyed, saying why; the status bar names the role."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QPushButton, QWidget

from esn_desktop.domain.pipeline import Stage
from esn_desktop.services.accounts import account_detail
from esn_desktop.store.address import TeamDatabase
from esn_desktop.store.team_database import open_team_workspace
from esn_desktop.ui.dialogs.activity_dialog import ActivityDialog
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.role_rights import SALESPERSON_RIGHTS, Right, allows, refusal
from esn_desktop.ui.window_tabs import Tab
from tests.reports.pdf_text import pages_text
from tests.team_roles import RoleTeam, make_role_team
from tests.ui.test_forget_dialog import _select

TODAY = date(2026, 11, 22)
#: What a salesperson or a viewer must never read, in the window's words.
COST_WORDS = re.compile(r"\b(CJM|[Mm]argins?|[Cc]osts?|[Ss]alary|[Ss]alaries)\b")
FRENCH_COST_WORDS = re.compile(r"\b(CJM|[Mm]arges?|[Cc]oûts?|[Ss]alaires?)\b")


@pytest.fixture
def role_team(team_database: TeamDatabase, monkeypatch: pytest.MonkeyPatch) -> RoleTeam:
    return make_role_team(team_database, monkeypatch)


@contextmanager
def window_of(qtbot, database: TeamDatabase) -> Iterator[MainWindow]:
    with open_team_workspace(database) as workspace:
        window = MainWindow(workspace, "Exemple")
        qtbot.addWidget(window)
        window.prospects.panel.today = TODAY
        try:
            yield window
        finally:
            window.close_workspace()


def texts_of(widget: QWidget) -> list[str]:
    """What `widget` shows: its visible labels and buttons, and the visible columns (headers and
    cells) of its lists and tables."""
    texts = [
        child.text()
        for child in widget.findChildren(QLabel) + widget.findChildren(QPushButton)
        if child.isVisibleTo(widget)
    ]
    for view in widget.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or not view.isVisibleTo(widget) or (model := view.model()) is None:
            continue
        hidden = getattr(view, "isColumnHidden", lambda _column: False)
        count = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        columns = [c for c in range(count) if not hidden(c)]
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
        rows = range(min(model.rowCount(), 50))
        texts += [str(model.index(row, c).data() or "") for row in rows for c in columns]
    return texts


def every_tab_shown(qtbot, window: MainWindow) -> list[str]:
    """The texts of every tab once shown, the dashboard's charts (titles, series) among them."""
    texts: list[str] = []
    for tab in Tab:
        window.show_tab(tab)
        widget = window.tab(tab)
        if tab is Tab.DASHBOARD:
            widget.today = TODAY
            qtbot.waitUntil(lambda w=widget: w.ready)
            for chart in widget.board.charts.values():
                if chart.isVisibleTo(widget):
                    texts += [chart.title, *(s.name for s in chart.series)]
        if tab is Tab.CONSULTANTS:
            widget.table.selectRow(0)  # the panel beside the list
        texts += [f"{tab}: {text}" for text in texts_of(widget)]
    return [t for t in texts if t]


def cost_texts(texts: list[str]) -> list[str]:
    return [t for t in texts if COST_WORDS.search(t)]


def test_a_director_sees_costs_and_margins(qtbot, role_team: RoleTeam) -> None:
    # The check below finds costs where they show: the others' windows are not empty of them by chance.
    with window_of(qtbot, role_team.director) as window:
        shown = cost_texts(every_tab_shown(qtbot, window))
        assert {"consultants: CJM", "missions: Margin a day"} <= set(shown)
        assert any("margin" in t for t in shown)
        assert window.marks.role_label.text() == "Director"
        assert window.menus.settings_action.isEnabled() and window.menus.import_action.isEnabled()
        assert window.prospects.new_button.isEnabled() and window.consultants.new_button.isEnabled()


@pytest.mark.parametrize("who", ["salesperson", "viewer"])
def test_a_salesperson_and_a_viewer_see_no_cost_on_any_tab(
    qtbot, role_team: RoleTeam, who: str, tmp_path: Path
) -> None:
    with window_of(qtbot, getattr(role_team, who)) as window:
        texts = every_tab_shown(qtbot, window)
        assert cost_texts(texts) == [], cost_texts(texts)
        assert "Revenue" in " ".join(texts)  # what they may read shows
        dashboard = window.dashboard
        # Without costs a month's margin would be its revenue: none is given, none is drawn.
        assert all(month.margin is None for month in dashboard.data.months)
        assert all(rate.cjm is None for rate in dashboard.data.rates)
        assert dashboard.data.current.margin is None and dashboard.data.current.cjm is None
        # For good: the window's meeting switch turned off leaves them hidden.
        window.meeting.set(True)
        window.meeting.set(False)
        assert window.scope is not None and window.scope.meeting.on
        assert cost_texts(texts_of(window.consultants)) == []
        assert window.consultants.model.rowCount() == 3
        assert {row.daily_cost for row in window.consultants._all} == {None}
        # The lists they export are as shown: without a cost column.
        for tab, name in ((window.consultants, "consultants.csv"), (window.missions, "missions.csv")):
            task = tab.export(tmp_path / name)
            qtbot.waitUntil(lambda t=task: t.finished)
            exported = (tmp_path / name).read_text(encoding="utf-8-sig")
            assert "Consultant" in exported and COST_WORDS.search(exported) is None, exported


def test_a_salesperson_logs_and_moves_deals_but_changes_no_account(qtbot, role_team: RoleTeam) -> None:
    with window_of(qtbot, role_team.salesperson) as window:
        assert window.marks.role_label.text() == "Salesperson"
        assert window.marks.role_label.isVisibleTo(window)
        assert not window.marks.read_only_banner.isVisibleTo(window)
        menus = window.menus
        assert menus.log_action.isEnabled()
        for action, what in ((menus.import_action, "importing"), (menus.settings_action, "the settings")):
            assert not action.isEnabled()
            assert action.toolTip().startswith("Your role (salesperson) does not allow")
            assert what in action.toolTip()
        prospects = window.prospects
        assert not prospects.new_button.isEnabled()
        assert prospects.new_button.toolTip() == "Your role (salesperson) does not allow changing accounts."
        panel = prospects.panel
        _select(window, "Mutuelle Horizon")
        qtbot.waitUntil(lambda: panel.detail is not None)
        for button in (panel.edit_button, panel.delete_button, panel.add_contact_button):
            assert not button.isEnabled() and button.toolTip().startswith("Your role (salesperson)")
        assert not panel.forget_contact_button.isEnabled()
        assert "forgetting a person (GDPR)" in panel.forget_contact_button.toolTip()
        assert panel.log_button.isEnabled() and panel.add_deal_button.isEnabled()
        assert panel.deals.viewport().isEnabled() and not panel.contacts.viewport().isEnabled()
        for tab in (window.consultants, window.missions):
            assert not tab.new_button.isEnabled() and not tab.delete_button.isEnabled()
            assert tab.new_button.toolTip().startswith("Your role (salesperson) does not allow changing")
        # Ctrl+N on a tab whose creation the role forbids opens no form.
        opened: list[object] = []
        window.consultants.run_dialog = lambda dialog: opened.append(dialog) or False
        window.consultants.new_item()
        assert opened == []
        window.show_tab(Tab.OBJECTIVES)
        objectives = window.objectives
        for button in (objectives.new_button, objectives.delete_button):
            assert not button.isEnabled()
        assert objectives.new_button.toolTip() == "Your role (salesperson) does not allow setting objectives."
        objectives.editing.run_dialog = lambda dialog: opened.append(dialog) or False
        objectives.new_item()  # Ctrl+N: no form the server would refuse
        assert opened == []
        plans = window.objectives.show_plans()
        assert plans.form.add_target_button.isEnabled()


def test_a_viewers_window_is_read_only(qtbot, role_team: RoleTeam) -> None:
    with window_of(qtbot, role_team.viewer) as window:
        assert window.marks.role_label.text() == "Read only"
        assert not window.marks.read_only_label.isVisibleTo(window)  # said once, by the role's mark
        assert window.marks.read_only_banner.isVisibleTo(window)
        assert "your role" in window.marks.read_only_banner.text()
        assert window.windowTitle().endswith("(read-only)")
        menus = window.menus
        assert not menus.log_action.isEnabled() and not menus.import_action.isEnabled()
        assert menus.export_action.isEnabled()  # the list shown, as shown: without costs
        assert not window.new_shortcut.isEnabled()
        panel = window.prospects.panel
        _select(window, "Mutuelle Horizon")
        qtbot.waitUntil(lambda: panel.detail is not None)
        for button in (panel.log_button, panel.add_deal_button, panel.edit_button, panel.add_contact_button):
            assert not button.isEnabled()
        assert panel.log_button.toolTip() == "Your role (read only) does not allow logging activities."
        assert not window.prospects.new_button.isEnabled()


def test_a_salesperson_logs_an_activity_in_their_own_name(qtbot, monkeypatch, role_team: RoleTeam) -> None:
    with window_of(qtbot, role_team.salesperson) as window:
        _select(window, "Transports Lemaire")  # Karim Benali's account
        said: list[str] = []

        def save(dialog: ActivityDialog) -> bool:
            # Their own name, kept: PostgreSQL would refuse an activity in Karim Benali's.
            said.append(dialog.owner.currentText())
            assert not dialog.owner.isEnabled()
            dialog.notes.setPlainText("Rappeler après le comité")
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            return bool(dialog.result())

        monkeypatch.setattr(type(window), "run_dialog", lambda _self, dialog: save(dialog))
        window.menus.log_action.trigger()
        assert said == ["Camille Martin"]
        assert window.statusBar().currentMessage() == "Done: Call at Transports Lemaire"
    with open_team_workspace(role_team.director) as workspace:
        logged = [a for a in account_detail(workspace, 2).timeline if a.notes == "Rappeler après le comité"]
        assert [a.owner for a in logged] == ["Camille Martin"]


def test_another_salespersons_deal_moved_is_refused_in_one_line_on_the_board(
    qtbot, role_team: RoleTeam
) -> None:
    with window_of(qtbot, role_team.salesperson) as window:
        board = window.prospects.board
        board.today = date(2027, 1, 4)
        qtbot.waitUntil(lambda: board._deal(4) is not None)  # the cards shown
        board.move_deals([4], Stage.PROPOSAL)  # TMA caisse, Karim Benali's
        assert (
            board.error.text()
            == "Your role (salesperson) changes your own deals only: this one is another's."
        )
    with open_team_workspace(role_team.director) as workspace:
        deals = {d.id: d.stage for d in account_detail(workspace, 3).opportunities}
        assert deals[4] is Stage.QUALIFIED


class FakeWorkspace:
    def __init__(self, role: str | None, writable: bool = True) -> None:
        self.role, self.writable = role, writable


@pytest.mark.parametrize(
    ("role", "writable", "allowed"),
    [
        (None, True, set(Right)),
        ("director", True, set(Right)),
        (None, False, set()),  # a read-only file
        ("viewer", True, set()),
        ("salesperson", True, {Right.ACTIVITIES, Right.DEALS, Right.PLANS}),
        ("salesperson", False, set()),
    ],
)
def test_which_change_each_role_is_offered(role: str | None, writable: bool, allowed: set[Right]) -> None:
    workspace = FakeWorkspace(role, writable)
    assert {right for right in Right if allows(workspace, right)} == allowed  # type: ignore[arg-type]
    refused = {right for right in Right if refusal(workspace, right)}  # type: ignore[arg-type]
    # Said control by control only when it is the role that refuses (a read-only file has its banner).
    expected = {"salesperson": set(Right) - SALESPERSON_RIGHTS, "viewer": set(Right)}
    assert refused == expected.get(role or "", set())


def test_another_salespersons_deal_is_out_of_reach_in_the_account_panel(qtbot, role_team: RoleTeam) -> None:
    refused = "Your role (salesperson) changes your own deals only: this one is another's."
    with window_of(qtbot, role_team.salesperson) as window:
        panel = window.prospects.panel
        _select(window, "Transports Lemaire")  # Migration cloud, Karim Benali's deal
        qtbot.waitUntil(lambda: panel.detail is not None and panel.deals.rowCount() == 1)
        stage = panel.deals.cellWidget(0, 2)
        assert not stage.isEnabled() and stage.toolTip() == refused
        opened: list[object] = []
        panel.run_dialog = lambda dialog: opened.append(dialog) or False
        panel.edit_deal(0)
        assert opened == [] and panel.message.text() == refused


@pytest.mark.parametrize("who", ["director", "salesperson", "viewer"])
def test_their_review_plan_and_visit_pack_pdfs_say_no_cost(
    qtbot, role_team: RoleTeam, who: str, tmp_path: Path
) -> None:
    with window_of(qtbot, getattr(role_team, who)) as window:
        window.show_tab(Tab.OBJECTIVES)
        documents = window.objectives.show_plans().documents
        written = []
        for name, write in (
            ("review.pdf", documents.write_review),
            ("pack.pdf", documents.write_visit_pack),
            ("plan.pdf", documents.write_plan_pdf),
        ):
            task = write(tmp_path / name)
            assert task is not None
            qtbot.waitUntil(lambda t=task: t.finished, timeout=30_000)
            written.append(tmp_path / name)
    for path in written:
        text = " ".join(pages_text(path))
        assert "Chiffre d’affaires" in text or "Plan d’action" in text, path.name  # French, as printed
        found = FRENCH_COST_WORDS.findall(text)
        if who == "director":  # the firm's own review shows them: the check finds them where they are
            assert found or path.name != "review.pdf"
        else:
            assert found == [], path.name


def test_another_salespersons_plan_saved_is_refused_in_one_line_on_the_page(
    qtbot, role_team: RoleTeam
) -> None:
    with window_of(qtbot, role_team.salesperson) as window:
        window.show_tab(Tab.OBJECTIVES)
        page = window.objectives.show_plans()
        qtbot.waitUntil(lambda: page.salesperson.count() > 0)
        page.salesperson.setCurrentText("Hélène Garnier")
        qtbot.waitUntil(lambda: page.chosen()[0] == "Hélène Garnier" and page.view is not None)
        page.form.goal.setText("40 000")
        assert not page.save()  # PostgreSQL refuses: said on the page, nothing raised
        assert page.error.text().startswith("Your role (salesperson) does not allow this change in team_")
