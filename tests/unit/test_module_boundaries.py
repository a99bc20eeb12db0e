"""A module's private names stay in it: another module that needs one needs a public name, or the
two grow a hidden tie that a refactor of either breaks without warning."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DASHBOARD = Path(__file__).resolve().parents[2] / "dashboard"
MODULES = sorted(DASHBOARD.rglob("*.py"))


def _private_imports(path: Path) -> list[str]:
    """'line: module.name' for each name starting with "_" imported from a dashboard module,
    and each such name a package exports in __all__."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("dashboard"):
            found += [f"{node.lineno}: {node.module}.{a.name}" for a in node.names
                      if a.name.startswith("_") and not a.name.startswith("__")]
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            names = ast.literal_eval(node.value)
            found += [f"{node.lineno}: __all__ {n}" for n in names if n.startswith("_")]
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(DASHBOARD)))
def test_no_module_imports_another_modules_private_names(path: Path) -> None:
    assert _private_imports(path) == []


def test_the_check_finds_a_private_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from dashboard.render.basemap import _outlines\n__all__ = ['_x']\n",
                   encoding="utf-8")
    assert _private_imports(bad) == ["1: dashboard.render.basemap._outlines", "2: __all__ _x"]
