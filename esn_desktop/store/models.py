"""The workspace schema: one table per object of the domain, plus opportunities' stage history."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Enum,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from esn_desktop.domain.accounts import ContactRole, Referencing
from esn_desktop.domain.action_plans import Frequency
from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.objectives import Metric
from esn_desktop.domain.pipeline import Stage
from esn_desktop.domain.staffing import MissionStatus
from esn_desktop.store.types import Fraction, Money

# Named constraints let Alembic's batch mode alter them later on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(enum: type[StrEnum], name: str) -> Enum:
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Salesperson(Base):
    __tablename__ = "salespeople"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    email: Mapped[str | None] = mapped_column(String(320))
    #: Their login to a team database, where what they write is theirs (store/team_roles.py).
    login: Mapped[str | None] = mapped_column(String(63), index=True, unique=True)


class Channel(Base):
    __tablename__ = "channels"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    costs: Mapped[list[ChannelCost]] = relationship(
        back_populates="channel", cascade="all, delete-orphan", order_by="ChannelCost.start_date"
    )


class ChannelCost(Base):
    __tablename__ = "channel_costs"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[date]
    end_date: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(Money)
    channel: Mapped[Channel] = relationship(back_populates="costs")


class Versioned:
    """What two people may edit at once: each change raises `version` (SQLAlchemy refuses a
    flush made on a row changed meanwhile) and says who made it and when (store/versions.py)."""

    version: Mapped[int] = mapped_column(server_default=text("1"))
    changed_by: Mapped[str | None] = mapped_column(String(200))
    changed_at: Mapped[datetime | None]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805: a class attribute, declared per class
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Account(Versioned, Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    #: The name folded (case, accents, spaces) to find the same company written twice.
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    segment: Mapped[str | None] = mapped_column(String(50))
    sector: Mapped[str | None] = mapped_column(String(100))
    city: Mapped[str | None] = mapped_column(String(100))
    #: Head count as `domain.headcount` writes it ("11-50", "501+", "250"); whoever writes it
    #: writes `size_floor` too, the fewest people it means, by which the list sorts.
    size: Mapped[str | None] = mapped_column(String(50))
    size_floor: Mapped[int | None]
    #: The company's switchboard and generic mailbox (accueil@...), not a person's.
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(320))
    potential: Mapped[Decimal | None] = mapped_column(Money)
    referencing: Mapped[Referencing] = mapped_column(
        _enum(Referencing, "referencing"), default=Referencing.NOT_REFERENCED
    )
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channels.id", ondelete="SET NULL"), index=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("salespeople.id", ondelete="SET NULL"), index=True
    )


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        UniqueConstraint("account_id", "first_name", "last_name", name="uq_contacts_account_person"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[ContactRole | None] = mapped_column(_enum(ContactRole, "role"))
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    phone: Mapped[str | None] = mapped_column(String(50))
    job_title: Mapped[str | None] = mapped_column(String(200))
    mobile: Mapped[str | None] = mapped_column(String(50))


class Opportunity(Versioned, Base):
    __tablename__ = "opportunities"
    __table_args__ = (
        UniqueConstraint("account_id", "title", name="uq_opportunities_account_title"),
        CheckConstraint("amount >= 0", name="amount"),
        CheckConstraint("probability BETWEEN 0 AND 1000000", name="probability"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    amount: Mapped[Decimal] = mapped_column(Money)
    stage: Mapped[Stage] = mapped_column(_enum(Stage, "stage"))
    probability: Mapped[Decimal] = mapped_column(Fraction)
    expected_close: Mapped[date | None]
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("salespeople.id", ondelete="SET NULL"), index=True
    )
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channels.id", ondelete="SET NULL"), index=True)
    created_on: Mapped[date]
    closed_on: Mapped[date | None]
    history: Mapped[list[StageChange]] = relationship(
        back_populates="opportunity", cascade="all, delete-orphan", order_by="StageChange.changed_on"
    )


class StageChange(Base):
    """One move of an opportunity to a stage: conversion rates and cycle times come from these."""

    __tablename__ = "stage_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[Stage] = mapped_column(_enum(Stage, "stage"))
    changed_on: Mapped[date]
    opportunity: Mapped[Opportunity] = relationship(back_populates="history")


class Activity(Base):
    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ActivityKind] = mapped_column(_enum(ActivityKind, "kind"))
    status: Mapped[ActivityStatus] = mapped_column(_enum(ActivityStatus, "status"))
    activity_date: Mapped[date]
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("salespeople.id", ondelete="SET NULL"))
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id", ondelete="SET NULL"))
    notes: Mapped[str | None] = mapped_column(Text)
    #: When it starts, if a time was set (a meeting booked on a slot); otherwise some time that day.
    start_time: Mapped[time | None]
    #: On a no-show: the day it was marked rescheduled without a slot booked here (agreed by phone).
    rescheduled_on: Mapped[date | None]


class SlotHold(Base):
    """A slot offered to a missed meeting's contact, kept from every other offer until it expires."""

    __tablename__ = "slot_holds"

    id: Mapped[int] = mapped_column(primary_key=True)
    no_show_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime]
    #: The day the slot was first offered: the hold lapses HOLD_DAYS later.
    held_on: Mapped[date]


class Consultant(Base):
    __tablename__ = "consultants"
    __table_args__ = (
        CheckConstraint("daily_cost IS NOT NULL OR annual_salary IS NOT NULL", name="cost_known"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    daily_cost: Mapped[Decimal | None] = mapped_column(Money)
    annual_salary: Mapped[Decimal | None] = mapped_column(Money)
    target_rate: Mapped[Decimal | None] = mapped_column(Money)
    seniority: Mapped[str | None] = mapped_column(String(50))
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    skills: Mapped[list[ConsultantSkill]] = relationship(
        cascade="all, delete-orphan", order_by="ConsultantSkill.id"
    )


class ConsultantSkill(Base):
    __tablename__ = "consultant_skills"
    __table_args__ = (UniqueConstraint("consultant_id", "skill", name="uq_consultant_skills_skill"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultant_id: Mapped[int] = mapped_column(ForeignKey("consultants.id", ondelete="CASCADE"))
    skill: Mapped[str] = mapped_column(String(100))


class Leave(Base):
    __tablename__ = "leaves"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultant_id: Mapped[int] = mapped_column(ForeignKey("consultants.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[date]
    end_date: Mapped[date]


class Mission(Versioned, Base):
    __tablename__ = "missions"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
        CheckConstraint("time_ratio > 0 AND time_ratio <= 1000000", name="time_ratio"),
        CheckConstraint("daily_rate > 0", name="daily_rate"),
        CheckConstraint("unbilled_days >= 0", name="unbilled_days"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    consultant_id: Mapped[int] = mapped_column(ForeignKey("consultants.id", ondelete="CASCADE"), index=True)
    daily_rate: Mapped[Decimal] = mapped_column(Money)
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    time_ratio: Mapped[Decimal] = mapped_column(Fraction)
    unbilled_days: Mapped[int] = mapped_column(default=0)
    status: Mapped[MissionStatus] = mapped_column(_enum(MissionStatus, "status"))


class Objective(Base):
    __tablename__ = "objectives"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: None for an objective of the whole team.
    salesperson_id: Mapped[int | None] = mapped_column(
        ForeignKey("salespeople.id", ondelete="CASCADE"), index=True
    )
    start_date: Mapped[date]
    end_date: Mapped[date]
    criteria: Mapped[list[ObjectiveCriterion]] = relationship(
        cascade="all, delete-orphan", order_by="ObjectiveCriterion.id"
    )


class ObjectiveCriterion(Base):
    __tablename__ = "objective_criteria"
    __table_args__ = (
        CheckConstraint("target > 0", name="target"),
        CheckConstraint("weight > 0", name="weight"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("objectives.id", ondelete="CASCADE"), index=True)
    metric: Mapped[Metric] = mapped_column(_enum(Metric, "metric"))
    #: Euros for money metrics, a count otherwise; two decimals either way.
    target: Mapped[Decimal] = mapped_column(Money)
    weight: Mapped[Decimal] = mapped_column(Fraction)


class ActionPlan(Base):
    """A salesperson's monthly action plan (PAM)."""

    __tablename__ = "action_plans"
    __table_args__ = (
        UniqueConstraint("salesperson_id", "month", name="uq_action_plans_salesperson_month"),
        CheckConstraint("revenue_goal IS NULL OR revenue_goal >= 0", name="revenue_goal"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    salesperson_id: Mapped[int] = mapped_column(ForeignKey("salespeople.id", ondelete="CASCADE"))
    #: The first day of the month planned.
    month: Mapped[date]
    #: The month's revenue goal; empty: the share of the salesperson's objectives that falls to it.
    revenue_goal: Mapped[Decimal | None] = mapped_column(Money)
    #: How to go about it: pitch, questions for discovery meetings.
    notes: Mapped[str] = mapped_column(Text, default="")


class ActionPlanAccount(Base):
    """An account named as a target of a plan."""

    __tablename__ = "action_plan_accounts"
    __table_args__ = (UniqueConstraint("plan_id", "account_id", name="uq_action_plan_accounts_plan_account"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("action_plans.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)


class ActionPlanRule(Base):
    """So many actions of a kind, per prospect of a segment, each month, quarter or year."""

    __tablename__ = "action_plan_rules"
    __table_args__ = (CheckConstraint("count > 0", name="count"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("action_plans.id", ondelete="CASCADE"), index=True)
    segment: Mapped[str] = mapped_column(String(50))
    kind: Mapped[ActivityKind] = mapped_column(_enum(ActivityKind, "kind"))
    count: Mapped[int]
    per: Mapped[Frequency] = mapped_column(_enum(Frequency, "per"))


class ActionPlanPush(Base):
    """An opportunity to push this month, and its next step."""

    __tablename__ = "action_plan_pushes"
    __table_args__ = (
        UniqueConstraint("plan_id", "opportunity_id", name="uq_action_plan_pushes_plan_opportunity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("action_plans.id", ondelete="CASCADE"))
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    next_step: Mapped[str] = mapped_column(String(300), default="")
    due: Mapped[date | None]


# Indexes for the period queries behind the KPIs, at 500,000 activities and beyond.
# Covering: counts of done calls or meetings per day and owner read the index alone.
Index("ix_activities_kind_date", Activity.kind, Activity.activity_date, Activity.status, Activity.owner_id)
Index("ix_activities_owner_date", Activity.owner_id, Activity.activity_date)
# Covering: an objective counts its salesperson's done activities of a kind over its own dates.
Index(
    "ix_activities_owner_kind_status_date",
    Activity.owner_id,
    Activity.kind,
    Activity.status,
    Activity.activity_date,
)
Index("ix_opportunities_created", Opportunity.created_on)
Index("ix_opportunities_closed", Opportunity.closed_on)
# Sorting the accounts list by these reads an index in order instead of sorting 100,000 rows.
for _column in (Account.segment, Account.sector, Account.city, Account.size_floor, Account.referencing):
    Index(f"ix_accounts_{_column.key}", _column)


class Erasure(Base):
    """The register of erasures (GDPR): when a person was forgotten and why, never who."""

    __tablename__ = "erasures"

    id: Mapped[int] = mapped_column(primary_key=True)
    erased_on: Mapped[date]
    kind: Mapped[str] = mapped_column(String(50))
