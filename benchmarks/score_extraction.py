"""Score the extraction pipeline: the seed reports, our own dev corpus and its held-out part.

Usage: python benchmarks/score_extraction.py [--set seeds,dev,heldout,heldout2,blind] [--verbose]
       [--annotation FILE] [--seeds DIR] [--corpus DIR]
Each set is scored on its own (never pooled): the held-out part is only for the final check.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.extract.scoring import Score, score, score_corpus  # noqa: E402


def _print(name: str, result: Score, verbose: bool) -> None:
    print(f"== {name}")
    for measure, value in result.issue_measures():
        print(f"  {measure:44s} {value}")
    m = result.metrics()
    print(f"  {'(older) place recall':44s} {m['place_recall']:6.1%}"
          f"   role accuracy {m['role_accuracy']:6.1%}"
          f"   claimant id {m['claimant_id_accuracy']:6.1%}")
    # The extractor's confidence: what a reviewer reading only the low fields reads and catches.
    for measure, value in result.review_load():
        print(f"  {'(confidence) ' + measure:44s} {value}")
    if verbose:
        for miss in result.misses:
            print("   -", miss)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default=None,
                    help="comma-separated: seeds and the names of the corpus files "
                         "(dev, heldout, heldout2, blind); default: all of them")
    ap.add_argument("--annotation", type=Path,
                    default=ROOT / "tests" / "fixtures" / "seed_annotations.yaml")
    # A worktree sits one level deeper than the main checkout; the seeds are shared by both.
    candidates = [ROOT.parent / "shared" / "seeds", ROOT.parents[1] / "shared" / "seeds"]
    seeds = next((p for p in candidates if p.is_dir()), candidates[0])
    ap.add_argument("--seeds", type=Path, default=seeds)
    ap.add_argument("--corpus", type=Path, action="append",
                    help="a folder of annotated sets (*.yaml); may be given again for sets kept "
                         "in several folders (default: tests/fixtures/corpus)")
    ap.add_argument("--pooled", action="store_true",
                    help="after the sets one by one, their fields summed over all of them: the "
                         "number to read for a group of held-out sets")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    folders = args.corpus or [ROOT / "tests" / "fixtures" / "corpus"]
    where = {p.stem: p for folder in folders for p in folder.glob("*.yaml")}
    order = ["dev", "heldout", "heldout2", "blind"]
    corpus = sorted(where, key=lambda n: (order.index(n) if n in order else len(order), n))
    names = args.set.split(",") if args.set else ["seeds", *corpus]
    for name in names:
        if name == "seeds":
            _print("seeds (5 reports)", score(args.annotation, args.seeds), args.verbose)
        elif name in where:
            _print(f"own corpus: {name}", score_corpus([where[name]]), args.verbose)
        else:
            ap.error(f"unknown set {name!r}")
    if args.pooled:
        sets = [n for n in names if n in where]
        _print(f"pooled: {', '.join(sets)}", score_corpus([where[n] for n in sets]), False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
