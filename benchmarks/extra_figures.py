"""Count extracted figures by what the extractor knows of each, extra or real, in numbers only.

Usage: python benchmarks/extra_figures.py --corpus DIR [--corpus DIR ...]

Issue 11 sorts the figures that are not figures of the report into classes: a count told again
(restatement), a part of a group counted before, a vague count, a count of the right size with
another act. This prints, per class, how many extracted figures the gold lacks ("extra") and how
many it has ("real"), so a round can see which class is largest on held-back sets without
reading a line of them: it prints no text, no report id, only counts.

Classes (the first that applies), read from the extracted figures alone, in text order:
  restates   the same count as an earlier figure of the same act in the report
  part       smaller than every earlier figure of the same act
  vague      no number in its words and not an exact count ("several", "dozens")
  first      the first figure of its act in the report
  larger     larger than an earlier figure of its act
and, across classes:
  marked part   its sentence, before it, marks a part ("including", "of them", "among")
  other act     the gold has a figure of this count with another act (right count, wrong act)
  named         its words open with a capitalised word that is no number or article: a person
                counted by name (round 21: how many named figures are real on each tier), also
                split by its class ("named/restates") and its claim's source ("named/state")
Then the same figures by their act ("act killed") and by the source type of their claim
("source state"), and each class by source type ("restates/state"): round 20 found the
tiers disagree there (a rights group's count told again is real on development and extra on
validation), which a rule of one pooled class cannot see.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.extract.scoring import (  # noqa: E402
    corpus_reports,
    ingest_corpus_report,
    match_figures,
)
from dashboard.extract.text import sentences  # noqa: E402

CLASSES = ("restates", "part", "vague", "first", "larger", "marked part", "other act", "named")
# the first word of a count's or a group's words, never a person's name
_NOT_NAMED_START = re.compile(
    r"(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|another|"
    r"several|dozens|many|both|all|some|his|her|their|hundreds|thousands|scores|at|over|"
    r"more|about|around|up|nearly|approximately|numerous|nine|multiple|they|he|she)\b",
    re.IGNORECASE)
_PART_MARK = re.compile(r"\b(?:including|included|of\s+(?:them|whom)|among)\b", re.IGNORECASE)


def figure_class(figure: dict[str, Any], earlier: list[dict[str, Any]]) -> str:
    """The class of one extracted figure given the earlier figures of the same act."""
    count = figure["count"]
    if count is not None and any(e["count"] == count for e in earlier):
        return "restates"
    if count is not None and earlier and all((e["count"] or 0) > count for e in earlier):
        return "part"
    if not re.search(r"\d", figure["raw"]) and figure["qualifier"] != "exact":
        return "vague"
    return "first" if not earlier else "larger"


def classify(rep: dict[str, Any]) -> Counter[tuple[str, str]]:
    """(class, "extra" or "real") -> how many, for one report with its gold."""
    text = rep["text"]
    result = ingest_corpus_report(rep)
    told = [(f, c.get("source_type") or "media") for c in result.claims for f in c["figures"]]
    extracted = [f for f, _ in told]
    used = {i for i in match_figures(rep.get("figures", []), extracted) if i is not None}
    starts = [s.start for s in sentences(text)]
    out: Counter[tuple[str, str]] = Counter()
    for i, (f, source_type) in enumerate(told):
        tag = "real" if i in used else "extra"
        at = f.get("start") or 0
        earlier = [e for e in extracted
                   if (e.get("start") or 0) < at and e["category"] == f["category"]]
        kind = figure_class(f, earlier)
        out[kind, tag] += 1
        out[f"act {f['category']}", tag] += 1
        out[f"source {source_type}", tag] += 1
        out[f"{kind}/{source_type}", tag] += 1
        opens = max((s for s in starts if s <= at), default=0)
        if _PART_MARK.search(text, opens, at):
            out["marked part", tag] += 1
        if any(w.get("count") == f["count"] and w["category"] != f["category"]
               for w in rep.get("figures", [])):
            out["other act", tag] += 1
        if re.match(r"(?-i:[A-Z][a-z])", f["raw"]) and not re.search(r"\d", f["raw"]) and \
                not _NOT_NAMED_START.match(f["raw"]):
            out["named", tag] += 1
            out[f"named/{kind}", tag] += 1
            out[f"named/{source_type}", tag] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, action="append", required=True,
                    help="a folder of gold YAML files; repeat for several")
    args = ap.parse_args(argv)
    total: Counter[tuple[str, str]] = Counter()
    for folder in args.corpus:
        for path in sorted(folder.glob("*.yaml")):
            for rep in corpus_reports(path):
                total += classify(rep)
    print(f"{'class':12s} {'extra':>6s} {'real':>6s}")
    for name in CLASSES:
        print(f"{name:12s} {total[name, 'extra']:6d} {total[name, 'real']:6d}")
    extra = sum(total[c, "extra"] for c in CLASSES[:5])
    real = sum(total[c, "real"] for c in CLASSES[:5])
    print(f"{'all':12s} {extra:6d} {real:6d}")
    for prefix in ("act ", "source "):
        print()
        for name in sorted({k for k, _ in total if k.startswith(prefix)}):
            print(f"{name:24s} {total[name, 'extra']:6d} {total[name, 'real']:6d}")
    print()
    for name in sorted({k for k, _ in total if "/" in k}):
        print(f"{name:24s} {total[name, 'extra']:6d} {total[name, 'real']:6d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
