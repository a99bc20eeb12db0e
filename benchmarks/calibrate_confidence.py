"""Measure each family of confidence cues against gold, per set and pooled, and the level the bar
gives it (dashboard/extract/confidence.py, measured_level), beside the level LEVELS sets now.

Usage: python benchmarks/calibrate_confidence.py CORPUS.yaml [CORPUS.yaml ...] [--late NAMES]
Each file is one set, named by its stem (real2.yaml is "real2"). --late names the sets held back
longest (default real11,real12): a family raised to high must pass in one of them.
A family whose measured level differs from LEVELS is marked "<- differs".
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.extract.confidence import LEVELS, measured_level  # noqa: E402
from dashboard.extract.scoring import REVIEWED, Score, score_corpus  # noqa: E402
from dashboard.gazetteer import cached_gazetteer  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, nargs="+", help="one annotated corpus file per set")
    ap.add_argument("--late", default="real11,real12")
    args = ap.parse_args(argv)
    gaz = cached_gazetteer()[0]
    scores: dict[str, Score] = {p.stem: score_corpus([p], gaz) for p in args.corpus}
    late = args.late.split(",")
    print("sets:", " ".join(scores), "| late:", ",".join(late))
    for name in REVIEWED:
        print(f"== {name}")
        families = sorted({f for s in scores.values() for f in s.families(name)})
        for family in families:
            by_set = {}
            for set_name, s in scores.items():
                c = s.families(name).get(family)
                if c:
                    by_set[set_name] = (c[True], c[True] + c[False])
            right = sum(r for r, _ in by_set.values())
            fields = sum(n for _, n in by_set.values())
            level = measured_level(by_set, late) if family else "-"
            now = LEVELS.get(family, "(not measured)")
            mark = "  <- differs" if family and level != now else ""
            per_set = " ".join(f"{k}:{r}/{n}" for k, (r, n) in by_set.items())
            print(f"  {family or '(no family)':48s} n={fields:4d} {right / fields:6.1%}"
                  f"  bar: {level:4s} now: {now}{mark}")
            print(f"      {per_set}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
