"""One action plan in PDF at scale: the service gathering it beside its SQL floor, then the
document written by ReportLab; and the monthly review.

    uv run python benchmarks/plan_pdf.py WORKSPACE [SALESPERSON] [YYYY-MM-DD]

Each figure is the median of five warm runs in one process (the first run, which loads
ReportLab and registers the font, is reported apart). The whole command, interpreter start
included, is timed too.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sql_timer import time_statements  # noqa: E402  (beside this script)

from esn_desktop.reports.action_plan import write_action_plans  # noqa: E402
from esn_desktop.reports.files import write_review  # noqa: E402
from esn_desktop.services.action_plans import action_plan, salespeople  # noqa: E402
from esn_desktop.store.database import open_workspace  # noqa: E402

RUNS = 5


def main() -> None:
    path = Path(sys.argv[1])
    today = date.fromisoformat(sys.argv[3]) if len(sys.argv) > 3 else date.today()
    month = today.replace(day=1)
    folder = Path(tempfile.mkdtemp())
    results: dict[str, float] = {}
    with open_workspace(path, write=False) as workspace:
        name = sys.argv[2] if len(sys.argv) > 2 else salespeople(workspace)[0]
        sql_ms = time_statements(workspace.engine)

        started = time.perf_counter()
        view = action_plan(workspace, salesperson=name, month=month, today=today)
        write_action_plans(folder / "first.pdf", [view])
        results["first_plan_ms"] = (time.perf_counter() - started) * 1000
        services, sqls, documents = [], [], []
        for _ in range(RUNS):
            sql_ms.clear()
            started = time.perf_counter()
            view = action_plan(workspace, salesperson=name, month=month, today=today)
            services.append((time.perf_counter() - started) * 1000)
            sqls.append(sum(sql_ms))
            started = time.perf_counter()
            write_action_plans(folder / "plan.pdf", [view])
            documents.append((time.perf_counter() - started) * 1000)
        results["plan_service_ms"] = statistics.median(services)
        results["plan_sql_ms"] = statistics.median(sqls)
        results["plan_document_ms"] = statistics.median(documents)
        results["plan_total_ms"] = statistics.median(s + d for s, d in zip(services, documents, strict=True))
        reviews = []
        for _ in range(RUNS):
            started = time.perf_counter()
            write_review(workspace, month=month, today=today, path=folder / "review.pdf", force=True)
            reviews.append((time.perf_counter() - started) * 1000)
        results["review_ms"] = statistics.median(reviews)
    command = [sys.executable, "-m", "esn_desktop", "plan", str(path), "--salesperson", name]
    command += ["--month", f"{month:%Y-%m}", "--as-of", today.isoformat(), "-o", str(folder / "cli.pdf")]
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    subprocess.run(command, check=True, env=environment, capture_output=True)
    results["plan_command_ms"] = (time.perf_counter() - started) * 1000
    pages = subprocess.run(
        ["pdfinfo", str(folder / "plan.pdf")], capture_output=True, text=True, check=True
    ).stdout
    print(f"plan of {name} for {month:%Y-%m} ({_pages(pages)} pages)")
    print(f"  first in the process: {results['first_plan_ms']:.0f} ms (ReportLab loaded, font registered)")
    print(
        f"  warm: {results['plan_total_ms']:.0f} ms = service {results['plan_service_ms']:.0f} ms "
        f"(SQL {results['plan_sql_ms']:.0f} ms) + document {results['plan_document_ms']:.0f} ms"
    )
    print(f"  the whole command, interpreter start included: {results['plan_command_ms']:.0f} ms")
    print(f"monthly review: {results['review_ms']:.0f} ms")
    out = ROOT / "benchmarks" / "out"
    out.mkdir(exist_ok=True)
    (out / "plan_pdf.json").write_text(
        json.dumps({k: round(v, 1) for k, v in results.items()}, indent=1) + "\n"
    )


def _pages(info: str) -> str:
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


if __name__ == "__main__":
    main()
