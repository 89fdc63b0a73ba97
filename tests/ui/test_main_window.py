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


def test_charts_and_documents_code_load_when_the_window_is_idle(qtbot, monkeypatch, small_workspace) -> None:
    import importlib
    import sys
    from types import SimpleNamespace

    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    from esn_desktop.ui import warm_up

    # The watcher's own clock, moved by the test: a busy machine cannot stretch the pauses.
    now = [1000.0]
    monkeypatch.setattr(warm_up, "time", SimpleNamespace(monotonic=lambda: now[0]))
    # An earlier window's warm-up may still be importing it: the import lock waits for that one.
    for module in warm_up.MODULES:
        importlib.import_module(module)
        monkeypatch.delitem(sys.modules, module)
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
    assert watcher.loader is None and not set(warm_up.MODULES) & set(sys.modules)
    now[0] += warm_up.IDLE_SECONDS - 0.1  # not yet quiet long enough
    watcher._check()
    assert watcher.loader is None
    now[0] += 0.2
    watcher._check()
    assert watcher.loader is not None
    qtbot.waitUntil(lambda: watcher.done, timeout=20000)
    assert set(warm_up.MODULES) <= set(sys.modules)


def test_the_tabs_are_named_and_ctrl_and_a_digit_follows_their_order(qtbot, small_workspace) -> None:
    from PySide6.QtCore import Qt

    from esn_desktop.ui.window_tabs import Tab

    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):  # shortcuts work in the active window only
        window.activateWindow()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Prospects",
        "Consultants",
        "Missions",
        "Objectives",
        "Dashboard",
    ]
    assert window.pages.current_tab() is Tab.PROSPECTS
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.current_tab() is Tab.OBJECTIVES
    assert window.tabs.currentWidget().isAncestorOf(window.objectives)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.current_tab() is Tab.MISSIONS
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.current_tab() is Tab.PROSPECTS


def test_a_click_on_a_salesperson_then_a_channel_lists_their_accounts(qtbot, small_workspace) -> None:
    from esn_desktop.ui.charts.drill_down import DrillDown, DrillTarget
    from esn_desktop.ui.window_tabs import Tab
    from tests.ui.test_account_editing import shown_names

    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    window.show_tab(Tab.MISSIONS)
    window.drill_down(DrillDown(DrillTarget.OWNER, "Karim Benali"))  # the objectives chart's bar
    assert window.pages.current_tab() is Tab.PROSPECTS
    assert sorted(shown_names(window.prospects)) == ["Boulangeries Réunies", "Transports Lemaire"]
    window.drill_down(DrillDown(DrillTarget.CHANNEL, "Téléprospection"))  # the salesperson's filter stays
    assert shown_names(window.prospects) == ["Boulangeries Réunies"]
    assert window.prospects.owner.currentData() == "Karim Benali"
