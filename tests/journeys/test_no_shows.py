"""The no-shows of the morning, played in the real window (no_shows.py)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy import select

from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.services.demo import create_demo
from esn_desktop.services.no_shows import NoShowItem, no_show_queue
from esn_desktop.store import models as m
from esn_desktop.store.database import open_workspace
from tests.journeys.conftest import Player
from tests.journeys.no_shows import CHOSEN_SLOT

#: A demo this size has a few no-shows of the last days waiting in its queue, most days.
PROSPECTS = 2000


def demo_with_no_shows(folder: Path) -> tuple[Path, NoShowItem]:
    """A demo as of today whose queue holds a no-show with three slots offered, and that no-show
    as the window will list it first once its salesperson is chosen."""
    for seed in range(1, 10):
        path = folder / f"demo-{seed}.esn"
        create_demo(path, prospects=PROSPECTS, seed=seed, as_of=date.today())
        with open_workspace(path, write=False) as workspace:
            queue = no_show_queue(workspace, today=date.today())
        firsts = {item.salesperson: item for item in reversed(queue) if item.salesperson}
        for item in firsts.values():
            if item.email and len(item.slots) == 3:
                return path, item
    raise AssertionError("no demo with a no-show waiting")


def test_book_a_no_shows_slot_and_send_the_invitation(journey: Player, tmp_path: Path) -> None:
    workspace, missed = demo_with_no_shows(tmp_path)
    invitation = tmp_path / "invitation.ics"
    played = journey(
        "tests.journeys.no_shows:no_shows",
        workspace=str(workspace),
        salesperson=missed.salesperson,
        invitation=str(invitation),
    )
    assert list(played.timings) == [
        "no-shows",
        "salespeople",
        "filtered",
        "booked",
        "timeline",
        "invitation-dialog",
        "invitation-written",
    ]

    slot = missed.slots[CHOSEN_SLOT]
    with open_workspace(workspace, write=False) as opened:
        with opened.session() as session:
            meeting = session.execute(
                select(m.Activity).where(
                    m.Activity.account_id == missed.account_id,
                    m.Activity.kind == ActivityKind.MEETING,
                    m.Activity.status == ActivityStatus.PLANNED,
                    m.Activity.activity_date == slot.date(),
                    m.Activity.start_time == slot.time(),
                )
            ).scalar_one()
            assert meeting.owner_id == missed.owner_id
        assert missed.activity_id not in {i.activity_id for i in no_show_queue(opened, today=date.today())}

    (event,) = Calendar.from_ical(invitation.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart") == datetime.combine(
        slot.date(), slot.time(), tzinfo=ZoneInfo("Europe/Paris")
    )
    assert str(event["attendee"]) == f"mailto:{missed.email}"
    assert missed.account in str(event["summary"])
