"""A form saved after another person saved the same record: refused in the form with who and
when, then « Reload » fills it from what is stored and the next save goes in (issue 16)."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from esn_desktop.domain.records import AccountRecord
from esn_desktop.services.account_editing import save_account
from esn_desktop.services.account_list import AccountFilter, account_ids
from esn_desktop.services.accounts import account_detail
from esn_desktop.services.missions import MissionRow, list_missions, save_mission
from esn_desktop.services.transfer import import_document
from esn_desktop.store.database import Workspace
from esn_desktop.store.team_database import open_team_workspace
from esn_desktop.store.team_roles import TeamRole, add_user
from esn_desktop.ui.dialogs import mission_dialog
from esn_desktop.ui.dialogs.account_dialogs import AccountDialog, OpportunityDialog
from esn_desktop.ui.dialogs.mission_dialog import MissionDialog
from esn_desktop.ui.main_window import MainWindow
from tests.conftest import SMALL_WORKSPACE


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
    dialog.name.setText("Transports Lemaire SA")  # editing on does not hide why the save was refused
    assert dialog.general_error.text() == said

    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert (dialog.city.text(), dialog.name.text()) == ("Metz", "Transports Lemaire")  # as stored now
    assert dialog.reload_button.isHidden() and dialog.general_error.text() == ""
    dialog.city.setText("Nancy")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    assert account_detail(small_workspace, account_id).city == "Nancy"


def test_a_deal_form_reloads_the_deal_as_stored(qtbot, small_workspace) -> None:
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


def _mission_form(window: MainWindow, workspace: Workspace) -> tuple[MissionDialog, MissionRow]:
    assert window.scope is not None
    mission = next(row for row in list_missions(workspace) if row.terms.end is not None)
    dialog = MissionDialog(window.scope.operations, window.formatter, mission, today=mission.terms.start)
    return dialog, mission


def _save_rate(workspace: Workspace, mission: MissionRow, rate: int) -> None:
    """Another person's save of the mission, at another daily rate."""
    save_mission(
        workspace,
        mission_id=mission.id,
        seen=mission.version,
        account_id=mission.account_id,
        consultant_id=mission.consultant_id,
        terms=dataclasses.replace(mission.terms, daily_rate=Decimal(rate)),
        status=mission.status,
    )


def _refused_then_reloaded(qtbot, dialog: MissionDialog, workspace: Workspace, mission: MissionRow) -> str:
    """Typed 700 after another's save at 810: refused with who and when, the refusal kept while
    editing, « Reload » fills in 810, and a save made then goes in."""
    assert dialog.reload_button.isHidden()
    dialog.daily_rate.setText("700")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    said = dialog.save_error.text()
    assert said.startswith(f"The mission “{mission.consultant} at {mission.account}” was changed by "), said
    assert said.endswith("Nothing was saved: reload it to see that change, then make yours again.")
    assert not dialog.reload_button.isHidden() and dialog.result() == 0
    assert list_missions(workspace, mission_id=mission.id)[0].terms.daily_rate == 810
    dialog.time_ratio.setText("0,5")  # editing on does not hide why the save was refused
    assert dialog.save_error.text() == said and not dialog.reload_button.isHidden()

    reads: list[str] = []
    figures = mission_dialog.preview_mission

    def counted(*args: object, **kwargs: object) -> object:
        reads.append("figures")
        return figures(*args, **kwargs)

    mission_dialog.preview_mission = counted  # type: ignore[assignment]
    try:
        qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    finally:
        mission_dialog.preview_mission = figures
    assert reads == ["figures"]  # read once for the form refilled, not once per field
    parse = dialog.formatter.parse_decimal
    assert (parse(dialog.daily_rate.text()), parse(dialog.time_ratio.text())) == (810, 1)  # as stored now
    assert dialog.reload_button.isHidden() and dialog.save_error.text() == ""
    dialog.daily_rate.setText("720")
    dialog.confirm_save = lambda _title, _text: True  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1, dialog.save_error.text()
    assert list_missions(workspace, mission_id=mission.id)[0].terms.daily_rate == 720
    return said


def test_a_mission_form_refused_after_anothers_save_reloads_then_saves(qtbot, small_workspace) -> None:
    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    dialog, mission = _mission_form(window, small_workspace)
    qtbot.addWidget(dialog)
    _save_rate(small_workspace, mission, 810)  # the same file saved from another form meanwhile
    _refused_then_reloaded(qtbot, dialog, small_workspace, mission)


def test_a_mission_form_refused_after_another_directors_save_names_them(qtbot, team_workspace) -> None:
    import_document(team_workspace, SMALL_WORKSPACE)
    team = team_workspace.team
    assert team is not None
    other = f"ines_{team.database}"
    with team_workspace.engine.begin() as connection:
        add_user(connection, team.database, login=other, role=TeamRole.DIRECTOR, password="ines-secret-1")
    window = MainWindow(team_workspace, "Équipe")
    qtbot.addWidget(window)
    dialog, mission = _mission_form(window, team_workspace)
    qtbot.addWidget(dialog)
    with open_team_workspace(team.as_user(other, "ines-secret-1")) as elsewhere:  # her own connection
        _save_rate(elsewhere, mission, 810)
    said = _refused_then_reloaded(qtbot, dialog, team_workspace, mission)
    assert f"was changed by {other} on {window.formatter.day(date.today())} at " in said


def test_a_save_whose_answer_was_lost_offers_reload_only_for_a_stored_record(
    qtbot, small_workspace, monkeypatch
) -> None:
    from esn_desktop.store.errors import WorkspaceError

    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    assert window.scope is not None
    operations = window.scope.operations

    def lost(_text: str, _write: object) -> object:  # the server's answer to COMMIT never came
        raise WorkspaceError(
            "acme stopped answering as the change was saved", "team_commit_unknown", name="acme"
        )

    monkeypatch.setattr(operations, "run", lost)
    account_id = account_ids(small_workspace, AccountFilter(search="Lemaire"))[0]
    stored = AccountDialog(operations, window.formatter, account_detail(small_workspace, account_id))
    new = AccountDialog(operations, window.formatter, None)
    for dialog in (stored, new):
        qtbot.addWidget(dialog)
        dialog.name.setText(dialog.name.text() or "Atelier Nord")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.general_error.text().startswith(
            "The team database acme stopped answering as the change"
        )
    assert not stored.reload_button.isHidden()
    assert new.reload_button.isHidden()  # nothing to read again: the person looks in the list


def test_after_a_lost_commit_every_view_reads_again(qtbot, small_workspace) -> None:
    from esn_desktop.services.topics import EVERYTHING
    from esn_desktop.store.errors import WorkspaceError

    window = MainWindow(small_workspace, "Exemple")
    qtbot.addWidget(window)
    assert window.scope is not None
    operations = window.scope.operations

    def lost() -> object:
        raise WorkspaceError(
            "acme stopped answering as the change was saved", "team_commit_unknown", name="acme"
        )

    heard: list[object] = []
    operations.events.data_changed.connect(heard.append)
    with pytest.raises(WorkspaceError, match="stopped answering"):
        operations.run("Account", lost)  # type: ignore[arg-type]
    assert heard == [EVERYTHING]  # saved or not, what the views show is read again
