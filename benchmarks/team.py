"""Team mode at scale: the 100,000-prospect demo on a PostgreSQL server, `kpi` beside its SQL
floor, and 10 salespeople's processes logging activities at once.

    uv run python benchmarks/team.py [--prospects 100000] [--runs 5] [--writers 10] [--activities 1000]

The script starts its own PostgreSQL cluster (`tests/postgres_server.py`) with a firm server's
durability (fsync, synchronous commit and full-page writes on: every commit waits for the
disk), on this machine, and stops and deletes it at the end whatever happens; everything it
makes is in one temporary folder. It measures, in the same run:

- the demo loaded through the command line into an empty database, and into a file beside it;
- `esn-desktop kpi` over a year, each run in its own process as a user runs it, and the `kpi`
  service in process (cold, then warm), beside its floor: the same facts read by hand-written
  SQL through psycopg on the same server (what `store/kpi_queries.py` must read at minimum);
- WRITERS processes, each with the team workspace open for writing as the window has it, each
  logging ACTIVITIES activities through `services.account_editing.log_activity` (one
  transaction each) as fast as it can, all started together: the rows that arrived, the errors
  a user would have seen, and the latency of each save and of its COMMIT.

Medians of `--runs` runs; the limits are issue 16's. Nothing is asserted: a figure past its
limit is printed MISSED, and the table and a JSON line are the output.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
YEAR = (date(2026, 1, 1), date(2026, 12, 31))
AS_OF = "2026-11-22"
SEED = "1"
KPI_LIMIT_S = 1.0
FLOOR_RATIO_LIMIT = 5.0

# The bare SQL each KPI figure needs (as benchmarks/foundation.py reads it from a file), on
# PostgreSQL: what no implementation of `kpi` can go below.
FLOORS: dict[str, list[str]] = {
    "revenue, cost, days, utilization, tjm, cjm, client shares": [
        "SELECT m.*, a.name FROM missions m JOIN accounts a ON a.id = m.account_id "
        "WHERE m.start_date <= %(end)s AND (m.end_date IS NULL OR m.end_date >= %(start)s) "
        "AND m.status != 'cancelled'",
        "SELECT * FROM consultants "
        "WHERE start_date <= %(end)s AND (end_date IS NULL OR end_date >= %(start)s)",
        "SELECT * FROM leaves",
    ],
    "pipeline_weighted, open_opportunities": [
        "SELECT probability, SUM(amount), COUNT(*) FROM opportunities "
        "WHERE created_on <= %(end)s AND (closed_on IS NULL OR closed_on > %(end)s) GROUP BY probability",
    ],
    "win_rate": [
        "SELECT stage, COUNT(*) FROM opportunities WHERE closed_on BETWEEN %(start)s AND %(end)s "
        "AND stage IN ('won', 'lost') GROUP BY stage",
    ],
    "no_show_rate": [
        "SELECT status, COUNT(*) FROM activities WHERE kind = 'meeting' "
        "AND activity_date BETWEEN %(start)s AND %(end)s GROUP BY status",
    ],
    "cost_per_lead": [
        "SELECT * FROM channel_costs WHERE start_date <= %(end)s AND end_date >= %(start)s",
        "SELECT channel_id, COUNT(*) FROM opportunities WHERE created_on BETWEEN %(start)s AND %(end)s "
        "GROUP BY channel_id",
    ],
}
OBJECTIVE_KINDS = {"calls": "call", "meetings": "meeting", "proposals": "proposal"}


# --- measuring -------------------------------------------------------------------------------


def child_environment(folder: Path) -> dict[str, str]:
    """The environment of the commands run: their settings, data, caches and Python's bytecode
    in `folder`. The bytecode is compiled first, as an installed app has it: on a machine that
    sets PYTHONDONTWRITEBYTECODE each command would otherwise time the compiler."""
    import alembic
    import psycopg
    import sqlalchemy

    import esn_desktop

    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(folder / "home" / name.lower())
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    packages = [Path(module.__file__ or "").parent for module in (alembic, psycopg, sqlalchemy, esn_desktop)]
    subprocess.run([sys.executable, "-m", "compileall", "-q", *map(str, packages)], env=env, check=True)
    return env


def command_seconds(env: dict[str, str], *args: str) -> float:
    """Wall seconds of `esn-desktop ARGS` in its own process; a failure stops the benchmark."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "esn_desktop", *args], capture_output=True, text=True, env=env, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"esn-desktop {args[0]} failed: {done.stderr.strip()}")
    return elapsed


def median_of(action: Callable[[], object], runs: int) -> float:
    """Median seconds of `runs` runs, after one warm-up."""
    action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


# --- kpi and its floor -----------------------------------------------------------------------


def kpi_service(url: str, runs: int) -> dict[str, Any]:
    """The `kpi` service in process (`--service`) on the team workspace: cold (its first call:
    lazy imports, statements compiled, a new server process's caches), then warm, and its SQL's
    share."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.sql_timer import time_statements
    from esn_desktop.domain.calendar import Period
    from esn_desktop.services.kpis import compute_kpis
    from esn_desktop.store.address import workspace_address
    from esn_desktop.store.places import open_workspace_at

    period = Period(*YEAR)
    with open_workspace_at(workspace_address(url), write=False) as workspace:
        statements = time_statements(workspace.engine)
        start = time.perf_counter()
        compute_kpis(workspace, period=period)
        cold = time.perf_counter() - start
        warm = median_of(lambda: compute_kpis(workspace, period=period), runs)
        statements.clear()
        compute_kpis(workspace, period=period)
        sql_ms = sum(statements)
        slowest = sorted(statements, reverse=True)[:3]
    return {
        "cold_s": cold,
        "warm_s": warm,
        "statements": len(statements),
        "sql_s": sql_ms / 1000,
        "slowest_ms": [round(ms, 1) for ms in slowest],
    }


def kpi_floor(url: str, runs: int) -> dict[str, float]:
    """Median seconds of each figure's bare SQL through psycopg, on one open connection."""
    import psycopg

    from tests.postgres_server import _conninfo

    params = {"start": YEAR[0], "end": YEAR[1]}
    with psycopg.connect(_conninfo(url), autocommit=True) as connection:

        def run(queries: list[tuple[str, dict[str, Any]]]) -> None:
            for query, values in queries:
                connection.execute(query, values).fetchall()

        floors = {
            figure: median_of(partial(run, [(query, params) for query in queries]), runs)
            for figure, queries in FLOORS.items()
        }
        objective_queries: list[tuple[str, dict[str, Any]]] = []
        for owner, start, end, metric in connection.execute(
            "SELECT o.salesperson_id, o.start_date, o.end_date, c.metric FROM objectives o "
            "JOIN objective_criteria c ON c.objective_id = o.id "
            "WHERE o.start_date <= %(end)s AND o.end_date >= %(start)s",
            params,
        ).fetchall():
            # A team objective (no salesperson) counts everybody's.
            of_owner = "owner_id = %(owner)s AND " if owner is not None else ""
            values = {"owner": owner, "start": start, "end": end}
            if metric in OBJECTIVE_KINDS:
                objective_queries.append(
                    (
                        f"SELECT COUNT(*) FROM activities WHERE {of_owner}kind = %(kind)s "
                        "AND status = 'done' AND activity_date BETWEEN %(start)s AND %(end)s",
                        values | {"kind": OBJECTIVE_KINDS[metric]},
                    )
                )
            elif metric == "signed_revenue":
                objective_queries.append(
                    (
                        f"SELECT SUM(amount) FROM opportunities WHERE {of_owner}stage = 'won' "
                        "AND closed_on BETWEEN %(start)s AND %(end)s",
                        values,
                    )
                )
        floors["objectives, team_reaching_share"] = median_of(lambda: run(objective_queries), runs)
    return floors


# --- writers ---------------------------------------------------------------------------------


def writer(url: str, activities: int, seed: int) -> None:
    """One salesperson's process (`--writer`): the workspace open for writing as the window has
    it, `activities` activities logged one transaction each once the parent says go. Prints one
    JSON line: each save's and each COMMIT's milliseconds, and the errors a user would have seen."""
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import event, select
    from sqlalchemy.orm import Session

    from esn_desktop.domain.activities import ActivityKind, ActivityStatus
    from esn_desktop.services.account_editing import ActivityFields, log_activity
    from esn_desktop.store import models as m
    from esn_desktop.store.address import workspace_address
    from esn_desktop.store.places import open_workspace_at

    rng = random.Random(seed)
    commits: list[float] = []
    started: dict[int, float] = {}

    @event.listens_for(Session, "before_commit")
    def _before(session: Session) -> None:
        started[id(session)] = time.perf_counter()

    @event.listens_for(Session, "after_commit")
    def _after(session: Session) -> None:
        commits.append((time.perf_counter() - started.pop(id(session))) * 1000)

    with open_workspace_at(workspace_address(url), write=True) as workspace:
        with workspace.session() as session:
            accounts = list(session.execute(select(m.Account.id).limit(5000)).scalars())
            names = list(session.execute(select(m.Salesperson.name)).scalars())
        commits.clear()
        print("ready", flush=True)
        sys.stdin.readline()
        saves: list[float] = []
        errors: list[str] = []
        kinds = (ActivityKind.CALL, ActivityKind.MEETING, ActivityKind.EMAIL)
        for number in range(activities):
            fields = ActivityFields(
                kind=rng.choice(kinds),
                status=ActivityStatus.DONE,
                day=date(2026, 11, rng.randint(1, 22)),
                account_id=rng.choice(accounts),
                owner=rng.choice(names) if names else None,
                notes=f"benchmark writer {seed}, activity {number}",
            )
            start = time.perf_counter()
            try:
                log_activity(workspace, fields)
            except Exception as error:  # what the window would show its user
                errors.append(f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}")
                continue
            saves.append((time.perf_counter() - start) * 1000)
    print(json.dumps({"saves_ms": saves, "commits_ms": commits, "errors": errors}), flush=True)


def concurrent_writers(url: str, env: dict[str, str], writers: int, activities: int) -> dict[str, Any]:
    import psycopg

    from tests.postgres_server import _conninfo

    def count() -> int:
        with psycopg.connect(_conninfo(url)) as connection:
            row = connection.execute("SELECT count(*) FROM activities").fetchone()
            return int(row[0]) if row else 0

    before = count()
    processes = [
        subprocess.Popen(
            [sys.executable, __file__, "--writer", url, str(activities), str(seed)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for seed in range(writers)
    ]
    try:
        for process in processes:  # every one open and ready before any writes
            assert process.stdout is not None
            if process.stdout.readline().strip() != "ready":
                raise SystemExit("a writer process did not start")
        start = time.perf_counter()
        for process in processes:
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        outputs = [process.communicate()[0] for process in processes]
        elapsed = time.perf_counter() - start
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    saves: list[float] = []
    commits: list[float] = []
    errors: list[str] = []
    crashed = 0
    for process, output in zip(processes, outputs, strict=True):
        if process.returncode != 0 or not output.strip():
            crashed += 1
            continue
        result = json.loads(output.strip().splitlines()[-1])
        saves += result["saves_ms"]
        commits += result["commits_ms"]
        errors += result["errors"]
    arrived = count() - before
    return {
        "expected": writers * activities,
        "arrived": arrived,
        "errors": len(errors) + crashed,
        "first_errors": sorted(set(errors))[:3],
        "crashed_writers": crashed,
        "seconds": elapsed,
        "per_second": arrived / elapsed if elapsed else 0.0,
        "save_ms": {name: percentile(saves, share) for name, share in (("p50", 0.5), ("p95", 0.95))}
        | {"max": max(saves, default=0.0)},
        "commit_ms": {name: percentile(commits, share) for name, share in (("p50", 0.5), ("p95", 0.95))}
        | {"max": max(commits, default=0.0)},
    }


# --- the run ---------------------------------------------------------------------------------


@contextmanager
def postgres_server() -> Iterator[Any]:
    """A cluster with a firm server's durability, stopped and deleted on leaving, even on
    Ctrl-C or SIGTERM."""
    from tests.postgres_server import start_postgres

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(f"stopped by signal {signum}")

    previous = signal.signal(signal.SIGTERM, stop)
    server = start_postgres(fast=False)
    try:
        yield server
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prospects", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--writers", type=int, default=10)
    parser.add_argument("--activities", type=int, default=1000, help="per writer")
    parser.add_argument("--writer", nargs=3, metavar=("URL", "ACTIVITIES", "SEED"), help=argparse.SUPPRESS)
    parser.add_argument("--service", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.service:
        print(json.dumps(kpi_service(args.service, args.runs)))
        return
    if args.writer:
        writer(args.writer[0], int(args.writer[1]), int(args.writer[2]))
        return
    sys.path.insert(0, str(ROOT))
    folder = Path(tempfile.mkdtemp(prefix="esn-bench-team-"))
    try:
        env = child_environment(folder)
        with postgres_server() as server:
            print(f"PostgreSQL {server.bin.parent.name} on port {server.port}, durable commits", flush=True)
            results = measure(args, server, folder, env)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print_table(results)
    print(json.dumps(results, default=lambda value: round(value, 4)))


def measure(args: argparse.Namespace, server: Any, folder: Path, env: dict[str, str]) -> dict[str, Any]:
    url = server.create_database("demo")
    demo = ("--prospects", str(args.prospects), "--seed", SEED, "--as-of", AS_OF)
    results: dict[str, Any] = {"prospects": args.prospects, "runs": args.runs}
    print(f"loading the {args.prospects:,}-prospect demo into PostgreSQL…", flush=True)
    results["demo_postgres_s"] = command_seconds(env, "demo", url, *demo)
    print("…and into a file", flush=True)
    results["demo_file_s"] = command_seconds(env, "demo", str(folder / "demo.esn"), *demo)
    server.sql("VACUUM ANALYZE", database="demo")  # what autovacuum does on a server after a load
    kpi = ("--from", YEAR[0].isoformat(), "--to", YEAR[1].isoformat(), "--json")
    print("kpi over a year…", flush=True)
    results["kpi_cli_s"] = median_of(lambda: command_seconds(env, "kpi", url, *kpi), args.runs)
    results["kpi_cli_file_s"] = median_of(
        lambda: command_seconds(env, "kpi", str(folder / "demo.esn"), *kpi), args.runs
    )
    # In a process of its own, with the bytecode the commands have.
    service = [sys.executable, __file__, "--service", url, "--runs", str(args.runs)]
    done = subprocess.run(service, capture_output=True, text=True, env=env, check=True)
    results["kpi_service"] = json.loads(done.stdout.strip().splitlines()[-1])
    floors = kpi_floor(url, args.runs)
    results["kpi_floors_s"] = floors
    results["kpi_floor_s"] = sum(floors.values())
    print(f"{args.writers} writers × {args.activities:,} activities at once…", flush=True)
    results["writers"] = concurrent_writers(url, env, args.writers, args.activities)
    results["load_average"] = os.getloadavg()[0]
    return results


def print_table(results: dict[str, Any]) -> None:
    service, floor, writers = results["kpi_service"], results["kpi_floor_s"], results["writers"]
    print(f"\n{results['prospects']:,} prospects; medians of {results['runs']} runs\n")
    print("kpi floor (bare SQL through psycopg, same server):")
    for figure, seconds in results["kpi_floors_s"].items():
        print(f"  {seconds * 1000:>8.1f} ms  {figure}")
    print(
        f"kpi service in process: cold {service['cold_s']:.3f} s, warm {service['warm_s']:.3f} s, "
        f"of which SQL {service['sql_s']:.3f} s in {service['statements']} statements "
        f"(slowest {', '.join(f'{ms} ms' for ms in service['slowest_ms'])})"
    )
    ratio = service["warm_s"] / floor
    print(f"kpi service within {ratio:.1f}x of its floor (limit {FLOOR_RATIO_LIMIT:g}x)")
    print(
        f"kpi command (own process, Python's start included): {results['kpi_cli_s']:.3f} s on PostgreSQL, "
        f"{results['kpi_cli_file_s']:.3f} s on the file"
    )
    saves, commits = writers["save_ms"], writers["commit_ms"]
    print(
        f"writers: {writers['arrived']:,} of {writers['expected']:,} rows arrived "
        f"in {writers['seconds']:.1f} s "
        f"({writers['per_second']:.0f}/s), {writers['errors']} errors"
        + (f" ({'; '.join(writers['first_errors'])})" if writers["first_errors"] else "")
    )
    print(
        f"  save (one transaction) p50 {saves['p50']:.1f} ms, p95 {saves['p95']:.1f} ms, "
        f"max {saves['max']:.1f} ms; "
        f"its COMMIT p50 {commits['p50']:.1f} ms, p95 {commits['p95']:.1f} ms, max {commits['max']:.1f} ms"
    )
    rows: list[tuple[str, str, str, bool | None]] = [
        ("demo loaded into PostgreSQL", f"{results['demo_postgres_s']:.1f} s", "-", None),
        ("demo loaded into a file", f"{results['demo_file_s']:.1f} s", "-", None),
        (
            "kpi command over a year",
            f"{results['kpi_cli_s']:.3f} s",
            f"{KPI_LIMIT_S:g} s",
            results["kpi_cli_s"] <= KPI_LIMIT_S,
        ),
        (
            "kpi service vs its SQL floor",
            f"{ratio:.1f}x",
            f"{FLOOR_RATIO_LIMIT:g}x",
            ratio <= FLOOR_RATIO_LIMIT,
        ),
        (
            "activities lost",
            f"{writers['expected'] - writers['arrived']}",
            "0",
            writers["arrived"] == writers["expected"],
        ),
        ("errors seen by users", f"{writers['errors']}", "0", writers["errors"] == 0),
        ("save latency p50", f"{saves['p50']:.1f} ms", "-", None),
        ("save latency p95", f"{saves['p95']:.1f} ms", "-", None),
        ("save latency max", f"{saves['max']:.1f} ms", "-", None),
        ("commit latency p50", f"{commits['p50']:.1f} ms", "-", None),
        ("commit latency p95", f"{commits['p95']:.1f} ms", "-", None),
        ("commit latency max", f"{commits['max']:.1f} ms", "-", None),
    ]
    print(f"\n{'figure':<32}{'measured':>12}{'limit':>10}  ok")
    for name, measured, limit, ok in rows:
        verdict = "" if ok is None else ("ok" if ok else "MISSED")
        print(f"{name:<32}{measured:>12}{limit:>10}  {verdict}")
    print(f"(load average {results['load_average']:.2f} on {os.cpu_count()} cores)\n")


if __name__ == "__main__":
    main()
