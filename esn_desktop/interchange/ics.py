"""Planned activities as iCalendar (.ics) events, for the salesperson's and the contact's calendars."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

from esn_desktop.domain.activities import ActivityKind
from esn_desktop.domain.no_shows import MEETING_LENGTH
from esn_desktop.private_files import private_output

#: Times in the workspace are French wall-clock times.
PARIS = ZoneInfo("Europe/Paris")
#: Invitations go to French contacts: the words of the events are French whatever the screens'.
KIND_NAMES = {
    ActivityKind.CALL: "Appel",
    ActivityKind.EMAIL: "E-mail",
    ActivityKind.MEETING: "Rendez-vous",
    ActivityKind.PROPOSAL: "Proposition",
    ActivityKind.FOLLOW_UP: "Relance",
    ActivityKind.EVENT: "Événement",
}


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One planned activity as a calendar shows it."""

    activity_id: int
    kind: ActivityKind
    day: date
    #: None: some time that day, shown as a whole-day event.
    start: time | None
    account: str | None
    contact: str | None = None
    contact_email: str | None = None
    salesperson: str | None = None
    salesperson_email: str | None = None
    opportunity: str | None = None
    notes: str | None = None


def event_uid(activity_id: int, company: str) -> str:
    """The same activity keeps its UID from one file to the next, so a calendar updates it rather
    than adding it twice; the company keeps two clients' activities of the same id apart."""
    firm = hashlib.sha256(company.encode()).hexdigest()[:12]
    return f"activity-{activity_id}-{firm}@esn-desktop"


def calendar_of(events: Iterable[CalendarEvent], *, company: str, invitation: bool = False) -> Calendar:
    """The events in one calendar; an `invitation` asks its attendees to answer (METHOD:REQUEST)."""
    calendar = Calendar()
    calendar.add("prodid", "-//esn-desktop//Agenda commercial//FR")
    calendar.add("version", "2.0")
    calendar.add("method", "REQUEST" if invitation else "PUBLISH")
    stamp = datetime.now(PARIS)
    for item in events:
        calendar.add_component(_event(item, company, stamp))
    # A VTIMEZONE for Europe/Paris, so that every calendar reads the times as French ones.
    calendar.add_missing_timezones()
    return calendar


def _event(item: CalendarEvent, company: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", event_uid(item.activity_id, company))
    event.add("dtstamp", stamp)
    if item.start is None:
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
    else:
        start = datetime.combine(item.day, item.start, tzinfo=PARIS)
        event.add("dtstart", start)
        event.add("dtend", start + MEETING_LENGTH)
    event.add("summary", " — ".join(x for x in (KIND_NAMES[item.kind], item.account, company) if x))
    event.add("description", _description(item))
    if item.salesperson_email:
        organizer = vCalAddress(f"mailto:{item.salesperson_email}")
        organizer.params["cn"] = vText(item.salesperson or item.salesperson_email)
        event.add("organizer", organizer)
    if item.contact_email:
        attendee = vCalAddress(f"mailto:{item.contact_email}")
        attendee.params["cn"] = vText(item.contact or item.contact_email)
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        attendee.params["partstat"] = vText("NEEDS-ACTION")
        attendee.params["rsvp"] = vText("TRUE")
        event.add("attendee", attendee)
    event.add("status", "CONFIRMED")
    return event


def _description(item: CalendarEvent) -> str:
    lines = [
        f"{KIND_NAMES[item.kind]} avec {item.contact}" + (f" ({item.account})" if item.account else "")
        if item.contact
        else f"{KIND_NAMES[item.kind]} : {item.account or ''}".rstrip(" :"),
    ]
    if item.salesperson:
        lines.append(f"Commercial : {item.salesperson}")
    if item.opportunity:
        lines.append(f"Affaire : {item.opportunity}")
    if item.notes:
        lines.append(item.notes)
    return "\n".join(lines)


def write_ics(path: Path, calendar: Calendar, *, force: bool = False) -> None:
    """Writes the calendar to `path`, private and whole; `force` replaces an existing file."""
    with private_output(path, force=force) as partial:
        partial.write_bytes(calendar.to_ical())
