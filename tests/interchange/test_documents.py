import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from esn_desktop.domain.errors import ValidationError
from esn_desktop.services.transfer import export_workspace, import_document
from esn_desktop.store import models as m
from esn_desktop.store.database import create_workspace
from tests.conftest import SMALL_WORKSPACE


def row_count(workspace, model) -> int:
    with workspace.session() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_export_then_import_gives_the_same_data(small_workspace, tmp_path: Path, suffix: str) -> None:
    exported = tmp_path / f"out{suffix}"
    export_workspace(small_workspace, exported)
    with create_workspace(tmp_path / "copy.esn") as copy:
        import_document(copy, exported)
        export_workspace(copy, tmp_path / "again.json")
    export_workspace(small_workspace, tmp_path / "first.json")
    first = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert again == first
    assert first["settings"]["company_name"] == "Exemple Numérique SAS"
    assert first["opportunities"][0]["history"][-1] == {"stage": "won", "date": "2026-11-12"}


def test_exported_json_keeps_the_example_content(small_workspace, tmp_path: Path) -> None:
    export_workspace(small_workspace, tmp_path / "out.json")
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    original = json.loads(SMALL_WORKSPACE.read_text(encoding="utf-8"))
    assert exported["missions"][1]["time_ratio"] == 0.8
    for list_name in ("salespeople", "leaves", "missions"):
        assert exported[list_name] == original[list_name]
    assert [a["name"] for a in exported["accounts"]] == [a["name"] for a in original["accounts"]]


def test_a_broken_document_lists_every_problem_and_writes_nothing(workspace, tmp_path: Path) -> None:
    document = json.loads(SMALL_WORKSPACE.read_text(encoding="utf-8"))
    document["accounts"][1]["owner"] = "Personne Inconnue"
    document["opportunities"][0]["probability"] = 40
    document["missions"][0]["time_ratio"] = 0
    document["missions"][1]["end"] = "2026-13-01"
    document["contacts"].append(dict(document["contacts"][0]))
    document["objectives"][0]["criteria"] = document["objectives"][0]["criteria"][:1]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        import_document(workspace, bad)
    found = {(p.item, p.field) for p in refused.value.problems}
    assert found == {
        ("accounts #2", "owner"),
        ("opportunities #1", "probability"),
        ("missions #1", "time_ratio"),
        ("missions #2", "end"),
        ("contacts #3", "last_name"),
        ("objectives #1", "criteria"),
    }
    reasons = " / ".join(p.reason for p in refused.value.problems)
    assert "no salesperson named 'Personne Inconnue'" in reasons
    assert "0.25, not 25" in reasons
    assert row_count(workspace, m.Account) == 0
    assert row_count(workspace, m.Setting) == 0


def test_refused_workbook_names_sheet_rows(small_workspace, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "out.xlsx"
    export_workspace(small_workspace, path)
    book = load_workbook(path)
    book["missions"]["F3"] = -1  # a negative... time ratio cell, row 3 is the second mission
    header = [c.value for c in book["missions"][1]]
    book["missions"].cell(row=3, column=header.index("daily_rate") + 1, value=-640)
    book.save(path)
    with create_workspace(tmp_path / "new.esn") as target, pytest.raises(ValidationError) as refused:
        import_document(target, path)
    assert any(p.item == "missions row 3" and p.field == "daily_rate" for p in refused.value.problems)


def test_import_into_a_workspace_with_data_refuses_repeated_names(small_workspace) -> None:
    with pytest.raises(ValidationError) as refused:
        import_document(small_workspace, SMALL_WORKSPACE)
    assert any("already in the workspace" in p.reason for p in refused.value.problems)
    assert row_count(small_workspace, m.Account) == 3


def _with_a_plan(workspace) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from esn_desktop.domain.action_plans import ActionRule, Frequency
    from esn_desktop.domain.activities import ActivityKind
    from esn_desktop.services.action_plans import PlanInput, Push, save_plan

    save_plan(
        workspace,
        plan=PlanInput(
            "Hélène Garnier",
            date(2026, 11, 1),
            revenue_goal=Decimal("40000.50"),
            notes="Pitch data\nDécouverte : qui décide ?",
            account_ids=(1, 2),
            rules=(ActionRule("grand_compte", ActivityKind.CALL, 8, Frequency.YEAR),),
            pushes=(Push(2, "Soutenance", date(2026, 11, 27)),),
        ),
    )


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_action_plans_go_out_and_come_back(small_workspace, tmp_path: Path, suffix: str) -> None:
    _with_a_plan(small_workspace)
    exported = tmp_path / f"out{suffix}"
    export_workspace(small_workspace, exported)
    with create_workspace(tmp_path / "copy.esn") as copy:
        import_document(copy, exported)
        export_workspace(copy, tmp_path / "again.json")
    export_workspace(small_workspace, tmp_path / "first.json")
    first = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))
    assert json.loads((tmp_path / "again.json").read_text(encoding="utf-8")) == first
    assert first["action_plans"] == [
        {
            "salesperson": "Hélène Garnier",
            "month": "2026-11-01",
            "revenue_goal": 40000.5,
            "notes": "Pitch data\nDécouverte : qui décide ?",
            "targets": [{"account": "Mutuelle Horizon"}, {"account": "Transports Lemaire"}],
            "rules": [{"segment": "grand_compte", "kind": "call", "count": 8, "per": "year"}],
            "pushes": [
                {
                    "account": "Transports Lemaire",
                    "opportunity": "Migration cloud",
                    "next_step": "Soutenance",
                    "due": "2026-11-27",
                }
            ],
        }
    ]


def test_a_plan_that_names_what_does_not_exist_is_refused(small_workspace, tmp_path: Path) -> None:
    _with_a_plan(small_workspace)
    document = {
        "format": "esn-desktop/1",
        "action_plans": [
            {
                "salesperson": "Hélène Garnier",
                "month": "2026-11-01",
                "targets": [{"account": "Nowhere SA"}],
                "rules": [{"segment": "pme", "kind": "call", "count": 0, "per": "week"}],
                "pushes": [{"account": "Mutuelle Horizon", "opportunity": "No such deal"}],
            },
            {"salesperson": "Karim Benali", "month": "2026-11-15"},
        ],
    }
    path = tmp_path / "plans.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        import_document(small_workspace, path)
    assert {(p.item, p.field) for p in refused.value.problems} == {
        ("action_plans #1 rules #1", "count"),
        ("action_plans #1 rules #1", "per"),
        ("action_plans #2", "month"),
    }
    document["action_plans"] = document["action_plans"][:1]
    document["action_plans"][0]["rules"] = []
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        import_document(small_workspace, path)
    assert [(p.field, p.reason) for p in refused.value.problems] == [
        ("targets", "no account named 'Nowhere SA'"),
        ("pushes", "no opportunity at this account named 'No such deal'"),
        ("month", "'Hélène Garnier 2026-11-01' is already in the workspace"),
    ]
    assert row_count(small_workspace, m.ActionPlan) == 1


def test_a_workbook_inflating_beyond_the_budget_is_refused_unread(
    small_workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from esn_desktop.interchange import xlsx_format

    path = tmp_path / "out.xlsx"
    export_workspace(small_workspace, path)
    monkeypatch.setattr(xlsx_format, "MAX_INFLATED", 2**12)
    with create_workspace(tmp_path / "copy.esn") as copy, pytest.raises(ValidationError) as refused:
        import_document(copy, path)
    [problem] = refused.value.problems
    assert (problem.item, problem.field) == ("out.xlsx", "(file)")
    assert problem.reason.startswith("it inflates to 0.")
    assert problem.reason.endswith("MB, more than the 0.0 MB a workbook may")


def test_an_objective_already_set_over_the_same_dates_is_refused_as_in_the_window(
    small_workspace, tmp_path: Path
) -> None:
    criteria = [
        {"metric": "calls", "target": 30, "weight": 1},
        {"metric": "meetings", "target": 5, "weight": 1},
    ]
    document = {
        "format": "esn-desktop/1",
        "objectives": [
            {
                "salesperson": "Hélène Garnier",
                "start": "2026-10-01",
                "end": "2026-12-31",
                "criteria": criteria,
            },
            {
                "salesperson": "Hélène Garnier",
                "start": "2026-12-01",
                "end": "2026-12-31",
                "criteria": criteria,
            },
            {"start": "2026-10-01", "end": "2026-12-31", "criteria": criteria},  # the whole team's
        ],
    }
    path = tmp_path / "objectives.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        import_document(small_workspace, path)
    assert [(p.item, p.field, p.reason) for p in refused.value.problems] == [
        ("objectives #1", "start", "'Hélène Garnier 2026-10-01 2026-12-31' is already in the workspace"),
    ]
    assert row_count(small_workspace, m.Objective) == 2
    document["objectives"] = document["objectives"][1:]
    path.write_text(json.dumps(document), encoding="utf-8")
    import_document(small_workspace, path)
    assert row_count(small_workspace, m.Objective) == 4
