"""How ingest's time grows with the length of a hostile text: linear, or worse?

Usage: python benchmarks/bench_ingest_growth.py [--base-chars 12000] [--steps 3] [--repeat 3]

Each hostile unit (HOSTILE_UNITS) is repeated to base, 4x base, 16x base ... characters; for
each length the best of --repeat wall-clock runs and the Python work (python_work, the count
tests/unit/test_fuzz.py asserts on) are printed, with the growth from the previous length.
Linear growth prints about 4x per step; quadratic about 16x. Wall time includes the
regular-expression engine (C code the work count cannot see); the unit test asserts only the
count, which does not depend on how busy the machine is.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.dates import parse_date  # noqa: E402
from dashboard.extract.ingest import ingest_text  # noqa: E402
from dashboard.gazetteer import load_gazetteer  # noqa: E402

# Texts built to make a careless rule quadratic; tests/unit/test_fuzz.py uses the same ones.
HOSTILE_UNITS: dict[str, str] = {
    "endless sentence of places and digits": "Quetta, Mastung: ISPR said 1,2,3,4,5,6,7,8,9,0 ",
    "one speaker, thousands of sentences": "ISPR said 5 killed in Quetta. ",
    "endless run of place names": "Quetta Mastung Gwadar ",
}


def python_work(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> int:
    """Python lines executed plus calls made (Python functions and built-ins) while ``fn`` runs.

    A count of work, not a time: the same input gives the same count however busy the machine
    is, so a test can bound its growth without flaking. Any tracer or profiler already set
    (coverage, a debugger) is put back afterwards.
    """
    count = 0

    def trace(frame: Any, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1  # each call, line and return of Python code
        return trace

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        if event == "c_call":  # built-ins (str methods, regex calls) are not traced as lines
            count += 1

    old_trace, old_profile = sys.gettrace(), sys.getprofile()
    sys.settrace(trace)
    sys.setprofile(profile)
    try:
        fn(*args, **kwargs)
    finally:
        sys.settrace(old_trace)
        sys.setprofile(old_profile)
    return count


def hostile_text(unit: str, chars: int) -> str:
    """``unit`` repeated to at least ``chars`` characters."""
    return unit * (chars // len(unit) + 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base-chars", type=int, default=12_000)
    ap.add_argument("--steps", type=int, default=3, help="lengths: base, 4x base, 16x base ...")
    ap.add_argument("--repeat", type=int, default=3, help="wall-clock runs per length (best)")
    args = ap.parse_args()

    gaz, _ = load_gazetteer()
    pub = parse_date("2026-02-03")
    print(f"{'unit':40} {'chars':>9} {'best s':>8} {'x prev':>7} {'work':>11} {'x prev':>7}")
    for name, unit in HOSTILE_UNITS.items():
        prev_s = prev_work = None
        for step in range(args.steps):
            text = hostile_text(unit, args.base_chars * 4**step)
            runs = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                ingest_text(text, published=pub, gazetteer=gaz)
                runs.append(time.perf_counter() - started)
            best = min(runs)
            work = python_work(ingest_text, text, published=pub, gazetteer=gaz)
            grow_s = f"{best / prev_s:.1f}" if prev_s else "-"
            grow_w = f"{work / prev_work:.1f}" if prev_work else "-"
            print(f"{name:40} {len(text):>9,} {best:>8.2f} {grow_s:>7} {work:>11,} {grow_w:>7}")
            prev_s, prev_work = best, work
    return 0


if __name__ == "__main__":
    sys.exit(main())
