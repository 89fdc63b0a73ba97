from datetime import date

from sqlalchemy import select

from esn_desktop.services.no_shows import mark_no_show, no_show_queue
from esn_desktop.store import models as m


def test_queue_holds_no_shows_not_yet_rescheduled(small_workspace) -> None:
    # Transports Lemaire's no-show of 6 November was followed by a meeting on the 13th: not in the queue.
    assert no_show_queue(small_workspace, today=date(2026, 11, 22)) == []


def test_marking_a_no_show_queues_it_with_its_message_and_a_reminder(small_workspace) -> None:
    with small_workspace.session() as session:
        meeting = session.execute(
            select(m.Activity.id).where(m.Activity.activity_date == date(2026, 11, 4))
        ).scalar_one()
    reminder = mark_no_show(small_workspace, activity_id=meeting)
    queue = no_show_queue(small_workspace, today=date(2026, 11, 22))
    assert [(q.account, q.contact, q.email) for q in queue] == [
        ("Mutuelle Horizon", "Sophie Marchand", "s.marchand@mutuelle-horizon.example")
    ]
    item = queue[0]
    assert item.message.startswith("Bonjour Sophie,\n\nNous n'avons pas pu nous voir le mercredi 4 novembre")
    assert (
        "- lundi 23 novembre, 10:00\n- mardi 24 novembre, 14:30\n- mercredi 25 novembre, 11:00"
        in item.message
    )
    assert item.message.endswith("Hélène Garnier\nExemple Numérique SAS")
    assert item.mailto.startswith("mailto:s.marchand@mutuelle-horizon.example?subject=Rendez-vous%20%C3%A0")
    with small_workspace.session() as session:
        planned = session.get(m.Activity, reminder)
        assert (planned.kind, planned.status, planned.activity_date) == (
            "follow_up",
            "planned",
            date(2026, 11, 9),
        )


def test_missed_meetings_go_cold_after_ninety_days(small_workspace) -> None:
    with small_workspace.session() as session:
        meeting = session.execute(
            select(m.Activity.id).where(m.Activity.activity_date == date(2026, 11, 4))
        ).scalar_one()
    mark_no_show(small_workspace, activity_id=meeting)
    assert len(no_show_queue(small_workspace, today=date(2027, 2, 2))) == 1
    assert no_show_queue(small_workspace, today=date(2027, 2, 3)) == []
