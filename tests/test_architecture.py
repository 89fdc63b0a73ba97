"""What import-linter cannot see of the window's distance from the store (issue 12; the contract
"The window never reaches the store" forbids the imports): it never opens a session, even on a
workspace handed to it (reading and writing are the services' work, writes run through
`ui/operations.py`). And no UI module grows past what one reads in a sitting."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "esn_desktop" / "ui"
#: Beyond this, a UI module holds more than one job (issue 12, point 5).
MOST_LINES = 450


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(UI.rglob("*.py")):
        yield str(path.relative_to(UI.parent)), ast.parse(path.read_text(encoding="utf-8"))


def test_no_window_module_opens_a_session() -> None:
    sessions = [
        f"{module}:{node.lineno}"
        for module, tree in _modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "session"
    ]
    assert sessions == []


def test_no_window_module_is_over_450_lines() -> None:
    lines = {
        str(path.relative_to(UI.parent)): len(path.read_text(encoding="utf-8").splitlines())
        for path in sorted(UI.rglob("*.py"))
    }
    assert {module: count for module, count in lines.items() if count > MOST_LINES} == {}
