"""Workspace settings kept as key/value text rows, read back into WorkspaceSettings."""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from esn_desktop.domain.calendar import HolidayRegion
from esn_desktop.domain.settings import WorkspaceSettings
from esn_desktop.store.models import Setting


def load_settings(session: Session) -> WorkspaceSettings:
    stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    defaults = WorkspaceSettings()
    values = {}
    for f in fields(WorkspaceSettings):
        text = stored.get(f.name)
        if text is None:
            values[f.name] = getattr(defaults, f.name)
        elif f.name == "company_name":
            values[f.name] = text
        elif f.name == "holiday_region":
            values[f.name] = HolidayRegion(text)
        elif f.name == "idle_lock_minutes":
            values[f.name] = int(text)
        else:
            values[f.name] = Decimal(text)
    return WorkspaceSettings(**values)


def save_settings(session: Session, settings: WorkspaceSettings) -> None:
    session.execute(delete(Setting).where(Setting.key.in_(WorkspaceSettings.keys())))
    session.add_all(Setting(key=f.name, value=str(getattr(settings, f.name))) for f in fields(settings))
    session.flush()
