"""A workspace the window can only read (a write-protected file or folder, or one another copy of
the app is changing): it opens for reading instead of being refused, a banner inside the window
says so, every control that would change the file is out of reach, lists, exports and PDFs
work, nothing is backed up beside it, and the next writable workspace is editable again."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog

from esn_desktop.domain.pipeline import Stage
from esn_desktop.services.topics import EVERYTHING
from esn_desktop.services.transfer import import_document
from esn_desktop.store.backup import backups_dir_for
from esn_desktop.store.database import create_workspace, open_workspace
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.tabs.prospects_tab import PIPELINE_PAGE
from esn_desktop.ui.window_tabs import Tab
from tests.conftest import SMALL_WORKSPACE

ROOT = Path(__file__).resolve().parents[2]


def _build(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with create_workspace(path) as workspace:
        import_document(workspace, SMALL_WORKSPACE)
    return path


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """The small workspace, closed: each test opens it as it needs."""
    return _build(tmp_path / "archive" / "client.esn")


@pytest.fixture
def protected(archive: Path) -> Iterator[Path]:
    """The archive write-protected, file and folder, as on a backup disk or a colleague's share."""
    archive.chmod(0o444)
    archive.parent.chmod(0o555)
    yield archive
    archive.parent.chmod(0o755)


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _modes_bind(monkeypatch: pytest.MonkeyPatch) -> None:
    """Root may write whatever the modes say: the store's check (os.access) is answered from the
    owner's mode bits, as it would be for anyone else. The modes themselves are real."""
    if os.geteuid() != 0:
        return
    bits = {os.R_OK: stat.S_IRUSR, os.W_OK: stat.S_IWUSR, os.X_OK: stat.S_IXUSR}

    def access(path: str | Path, mode: int, **_options: object) -> bool:
        st_mode = Path(path).stat().st_mode
        return all(st_mode & bit for wanted, bit in bits.items() if mode & wanted)

    monkeypatch.setattr(os, "access", access)


def _forms_shown(qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> list[object]:  # type: ignore[no-untyped-def]
    """Every form the window or its tabs show, recorded instead of shown."""
    shown: list[object] = []

    def record(_self: object, dialog: QDialog) -> bool:
        qtbot.addWidget(dialog)  # deleted with the test, not at interpreter exit
        shown.append(dialog)
        return False

    for tab in (window, window.prospects.panel, window.consultants, window.missions):
        monkeypatch.setattr(type(tab), "run_dialog", record)
    return shown


def reachable(qtbot, window: MainWindow) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    """Whether each control that changes the workspace can be used, each in a state where a
    writable workspace allows it (an account, a meeting, a consultant and a leave picked)."""
    prospects = window.prospects
    prospects.table.selectRow(
        next(r for r in range(prospects.model.rowCount()) if prospects.model.id_at(r) == 1)
    )
    panel = prospects.panel
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.name == "Mutuelle Horizon")
    # A meeting held (the timeline also shows its deal's moves): it could be marked as a no-show.
    meeting = next(
        row for row in range(panel.timeline.count()) if "Meeting — done" in panel.timeline.item(row).text()
    )
    panel.timeline.setCurrentRow(meeting)
    panel.contacts.setCurrentCell(0, 0)
    panel.deals.setCurrentCell(0, 0)
    prospects.pages.setCurrentIndex(PIPELINE_PAGE)
    board = prospects.board
    qtbot.waitUntil(lambda: board.models[Stage.PROPOSAL].rowCount() == 1)
    card_view = board.views[Stage.PROPOSAL]
    card_view.selectionModel().select(
        card_view.model().index(0), card_view.selectionModel().SelectionFlag.Select
    )
    menu = board.context_menu(card_view)
    assert menu is not None
    prospects.pages.setCurrentIndex(0)
    window.show_tab(Tab.CONSULTANTS)
    consultants = window.consultants
    consultants.table.selectRow(
        next(
            r
            for r in range(consultants.model.rowCount())
            if consultants.model.row_at(r).name == "Lucas Moreau"
        )
    )
    consultants.panel.leaves.setCurrentRow(0)  # his leave in November
    window.show_tab(Tab.MISSIONS)
    missions = window.missions
    missions.table.selectRow(0)
    window.show_tab(Tab.OBJECTIVES)
    plans = window.objectives.plans
    window.objectives.pages.setCurrentWidget(plans)
    qtbot.waitUntil(lambda: plans.view is not None)
    return {
        "File > Import": window.import_action.isEnabled(),
        "Log an activity (Ctrl+L)": window.log_action.isEnabled(),
        "Workspace settings": window.settings_action.isEnabled(),
        "Ctrl+N": window.new_shortcut.isEnabled(),
        "new account": prospects.new_button.isEnabled(),
        "edit the account": panel.edit_button.isEnabled(),
        "delete the account": panel.delete_button.isEnabled(),
        "add a contact": panel.add_contact_button.isEnabled(),
        "delete a contact": panel.delete_contact_button.isEnabled(),
        "edit a contact (double-click)": panel.contacts.viewport().isEnabled(),
        "new deal": panel.add_deal_button.isEnabled(),
        "delete a deal": panel.delete_deal_button.isEnabled(),
        "a deal's stage": panel.deals.cellWidget(0, 2).isEnabled(),
        "log from the timeline": panel.log_button.isEnabled(),
        "mark a no-show": panel.no_show_button.isEnabled(),
        "drag a card": card_view.dragDropMode() != QAbstractItemView.DragDropMode.NoDragDrop,
        "right-click Move to": menu.actions()[0].isEnabled(),
        "new consultant": consultants.new_button.isEnabled(),
        "delete a consultant": consultants.delete_button.isEnabled(),
        "leave dates": consultants.panel.leave_start.isEnabled(),
        "add a leave": consultants.panel.add_leave_button.isEnabled(),
        "remove a leave": consultants.panel.remove_leave_button.isEnabled(),
        "new mission": missions.new_button.isEnabled(),
        "delete a mission": missions.delete_button.isEnabled(),
        "save the plan": plans.save_button.isEnabled(),
        "the plan's goal": not plans.form.goal.isReadOnly(),
        "the plan's rules": plans.form.rules.table.viewport().isEnabled(),
        "add a rule": plans.form.rules.add_button.isEnabled(),
        "add a target account": plans.form.add_target_button.isEnabled(),
        "the deals to push": plans.form.pushes.table.viewport().isEnabled(),
        "the plan's notes": not plans.form.notes.isReadOnly(),
    }


def open_window(qtbot, workspace, company: str = "Exemple") -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(workspace, company)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_workspace_open_for_reading_is_marked_and_cannot_be_changed_from_any_control(
    qtbot, monkeypatch, archive: Path
) -> None:
    window = open_window(qtbot, open_workspace(archive, write=False))
    assert window.read_only_banner.isVisible()
    assert window.read_only_banner.text().startswith("<b>Read-only: this workspace is open for reading")
    # Inside the window, above the tabs; not a window of its own.
    assert not window.read_only_banner.isWindow() and window.isAncestorOf(window.read_only_banner)
    assert window.read_only_label.isVisible() and window.read_only_label.text() == "READ-ONLY"
    assert window.windowTitle() == "Exemple — esn-desktop (read-only)"

    assert [name for name, usable in reachable(qtbot, window).items() if usable] == []
    # F5 reads everything again: nothing comes back to life.
    window.events.data_changed.emit(EVERYTHING)
    qtbot.waitUntil(lambda: window.objectives.plans.view is not None)
    assert not window.objectives.plans.save_button.isEnabled()
    assert not window.prospects.panel.no_show_button.isEnabled()


@pytest.mark.parametrize("write", [True, False], ids=["writable", "read-only"])
def test_clicks_and_keys_that_edit_open_a_form_only_when_the_workspace_can_be_written(
    qtbot, monkeypatch, archive: Path, write: bool
) -> None:
    window = open_window(qtbot, open_workspace(archive, write=write))
    shown = _forms_shown(qtbot, monkeypatch, window)
    window.show_tab(Tab.CONSULTANTS)
    consultants = window.consultants
    qtbot.mouseClick(consultants.new_button, Qt.MouseButton.LeftButton)
    cell = consultants.table.visualRect(consultants.model.index(0, 0)).center()
    qtbot.mouseClick(consultants.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(consultants.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert consultants.panel.consultant is not None  # picked by the click either way
    with qtbot.waitActive(window):  # shortcuts work in the active window only
        window.activateWindow()
    consultants.table.setFocus()
    qtbot.keyClick(consultants.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.show_tab(Tab.PROSPECTS)
    window.prospects.table.selectRow(0)
    qtbot.mouseClick(window.prospects.panel.add_deal_button, Qt.MouseButton.LeftButton)
    # New consultant, the consultant double-clicked, Ctrl+N, new deal: one form each, or none.
    assert len(shown) == (4 if write else 0)
    window.close_workspace()


def test_a_workspace_open_for_reading_still_exports_and_writes_documents(
    qtbot, archive: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, open_workspace(archive, write=False))
    assert window.export_action.isEnabled()
    accounts = tmp_path / "out" / "comptes.csv"
    accounts.parent.mkdir()
    window.prospects.export(accounts)
    qtbot.waitUntil(accounts.exists)
    assert "Mutuelle Horizon" in accounts.read_text(encoding="utf-8-sig")
    plans = window.objectives.plans
    assert plans.documents.plan_pdf_button.isEnabled() and plans.documents.review_button.isEnabled()
    review = tmp_path / "out" / "revue.pdf"
    task = plans.documents.write_review(review)
    assert task is not None
    qtbot.waitUntil(review.exists, timeout=20_000)
    assert review.read_bytes().startswith(b"%PDF")


def test_no_scheduled_backup_is_attempted_beside_a_workspace_open_for_reading(qtbot, archive: Path) -> None:
    QSettings().setValue("backups/every_hours", 24)  # due: none was ever made
    window = open_window(qtbot, open_workspace(archive, write=False))
    window.back_up_if_due()
    assert window.backup_task is None
    assert not backups_dir_for(archive).exists()


def test_a_write_protected_workspace_opens_for_reading_instead_of_being_refused(
    qtbot, monkeypatch, protected: Path
) -> None:
    _modes_bind(monkeypatch)
    errors: list[str] = []
    window = MainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "show_error", errors.append)
    window.show()
    before = _snapshot(protected.parent)
    window.open_path(protected)
    assert errors == []
    assert window.workspace is not None and not window.workspace.writable
    assert window.read_only_banner.isVisible()
    assert "(its folder or the file itself is write-protected)" in window.read_only_banner.text()
    assert "damaged" not in window.read_only_banner.text()
    assert window.prospects.model.rowCount() == 3
    assert not window.prospects.new_button.isEnabled()
    window.close_workspace()
    assert _snapshot(protected.parent) == before  # not a byte written, not a file added


def test_switching_between_read_only_and_writable_workspaces_restores_editing_fully(
    qtbot, monkeypatch, protected: Path, tmp_path: Path
) -> None:
    _modes_bind(monkeypatch)
    writable = _build(tmp_path / "live" / "client.esn")
    window = open_window(qtbot, open_workspace(writable))
    # Each control the list measures is usable here: the list does not pass for want of trying.
    assert [name for name, usable in reachable(qtbot, window).items() if not usable] == []
    # An edit, so that there is something to undo.
    window.show_tab(Tab.CONSULTANTS)
    window.consultants.panel.add_leave()
    assert window.undo_action.isEnabled()

    window.open_path(protected)
    assert window.workspace is not None and not window.workspace.writable
    assert window.read_only_banner.isVisible() and window.read_only_label.isVisible()
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert [name for name, usable in reachable(qtbot, window).items() if usable] == []

    window.open_path(writable)
    assert window.workspace is not None and window.workspace.writable
    assert not window.read_only_banner.isVisible() and not window.read_only_label.isVisible()
    assert window.windowTitle() == "Exemple Numérique SAS — esn-desktop"
    assert [name for name, usable in reachable(qtbot, window).items() if not usable] == []
    window.close_workspace()
    assert not window.read_only_banner.isVisible() and window.windowTitle() == "esn-desktop"


@pytest.fixture
def held_elsewhere(archive: Path) -> Iterator[Path]:
    """The archive open for writing in another process, as another copy of the app would hold it."""
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from esn_desktop.store.database import open_workspace;"
            "ws = open_workspace(Path(sys.argv[1])); print('ready', flush=True); sys.stdin.read()",
            str(archive),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    ) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "ready"
        yield archive
        holder.stdin.close()  # the holder reads to the end of its input, then quits
        holder.wait(timeout=30)


def test_a_workspace_another_copy_is_changing_can_be_opened_for_reading(
    qtbot, monkeypatch, held_elsewhere: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    asked: list[str] = []
    answer = False
    monkeypatch.setattr(window, "accept_reading_only", lambda reason: asked.append(reason) or answer)
    window.show()

    window.open_path(held_elsewhere)  # "No": nothing opens, nothing else is said
    assert len(asked) == 1 and "is already open for writing by" in asked[0]
    assert window.workspace is None and errors == []
    assert not window.read_only_banner.isVisible()

    answer = True
    window.open_path(held_elsewhere)
    assert window.workspace is not None and not window.workspace.writable
    assert "another copy of esn-desktop is changing this file" in window.read_only_banner.text()
    assert window.prospects.model.rowCount() == 3
    assert not window.prospects.new_button.isEnabled()
    window.close_workspace()


def test_esn_desktop_gui_on_a_write_protected_workspace_shows_it_read_only_in_french(
    protected: Path, tmp_path: Path
) -> None:
    """The real command, in a process where the file modes bind (without root's override)."""
    user: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: file modes cannot be made to bind")
        user = [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]
    driver = """
import json, sys
from PySide6.QtWidgets import QApplication, QMessageBox
from esn_desktop.cli import main
from esn_desktop.ui.main_window import MainWindow

def shown() -> int:
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    print(json.dumps({
        "title": window.windowTitle(),
        "banner": window.read_only_banner.text() if window.read_only_banner.isVisible() else None,
        "mark": window.read_only_label.text(),
        "new_account": window.prospects.new_button.isEnabled(),
        "accounts": window.prospects.model.rowCount(),
    }))
    window.close()
    return 0

QApplication.exec = staticmethod(shown)
QMessageBox.critical = staticmethod(lambda _parent, _title, text: print(text, file=sys.stderr))
sys.exit(main(["gui", sys.argv[1]]))
"""
    home = tmp_path / "home"
    home.mkdir()
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),  # the recent list and the layout go to a profile of this test's own
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
    }
    result = subprocess.run(
        [*user, sys.executable, "-c", driver, str(protected)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {
        "title": "Exemple Numérique SAS — esn-desktop (lecture seule)",
        "banner": "<b>Lecture seule\u202f: ce fichier ne peut pas être modifié (dossier ou fichier "
        "protégé en écriture).</b> Listes, tableau de bord, exports et PDF fonctionnent normalement.",
        "mark": "LECTURE SEULE",
        "new_account": False,
        "accounts": 3,
    }


@pytest.mark.parametrize("write", [True, False], ids=["writable", "read-only"])
def test_the_no_show_queue_books_and_holds_only_in_a_writable_workspace(
    qtbot, archive: Path, write: bool
) -> None:
    from datetime import date

    from sqlalchemy import func, select

    from esn_desktop.services.no_shows import mark_no_show
    from esn_desktop.store import models as m

    with open_workspace(archive) as workspace, workspace.session() as session:
        meeting = session.execute(
            select(m.Activity.id).where(m.Activity.activity_date == date(2026, 11, 4))
        ).scalar_one()
    with open_workspace(archive) as workspace:
        mark_no_show(workspace, activity_id=meeting)
    window = open_window(qtbot, open_workspace(archive, write=write))
    queue = window.prospects.no_shows
    queue.today = date(2026, 11, 22)
    queue.reload()
    qtbot.waitUntil(lambda: queue.task is None and queue.list.count() == 1)
    assert queue.slots.count() == 3 and queue.copy_button.isEnabled()
    assert queue.book_button.isEnabled() is write
    assert queue.rescheduled_button.isEnabled() is write
    qtbot.mouseClick(queue.copy_button, Qt.MouseButton.LeftButton)  # the message goes out either way
    assert queue.notice.text() == ""
    with window.workspace.session() as session:
        held = session.execute(select(func.count()).select_from(m.SlotHold)).scalar_one()
    assert held == (3 if write else 0)
    window.close_workspace()
