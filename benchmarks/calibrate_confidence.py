"""Measure each family of confidence cues against gold, per set and pooled, and the level the bar
gives it (dashboard/extract/confidence.py, measured_level), beside the level LEVELS sets now.

Usage: python benchmarks/calibrate_confidence.py CORPUS.yaml [CORPUS.yaml ...] [--late NAMES]
Each file is one set, named by its stem (real2.yaml is "real2"). --late names the sets held back
longest (default: confidence.LATE_SETS): a family raised to high must pass in one of them.
A family whose measured level differs from LEVELS is marked "<- differs".
With --write, the per-set counts go to dashboard/extract/confidence_record.csv, the record the
levels are computed from (name only development sets: never a set still held back).
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.extract.confidence import (  # noqa: E402
    FAMILIES,
    LATE_SETS,
    LEVELS,
    RECORD_FILE,
    measured_level,
    pooled,
)
from dashboard.extract.scoring import REVIEWED, Score, score_corpus  # noqa: E402
from dashboard.gazetteer import cached_gazetteer  # noqa: E402
from dashboard.storage import write_atomic  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, nargs="+", help="one annotated corpus file per set")
    ap.add_argument("--late", default=",".join(LATE_SETS))
    ap.add_argument("--write", action="store_true",
                    help=f"write the per-set counts to {RECORD_FILE.relative_to(ROOT)}")
    args = ap.parse_args(argv)
    gaz = cached_gazetteer()[0]
    scores: dict[str, Score] = {p.stem: score_corpus([p], gaz) for p in args.corpus}
    late = args.late.split(",")
    print("sets:", " ".join(scores), "| late:", ",".join(late))
    rows: list[tuple[str, str, str, int, int]] = []
    differs = False
    for name in REVIEWED:
        print(f"== {name}")
        families = sorted({f for s in scores.values() for f in s.families(name)})
        for family in families:
            by_set = {}
            for set_name, s in scores.items():
                c = s.families(name).get(family)
                if c:
                    by_set[set_name] = (c[True], c[True] + c[False])
                    if family:
                        rows.append((name, family, set_name, c[True], c[True] + c[False]))
            right, fields = pooled(by_set)
            level = measured_level(by_set, late) if family else "-"
            now = LEVELS.get(family, "(not measured)")
            mark = "  <- differs" if family and level != now else ""
            differs = differs or bool(mark)
            per_set = " ".join(f"{k}:{r}/{n}" for k, (r, n) in by_set.items())
            print(f"  {family or '(no family)':48s} n={fields:4d} {right / fields:6.1%}"
                  f"  bar: {level:4s} now: {now}{mark}")
            print(f"      {per_set}")
    if args.write:
        write_record(rows, list(scores), args.corpus)
        if differs:
            # a claim merged from several sentences shows its first low judgement, so the
            # counts depend a little on the levels: the new levels need one more pass
            print("levels changed with this record: run --write again until none differs")
    return 0


def write_record(rows: list[tuple[str, str, str, int, int]], sets: list[str],
                 paths: list[Path]) -> None:
    unknown = sorted({family for _, family, *_ in rows} - set(FAMILIES))
    if unknown:
        raise SystemExit(f"families not in confidence.FAMILIES: {unknown}")
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                          capture_output=True).stdout.strip() or "unknown"
    out = io.StringIO()
    out.write(f"# Measured record of each confidence cue family: right / fields per set of real\n"
              f"# reports, scored against their gold. Written {date.today()} by\n"
              f"# benchmarks/calibrate_confidence.py --write on the rules at commit {head}\n"
              f"# (uncommitted changes not shown), from {', '.join(sets)}\n"
              f"# ({', '.join(str(p) for p in paths)}: gold and texts kept outside the\n"
              f"# repository for copyright; see dashboard/extract/CONFIDENCE.md).\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["field", "family", "set", "right", "fields"])
    w.writerows(rows)
    write_atomic(RECORD_FILE, out.getvalue())
    print(f"wrote {RECORD_FILE.relative_to(ROOT)} ({len(rows)} rows)")


if __name__ == "__main__":
    raise SystemExit(main())
