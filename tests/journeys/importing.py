"""Bringing one's data: a director imports a HubSpot contacts export into their workspace through
File > Import… (the CRM recognised, one column left out, the owners to be created shown, then
imported), finds an imported account and its contact's job title on the Prospects tab; opens
another client's workspace, imports an Odoo partner file there, first with « Ne rien créer »
ticked (the rows naming unknown salespeople refused, and shown), then without; and back in the
first workspace, nothing of the second one shows."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from esn_desktop.ui.dialogs.import_mapping_table import FIELD
from esn_desktop.ui.dialogs.import_wizard import IMPORTING, PREVIEW, READING, ImportWizard
from esn_desktop.ui.main_window import MainWindow
from esn_desktop.ui.tabs.prospects_tab import ProspectsTab
from tests.journeys.driver import Driver, JourneyFailed, Steps, Wait

OPEN = ("Fichier", "Ouvrir un espace de travail…")
IMPORT = ("Fichier", "Importer…")
RECENT = "Espaces de travail récents"
#: What the wizard's page 1 says of each export (U+202F before the colon, as French writes it).
HUBSPOT_RECOGNISED = "Reconnu\u202f: HubSpot, contacts (anglais)."
ODOO_RECOGNISED = "Reconnu\u202f: Odoo, comptes (français)."
NOT_IMPORTED = "(non importée)"


def importing(
    d: Driver,
    first: dict[str, str],
    second: dict[str, str],
    hubspot: dict[str, Any],
    odoo: dict[str, Any],
) -> Steps:
    """`first`, `second`: each workspace's path and company. `hubspot`: its file, the column to
    leave out, the owners to be created, the accounts the first workspace then lists, an account
    and its contacts with their job titles. `odoo`: its file, its owners, the rows refused
    without them, an account and what the second workspace gives it (a contact, a phone) that
    the first must never show, and an account of the second workspace only."""
    window = d.window
    assert isinstance(window, MainWindow)
    yield d.until(window.isVisible, "the window shown")

    # --- the first workspace: a HubSpot contacts export ------------------------------------
    yield from _open(d, window, first)
    wizard = yield from _start_import(d, window, hubspot["file"], "hubspot")
    page = wizard.reading_page
    if page.recognised.text() != HUBSPOT_RECOGNISED:
        raise JourneyFailed(f"page 1 says {page.recognised.text()!r}, not {HUBSPOT_RECOGNISED!r}")
    mapping = wizard.chosen_mapping()
    for column, field in (
        ("Contact owner", "owner"),
        ("Job Title", "job_title"),
        ("Company Name", "account"),
    ):
        if mapping.get(column) != field:
            raise JourneyFailed(f"page 1 maps {column!r} to {mapping.get(column)!r}, not {field!r}")
    d.assert_shown(HUBSPOT_RECOGNISED, "page 1: the CRM recognised")
    d.shot("hubspot-page-1")
    _grab(d, wizard, "hubspot-page-1")

    # One column left out: its field set to « (non importée) » in the mapping, by its list.
    left_out = hubspot["left_out"]
    yield from _choose_field(d, wizard, left_out, NOT_IMPORTED)
    yield d.until(lambda: wizard.chosen_mapping()[left_out] == "", f"{left_out!r} left out")
    d.shot("hubspot-column-left-out")

    yield from _next(d, wizard)
    created = wizard.preview.created
    yield d.until(created.isVisible, "what will be created, said")
    owners: list[str] = hubspot["owners"]
    _require_all_in(owners, created.text(), "page 2: the owners to be created")
    if wizard.plan is not None and "channels" in wizard.plan.created:
        raise JourneyFailed(f"page 2 still creates channels from the column left out: {created.text()!r}")
    if wizard.preview.no_create.isChecked() or wizard.preview.skip_invalid.isChecked():
        raise JourneyFailed("page 2: a box is ticked before the director ticks anything")
    d.assert_shown(left_out, "page 2: the column left out, said")
    d.shot("hubspot-page-2")
    _grab(d, wizard, "hubspot-page-2")
    yield from _import_and_close(d, wizard, "hubspot")

    # The imported accounts on the Prospects tab; one found by its name shows its contacts.
    tab = window.prospects
    accounts: int = hubspot["accounts"]
    yield d.until(lambda: tab.isVisible() and tab.model.rowCount() == accounts, f"{accounts} accounts listed")
    account = hubspot["account"]
    contacts: dict[str, str] = hubspot["contacts"]
    yield from _find_account(d, tab, account)
    yield d.until(lambda: _contacts(tab) == sorted(contacts), f"{account}'s contacts in the panel")
    for title in contacts.values():
        d.assert_shown(title, f"{account}'s contact's job title in the panel")
    d.shot("hubspot-imported")

    # --- the second workspace: an Odoo partner file, first creating nothing ------------------
    yield from _open(d, window, second)
    wizard = yield from _start_import(d, window, odoo["file"], "odoo")
    if wizard.reading_page.recognised.text() != ODOO_RECOGNISED:
        text = wizard.reading_page.recognised.text()
        raise JourneyFailed(f"page 1 says {text!r}, not {ODOO_RECOGNISED!r}")
    yield from _next(d, wizard)
    preview = wizard.preview
    yield d.until(preview.no_create.isVisible, "« Ne rien créer » offered")
    # Clicked on its box (the check box spans the page; its text may end before the middle).
    d.click(preview.no_create, QPoint(8, preview.no_create.height() // 2))
    refused: int = odoo["refused"]
    yield d.until(
        lambda: (
            preview.no_create.isChecked()
            and wizard.task is None
            and wizard.plan is not None
            and wizard.plan.rejected_rows == refused
        ),
        f"the {refused} rows naming unknown salespeople refused",
    )
    yield d.until(preview.refused.isVisible, "the refused rows listed")
    shown = [preview.refused.item(row).text() for row in range(preview.refused.count())]
    _require_all_in(odoo["owners"], "\n".join(shown), "page 2: the refusals naming the owners")
    # Said in French, the name between French quotes (never the service's English, nor Python's quotes).
    said = [f"aucun commercial nommé «\u202f{owner}\u202f»" for owner in odoo["owners"]]
    _require_all_in(said, "\n".join(shown), "page 2: the refusals in French")
    if wizard.import_button.isEnabled():
        raise JourneyFailed("Importer is offered though every row is refused")
    d.shot("odoo-nothing-created")
    _grab(d, wizard, "odoo-nothing-created")

    d.click(preview.no_create, QPoint(8, preview.no_create.height() // 2))
    yield d.until(
        lambda: (
            not preview.no_create.isChecked()
            and wizard.task is None
            and wizard.plan is not None
            and wizard.plan.rejected_rows == 0
            and wizard.import_button.isEnabled()
        ),
        "the rows accepted again, the owners to be created",
    )
    _require_all_in(odoo["owners"], preview.created.text(), "page 2: the owners to be created")
    d.shot("odoo-page-2")
    _grab(d, wizard, "odoo-page-2")
    yield from _import_and_close(d, wizard, "odoo")

    # What the second client holds of the shared account: the first must never show it.
    tab = window.prospects
    account = odoo["account"]
    secret: list[str] = odoo["secret"]
    yield from _find_account(d, tab, account)
    yield d.until(lambda: odoo["contact"] in _contacts(tab), f"{account}'s contact from Odoo")
    for word in secret:
        d.assert_shown(word, f"the second workspace's {account}")
    d.shot("odoo-imported")

    # --- back to the first workspace: nothing of the second --------------------------------
    yield from d.menu("Fichier", RECENT)
    d.choose_item(window.recent_menu, first["company"])
    yield d.until(
        lambda: window.windowTitle().startswith(first["company"] + " — "), "the first workspace back"
    )
    tab = window.prospects
    yield d.until(lambda: tab.isVisible() and tab.model.rowCount() == accounts, f"{accounts} accounts listed")
    others: list[str] = odoo["others"]
    d.assert_absent([second["company"], *others], "the first workspace's accounts")
    d.shot("first-again")
    only_second = odoo["only_second"]
    d.type_into(tab.search, only_second)
    yield d.until(
        lambda: tab.filter.search == only_second and tab.model.is_complete and tab.model.rowCount() == 0,
        f"{only_second!r} (the second workspace's) not found in the first",
    )
    d.shot("first-search-other-client")
    d.later(tab.search.clear)
    yield d.until(lambda: tab.model.rowCount() == accounts, "the search cleared")
    yield from _find_account(d, tab, account)
    yield d.until(lambda: _contacts(tab) == sorted(contacts), f"{account}'s own contacts")
    d.assert_absent(secret, f"the first workspace's {account}")
    d.shot("first-account-again")

    yield from d.menu("Fichier", "Quitter")
    yield d.until(lambda: not window.isVisible(), "the window closed")


def _open(d: Driver, window: MainWindow, workspace: dict[str, str]) -> Steps:
    yield from d.menu(*OPEN)
    yield from d.file_dialog("the open dialog", workspace["path"])
    company = workspace["company"]
    yield d.until(lambda: window.windowTitle().startswith(company + " — "), f"{company} open")


def _start_import(d: Driver, window: MainWindow, path: str, tag: str) -> Generator[Wait, Any, ImportWizard]:
    """File > Import…, the file typed in the file dialog; the wizard once the file is read."""
    yield from d.menu(*IMPORT)
    yield from d.file_dialog("the import dialog", path, shot=f"{tag}-file-dialog")
    wizard = yield d.modal(ImportWizard, "the import wizard")
    assert isinstance(wizard, ImportWizard)
    yield d.until(
        lambda: wizard.task is None and wizard.reading is not None and wizard.pages.currentIndex() == READING,
        "the file read, page 1",
    )
    return wizard


def _choose_field(d: Driver, wizard: ImportWizard, column: str, field: str) -> Steps:
    """Picks `field` in the list of `column`'s row, scrolled into view first."""
    table = wizard.reading_page.mapping
    row = table.header_names.index(column)
    index = table.model().index(row, FIELD)
    d.later(lambda: table.scrollTo(index))
    yield d.until(
        lambda: table.viewport().rect().contains(table.visualRect(index)) and table.choice(row).isVisible(),
        f"{column!r}'s row in view",
    )
    yield from d.choose(table.choice(row), field)


def _next(d: Driver, wizard: ImportWizard) -> Steps:
    d.click(wizard.next_button)
    yield d.until(
        lambda: wizard.pages.currentIndex() == PREVIEW and wizard.task is None and wizard.plan is not None,
        "page 2, planned",
    )


def _import_and_close(d: Driver, wizard: ImportWizard, tag: str) -> Steps:
    d.click(wizard.import_button)
    yield d.until(lambda: wizard.pages.currentIndex() == IMPORTING, "the import under way")
    yield d.until(lambda: wizard.imported and wizard.writing is None, "the import done")
    d.assert_shown("Écrit dans l’espace de travail", "the outcome")
    d.shot(f"{tag}-imported-outcome")
    if wizard.cancel_button.text() != "Fermer":
        raise JourneyFailed(f"the wizard's last button says {wizard.cancel_button.text()!r}")
    d.click(wizard.cancel_button)
    yield d.gone(wizard, "the wizard closed")


def _find_account(d: Driver, tab: ProspectsTab, account: str) -> Steps:
    """Types the account's name in the search, then Enter: the one account found opens."""
    d.later(tab.search.clear)
    d.type_into(tab.search, account)
    yield d.until(
        lambda: tab.filter.search == account and tab.model.rowCount() == 1, f"{account} alone in the list"
    )
    d.key(tab.search, Qt.Key.Key_Return)
    yield d.until(
        lambda: tab.panel.detail is not None and tab.panel.detail.name == account, f"{account} open"
    )


def _contacts(tab: ProspectsTab) -> list[str]:
    return sorted(c.name for c in tab.panel.detail.contacts) if tab.panel.detail else []


def _require_all_in(words: list[str], text: str, where: str) -> None:
    missing = [word for word in words if word not in text]
    if missing:
        raise JourneyFailed(f"{where}: {missing} not in {text!r}")


def _grab(d: Driver, widget: QWidget, name: str) -> None:
    """The dialog alone, as the documentation shows it (the screen's shot holds the window too)."""
    d.app.processEvents()
    widget.grab().save(str(d.shots / f"wizard-{name}.png"))
