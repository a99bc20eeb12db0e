"""Bytes of a first visit, through `serve --workers N` (HAProxy, gzip) and straight from one
dashboard process, on the same synthetic dataset.

Usage:
    python benchmarks/first_visit.py [--claims 100000] [--workers 2]

A fresh chromium context (empty cache) opens the page and waits until the map has drawn its
claims and the script is idle; chromium's own count of bytes received (HTTP bodies as sent,
i.e. compressed when the proxy compressed them, plus websocket frames) is printed, split as
benchmarks/bench_scale.py splits it: ``shell`` (Streamlit's scripts, fonts, vendored Leaflet:
the same for any data, cached by the browser after a first visit) and ``view`` (the page's
elements and the map's data file). Through the proxy, HAProxy's own count of bytes sent to
clients during the visit is printed too (its stats socket): chromium's count may miss what the
map's frame fetches, the proxy's cannot.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_scale import CHROMIUM, OFFLINE_ARGS, OURS_COUNT, measure_page, synthetic_dataset  # noqa: E402
from load_sessions import start_serve, start_server  # noqa: E402

from dashboard.serving import STATS_SOCKET, proxy_stats  # noqa: E402


def _proxy_bytes_out(runtime: Path) -> int | None:
    """Every byte the proxy has sent to browsers so far (headers, bodies as sent, websocket
    frames): what crossed the network, including what the map's frame fetched."""
    socket_path = runtime / STATS_SOCKET
    if not socket_path.exists():
        return None
    try:
        stats = proxy_stats(socket_path)
    except OSError:  # the socket of a proxy that has stopped
        return None
    rows = [r for r in stats if r.get("svname") == "FRONTEND"]
    # bout counts responses before the compression filter; comp_in of them went into it and
    # came out as comp_out
    return sum(int(r.get("bout") or 0) - int(r.get("comp_in") or 0) + int(r.get("comp_out") or 0)
               for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="first-visit-") as tmp:
        data = synthetic_dataset(args.claims, Path(tmp) / "data", seed=3)
        rows = []
        runtime = Path(tmp) / "runtime"
        for label, start in (
                (f"serve --workers {args.workers} (HAProxy, gzip)",
                 lambda: start_serve(data, args.workers, runtime)),
                ("one process, no proxy", lambda: start_server(data))):
            proc, base = start()
            try:
                with sync_playwright() as p:
                    browser = p.chromium.launch(executable_path=CHROMIUM, args=OFFLINE_ARGS)
                    try:
                        # a throwaway visit first: the server loads the dataset and publishes
                        # the map file once; a reader arriving later finds both ready
                        measure_page(browser, base, OURS_COUNT, timeout=240, with_filter=False)
                        # HAProxy adds a connection's bytes to its counters as it closes:
                        # let the throwaway visit's websocket close before counting, and the
                        # measured visit's (its browser context is closed by now) after
                        time.sleep(3)
                        before = _proxy_bytes_out(runtime)
                        out = measure_page(browser, base, OURS_COUNT, timeout=120,
                                           with_filter=False)
                        time.sleep(3)
                        after = _proxy_bytes_out(runtime)
                        if before is not None and after is not None:
                            out["proxy_bytes"] = after - before
                    finally:
                        browser.close()
            finally:
                proc.terminate()
                proc.wait(timeout=30)
            rows.append((label, out))
    print(f"first visit at {args.claims:,} claims (fresh browser cache):")
    for label, out in rows:
        print(f"  {label}: {out.get('bytes', 0) / 1e6:.2f} MB "
              f"(shell {out.get('shell_bytes', 0) / 1e6:.2f} MB, "
              f"view {out.get('view_bytes', 0) / 1e6:.2f} MB), map drawn in "
              f"{out.get('cold_load_s')} s, {out.get('count')} claim-places"
              + (f"; the proxy sent {out['proxy_bytes'] / 1e6:.2f} MB to clients"
                 if "proxy_bytes" in out else "")
              + (f"; timed out: {out['timed_out']}" if out.get("timed_out") else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
