"""What a team database's login may change, as the window offers it: the one rule the tabs,
panels and menus ask before they offer a change.

PostgreSQL enforces the roles (store/team_roles.py: a viewer writes nothing; a salesperson writes
only their own activities, deals and plans); the window only keeps out of reach what would be
refused, each control greyed with a tooltip saying which role forbids what. A viewer's window is
read-only, as a read-only file's. A file, and a director's login, may change everything the
workspace's openness allows.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

if TYPE_CHECKING:
    from esn_desktop.services.workspaces import Workspace

    # PySide6's stubs declare the result as object; the call returns its message unchanged.
    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

_CONTEXT = "role_rights"
SALESPERSON, VIEWER, DIRECTOR = "salesperson", "viewer", "director"


class Right(Enum):
    """A kind of change a role may or may not make."""

    ACTIVITIES = "activities"
    DEALS = "deals"
    PLANS = "plans"
    ACCOUNTS = "accounts"
    CONTACTS = "contacts"
    CONSULTANTS = "consultants"
    MISSIONS = "missions"
    OBJECTIVES = "objectives"
    SETTINGS = "settings"
    IMPORT = "import"
    FORGET = "forget"


#: What a salesperson may change (PostgreSQL holds them to their own rows); a viewer, nothing.
SALESPERSON_RIGHTS = frozenset({Right.ACTIVITIES, Right.DEALS, Right.PLANS})

#: Why a role may not: "%1" is the role, as the tooltip names it.
_REFUSALS = {
    Right.ACTIVITIES: QT_TRANSLATE_NOOP("role_rights", "Your role (%1) does not allow logging activities."),
    Right.DEALS: QT_TRANSLATE_NOOP("role_rights", "Your role (%1) does not allow changing deals."),
    Right.PLANS: QT_TRANSLATE_NOOP("role_rights", "Your role (%1) does not allow changing action plans."),
    Right.ACCOUNTS: QT_TRANSLATE_NOOP("role_rights", "Your role (%1) does not allow changing accounts."),
    Right.CONTACTS: QT_TRANSLATE_NOOP("role_rights", "Your role (%1) does not allow changing contacts."),
    Right.CONSULTANTS: QT_TRANSLATE_NOOP(
        "role_rights", "Your role (%1) does not allow changing consultants or their leave."
    ),
    Right.MISSIONS: QT_TRANSLATE_NOOP("role_rights", "Your role (%1) does not allow changing missions."),
    Right.OBJECTIVES: QT_TRANSLATE_NOOP("role_rights", "Your role (%1) does not allow setting objectives."),
    Right.SETTINGS: QT_TRANSLATE_NOOP("role_rights", "Your role (%1) does not allow changing the settings."),
    Right.IMPORT: QT_TRANSLATE_NOOP(
        "role_rights", "Your role (%1) does not allow importing into the workspace."
    ),
    Right.FORGET: QT_TRANSLATE_NOOP(
        "role_rights", "Your role (%1) does not allow forgetting a person (GDPR)."
    ),
}
#: The role as a tooltip's sentence names it.
_ROLE_IN_SENTENCE = {
    SALESPERSON: QT_TRANSLATE_NOOP("role_rights", "salesperson"),
    VIEWER: QT_TRANSLATE_NOOP("role_rights", "read only"),
    DIRECTOR: QT_TRANSLATE_NOOP("role_rights", "director"),
}
#: The role's mark in the status bar.
_ROLE_MARK = {
    SALESPERSON: QT_TRANSLATE_NOOP("role_rights", "Salesperson"),
    VIEWER: QT_TRANSLATE_NOOP("role_rights", "Read only"),
    DIRECTOR: QT_TRANSLATE_NOOP("role_rights", "Director"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def writes(workspace: Workspace) -> bool:
    """Whether the window offers any change at all: not for a read-only file nor a viewer."""
    return workspace.writable and workspace.role != VIEWER


def allows(workspace: Workspace, right: Right) -> bool:
    """Whether the window offers changes of this kind in `workspace`."""
    if not writes(workspace):
        return False
    return workspace.role != SALESPERSON or right in SALESPERSON_RIGHTS


def refusal(workspace: Workspace, right: Right) -> str:
    """Why the login's role keeps this change out of reach, in one sentence; "" when it does not
    (a read-only file says so in its banner, not control by control)."""
    role = workspace.role
    if role not in (SALESPERSON, VIEWER) or (role == SALESPERSON and right in SALESPERSON_RIGHTS):
        return ""
    return _tr(_REFUSALS[right]).replace("%1", role_in_sentence(role))


def role_in_sentence(role: str) -> str:
    """The role as a sentence names it: « commercial »."""
    return _tr(_ROLE_IN_SENTENCE[role]) if role in _ROLE_IN_SENTENCE else role


def role_mark(workspace: Workspace | None) -> str:
    """The login's role as the status bar marks it beside the team database; "" for a file."""
    role = workspace.role if workspace is not None else None
    return _tr(_ROLE_MARK[role]) if role in _ROLE_MARK else ""


def read_only_why(workspace: Workspace) -> str:
    """The read-only banner's reason when it is the role's: "" when it is not."""
    if workspace.role == VIEWER:
        return QCoreApplication.translate(
            "role_rights", "Read only: your role in this team database allows reading, not changing."
        )
    return ""


def keep_own_name(workspace: Workspace, salesperson: QComboBox) -> str | None:
    """Fills a form's salesperson with a salesperson login's own name, and keeps it there: what
    they write is theirs (PostgreSQL refuses it in another's name). None, the field untouched,
    for any other login."""
    from esn_desktop.services.logins import own_salesperson  # a workspace is open: its code is loaded

    own = own_salesperson(workspace)
    if own is not None:
        salesperson.setCurrentText(own)
        salesperson.setEnabled(False)
        salesperson.setToolTip(
            QCoreApplication.translate("role_rights", "Your role (salesperson) writes in your own name.")
        )
    return own


def others_deals_refused() -> str:
    """What a salesperson is told of another's deal they would change (PostgreSQL would not
    write it)."""
    return QCoreApplication.translate(
        "role_rights", "Your role (salesperson) changes your own deals only: this one is another's."
    )


def others_activities_refused() -> str:
    """What a salesperson is told of another's meeting or no-show they would mark, reschedule or
    book again (PostgreSQL would not write it)."""
    return QCoreApplication.translate(
        "role_rights", "Your role (salesperson) changes your own activities only: this one is another's."
    )


def others_plans_refused() -> str:
    """What a salesperson is told of another's action plan they would save (PostgreSQL would not
    write it)."""
    return QCoreApplication.translate(
        "role_rights", "Your role (salesperson) changes your own plan only: this one is another's."
    )
