"""Meeting mode, a client facing the screen: no file dialog lists a folder (whose files name other
clients), what is written out goes into the workspace's own folder, and no cost shows in a form."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel

from esn_desktop.services.workspace_settings import workspace_settings
from esn_desktop.store.database import Workspace
from esn_desktop.ui import file_dialogs
from esn_desktop.ui.dialogs.settings_dialog import SettingsDialog
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.tabs.action_plan_page import ActionPlanPage
from esn_desktop.ui.window_tabs import Tab
from tests.reports.pdf_text import whole_text


@pytest.fixture
def documents(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The person's Documents folder, in the test's own folder; with another client's review in
    it, which no dialog may list in meeting mode."""
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "revue-Codexia-2026-11.pdf").write_bytes(b"another client")
    real = QStandardPaths.writableLocation

    def location(kind: QStandardPaths.StandardLocation) -> str:
        return str(folder) if kind == QStandardPaths.StandardLocation.DocumentsLocation else real(kind)

    monkeypatch.setattr(QStandardPaths, "writableLocation", location)
    return folder


class Shown:
    """Qt's file dialogs, never shown: each one that would have been is recorded and cancelled."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.dialogs: list[str] = []

        def exec_(dialog: QFileDialog) -> int:
            self.dialogs.append(dialog.windowTitle())
            return QFileDialog.DialogCode.Rejected

        monkeypatch.setattr(QFileDialog, "exec", exec_)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    return Shown(monkeypatch)


class Answers:
    """The window's questions in meeting mode, answered and recorded."""

    def __init__(self, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
        self.save_in_own_folder = True
        self.leave = False
        self.asked: list[str] = []
        monkeypatch.setattr(window, "accept_saving_in_own_folder", self._own)
        monkeypatch.setattr(window, "accept_leaving_meeting_mode", self._leave)

    def _own(self, folder: str) -> bool:
        self.asked.append(f"own folder {folder}")
        return self.save_in_own_folder

    def _leave(self) -> bool:
        self.asked.append("leave meeting mode")
        return self.leave


def _window(qtbot, workspace: Workspace, monkeypatch) -> tuple[MainWindow, Answers]:  # type: ignore[no-untyped-def]
    window = MainWindow(workspace, "Exemple")
    qtbot.addWidget(window)
    answers = Answers(window, monkeypatch)
    window.meeting.set(True)
    return window, answers


def _plans(qtbot, window: MainWindow) -> ActionPlanPage:  # type: ignore[no-untyped-def]
    window.show_tab(Tab.OBJECTIVES)
    page = window.objectives.show_plans()
    qtbot.waitUntil(lambda: page.view is not None, timeout=10000)
    return page


def _own(documents: Path, workspace: Workspace) -> Path:
    return documents / "esn-desktop" / workspace_settings(workspace).company_name


def test_the_review_is_saved_in_the_workspaces_own_folder_without_a_dialog(
    qtbot, monkeypatch, small_workspace, documents, shown
) -> None:
    window, answers = _window(qtbot, small_workspace, monkeypatch)
    page = _plans(qtbot, window)
    answers.save_in_own_folder = False
    assert page.documents.write_review() is None  # cancelled: nothing written
    assert not _own(documents, small_workspace).exists()
    answers.save_in_own_folder = True
    task = page.documents.write_review()
    assert task is not None
    with qtbot.waitSignal(task.signals.succeeded, timeout=20000):
        pass
    own = _own(documents, small_workspace)
    name = f"revue-{page.documents.review_month.currentData():%Y-%m}-client.pdf"
    assert answers.asked == [f"own folder {own.name}"] * 2
    assert shown.dialogs == []  # no dialog listed Documents, nor Codexia's review in it
    assert sorted(p.name for p in own.iterdir()) == [name]
    assert "Marge" not in whole_text(own / name)  # client-safe
    assert page.documents.notice.text.text() == f"PDF written: {name}"
    assert window.meeting.on


def test_every_plan_of_the_month_goes_into_the_own_folder(
    qtbot, monkeypatch, small_workspace, documents, shown
) -> None:
    window, _answers = _window(qtbot, small_workspace, monkeypatch)
    page = _plans(qtbot, window)
    task = page.documents.write_every_plan(combined=False)
    assert task is not None
    with qtbot.waitSignal(task.signals.succeeded, timeout=30000):
        pass
    assert shown.dialogs == []
    written = sorted(_own(documents, small_workspace).iterdir())
    assert len(written) == 2 and all(p.suffix == ".pdf" for p in written)
    assert all("Marge" not in whole_text(p) for p in written)


def test_the_list_export_and_a_charts_png_go_into_the_own_folder(
    qtbot, monkeypatch, small_workspace, documents, shown
) -> None:
    window, answers = _window(qtbot, small_workspace, monkeypatch)
    window.show_tab(Tab.MISSIONS)
    window.export_list()
    qtbot.waitUntil(lambda: any(_own(documents, small_workspace).glob("*.xlsx")), timeout=10000)
    (path,) = _own(documents, small_workspace).glob("*.xlsx")
    headers = [cell.value for cell in next(load_workbook(path).active.iter_rows(max_row=1))]
    assert "Account" in headers and not any("argin" in str(h) or "CJM" in str(h) for h in headers)
    window.show_tab(Tab.DASHBOARD)
    png = window.dashboard.board.ask_png_path("revenue")
    assert png == _own(documents, small_workspace) / "revenue.png"
    assert shown.dialogs == []
    assert len(answers.asked) == 2


def test_opening_importing_or_creating_asks_to_leave_meeting_mode_before_any_dialog(
    qtbot, monkeypatch, small_workspace, documents, shown
) -> None:
    window, answers = _window(qtbot, small_workspace, monkeypatch)
    assert window.ask_existing_workspace() is None
    assert window.ask_import_file() is None
    assert window.ask_new_workspace_path() is None
    # Any other dialog of the window's, opened without asking first: refused all the same.
    assert file_dialogs.open_file_name(window.missions, "Open", documents, "*") is None
    assert file_dialogs.save_file_name(window.missions, "Save", documents, "*") is None
    assert shown.dialogs == []
    assert answers.asked == ["leave meeting mode"] * 5
    assert window.meeting.on
    answers.leave = True
    assert window.ask_import_file() is None  # cancelled in the dialog, shown once meeting mode is off
    assert shown.dialogs == ["Import"] and not window.meeting.on


def test_the_notice_shows_only_the_own_folder_in_meeting_mode(
    qtbot, monkeypatch, small_workspace, documents, shown
) -> None:
    window, answers = _window(qtbot, small_workspace, monkeypatch)
    page = _plans(qtbot, window)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    notice = page.documents.notice
    own = _own(documents, small_workspace)
    notice.show_written([own / "revue-2026-11-client.pdf"])
    qtbot.mouseClick(notice.folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(own)]
    # A PDF written before meeting mode, in a folder shared with other clients.
    notice.show_written([documents / "revue-2026-11.pdf"])
    qtbot.mouseClick(notice.folder_button, Qt.MouseButton.LeftButton)
    assert answers.asked == ["leave meeting mode"] and len(opened) == 1
    answers.leave = True
    qtbot.mouseClick(notice.folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened][-1] == str(documents) and not window.meeting.on


def test_the_settings_hide_what_a_consultant_costs_in_meeting_mode(
    qtbot, monkeypatch, small_workspace
) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    assert window.scope is not None
    before = workspace_settings(small_workspace)
    dialog = SettingsDialog(window.scope.operations, window.formatter, 0, window.scope.meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.charges.isVisible() and dialog.extra_costs.isVisible()
    assert not dialog.costs_hidden_note.isVisible()
    window.meeting.set(True)  # the idle lock, while the form is open
    assert not dialog.charges.isVisible() and not dialog.extra_costs.isVisible()
    assert dialog.costs_hidden_note.isVisible()
    shown = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
    assert "Company" in shown and "Worked days a year" in shown
    assert not shown & {"Employer charges (% of gross salary)", "Other yearly costs per consultant (€)"}
    dialog.company.setText("Exemple Conseil")
    dialog.save()
    after = workspace_settings(small_workspace)
    assert after.company_name == "Exemple Conseil"
    assert (after.employer_charge_rate, after.yearly_extra_costs) == (
        before.employer_charge_rate,
        before.yearly_extra_costs,
    )


def test_the_window_opens_the_settings_without_costs_in_meeting_mode(
    qtbot, monkeypatch, small_workspace
) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    window.meeting.set(True)
    seen: list[bool] = []

    def look(dialog: SettingsDialog) -> bool:
        dialog.show()
        seen.append(dialog.charges.isVisible() or dialog.extra_costs.isVisible())
        return False

    monkeypatch.setattr(window, "run_dialog", look)
    window.edit_settings()
    assert seen == [False]


@pytest.mark.parametrize("tab", [Tab.CONSULTANTS, Tab.MISSIONS])
def test_a_form_open_when_meeting_mode_comes_on_hides_its_costs(qtbot, small_workspace, tab: Tab) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    window.show_tab(tab)
    records = window.consultants if tab is Tab.CONSULTANTS else window.missions
    dialog = records.open_dialog(records.model.row_at(0))
    qtbot.addWidget(dialog)
    dialog.show()
    costs = dialog.cost if tab is Tab.CONSULTANTS else dialog.figures
    hidden = (
        (lambda: not dialog.cost.isVisible()) if tab is Tab.CONSULTANTS else (lambda: dialog.costs_hidden)
    )
    assert not hidden()
    window.meeting.set(True)
    assert hidden() and costs is not None
