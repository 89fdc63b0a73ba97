"""`esn-desktop calendar`: planned activities of a period to one .ics file, read back with icalendar."""

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy import select

from esn_desktop.services.no_shows import book_slot
from esn_desktop.store import models as m
from tests.cli.conftest import Place, open_place, run

PERIOD = ["--from", "2026-11-01", "--to", "2026-12-31"]


def _book_lemaire_again(place: Place) -> None:
    """Books the meeting Transports Lemaire missed on 6 November again, on 1 December at 10:00."""
    with open_place(place) as workspace:
        with workspace.session() as session:
            missed = session.execute(select(m.Activity.id).where(m.Activity.status == "no_show")).scalar_one()
        book_slot(
            workspace, no_show_id=missed, starts_at=datetime(2026, 12, 1, 10, 0), today=date(2026, 11, 22)
        )


def _read(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def test_planned_activities_of_a_salesperson_to_ics(imported: Place, tmp_path: Path) -> None:
    _book_lemaire_again(imported)
    target = tmp_path / "karim.ics"
    code, out, err = run(
        "calendar", str(imported), "--salesperson", "Karim Benali", *PERIOD, "-o", str(target)
    )
    assert (code, err) == (0, "")
    assert out == f"written {target}: 2 planned activities\n"
    calendar = _read(target)
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    booked, soutenance = calendar.walk("VEVENT")
    start, end = booked.decoded("dtstart"), booked.decoded("dtend")
    assert start == datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert start.utcoffset() == timedelta(hours=1)
    assert booked["dtstart"].params["tzid"] == "Europe/Paris"
    assert end - start == timedelta(hours=1)
    assert str(booked["summary"]) == "Rendez-vous — Transports Lemaire — Exemple Numérique SAS"
    assert str(booked["description"]) == (
        "Rendez-vous avec Julien Faure (Transports Lemaire)\n"
        "Commercial : Karim Benali\n"
        "Reprogrammé après le rendez-vous non honoré du 06/11/2026."
    )
    assert str(booked["organizer"]) == "mailto:karim.benali@exemple.fr"
    assert booked["organizer"].params["cn"] == "Karim Benali"
    assert str(booked["attendee"]) == "mailto:j.faure@lemaire.example"
    assert booked["attendee"].params["cn"] == "Julien Faure"
    # The meeting planned for a day, without a time, is a whole-day event.
    assert soutenance.decoded("dtstart") == date(2026, 12, 3)
    assert soutenance.decoded("dtend") == date(2026, 12, 4)
    assert "Affaire : Migration cloud" in str(soutenance["description"])

    # Written again, every activity keeps its UID: a calendar updates its events, never doubles them.
    again = tmp_path / "again.ics"
    assert run("calendar", str(imported), *PERIOD, "-o", str(again))[0] == 0
    uids = [str(e["uid"]) for e in calendar.walk("VEVENT")]
    assert [str(e["uid"]) for e in _read(again).walk("VEVENT")] == uids
    assert len(set(uids)) == 2 and all(uid.endswith("@esn-desktop") for uid in uids)


def test_an_existing_output_is_refused_unless_forced(imported: Place, tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    target.write_text("mine")
    code, _, err = run("calendar", str(imported), *PERIOD, "-o", str(target))
    assert code == 1
    assert err == f"esn-desktop: {target} already exists; --force replaces it\n"
    assert target.read_text() == "mine"
    assert run("calendar", str(imported), *PERIOD, "-o", str(target), "--force")[0] == 0
    assert len(_read(target).walk("VEVENT")) == 1


def test_an_unknown_salesperson_or_an_empty_period(imported: Place, tmp_path: Path) -> None:
    target = tmp_path / "nobody.ics"
    code, _, err = run("calendar", str(imported), "--salesperson", "Personne", *PERIOD, "-o", str(target))
    assert code == 1 and len(err.splitlines()) == 2 and "no salesperson named 'Personne'" in err
    assert not target.exists()
    code, out, _ = run(
        "calendar", str(imported), "--from", "2027-01-01", "--to", "2027-01-31", "-o", str(target)
    )
    assert code == 0 and out.endswith(": 0 planned activities\n")
    assert _read(target).walk("VEVENT") == []
    code, _, err = run("calendar", str(imported), "--from", "2027-01-31", "--to", "2027-01-01", "-o", "x.ics")
    assert (code, err) == (1, "esn-desktop: --to is before --from\n")


def test_times_are_french_wall_clock_times_in_summer_too(imported: Place, tmp_path: Path) -> None:
    with open_place(imported) as workspace, workspace.session() as session:
        owner = session.execute(
            select(m.Salesperson.id).where(m.Salesperson.name == "Karim Benali")
        ).scalar_one()
        session.add(
            m.Activity(
                kind="call",
                status="planned",
                activity_date=date(2027, 7, 1),
                start_time=time(9, 0),
                owner_id=owner,
            )
        )
    target = tmp_path / "summer.ics"
    assert (
        run("calendar", str(imported), "--from", "2027-07-01", "--to", "2027-07-01", "-o", str(target))[0]
        == 0
    )
    (call,) = _read(target).walk("VEVENT")
    assert call.decoded("dtstart").astimezone(ZoneInfo("UTC")).time() == time(7, 0)
    assert str(call["summary"]) == "Appel — Exemple Numérique SAS"
    assert "organizer" in call and "attendee" not in call  # no contact, no attendee
