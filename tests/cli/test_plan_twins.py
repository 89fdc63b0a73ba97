"""`plan --all` when two salespeople's names make the same file name: each plan its own file,
decided before any is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import run
from tests.conftest import SMALL_WORKSPACE

NOVEMBER = ["--month", "2026-11", "--as-of", "2026-11-20"]


@pytest.fixture
def twins(tmp_path: Path) -> Path:
    document = json.loads(SMALL_WORKSPACE.read_text(encoding="utf-8"))
    document["salespeople"] += [
        {"name": "Jean-Marc Roy", "email": "jm@exemple.fr"},
        {"name": "Jean Marc Roy", "email": "jm2@exemple.fr"},
    ]
    source = tmp_path / "twins.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    workspace = tmp_path / "twins.esn"
    code, _, err = run("import", str(workspace), str(source))
    assert code == 0, err
    return workspace


def test_names_making_the_same_file_name_get_a_file_each(twins: Path, tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    code, out, err = run("plan", str(twins), "--all", *NOVEMBER, "-o", str(folder))
    assert code == 0, err
    names = sorted(path.name for path in folder.iterdir())
    assert names == [
        "plan-2026-11-helene-garnier.pdf",
        "plan-2026-11-jean-marc-roy-2.pdf",
        "plan-2026-11-jean-marc-roy.pdf",
        "plan-2026-11-karim-benali.pdf",
    ]
    assert out.count("written ") == 4
    # Forced again: every plan replaces its own file, none another's.
    code, _, err = run("plan", str(twins), "--all", *NOVEMBER, "-o", str(folder), "--force")
    assert code == 0, err
    assert sorted(path.name for path in folder.iterdir()) == names
    contents = {(folder / name).read_bytes() for name in names}
    assert len(contents) == 4


def test_an_existing_plan_is_refused_before_any_file_or_folder_is_made(twins: Path, tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "plan-2026-11-karim-benali.pdf").write_bytes(b"mine")
    code, _, err = run("plan", str(twins), "--all", *NOVEMBER, "-o", str(folder))
    assert code != 0
    assert err.strip().endswith("plan-2026-11-karim-benali.pdf already exists; --force replaces it")
    assert [path.name for path in folder.iterdir()] == ["plan-2026-11-karim-benali.pdf"]


def test_a_name_spelled_decomposed_is_the_same_name(tmp_path: Path) -> None:
    """'Hélène' in NFD (e + combining accents, as a Mac may type it) is read as 'Hélène' in NFC:
    a second Hélène Garnier so spelled is a duplicate, not a twin whose plan overwrites hers."""
    document = json.loads(SMALL_WORKSPACE.read_text(encoding="utf-8"))
    decomposed = "He\u0301le\u0300ne Garnier"
    document["salespeople"].append({"name": decomposed, "email": "h2@exemple.fr"})
    source = tmp_path / "nfd.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    workspace = tmp_path / "nfd.esn"
    code, _, err = run("import", str(workspace), str(source))
    assert code != 0
    assert "salespeople #3: name: 'Hélène Garnier' appears twice" in err
    assert not workspace.exists()
    # Alone, the decomposed spelling is stored composed: the accounts' owner finds her.
    document = json.loads(SMALL_WORKSPACE.read_text(encoding="utf-8"))
    document["salespeople"][0]["name"] = decomposed
    source.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = run("import", str(workspace), str(source))
    assert code == 0, err
    code, _, err = run(
        "plan", str(workspace), "--salesperson", "Hélène Garnier", *NOVEMBER, "-o", str(tmp_path / "p.pdf")
    )
    assert code == 0, err
