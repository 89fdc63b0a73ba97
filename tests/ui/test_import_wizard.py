"""File > Import, clicked offscreen: the wizard shows what `import --dry-run` says (how the file
was read, the CRM, the editable mapping, what is left out, samples, what would be created),
writes nothing before Import, and writes the plan when told to."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog

from esn_desktop.interchange.lists import dialects
from esn_desktop.interchange.lists.dialects import LEFT_OUT, Dialect
from esn_desktop.interchange.lists.targets import ListName
from esn_desktop.services import transfer
from esn_desktop.services.account_list import AccountFilter, account_ids, account_rows
from esn_desktop.services.action_plans import salespeople
from esn_desktop.services.topics import Topic
from esn_desktop.services.workspaces import company_name
from esn_desktop.ui.dialogs.import_mapping_table import CLASH_COLOUR
from esn_desktop.ui.dialogs.import_wizard import PREVIEW, READING, ImportWizard
from esn_desktop.ui.i18n import install_language
from esn_desktop.ui.main_window import MainWindow

# A contacts export as HubSpot writes it (UTF-8, commas, CRLF): owners the workspace lacks
# (Jean Martin, Claire Dubois), one it has written otherwise ("helene GARNIER"), a bad email.
HUBSPOT = (
    "First Name,Last Name,Email,Company Name,Contact owner,Lifecycle Stage\r\n"
    "Amélie,Lefèvre,a.lefevre@sge.example,Société Générale des Eaux,Jean Martin,lead\r\n"
    "Paul,Noël,p.noel@cdl.example,Crédit du Lac,Claire Dubois,customer\r\n"
    "Jérôme,Muller,pas-un-email,Brasserie Müller,Jean Martin,lead\r\n"
    "Inès,Roche,i.roche@vidal.example,Imprimerie Vidal,helene GARNIER,lead\r\n"
).encode()

FRENCH_EXCEL = (
    "Raison sociale;Ville;Code;Prénom;Nom;E-mail\r\n"
    "Société Générale des Eaux;Metz;A1;Amélie;Lefèvre;a.lefevre@sge.example\r\n"
    "MUTUELLE HORIZON;Paris;A2;Sophie;Marchand;s.marchand@mutuelle-horizon.example\r\n"
    "Brasserie Müller;Colmar;A3;Jérôme;Muller;pas-un-email\r\n"
)


def names(workspace) -> list[str]:
    ids = account_ids(workspace, AccountFilter())
    rows = account_rows(workspace, ids)
    return [rows[i].name for i in ids]


def open_wizard(qtbot, workspace, path: Path) -> tuple[MainWindow, ImportWizard]:
    """The window on `workspace` and the wizard on `path`, once the file is read."""
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    assert window.scope is not None
    wizard = ImportWizard(window.scope.operations, path, window.formatter)
    qtbot.addWidget(wizard)
    idle(qtbot, wizard)
    return window, wizard


def idle(qtbot, wizard: ImportWizard) -> None:
    """Waits for the reading or planning under way (off the UI thread) to answer."""
    qtbot.waitUntil(lambda: wizard.task is None, timeout=10000)


def next_page(qtbot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    idle(qtbot, wizard)


def import_and_wait(qtbot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.writing is None, timeout=10000)


def hubspot_file(tmp_path: Path) -> Path:
    path = tmp_path / "hubspot-contacts.csv"
    path.write_bytes(HUBSPOT)
    return path


def test_a_crm_export_shows_its_reading_mapping_left_out_columns_and_what_it_would_create(
    qtbot, small_workspace, tmp_path: Path
) -> None:
    _window, wizard = open_wizard(qtbot, small_workspace, hubspot_file(tmp_path))
    page = wizard.reading_page
    assert page.read.text() == "Read: UTF-8 text separated by commas, 4 rows."
    assert page.recognised.text() == "No CRM recognised: the columns are matched by their headers."
    assert page.chosen_list() is ListName.ACCOUNTS
    assert page.encoding_choice.isVisibleTo(wizard)
    assert wizard.chosen_mapping() == {
        "First Name": "first_name",
        "Last Name": "last_name",
        "Email": "email",
        "Company Name": "name",
        "Contact owner": "",
        "Lifecycle Stage": "",
    }
    table = page.mapping
    assert table.item(4, 1).text() == "Jean Martin · Claire Dubois · Jean Martin"  # its first values
    assert table.choice(4).currentText() == "(not imported)"
    greyed = table.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert table.item(4, 0).foreground().color() == greyed
    assert table.item(0, 0).foreground().color() != greyed

    # Planned as read: the owners' column is left out, so nothing is created.
    next_page(qtbot, wizard)
    preview = wizard.preview
    assert wizard.pages.currentIndex() == PREVIEW
    assert preview.counts.text() == "Will be imported: 3 accounts, 3 contacts."
    assert not preview.created.isVisibleTo(wizard)
    assert preview.left_out.text() == (
        "Columns not imported (no field takes them): “Contact owner” and “Lifecycle Stage”."
    )

    # Back, the owners' column given its field: planned again, the owners to be created said.
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    table.choose("Contact owner", "owner")
    assert table.item(4, 0).foreground().color() != greyed
    next_page(qtbot, wizard)
    assert preview.created.text() == "Will be created: 2 salespeople (Jean Martin, Claire Dubois)."
    assert preview.counts.text() == "Will be imported: 3 accounts, 3 contacts."
    assert preview.left_out.text() == "Columns not imported (no field takes them): “Lifecycle Stage”."
    assert preview.refused_title.text() == "Refused rows (1), and why:"
    assert [preview.refused.item(i).text() for i in range(preview.refused.count())] == [
        "Row 4 · Contact's email: is not an email address ('pas-un-email')"
    ]
    # The first rows as they will be read, each field named.
    samples = preview.samples
    headers = [samples.horizontalHeaderItem(c).text() for c in range(samples.columnCount())]
    assert headers == [
        "Contact's first name",
        "Contact's last name",
        "Contact's email",
        "Company's name",
        "Salesperson",
    ]
    assert [samples.verticalHeaderItem(r).text() for r in range(samples.rowCount())] == [
        "Row 2",
        "Row 3",
        "Row 4",
    ]
    assert [samples.item(1, c).text() for c in range(5)] == [
        "Paul",
        "Noël",
        "p.noel@cdl.example",
        "Crédit du Lac",
        "Claire Dubois",
    ]
    # Nothing is written before Import; a refused row blocks it until it is explicitly left out.
    assert not wizard.import_button.isEnabled()
    assert "Crédit du Lac" not in names(small_workspace)
    assert salespeople(small_workspace) == ["Hélène Garnier", "Karim Benali"]
    preview.skip_invalid.setChecked(True)
    import_and_wait(qtbot, wizard)
    assert wizard.imported
    assert wizard.outcome.text() == (
        "Imported: 3 accounts, 3 contacts.\n"
        "Created: 2 salespeople (Jean Martin, Claire Dubois).\n"
        "1 refused row was left out."
    )
    assert salespeople(small_workspace) == ["Claire Dubois", "Hélène Garnier", "Jean Martin", "Karim Benali"]
    assert {"Crédit du Lac", "Imprimerie Vidal"} <= set(names(small_workspace))


def test_create_nothing_refuses_the_rows_naming_an_unknown_salesperson(
    qtbot, small_workspace, tmp_path: Path
) -> None:
    _window, wizard = open_wizard(qtbot, small_workspace, hubspot_file(tmp_path))
    wizard.reading_page.mapping.choose("Contact owner", "owner")
    next_page(qtbot, wizard)
    preview = wizard.preview
    assert preview.no_create.isVisibleTo(wizard)
    preview.no_create.setChecked(True)  # planned again, off the UI thread
    idle(qtbot, wizard)
    assert not preview.created.isVisibleTo(wizard)
    assert preview.refused_title.text() == "Refused rows (3), and why:"
    assert [preview.refused.item(i).text() for i in range(preview.refused.count())] == [
        "Row 2 · Salesperson: no salesperson named “Jean Martin”",
        "Row 3 · Salesperson: no salesperson named “Claire Dubois”",
        "Row 4 · Contact's email: is not an email address ('pas-un-email')",
        "Row 4 · Salesperson: no salesperson named “Jean Martin”",
    ]
    preview.skip_invalid.setChecked(True)
    import_and_wait(qtbot, wizard)
    assert wizard.outcome.text() == "Imported: 1 account, 1 contact.\n3 refused rows were left out."
    # The one row kept names a salesperson the workspace has, written otherwise.
    assert salespeople(small_workspace) == ["Hélène Garnier", "Karim Benali"]
    assert "Imprimerie Vidal" in names(small_workspace)
    assert "Crédit du Lac" not in names(small_workspace)


def test_another_list_reads_the_header_again(qtbot, small_workspace, tmp_path: Path) -> None:
    _window, wizard = open_wizard(qtbot, small_workspace, hubspot_file(tmp_path))
    page = wizard.reading_page
    page.list_choice.setCurrentIndex(page.list_choice.findData(ListName.CONTACTS))
    page.list_choice.activated.emit(page.list_choice.currentIndex())
    assert wizard.chosen_mapping()["Company Name"] == "account"
    assert page.mapping.choice(3).currentText() == "Account (company's name)"
    next_page(qtbot, wizard)
    # A contacts list makes the companies its people work at (not that of a refused row), and says so.
    assert wizard.preview.created.text() == (
        "Will be created: 3 accounts (Société Générale des Eaux, Crédit du Lac, Imprimerie Vidal)."
    )


def test_what_a_partner_file_leaves_out_is_said(qtbot, small_workspace, tmp_path: Path) -> None:
    # Companies and people mixed, as an Odoo partner export: a person at no company has no account.
    path = tmp_path / "partners.csv"
    path.write_bytes(
        b"Name;Is a Company;Related Company;Email\r\n"
        b"Garage Lambert;1;;contact@garage.example\r\n"
        b"Paul No\xc3\xabl;0;Garage Lambert;p.noel@garage.example\r\n"
        b"In\xc3\xa8s Roche;0;;i.roche@perso.example\r\n"
    )
    _window, wizard = open_wizard(qtbot, small_workspace, path)
    next_page(qtbot, wizard)
    assert wizard.preview.counts.text() == "Will be imported: 1 account, 1 contact."
    assert (
        wizard.preview.left_out.text() == "1 row left out: a person at no company: no account to put them in"
    )
    assert wizard.import_button.isEnabled()  # left out is not refused


def test_a_field_chosen_for_two_columns_is_refused_at_both(qtbot, small_workspace, tmp_path: Path) -> None:
    _window, wizard = open_wizard(qtbot, small_workspace, hubspot_file(tmp_path))
    table = wizard.reading_page.mapping
    table.choose("Lifecycle Stage", "email")
    expected = (
        "“Email” and “Lifecycle Stage” fill the same field, “Contact's email”: "
        "a field takes one column; leave the others out."
    )
    assert wizard.reading_page.error.text() == expected
    assert table.choice(2).toolTip() == expected
    assert table.item(2, 0).background().color() == CLASH_COLOUR
    assert table.item(5, 0).background().color() == CLASH_COLOUR
    assert not wizard.next_button.isEnabled()
    table.choose("Lifecycle Stage", "")
    assert wizard.reading_page.error.text() == ""
    assert table.item(2, 0).background().color() != CLASH_COLOUR
    assert wizard.next_button.isEnabled()


def test_a_column_without_a_header_or_named_as_another_has_a_name_of_its_own(
    qtbot, small_workspace, tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(
        b"Raison sociale;Email;;Email;\r\nGarage Lambert;a@garage.example;x;b@garage.example;\r\n"
    )
    _window, wizard = open_wizard(qtbot, small_workspace, path)
    table = wizard.reading_page.mapping
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == [
        "Raison sociale",
        "Email",
        "(column C)",
        "Email (2)",
    ]
    assert all(table.choice(row).isEnabled() for row in range(4))
    table.choose("Email", "")
    table.choose("Email (2)", "email")
    assert wizard.chosen_mapping() == {
        "Raison sociale": "name",
        "Email": "",
        "(column C)": "",
        "Email (2)": "email",
    }


def test_a_file_no_encoding_reads_surely_is_read_again_in_the_one_chosen(
    qtbot, small_workspace, tmp_path: Path
) -> None:
    # Mac Roman's "§" is Windows-1252's "¤": both read as well, so the file is not guessed.
    path = tmp_path / "codes.csv"
    path.write_bytes("Raison sociale;Code\r\nGarage Lambert;§12\r\n".encode("mac_roman"))
    _window, wizard = open_wizard(qtbot, small_workspace, path)
    page = wizard.reading_page
    assert page.read.text() == "The file could not be read."
    assert page.error.text() == (
        'codes.csv · Encoding: could be cp1252 or mac_roman: line 2 reads "¤12" in cp1252, '
        '"§12" in mac_roman: choose it\n'
        "Choose its encoding above: the file is read again."
    )
    assert not page.mapping.isVisibleTo(wizard)
    assert not wizard.next_button.isEnabled()
    page.encoding_choice.setCurrentIndex(page.encoding_choice.findData("mac_roman"))
    page.encoding_choice.activated.emit(page.encoding_choice.currentIndex())
    idle(qtbot, wizard)
    assert page.read.text() == "Read: Mac Roman text separated by semicolons, 1 row."
    assert page.mapping.isVisibleTo(wizard)
    assert page.mapping.item(1, 1).text() == "§12"
    assert wizard.next_button.isEnabled()


def test_a_recognised_crm_is_named_and_the_wizard_speaks_french(
    qtbot, qapp: QApplication, monkeypatch, small_workspace, tmp_path: Path
) -> None:
    hubspot = Dialect(
        "HubSpot contacts, English interface",
        ListName.CONTACTS,
        columns={
            "First Name": "first_name",
            "Last Name": "last_name",
            "Email": "email",
            "Company Name": "account",
            "Contact owner": "owner",
            "Lifecycle Stage": LEFT_OUT,
        },
        signature=("First Name", "Last Name", "Contact owner", "Lifecycle Stage"),
    )
    monkeypatch.setattr(dialects, "DIALECTS", (hubspot,))
    install_language(qapp, "fr")
    _window, wizard = open_wizard(qtbot, small_workspace, hubspot_file(tmp_path))
    page = wizard.reading_page
    assert wizard.title.text() == "1 · Lecture du fichier"
    assert page.read.text() == "Lu\u202f: texte UTF-8 séparé par des virgules, 4 lignes."
    assert page.recognised.text() == "Reconnu\u202f: HubSpot, contacts (anglais)."
    assert wizard.texts.recognised(Dialect("Pipedrive deals", ListName.OPPORTUNITIES, {}, ())) == (
        "Reconnu\u202f: Pipedrive, opportunités."
    )
    assert page.list_choice.currentText() == "Contacts (personnes d’une société)"
    assert page.mapping.choice(4).currentText() == "Commercial"
    assert page.mapping.choice(5).currentText() == "(non importée)"
    next_page(qtbot, wizard)
    preview = wizard.preview
    assert wizard.title.text() == "2 · Aperçu avant import"
    assert preview.counts.text() == "Seront importés\u202f: 3 comptes, 3 contacts."
    assert preview.created.text() == (
        "Seront créés\u202f: 2 commerciaux (Jean Martin, Claire Dubois), 3 comptes (Société Générale des "
        "Eaux, Crédit du Lac, Imprimerie Vidal)."
    )
    assert preview.no_create.text() == (
        "Ne rien créer\u202f: refuser les lignes qui nomment un commercial, un canal ou un compte inconnu"
    )
    assert preview.left_out.text() == (
        "Colonnes non importées (aucun champ ne les prend)\u202f: «\u202fLifecycle Stage\u202f»."
    )
    assert preview.refused.item(0).text() == (
        "Ligne 4 · Email du contact\u202f: is not an email address ('pas-un-email')"
    )


def test_a_french_excel_csv_shows_its_duplicates_and_imports_the_valid_rows(
    qtbot, small_workspace, tmp_path: Path
) -> None:
    path = tmp_path / "salon-2026.csv"
    path.write_bytes(FRENCH_EXCEL.encode("cp1252"))
    window, wizard = open_wizard(qtbot, small_workspace, path)
    assert wizard.reading_page.read.text() == "Read: Windows-1252 text separated by semicolons, 3 rows."
    assert wizard.chosen_mapping() == {
        "Raison sociale": "name",
        "Ville": "city",
        "Code": "",
        "Prénom": "first_name",
        "Nom": "last_name",
        "E-mail": "email",
    }
    wizard.reading_page.mapping.choose("Ville", "")  # the city is not wanted
    next_page(qtbot, wizard)
    preview = wizard.preview
    # Row 3 is a company and a person the workspace has: two duplicates, one row.
    assert preview.duplicates_title.text() == "Already there, not imported again (1 row):"
    assert [preview.duplicates.item(i).text() for i in range(preview.duplicates.count())] == [
        "Row 3 · Company's name “MUTUELLE HORIZON”: already in the workspace as “Mutuelle Horizon”",
        "Row 3 · Contact's email “s.marchand@mutuelle-horizon.example”: already in the workspace",
    ]
    assert (
        preview.refused.item(0).text() == "Row 4 · Contact's email: is not an email address ('pas-un-email')"
    )
    assert not wizard.import_button.isEnabled()
    assert "Société Générale des Eaux" not in names(small_workspace)  # nothing written yet
    preview.skip_invalid.setChecked(True)
    heard: list[object] = []
    window.events.data_changed.connect(heard.append)
    import_and_wait(qtbot, wizard)
    # The views hear what was written; an import is undone by a backup, not from the history.
    assert heard == [{Topic.ACCOUNTS, Topic.CONTACTS}]
    assert window.undo_stack.count() == 0
    assert "Société Générale des Eaux" in names(small_workspace)
    assert "Brasserie Müller" not in names(small_workspace)
    rows = account_rows(small_workspace, account_ids(small_workspace, AccountFilter(search="generale")))
    assert [r.city for r in rows.values()] == [None]  # the column left out was not imported
    assert wizard.cancel_button.text() == "Close"


def test_cancel_writes_nothing(qtbot, monkeypatch, small_workspace, tmp_path: Path) -> None:
    _window, wizard = open_wizard(qtbot, small_workspace, hubspot_file(tmp_path))
    wizard.reading_page.mapping.choose("Contact owner", "owner")
    next_page(qtbot, wizard)
    wizard.preview.skip_invalid.setChecked(True)
    # The write is held until Cancel is pressed: it then stops at its first progress, rolled back.
    go = threading.Event()
    write = transfer.apply_list_plan

    def held(*args, **kwargs):
        go.wait(10)
        return write(*args, **kwargs)

    monkeypatch.setattr(transfer, "apply_list_plan", held)
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    go.set()
    qtbot.waitUntil(lambda: wizard.writing is None, timeout=10000)
    assert wizard.outcome.text() == "Cancelled: nothing was written."
    assert not wizard.imported
    assert salespeople(small_workspace) == ["Hélène Garnier", "Karim Benali"]
    assert "Crédit du Lac" not in names(small_workspace)


def test_the_preview_is_prepared_off_the_ui_thread_and_cancel_stops_it(
    qtbot, monkeypatch, small_workspace, tmp_path: Path
) -> None:
    _window, wizard = open_wizard(qtbot, small_workspace, hubspot_file(tmp_path))
    go = threading.Event()
    plan = transfer.plan_table

    def held(*args, **kwargs):
        go.wait(10)
        return plan(*args, **kwargs)

    monkeypatch.setattr(transfer, "plan_table", held)
    wizard.show()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    # The window answers meanwhile: it says what it is doing, and only Cancel is offered.
    assert wizard.busy_text.text() == "Preparing the preview…"
    assert wizard.busy_text.isVisibleTo(wizard)
    assert not wizard.next_button.isEnabled()
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    assert wizard.isVisible()  # back to the mapping, not closed
    assert wizard.task is None
    assert wizard.next_button.isEnabled()
    go.set()
    qtbot.wait(200)  # the dropped plan's answer, if it comes, is not shown
    assert wizard.pages.currentIndex() == READING
    assert wizard.plan is None


def test_cancel_before_importing_closes_and_writes_nothing(qtbot, small_workspace, tmp_path: Path) -> None:
    _window, wizard = open_wizard(qtbot, small_workspace, hubspot_file(tmp_path))
    next_page(qtbot, wizard)
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert "Crédit du Lac" not in names(small_workspace)


def test_a_list_whose_needed_column_is_left_out_says_so_at_the_mapping(
    qtbot, small_workspace, tmp_path: Path
) -> None:
    _window, wizard = open_wizard(qtbot, small_workspace, hubspot_file(tmp_path))
    wizard.reading_page.mapping.choose("Company Name", "")
    next_page(qtbot, wizard)
    assert wizard.pages.currentIndex() == READING
    assert wizard.reading_page.error.text() == (
        "No column fills “Company's name”, which each row needs: choose it in the Field column."
    )


def test_a_refused_document_lists_every_problem_and_cannot_be_imported(
    qtbot, small_workspace, tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        '{"format": "esn-desktop/1", "accounts": [{"name": "Mutuelle Horizon"}, {"segment": "pme"}]}'
    )
    _window, wizard = open_wizard(qtbot, small_workspace, path)
    assert wizard.pages.currentIndex() == PREVIEW
    assert wizard.preview.counts.text() == "The document was refused (2 problems); nothing was written."
    refused = wizard.preview.refused
    assert [refused.item(i).text() for i in range(refused.count())] == [
        "accounts #2 · Company's name: is required",
        "accounts #1 · Company's name: 'Mutuelle Horizon' is already in the workspace",
    ]
    assert not wizard.import_button.isEnabled()
    assert not wizard.back_button.isVisible()


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
        idle(qtbot, wizard)
        assert wizard.preview.counts.text() == "Will be imported: 2 accounts."
        import_and_wait(qtbot, wizard)
        assert wizard.outcome.text() == (
            "Imported: 2 accounts.\nThe workspace's settings were kept; the document's were not applied."
        )
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
    _window, wizard = open_wizard(qtbot, workspace, path)
    assert wizard.pages.currentIndex() == READING
    assert wizard.reading_page.read.text() == "Read: sheet “Feuil1” of the workbook, 1 row."
    assert not wizard.reading_page.encoding_choice.isVisibleTo(wizard)  # a workbook says its own
    assert wizard.chosen_mapping() == {"Raison sociale": "name", "Ville": "city"}


@pytest.fixture(autouse=True)
def _no_dialect_from_elsewhere(monkeypatch) -> None:
    """The files here are generic unless a test names the dialect it means."""
    monkeypatch.setattr(dialects, "DIALECTS", ())


def test_with_every_row_refused_there_is_no_valid_row_to_import(
    qtbot, small_workspace, tmp_path: Path
) -> None:
    path = tmp_path / "tout-faux.csv"
    path.write_bytes("Raison sociale;E-mail\r\nAtelier Nord;pas-un-email\r\n1;\r\n".encode("cp1252"))
    _window, wizard = open_wizard(qtbot, small_workspace, path)
    next_page(qtbot, wizard)
    assert wizard.preview.refused.count() == 2
    assert wizard.preview.skip_invalid.isHidden()
    assert not wizard.import_button.isEnabled()
