"""Many readers at once: concurrent sessions changing filters against a dashboard on 127.0.0.1.

Usage:
    python benchmarks/load_sessions.py [--sessions 20] [--seconds 60] [--data DIR]
    python benchmarks/load_sessions.py --url http://127.0.0.1:8501 --pid 1234   # a running one
    python benchmarks/load_sessions.py --workers 2 --sessions 100 --think 5,15 --seconds 120 \
        [--kill-worker 60]        # `serve --workers 2` (HAProxy), a crowd of thinking readers
    python benchmarks/load_sessions.py --url http://127.0.0.1:8501 --runtime /tmp/claims-map-8501
                                  # a running `serve --workers`: its workers' memory and pids

Readers (--think MIN,MAX). Each session waits a random MIN..MAX seconds between actions, and
opens its page at a random moment of the first MAX seconds (a crowd arrives over time).
Through a proxy, a session first loads the page to get the sticky cookie and sends it with its
websocket, as a browser does. A session whose connection drops (--kill-worker AT SIGKILLs one
worker of `serve` at second AT) reconnects every 0.5 s with its cookie and the query string the
server last put in its address bar; the page it gets back must be its last view (the view lives
in the URL), and the time it had no page is reported; longer than --max-gap (10 s) is an error.

Method. Each session speaks Streamlit's own websocket protocol (the one the browser speaks:
binary protobuf BackMsg/ForwardMsg on /_stcore/stream), so twenty sessions cost the client
almost nothing and every millisecond measured is the server's. A session connects, runs the
page once to learn the widget ids, then, until the time is up, repeatedly sets the
"Source type of the claimant" filter to one of its own subsets of source types and reruns the
page, timing each action from sending the rerun to the server's "script finished".

Isolation. Every session owns distinct source-type subsets (no two sessions share one), and
after each action checks what the server sent back to *it*: the "Showing: ..." line must be the
description of its own filter, "Claims shown" its own filter's count, and the map script exactly
its own filter's markers (count, and no source type outside its subset), all computed here from
the same dataset with dashboard.filters. A page showing any other session's filter
is counted as an isolation failure and printed.

Real browsers too (--browsers N, default 2): headless chromium pages that change the same
filter by clicking (remove a source type's chip, then pick it again from the list), timed from
the click to the page's next idle state, and checked the same way through the page's own text.
They show the protocol sessions' figures hold for a browser that also renders the map.

Memory: each server process's resident set size (VmRSS, /proc/<pid>/status), sampled twice a
second; with `serve --workers`, every worker's, found in its runtime folder's workers.json.
CPU: the servers' user+system seconds over the run, per action: unlike the times, it hardly
moves when other work shares the machine.
Errors: connection failures, actions with no "script finished" within --timeout, exception
elements on the page, isolation failures. Exit status 1 if any.

Only 127.0.0.1 is accepted as a target; sessions and time are bounded (at most 200 sessions,
600 s).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import itertools
import json
import os
import random
import re
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import websockets  # noqa: E402

# The wire format only (protobuf classes), as a browser would use it: not the streamlit API.
from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402, TID251
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402, TID251

from dashboard.filters import ClaimFilter  # noqa: E402
from dashboard.models import LABELS, SOURCE_TYPE_NAMES  # noqa: E402
from dashboard.pipeline import load  # noqa: E402
from dashboard.serving import STATE_FILE, worker_command  # noqa: E402
from dashboard.table import claims_of  # noqa: E402

APP = ROOT / "dashboard" / "ui" / "app.py"
SOURCE_LABEL = "Source type of the claimant"
LABEL_LABEL = "Verification label"
COOKIE = "claims_worker"  # the proxy's sticky cookie (dashboard.serving.COOKIE)
MAX_SESSIONS = 200
MAX_SECONDS = 600


# ---------------------------------------------------------------- what a session expects


@dataclass(frozen=True)
class Expected:
    subset: tuple[str, ...]  # source types, in the widget's order
    labels: tuple[str, ...]  # as the multiselect shows them
    summary: str
    shown: str  # the "Claims shown" metric
    mapped: int  # markers the session's map must carry, all of its own source types
    verification: tuple[str, ...] = ()  # the "Verification label" widget's values; () = all


def _filters(present: list[str], sessions: int) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Distinct (source types, verification labels) pairs, enough for every session to own at
    least one: source-type subsets first (all labels), then each subset with one label, two..."""
    every = list(SOURCE_TYPE_NAMES)
    subsets = [c for n in range(1, len(present) + 1) for c in itertools.combinations(present, n)
               if set(c) != set(every)]
    label_sets: list[tuple[str, ...]] = [()] + [
        c for n in range(1, len(LABELS)) for c in itertools.combinations(LABELS, n)]
    pairs = [(sub, labels) for labels in label_sets for sub in subsets]
    # at least two filters per session where the space allows, so every action changes the view
    return pairs[:max(2 * sessions, len(subsets))]


def expectations(data: Path, sessions: int) -> tuple[list[list[Expected]], list[str]]:
    """Per session, its own filters with the page text each must produce."""
    loaded = load(data)
    table = loaded.table
    ds = loaded.dataset
    present = [st for st in SOURCE_TYPE_NAMES if (table["source_type"] == st).any()]
    filters = _filters(present, sessions)
    if len(filters) < sessions:
        raise SystemExit(f"only {len(filters)} distinct filters for {sessions} sessions")
    reviewed = table[table["review_status"] != "machine_extracted"]
    total = reviewed["claim_id"].nunique()
    table_by_filter: list[Expected] = []
    for subset, labels in filters:
        f = ClaimFilter(source_types=tuple(subset), labels=tuple(labels) or None)
        summary = f.describe(
            claimant_names={k: v.name for k, v in ds.claimants.items()},
            report_titles={k: v.title for k, v in ds.reports.items()},
            event_titles={k: v.title for k, v in ds.events.items()})
        selected = f.apply(table)
        shown = claims_of(selected)["claim_id"].nunique()
        table_by_filter.append(Expected(
            tuple(subset), tuple(SOURCE_TYPE_NAMES[s] for s in subset), summary,
            f"{shown} of {total}", int(selected["mapped"].sum()), tuple(labels)))
    # Round-robin: session i owns filters i, i+n, i+2n, ...; no filter is shared.
    per_session = [table_by_filter[i::sessions] for i in range(sessions)]
    return per_session, [e.summary for e in table_by_filter]


# ---------------------------------------------------------------- one session


@dataclass
class SessionResult:
    index: int
    times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    isolation: list[str] = field(default_factory=list)
    gaps: list[float] = field(default_factory=list)  # seconds without a page, per reconnect
    interrupted: int = 0  # actions cut off by a lost connection (retried after reconnecting)
    references: int = 0  # elements sent as a reference to the page's cache


def _unescape(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


@dataclass
class Page:
    """What one run sent back: widget ids by label, the summary line, the claims-shown metric."""

    widgets: dict[str, str] = field(default_factory=dict)
    summary: str | None = None
    shown: str | None = None
    map_types: list[str] | None = None  # source type of each marker the map was sent
    exceptions: list[str] = field(default_factory=list)
    query: str | None = None  # what the server put in the address bar


@dataclass
class MessageCache:
    """The browser's cache of large elements (Streamlit's ForwardMsgCache in the page): an
    element the server marks cacheable is kept by its hash for a few runs, every rerun tells
    the server which hashes the page holds, and the server sends a reference instead of an
    element the page already has (a reader going back to a view they had)."""

    max_age: int = 2  # runs; the server says how many in its NewSession message
    runs: int = 0
    references: int = 0  # elements the server did not send again
    entries: dict[str, tuple[ForwardMsg, int]] = field(default_factory=dict)

    def keep(self, msg: ForwardMsg) -> None:
        if msg.metadata.cacheable and msg.hash:
            self.entries[msg.hash] = (msg, self.runs)

    def resolve(self, msg: ForwardMsg) -> ForwardMsg | None:
        kept = self.entries.get(msg.ref_hash)
        if kept is None:
            return None
        self.entries[msg.ref_hash] = (kept[0], self.runs)
        self.references += 1
        return kept[0]

    def finished(self) -> None:
        self.runs += 1
        self.entries = {h: (m, used) for h, (m, used) in self.entries.items()
                        if self.runs - used <= self.max_age}


async def _run(ws: websockets.ClientConnection, msg: BackMsg, timeout: float,
               cache: MessageCache | None = None) -> Page:
    if cache is not None:
        msg.rerun_script.cached_message_hashes.extend(cache.entries)
    await ws.send(msg.SerializeToString())
    page = Page()
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("no script_finished")
        data = await asyncio.wait_for(ws.recv(), timeout=left)
        fwd = ForwardMsg()
        fwd.ParseFromString(data)
        kind = fwd.WhichOneof("type")
        if kind == "ref_hash":
            kept = cache.resolve(fwd) if cache is not None else None
            if kept is None:
                page.exceptions.append(f"the server referred to an element the page never "
                                       f"had ({fwd.ref_hash})")
                continue
            fwd, kind = kept, kept.WhichOneof("type")
        elif cache is not None:
            cache.keep(fwd)
        if kind == "new_session" and cache is not None:
            cache.max_age = fwd.new_session.config.max_cached_message_age or cache.max_age
        if kind == "page_info_changed":
            page.query = fwd.page_info_changed.query_string
            continue
        if kind == "script_finished":
            # 0 = finished successfully; the others are reruns superseding it or errors.
            if fwd.script_finished in (0,):
                if cache is not None:
                    cache.finished()
                return page
            continue
        if kind != "delta" or fwd.delta.WhichOneof("type") != "new_element":
            continue
        element = fwd.delta.new_element
        which = element.WhichOneof("type")
        if which == "exception":
            page.exceptions.append(f"{element.exception.type}: {element.exception.message}")
        elif which in ("multiselect", "checkbox", "selectbox", "date_input"):
            widget = getattr(element, which)
            page.widgets[widget.label] = widget.id
        elif which == "markdown" and element.markdown.body.startswith("Showing: "):
            page.summary = _unescape(element.markdown.body[len("Showing: "):])
        elif which == "metric" and element.metric.label == "Claims shown":
            page.shown = element.metric.body
        elif which == "component_instance" and "st_folium" in element.component_instance.\
                component_name:
            page.map_types = _marker_types(element.component_instance.json_args)


MARKER_DATA = re.compile(r"var data = (\[.*?\]);\n", re.S)
MAP_VIEW = re.compile(r"window\.claimsView\((\{.*?\})\);", re.S)


def _marker_types(json_args: str) -> list[str] | None:
    """The source type of every marker the map a session was sent shows: the script holds the
    dataset's markers, the view beside it (st_folium's feature group) says which are on the map.
    None for the canvas layer of large datasets, whose claims are in a file, not the script."""
    args = json.loads(json_args)
    m = MARKER_DATA.search(args.get("script") or "")
    view = MAP_VIEW.search(args.get("feature_group") or "")
    if not m or not view:
        return None
    records, mask = json.loads(m.group(1)), json.loads(view.group(1))["mask"]
    bits = base64.b64decode(mask) if mask else None
    return [r["st"] for i, r in enumerate(records)
            if bits is None or bits[i >> 3] >> (i & 7) & 1]


def _rerun(widgets: dict[str, str] | None = None, want: Expected | None = None,
           query: str = "") -> BackMsg:
    """A rerun as the browser sends it: the address bar's query string and the widget values."""
    msg = BackMsg()
    msg.rerun_script.query_string = query
    msg.rerun_script.page_script_hash = ""
    if widgets and want is not None:
        for label, values in ((SOURCE_LABEL, want.labels), (LABEL_LABEL, want.verification)):
            if label in widgets:
                state = msg.rerun_script.widget_states.widgets.add()
                state.id = widgets[label]
                state.string_array_value.data.extend(values)
    return msg


def _check(page: Page, want: Expected, others: set[str], where: str) -> list[str]:
    """Isolation: the page sent to this session shows this session's filter and nothing else."""
    problems = []
    if page.summary != want.summary or page.shown != want.shown:
        whose = "another session's filter" if page.summary in others else "wrong"
        problems.append(f"{where}: expected {want.summary!r} ({want.shown}), "
                        f"saw {page.summary!r} ({page.shown}): {whose}")
    # The map itself: exactly this filter's markers, none of another source type.
    if page.map_types is not None and (
            len(page.map_types) != want.mapped or not set(page.map_types) <= set(want.subset)):
        problems.append(f"{where}: map carried {len(page.map_types)} markers of "
                        f"{sorted(set(page.map_types))}, expected {want.mapped} of "
                        f"{list(want.subset)}")
    return problems


def first_cookie(base: str, timeout: float) -> str | None:
    """The proxy's sticky cookie, from loading the page as a browser does first (None when
    the target is a single dashboard, which sets none)."""
    try:
        with urllib.request.urlopen(base + "/", timeout=timeout) as r:  # noqa: S310
            return _cookie_from(r.headers.get_all("Set-Cookie") or [])
    except OSError:
        return None


def _cookie_from(headers: list[str]) -> str | None:
    for h in headers:
        name, _, rest = h.partition("=")
        if name.strip() == COOKIE:
            return rest.split(";", 1)[0]
    return None


RECONNECT_PAUSE_S = 0.5  # the browser retries sooner at first, then backs off; this is between


async def session(index: int, base: str, mine: list[Expected], others: set[str],
                  until: float, timeout: float, think: tuple[float, float] | None = None,
                  seed: int = 0) -> SessionResult:
    """One reader: load the page, then change the filter (after a think time, if any) until the
    time is up. A lost connection is reconnected like the browser does: with the sticky cookie
    and the address bar's query string, and the page that comes back must be the reader's last
    view (the view lives in the URL, whichever worker serves it)."""
    result = SessionResult(index)
    rng = random.Random(seed * 1000 + index)  # noqa: S311 - think times, not secrets
    if think:
        # A crowd arrives over time, not in one instant: each reader opens the page at a
        # random moment within the first think interval (their first visit is not timed).
        await asyncio.sleep(rng.uniform(0, think[1]))
    parts = urlsplit(base)
    ws_url = f"ws://{parts.netloc}/_stcore/stream"
    cookie = await asyncio.to_thread(first_cookie, base, timeout)
    cache = MessageCache()  # the page's, kept across reconnects as a page keeps it
    confirmed: Expected | None = None  # the view the reader's address bar holds
    query = ""
    lost_at: float | None = None
    connected_once = False
    step = 0
    while time.monotonic() < until:
        headers = {"Cookie": f"{COOKIE}={cookie}"} if cookie else None
        try:
            async with websockets.connect(ws_url, subprotocols=["streamlit"], max_size=None,
                                          origin=base, open_timeout=timeout,
                                          additional_headers=headers) as ws:
                if ws.response is not None:
                    cookie = _cookie_from(ws.response.headers.get_all("Set-Cookie")) or cookie
                try:
                    first = await _run(ws, _rerun(query=query), timeout, cache)
                except TimeoutError:
                    result.errors.append(f"session {index}: first page timed out")
                    continue
                connected_once = True
                if lost_at is not None:
                    result.gaps.append(time.monotonic() - lost_at)
                    lost_at = None
                    if confirmed is not None:
                        result.isolation += _check(first, confirmed, others,
                                                   f"session {index} after reconnecting")
                query = first.query if first.query is not None else query
                if first.widgets.get(SOURCE_LABEL) is None:
                    result.errors.append(f"session {index}: no {SOURCE_LABEL!r} widget")
                    return result
                while time.monotonic() < until:
                    if think:
                        await asyncio.sleep(min(rng.uniform(*think),
                                                max(0.0, until - time.monotonic())))
                        if time.monotonic() >= until:
                            break
                    want = mine[step % len(mine)]
                    started = time.perf_counter()
                    try:
                        page = await _run(ws, _rerun(first.widgets, want, query), timeout,
                                          cache)
                    except TimeoutError:
                        result.errors.append(f"session {index}: action {step} timed out")
                        step += 1
                        continue
                    result.times.append(time.perf_counter() - started)
                    result.errors += [f"session {index}: {e}" for e in page.exceptions]
                    result.isolation += _check(page, want, others,
                                               f"session {index} step {step}")
                    if page.map_types is None:
                        result.errors.append(f"session {index} step {step}: no map markers")
                    confirmed, step = want, step + 1
                    query = page.query if page.query is not None else query
        except (OSError, websockets.WebSocketException) as exc:
            if lost_at is None:
                lost_at = time.monotonic()
                if connected_once:
                    result.interrupted += 1
            if not connected_once and time.monotonic() - lost_at > timeout:
                result.errors.append(f"session {index}: connection failed: {exc!r}")
                return result
            await asyncio.sleep(RECONNECT_PAUSE_S)
    result.references = cache.references
    if lost_at is not None:
        gap = time.monotonic() - lost_at
        result.gaps.append(gap)
        result.errors.append(f"session {index}: still without a page at the end ({gap:.1f} s)")
    return result


# ---------------------------------------------------------------- real browsers


@dataclass
class Clock:
    """Lets the browsers open their pages before the timed window starts for everyone."""

    ready: threading.Event = field(default_factory=threading.Event)
    go: threading.Event = field(default_factory=threading.Event)
    until: float = 0.0


def browser_sessions(count: int, base: str, clock: Clock, timeout: float, data: Path,
                     offset: int) -> list[SessionResult]:
    """Chromium pages toggling one source type each; runs in a thread beside the event loop."""
    try:
        return _browser_sessions(count, base, clock, timeout, data, offset)
    finally:
        clock.ready.set()  # never leave the protocol sessions waiting on a failed start


def _browser_sessions(count: int, base: str, clock: Clock, timeout: float, data: Path,
                      offset: int) -> list[SessionResult]:
    if count <= 0:
        return []
    from playwright.sync_api import sync_playwright

    loaded = load(data)
    ds, table = loaded.dataset, loaded.table
    total = table[table["review_status"] != "machine_extracted"]["claim_id"].nunique()

    def expected(types: tuple[str, ...]) -> tuple[str, str]:
        f = ClaimFilter(source_types=None if set(types) == set(SOURCE_TYPE_NAMES) else types)
        summary = f.describe(claimant_names={k: v.name for k, v in ds.claimants.items()},
                             report_titles={k: v.title for k, v in ds.reports.items()},
                             event_titles={k: v.title for k, v in ds.events.items()})
        return summary, f"{claims_of(f.apply(table))['claim_id'].nunique()} of {total}"

    results = [SessionResult(offset + i) for i in range(count)]
    idle = "[data-testid='stApp'][data-test-script-state='notRunning']"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=os.environ.get("CHROMIUM_PATH",
                                                                    "/usr/bin/chromium"),
                                     args=["--no-sandbox", "--disable-gpu"])
        pages = []
        for _ in range(count):
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            # Nothing leaves the machine: tiles and anything else off 127.0.0.1 are refused.
            context.route("**/*", lambda route: route.continue_()
                          if urlsplit(route.request.url).hostname in ("127.0.0.1", "localhost")
                          else route.abort())
            page = context.new_page()
            page.goto(base)
            page.wait_for_selector(idle, timeout=timeout * 1000)
            pages.append(page)
        present = [s for s in SOURCE_TYPE_NAMES if (table["source_type"] == s).any()]
        state = [list(SOURCE_TYPE_NAMES) for _ in range(count)]
        step = 0
        clock.ready.set()
        clock.go.wait()
        while time.monotonic() < clock.until:
            for i, page in enumerate(pages):
                r = results[i]
                toggled = present[(offset + i) % len(present)]
                label = SOURCE_TYPE_NAMES[toggled]
                sidebar = page.locator("[data-testid='stSidebar']")
                started = time.perf_counter()
                try:
                    if toggled in state[i]:
                        sidebar.locator(f"button[aria-label='Remove {label}']").first.click()
                        state[i].remove(toggled)
                    else:
                        sidebar.locator("[data-testid='stMultiSelect']").first.locator(
                            "input").click()
                        page.get_by_role("option", name=label, exact=True).click()
                        page.keyboard.press("Escape")
                        state[i].append(toggled)
                    want = tuple(s for s in SOURCE_TYPE_NAMES if s in state[i])
                    summary, shown = expected(want)
                    page.wait_for_function(
                        "s => [...document.querySelectorAll('[data-testid=stCaptionContainer]')]"
                        ".some(e => e.innerText === 'Showing: ' + s)", arg=summary,
                        timeout=timeout * 1000)
                    page.wait_for_selector(idle, timeout=timeout * 1000)
                    r.times.append(time.perf_counter() - started)
                    metric = page.locator("[data-testid='stMetric']").filter(
                        has_text="Claims shown").locator("[data-testid='stMetricValue']")
                    if metric.inner_text() != shown:
                        r.isolation.append(f"browser {i} step {step}: expected {shown}, "
                                           f"saw {metric.inner_text()}")
                except Exception as exc:  # every failure is counted; the run goes on
                    r.errors.append(f"browser {i} step {step}: {type(exc).__name__}: "
                                    f"{str(exc).splitlines()[0][:200]}")
                    page.goto(base)
                    page.wait_for_selector(idle, timeout=timeout * 1000)
                    state[i] = list(SOURCE_TYPE_NAMES)
            step += 1
        browser.close()
    return results


# ---------------------------------------------------------------- the server and its memory


def rss_mb(pid: int) -> float | None:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    m = re.search(r"^VmRSS:\s+(\d+)\s+kB", text, re.MULTILINE)
    return int(m.group(1)) / 1024 if m else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_healthy(proc: subprocess.Popen[bytes], base: str, what: str) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2):  # noqa: S310
                return
        except OSError:
            if proc.poll() is not None:
                raise SystemExit(f"{what} exited before becoming healthy") from None
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit(f"{what} did not become healthy in 90 s")


def start_server(data: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, DASHBOARD_DATA=str(data), PYTHONPATH=str(ROOT))
    # the command `serve` runs for one process, so what is measured is what is deployed
    proc = subprocess.Popen(
        [*worker_command(port, "127.0.0.1", app=APP, watch_files=False), "--", "--data",
         str(data)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_healthy(proc, base, "the dashboard")
    return proc, base


def start_serve(data: Path, workers: int, runtime: Path) -> tuple[subprocess.Popen[bytes], str]:
    """`python -m dashboard serve --workers N`, the way an operator starts it; its runtime
    folder says which process is which worker."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashboard", "serve", "--workers", str(workers), "--port",
         str(port), "--worker-port", str(_free_port()), "--runtime", str(runtime),
         "--data", str(data)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_healthy(proc, base, "serve --workers")
    # the proxy answers once one worker is up: wait for all of them
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        pids = worker_pids(runtime)
        if pids and all(pid and _healthy(f"http://{addr}") for addr, pid in pids.items()):
            time.sleep(2.5)  # the proxy's next health check sees them too (inter 1 s)
            return proc, base
        time.sleep(0.5)
    return proc, base


def _healthy(base: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2):  # noqa: S310
            return True
    except OSError:
        return False


def worker_pids(runtime: Path | None) -> dict[str, int | None]:
    """Worker address -> process id, from the state file `serve` keeps in its runtime folder."""
    if runtime is None:
        return {}
    try:
        state = json.loads((runtime / STATE_FILE).read_text())
    except (OSError, ValueError):
        return {}
    return {w["address"]: w["pid"] for w in state.get("workers", [])}


def proxy_pid(runtime: Path | None) -> int | None:
    """The proxy's process id, from the same state file."""
    if runtime is None:
        return None
    try:
        return json.loads((runtime / STATE_FILE).read_text()).get("proxy")
    except (OSError, ValueError):
        return None


def own_cpu_seconds() -> float:
    """This load script's own CPU (every thread): it shares the machine with the servers."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time a process has used so far (/proc/<pid>/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Memory:
    """RSS samples per process: the single server by pid, or each worker by address."""

    samples: dict[str, list[float]] = field(default_factory=dict)
    first: dict[str, float] = field(default_factory=dict)
    # CPU seconds per process id (a restarted worker is a new id), first and last reading
    cpu: dict[int, list[float]] = field(default_factory=dict)
    proxy_cpu: dict[int, list[float]] = field(default_factory=dict)
    own_cpu: list[float] = field(default_factory=list)

    def cpu_used(self) -> float:
        return sum(v[-1] - v[0] for v in self.cpu.values())

    def sample(self, pid: int | None, runtime: Path | None) -> None:
        own = own_cpu_seconds()
        self.own_cpu = [self.own_cpu[0] if self.own_cpu else own, own]  # first, latest
        proxy = proxy_pid(runtime)
        used = cpu_seconds(proxy) if proxy else None
        if proxy and used is not None:
            self.proxy_cpu.setdefault(proxy, [used, used])[1] = used
        targets: dict[str, int | None] = dict(worker_pids(runtime))
        if pid and not targets:
            targets[f"pid {pid}"] = pid
        for name, p in targets.items():
            value = rss_mb(p) if p else None
            used = cpu_seconds(p) if p else None
            if used is not None:
                self.cpu.setdefault(p, [used, used])[1] = used
            if value is not None:
                self.first.setdefault(name, value)
                self.samples.setdefault(name, []).append(value)


async def sample_memory(memory: Memory, pid: int | None, runtime: Path | None,
                        stop: asyncio.Event) -> None:
    while not stop.is_set():
        memory.sample(pid, runtime)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=0.5)


async def kill_worker(runtime: Path, at: float, started: float, log: list[str]) -> None:
    """SIGKILL the first worker at second ``at`` of the run, as a crash would end it."""
    await asyncio.sleep(max(0.0, started + at - time.monotonic()))
    pids = worker_pids(runtime)
    victim = next(((a, p) for a, p in pids.items() if p), None)
    if victim is None:
        log.append(f"--kill-worker: no running worker in {runtime / STATE_FILE}")
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(victim[1], signal.SIGKILL)
    log.append(f"killed worker {victim[0]} (pid {victim[1]}) at "
               f"{time.monotonic() - started:.1f} s")


def _quantiles(times: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else times * 99
    return q[49], q[94]


async def run(base: str, pid: int | None, data: Path, sessions: int, seconds: float,
              timeout: float, browsers: int = 0, think: tuple[float, float] | None = None,
              runtime: Path | None = None, kill_at: float | None = None,
              max_gap: float = 10.0) -> int:
    per_session, all_summaries = expectations(data, sessions)
    memory = Memory()
    stop = asyncio.Event()
    sampler = asyncio.create_task(sample_memory(memory, pid, runtime, stop))
    clock = Clock()
    in_browsers = asyncio.create_task(asyncio.to_thread(
        browser_sessions, browsers, base, clock, timeout, data, sessions))
    await asyncio.to_thread(clock.ready.wait)
    started = time.monotonic()
    clock.until = until = started + seconds
    clock.go.set()
    kills: list[str] = []
    killer = asyncio.create_task(kill_worker(runtime, kill_at, started, kills)) \
        if kill_at is not None and runtime is not None else None
    results, browser_results = await asyncio.gather(asyncio.gather(*[
        session(i, base, per_session[i], set(all_summaries) - {e.summary for e in per_session[i]},
                until, timeout, think)
        for i in range(sessions)]), in_browsers)
    wall = time.monotonic() - started
    stop.set()
    await sampler
    if killer:
        killer.cancel()

    times = sorted(t for r in results for t in r.times)
    errors = [e for r in [*results, *browser_results] for e in r.errors]
    isolation = [e for r in [*results, *browser_results] for e in r.isolation]
    gaps = sorted(g for r in results for g in r.gaps)
    pace = f"think {think[0]:g}-{think[1]:g} s" if think else "back to back"
    print(f"target {base}; {sessions} concurrent sessions, {pace}, for {seconds:.0f} s "
          f"(wall {wall:.1f} s); dataset {data}")
    for k in kills:
        print(k)
    print(f"actions completed: {len(times)} ({len(times) / wall:.2f}/s); "
          f"per session min {min(len(r.times) for r in results)}, "
          f"max {max(len(r.times) for r in results)}")
    if times:
        p50, p95 = _quantiles(times)
        print(f"response time (rerun sent -> script finished): p50 {p50:.2f} s, "
              f"p95 {p95:.2f} s, max {times[-1]:.2f} s")
    print(f"elements the pages had already, sent as references (as to a browser): "
          f"{sum(r.references for r in results)}")
    if gaps or kills:
        long = [g for g in gaps if g > max_gap]
        print(f"reconnects: {len(gaps)} (actions cut off: {sum(r.interrupted for r in results)});"
              f" longest time a reader had no page: {max(gaps, default=0):.1f} s; "
              f"readers without a page for more than {max_gap:g} s: {len(long)}")
        errors += [f"a reader was without a page for {g:.1f} s" for g in long]
    if browser_results:
        b_times = sorted(t for r in browser_results for t in r.times)
        line = f"{len(browser_results)} real browser sessions: {len(b_times)} filter changes"
        if len(b_times) > 1:
            p50, p95 = _quantiles(b_times)
            line += (f"; click -> page idle again: p50 {p50:.2f} s, p95 {p95:.2f} s, "
                     f"max {b_times[-1]:.2f} s")
        print(line)
    for name, values in sorted(memory.samples.items()):
        print(f"RSS {name}: first {memory.first[name]:.0f} MB, peak {max(values):.0f} MB, "
              f"end {values[-1]:.0f} MB ({len(values)} samples)")
    if memory.cpu and times:
        used = memory.cpu_used()
        print(f"server CPU during the run: {used:.1f} s, {1000 * used / len(times):.0f} ms per "
              f"action (less sensitive to other load on the machine than the times above)")
    if memory.proxy_cpu:
        print(f"proxy CPU during the run: "
              f"{sum(v[-1] - v[0] for v in memory.proxy_cpu.values()):.1f} s")
    if len(memory.own_cpu) == 2:
        print(f"this load script's own CPU during the run (same machine): "
              f"{memory.own_cpu[1] - memory.own_cpu[0]:.1f} s")
    print(f"errors: {len(errors)}")
    for e in errors[:20]:
        print(f"  {e}")
    print(f"isolation failures (a session seeing a filter it did not set): {len(isolation)}")
    for e in isolation[:20]:
        print(f"  {e}")
    return 1 if errors or isolation or not times else 0


def _think(text: str) -> tuple[float, float]:
    lo, _, hi = text.partition(",")
    try:
        low, high = float(lo), float(hi or lo)
    except ValueError:
        raise argparse.ArgumentTypeError("expected MIN,MAX in seconds, e.g. 5,15") from None
    if not 0 <= low <= high <= 300:
        raise argparse.ArgumentTypeError("expected 0 <= MIN <= MAX <= 300")
    return low, high


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--think", type=_think, default=None, metavar="MIN,MAX",
                        help="seconds a reader waits between actions, random in this range "
                             "(default: back to back)")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds one action may take before it counts as an error")
    parser.add_argument("--browsers", type=int, default=None,
                        help="real chromium sessions alongside, changing filters back to back "
                             "(0 for none; default 2, or 0 with --think, --workers or --url)")
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--url", default=None,
                        help="a dashboard or its proxy already running on 127.0.0.1 "
                             "(default: start one)")
    parser.add_argument("--pid", type=int, default=None,
                        help="with --url: the server's process id, for its memory")
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help="start `python -m dashboard serve --workers N` (HAProxy) and "
                             "target its proxy (default: one dashboard process, no proxy)")
    parser.add_argument("--runtime", type=Path, default=None, metavar="DIR",
                        help="with --url: the runtime folder of `serve --workers`, for each "
                             "worker's memory and --kill-worker")
    parser.add_argument("--kill-worker", type=float, default=None, metavar="AT",
                        help="SIGKILL one worker at second AT of the run (needs --workers "
                             "or --runtime)")
    parser.add_argument("--max-gap", type=float, default=10.0, metavar="S",
                        help="a reader without a page for longer than this is an error")
    args = parser.parse_args(argv)
    if args.browsers is None:
        # browsers click back to back: beside a crowd of thinking readers, or against a
        # proxy whose worker is killed, they would measure themselves, not the readers
        crowd = args.think or args.workers or args.url or args.kill_worker is not None
        args.browsers = 0 if crowd else 2
    if not 1 <= args.sessions <= MAX_SESSIONS or not 0 < args.seconds <= MAX_SECONDS \
            or not 0 <= args.browsers <= 10:
        parser.error(f"--sessions 1..{MAX_SESSIONS}, --seconds up to {MAX_SECONDS}, "
                     "--browsers 0..10")
    if args.workers is not None and not 1 <= args.workers <= 16:
        parser.error("--workers 1..16")
    if args.kill_worker is not None and args.workers is None and args.runtime is None:
        parser.error("--kill-worker needs --workers N or --runtime DIR")
    proc, runtime, tmp = None, args.runtime, None
    if args.url:
        host = urlsplit(args.url).hostname
        if host not in ("127.0.0.1", "localhost"):
            parser.error("only a dashboard on 127.0.0.1 may be targeted")
        base, pid = args.url.rstrip("/"), args.pid
    elif args.workers is not None:
        tmp = tempfile.TemporaryDirectory(prefix="load-serve-")
        runtime = Path(tmp.name)
        proc, base = start_serve(args.data.resolve(), args.workers, runtime)
        pid = None
    else:
        proc, base = start_server(args.data.resolve())
        pid = proc.pid
    try:
        return asyncio.run(run(base, pid, args.data.resolve(), args.sessions, args.seconds,
                               args.timeout, args.browsers, args.think, runtime,
                               args.kill_worker, args.max_gap))
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    sys.exit(main())
