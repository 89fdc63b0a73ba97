from pathlib import Path

from PySide6.QtCore import Qt

from esn_desktop.services.account_list import AccountFilter, account_ids, account_rows
from esn_desktop.services.topics import Topic
from esn_desktop.services.workspaces import company_name
from esn_desktop.ui.dialogs.import_wizard import ImportWizard
from esn_desktop.ui.main_window import MainWindow

FRENCH_EXCEL = (
    "Raison sociale;Ville;Code;Prénom;Nom;E-mail\r\n"
    "Société Générale des Eaux;Metz;A1;Amélie;Lefèvre;a.lefevre@sge.example\r\n"
    "MUTUELLE HORIZON;Paris;A2;Paul;Noël;p.noel@mh.example\r\n"
    "Brasserie Müller;Colmar;A3;Jérôme;Muller;pas-un-email\r\n"
)


def names(workspace) -> list[str]:
    ids = account_ids(workspace, AccountFilter())
    rows = account_rows(workspace, ids)
    return [rows[i].name for i in ids]


def test_import_a_french_excel_csv_through_the_wizard(qtbot, small_workspace, tmp_path: Path) -> None:
    path = tmp_path / "salon-2026.csv"
    path.write_bytes(FRENCH_EXCEL.encode("cp1252"))
    window = MainWindow(small_workspace)
    qtbot.addWidget(window)
    assert window.scope is not None
    wizard = ImportWizard(window.scope.operations, path, window.formatter)
    qtbot.addWidget(wizard)
    assert "3 rows read (cp1252, separated by semicolons)" in wizard.summary.text()
    mapping = wizard.chosen_mapping()
    assert mapping == {
        "Raison sociale": "name",
        "Ville": "city",
        "Code": "",
        "Prénom": "first_name",
        "Nom": "last_name",
        "E-mail": "email",
    }
    # The person corrects a column: the city is not wanted.
    city = wizard.mapping.cellWidget(1, 2)
    city.setCurrentIndex(city.findData(""))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert (
        wizard.duplicates.item(0).text()
        == "Row 3: name 'MUTUELLE HORIZON' is already there ('Mutuelle Horizon' in the workspace)"
    )
    assert wizard.refused.item(0).text() == "row 4: email: is not an email address ('pas-un-email')"
    assert not wizard.import_button.isEnabled()  # a refused row blocks until it is explicitly left out
    assert names(small_workspace).count("Société Générale des Eaux") == 0  # nothing written yet
    wizard.skip_invalid.setChecked(True)
    heard: list[object] = []
    window.events.data_changed.connect(heard.append)
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.imported, timeout=10000)
    # The views hear what was written; an import is undone by a backup, not from the history.
    assert heard == [{Topic.ACCOUNTS, Topic.CONTACTS}]
    assert window.undo_stack.count() == 0
    assert "Société Générale des Eaux" in names(small_workspace)
    assert "Brasserie Müller" not in names(small_workspace)
    rows = account_rows(small_workspace, account_ids(small_workspace, AccountFilter(search="generale")))
    assert [r.city for r in rows.values()] == [None]  # the ignored column was not imported


def test_a_refused_document_lists_every_problem_and_cannot_be_imported(
    qtbot, small_workspace, tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        '{"format": "esn-desktop/1", "accounts": [{"name": "Mutuelle Horizon"}, {"segment": "pme"}]}'
    )
    window = MainWindow(small_workspace)
    qtbot.addWidget(window)
    assert window.scope is not None
    wizard = ImportWizard(window.scope.operations, path, window.formatter)
    qtbot.addWidget(wizard)
    assert wizard.summary.text() == "the document was refused (2 problems); nothing was written"
    assert [wizard.refused.item(i).text() for i in range(2)] == [
        "accounts #2: name: is required",
        "accounts #1: name: 'Mutuelle Horizon' is already in the workspace",
    ]
    assert not wizard.import_button.isEnabled()


def test_a_document_adds_its_accounts_to_the_list_shown_and_keeps_the_workspaces_settings(
    qtbot, monkeypatch, small_workspace, tmp_path: Path
) -> None:
    path = tmp_path / "salon.json"
    path.write_text(
        '{"format": "esn-desktop/1", "settings": {"company_name": "Autre SARL"},'
        ' "accounts": [{"name": "Garage Lambert"}, {"name": "Imprimerie Vidal"}]}',
        encoding="utf-8",
    )
    window = MainWindow(small_workspace, "Exemple Numérique SAS")
    qtbot.addWidget(window)
    assert window.prospects.model.rowCount() == 3
    wizards: list[ImportWizard] = []

    def run(_self: MainWindow, wizard: ImportWizard) -> bool:
        qtbot.addWidget(wizard)
        wizards.append(wizard)
        assert wizard.counts.text() == "Ready to import: 2 accounts."
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.imported, timeout=10000)
        return wizard.imported

    monkeypatch.setattr(MainWindow, "run_import", run)
    monkeypatch.setattr(window, "ask_import_file", lambda: path)
    window.import_action.trigger()
    assert len(wizards) == 1
    qtbot.waitUntil(lambda: window.prospects.model.rowCount() == 5)
    # docs/rules.md: a document's settings apply only to a workspace that has none.
    assert company_name(small_workspace) == "Exemple Numérique SAS"


def test_a_one_sheet_workbook_opens_on_its_mapping_like_a_csv(qtbot, workspace, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Feuil1"
    sheet.append(["Raison sociale", "Ville"])
    sheet.append(["Société Générale", "Paris"])
    path = tmp_path / "prospects.xlsx"
    workbook.save(path)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    assert window.scope is not None
    wizard = ImportWizard(window.scope.operations, path, window.formatter)
    qtbot.addWidget(wizard)
    assert wizard.pages.currentIndex() == 0
    assert wizard.summary.text().startswith("1 row read (sheet “Feuil1”).")
    assert wizard.chosen_mapping() == {"Raison sociale": "name", "Ville": "city"}
