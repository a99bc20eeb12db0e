"""Helpers for the real-browser tests: start a Streamlit app, guard the network, find the map.

The fixtures that use these live in conftest.py next to this file; tests import the helpers:
``from tests.browser.harness import map_frame, save_screenshot, wait_for_app``.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Frame, Page

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_APP = REPO_ROOT / "dashboard" / "ui" / "app.py"
DEFAULT_DATA = REPO_ROOT / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",  # root in a container: chromium's sandbox cannot start
    "--disable-gpu",
    # Keep the browser itself from calling home, so every request seen is the page's own.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1400, "height": 1000}
SERVER_START_TIMEOUT_S = 60.0
APP_TIMEOUT_MS = 60_000

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# Schemes that go over the network; everything else (data:, blob:, file:, about:) stays local.
NETWORK_SCHEMES = frozenset({"http", "https", "ws", "wss", "ftp"})
# Slippy-map tiles ({z}/{x}/{y}.png and the like): the one thing a map may ask the internet for,
# since the map must stay usable (grey background, offline basemap) when they are refused.
TILE_URL = re.compile(r"/\d+/\d+/\d+(@2x)?\.(png|jpe?g|webp|pbf|mvt)(\?.*)?$", re.IGNORECASE)


# ---------------------------------------------------------------- the Streamlit server


@dataclass
class AppServer:
    base_url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def output(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _healthy(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def launch_app(script: Path, data_dir: Path, log_dir: Path) -> AppServer:
    if not script.is_file():
        pytest.fail(f"app script not found: {script}")
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.port", str(port),
        "--server.address", "127.0.0.1",  # never listen beyond this machine
        "--server.headless", "true",
        "--server.enableStaticServing", "true",
        "--server.fileWatcherType", "none",
        "--browser.gatherUsageStats", "false",
        "--", "--data", str(data_dir),
    ]  # fmt: skip
    env = dict(os.environ)
    env["DASHBOARD_DATA"] = str(data_dir)
    # `python -m` puts the working directory on sys.path; PYTHONPATH makes `import dashboard`
    # work for a script anywhere even if that changes.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    log_path = log_dir / f"streamlit-{script.stem}-{port}.log"
    # Output goes to a file, not a pipe nobody reads: a full pipe would stall the server.
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    server = AppServer(base_url=base_url, process=process, log_path=log_path)
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while not _healthy(base_url):
        if process.poll() is not None:
            pytest.fail(
                f"streamlit exited with code {process.returncode} before becoming healthy:\n"
                f"{' '.join(command)}\n--- server output ---\n{server.output()}"
            )
        if time.monotonic() > deadline:
            stop_app(server)
            pytest.fail(
                f"streamlit not healthy after {SERVER_START_TIMEOUT_S:.0f} s:\n"
                f"--- server output ---\n{server.output()}"
            )
        time.sleep(0.25)
    return server


def stop_app(server: AppServer) -> None:
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait(timeout=10)


# ---------------------------------------------------------------- the browser


@dataclass
class BrowserLog:
    """What one test's page did that the test may want to assert on."""

    refused: list[str] = field(default_factory=list)  # requests off this machine, refused
    responses: list[tuple[int, str]] = field(default_factory=list)  # every response: status, URL
    failed: list[tuple[str, str]] = field(default_factory=list)  # local requests that failed
    console_errors: list[str] = field(default_factory=list)  # "text (at url)"
    page_errors: list[str] = field(default_factory=list)  # uncaught exceptions
    dialogs: list[str] = field(default_factory=list)  # "alert: message"; all are dismissed

    def refused_except_tiles(self) -> list[str]:
        """Refused requests other than map tiles: should be empty for an offline-ready page."""
        return [url for url in self.refused if not TILE_URL.search(urlsplit(url).path)]

    def bad_responses(self) -> list[tuple[int, str]]:
        return [(status, url) for status, url in self.responses if status >= 400]

    def console_errors_except_refused(self) -> list[str]:
        # Chromium logs each refused request as a console error; those are in `refused` already.
        return [e for e in self.console_errors if "ERR_BLOCKED_BY_CLIENT" not in e]


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme not in NETWORK_SCHEMES or (parts.hostname or "") in LOCAL_HOSTS


def install_offline_guard(context: BrowserContext, log: BrowserLog) -> None:
    """Refuse every request that would leave this machine, recording its URL in ``log``.

    Routed at the context, so requests from iframes (st_folium's map) are caught too.
    """

    def handle(route: Any) -> None:
        url = route.request.url
        if is_local(url):
            route.continue_()
        else:
            log.refused.append(url)
            route.abort("blockedbyclient")

    def on_failed(request: Any) -> None:
        if is_local(request.url):
            log.failed.append((request.url, str(request.failure)))

    context.route("**/*", handle)
    context.on("response", lambda response: log.responses.append((response.status, response.url)))
    context.on("requestfailed", on_failed)


def watch_page(page: Page, log: BrowserLog) -> None:
    """Record console errors, uncaught exceptions and dialogs (dismissing dialogs)."""

    def on_console(message: Any) -> None:
        if message.type == "error":
            where = (message.location or {}).get("url", "")
            log.console_errors.append(f"{message.text} (at {where})")

    def on_dialog(dialog: Any) -> None:
        log.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("console", on_console)
    page.on("pageerror", lambda error: log.page_errors.append(str(error)))
    page.on("dialog", on_dialog)


def require_chromium() -> None:
    problem = None
    if not CHROMIUM.exists():
        problem = f"{CHROMIUM} not found (apt-get install -y chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "the playwright Python package is not installed"
    if problem is None:
        return
    # Under CI the root conftest turns this skip into a failure (tests/conftest.py).
    pytest.skip(f"browser tests need chromium and playwright: {problem}")


# ---------------------------------------------------------------- page helpers


def wait_for_app(page: Page, timeout: float = APP_TIMEOUT_MS) -> None:
    """Wait until Streamlit is connected and its script has finished running.

    The app root shows script state "initial" until the first run, so this does not return
    before the first run ends. After an interaction, wait for the rerun to start first (or for
    the element it changes), then call this.
    """
    page.wait_for_selector(
        "[data-testid='stApp'][data-test-connection-state='CONNECTED']", timeout=timeout
    )
    page.wait_for_selector(
        "[data-testid='stApp'][data-test-script-state='notRunning']", timeout=timeout
    )


def map_frame(page: Page, index: int = 0, timeout: float = APP_TIMEOUT_MS) -> Frame:
    """The frame holding the ``index``-th Leaflet map: st_folium draws each map in an iframe."""
    iframes = page.locator("iframe[title='streamlit_folium.st_folium']")
    iframes.nth(index).wait_for(state="attached", timeout=timeout)
    handle = iframes.nth(index).element_handle(timeout=timeout)
    frame = handle.content_frame() if handle is not None else None
    if frame is None:
        raise AssertionError(f"st_folium iframe {index} has no frame")
    frame.wait_for_selector(".leaflet-container", timeout=timeout)
    return frame


def wait_for_popup_shown(frame: Frame) -> None:
    """Wait until the open popup has faded in and the map has stopped panning to it: Leaflet
    fades a popup in over 0.2 s and pans the map to fit it, and a screenshot taken sooner shows
    it half transparent, the marker's tooltip through it, cut at the map's edge."""
    frame.wait_for_function(
        "() => { const p = document.querySelector('.leaflet-popup');"
        " return !!p && getComputedStyle(p).opacity === '1'; }")
    # two frames with the map pane's transform unchanged: the autopan is over
    frame.wait_for_function(
        "() => new Promise(done => { const pane = document.querySelector('.leaflet-map-pane');"
        " const at = () => pane.style.transform; const a = at();"
        " requestAnimationFrame(() => requestAnimationFrame(() => done(at() === a))); })")


def save_screenshot(page: Page, name: str) -> Path:
    """Save a full-page PNG as tests/artifacts/<name>.png (gitignored) and return its path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_") or "screenshot"
    path = ARTIFACTS / f"{safe}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
