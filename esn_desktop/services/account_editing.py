"""Creating and editing accounts, contacts, opportunities and activities from the window.

Each save is one transaction that writes everything or, refused, nothing; a refusal names
the field. Salespeople and channels are known by name and added when first named.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from esn_desktop.domain.accounts import ContactRole, Referencing, holds_a_letter, name_key
from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.headcount import Headcount, HeadcountError, read_headcount
from esn_desktop.domain.pipeline import DEFAULT_PROBABILITIES, Stage
from esn_desktop.domain.records import AccountRecord
from esn_desktop.services.changes import Changed, Changes, changing
from esn_desktop.store import models as m
from esn_desktop.store.database import Workspace
from esn_desktop.store.snapshots import Rows
from esn_desktop.store.versions import check_seen


def opportunity_rows(opportunity_id: int) -> list[Rows]:
    """An opportunity with its stage history and the action plans that push it."""
    key = (opportunity_id,)
    return [
        Rows("opportunities", "id", key),
        Rows("stage_changes", "opportunity_id", key),
        Rows("action_plan_pushes", "opportunity_id", key),
    ]


@dataclass(frozen=True, slots=True)
class ContactFields:
    first_name: str
    last_name: str
    role: ContactRole | None = None
    email: str | None = None
    phone: str | None = None
    job_title: str | None = None
    mobile: str | None = None


@dataclass(frozen=True, slots=True)
class OpportunityFields:
    title: str
    amount: Decimal
    expected_close: date | None = None
    owner: str | None = None
    channel: str | None = None


@dataclass(frozen=True, slots=True)
class ActivityFields:
    kind: ActivityKind
    status: ActivityStatus
    day: date
    account_id: int
    contact_id: int | None = None
    opportunity_id: int | None = None
    owner: str | None = None
    notes: str | None = None


#: The tables a save may add rows to.
ACCOUNT_TABLES = ("accounts", "salespeople", "channels")
OPPORTUNITY_TABLES = ("opportunities", "stage_changes", "salespeople", "channels")


def _refuse(problems: list[Problem], what: str) -> None:
    if problems:
        raise ValidationError(problems, f"the {what} was refused")


def _named_id(session: Session, model: type[m.Salesperson] | type[m.Channel], name: str | None) -> int | None:
    """The id of the salesperson or channel of that name, added when first named; None for no name."""
    if not name or not name.strip():
        return None
    name = name.strip()
    found = session.execute(select(model.id).where(model.name == name)).scalar_one_or_none()
    if found is not None:
        return found
    item = model(name=name)
    session.add(item)
    session.flush()
    return item.id


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def _email(value: str | None, what: str, problems: list[Problem]) -> str | None:
    """An email address, a person's or a company's mailbox (accueil@...), checked the same way."""
    email = _text(value)
    if email is not None and ("@" not in email or " " in email):
        problems.append(Problem(what, "email", f"is not an email address ('{email}')"))
    return email


def _exists(session: Session, model: type[m.Base], item_id: int, what: str, problems: list[Problem]) -> None:
    if session.get(model, item_id) is None:
        problems.append(Problem(what, "id", f"no {what} {item_id}"))


def save_account(
    workspace: Workspace, fields: AccountRecord, *, account_id: int | None = None, seen: int | None = None
) -> Changed[int]:
    """Creates (account_id None) or updates an account; refuses a save made from version `seen` of an
    account saved by someone else since."""
    name = fields.name.strip()
    problems: list[Problem] = []
    if not name:
        problems.append(Problem("account", "name", "is required"))
    elif not holds_a_letter(name):
        problems.append(Problem("account", "name", f"must hold a letter, not {name!r}"))
    size: Headcount | None = None
    try:
        size = read_headcount(fields.size)
    except HeadcountError as error:
        problems.append(Problem("account", "size", f"{error} ('{(fields.size or '').strip()}')"))
    email = _email(fields.email, "account", problems)
    if fields.potential is not None and fields.potential < 0:
        problems.append(Problem("account", "potential", "must not be negative"))
    touches = [Rows("accounts", "id", (account_id,))] if account_id is not None else []
    with changing(workspace, touches=touches, adds_to=ACCOUNT_TABLES) as change:
        session = change.session
        if name:
            twin = session.execute(
                select(m.Account.name).where(
                    m.Account.name_key == name_key(name), m.Account.id != (account_id or -1)
                )
            ).scalar_one_or_none()
            if twin is not None:
                problems.append(Problem("account", "name", f"{twin!r} is already an account"))
        if account_id is not None:
            _exists(session, m.Account, account_id, "account", problems)
        _refuse(problems, "account")
        account = (
            session.get(m.Account, account_id, with_for_update=True)
            if account_id is not None
            else m.Account()
        )
        assert account is not None
        if account_id is not None:
            check_seen(account, seen, "account", account.name)
        account.name, account.name_key = name, name_key(name)
        account.segment = fields.segment or None
        account.sector = (fields.sector or "").strip() or None
        account.city = (fields.city or "").strip() or None
        account.size, account.size_floor = (size.text, size.floor) if size else (None, None)
        account.potential = fields.potential
        account.phone, account.email = _text(fields.phone), email
        account.referencing = Referencing(fields.referencing)
        account.owner_id = _named_id(session, m.Salesperson, fields.owner)
        account.channel_id = _named_id(session, m.Channel, fields.channel)
        session.add(account)
        session.flush()
        return change.done(account.id)


def save_contact(
    workspace: Workspace, fields: ContactFields, *, account_id: int, contact_id: int | None = None
) -> Changed[int]:
    problems: list[Problem] = []
    if not fields.last_name.strip():
        problems.append(Problem("contact", "last_name", "is required"))
    email = _email(fields.email, "contact", problems)
    touches = [Rows("contacts", "id", (contact_id,))] if contact_id is not None else []
    with changing(workspace, touches=touches, adds_to=("contacts",)) as change:
        session = change.session
        _exists(session, m.Account, account_id, "account", problems)
        if contact_id is not None:
            _exists(session, m.Contact, contact_id, "contact", problems)
        _refuse(problems, "contact")
        contact = session.get(m.Contact, contact_id) if contact_id is not None else m.Contact()
        assert contact is not None
        contact.account_id = account_id
        contact.first_name, contact.last_name = fields.first_name.strip(), fields.last_name.strip()
        contact.role = ContactRole(fields.role) if fields.role else None
        contact.email, contact.phone = email, _text(fields.phone)
        contact.job_title, contact.mobile = _text(fields.job_title), _text(fields.mobile)
        session.add(contact)
        session.flush()
        return change.done(contact.id)


def save_opportunity(
    workspace: Workspace,
    fields: OpportunityFields,
    *,
    account_id: int,
    today: date,
    opportunity_id: int | None = None,
    stage: Stage = Stage.LEAD,
    seen: int | None = None,
) -> Changed[int]:
    """Saves an opportunity's terms; a new one starts at `stage` today, recorded in its history.
    Its stage then changes only through `move_opportunity`. A save made from version `seen` of a
    deal saved by someone else since is refused."""
    problems: list[Problem] = []
    if not fields.title.strip():
        problems.append(Problem("opportunity", "title", "is required"))
    if fields.amount <= 0:
        problems.append(Problem("opportunity", "amount", "must be positive"))
    touches = opportunity_rows(opportunity_id) if opportunity_id is not None else []
    with changing(workspace, touches=touches, adds_to=OPPORTUNITY_TABLES) as change:
        session = change.session
        _exists(session, m.Account, account_id, "account", problems)
        if opportunity_id is not None:
            _exists(session, m.Opportunity, opportunity_id, "opportunity", problems)
        _refuse(problems, "opportunity")
        if opportunity_id is None:
            stage = Stage(stage)
            opportunity = m.Opportunity(
                account_id=account_id,
                stage=stage,
                probability=DEFAULT_PROBABILITIES[stage],
                created_on=today,
                closed_on=today if stage.is_closed else None,
            )
            opportunity.history.append(m.StageChange(stage=stage, changed_on=today))
        else:
            found = change.lock(m.Opportunity, opportunity_id)
            if found is None:  # deleted since `_exists` read it
                _refuse([Problem("opportunity", "id", f"no opportunity {opportunity_id}")], "opportunity")
            assert found is not None  # `_refuse` raised otherwise
            check_seen(found, seen, "deal", found.title)
            opportunity = found
        opportunity.title, opportunity.amount = fields.title.strip(), fields.amount
        opportunity.expected_close = fields.expected_close
        opportunity.owner_id = _named_id(session, m.Salesperson, fields.owner)
        opportunity.channel_id = _named_id(session, m.Channel, fields.channel)
        session.add(opportunity)
        session.flush()
        return change.done(opportunity.id)


def log_activity(workspace: Workspace, fields: ActivityFields) -> Changed[int]:
    """Records an activity on an account (a call made, a meeting planned...)."""
    problems: list[Problem] = []
    with changing(workspace, adds_to=("activities", "salespeople")) as change:
        session = change.session
        _exists(session, m.Account, fields.account_id, "account", problems)
        if fields.contact_id is not None:
            owner = session.execute(
                select(m.Contact.account_id).where(m.Contact.id == fields.contact_id)
            ).scalar_one_or_none()
            if owner != fields.account_id:
                problems.append(Problem("activity", "contact", "is not a contact of this account"))
        if fields.opportunity_id is not None:
            owner = session.execute(
                select(m.Opportunity.account_id).where(m.Opportunity.id == fields.opportunity_id)
            ).scalar_one_or_none()
            if owner != fields.account_id:
                problems.append(Problem("activity", "opportunity", "is not an opportunity of this account"))
        _refuse(problems, "activity")
        activity = m.Activity(
            kind=ActivityKind(fields.kind),
            status=ActivityStatus(fields.status),
            activity_date=fields.day,
            account_id=fields.account_id,
            contact_id=fields.contact_id,
            opportunity_id=fields.opportunity_id,
            owner_id=_named_id(session, m.Salesperson, fields.owner),
            notes=(fields.notes or "").strip() or None,
        )
        session.add(activity)
        session.flush()
        return change.done(activity.id)


def delete_contact(workspace: Workspace, *, contact_id: int) -> Changes:
    """Deletes a contact; the activities with them lose them (and get them back on undo)."""
    key = (contact_id,)
    with changing(workspace, touches=[Rows("contacts", "id", key)]) as change:
        change.touches_by_id(Rows("activities", "contact_id", key))
        change.session.execute(delete(m.Contact).where(m.Contact.id == contact_id))
        return change.changes()


def delete_opportunity(workspace: Workspace, *, opportunity_id: int) -> Changes:
    """Deletes a deal with its stage history and its place in the action plans; the activities
    about it lose it (and get it back on undo)."""
    with changing(workspace, touches=opportunity_rows(opportunity_id)) as change:
        change.lock(m.Opportunity, opportunity_id)  # another's deal: the delete would match no row
        change.touches_by_id(Rows("activities", "opportunity_id", (opportunity_id,)))
        change.session.execute(delete(m.Opportunity).where(m.Opportunity.id == opportunity_id))
        return change.changes()
