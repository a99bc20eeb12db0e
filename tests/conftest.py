"""Shared fixtures (the bundled dataset, loaded once; a writer for small bad datasets) and the
rule that makes CI honest: under CI a browser, proxy or seed test that skips fails instead.

Browser tests skip when chromium or playwright is missing, and seed tests (marked ``seeds``)
skip when the seed reports are not beside the repository. On a developer's machine that is a
convenience; in CI it would turn a broken install into a green run that tested nothing, so with
``CI`` set (``.ci/run`` sets ``CI=true``) such a skip is reported as a failure saying why. Other
skips (a read-only-folder test that cannot run as root) stay skips.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"

# pytester runs pytest inside a test: tests/unit/test_ci_skips.py checks the rule below with it.
pytest_plugins = ["pytester"]


def _ci_required(item: pytest.Item) -> list[str]:
    """Why this test must run in CI: browser, proxy and seed skips mean "never tested"."""
    why = []
    if item.get_closest_marker("browser"):
        why.append("a real-browser test cannot be skipped in CI (is chromium installed?)")
    if item.get_closest_marker("proxy"):
        why.append("a serving test cannot be skipped in CI (is haproxy installed? `make proxy`)")
    if item.get_closest_marker("seeds"):
        why.append(f"a seed-report test cannot be skipped in CI (seed reports expected at "
                   f"{SEEDS})")
    return why


def under_ci() -> bool:
    """True when the environment says this is a CI run (CI=true, as CI services set it)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # One place decides whether the seeds are present, so every seed test skips (or, in CI,
    # fails) for the same reason.
    if SEEDS.is_dir():
        return
    missing = pytest.mark.skip(reason=f"seed reports not found at {SEEDS}")
    for item in items:
        if item.get_closest_marker("seeds") is not None:
            item.add_marker(missing)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()
    if not report.skipped or not under_ci() or hasattr(report, "wasxfail"):
        return
    why = _ci_required(item)
    if not why:
        return
    skip_reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
    report.outcome = "failed"
    report.longrepr = (f"CI={os.environ['CI']}: {'; '.join(why)}; it was skipped: "
                       f"{skip_reason}")


@pytest.fixture(scope="session")
def loaded():
    from dashboard.pipeline import load

    return load(REPO / "data")


@pytest.fixture(scope="session")
def gaz():
    """The bundled gazetteer, read once for every test that resolves places."""
    from dashboard.gazetteer import load_gazetteer
    g, _ = load_gazetteer()
    return g


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    """A scratch copy of the bundled dataset that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(REPO / "data", target)
    return target
