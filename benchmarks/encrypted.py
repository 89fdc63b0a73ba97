"""What encryption costs: the 100,000-prospect demo, plain and encrypted, side by side.

    uv run python benchmarks/encrypted.py [--prospects 100000] [--runs 5] [--keep DIR]

The same demo workspace is measured plain and encrypted (SQLCipher 4, the passphrase given in
ESN_PASSPHRASE as a script would): `esn-desktop kpi` over a year, each run in its own process,
and opening the workspace in process up to its first read. Runs alternate, plain then
encrypted, so that a busy machine weighs on both alike; the medians are compared with the
issue's limits: kpi within 1.5x of plain, opening within +0.3 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
YEAR = ("2026-01-01", "2026-12-31")
AS_OF = "2026-11-22"
PASSPHRASE = "benchmark passphrase"
KPI_RATIO_LIMIT = 1.5
OPEN_EXTRA_LIMIT_S = 0.3


def command_seconds(*args: str, passphrase: str | None = None) -> float:
    env = dict(os.environ)
    if passphrase is not None:
        env["ESN_PASSPHRASE"] = passphrase
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "esn_desktop", *args], check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def open_seconds(path: Path, passphrase: str | None) -> float:
    """Opening for reading, up to the first row read (the key derived, the schema checked)."""
    from sqlalchemy import text

    from esn_desktop.store.database import open_workspace

    start = time.perf_counter()
    with (
        open_workspace(path, write=False, passphrase=passphrase) as workspace,
        workspace.session() as session,
    ):
        session.execute(text("SELECT count(*) FROM accounts")).scalar_one()
    return time.perf_counter() - start


def encrypted_copy(plain: Path, target: Path) -> None:
    from esn_desktop.store.backup import backup_file
    from esn_desktop.store.cipher import FileKey
    from esn_desktop.store.conversion import convert_file

    backup_file(plain, target)
    convert_file(target, key_from=None, key_to=FileKey.new(PASSPHRASE))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prospects", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="a folder to build (or reuse) the workspaces in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="esn-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    plain, encrypted = folder / f"demo-{args.prospects}.esn", folder / f"demo-{args.prospects}-encrypted.esn"
    try:
        if not plain.exists():
            print(f"building the {args.prospects:,}-prospect demo…", flush=True)
            command_seconds("demo", str(plain), "--prospects", str(args.prospects), "--as-of", AS_OF)
        if not encrypted.exists():
            encrypted_copy(plain, encrypted)
        kpi = ("kpi", "--from", YEAR[0], "--to", YEAR[1], "--json")
        figures: dict[str, list[float]] = {
            "kpi_plain": [],
            "kpi_encrypted": [],
            "open_plain": [],
            "open_encrypted": [],
        }
        for _ in range(args.runs):
            figures["kpi_plain"].append(command_seconds(kpi[0], str(plain), *kpi[1:]))
            figures["kpi_encrypted"].append(
                command_seconds(kpi[0], str(encrypted), *kpi[1:], passphrase=PASSPHRASE)
            )
            figures["open_plain"].append(open_seconds(plain, None))
            figures["open_encrypted"].append(open_seconds(encrypted, PASSPHRASE))
        median = {name: statistics.median(values) for name, values in figures.items()}
        result = {
            "prospects": args.prospects,
            "runs": args.runs,
            "size_mb": round(plain.stat().st_size / 1e6, 1),
            "kpi_plain_s": round(median["kpi_plain"], 3),
            "kpi_encrypted_s": round(median["kpi_encrypted"], 3),
            "kpi_ratio": round(median["kpi_encrypted"] / median["kpi_plain"], 2),
            "kpi_ratio_limit": KPI_RATIO_LIMIT,
            "open_plain_s": round(median["open_plain"], 3),
            "open_encrypted_s": round(median["open_encrypted"], 3),
            "open_extra_s": round(median["open_encrypted"] - median["open_plain"], 3),
            "open_extra_limit_s": OPEN_EXTRA_LIMIT_S,
            "load_average": round(os.getloadavg()[0], 2),
        }
        result["within_limits"] = (
            result["kpi_ratio"] <= KPI_RATIO_LIMIT and result["open_extra_s"] <= OPEN_EXTRA_LIMIT_S
        )
        OUT.mkdir(exist_ok=True)
        (OUT / "encrypted.json").write_text(json.dumps(result, indent=1) + "\n")
        for name, value in result.items():
            print(f"{name:>20}: {value}")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
