"""Forgetting a contact (GDPR) from the account panel and the stale contacts from the File menu:
the preview's figures, the erasure in the background, the Undo history emptied, the backups
rewritten or deleted; nothing offered on a workspace open for reading."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import text

from esn_desktop.services.accounts import account_detail
from esn_desktop.services.transfer import import_document
from esn_desktop.store.backup import timestamped_backup
from esn_desktop.store.database import Workspace, create_workspace, open_workspace
from esn_desktop.ui.dialogs.forget_dialog import ForgetDialog
from esn_desktop.ui.dialogs.stale_contacts_dialog import StaleContactsDialog
from esn_desktop.ui.main_window import MainWindow
from tests.conftest import SMALL_WORKSPACE

TODAY = date(2026, 12, 2)
EMAIL = "s.marchand@mutuelle-horizon.example"


def _open_window(qtbot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace, "Exemple")
    qtbot.addWidget(window)
    window.prospects.panel.today = TODAY
    return window


def _select(window: MainWindow, account: str) -> None:
    tab = window.prospects
    names = [tab.model.index(row, 0).data() for row in range(tab.model.rowCount())]
    tab.table.selectRow(names.index(account))


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _mention_sophie(workspace: Workspace) -> None:
    with workspace.session() as session:
        session.execute(
            text(
                "UPDATE activities SET notes = 'Point de cadrage avec SOPHIE MARCHAND, "
                f"écrire à {EMAIL}' WHERE notes = 'Point de cadrage'"
            )
        )


def test_forget_a_contact_previews_erases_empties_the_history_and_rewrites_a_backup(
    qtbot, monkeypatch, small_workspace: Workspace
) -> None:
    _mention_sophie(small_workspace)
    backup = timestamped_backup(small_workspace.path, "manual")
    window = _open_window(qtbot, small_workspace)
    panel = window.prospects.panel
    _select(window, "Mutuelle Horizon")
    assert [panel.contacts.item(0, c).text() for c in (0, 3)] == ["Sophie Marchand", EMAIL]

    def new_phone(dialog) -> bool:  # an edit on the history, whose picture holds Sophie's row
        dialog.phone.setText("01 99 99 99 99")
        _click(qtbot, dialog.save_button)
        return bool(dialog.result())

    monkeypatch.setattr(type(panel), "run_dialog", lambda _self, dialog: new_phone(dialog))
    panel.edit_contact(0)
    assert window.undo_action.isEnabled()

    seen: dict[str, object] = {}

    def forget(dialog: ForgetDialog) -> bool:
        assert not dialog.forget_button.isEnabled()  # until the preview is read
        qtbot.waitUntil(lambda: dialog.plan is not None)
        seen["title"] = dialog.windowTitle()
        seen["who"] = dialog.who.text()
        seen["what"] = dialog.what_goes.text()
        seen["warning"] = dialog.warning.text()
        seen["button"] = dialog.forget_button.text()
        _click(qtbot, dialog.forget_button)
        qtbot.waitUntil(lambda: dialog.forgotten is not None)
        seen["undo"] = window.undo_action.isEnabled()
        seen["status"] = window.statusBar().currentMessage()
        rewrite, delete = dialog.backup_rows[backup][2:]
        seen["buttons"] = (rewrite.text(), delete.text())
        _click(qtbot, rewrite)
        assert not dialog.close_button.isEnabled()  # until the backup is rewritten
        qtbot.waitUntil(lambda: backup in dialog.backup_outcomes)
        seen["backup"] = dialog.backup_rows[backup][1].text()
        # Done: its buttons gone, the line read whole across the dialog.
        seen["done"] = (
            rewrite.isHidden(),
            delete.isHidden(),
            dialog.backups_grid.getItemPosition(dialog.backups_grid.indexOf(dialog.backup_rows[backup][1]))[
                3
            ],
        )
        _click(qtbot, dialog.close_button)
        return bool(dialog.result())

    monkeypatch.setattr(type(panel), "run_dialog", lambda _self, dialog: forget(dialog))
    panel.contacts.setCurrentCell(0, 0)
    _click(qtbot, panel.forget_contact_button)

    assert seen["title"] == "Forget this person (GDPR)"
    assert seen["who"] == f"<b>Sophie Marchand</b> — Mutuelle Horizon<br>{EMAIL} · 01 99 99 99 99"
    what = str(seen["what"])
    assert "1 activity keeps its date and kind but loses this contact." in what
    assert "2 mentions in the notes replaced by “[effacé]”." in what
    assert (
        f"1 backup still holds them; you can rewrite or delete it next:<br>&nbsp;&nbsp;{backup.name}" in what
    )
    assert seen["warning"] == (
        "This is final: nothing can bring this person back, and the Undo history (Ctrl+Z) will be emptied."
    )
    assert seen["button"] == "Forget permanently"
    assert seen["undo"] is False
    assert seen["status"] == "Forgotten (GDPR): Sophie Marchand. The Undo history was emptied."
    assert seen["buttons"] == ("Rewrite without this person", "Delete")
    assert seen["backup"] == f"{backup.name} — rewritten without them"
    assert seen["done"] == (True, True, 3)

    qtbot.waitUntil(lambda: panel.contacts.rowCount() == 0)
    assert window.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    window.undo_stack.undo()  # nothing to undo: Sophie stays forgotten
    assert account_detail(small_workspace, panel.detail.id).contacts == ()
    assert EMAIL.encode() not in backup.read_bytes() and b"Marchand" not in backup.read_bytes()
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]


def test_a_contact_is_forgotten_from_its_menu_and_a_backup_deleted(
    qtbot, monkeypatch, small_workspace: Workspace
) -> None:
    backup = timestamped_backup(small_workspace.path, "manual")
    window = _open_window(qtbot, small_workspace)
    panel = window.prospects.panel
    _select(window, "Transports Lemaire")
    seen: list[str] = []

    def forget(dialog: ForgetDialog) -> bool:
        qtbot.waitUntil(lambda: dialog.plan is not None)
        seen.append(dialog.what_goes.text())
        _click(qtbot, dialog.forget_button)
        qtbot.waitUntil(lambda: dialog.forgotten is not None)
        _click(qtbot, dialog.backup_rows[backup][3])
        seen.append(dialog.backup_rows[backup][1].text())
        return False

    monkeypatch.setattr(type(panel), "run_dialog", lambda _self, dialog: forget(dialog))
    menu = panel.contacts.context_menu(0)
    assert [a.text() for a in menu.actions()] == ["Forget this person (GDPR)…"]
    menu.actions()[0].trigger()
    assert "4 activities keep their date and kind but lose this contact." in seen[0]
    assert "0 mentions in the notes replaced by “[effacé]”." in seen[0]
    assert seen[1] == f"{backup.name} — deleted"
    assert not backup.exists()
    qtbot.waitUntil(lambda: panel.contacts.rowCount() == 0)


def _stale_prospect(workspace: Workspace) -> None:
    """Atelier Nord, a prospect last called on 2022-03-14 (Anne Roux, with Marc Petit beside her)."""
    with workspace.session() as session:
        session.execute(
            text(
                "INSERT INTO accounts (name, name_key, referencing)"
                " VALUES ('Atelier Nord', 'atelier nord', 'not_referenced')"
            )
        )
        session.execute(
            text(
                "INSERT INTO contacts (account_id, first_name, last_name, email) VALUES ("
                "(SELECT id FROM accounts WHERE name = 'Atelier Nord'), 'Anne', 'Roux', 'anne@nord.example'),"
                "((SELECT id FROM accounts WHERE name = 'Atelier Nord'), 'Marc', 'Petit', NULL)"
            )
        )
        session.execute(
            text(
                "INSERT INTO activities (kind, status, activity_date, account_id, contact_id, notes) VALUES "
                "('call', 'done', '2022-03-14', (SELECT id FROM accounts WHERE name = 'Atelier Nord'), "
                "(SELECT id FROM contacts WHERE last_name = 'Roux'), 'Anne Roux rappeler')"
            )
        )


def test_stale_contacts_are_listed_by_span_and_forgotten_together(
    qtbot, monkeypatch, small_workspace: Workspace
) -> None:
    _stale_prospect(small_workspace)
    window = _open_window(qtbot, small_workspace)
    seen: dict[str, object] = {}

    def forget(dialog: ForgetDialog) -> bool:
        qtbot.waitUntil(lambda: dialog.plan is not None)
        seen["who"] = dialog.who.text()
        seen["names"] = [dialog.names.item(i).text() for i in range(dialog.names.count())]
        seen["what"] = dialog.what_goes.text()
        _click(qtbot, dialog.forget_button)
        qtbot.waitUntil(lambda: dialog.forgotten is not None)
        seen["status"] = window.statusBar().currentMessage()
        return False

    def stale(dialog: StaleContactsDialog) -> bool:
        def read() -> None:  # the list is read in the background
            qtbot.waitUntil(lambda: dialog.reading is None)

        read()
        dialog.today = date(2026, 12, 1)
        dialog.reload()
        assert dialog.count.text() == "Reading…" and not dialog.forget_button.isEnabled()
        read()
        rows = lambda: [  # noqa: E731
            tuple(dialog.model.text_at(r, c) for c in range(3)) for r in range(dialog.model.rowCount())
        ]
        seen["spans"] = [dialog.span.itemText(i) for i in range(dialog.span.count())]
        seen["3y"] = (rows(), dialog.count.text(), dialog.forget_button.text())
        dialog.span.setCurrentIndex(dialog.span.findText("90 days"))
        read()
        seen["90d"] = len(rows())
        dialog.span.setCurrentIndex(0)
        read()
        monkeypatch.setattr(dialog, "run_dialog", forget)
        _click(qtbot, dialog.forget_button)
        read()
        seen["after"] = (rows(), dialog.count.text(), dialog.forget_button.isEnabled())
        return False

    monkeypatch.setattr(window, "run_dialog", stale)
    window.menus.stale_action.trigger()
    assert seen["spans"] == ["3 years", "18 months", "1 year", "90 days"]
    assert seen["3y"] == (
        [("Marc Petit", "Atelier Nord", "14/03/2022"), ("Anne Roux", "Atelier Nord", "14/03/2022")],
        "2 stale contacts",
        "Forget these 2 contacts…",
    )
    assert seen["90d"] == 2
    assert seen["who"] == "<b>2 contacts</b> are forgotten:"
    assert seen["names"] == ["Marc Petit — Atelier Nord", "Anne Roux — Atelier Nord"]
    what = str(seen["what"])
    assert "1 activity keeps its date and kind but loses their contact." in what
    assert "1 mention in the notes replaced by “[effacé]”." in what
    assert seen["status"] == "Forgotten (GDPR): 2 contacts. The Undo history was emptied."
    assert seen["after"] == ([], "0 stale contacts", False)
    with small_workspace.session() as session:
        assert session.execute(text("SELECT kind FROM erasures")).scalars().all() == ["stale contact"] * 2


def test_a_workspace_open_for_reading_offers_no_erasure(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "client.esn"
    with create_workspace(path) as workspace:
        import_document(workspace, SMALL_WORKSPACE)
    window = _open_window(qtbot, open_workspace(path, write=False))
    panel = window.prospects.panel
    _select(window, "Transports Lemaire")
    assert not panel.forget_contact_button.isEnabled()
    assert not panel.contacts.context_menu(0).actions()[0].isEnabled()
    assert window.menus.stale_action.isEnabled()  # listing reads only
    dialog = StaleContactsDialog(window.scope.operations, window.formatter, date(2026, 12, 1), window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.reading is None)
    assert not dialog.forget_button.isVisible() and dialog.forget_button.isHidden()
    preview = ForgetDialog(window.scope.operations, (1,), today=TODAY, parent=window)
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.plan is not None)
    assert preview.forget_button.isHidden() and not preview.forget_button.isEnabled()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM contacts").fetchone() == (2,)
    db.close()
