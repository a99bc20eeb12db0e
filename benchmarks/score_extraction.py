"""Score the extraction pipeline against our annotation of the seed reports.

Usage: python benchmarks/score_extraction.py [--annotation FILE] [--seeds DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.extract.scoring import score  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--annotation", type=Path,
                    default=ROOT / "tests" / "fixtures" / "seed_annotations.yaml")
    # A worktree sits one level deeper than the main checkout; the seeds are shared by both.
    candidates = [ROOT.parent / "shared" / "seeds", ROOT.parents[1] / "shared" / "seeds"]
    seeds = next((p for p in candidates if p.is_dir()), candidates[0])
    ap.add_argument("--seeds", type=Path, default=seeds)
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    result = score(args.annotation, args.seeds)
    for name, value in result.metrics().items():
        print(f"{name:24s} {value:6.1%}")
    print(f"{'places':24s} {result.places_found}/{result.places} found; figures "
          f"{result.figures_matched}/{result.figures} found, {result.figures_extracted} extracted")
    if args.verbose:
        for miss in result.misses:
            print("  -", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
