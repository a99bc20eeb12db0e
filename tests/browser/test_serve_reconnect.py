"""A reader whose worker dies is back on the same view after the page reconnects.

Through `serve --workers 2` (HAProxy in front), chromium changes a filter, the worker serving
it is SIGKILLed, and the page, reconnecting on its own, must show the same filter again: the
view lives in the page URL, the new worker reads it from there.
"""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

from dashboard import serving
from tests.browser.harness import save_screenshot, wait_for_app
from tests.serving.harness import served

SHOWING = "[data-testid='stCaptionContainer']:has-text('Showing: ')"


def _worker_cookie(page) -> str:
    values = [c["value"] for c in page.context.cookies() if c["name"] == serving.COOKIE]
    assert len(values) == 1, f"the proxy's sticky cookie is missing: {page.context.cookies()}"
    return values[0]


def test_a_reader_whose_worker_dies_gets_the_same_view_back(page, browser_log, tmp_path):
    with served(tmp_path) as farm:
        page.goto(farm.base)
        wait_for_app(page)
        page.locator("[data-testid='stSidebar'] button[aria-label='Remove State']").first.click()
        page.wait_for_function("() => new URLSearchParams(location.search).has('source_types')",
                               timeout=60_000)
        wait_for_app(page)
        url_before = page.url
        showing_before = page.locator(SHOWING).first.inner_text()
        assert "State" not in page.locator("[data-testid='stSidebar']").inner_text().split(
            "Source type of the claimant")[1].split("Claimed date")[0]
        worker = _worker_cookie(page)
        address = next(a for a in farm.workers()
                       if serving.Upstream(a.rsplit(":", 1)[0], int(a.rsplit(":", 1)[1])).name
                       == worker)

        killed = farm.kill_worker(address)
        lost = time.monotonic()
        # the page notices (Streamlit shows its connection state on the app root) ...
        page.wait_for_selector(
            "[data-testid='stApp']:not([data-test-connection-state='CONNECTED'])",
            timeout=30_000)
        # ... and comes back by itself, through the proxy, to a live worker
        wait_for_app(page, timeout=60_000)
        page.wait_for_selector(SHOWING, timeout=30_000)
        back_after = time.monotonic() - lost
        save_screenshot(page, "serve_reconnect_after_worker_killed")
        print(f"page back on the same view {back_after:.1f} s after its worker was killed")

        assert page.locator(SHOWING).first.inner_text() == showing_before
        assert parse_qs(urlsplit(page.url).query) == parse_qs(urlsplit(url_before).query)
        sidebar = page.locator("[data-testid='stSidebar']").inner_text()
        assert "State" not in sidebar.split("Source type of the claimant")[1].split(
            "Claimed date")[0], "the filter widget should show the linked view again"
        assert back_after < 10, f"the reader had no page for {back_after:.1f} s"
        # served by a live process: either the other worker or the restarted one
        assert killed not in farm.workers().values()
        assert not browser_log.page_errors, browser_log.page_errors
