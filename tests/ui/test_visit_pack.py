"""The visit pack from the window: its own month (the last complete one), one click to one PDF
client-safe in meeting mode, a notice that opens it, and the save dialog where the workspace's
last PDF went."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from esn_desktop.store.database import Workspace, create_workspace
from esn_desktop.ui import file_dialogs
from esn_desktop.ui.i18n import install_language
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.tabs.action_plan_page import ActionPlanPage
from esn_desktop.ui.tabs.objectives_tab import PLANS_PAGE, ObjectivesTab
from tests.reports.pdf_text import pages_text, qpdf_check, whole_text

DECEMBER_1ST = date(2026, 12, 1)


def _page(qtbot, workspace: Workspace, today: date, window: MainWindow | None = None):  # type: ignore[no-untyped-def]
    window = window or MainWindow(workspace, "Exemple")
    qtbot.addWidget(window)
    tab = ObjectivesTab(window.scope.operations, window.formatter, today=today, meeting=window.meeting)
    # A window of the main window's, as a dialog is: its questions (meeting mode's) are the main
    # window's, found through its parent rather than among every window the tests left open.
    tab.setParent(window, Qt.WindowType.Window)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.plans.loaded, timeout=5000):
        tab.pages.setCurrentIndex(PLANS_PAGE)
    return window, tab.plans


class Dialogs:
    """Stands in for the save dialog: records where it starts, answers with `answer`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.starts: list[Path] = []
        self.answer: Path | None = None
        monkeypatch.setattr(file_dialogs, "save_file_name", self.save_file_name)

    def save_file_name(self, _parent, _caption, start: Path, _filter, **_options) -> Path | None:  # type: ignore[no-untyped-def]
        self.starts.append(start)
        return self.answer


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the notice asked the desktop to open, instead of opening it."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.mark.parametrize(
    ("today", "reviewed", "planned"),
    [
        (DECEMBER_1ST, date(2026, 11, 1), date(2026, 12, 1)),
        (date(2027, 1, 1), date(2026, 12, 1), date(2027, 1, 1)),  # across the year
        (date(2026, 11, 20), date(2026, 10, 1), date(2026, 11, 1)),
    ],
)
def test_the_review_has_its_own_month_the_last_complete_one(
    qtbot, small_workspace, today: date, reviewed: date, planned: date
) -> None:
    _, page = _page(qtbot, small_workspace, today)
    assert page.documents.review_month.currentData() == reviewed
    assert page.month.currentData() == planned  # the plans stay on the month under way
    # A year back, and the month under way for a review drawn up before it ends.
    assert page.documents.review_month.itemData(0) == planned
    assert page.documents.review_month.count() == 13


def test_the_visit_pack_is_one_click_to_one_file_and_a_notice_that_opens_it(
    qtbot, monkeypatch, small_workspace, tmp_path, opened
) -> None:
    dialogs = Dialogs(monkeypatch)
    _, page = _page(qtbot, small_workspace, DECEMBER_1ST)
    summary = page.progress.status.text()
    folder = tmp_path / "clients" / "exemple"
    folder.mkdir(parents=True)
    dialogs.answer = folder / "dossier-visite-exemple-numerique-sas-2026-11.pdf"
    qtbot.mouseClick(page.documents.pack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.documents.notice.isVisibleTo(page), timeout=20000)
    # The dialog proposed the client and the month reviewed, not the plans' month.
    assert dialogs.starts[0].name == "dossier-visite-exemple-numerique-sas-2026-11.pdf"
    pack = dialogs.answer
    qpdf_check(pack)
    pages = pages_text(pack)
    assert pages[0].startswith("Revue mensuelle — novembre 2026")
    # The month ended reviewed, the plans of the month begun (the plans page's month).
    assert sum("Plan d’action commercial — décembre 2026" in p for p in pages) == 2
    assert "Marge" in whole_text(pack)  # not in meeting mode: the director's own copy
    assert page.documents.notice.text.text() == f"PDF written: {pack.name}"
    assert page.progress.status.text() == summary  # the summary line is left alone
    qtbot.mouseClick(page.documents.notice.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.documents.notice.folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(pack), str(folder)]
    qtbot.mouseClick(page.documents.notice.close_button, Qt.MouseButton.LeftButton)
    assert not page.documents.notice.isVisibleTo(page)


def test_in_meeting_mode_the_pack_is_client_safe(qtbot, monkeypatch, small_workspace, tmp_path) -> None:
    dialogs = Dialogs(monkeypatch)
    window, page = _page(qtbot, small_workspace, DECEMBER_1ST)
    window.meeting.set(True)
    # No save dialog in meeting mode: it goes into the workspace's own folder, once agreed.
    own = tmp_path / "own"
    monkeypatch.setattr(file_dialogs, "own_documents_folder", lambda _workspace: own)
    monkeypatch.setattr(window, "accept_saving_in_own_folder", lambda _folder: True)
    task = page.documents.write_visit_pack()
    assert task is not None
    with qtbot.waitSignal(task.signals.succeeded, timeout=20000):
        pass
    assert dialogs.starts == []
    pack = own / "dossier-visite-exemple-numerique-sas-2026-11-client.pdf"
    text = whole_text(pack)
    assert "Version client : chiffres internes retirés." in text
    for word in ("Marge", "marge", "Coût", "coût", "CJM"):
        assert word not in text


def test_the_save_dialog_starts_where_this_workspaces_last_pdf_went(
    qtbot, monkeypatch, small_workspace, tmp_path
) -> None:
    dialogs = Dialogs(monkeypatch)
    _, page = _page(qtbot, small_workspace, DECEMBER_1ST)
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    assert page.documents.write_review() is None  # cancelled: nothing written, nothing remembered
    first = dialogs.starts[-1]
    assert first.parent == (documents if documents.is_dir() else Path.home())
    assert first.name == "revue-2026-11.pdf"
    folder = tmp_path / "Exemple Numérique"
    folder.mkdir()
    dialogs.answer = folder / "revue-2026-11.pdf"
    task = page.documents.write_review()
    assert task is not None
    with qtbot.waitSignal(task.signals.succeeded, timeout=20000):
        pass
    dialogs.answer = None
    page.documents.write_visit_pack()
    page.documents.write_plan_pdf()
    assert [start.parent for start in dialogs.starts[-2:]] == [folder, folder]
    # Another client's workspace does not start in this client's folder.
    with create_workspace(tmp_path / "autre.esn") as other:
        assert file_dialogs.documents_folder(other.path) != folder
        assert file_dialogs.documents_folder(small_workspace.path) == folder
    # A remembered folder since removed: back to the default rather than a dead path.
    folder.joinpath("revue-2026-11.pdf").unlink()
    folder.rmdir()
    assert file_dialogs.documents_folder(small_workspace.path) == first.parent


def test_the_file_menu_writes_the_visit_pack(qtbot, monkeypatch, small_workspace, tmp_path) -> None:
    dialogs = Dialogs(monkeypatch)
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    dialogs.answer = tmp_path / "pack.pdf"
    assert window.visit_pack_action.isEnabled()
    window.visit_pack_action.trigger()
    page = window.objectives.plans
    assert isinstance(page, ActionPlanPage)
    assert window.tabs.currentWidget().objectName() == "objectives"
    assert window.objectives.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.documents.notice.isVisibleTo(page), timeout=20000)
    assert pages_text(tmp_path / "pack.pdf")[0].startswith("Revue mensuelle")


def test_the_plan_page_speaks_of_unattended_meetings_as_the_pdfs_do(qtbot, qapp, small_workspace) -> None:
    from esn_desktop.reports.wording import FRENCH

    formatter = install_language(qapp, "fr")
    window = MainWindow(small_workspace, "Exemple", formatter)
    _, page = _page(qtbot, small_workspace, DECEMBER_1ST, window)
    assert page.progress.status.text().endswith(FRENCH["No-shows to reschedule"].lower())
    assert "no-show" not in page.progress.status.text()
    assert page.documents.pack_button.text() == "Dossier de visite…"
    assert window.visit_pack_action.text() == "Dossier de &visite…"
