"""The analyst's whole loop in chromium: sign in, upload a saved article page (written for this
test), correct one field, accept two claims, then find them on the reader page and on their
history page. A screenshot per step goes to tests/artifacts/review-*.png.

The server is started the way an operator would (`python -m dashboard serve --review`) on a
temp copy of data/, with a reviewer file of its own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from dashboard.curation.reviewers import add_reviewer
from tests.browser.harness import (
    DEFAULT_DATA,
    REPO_ROOT,
    SERVER_START_TIMEOUT_S,
    AppServer,
    BrowserLog,
    _free_port,
    _healthy,
    map_frame,
    save_screenshot,
    stop_app,
    wait_for_app,
)

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "review_report.html"
PASSWORD = "a reviewer's long password"


def launch_review_server(data: Path, root: Path) -> Iterator[str]:
    """`python -m dashboard serve --review` on ``data`` with reviewer amina; yields its URL."""
    reviewers = root / "reviewers.json"
    add_reviewer("amina", PASSWORD, reviewers)
    port = _free_port()
    env = dict(os.environ, DASHBOARD_REVIEWERS=str(reviewers),
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT),
                                                        os.environ.get("PYTHONPATH")])))
    log_path = root / "serve.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "dashboard", "serve", "--review", "--port", str(port),
             "--data", str(data)], cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    server = AppServer(f"http://127.0.0.1:{port}", process, log_path)
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while not _healthy(server.base_url):
        if process.poll() is not None or time.monotonic() > deadline:
            stop_app(server)
            pytest.fail(f"serve --review did not start:\n{server.output()}")
        time.sleep(0.25)
    yield server.base_url
    stop_app(server)
    print(server.output()[-3000:])


def sign_in(page, base: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{base}/review")
    wait_for_app(page)
    page.get_by_label("Reviewer").fill("amina")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text("Signed in as amina").wait_for()
    wait_for_app(page)


@pytest.fixture(scope="module")
def review_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("review")
    data = root / "data"
    shutil.copytree(DEFAULT_DATA, data)
    for base in launch_review_server(data, root):
        yield base, data


def _rerun_done(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_timeout(300)  # let the rerun start before waiting for it to end
    wait_for_app(page)


def test_review_loop(review_server: tuple[str, Path], page, browser_log: BrowserLog) -> None:  # type: ignore[no-untyped-def]
    base, data = review_server
    claims_before = len(yaml.safe_load((data / "claims.yaml").read_text()))

    page.goto(f"{base}/review")
    wait_for_app(page)
    page.get_by_text("Sign in to review").wait_for()
    assert page.locator("input[type=file]").count() == 0  # nothing to write with before
    save_screenshot(page, "review-1-sign-in")

    page.get_by_label("Reviewer").fill("amina")
    page.get_by_label("Password", exact=True).fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text("Wrong name or password").wait_for()
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text("Signed in as amina").wait_for()
    wait_for_app(page)

    page.locator("input[type=file]").set_input_files(str(FIXTURE))
    page.get_by_role("button", name="Read the file").click()
    page.get_by_text("Confirm or correct what was read").wait_for()
    wait_for_app(page)
    assert page.get_by_label("Outlet").input_value() == "Makran Ledger"
    assert page.get_by_label("URL").input_value().endswith("/turbat-raid")
    save_screenshot(page, "review-2-report-read")
    page.get_by_role("button", name="Add the report and extract its claims").click()
    page.get_by_text("Candidate claims", exact=True).wait_for()
    wait_for_app(page)
    report = next(r for r in yaml.safe_load((data / "reports.yaml").read_text())
                  if r.get("added_by") == "amina")
    rid = report["id"]
    page.get_by_text(f"Report {rid}", exact=True).scroll_into_view_if_needed()
    # The candidate and confidence tables are grids drawn on a canvas once their script has
    # loaded: a reviewer must see them filled, so wait for the cells, not only the frame.
    for grid, cell in ((0, "x001"), (1, "claimant")):
        page.locator("[data-testid='stDataFrame']").nth(grid).get_by_text(cell).first.wait_for(
            state="attached")
    save_screenshot(page, "review-3-candidates")

    # Correct one field. The extractor dates the overnight raid to the night before Wednesday's
    # briefing (3 to 4 March); the reviewer knows it began after midnight, on the 4th.
    date = page.get_by_role("textbox", name="Date (2026-03-03", exact=False)
    date.fill("2026-03-04")
    date.press("Tab")
    _rerun_done(page)
    basis = page.get_by_label("How the date is known")
    basis.fill("the raid began after midnight, in the early hours of Wednesday 4 March")
    basis.press("Tab")
    _rerun_done(page)
    page.get_by_text("Check x001", exact=True).scroll_into_view_if_needed()
    save_screenshot(page, "review-4-corrected")
    page.get_by_role("button", name="Accept").click()
    page.get_by_text(f"Saved {rid}-x001").wait_for()
    wait_for_app(page)

    page.get_by_text("x002 ·", exact=False).first.click()
    _rerun_done(page)
    page.get_by_role("button", name="Accept").click()
    page.get_by_text(f"Saved {rid}-x002").wait_for()
    wait_for_app(page)
    page.get_by_text(f"Report {rid}", exact=True).scroll_into_view_if_needed()
    save_screenshot(page, "review-5-accepted")

    claims = yaml.safe_load((data / "claims.yaml").read_text())
    assert len(claims) == claims_before + 2
    first = next(c for c in claims if c["id"] == f"{rid}-x001")
    assert first["date"] == "2026-03-04"
    log = [json.loads(x) for x in (data / "audit.jsonl").read_text().splitlines()]
    edit = next(e for e in log if e.get("claim") == f"{rid}-x001")
    assert edit["action"] == "edit+accept" and edit["reviewer"] == "amina"
    # The extractor's own value stays on record beside the reviewer's correction.
    change = edit["changes"]["date"]
    assert change["after"] == "2026-03-04"
    assert change["extractor"] and change["extractor"] != change["after"]

    # The reader page, no restart: the new claims are drawn.
    page.goto(base)
    wait_for_app(page)
    total = claims_before + 2
    page.get_by_text(f"{total} of {total}", exact=True).wait_for()
    frame = map_frame(page)
    html = frame.content()
    assert f"{rid}-x001" in html and f"{rid}-x002" in html
    save_screenshot(page, "review-6-reader")

    page.goto(f"{base}/history?claim={rid}-x001")
    wait_for_app(page)
    page.get_by_text("Every decision on record").wait_for()
    page.get_by_text("edit+accept", exact=True).wait_for()  # the tables come after the headings
    body = page.inner_text("body")
    assert "edit+accept" in body and "amina" in body
    assert "extractor proposed 2026-03-03/2026-03-04" in body
    assert "troops killed 7 militants" in body  # the source passage, from the archive
    assert "Makran Ledger" in body and report["sha256"] in body
    save_screenshot(page, "review-7-history")
    assert not browser_log.dialogs and not browser_log.page_errors


def test_no_review_page_without_the_flag(app_server: str, page) -> None:  # type: ignore[no-untyped-def]
    """The plain reader server: /review is not a page, and nothing on it asks to sign in."""
    page.goto(f"{app_server}/review")
    wait_for_app(page)
    page.wait_for_timeout(500)
    body = page.inner_text("body")
    assert "Page not found" in body
    assert "Sign in to review" not in body and "Review: reports in" not in body
    assert page.locator("input[type=password], input[type=file]").count() == 0
    save_screenshot(page, "review-0-no-flag")
