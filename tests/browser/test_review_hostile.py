"""Hostile input on the review page: a pasted report, report fields, an edited summary, a new
claimant and a new event all carry payloads; nothing runs, nothing is injected, and the claim
history shows the text as typed. The dataset is the hostile one of test_hostile (payloads in
claimant names and event titles, which fill the page's pickers)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.browser.harness import BrowserLog, save_screenshot, wait_for_app
from tests.browser.test_hostile import PAYLOADS, _assert_nothing_ran, build_hostile_dataset
from tests.browser.test_review_loop import launch_review_server, sign_in

REPORT = (
    f"Officials said on Tuesday that troops killed 4 militants near Turbat {PAYLOADS[1]}.\n\n"
    f"The Balochistan Liberation Army {PAYLOADS[0]} said it killed 5 soldiers near Turbat "
    f"{PAYLOADS[5]}.\n"
)


@pytest.fixture(scope="module")
def hostile_review(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("review-hostile")
    data = root / "data"
    build_hostile_dataset(data)
    for base in launch_review_server(data, root):
        yield base, data


def test_review_page_shows_payloads_as_text(hostile_review: tuple[str, Path], page,  # type: ignore[no-untyped-def]
                                            browser_log: BrowserLog) -> None:
    base, data = hostile_review
    sign_in(page, base)
    page.get_by_text("Paste the text").click()
    wait_for_app(page)
    page.get_by_label("Report text").fill(REPORT)
    page.get_by_role("button", name="Read the text").click()
    page.get_by_text("Confirm or correct what was read").wait_for()
    wait_for_app(page)
    page.get_by_label("Title (our own description is fine)").fill(PAYLOADS[2])
    page.get_by_label("Outlet").fill(PAYLOADS[4])
    page.get_by_label("URL").fill("javascript:alert('u1')")
    page.get_by_label("Published (", exact=False).fill("2026-03-04")
    page.get_by_role("button", name="Add the report and extract its claims").click()
    page.get_by_text("is not an http(s) address").wait_for()  # refused, named by its field
    wait_for_app(page)
    page.get_by_label("URL").fill("")
    page.get_by_role("button", name="Add the report and extract its claims").click()
    page.get_by_text("Candidate claims", exact=True).wait_for()
    wait_for_app(page)
    # The text itself, highlighted: the payloads are there as typed, and inert. The highlighted
    # text may arrive a moment after the candidates on a busy machine, so poll for it.
    body = ""
    for _ in range(60):
        body = page.inner_text("body")
        if PAYLOADS[1] in body and PAYLOADS[0] in body:
            break
        page.wait_for_timeout(500)
    assert PAYLOADS[1] in body and PAYLOADS[0] in body
    _assert_nothing_ran(page, browser_log)

    summary = page.get_by_label("Summary, in our own words")
    summary.fill(f"Officials' count of militants killed {PAYLOADS[6]} {PAYLOADS[3]}")
    summary.press("Tab")
    page.wait_for_timeout(300)
    wait_for_app(page)
    page.get_by_role("button", name="Accept").click()
    page.get_by_text("Saved rep-", exact=False).first.wait_for()
    wait_for_app(page)
    save_screenshot(page, "review-hostile-accepted")
    _assert_nothing_ran(page, browser_log)

    claims = yaml.safe_load((data / "claims.yaml").read_text())
    saved = claims[-1]
    assert PAYLOADS[3] in saved["summary"]
    page.goto(f"{base}/history?claim={saved['id']}")
    wait_for_app(page)
    page.get_by_text("Every decision on record").wait_for()
    page.get_by_text("edit+accept", exact=True).wait_for()  # the tables come after the headings
    text = page.inner_text("body")
    assert PAYLOADS[3] in text and PAYLOADS[6] in text  # the summary as typed
    assert PAYLOADS[2] in text and PAYLOADS[4] in text  # title and outlet as typed
    save_screenshot(page, "review-hostile-history")
    _assert_nothing_ran(page, browser_log)
