"""Server time of one filter change, with a profiler: where a rerun's time goes.

Usage:
    python benchmarks/profile_filter_change.py [--claims 100000] [--changes 6] [--top 15]

Runs the dashboard's script under Streamlit's AppTest (the same script a browser session runs,
without a browser or a socket), loads the page once, then changes the "Source type" filter
``--changes`` times, alternating between two selections a reader would pick, with cProfile
switched on in the script's thread. Prints the wall time of each change (median, min, max),
then the functions of the project with the most cumulative time across the profiled changes.

Each changed selection is new to the process on its first two runs (a cache has nothing to
give) and seen before afterwards: two readers choosing the same view, or one going back.
Both are reported: "first" (the first two changes) and "repeat" (the others).

``--claims 0`` (default) uses the bundled data; ``--claims N`` a synthetic dataset of N claims
from benchmarks/bench_scale.py.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_scale import synthetic_dataset  # noqa: E402
from streamlit.runtime.scriptrunner import script_runner  # noqa: E402, TID251
from streamlit.testing.v1 import AppTest  # noqa: E402, TID251

APP = ROOT / "dashboard" / "ui" / "app.py"


class ScriptProfile:
    """cProfile in the script's own thread (cProfile sees one thread; AppTest runs the page's
    script in another)."""

    def __init__(self) -> None:
        self.profile = cProfile.Profile()
        self.on = False
        original = script_runner.ScriptRunner._run_script

        def run(runner: object, rerun_data: object) -> None:
            if not self.on:
                return original(runner, rerun_data)
            self.profile.enable()
            try:
                return original(runner, rerun_data)
            finally:
                self.profile.disable()

        script_runner.ScriptRunner._run_script = run  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=0,
                        help="synthetic claims (0: the bundled data)")
    parser.add_argument("--changes", type=int, default=6)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--match", default="dashboard/",
                        help="only functions whose file matches this (default: the project)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="profile-change-") as tmp:
        data = ROOT / "data" if args.claims == 0 else synthetic_dataset(
            args.claims, Path(tmp) / "data", seed=3)
        os.environ["DASHBOARD_DATA"] = str(data)
        prof = ScriptProfile()
        at = AppTest.from_file(str(APP), default_timeout=600)
        started = time.perf_counter()
        at.run()
        first_load = time.perf_counter() - started
        if at.exception:
            print(at.exception, file=sys.stderr)
            return 1
        picks = [["state", "media"], ["armed_group", "political", "rights_group"]]
        times = []
        prof.on = True
        for i in range(args.changes):
            at.sidebar.multiselect(key="f_source_types").set_value(picks[i % 2])
            started = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - started)
            if at.exception:
                print(at.exception, file=sys.stderr)
                return 1
        prof.on = False
    label = "bundled data" if args.claims == 0 else f"{args.claims:,} synthetic claims"
    print(f"{label}: first page {first_load:.2f} s; one filter change (AppTest, cProfile on): "
          f"median {statistics.median(times):.3f} s, min {min(times):.3f} s, "
          f"max {max(times):.3f} s; first {', '.join(f'{t:.3f}' for t in times[:2])} s, "
          f"repeat median {statistics.median(times[2:] or times):.3f} s")
    out = io.StringIO()
    stats = pstats.Stats(prof.profile, stream=out)
    stats.sort_stats("cumulative").print_stats(args.match, args.top)
    print("\n".join(line for line in out.getvalue().splitlines()
                    if line.strip() and not line.startswith(("   Ordered", "   List"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
