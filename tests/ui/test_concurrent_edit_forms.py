"""A form saved after another person saved the same record: refused in the form with who and
when, then « Reload » fills it from what is stored and the next save goes in (issue 16)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from esn_desktop.domain.records import AccountRecord
from esn_desktop.services.account_editing import save_account
from esn_desktop.services.account_list import AccountFilter, account_ids
from esn_desktop.services.accounts import account_detail
from esn_desktop.ui.dialogs.account_dialogs import AccountDialog, OpportunityDialog
from esn_desktop.ui.main_window import MainWindow


def test_an_account_form_refused_after_anothers_save_reloads_then_saves(qtbot, small_workspace) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    assert window.scope is not None
    account_id = account_ids(small_workspace, AccountFilter(search="Lemaire"))[0]
    opened = account_detail(small_workspace, account_id)
    dialog = AccountDialog(window.scope.operations, window.formatter, opened)
    qtbot.addWidget(dialog)
    assert dialog.reload_button.isHidden()

    # Meanwhile, someone else saves the account.
    fields = {f.name: getattr(opened, f.name) for f in dataclasses.fields(AccountRecord)}
    save_account(small_workspace, AccountRecord(**{**fields, "city": "Metz"}), account_id=account_id)

    dialog.city.setText("Nancy")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() is False or dialog.result() == 0  # not accepted
    said = dialog.general_error.text()
    assert said.startswith("The account “Transports Lemaire” was changed by ")
    assert said.endswith("Nothing was saved: reload it to see that change, then make yours again.")
    assert not dialog.reload_button.isHidden()
    assert account_detail(small_workspace, account_id).city == "Metz"

    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.city.text() == "Metz"  # what is stored now
    assert dialog.reload_button.isHidden() and dialog.general_error.text() == ""
    dialog.city.setText("Nancy")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    assert account_detail(small_workspace, account_id).city == "Nancy"


def test_a_deal_form_reloads_the_deal_as_stored(qtbot, small_workspace) -> None:
    from datetime import date
    from decimal import Decimal

    from esn_desktop.services.account_editing import OpportunityFields, save_opportunity

    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    assert window.scope is not None
    account_id = account_ids(small_workspace, AccountFilter(search="Lemaire"))[0]
    account = account_detail(small_workspace, account_id)
    deal = account.opportunities[0]
    dialog = OpportunityDialog(window.scope.operations, window.formatter, account, date(2026, 11, 20), deal)
    qtbot.addWidget(dialog)
    save_opportunity(
        small_workspace,
        OpportunityFields(deal.title, Decimal(77_000), deal.expected_close, deal.owner, deal.channel),
        account_id=account_id,
        today=date(2026, 11, 20),
        opportunity_id=deal.id,
    )
    dialog.amount.setText("5 000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.general_error.text().startswith(f"The deal “{deal.title}” was changed by ")
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert window.formatter.parse_decimal(dialog.amount.text()) == 77_000
