"""A document's key that is no field of its list ("emial") is refused naming item and field,
as interchange.md's rule says of a document that breaks the rules: silently left out, the
email would be lost."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import run
from tests.conftest import SMALL_WORKSPACE


def _imported(tmp_path: Path, document: dict[str, object]) -> tuple[int, str, Path]:
    source = tmp_path / "typo.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    workspace = tmp_path / "w.esn"
    code, _, err = run("import", str(workspace), str(source), "--quiet")
    return code, err, workspace


def test_a_misspelt_field_is_refused_naming_item_and_field(tmp_path: Path) -> None:
    document = json.loads(SMALL_WORKSPACE.read_text(encoding="utf-8"))
    contact = document["contacts"][0]
    contact["emial"] = contact.pop("email")
    code, err, workspace = _imported(tmp_path, document)
    assert code == 1
    assert err.splitlines() == [
        "esn-desktop: the document was refused (1 problem); nothing was written",
        "  contacts #1: emial: is not a field of contacts: check its spelling (it would be lost otherwise)",
    ]
    assert not workspace.exists()


def test_a_misspelt_field_of_a_nested_line_is_refused(tmp_path: Path) -> None:
    document = json.loads(SMALL_WORKSPACE.read_text(encoding="utf-8"))
    cost = document["channels"][0]["costs"][0]
    cost["amont"] = cost.pop("amount")
    code, err, workspace = _imported(tmp_path, document)
    assert code == 1
    said = "amont: is not a field of costs: check its spelling (it would be lost otherwise)"
    assert f"  channels #1 costs #1: {said}" in err.splitlines()
    assert not workspace.exists()


def test_a_misspelt_list_is_refused(tmp_path: Path) -> None:
    document = json.loads(SMALL_WORKSPACE.read_text(encoding="utf-8"))
    document["acounts"] = document.pop("accounts")
    document["opportunities"] = document["contacts"] = document["activities"] = document["missions"] = []
    code, err, workspace = _imported(tmp_path, document)
    assert code == 1
    assert (
        "  document: acounts: is not a list of the document: check its spelling (it would be lost otherwise)"
        in err.splitlines()
    )
    assert not workspace.exists()


def test_an_export_imports_back_with_every_key_known(tmp_path: Path) -> None:
    code, _, err = run("import", str(tmp_path / "a.esn"), str(SMALL_WORKSPACE), "--quiet")
    assert code == 0, err
    for suffix in ("json", "xlsx"):
        code, _, err = run("export", str(tmp_path / "a.esn"), str(tmp_path / f"a.{suffix}"))
        assert code == 0, err
        code, _, err = run(
            "import", str(tmp_path / f"b-{suffix}.esn"), str(tmp_path / f"a.{suffix}"), "--quiet"
        )
        assert code == 0, err
