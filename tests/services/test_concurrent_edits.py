"""Two people editing the same account, deal or mission: the second save, made from the version
both had opened, is refused with who changed it and when, and writes nothing (issue 16, no lost
update). Run on a file and on a team database; on the team database through two connections."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from esn_desktop.domain.records import AccountRecord
from esn_desktop.services.account_editing import OpportunityFields, save_account, save_opportunity
from esn_desktop.services.account_list import AccountFilter, account_ids
from esn_desktop.services.accounts import account_detail
from esn_desktop.services.changes import ChangedMeanwhileError
from esn_desktop.services.missions import list_missions, save_mission
from esn_desktop.store.database import Workspace
from esn_desktop.store.team_database import open_team_workspace


@pytest.fixture
def other(small_workspace: Workspace) -> Iterator[Workspace]:
    """Another person's window on the same workspace: a second connection to a team database; for
    a file (one writer at a time), the same workspace, as a second form of the same window."""
    if small_workspace.team is None:
        yield small_workspace
        return
    with open_team_workspace(small_workspace.team) as second:
        yield second


def _record(detail: object, **changed: object) -> AccountRecord:
    fields = {f.name: getattr(detail, f.name) for f in dataclasses.fields(AccountRecord)}
    return AccountRecord(**{**fields, **changed})


def _lemaire(workspace: Workspace) -> int:
    ids = account_ids(workspace, AccountFilter(search="Lemaire"))
    assert len(ids) == 1
    return ids[0]


def test_the_second_save_of_an_account_opened_by_both_is_refused_and_writes_nothing(
    small_workspace: Workspace, other: Workspace
) -> None:
    account_id = _lemaire(small_workspace)
    mine, theirs = account_detail(small_workspace, account_id), account_detail(other, account_id)
    assert mine.version == theirs.version

    save_account(small_workspace, _record(mine, city="Metz"), account_id=account_id, seen=mine.version)
    with pytest.raises(ChangedMeanwhileError) as refused:
        save_account(other, _record(theirs, city="Nancy"), account_id=account_id, seen=theirs.version)

    stored = account_detail(other, account_id)
    assert stored.city == "Metz"  # theirs was not written over mine
    assert stored.version > mine.version
    error = refused.value
    assert (error.kind, error.name, error.who) == (
        "account",
        "Transports Lemaire",
        stored_by(small_workspace),
    )
    assert error.when is not None and error.when.date() >= date(2026, 1, 1)
    assert str(error).startswith(f"the account 'Transports Lemaire' was changed by {error.who} at ")
    assert str(error).endswith("nothing was written: reload it to see that change, then make yours again")

    # Reloaded, their change goes in.
    save_account(other, _record(stored, city="Nancy"), account_id=account_id, seen=stored.version)
    assert account_detail(small_workspace, account_id).city == "Nancy"


def test_a_deal_and_a_mission_are_guarded_the_same_way(small_workspace: Workspace, other: Workspace) -> None:
    account_id = _lemaire(small_workspace)
    deal = account_detail(small_workspace, account_id).opportunities[0]
    terms = OpportunityFields(deal.title, deal.amount, deal.expected_close, deal.owner, deal.channel)
    today = date(2026, 11, 20)
    save_opportunity(
        small_workspace,
        dataclasses.replace(terms, amount=Decimal(90_000)),
        account_id=account_id,
        today=today,
        opportunity_id=deal.id,
        seen=deal.version,
    )
    with pytest.raises(ChangedMeanwhileError, match=f"^the deal '{deal.title}' was changed by "):
        save_opportunity(
            other,
            dataclasses.replace(terms, amount=Decimal(1)),
            account_id=account_id,
            today=today,
            opportunity_id=deal.id,
            seen=deal.version,
        )
    assert account_detail(other, account_id).opportunities[0].amount == 90_000

    mission = list_missions(small_workspace)[0]
    arguments = {
        "mission_id": mission.id,
        "account_id": mission.account_id,
        "consultant_id": mission.consultant_id,
        "status": mission.status,
    }
    richer = dataclasses.replace(mission.terms, daily_rate=mission.terms.daily_rate + 50)
    save_mission(small_workspace, terms=richer, seen=mission.version, **arguments)  # type: ignore[arg-type]
    with pytest.raises(
        ChangedMeanwhileError, match=f"^the mission '{mission.consultant} at {mission.account}'"
    ):
        save_mission(other, terms=mission.terms, seen=mission.version, **arguments)  # type: ignore[arg-type]
    assert list_missions(other)[0].terms.daily_rate == richer.daily_rate


def test_a_save_without_a_version_seen_still_raises_the_version(
    small_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A clock a second on at each stamp, as a save spanning a second's change sees it: the save's
    # later flushes (the row unchanged since) must not stamp it, nor raise its version, again.
    import itertools
    from datetime import datetime, timedelta

    from esn_desktop.store import versions

    seconds = itertools.count()
    monkeypatch.setattr(
        versions, "editor", lambda _c: ("me", datetime(2026, 12, 2, 10) + timedelta(seconds=next(seconds)))
    )
    account_id = _lemaire(small_workspace)
    before = account_detail(small_workspace, account_id)
    save_account(small_workspace, _record(before, city="Metz"), account_id=account_id)
    after = account_detail(small_workspace, account_id)
    assert after.version == before.version + 1


def stored_by(workspace: Workspace) -> str:
    """Who a change through `workspace` is said to be made by: the login of a team database, the
    computer's user for a file."""
    import getpass

    return workspace.team.user or "" if workspace.team is not None else getpass.getuser()


def test_an_undo_never_writes_over_a_later_save_of_another(
    small_workspace: Workspace, other: Workspace
) -> None:
    from esn_desktop.services.changes import CannotUndo, revert

    account_id = _lemaire(small_workspace)
    mine = save_account(
        small_workspace,
        _record(account_detail(small_workspace, account_id), city="Metz"),
        account_id=account_id,
    )
    theirs = account_detail(other, account_id)
    save_account(other, _record(theirs, city="Nancy", phone="03 87 00 00 00"), account_id=account_id)
    with pytest.raises(CannotUndo, match="changed again since"):
        revert(small_workspace, mine.changes)
    kept = account_detail(small_workspace, account_id)
    assert (kept.city, kept.phone) == ("Nancy", "03 87 00 00 00")


def test_an_undone_addition_takes_back_only_its_own_rows(
    small_workspace: Workspace, other: Workspace
) -> None:
    from esn_desktop.domain.activities import ActivityKind, ActivityStatus
    from esn_desktop.services.account_editing import ActivityFields, log_activity
    from esn_desktop.services.changes import changing, revert
    from esn_desktop.store import models as m

    if small_workspace.team is None:
        pytest.skip("a file has one writer, the window: no colleague's row comes between its marks")
    account_id = _lemaire(small_workspace)
    call = ActivityFields(ActivityKind.CALL, ActivityStatus.DONE, date(2026, 11, 24), account_id)
    with changing(small_workspace, adds_to=("activities",)) as change:
        # Meanwhile a colleague logs a call (on a file: the same window, a change before this one).
        theirs = log_activity(other, call).value
        change.session.add(
            m.Activity(kind=call.kind, status=call.status, activity_date=call.day, account_id=account_id)
        )
        mine = change.done(None)
    added = [rows.values for rows in mine.changes.added if rows.table == "activities"]
    assert theirs not in added[0]  # only the rows of this transaction
    revert(small_workspace, mine.changes)
    with small_workspace.session() as session:
        assert session.get(m.Activity, theirs) is not None
