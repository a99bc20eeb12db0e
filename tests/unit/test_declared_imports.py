"""Every import is declared: a module a fresh install would not bring makes this test red.

A package that happens to be on the developer's machine (installed by hand, or pulled in by some
other package) hides a missing declaration until a newcomer's first `make test`. This test reads
every import in the project's code and checks it against the standard library and the
distributions that pyproject.toml declares for that part of the tree.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Which declared groups each part of the tree may use.
GROUPS = {
    "dashboard": ("main",),
    "tests": ("main", "test"),
    "benchmarks": ("main", "test"),
    "geodata": ("main", "geodata"),
}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(pyproject: Path) -> dict[str, set[str]]:
    """Distribution names per group ("main" and each extra), normalised."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]

    def names(reqs: Iterable[str]) -> set[str]:
        return {_norm(re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", r).group(1)) for r in reqs}

    groups = {"main": names(project.get("dependencies", []))}
    for extra, reqs in project.get("optional-dependencies", {}).items():
        groups[extra] = names(reqs)
    return groups


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, top-level module) for each absolute import in one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name.split(".")[0]) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module.split(".")[0]))
    return found


@dataclass(frozen=True)
class Undeclared:
    file: str
    line: int
    module: str
    distribution: str | None
    groups: tuple[str, ...]

    def __str__(self) -> str:
        where = " or ".join(f"[{g}]" if g != "main" else "dependencies" for g in self.groups)
        if self.distribution is None:
            return (f"{self.file}:{self.line}: import {self.module}: no installed distribution "
                    f"provides it and it is not in the standard library (declare it in "
                    f"pyproject.toml {where})")
        return (f"{self.file}:{self.line}: import {self.module}: provided by distribution "
                f"'{self.distribution}', which pyproject.toml does not declare in {where}")


def undeclared_imports(root: Path) -> list[Undeclared]:
    groups = declared(root / "pyproject.toml")
    providers = {mod: [_norm(d) for d in dists]
                 for mod, dists in packages_distributions().items()}
    # The project's own modules: its packages and any script a sibling imports by name.
    local = {p.stem for p in root.rglob("*.py") if ".venv" not in p.parts} | set(GROUPS)
    problems: list[Undeclared] = []
    for top, allowed_groups in GROUPS.items():
        allowed = set().union(*(groups.get(g, set()) for g in allowed_groups))
        for path in sorted((root / top).rglob("*.py")):
            if "static" in path.parts:
                continue
            for line, module in imported_modules(path):
                if module in sys.stdlib_module_names or module in local:
                    continue
                dists = providers.get(module, [])
                if any(d in allowed for d in dists):
                    continue
                problems.append(Undeclared(str(path.relative_to(root)), line, module,
                                           dists[0] if dists else None, allowed_groups))
    return problems


def test_every_import_is_declared() -> None:
    problems = undeclared_imports(ROOT)
    assert not problems, "undeclared imports:\n" + "\n".join(map(str, problems))


def _tree(tmp_path: Path, code: str, *, where: str = "dashboard/core.py",
          deps: str = '"PyYAML>=6"', test: str = '"pytest>=8"') -> Path:
    (tmp_path / "pyproject.toml").write_text(
        f'[project]\nname = "x"\ndependencies = [{deps}]\n'
        f'[project.optional-dependencies]\ntest = [{test}]\ngeodata = []\n', encoding="utf-8")
    for top in GROUPS:
        (tmp_path / top).mkdir()
    (tmp_path / where).write_text(code, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("code", "where", "expected"), [
    # pytest is installed here, but only the test extra declares it: the core may not use it.
    ("import json\nimport pytest\n", "dashboard/core.py", ("dashboard/core.py", 2, "pytest")),
    ("from yaml import safe_load\nimport no_such_module_here\n", "tests/test_x.py",
     ("tests/test_x.py", 2, "no_such_module_here")),
    ("import yaml\nfrom pytest import fixture\n", "geodata/build.py",
     ("geodata/build.py", 2, "pytest")),
])
def test_an_undeclared_import_is_named_with_file_line_and_distribution(
        tmp_path: Path, code: str, where: str, expected: tuple[str, int, str]) -> None:
    problems = undeclared_imports(_tree(tmp_path, code, where=where))
    assert [(p.file, p.line, p.module) for p in problems] == [expected]
    message = str(problems[0])
    assert f"{expected[0]}:{expected[1]}" in message and expected[2] in message
    if expected[2] == "pytest":
        assert "'pytest'" in message  # the distribution is named


def test_declared_imports_and_local_modules_pass(tmp_path: Path) -> None:
    root = _tree(tmp_path, "import yaml\nimport dashboard.core\nimport sibling\n",
                 where="tests/test_y.py")
    (root / "tests" / "sibling.py").write_text("", encoding="utf-8")
    assert undeclared_imports(root) == []
