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
    # The window's language, French by default; the command line says it in English.
    assert said == ["notes.esn n’est pas un espace de travail esn-desktop (ce n’est pas une base SQLite)"]


def test_the_charts_code_loads_only_once_the_window_is_idle(qtbot, monkeypatch, small_workspace) -> None:
    import sys
    from types import SimpleNamespace

    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    from esn_desktop.ui import warm_up

    # The watcher's own clock, moved by the test: a busy machine cannot stretch the pauses.
    now = [1000.0]
    monkeypatch.setattr(warm_up, "time", SimpleNamespace(monotonic=lambda: now[0]))
    monkeypatch.delitem(sys.modules, warm_up.MODULE, raising=False)
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    watcher = window.warm_up
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    for _ in range(40):  # someone clicking every 0.1 s for four seconds: nothing loads
        now[0] += 0.1
        watcher.eventFilter(window, press)
        watcher._check()
    assert watcher.loader is None and warm_up.MODULE not in sys.modules
    now[0] += warm_up.IDLE_SECONDS - 0.1  # not yet quiet long enough
    watcher._check()
    assert watcher.loader is None
    now[0] += 0.2
    watcher._check()
    assert watcher.loader is not None
    qtbot.waitUntil(lambda: watcher.done, timeout=20000)
    assert warm_up.MODULE in sys.modules
