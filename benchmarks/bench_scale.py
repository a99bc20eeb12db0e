"""Scale benchmark: the dashboard with 1,000 / 10,000 / 100,000 synthetic claims, side by side
with the naive approach (one folium Marker with a Popup per claim, drawn through st_folium).

Usage: python -m dashboard bench [--sizes 1000,10000,100000] [--json] [--naive-timeout 120]
   or: python benchmarks/bench_scale.py [same options]

For each size, and for each approach, it prints:
- build_s: seconds of Python to build the map of the whole selection and render it to the
  HTML/JS st_folium sends (ours: claims layer + basemap + legend; naive: one Marker + Popup each);
- bytes: bytes the browser received for a cold page view (empty cache), from chromium's own
  accounting (CDP): every HTTP response as transferred plus every websocket frame's payload,
  binary frames at their decoded size (an upper bound of what crossed the wire). It splits into
  shell_bytes (Streamlit's own scripts and fonts, ~5.8 MB because Streamlit serves them
  uncompressed, the map component's bundle and the vendored Leaflet: the same for any page of
  the server, cached by the browser after a first visit) and view_bytes (the page's elements
  over the websocket and the claims file the map fetches: what each view of the data costs).
  warm_bytes is a second view of the page in the same browser, its cache warm;
- cold_load_s: fresh browser context (empty cache) on a running server, from navigation start
  to the claims drawn in the map iframe (ours: the canvas painted or the DOM markers present;
  naive: its markers). first_visit_s is the same for the very first visit after the server
  started, which also pays for the script's first imports (streamlit_folium, folium, altair,
  matplotlib: several seconds on this machine) and the first read of the dataset;
- filter_s: from clicking away "State" in the source-type filter to the map showing the new
  count of claims. For our page, cold_load_s and filter_s are the median of --repeat (3) runs,
  each in a fresh browser context, listed under cold_load_runs and filter_runs; the naive page is
  measured once;
- rss_mb: resident memory of the server process tree (VmRSS from /proc), after the filter change.
Extra keys: load_s (first parse of the dataset, as the import command does it; later loads read
the on-disk cache, cached_load_s), and ``timed_out``: the metrics that hit a time cap, whose value
is then the cap (a lower bound), never an estimate.

Synthetic claims: six claimants (one per source type), 80% placed at one of 5,000 points
scattered over Balochistan's bounding box, 10% at a district, 7% province-wide, 3% country-wide,
dates over five years; ids, summaries and sources are generated, no real events.
Everything runs on 127.0.0.1; nothing is fetched from the internet (vendored Leaflet for both).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
VIEWPORT = {"width": 1400, "height": 1000}
# Every host but this machine resolves to nothing, so tiles and any stray CDN link fail at once
# and the pages are measured as they load offline; chromium's own background calls are off.
OFFLINE_ARGS = ["--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"]
KEYS = ("build_s", "bytes", "cold_load_s", "filter_s", "rss_mb")

CLAIMANTS = [("s-state", "Synthetic state spokesperson", "state"),
             ("s-armed", "Synthetic armed group", "armed_group"),
             ("s-political", "Synthetic political movement", "political"),
             ("s-rights", "Synthetic rights group", "rights_group"),
             ("s-media", "Synthetic outlet", "media"),
             ("s-dataset", "Synthetic event dataset", "dataset")]
INCIDENTS = ["attack", "security_operation", "abduction", "killing", "protest"]
DISTRICTS = ["quetta-district", "kech-district", "gwadar-district", "panjgur-district",
             "mastung-district", "khuzdar-district", "awaran-district", "kalat-district"]

NAIVE_APP = '''
import os, sys
sys.path.insert(0, {root!r})
import folium
import streamlit as st
from streamlit_folium import st_folium
from dashboard.assets import use_local_assets
from dashboard.models import SOURCE_TYPE_NAMES, SOURCE_TYPES
from dashboard.pipeline import load

st.set_page_config(layout="wide")
table = st.cache_resource(load)(os.environ["DASHBOARD_DATA"]).table
picked = st.sidebar.multiselect("Source type of the claimant", SOURCE_TYPES,
                                default=list(SOURCE_TYPES), format_func=SOURCE_TYPE_NAMES.get)
rows = table[table["mapped"] & table["source_type"].isin(picked)]
use_local_assets()
m = folium.Map(location=[28.5, 66.0], zoom_start=6, tiles=None)
for r in rows.itertuples(index=False):
    folium.Marker([r.lat, r.lon], popup=folium.Popup(
        f"<b>{{r.claimant}}</b><br>{{r.label}}: {{r.label_reason}}<br>{{r.summary}}",
        max_width=300)).add_to(m)
st_folium(m, height=640, use_container_width=True, returned_objects=[], key="naive")
'''


# --------------------------------------------------------------------------- data


def synthetic_dataset(n: int, out: Path, seed: int = 1) -> Path:
    """A dataset directory of n generated claims (see the module docstring)."""
    rng = random.Random(seed)  # noqa: S311 -- reproducible synthetic data, not secrets
    out.mkdir(parents=True, exist_ok=True)
    (out / "reports.yaml").write_text(yaml.safe_dump([{
        "id": "synthetic", "title": f"Synthetic claims ({n:,})", "outlet": "benchmark",
        "published": "2026-01-01", "published_basis": "generated for the benchmark"}]))
    (out / "claimants.yaml").write_text(yaml.safe_dump([
        {"id": i, "name": name, "source_type": st, "organisation": i}
        for i, name, st in CLAIMANTS]))
    (out / "events.yaml").write_text("[]\n")
    spots = [(rng.uniform(25.0, 31.5), rng.uniform(61.5, 70.0)) for _ in range(5000)]
    day0 = date(2021, 1, 1)
    lines = []
    for i in range(n):
        claimant = CLAIMANTS[rng.randrange(len(CLAIMANTS))][0]
        r = rng.random()
        if r < 0.8:
            k = rng.randrange(len(spots))
            place: Any = {"mention": f"Spot {k}", "lat": round(spots[k][0], 4),
                          "lon": round(spots[k][1], 4), "geo_precision": "point"}
        elif r < 0.9:
            place = {"mention": "district", "place_id": rng.choice(DISTRICTS)}
        else:
            place = "Balochistan" if r < 0.97 else "Pakistan"
        count = rng.randrange(0, 12)
        lines.append(json.dumps({
            "id": f"s{i}", "report": "synthetic", "claimant": claimant,
            "incident_type": rng.choice(INCIDENTS), "places": [place],
            "date": (day0 + timedelta(days=rng.randrange(1800))).isoformat(),
            "figures": [{"raw": str(count), "count": count, "category": "killed",
                         "who": "unspecified", "qualifier": "exact"}],
            "summary": f"Synthetic claim {i}, generated for the scale benchmark; no real event.",
            "sources": ["Synthetic source"]}, separators=(",", ":")))
    (out / "claims-synthetic.jsonl").write_text("\n".join(lines) + "\n")
    return out


# --------------------------------------------------------------------------- servers


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tree_rss_mb(pid: int) -> float:
    """VmRSS of a process and all its descendants (psutil is not installed)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{p}/task").iterdir():
                children = (task / "children").read_text().split()
                todo.extend(int(c) for c in children)
    return round(total / 1024, 1)


class Server:
    def __init__(self, script: Path, data: Path, env: dict[str, str], log: Path):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        cmd = [sys.executable, "-m", "streamlit", "run", str(script),
               "--server.port", str(self.port), "--server.address", "127.0.0.1",
               "--server.headless", "true", "--server.enableStaticServing", "true",
               "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false",
               "--theme.base", "light", "--", "--data", str(data)]
        full_env = {**os.environ, **env, "DASHBOARD_DATA": str(data),
                    "PYTHONPATH": str(ROOT)}
        with log.open("wb") as fh:
            self.process = subprocess.Popen(cmd, cwd=ROOT, env=full_env, stdout=fh,
                                            stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited:\n{log.read_text()[-2000:]}")
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=1).read()  # noqa: S310
                return
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("server not healthy after 60 s")

    def error(self) -> str | None:
        """The server's last traceback, if the app raised: a broken app must not pass for a
        slow one."""
        text = self.log.read_text(errors="replace")
        at = text.rfind("Traceback")
        return text[at:at + 1500] if at >= 0 else None

    def rss_mb(self) -> float:
        return _tree_rss_mb(self.process.pid)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


# --------------------------------------------------------------------------- browser

# Ours: the canvas painted (large selections) or the DOM markers present (small ones); the
# count is window.claimMarkerCount, which the claims layer sets once it has drawn.
OURS_COUNT = """() => {
  const c = document.querySelector('canvas.claim-canvas[data-drawn]');
  if (c) { return Number(c.getAttribute('data-claim-count')); }
  if (document.querySelector('.claim-marker, .marker-cluster')) {
    return window.claimMarkerCount === undefined ? -1 : window.claimMarkerCount; }
  return null; }"""
NAIVE_COUNT = """() => { const n = document.querySelectorAll('.leaflet-marker-icon').length;
  return n ? n : null; }"""


def _map_count(page: Any, script: str) -> int | None:
    for frame in page.frames:
        if frame == page.main_frame:
            continue
        with contextlib.suppress(Exception):
            value = frame.evaluate(script)
            if value is not None:
                return int(value)
    return None


def _wait_count(page: Any, script: str, timeout: float, *, differs_from: int | None = None
                ) -> tuple[float, int | None, bool]:
    """(seconds, count, timed_out): poll the map iframe until a count (a different one)."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        count = _map_count(page, script)
        if count is not None and count != -1 and (differs_from is None or count != differs_from):
            return time.monotonic() - start, count, False
        page.wait_for_timeout(50)
    return timeout, None, True


class Traffic:
    """Bytes the page received, as chromium counts them (HTTP and websocket frames).

    ``shell``: what any page of this server loads whatever the data, and a browser caches
    after a first visit: Streamlit's own scripts and fonts (/static/, served uncompressed by
    Streamlit), the map component's bundle (/component/) and the vendored Leaflet
    (/app/static/vendor/). ``view``: everything else, i.e. what a view of the data costs: the
    page's elements over the websocket and any data file the map fetches."""

    SHELL = ("/static/", "/component/", "/app/static/vendor/", "/favicon", "/_stcore/")

    def __init__(self, page: Any):
        self.shell = 0
        self.view = 0
        self.urls: dict[str, str] = {}
        self.cdp = page.context.new_cdp_session(page)
        self.cdp.send("Network.enable")
        self.cdp.on("Network.responseReceived", self._response)
        self.cdp.on("Network.loadingFinished", self._http)
        self.cdp.on("Network.webSocketFrameReceived", self._frame)

    def _response(self, event: dict) -> None:
        self.urls[event["requestId"]] = event["response"]["url"]

    def _http(self, event: dict) -> None:
        size = int(event.get("encodedDataLength") or 0)
        path = "/" + self.urls.get(event["requestId"], "").split("/", 3)[-1]
        if path == "/" or path.startswith(self.SHELL):
            self.shell += size
        else:
            self.view += size

    def _frame(self, event: dict) -> None:
        response = event.get("response") or {}
        payload = response.get("payloadData") or ""
        # binary frames (opcode 2) arrive base64-encoded: count their decoded size
        self.view += len(payload) * 3 // 4 if response.get("opcode") == 2 else len(payload)

    @property
    def total(self) -> int:
        return self.shell + self.view


def _wait_idle(page: Any, timeout: float) -> None:
    """Until Streamlit's script is not running (as the browser tests' wait_for_app), +300 ms."""
    with contextlib.suppress(Exception):
        page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']",
                               timeout=timeout * 1000)
    page.wait_for_timeout(300)


def measure_page(browser: Any, url: str, script: str, timeout: float, *,
                 with_filter: bool = True) -> dict[str, Any]:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    # Nothing leaves this machine (see OFFLINE_ARGS: the browser itself refuses other hosts;
    # routing every request through playwright would add its own delay to each of them).
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    traffic = Traffic(page)
    out: dict[str, Any] = {"timed_out": []}
    try:
        start = time.monotonic()
        page.goto(url, wait_until="commit", timeout=timeout * 1000)
        _, count, late = _wait_count(page, script, max(timeout - (time.monotonic()
                                                                       - start), 1))
        out["cold_load_s"] = round(time.monotonic() - start if not late else timeout, 2)
        if late:
            out["timed_out"] += ["cold_load_s", "bytes", "filter_s"]
            out["bytes"] = traffic.total
            out["filter_s"] = timeout
            return out
        # The rest of the page's first run (timeline, table) arrives after the map: a reader
        # clicks a filter on a page that has finished loading, so the click waits for that.
        _wait_idle(page, timeout)
        out["bytes"] = traffic.total
        out["view_bytes"], out["shell_bytes"] = traffic.view, traffic.shell
        out["count"] = count
        before = traffic.total
        if not with_filter:
            return out
        remove = page.locator('[data-testid="stSidebar"] button[aria-label="Remove State"]')
        start = time.monotonic()
        try:
            remove.first.click(timeout=timeout * 1000)
        except PlaywrightTimeout:
            # a page too busy to take the click within the cap (the naive one at 10,000+)
            out["filter_s"] = timeout
            out["timed_out"].append("filter_s")
            return out
        _, new_count, late = _wait_count(page, script, max(timeout - (time.monotonic() - start),
                                                           1), differs_from=count)
        out["filter_s"] = round(time.monotonic() - start if not late else timeout, 2)
        out["filter_bytes"] = traffic.total - before
        out["filtered_count"] = new_count
        if late:
            out["timed_out"].append("filter_s")
            return out
        # A returning reader: the same page again in this browser, its cache warm.
        _wait_idle(page, timeout)
        before = traffic.total
        page.goto(url, wait_until="commit", timeout=timeout * 1000)
        _wait_count(page, script, timeout)
        _wait_idle(page, timeout)
        out["warm_bytes"] = traffic.total - before
    finally:
        context.close()
    return out


# --------------------------------------------------------------------------- the two approaches


def build_ours(table: Any) -> float:
    from dashboard.render import build_map

    start = time.perf_counter()
    build_map(table).get_root().render()
    return time.perf_counter() - start


def build_naive(table: Any, cap: float) -> tuple[float, int, bool]:
    """(seconds, HTML bytes, timed_out) for one folium Marker + Popup per mapped claim."""
    import folium

    from dashboard.assets import use_local_assets

    use_local_assets()
    start = time.perf_counter()
    m = folium.Map(location=[28.5, 66.0], zoom_start=6, tiles=None)
    rows = table[table["mapped"]]
    for i, r in enumerate(rows.itertuples(index=False)):
        folium.Marker([r.lat, r.lon], popup=folium.Popup(
            f"<b>{r.claimant}</b><br>{r.label}: {r.label_reason}<br>{r.summary}",
            max_width=300)).add_to(m)
        if i % 500 == 0 and time.perf_counter() - start > cap:
            return cap, 0, True
    html = m.get_root().render()
    elapsed = time.perf_counter() - start
    return (min(elapsed, cap), len(html.encode()), elapsed > cap)


def run_size(n: int, work: Path, browser: Any, naive_timeout: float, log: Any,
             repeat: int = 3) -> dict:
    from dashboard.pipeline import load

    data = synthetic_dataset(n, work / f"data-{n}")
    env = {"DASHBOARD_CACHE": str(work / "cache")}
    os.environ.update(env)
    start = time.perf_counter()
    loaded = load(data)  # what `import` leaves behind: the parsed dataset cached on disk
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    loaded = load(data)
    cached_s = time.perf_counter() - start
    table = loaded.table
    result: dict[str, Any] = {"claims": n, "mapped": int(table["mapped"].sum()),
                              "load_s": round(load_s, 2), "cached_load_s": round(cached_s, 2)}

    log(f"[{n}] ours: building the map")
    result["build_s"] = round(min(build_ours(table) for _ in range(2)), 3)
    server = Server(ROOT / "dashboard" / "ui" / "app.py", data, env,
                    work / f"ours-{n}.log")
    try:
        log(f"[{n}] ours: first visit, then cold load and filter change in chromium")
        first = measure_page(browser, server.url, OURS_COUNT, timeout=90, with_filter=False)
        result["first_visit_s"] = first["cold_load_s"]
        # A 2-core machine shared with chromium moves single timings by half a second or more:
        # the page is measured `repeat` times (fresh context each) and the median reported.
        pages = [measure_page(browser, server.url, OURS_COUNT, timeout=60)
                 for _ in range(max(1, repeat))]
        page = pages[0]
        result.update({k: v for k, v in page.items() if k != "timed_out"})
        result["timed_out"] = sorted({k for pg in pages for k in pg["timed_out"]})
        for key in ("cold_load_s", "filter_s"):
            runs = [pg[key] for pg in pages if key in pg]
            result[key] = statistics.median(runs)
            result[key.replace("_s", "_runs")] = runs
        result["rss_mb"] = server.rss_mb()
        if server.error():
            raise RuntimeError(f"the dashboard raised at {n} claims:\n{server.error()}")
    finally:
        server.stop()

    log(f"[{n}] naive: building one Marker + Popup per claim (cap {naive_timeout:.0f} s)")
    naive: dict[str, Any] = {"timed_out": []}
    build_s, html_bytes, late = build_naive(table, naive_timeout)
    naive["build_s"] = round(build_s, 3)
    naive["html_bytes"] = html_bytes
    if late:
        naive["timed_out"].append("build_s")
    app = work / "naive" / "naive_app.py"
    app.parent.mkdir(exist_ok=True)
    app.write_text(NAIVE_APP.format(root=str(ROOT)))
    static = app.parent / "static"
    if not static.exists():
        static.symlink_to(ROOT / "dashboard" / "ui" / "static")
    server = Server(app, data, env, work / f"naive-{n}.log")
    try:
        log(f"[{n}] naive: first visit, cold load and filter change (cap {naive_timeout:.0f} s "
            "each)")
        first = measure_page(browser, server.url, NAIVE_COUNT, timeout=naive_timeout,
                             with_filter=False)
        naive["first_visit_s"] = first["cold_load_s"]
        if first["timed_out"]:
            naive["timed_out"].append("first_visit_s")
        page = measure_page(browser, server.url, NAIVE_COUNT, timeout=naive_timeout)
        naive.update({k: v for k, v in page.items() if k != "timed_out"})
        naive["timed_out"] += page["timed_out"]
        naive["rss_mb"] = server.rss_mb()
        if server.error():
            raise RuntimeError(f"the naive app raised at {n} claims:\n{server.error()}")
    finally:
        server.stop()
    result["naive"] = naive
    # A capped time is a lower bound, so its ratio is one too; a capped page's byte count is
    # only what arrived before the cap, which bounds nothing: no ratio then.
    result["ratio"] = {k: (round(naive[k] / result[k], 1) if result.get(k) and not (
        k == "bytes" and "bytes" in naive["timed_out"]) else None) for k in KEYS}
    # The view's own data, compared where the naive page could be measured; where it hit the
    # cap, its map HTML (what st_folium would have had to send) stands in, as a lower bound.
    naive_view = (naive.get("view_bytes") if "bytes" not in naive["timed_out"]
                  else naive.get("html_bytes"))
    result["ratio"]["view_bytes"] = (round(naive_view / result["view_bytes"], 1)
                                     if naive_view and result.get("view_bytes") else None)
    return result


def _table(results: dict[str, dict]) -> str:
    head = (f"{'claims':>8} {'approach':<6} {'build_s':>8} {'MB sent':>8} {'cold_s':>7} "
            f"{'filter_s':>8} {'rss_mb':>7} {'view MB':>8} {'warm MB':>8} {'1st visit':>9}")
    lines = [head, "-" * len(head)]
    for size, r in results.items():
        for name, row in (("ours", r), ("naive", r["naive"])):
            late = set(row.get("timed_out", []))

            def cell(key: str, value: Any, width: int, late: set = late) -> str:
                text = "n/a" if value is None else f"{value:.2f}"
                return (">" + text if key in late else text).rjust(width)

            mb = row.get("bytes")
            lines.append(
                f"{size:>8} {name:<6} {cell('build_s', row.get('build_s'), 8)} "
                f"{cell('bytes', mb / 1e6 if mb is not None else None, 8)} "
                f"{cell('cold_load_s', row.get('cold_load_s'), 7)} "
                f"{cell('filter_s', row.get('filter_s'), 8)} "
                f"{cell('rss_mb', row.get('rss_mb'), 7)} "
                f"{cell('bytes', (row.get('view_bytes') or 0) / 1e6, 8)} "
                f"{cell('bytes', (row.get('warm_bytes') or 0) / 1e6, 8)} "
                f"{cell('first_visit_s', row.get('first_visit_s'), 9)}")
        ratio = r["ratio"]
        lines.append(f"{'':>8} {'x':<6} " + " ".join(
            (f"{ratio[k]:.1f}x" if ratio.get(k) is not None else "n/a").rjust(w)
            for k, w in zip((*KEYS, "view_bytes"), (8, 8, 7, 8, 7, 8), strict=True)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--naive-timeout", type=float, default=120.0, metavar="S")
    parser.add_argument("--keep", action="store_true", help="keep the generated data and logs")
    parser.add_argument("--repeat", type=int, default=3, metavar="N",
                        help="cold loads (each with a filter change) of our page per size; the "
                             "median is reported, every run under cold_load_runs/filter_runs. "
                             "The naive page is measured once (its runs take minutes).")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    results: dict[str, dict] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=OFFLINE_ARGS)
            try:
                for n in sizes:
                    results[str(n)] = run_size(n, work, browser, args.naive_timeout, log,
                                               args.repeat)
                    log(json.dumps({str(n): results[str(n)]}))  # kept if a later size fails
            finally:
                browser.close()
    finally:
        if args.keep:
            log(f"data and server logs kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(_table(results))
        print("(>x: the naive approach hit its time cap; the value shown is the cap, a lower "
              "bound. MB sent: HTTP bodies + websocket payloads, as chromium counts them.)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
