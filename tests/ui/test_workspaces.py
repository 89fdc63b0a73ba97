from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

from esn_desktop.services.transfer import import_document
from esn_desktop.store.database import create_workspace
from esn_desktop.ui import recent_workspaces
from esn_desktop.ui.dialogs.passphrase_dialog import NewWorkspace
from esn_desktop.ui.main_window import MainWindow
from tests.conftest import SMALL_WORKSPACE, mode


def make_small(path: Path) -> Path:
    with create_workspace(path) as workspace:
        import_document(workspace, SMALL_WORKSPACE)
    return path


def test_first_start_offers_create_open_and_demo(qtbot) -> None:
    assert recent_workspaces.recent() == []  # earlier tests opened workspaces: none leaks here
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "esn-desktop"
    assert [
        b.text()
        for b in (window.welcome.create_button, window.welcome.open_button, window.welcome.demo_button)
    ] == ["Create a workspace…", "Open a workspace…", "Open the demo"]


def test_create_a_workspace_named_after_the_company(qtbot, monkeypatch, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "ask_new_workspace_path", lambda: tmp_path / "acme.esn")
    monkeypatch.setattr(window, "ask_new_workspace", lambda: NewWorkspace("ACME Conseil"))
    monkeypatch.setattr("esn_desktop.services.workspaces.storage_risk", lambda _path: None)
    window.welcome.create_button.click()
    assert window.windowTitle() == "ACME Conseil — esn-desktop"
    assert window.stack.currentWidget() is window.tabs
    assert window.prospects.model.rowCount() == 0
    assert recent_workspaces.recent()[0] == (tmp_path / "acme.esn").resolve()
    window.close_workspace()


def test_switching_never_shows_one_company_under_another(qtbot, monkeypatch, tmp_path: Path) -> None:
    first = make_small(tmp_path / "exemple.esn")
    with create_workspace(tmp_path / "other.esn"):
        pass
    monkeypatch.setattr("esn_desktop.services.workspaces.storage_risk", lambda _path: None)
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(first)
    assert window.windowTitle() == "Exemple Numérique SAS — esn-desktop"
    assert window.prospects.model.rowCount() == 3
    window.open_path(tmp_path / "other.esn")
    assert window.windowTitle() == "other — esn-desktop"
    assert window.tabs.count() == 5
    assert window.prospects.model.rowCount() == 0
    # In the page on show, and still there once the first workspace's pages are deleted.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.tabs.widget(0).isAncestorOf(window.prospects)
    # The first workspace was closed, its lock released: another writer may open it.
    with create_workspace(tmp_path / "third.esn"):
        pass
    from esn_desktop.store.database import open_workspace

    open_workspace(first).close()
    window.close_workspace()
    assert window.stack.currentWidget() is window.welcome
    assert [p.name for p in recent_workspaces.recent()[:2]] == ["other.esn", "exemple.esn"]
    assert recent_workspaces.company_of(first.resolve()) == "Exemple Numérique SAS"
    assert "Exemple Numérique SAS" in window.welcome.recent_list.item(1).text()


def test_a_bad_file_is_explained_and_the_welcome_screen_stays(qtbot, monkeypatch, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    (tmp_path / "notes.esn").write_text("pas une base")
    window.open_path(tmp_path / "notes.esn")
    assert errors == ["notes.esn is not an esn-desktop workspace (it is not a SQLite database)"]
    assert window.stack.currentWidget() is window.welcome


def test_a_synced_folder_asks_first(qtbot, monkeypatch, tmp_path: Path) -> None:
    path = (
        make_small(tmp_path / "Dropbox" / "exemple.esn") if (tmp_path / "Dropbox").mkdir() is None else None
    )
    window = MainWindow()
    qtbot.addWidget(window)
    asked: list[str] = []
    monkeypatch.setattr(window, "accept_risky_place", lambda risk: asked.append(risk) or False)
    window.open_path(path)
    assert "Dropbox synchronises files" in asked[0]
    assert window.workspace is None


def test_layout_is_remembered_per_workspace(qtbot, monkeypatch, tmp_path: Path) -> None:
    path = make_small(tmp_path / "exemple.esn")
    monkeypatch.setattr("esn_desktop.services.workspaces.storage_risk", lambda _path: None)
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(path)
    window.prospects.table.horizontalHeader().resizeSection(1, 222)
    window.close_workspace()
    window.open_path(path)
    assert window.prospects.table.horizontalHeader().sectionSize(1) == 222
    window.close_workspace()


def test_demo_is_built_in_the_background_then_opened(qtbot, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(recent_workspaces, "default_folder", lambda: tmp_path)
    monkeypatch.setattr("esn_desktop.ui.demo_builder.DEMO_PROSPECTS", 40)
    monkeypatch.setattr("esn_desktop.services.workspaces.storage_risk", lambda _path: None)
    window = MainWindow()
    qtbot.addWidget(window)
    window.welcome.demo_button.click()
    assert window.demo_task is not None
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    assert window.prospects.model.rowCount() == 40
    window.close_workspace()


def test_switch_language_keeps_the_workspace_open(qtbot, monkeypatch, tmp_path: Path) -> None:
    from esn_desktop.ui.i18n import chosen_language

    path = make_small(tmp_path / "exemple.esn")
    monkeypatch.setattr("esn_desktop.services.workspaces.storage_risk", lambda _path: None)
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(path)
    window.set_language("fr")
    assert chosen_language() == "fr"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Prospects",
        "Consultants",
        "Missions",
        "Objectifs",
        "Tableau de bord",
    ]
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.prospects.count.text() == "Comptes\u202f: 3"
    assert window.windowTitle() == "Exemple Numérique SAS — esn-desktop"
    window.set_language("en")
    assert window.tabs.tabText(3) == "Objectives"
    assert window.prospects.count.text() == "Accounts: 3"
    window.close_workspace()


def test_the_default_workspaces_folder_is_created_private(monkeypatch, tmp_path: Path, umask_022) -> None:
    from PySide6.QtCore import QStandardPaths

    data = tmp_path / "share" / "esn-desktop"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: str(data))
    folder = recent_workspaces.default_folder()
    assert folder == data / "workspaces"
    assert mode(tmp_path / "share") == mode(data) == mode(folder) == 0o700
