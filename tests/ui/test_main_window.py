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


def test_esn_desktop_without_arguments_starts_the_app(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from esn_desktop.cli import main

    shown: list[str] = []

    def fake_exec() -> int:
        # Windows only: a tooltip another test left up is no window of this start.
        shown.extend(
            w.windowTitle()
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and isinstance(w, QMainWindow)
        )
        for widget in QApplication.topLevelWidgets():
            widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert main([]) == 0
    assert shown == ["esn-desktop"]


def test_gui_on_a_broken_file_says_why_instead_of_crashing(qtbot, monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from esn_desktop.cli import main

    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: said.append(text))
    )
    broken = tmp_path / "notes.esn"
    broken.write_text("pas une base")
    assert main(["gui", str(broken)]) == 1
    assert said == ["notes.esn is not an esn-desktop workspace (it is not a SQLite database)"]
