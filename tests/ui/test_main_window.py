from esn_desktop.store.database import Workspace
from esn_desktop.ui.main_window import MainWindow


def test_main_window_names_the_open_workspace(qtbot, small_workspace: Workspace) -> None:
    window = MainWindow(small_workspace, "Exemple Numérique SAS")
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Exemple Numérique SAS — esn-desktop"
    assert window.statusBar().currentMessage() == str(small_workspace.path)


def test_main_window_without_workspace(qtbot) -> None:
    window = MainWindow(None)
    qtbot.addWidget(window)
    assert window.windowTitle() == "esn-desktop"
