"""Every write the window makes says so in the status bar, in one style: « Fait : » and the name
Edit > Undo gives it. The trial saw « Appel noté pour … », « Activité notée pour … : Rendez-vous »,
and nothing at all after a no-show marked or a consultant saved."""

from datetime import date

from PySide6.QtCore import Qt

from esn_desktop.domain.activities import ActivityKind
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.window_tabs import Tab
from tests.ui.test_prospects_tab import shown_names, timeline_texts


def _window(qtbot, workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(workspace, "Exemple")
    qtbot.addWidget(window)
    window.prospects.panel.today = date(2026, 11, 22)
    return window


def test_marking_a_no_show_says_it_was_done(qtbot, small_workspace) -> None:
    window = _window(qtbot, small_workspace)
    tab = window.prospects
    tab.table.selectRow(shown_names(tab).index("Mutuelle Horizon"))
    panel = tab.panel
    panel.timeline.setCurrentRow(
        timeline_texts(panel).index(
            "04/11/2026 — Meeting — done — Sophie Marchand — Hélène Garnier — Point de cadrage"
        )
    )
    qtbot.mouseClick(panel.no_show_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Done: No-show at Mutuelle Horizon"
    assert window.undo_stack.undoText() == "No-show at Mutuelle Horizon"  # the same name
    # Undone and redone, the status bar says so: « Done » would no longer be true.
    window.undo_stack.undo()
    assert window.statusBar().currentMessage() == "Undone: No-show at Mutuelle Horizon"
    window.undo_stack.redo()
    assert window.statusBar().currentMessage() == "Redone: No-show at Mutuelle Horizon"


def test_saving_a_consultant_says_it_was_done(qtbot, monkeypatch, small_workspace) -> None:
    window = _window(qtbot, small_workspace)
    window.show_tab(Tab.CONSULTANTS)
    consultants = window.consultants

    def save(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.name.setText("Zoé Trial")  # keyClicks types ASCII only
        qtbot.keyClicks(dialog.cost, "420")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return bool(dialog.result())

    monkeypatch.setattr(type(consultants), "run_dialog", lambda _self, dialog: save(dialog))
    consultants.new_button.click()
    assert window.statusBar().currentMessage() == "Done: Consultant Zoé Trial"


def test_a_call_and_a_meeting_logged_are_said_alike(qtbot, monkeypatch, small_workspace) -> None:
    window = _window(qtbot, small_workspace)
    tab = window.prospects
    tab.table.selectRow(shown_names(tab).index("Transports Lemaire"))
    said = []
    for kind in (ActivityKind.CALL, ActivityKind.MEETING):

        def save(dialog, kind=kind) -> bool:  # type: ignore[no-untyped-def]
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            return bool(dialog.result())

        monkeypatch.setattr(type(window), "run_dialog", lambda _self, dialog, save=save: save(dialog))
        window.log_action.trigger()
        said.append(window.statusBar().currentMessage())
    assert said == ["Done: Call at Transports Lemaire", "Done: Meeting at Transports Lemaire"]
