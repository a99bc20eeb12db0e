"""Real-browser test fixtures: a Streamlit server per (script, data dir), headless chromium, and
a network guard that refuses everything off this machine and records what it refused.

Fixtures
    start_app(data_dir, script=DEFAULT_APP) -> base_url   session-scoped factory; one server per
                                                            (script, data_dir), reused, stopped at
                                                            the end of the session
    app_server -> base_url       the dashboard on the repo's data/; for another data dir,
                                 @pytest.mark.parametrize("app_server", [dir], indirect=True)
    browser                      session-scoped chromium (Debian's /usr/bin/chromium)
    context / page               fresh per test, 1400x1000, offline guard installed
    browser_log -> BrowserLog    what this test's page refused, loaded, logged and alerted

Helpers (import from tests.browser.harness): wait_for_app(page), map_frame(page, index=0),
save_screenshot(page, name).

Without chromium the browser tests skip, except under CI (CI=true), where the root conftest
turns those skips into failures: a CI run that silently skipped them would hide a missing
install step.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.browser.harness import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DEFAULT_APP,
    DEFAULT_DATA,
    VIEWPORT,
    AppServer,
    BrowserLog,
    install_offline_guard,
    launch_app,
    require_chromium,
    stop_app,
    watch_page,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page, Playwright


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Every test under tests/browser carries the "browser" marker, so `-m "not browser"` works.
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def start_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., str]]:
    """Factory: ``start_app(data_dir, script=DEFAULT_APP) -> base_url``.

    Starts ``python -m streamlit run <script> ... -- --data <data_dir>`` from the repo root (with
    DASHBOARD_DATA=<data_dir> too) on a free port and waits for /_stcore/health. Servers are
    reused per (script, data_dir) and stopped at the end of the session; if one dies, the test
    fails with its output.
    """
    log_dir = tmp_path_factory.mktemp("streamlit-logs")
    servers: dict[tuple[Path, Path], AppServer] = {}

    def start(
        data_dir: str | os.PathLike[str], script: str | os.PathLike[str] = DEFAULT_APP
    ) -> str:
        key = (Path(script).resolve(), Path(data_dir).resolve())
        server = servers.get(key)
        if server is not None and server.process.poll() is None:
            return server.base_url
        if server is not None:
            print(f"--- earlier server for {key} died; its output ---\n{server.output()}")
        servers[key] = launch_app(*key, log_dir)
        return servers[key].base_url

    yield start
    for server in servers.values():
        if server.process.poll() is not None:
            print(f"--- {server.base_url} had died; its output ---\n{server.output()}")
        stop_app(server)


@pytest.fixture(scope="session")
def app_server(request: pytest.FixtureRequest, start_app: Callable[..., str]) -> str:
    """Base URL of the dashboard on the repo's data/ (or on ``request.param`` when parametrised
    indirectly with a data dir)."""
    return start_app(getattr(request, "param", DEFAULT_DATA))


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def browser_log() -> BrowserLog:
    return BrowserLog()


@pytest.fixture
def context(browser: Browser, browser_log: BrowserLog) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport=VIEWPORT)
    install_offline_guard(context, browser_log)
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext, browser_log: BrowserLog) -> Page:
    page = context.new_page()
    watch_page(page, browser_log)
    return page
