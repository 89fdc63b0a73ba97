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
