"""Briefing exports: how long each takes to build and how big it is, for the bundled dataset.

Usage: python benchmarks/bench_briefing.py [--data DIR] [--repeat 3]

Prints one line per export (PNG drawn with matplotlib, standalone HTML with every asset inlined,
CSV, GeoJSON) with the best of --repeat wall-clock builds in seconds and the size in bytes,
plus the view encoded as a link. Nothing is fetched from the internet.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard import snapshot
from dashboard.assets import inline_assets
from dashboard.export import geojson_text, to_csv
from dashboard.legend import offmap_counts
from dashboard.pipeline import load
from dashboard.render import build_map
from dashboard.share import View, share_url


def best_of(repeat: int, build):
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = build()
        times.append(time.perf_counter() - start)
    return min(times), out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    loaded = load(args.data)
    table = loaded.table[loaded.table["review_status"] != "machine_extracted"]
    hq = [(p.name, p.lat, p.lon) for p in loaded.gazetteer.headquarters()
          if p.lat is not None and p.lon is not None]
    off = offmap_counts(table)
    summary = "Claims of every source type, all dates"
    builds = {
        "png": lambda: snapshot.png(table, summary=summary, hq=hq, offmap_counts=off),
        "html": lambda: inline_assets(build_map(table, hq=hq, summary=summary,
                                                offmap_counts=off).get_root().render(),
                                      embed_fonts=False),
        "csv": lambda: to_csv(table),
        "geojson": lambda: geojson_text(table),
    }
    print(f"claims={table['claim_id'].nunique()} claim_places={len(table)} "
          f"mapped={int(table['mapped'].sum())}")
    for name, build in builds.items():
        seconds, out = best_of(args.repeat, build)
        size = len(out if isinstance(out, bytes) else out.encode("utf-8"))
        print(f"{name:8s} build_s={seconds:.3f} bytes={size}")
    view = View.from_params({"source_types": "state,media", "date_from": "2026-01-29",
                             "date_to": "2026-02-05", "lat": "28.5", "lon": "66", "zoom": "7",
                             "mode": "brief"})
    link = share_url("http://127.0.0.1:8501/", view)
    print(f"link_chars={len(link)} {link}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
