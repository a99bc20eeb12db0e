"""How far two hand annotations of the same reports agree, measured the way the extractor is.

Usage: python benchmarks/annotator_agreement.py REFERENCE.yaml OTHER.yaml [--verbose]

Both files follow tests/fixtures/corpus/ANNOTATION.md and hold the same reports (matched by
`id`). OTHER's annotation is scored as if it were the extractor's output against REFERENCE as
gold, with the scorer's own matching (dashboard/extract/scoring.add_report): the issue's
measures then say how often a second careful reader of the guide lands where the first did. That
is the ceiling an extractor can be judged against on annotations of this kind: a target above
the agreement of two people is a target on the annotators, not on the rules. Run it both ways
round; the figures counts differ with the direction (found against real).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.extract.ingest import IngestResult  # noqa: E402
from dashboard.extract.scoring import (  # noqa: E402
    Score,
    add_report,
    gold_district,
    incident_span,
)
from dashboard.gazetteer import Gazetteer, cached_gazetteer  # noqa: E402

# An annotation states no confidence: every field is judged under one family, at one level.
_NO_CONFIDENCE = {"level": "low", "family": "a hand annotation"}


def as_output(report: dict[str, Any], gazetteer: Gazetteer) -> IngestResult:
    """A hand annotation written as the extractor writes its output: each place a hit with its
    district and role (a `mixed` name is both roles), each figure a claim of its own with its
    claimant, source type and incident range."""
    places: list[dict[str, Any]] = []
    for p in report.get("places") or []:
        district = gold_district(p.get("district"), gazetteer)
        roles = ("context", "incident") if p.get("role") == "mixed" else (p.get("role"),)
        places += [{"mention": p["mention"], "district": district, "role": role}
                   for role in roles]
    claims = []
    for f in report.get("figures") or []:
        span = incident_span(f.get("incident"))
        start, end = (str(span[0]), str(span[1])) if span is not None else (None, None)
        claims.append({
            "figures": [{"raw": f["raw"], "count": f.get("count"), "category": f["category"],
                         "total": bool(f.get("total"))}],
            "claimant": f.get("claimant"), "source_type": f["source_type"],
            "date_start": start, "date_end": end,
            "date": f"{start}/{end}" if start and start != end else (start or "unknown"),
            "place_mentions": [],
            "confidence": {k: _NO_CONFIDENCE for k in ("claimant", "date", "figures", "places")},
        })
    return IngestResult(path=report.get("id"), published=None, places=places, claims=claims)


def agreement(reference: Path, other: Path, gazetteer: Gazetteer | None = None) -> Score:
    """OTHER scored against REFERENCE, report by report (a report missing from OTHER is
    skipped, and named in the misses)."""
    gaz = gazetteer if gazetteer is not None else cached_gazetteer()[0]
    theirs = {r["id"]: r for r in yaml.safe_load(other.read_text(encoding="utf-8"))["reports"]}
    total = Score()
    for gold in yaml.safe_load(reference.read_text(encoding="utf-8"))["reports"]:
        if gold["id"] not in theirs:
            total.misses.append(f"{gold['id']}: not in {other.name}")
            continue
        add_report(total, gold["id"], as_output(theirs[gold["id"]], gaz), gold, gaz)
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reference", type=Path)
    ap.add_argument("other", type=Path)
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    result = agreement(args.reference, args.other)
    print(f"== {args.other.name} against {args.reference.name}")
    for measure, value in result.issue_measures():
        print(f"  {measure:44s} {value}")
    if args.verbose:
        for miss in result.misses:
            print("   -", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
