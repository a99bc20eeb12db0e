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
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests" / "fixtures" / "corpus")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    corpus = sorted(p.stem for p in args.corpus.glob("*.yaml"))
    order = ["dev", "heldout", "heldout2", "blind"]
    corpus.sort(key=lambda n: (order.index(n) if n in order else len(order), n))
    for name in (args.set.split(",") if args.set else ["seeds", *corpus]):
        if name == "seeds":
            _print("seeds (5 reports)", score(args.annotation, args.seeds), args.verbose)
        elif name in corpus:
            _print(f"own corpus: {name}", score_corpus([args.corpus / f"{name}.yaml"]),
                   args.verbose)
        else:
            ap.error(f"unknown set {name!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
