"""What a change is about, as the views see it: each view refreshes on the topics it shows.

Plain names, no database: the window hears topics before any workspace is open.
"""

from __future__ import annotations

from enum import StrEnum


class Topic(StrEnum):
    """What a view may show: each view refreshes on the topics it shows."""

    ACCOUNTS = "accounts"
    CONTACTS = "contacts"
    DEALS = "deals"
    ACTIVITIES = "activities"
    CONSULTANTS = "consultants"
    MISSIONS = "missions"
    OBJECTIVES = "objectives"
    ACTION_PLANS = "action_plans"
    #: Salespeople and channels: the names offered in forms and filters.
    NAMES = "names"
    SETTINGS = "settings"


Topics = frozenset[Topic]

#: Every topic: after an import, a restore, or anything that may have changed the whole file.
EVERYTHING: Topics = frozenset(Topic)

#: The topic of each table: a change touching or adding rows of a table changes its topic. Every
#: table but the settings holds rows with ids.
TOPIC_OF_TABLE: dict[str, Topic] = {
    "settings": Topic.SETTINGS,
    "salespeople": Topic.NAMES,
    "channels": Topic.NAMES,
    "channel_costs": Topic.NAMES,
    "accounts": Topic.ACCOUNTS,
    "contacts": Topic.CONTACTS,
    "opportunities": Topic.DEALS,
    "stage_changes": Topic.DEALS,
    "activities": Topic.ACTIVITIES,
    "slot_holds": Topic.ACTIVITIES,
    "consultants": Topic.CONSULTANTS,
    "consultant_skills": Topic.CONSULTANTS,
    "leaves": Topic.CONSULTANTS,
    "missions": Topic.MISSIONS,
    "objectives": Topic.OBJECTIVES,
    "objective_criteria": Topic.OBJECTIVES,
    "action_plans": Topic.ACTION_PLANS,
    "action_plan_accounts": Topic.ACTION_PLANS,
    "action_plan_rules": Topic.ACTION_PLANS,
    "action_plan_pushes": Topic.ACTION_PLANS,
    "erasures": Topic.CONTACTS,
}
