"""The no-show queue of a large demo: does every missed meeting get free slots of its own this week?

    uv run python benchmarks/no_show_slots.py [PROSPECTS] [--workspace FILE]

Builds a demo of PROSPECTS (100,000 by default; about three minutes here) as of a fixed Friday,
or reads FILE if it exists (a demo built as of that day), then reads the queue as the No-shows
page does. Prints, as JSON, the queue's size per salesperson, how many slots each no-show got,
whether two no-shows of a salesperson share a slot, whether any slot falls outside the next five
working days, the busiest planned day, and the queue's reading time. Exits non-zero when a
no-show is left without a slot or two share one (the floor: issue 11, point 4).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from esn_desktop.domain.activities import ActivityStatus  # noqa: E402
from esn_desktop.domain.calendar import WorkingCalendar  # noqa: E402
from esn_desktop.domain.no_shows import HORIZON_WORKING_DAYS, meeting_days  # noqa: E402
from esn_desktop.services.demo import create_demo  # noqa: E402
from esn_desktop.services.no_shows import no_show_queue  # noqa: E402
from esn_desktop.store import models as m  # noqa: E402
from esn_desktop.store.database import open_workspace  # noqa: E402

AS_OF = date(2026, 11, 20)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("prospects", type=int, nargs="?", default=100_000)
    parser.add_argument("--workspace", type=Path)
    args = parser.parse_args()
    path = args.workspace or Path(tempfile.mkdtemp()) / "demo.esn"
    results: dict[str, object] = {"prospects": args.prospects, "as_of": AS_OF.isoformat()}
    if not path.exists():
        started = time.perf_counter()
        create_demo(path, prospects=args.prospects, seed=1, as_of=AS_OF)
        results["demo_s"] = round(time.perf_counter() - started, 1)
    with open_workspace(path, write=False) as workspace:
        with workspace.session() as session:
            planned = session.execute(
                select(m.Activity.owner_id, m.Activity.activity_date, m.Activity.start_time).where(
                    m.Activity.status == ActivityStatus.PLANNED, m.Activity.activity_date > AS_OF
                )
            ).all()
        started = time.perf_counter()
        queue = no_show_queue(workspace, today=AS_OF)
        results["queue_read_ms"] = round((time.perf_counter() - started) * 1000)
    per_day = Counter((owner, day) for owner, day, _ in planned)
    week = set(meeting_days(after=AS_OF, calendar=WorkingCalendar(), count=HORIZON_WORKING_DAYS))
    offered = [(item.salesperson, slot) for item in queue for slot in item.slots]
    results |= {
        "planned_activities": len(planned),
        "planned_with_a_time": sum(1 for *_, start in planned if start is not None),
        "busiest_planned_day": max(per_day.values(), default=0),
        "queue": len(queue),
        "queue_per_salesperson": dict(Counter(item.salesperson or "" for item in queue)),
        "slots_per_no_show": dict(sorted(Counter(len(item.slots) for item in queue).items())),
        "slots_shared": len(offered) - len(set(offered)),
        "slots_outside_the_week": sum(1 for _, slot in offered if slot.date() not in week),
    }
    print(json.dumps(results, ensure_ascii=False, indent=1))
    ok = all(item.slots for item in queue) and results["slots_shared"] == 0
    return 0 if ok and results["slots_outside_the_week"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
