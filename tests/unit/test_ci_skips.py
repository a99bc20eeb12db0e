"""Under CI a skipped browser, proxy or seed test fails; elsewhere it stays a skip
(tests/conftest.py).

The rule is run inside pytest itself (pytester) on small test files, and once end to end on a
real browser test with chromium hidden, so both the hook and its wiring are exercised.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import tests.conftest as root_conftest
from tests.conftest import REPO

# The temporary project's conftest takes the root conftest's two hooks, nothing else.
CONFTEST = """
from tests.conftest import pytest_collection_modifyitems, pytest_runtest_makereport  # noqa
"""

SAMPLE = """
import os
import pytest

@pytest.mark.browser
def test_browser_skips_in_its_body():
    pytest.skip("chromium not found")

@pytest.fixture
def needs_chromium():
    pytest.skip("chromium not found (fixture)")

@pytest.mark.browser
def test_browser_skips_in_a_fixture(needs_chromium):
    pass

@pytest.mark.seeds
def test_reads_the_seeds():
    pass

@pytest.mark.proxy
def test_needs_haproxy():
    pytest.skip("haproxy is not installed")

@pytest.mark.skipif(True, reason="root writes into read-only folders")
def test_cannot_run_as_root():
    pass

@pytest.mark.browser
@pytest.mark.xfail(reason="a known browser bug", run=False)
def test_known_browser_bug():
    pass

@pytest.mark.browser
def test_browser_passes():
    pass
"""


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_sample=SAMPLE)
    pytester.makeini("[pytest]\nmarkers =\n    browser: b\n    seeds: s\n    proxy: p\n")
    # The seed reports are absent in this run whatever this machine holds.
    monkeypatch.setattr(root_conftest, "SEEDS", pytester.path / "no-seeds-here")
    return pytester


def _outcomes(result: pytest.HookRecorder) -> dict[str, str]:
    """test name -> the outcome of its last non-passing phase (or passed)."""
    out: dict[str, str] = {}
    for rep in result.getreports("pytest_runtest_logreport"):
        name = rep.nodeid.split("::")[-1]
        if rep.failed:
            out[name] = "failed" if rep.when == "call" else f"failed at {rep.when}"
        elif rep.skipped:
            out[name] = "xfailed" if hasattr(rep, "wasxfail") else "skipped"
        else:
            out.setdefault(name, "passed")
    return out


def test_without_ci_browser_and_seed_skips_stay_skips(project, monkeypatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    result = project.inline_run("-p", "no:cacheprovider")
    assert _outcomes(result) == {
        "test_browser_skips_in_its_body": "skipped",
        "test_browser_skips_in_a_fixture": "skipped",
        "test_reads_the_seeds": "skipped",
        "test_needs_haproxy": "skipped",
        "test_cannot_run_as_root": "skipped",
        "test_known_browser_bug": "xfailed",
        "test_browser_passes": "passed",
    }
    assert result.ret == 0


def test_under_ci_browser_and_seed_skips_fail_and_say_why(project, monkeypatch) -> None:
    monkeypatch.setenv("CI", "true")
    result = project.inline_run("-p", "no:cacheprovider")
    assert _outcomes(result) == {
        "test_browser_skips_in_its_body": "failed",
        # a skip raised while setting up (the playwright fixture's) fails at setup
        "test_browser_skips_in_a_fixture": "failed at setup",
        "test_reads_the_seeds": "failed at setup",
        "test_needs_haproxy": "failed",
        "test_cannot_run_as_root": "skipped",  # not a browser, proxy or seed skip: stays a skip
        "test_known_browser_bug": "xfailed",
        "test_browser_passes": "passed",
    }
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    messages = {rep.nodeid.split("::")[-1]: str(rep.longrepr)
                for rep in result.getreports("pytest_runtest_logreport")
                if rep.failed}
    assert "chromium not found" in messages["test_browser_skips_in_its_body"]
    assert "real-browser test" in messages["test_browser_skips_in_a_fixture"]
    assert "seed-report test" in messages["test_reads_the_seeds"]
    assert "no-seeds-here" in messages["test_reads_the_seeds"]
    assert "haproxy" in messages["test_needs_haproxy"]


@pytest.mark.parametrize(("value", "ci"), [
    ("true", True), ("1", True), ("yes", True), ("TRUE", True),
    ("", False), ("0", False), ("false", False), ("no", False),
])
def test_what_counts_as_ci(monkeypatch, value: str, ci: bool) -> None:
    monkeypatch.setenv("CI", value)
    assert root_conftest.under_ci() is ci


def test_seed_tests_run_when_the_seeds_are_there(project, monkeypatch) -> None:
    (project.path / "seeds").mkdir()
    monkeypatch.setattr(root_conftest, "SEEDS", project.path / "seeds")
    monkeypatch.setenv("CI", "true")
    assert _outcomes(project.inline_run("-p", "no:cacheprovider"))["test_reads_the_seeds"] == \
        "passed"


@pytest.mark.parametrize(("ci", "code", "word"), [("true", 1, "CI=true"), ("", 0, "skipped")])
def test_a_real_browser_test_without_chromium(ci: str, code: int, word: str,
                                              tmp_path: Path) -> None:
    """The project's own wiring: tests/browser marks its tests, the harness skips without
    chromium, and the root conftest fails that skip under CI."""
    test = "tests/browser/test_hostile.py::test_standalone_html_export_shows_payloads_as_text"
    env = dict(os.environ, CI=ci, CHROMIUM_PATH=str(tmp_path / "no-chromium"))
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rfEs", "-p",
                          "no:cacheprovider", test],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == code, run.stdout + run.stderr
    assert word in run.stdout, run.stdout
    assert "no-chromium" in run.stdout, run.stdout


def test_ci_script_runs_the_readme_command_with_ci_set() -> None:
    lines = [line.strip() for line in (REPO / ".ci" / "run").read_text().splitlines()]
    commands = [line for line in lines if line and not line.startswith("#")]
    make = next(i for i, line in enumerate(commands) if line.startswith("make test"))
    assert "export CI=true" in commands[:make]
