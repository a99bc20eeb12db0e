"""Review loop speed: add a report, accept its claims, with W writer processes at once.

Usage: python benchmarks/bench_review.py [--reports 10] [--writers 1,2,4]
Works on a temp copy of data/ (never the bundled dataset). Each writer adds --reports generated
reports (texts written for this benchmark) and accepts every candidate; printed are the median
seconds of add_report and of one accept, total wall time, accepts per second, and whether the
dataset still validates with every writer's claims in it.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.curation.archive import draft_from_text  # noqa: E402
from dashboard.curation.workbench import Workbench  # noqa: E402
from dashboard.dataset import load_dataset  # noqa: E402

TOWNS = ["Turbat", "Panjgur", "Khuzdar", "Gwadar", "Kalat", "Nushki", "Sibi", "Zhob"]


def _text(writer: int, n: int) -> str:
    town = TOWNS[(writer + n) % len(TOWNS)]
    return (f"Officials said on Monday that forces killed {n + 2} militants near {town}.\n\n"
            f"Relatives said {writer + 1} men were abducted from {town} on Sunday (note {n}).\n")


def _writer(data: str, writer: int, reports: int, out: mp.Queue) -> None:
    wb = Workbench(data, f"bench{writer}")
    adds, accepts = [], []
    for n in range(reports):
        draft = draft_from_text(_text(writer, n)).with_(title=f"bench {writer}-{n}",
                                                        published="2026-03-04")
        t = time.perf_counter()
        under = wb.add_report(draft)
        adds.append(time.perf_counter() - t)
        for cand in under.candidates:
            t = time.perf_counter()
            wb.accept(under, cand)
            accepts.append(time.perf_counter() - t)
    out.put((adds, accepts))


def run(writers: int, reports: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(ROOT / "data", data)
        before = len(load_dataset(data).claims)
        queue: mp.Queue = mp.Queue()
        start = time.perf_counter()
        procs = [mp.Process(target=_writer, args=(str(data), w, reports, queue))
                 for w in range(writers)]
        for p in procs:
            p.start()
        results = [queue.get() for _ in procs]
        for p in procs:
            p.join()
        wall = time.perf_counter() - start
        adds = [x for a, _ in results for x in a]
        accepts = [x for _, b in results for x in b]
        ds = load_dataset(data)
        return {"writers": writers, "reports": writers * reports,
                "add_report_median_s": round(statistics.median(adds), 3),
                "accept_median_s": round(statistics.median(accepts), 3),
                "accepts": len(accepts), "wall_s": round(wall, 2),
                "accepts_per_s": round(len(accepts) / wall, 2),
                "claims_added": len(ds.claims) - before,
                "errors": len(ds.errors)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10, help="reports per writer")
    parser.add_argument("--writers", default="1,2,4")
    args = parser.parse_args(argv)
    for w in (int(x) for x in args.writers.split(",")):
        result = run(w, args.reports)
        print(json.dumps(result))
        if result["claims_added"] != result["accepts"] or result["errors"]:
            print("LOST WORK OR INVALID DATASET", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
