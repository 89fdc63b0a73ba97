import json
from datetime import date
from pathlib import Path

import pytest

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.errors import Cancelled
from esn_desktop.services.demo import create_demo
from esn_desktop.services.integrity import check_workspace
from esn_desktop.services.kpis import compute_kpis
from esn_desktop.services.transfer import export_workspace
from esn_desktop.store.database import open_workspace

AS_OF = date(2026, 11, 22)


def make(path: Path, seed: int) -> dict:
    counts = create_demo(path, prospects=400, seed=seed, as_of=AS_OF)
    with open_workspace(path, write=False) as ws:
        export_workspace(ws, path.with_suffix(".json"))
    return counts | {"document": json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))}


def test_same_seed_same_workspace(tmp_path: Path) -> None:
    first, second = make(tmp_path / "a.esn", 7), make(tmp_path / "b.esn", 7)
    assert first == second
    assert make(tmp_path / "c.esn", 8)["document"] != first["document"]


def test_demo_is_a_believable_esn(tmp_path: Path) -> None:
    path = tmp_path / "demo.esn"
    counts = create_demo(path, prospects=400, seed=1, as_of=AS_OF)
    assert counts["accounts"] == 400
    assert 2 <= counts["salespeople"] <= 5
    assert 20 <= counts["consultants"] <= 150
    assert 4 * 400 <= counts["activities"] <= 6 * 400
    assert check_workspace(path).ok
    with open_workspace(path, write=False) as ws:
        document_path = tmp_path / "demo.json"
        export_workspace(ws, document_path)
        report = compute_kpis(ws, period=Period.year(2026))
    document = json.loads(document_path.read_text(encoding="utf-8"))
    segments = {a["segment"] for a in document["accounts"]}
    assert segments == {"grand_compte", "eti", "pme", "tpe"}
    assert {c["role"] for c in document["contacts"]} >= {"decision_maker", "buyer", "prescriber"}
    assert any(a["status"] == "no_show" for a in document["activities"])
    assert any(len(o["history"]) >= 4 for o in document["opportunities"])
    starts = sorted(ms["start"] for ms in document["missions"])
    assert starts[0] <= "2025-06-01" and max(ms["end"] for ms in document["missions"]) >= "2027-04-01"
    assert all(c["costs"] for c in document["channels"] if c["name"] != "Recommandation")
    assert 0.2 < report.margin_rate < 0.45
    assert 0.6 < report.utilization < 1
    assert 0.05 < report.no_show_rate < 0.3


def test_a_small_demo_reports_progress_as_it_builds_and_stops_when_cancelled(tmp_path: Path) -> None:
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= 60:
            raise Cancelled

    with pytest.raises(Cancelled):
        create_demo(tmp_path / "demo.esn", prospects=300, seed=1, as_of=AS_OF, progress=progress)
    # Before the file is made, once it is, then twenty steps of 15: the bar moves, a cancel lands.
    assert seen == [0, 0, 15, 30, 45, 60]
    assert not (tmp_path / "demo.esn").exists()


def test_every_no_show_of_a_2000_prospect_demo_gets_its_own_slots_this_week(tmp_path: Path) -> None:
    """Planned activities a salesperson could hold (domain.md: about ten meetings a day at most),
    with times, leave room in the coming days: each missed meeting is offered three free slots of
    its own within five working days. benchmarks/no_show_slots.py checks the same at 100,000."""
    from collections import Counter

    from sqlalchemy import select

    from esn_desktop.domain.activities import ActivityKind, ActivityStatus
    from esn_desktop.domain.calendar import WorkingCalendar
    from esn_desktop.domain.no_shows import SLOTS_OFFERED, meeting_days
    from esn_desktop.services.demo_agenda import MEETINGS_A_DAY, TIMED_A_DAY, UNTIMED_A_DAY
    from esn_desktop.services.no_shows import no_show_queue
    from esn_desktop.store import models as m

    path = tmp_path / "demo.esn"
    as_of = date(2026, 11, 20)
    create_demo(path, prospects=2000, seed=1, as_of=as_of)
    with open_workspace(path, write=False) as ws:
        with ws.session() as session:
            planned = session.execute(
                select(
                    m.Activity.owner_id, m.Activity.activity_date, m.Activity.kind, m.Activity.start_time
                ).where(m.Activity.status == ActivityStatus.PLANNED)
            ).all()
        queue = no_show_queue(ws, today=as_of)

    timed = Counter((owner, day) for owner, day, kind, start in planned if start is not None)
    untimed = Counter((owner, day) for owner, day, kind, start in planned if start is None)
    meetings = Counter((owner, day) for owner, day, kind, _ in planned if kind is ActivityKind.MEETING)
    assert max(timed.values()) <= TIMED_A_DAY and max(untimed.values()) <= UNTIMED_A_DAY
    assert max(meetings.values()) <= MEETINGS_A_DAY
    assert all(start is not None for _, _, kind, start in planned if kind is ActivityKind.MEETING)
    assert len({start for *_, start in planned if start is not None}) >= 6  # spread over the day

    week = set(meeting_days(after=as_of, calendar=WorkingCalendar(), count=5))
    assert len(queue) >= 2
    assert all(len(item.slots) == SLOTS_OFFERED for item in queue)
    assert all(slot.date() in week for item in queue for slot in item.slots)
    offered = [(item.salesperson, slot) for item in queue for slot in item.slots]
    assert len(offered) == len(set(offered))
