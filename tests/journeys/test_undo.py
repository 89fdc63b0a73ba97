"""Undo and redo in the real window (undo.py), then checked in the file it left."""

from __future__ import annotations

from pathlib import Path

from esn_desktop.services.account_list import AccountFilter, account_ids
from esn_desktop.services.accounts import AccountDetail, account_detail
from esn_desktop.store.database import open_workspace
from tests.journeys.clients import client_workspaces
from tests.journeys.conftest import Player


def test_a_deleted_contact_comes_back_with_ctrl_z_and_goes_again_without_its_activities(
    journey: Player, tmp_path: Path
) -> None:
    ((path, _company),) = client_workspaces(tmp_path, 1)
    with open_workspace(Path(path), write=False) as workspace:

        def named_in_timeline(detail: AccountDetail) -> int:
            return sum(a.contact == detail.contacts[0].name for a in detail.timeline)

        # An account found alone by its name, whose first contact some activities name.
        account = next(
            detail
            for account_id in account_ids(workspace, AccountFilter())
            if (detail := account_detail(workspace, account_id)).contacts
            and named_in_timeline(detail) >= 2
            and account_ids(workspace, AccountFilter(search=detail.name)) == [account_id]
        )
    contact = account.contacts[0].name
    played = journey(
        "tests.journeys.undo:undo",
        workspace=path,
        account=account.name,
        contact=contact,
        activities=len(account.timeline),
        named=named_in_timeline(account),
    )
    assert list(played.timings) == ["delete-asked", "deleted", "undone", "redone"]
    with open_workspace(Path(path), write=False) as workspace:
        after = account_detail(workspace, account.id)
    assert contact not in [c.name for c in after.contacts]
    assert [a.id for a in after.timeline] == [a.id for a in account.timeline]
    assert all(
        a.contact is None
        for a in after.timeline
        if a.id in {b.id for b in account.timeline if b.contact == contact}
    )
