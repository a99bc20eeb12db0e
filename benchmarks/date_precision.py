"""How precise the extracted dates are, beyond "the range holds the incident".

Usage: python benchmarks/date_precision.py [--set dev,heldout,...,blind6]

The scorer's date measure counts a range as right when it holds the gold date, so a claim that
spans a year holds an incident of one day. This prints, per set and overall, for figures that
match the gold and whose range holds it: how many ranges are exactly the gold's, and their mean
width in days. Narrower is better only while the range still holds.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.extract.scoring import (  # noqa: E402
    corpus_reports,
    incident_span,
    ingest_corpus_report,
    pair_figures,
)

SETS = "dev,heldout,heldout2,blind,blind2,blind3,blind4,blind5,blind6"


def measure(path: Path) -> tuple[int, int, int]:
    """(figures dated and held, exactly the gold range, total width in days) for one set."""
    held = exact = width = 0
    for rep in corpus_reports(path):
        result = ingest_corpus_report(rep)
        extracted = [(f, c) for c in result.claims for f in c["figures"]]
        gold = rep.get("figures", [])
        for want, i in zip(gold, pair_figures(gold, extracted), strict=True):
            if i is None:
                continue
            span, claim = incident_span(want.get("incident")), extracted[i][1]
            if span is None or not claim.get("date_start") or not claim.get("date_end"):
                continue
            start = date.fromisoformat(claim["date_start"])
            end = date.fromisoformat(claim["date_end"])
            if start <= span[0] and span[1] <= end:
                held += 1
                exact += (start, end) == span
                width += (end - start).days + 1
    return held, exact, width


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default=SETS)
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests" / "fixtures" / "corpus")
    args = ap.parse_args(argv)
    total = [0, 0, 0]
    for name in args.set.split(","):
        held, exact, width = measure(args.corpus / f"{name}.yaml")
        total = [total[0] + held, total[1] + exact, total[2] + width]
        if held:
            print(f"{name:10s} held {held:4d}   exactly the gold range {exact / held:6.1%}   "
                  f"mean width {width / held:6.1f} days")
    if total[0]:
        print(f"{'all':10s} held {total[0]:4d}   exactly the gold range {total[1] / total[0]:6.1%}"
              f"   mean width {total[2] / total[0]:6.1f} days")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
