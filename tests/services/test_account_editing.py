import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from esn_desktop.domain.accounts import ContactRole, Referencing
from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.errors import ValidationError
from esn_desktop.domain.pipeline import Stage
from esn_desktop.domain.records import AccountRecord
from esn_desktop.services.account_editing import (
    ActivityFields,
    ContactFields,
    OpportunityFields,
    log_activity,
    save_account,
    save_contact,
    save_opportunity,
)
from esn_desktop.services.account_list import filter_choices, find_accounts
from esn_desktop.services.accounts import account_detail
from esn_desktop.services.changes import revert
from esn_desktop.services.topics import Topic
from esn_desktop.store import models as m


def test_an_account_with_a_new_salesperson_and_channel(workspace) -> None:
    account = save_account(
        workspace,
        AccountRecord(
            "Énergies Nouvelles",
            segment="eti",
            size="de 201 à 500 salariés",
            potential=Decimal(180000),
            phone=" 01 42 00 00 00 ",
            email="accueil@energies.example",
            referencing=Referencing.IN_PROGRESS,
            owner="Claire Martin",
            channel="Salon",
        ),
    ).value
    detail = account_detail(workspace, account)
    assert (detail.name, detail.segment, detail.size, detail.potential) == (
        "Énergies Nouvelles",
        "eti",
        "201-500",  # as domain.headcount writes a band out
        Decimal(180000),
    )
    assert (detail.phone, detail.email) == ("01 42 00 00 00", "accueil@energies.example")
    with workspace.session() as session:
        assert session.get(m.Account, account).size_floor == 201
    assert (detail.owner, detail.channel, detail.referencing) == ("Claire Martin", "Salon", "in_progress")
    assert find_accounts(workspace, "energies") == [(account, "Énergies Nouvelles")]


def test_a_refused_account_names_each_field_and_writes_nothing(small_workspace) -> None:
    with pytest.raises(ValidationError) as refused:
        save_account(
            small_workspace,
            AccountRecord("TRANSPORTS  lemaire", size="beaucoup", email="accueil", owner="Nouveau Venu"),
        )
    assert [(p.field, p.reason) for p in refused.value.problems] == [
        ("size", "holds no number of people (write 250, 11-50 or 501+) ('beaucoup')"),
        ("email", "is not an email address ('accueil')"),
        ("name", "'Transports Lemaire' is already an account"),
    ]
    assert len(find_accounts(small_workspace, "")) == 3
    assert "Nouveau Venu" not in filter_choices(small_workspace).owners


def test_contact_and_opportunity_on_an_account(small_workspace) -> None:
    save_contact(
        small_workspace,
        ContactFields(
            "Anne",
            "Vidal",
            role=ContactRole.DECISION_MAKER,
            email="a.vidal@lemaire.fr",
            job_title=" Directrice des achats ",
            mobile="06 12 34 56 78",
        ),
        account_id=2,
    )
    with pytest.raises(ValidationError) as refused:
        save_contact(small_workspace, ContactFields("", " ", email="pas une adresse"), account_id=2)
    assert [p.field for p in refused.value.problems] == ["last_name", "email"]
    deal = save_opportunity(
        small_workspace,
        OpportunityFields("Data platform", Decimal("84000.50"), expected_close=date(2027, 3, 31)),
        account_id=2,
        today=date(2026, 11, 22),
        stage=Stage.QUALIFIED,
    ).value
    detail = account_detail(small_workspace, 2)
    assert [c.name for c in detail.contacts] == ["Julien Faure", "Anne Vidal"]
    assert (detail.contacts[1].job_title, detail.contacts[1].mobile) == (
        "Directrice des achats",
        "06 12 34 56 78",
    )
    created = next(o for o in detail.opportunities if o.id == deal)
    assert (created.stage, created.probability, created.amount) == (
        Stage.QUALIFIED,
        Decimal("0.2"),
        Decimal("84000.50"),
    )
    assert [(h.stage, h.day) for h in created.history] == [(Stage.QUALIFIED, date(2026, 11, 22))]
    with pytest.raises(ValidationError) as refused:
        save_opportunity(
            small_workspace, OpportunityFields(" ", Decimal(0)), account_id=2, today=date(2026, 11, 22)
        )
    assert [p.field for p in refused.value.problems] == ["title", "amount"]


def test_an_activity_must_be_about_the_account_it_is_logged_on(small_workspace) -> None:
    julien = account_detail(small_workspace, 2).contacts[0].id
    fields = ActivityFields(
        ActivityKind.CALL, ActivityStatus.DONE, date(2026, 11, 22), account_id=1, contact_id=julien
    )
    with pytest.raises(ValidationError) as refused:
        log_activity(small_workspace, fields)
    assert [p.field for p in refused.value.problems] == ["contact"]
    log_activity(
        small_workspace,
        ActivityFields(
            ActivityKind.CALL,
            ActivityStatus.DONE,
            date(2026, 11, 22),
            account_id=2,
            contact_id=julien,
            notes="Rappel en janvier",
        ),
    )
    logged = [a for a in account_detail(small_workspace, 2).timeline if a.day == date(2026, 11, 22)]
    assert [(a.kind, a.contact, a.notes) for a in logged] == [("call", "Julien Faure", "Rappel en janvier")]


def test_an_account_edited_with_a_new_salesperson_is_undone_whole(small_workspace) -> None:
    before = account_detail(small_workspace, 2)
    saved = save_account(
        small_workspace,
        AccountRecord("Transports Lemaire", segment="eti", city="Lyon", owner="Claire Martin"),
        account_id=2,
    )
    # The account changed and a salesperson was added: the names offered in forms change too.
    assert saved.changes.topics == {Topic.ACCOUNTS, Topic.NAMES}
    assert account_detail(small_workspace, 2).owner == "Claire Martin"
    redo = revert(small_workspace, saved.changes)
    undone = account_detail(small_workspace, 2)
    assert dataclasses.replace(undone, version=before.version) == before
    assert undone.version > before.version  # a new version: a form filled before the undo is refused
    assert "Claire Martin" not in filter_choices(small_workspace).owners
    revert(small_workspace, redo)
    assert (account_detail(small_workspace, 2).owner, account_detail(small_workspace, 2).city) == (
        "Claire Martin",
        "Lyon",
    )


def test_a_new_deal_is_undone_with_its_first_stage(small_workspace) -> None:
    before = account_detail(small_workspace, 2).opportunities
    saved = save_opportunity(
        small_workspace,
        OpportunityFields("Data platform", Decimal(84000)),
        account_id=2,
        today=date(2026, 11, 22),
        stage=Stage.QUALIFIED,
    )
    assert saved.changes.topics == {Topic.DEALS}
    revert(small_workspace, saved.changes)
    assert account_detail(small_workspace, 2).opportunities == before
    with small_workspace.session() as session:  # its stage history went with it
        assert (
            session.scalars(select(m.StageChange).where(m.StageChange.opportunity_id == saved.value)).all()
            == []
        )


def test_an_activity_logged_is_undone_and_redone_under_its_id(small_workspace) -> None:
    fields = ActivityFields(ActivityKind.CALL, ActivityStatus.DONE, date(2026, 11, 22), account_id=2)
    logged = log_activity(small_workspace, fields)
    assert logged.changes.topics == {Topic.ACTIVITIES}
    redo = revert(small_workspace, logged.changes)
    assert logged.value not in [a.id for a in account_detail(small_workspace, 2).timeline]
    revert(small_workspace, redo)
    assert logged.value in [a.id for a in account_detail(small_workspace, 2).timeline]


def test_a_name_without_a_letter_is_no_account(workspace) -> None:
    # The rule a list import applies: a code or a phone number is no company's name.
    for name in ("1", "+33 6 12 34 56 78"):
        with pytest.raises(ValidationError) as refused:
            save_account(workspace, AccountRecord(name))
        assert [(p.field, p.reason) for p in refused.value.problems] == [
            ("name", f"must hold a letter, not {name!r}")
        ]
    assert save_account(workspace, AccountRecord("3M France")).value > 0
