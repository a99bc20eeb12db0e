"""Many readers at once: concurrent sessions changing filters against a dashboard on 127.0.0.1.

Usage:
    python benchmarks/load_sessions.py [--sessions 20] [--seconds 60] [--data DIR]
    python benchmarks/load_sessions.py --url http://127.0.0.1:8501 --pid 1234   # a running one

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

Memory: the server's resident set size (VmRSS, /proc/<pid>/status), sampled twice a second.
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
import re
import socket
import statistics
import subprocess
import sys
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
from dashboard.models import SOURCE_TYPE_NAMES  # noqa: E402
from dashboard.table import claims_of, load  # noqa: E402

APP = ROOT / "dashboard" / "ui" / "app.py"
SOURCE_LABEL = "Source type of the claimant"
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


def expectations(data: Path, sessions: int) -> tuple[list[list[Expected]], list[str]]:
    """Per session, its own source-type subsets with the page text each must produce."""
    loaded = load(data)
    table = loaded.table
    ds = loaded.dataset
    present = [st for st in SOURCE_TYPE_NAMES if (table["source_type"] == st).any()]
    every = list(SOURCE_TYPE_NAMES)
    subsets = [c for n in range(1, len(present) + 1) for c in itertools.combinations(present, n)
               if set(c) != set(every)]
    if len(subsets) < sessions:
        raise SystemExit(f"only {len(subsets)} distinct filters for {sessions} sessions")
    reviewed = table[table["review_status"] != "machine_extracted"]
    total = reviewed["claim_id"].nunique()
    table_by_filter: list[Expected] = []
    for subset in subsets:
        f = ClaimFilter(source_types=tuple(subset))
        summary = f.describe(
            claimant_names={k: v.name for k, v in ds.claimants.items()},
            report_titles={k: v.title for k, v in ds.reports.items()},
            event_titles={k: v.title for k, v in ds.events.items()})
        selected = f.apply(table)
        shown = claims_of(selected)["claim_id"].nunique()
        table_by_filter.append(Expected(
            tuple(subset), tuple(SOURCE_TYPE_NAMES[s] for s in subset), summary,
            f"{shown} of {total}", int(selected["mapped"].sum())))
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


async def _run(ws: websockets.ClientConnection, msg: BackMsg, timeout: float) -> Page:
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
        if kind == "script_finished":
            # 0 = finished successfully; the others are reruns superseding it or errors.
            if fwd.script_finished in (0,):
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


def _rerun(widget_id: str | None = None, labels: tuple[str, ...] = ()) -> BackMsg:
    msg = BackMsg()
    msg.rerun_script.query_string = ""
    msg.rerun_script.page_script_hash = ""
    if widget_id:
        state = msg.rerun_script.widget_states.widgets.add()
        state.id = widget_id
        state.string_array_value.data.extend(labels)
    return msg


async def session(index: int, base: str, mine: list[Expected], others: set[str],
                  until: float, timeout: float) -> SessionResult:
    result = SessionResult(index)
    parts = urlsplit(base)
    ws_url = f"ws://{parts.netloc}/_stcore/stream"
    try:
        async with websockets.connect(ws_url, subprotocols=["streamlit"], max_size=None,
                                      origin=base, open_timeout=timeout) as ws:
            first = await _run(ws, _rerun(), timeout)
            widget = first.widgets.get(SOURCE_LABEL)
            if widget is None:
                result.errors.append(f"session {index}: no {SOURCE_LABEL!r} widget on the page")
                return result
            for step in itertools.count():
                if time.monotonic() >= until:
                    break
                want = mine[step % len(mine)]
                started = time.perf_counter()
                try:
                    page = await _run(ws, _rerun(widget, want.labels), timeout)
                except TimeoutError:
                    result.errors.append(f"session {index}: action {step} timed out")
                    continue
                result.times.append(time.perf_counter() - started)
                result.errors += [f"session {index}: {e}" for e in page.exceptions]
                if page.summary != want.summary or page.shown != want.shown:
                    whose = "another session's filter" if page.summary in others else "wrong"
                    result.isolation.append(
                        f"session {index} step {step}: expected {want.summary!r} "
                        f"({want.shown}), saw {page.summary!r} ({page.shown}): {whose}")
                # The map itself: exactly this filter's markers, none of another source type.
                if page.map_types is not None and (
                        len(page.map_types) != want.mapped
                        or not set(page.map_types) <= set(want.subset)):
                    result.isolation.append(
                        f"session {index} step {step}: map carried {len(page.map_types)} "
                        f"markers of {sorted(set(page.map_types))}, expected {want.mapped} "
                        f"of {list(want.subset)}")
                if page.map_types is None:
                    result.errors.append(f"session {index} step {step}: no map markers sent")
    except (OSError, websockets.WebSocketException) as exc:
        result.errors.append(f"session {index}: connection failed: {exc!r}")
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


def start_server(data: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, DASHBOARD_DATA=str(data), PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--server.enableStaticServing", "true", "--server.fileWatcherType", "none",
         "--browser.gatherUsageStats", "false", "--", "--data", str(data)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2):  # noqa: S310
                return proc, base
        except OSError:
            if proc.poll() is not None:
                raise SystemExit("the dashboard exited before becoming healthy") from None
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit("the dashboard did not become healthy in 60 s")


async def sample_memory(pid: int, samples: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        value = rss_mb(pid)
        if value is not None:
            samples.append(value)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=0.5)


async def run(base: str, pid: int | None, data: Path, sessions: int, seconds: float,
              timeout: float, browsers: int = 0) -> int:
    per_session, all_summaries = expectations(data, sessions)
    memory: list[float] = []
    stop = asyncio.Event()
    sampler = asyncio.create_task(sample_memory(pid, memory, stop)) if pid else None
    baseline = rss_mb(pid) if pid else None
    clock = Clock()
    in_browsers = asyncio.create_task(asyncio.to_thread(
        browser_sessions, browsers, base, clock, timeout, data, sessions))
    await asyncio.to_thread(clock.ready.wait)
    started = time.monotonic()
    clock.until = until = started + seconds
    clock.go.set()
    results, browser_results = await asyncio.gather(asyncio.gather(*[
        session(i, base, per_session[i], set(all_summaries) - {e.summary for e in per_session[i]},
                until, timeout)
        for i in range(sessions)]), in_browsers)
    wall = time.monotonic() - started
    stop.set()
    if sampler:
        await sampler

    times = sorted(t for r in results for t in r.times)
    errors = [e for r in [*results, *browser_results] for e in r.errors]
    isolation = [e for r in [*results, *browser_results] for e in r.isolation]
    print(f"target {base}; {sessions} concurrent sessions for {seconds:.0f} s "
          f"(wall {wall:.1f} s); dataset {data}")
    print(f"actions completed: {len(times)} ({len(times) / wall:.2f}/s); "
          f"per session min {min(len(r.times) for r in results)}, "
          f"max {max(len(r.times) for r in results)}")
    if times:
        q = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else times * 99
        print(f"response time (rerun sent -> script finished): p50 {q[49]:.2f} s, "
              f"p95 {q[94]:.2f} s, max {times[-1]:.2f} s")
    if browser_results:
        b_times = sorted(t for r in browser_results for t in r.times)
        line = f"{len(browser_results)} real browser sessions: {len(b_times)} filter changes"
        if len(b_times) > 1:
            q = statistics.quantiles(b_times, n=100, method="inclusive")
            line += (f"; click -> page idle again: p50 {q[49]:.2f} s, p95 {q[94]:.2f} s, "
                     f"max {b_times[-1]:.2f} s")
        print(line)
    if memory:
        print(f"server RSS: before {baseline:.0f} MB, peak {max(memory):.0f} MB, "
              f"end {memory[-1]:.0f} MB ({len(memory)} samples, pid {pid})")
    print(f"errors: {len(errors)}")
    for e in errors[:20]:
        print(f"  {e}")
    print(f"isolation failures (a session seeing a filter it did not set): {len(isolation)}")
    for e in isolation[:20]:
        print(f"  {e}")
    return 1 if errors or isolation or not times else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds one action may take before it counts as an error")
    parser.add_argument("--browsers", type=int, default=2,
                        help="real chromium sessions alongside (0 for none)")
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--url", default=None,
                        help="a dashboard already running on 127.0.0.1 (default: start one)")
    parser.add_argument("--pid", type=int, default=None,
                        help="with --url: the server's process id, for its memory")
    args = parser.parse_args(argv)
    if not 1 <= args.sessions <= MAX_SESSIONS or not 0 < args.seconds <= MAX_SECONDS \
            or not 0 <= args.browsers <= 10:
        parser.error(f"--sessions 1..{MAX_SESSIONS}, --seconds up to {MAX_SECONDS}, "
                     "--browsers 0..10")
    proc = None
    if args.url:
        host = urlsplit(args.url).hostname
        if host not in ("127.0.0.1", "localhost"):
            parser.error("only a dashboard on 127.0.0.1 may be targeted")
        base, pid = args.url.rstrip("/"), args.pid
    else:
        proc, base = start_server(args.data.resolve())
        pid = proc.pid
    try:
        return asyncio.run(run(base, pid, args.data.resolve(), args.sessions, args.seconds,
                               args.timeout, args.browsers))
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    sys.exit(main())
