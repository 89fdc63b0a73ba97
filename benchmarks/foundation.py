"""Foundation figures at scale: demo, CSV import, kpi beside its SQL floor, check, backup, memory.

    uv run python benchmarks/foundation.py [--prospects 100000] [--keep DIR]

Each command runs as a user would run it, in its own process, so that its wall time and
its peak memory (maximum resident set size) are its own. The `kpi` service is also timed
in process, cold (first call) and warm, beside the bare SQL each of its figures needs
(the floor), run through sqlite3 on the same file.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
YEAR = ("2026-01-01", "2026-12-31")
AS_OF = "2026-11-22"


def run_command(*args: str) -> dict[str, float | int | str]:
    """Runs `esn-desktop ARGS` in a child process: wall seconds, peak RSS in MB, progress lines."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "esn_desktop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stdout, stderr = process.stdout.read(), process.stderr.read()  # type: ignore[union-attr]
    process.stdout.close()  # type: ignore[union-attr]
    process.stderr.close()  # type: ignore[union-attr]
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"esn-desktop {' '.join(args)} failed: {stderr.strip()}")
    return {
        "seconds": round(elapsed, 3),
        "peak_mb": round(usage.ru_maxrss / 1024, 1),  # kilobytes on Linux
        "progress_lines": sum(1 for line in stderr.splitlines() if "%" in line),
        "output": stdout.strip().splitlines()[-1] if stdout.strip() else "",
    }


def purchased_file(path: Path, rows: int) -> None:
    """A prospect file as a data vendor sells it: French headers, `;`, Windows-1252."""
    rng = random.Random(42)
    sectors = ("Industrie", "Banque", "Santé", "Transports", "Distribution", "Énergie", "BTP", "Assurance")
    cities = ("Paris", "Lyon", "Nantes", "Lille", "Bordeaux", "Toulouse", "Rennes", "Metz", "Nice", "Dijon")
    first_names = ("Amélie", "Jérôme", "Hélène", "François", "Zoé", "Noël", "Loïc", "Cécile", "Théo", "Inès")
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(
            [
                "Raison sociale",
                "Secteur d'activité",
                "Ville",
                "Effectif",
                "Prénom",
                "Nom",
                "E-mail",
                "Téléphone",
            ]
        )
        for number in range(rows):
            company = f"Société {number:06d} {rng.choice(cities)}"
            first = rng.choice(first_names)
            writer.writerow(
                [
                    company,
                    rng.choice(sectors),
                    rng.choice(cities),
                    rng.randint(5, 5000),
                    first,
                    f"Nom{number}",
                    f"contact{number}@societe{number}.example",
                    f"0{rng.randint(1, 9)} {rng.randint(10, 99)} 00 00 00",
                ]
            )


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """Median seconds of `repeat` runs, after one warm-up."""
    action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


# The bare SQL each KPI figure needs on the same file: what no implementation can go below.
FLOORS: dict[str, list[str]] = {
    "revenue, cost, days, utilization, tjm, cjm, client shares": [
        "SELECT m.*, a.name FROM missions m JOIN accounts a ON a.id = m.account_id "
        "WHERE m.start_date <= :end AND (m.end_date IS NULL OR m.end_date >= :start) "
        "AND m.status != 'cancelled'",
        "SELECT * FROM consultants WHERE start_date <= :end AND (end_date IS NULL OR end_date >= :start)",
        "SELECT * FROM leaves",
    ],
    "pipeline_weighted, open_opportunities": [
        "SELECT SUM(amount * probability), COUNT(*) FROM opportunities "
        "WHERE created_on <= :end AND (closed_on IS NULL OR closed_on > :end)",
    ],
    "win_rate": [
        "SELECT stage, COUNT(*) FROM opportunities WHERE closed_on BETWEEN :start AND :end "
        "AND stage IN ('won', 'lost') GROUP BY stage",
    ],
    "no_show_rate": [
        "SELECT status, COUNT(*) FROM activities WHERE kind = 'meeting' "
        "AND activity_date BETWEEN :start AND :end GROUP BY status",
    ],
    "cost_per_lead": [
        "SELECT * FROM channel_costs WHERE start_date <= :end AND end_date >= :start",
        "SELECT channel_id, COUNT(*) FROM opportunities WHERE created_on BETWEEN :start AND :end "
        "GROUP BY channel_id",
    ],
}


def objective_floor_queries(db: sqlite3.Connection) -> list[tuple[str, dict[str, object]]]:
    """One bare aggregate per objective criterion, over the objective's own dates."""
    kinds = {"calls": "call", "meetings": "meeting", "proposals": "proposal"}
    queries = []
    rows = db.execute(
        "SELECT o.salesperson_id, o.start_date, o.end_date, c.metric FROM objectives o "
        "JOIN objective_criteria c ON c.objective_id = o.id WHERE o.start_date <= ? AND o.end_date >= ?",
        (YEAR[1], YEAR[0]),
    ).fetchall()
    for owner, start, end, metric in rows:
        params = {"owner": owner, "start": start, "end": end}
        if metric in kinds:
            queries.append(
                (
                    "SELECT COUNT(*) FROM activities WHERE owner_id = :owner AND kind = :kind "
                    "AND status = 'done' AND activity_date BETWEEN :start AND :end",
                    params | {"kind": kinds[metric]},
                )
            )
        elif metric == "signed_revenue":
            queries.append(
                (
                    "SELECT SUM(amount) FROM opportunities WHERE owner_id = :owner AND stage = 'won' "
                    "AND closed_on BETWEEN :start AND :end",
                    params,
                )
            )
    return queries


def kpi_figures(workspace: Path) -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from esn_desktop.domain.calendar import Period
    from esn_desktop.services.kpis import compute_kpis
    from esn_desktop.store.database import open_workspace

    period = Period.year(2026)
    with open_workspace(workspace, write=False) as ws:
        start = time.perf_counter()
        compute_kpis(ws, period=period)
        cold = time.perf_counter() - start
        warm = timed(lambda: compute_kpis(ws, period=period))
    db = sqlite3.connect(f"file:{workspace}?mode=ro", uri=True)
    params = {"start": YEAR[0], "end": YEAR[1]}
    floors = {
        figure: timed(lambda queries=queries: [db.execute(q, params).fetchall() for q in queries])
        for figure, queries in FLOORS.items()
    }
    objective_queries = objective_floor_queries(db)
    floors["objectives, team_reaching_share"] = timed(
        lambda: [db.execute(q, p).fetchall() for q, p in objective_queries]
    )
    db.close()
    floor = sum(floors.values())
    return {
        "service_cold_seconds": round(cold, 3),
        "service_warm_seconds": round(warm, 3),
        "floor_seconds": round(floor, 3),
        "warm_over_floor": round(warm / floor, 2),
        "floors": {figure: round(seconds, 4) for figure, seconds in floors.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prospects", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="keep the workspaces in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="esn-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    workspace, imported, csv_file = folder / "demo.esn", folder / "imported.esn", folder / "fichier.csv"
    for stale in (workspace, imported):
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{stale}{suffix}").unlink(missing_ok=True)

    results: dict[str, object] = {"prospects": args.prospects}
    results["demo"] = run_command(
        "demo", str(workspace), "--prospects", str(args.prospects), "--seed", "1", "--as-of", AS_OF
    )
    purchased_file(csv_file, args.prospects)
    results["csv_import"] = run_command("import", str(imported), str(csv_file))
    results["kpi_cli_year"] = run_command("kpi", str(workspace), "--from", YEAR[0], "--to", YEAR[1], "--json")
    results["kpi_service_year"] = kpi_figures(workspace)
    results["check"] = run_command("check", str(workspace))
    results["backup"] = run_command("backup", str(workspace), "-o", str(folder / "backup.esn"))
    (folder / "backup.esn").unlink()
    results["file_mb"] = round(workspace.stat().st_size / 2**20, 1)
    results["peak_mb"] = max(
        r["peak_mb"]
        for r in results.values()
        if isinstance(r, dict) and "peak_mb" in r  # type: ignore[index]
    )

    OUT.mkdir(exist_ok=True)
    (OUT / "foundation.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    print_table(results)
    print(json.dumps(results, ensure_ascii=False))


def print_table(results: dict[str, object]) -> None:
    kpi = results["kpi_service_year"]
    assert isinstance(kpi, dict)
    rows = [
        (name, r["seconds"], r["peak_mb"])
        for name, r in results.items()
        if isinstance(r, dict) and "seconds" in r
    ]
    print(f"\n{results['prospects']:,} prospects, workspace file {results['file_mb']} MB\n")
    print(f"{'command':<16}{'seconds':>10}{'peak MB':>10}")
    for name, seconds, peak in rows:
        print(f"{name:<16}{seconds:>10}{peak:>10}")
    print(
        f"\nkpi service over a year: cold {kpi['service_cold_seconds']} s, "
        f"warm {kpi['service_warm_seconds']} s, "
        f"floor {kpi['floor_seconds']} s ({kpi['warm_over_floor']}x)"
    )
    for figure, seconds in kpi["floors"].items():
        print(f"  floor {seconds:>8} s  {figure}")


if __name__ == "__main__":
    main()
