"""Why gold figures are missed: for each figure of a corpus file's gold that no extracted figure
matches, the cause seen where its words stand in the text: did `find_figures` put out a
candidate there (and did a filter drop it, or did it read another category or count), and if
not, was a number read there, a people word, an act word in the sentence.

    python benchmarks/figure_misses.py CORPUS.yaml [...] [--causes-only]

Each miss is listed with its gold `raw` and its cause, then the causes are counted.
`--causes-only` prints the cause names and their counts and nothing of the texts: the only form
to run on held-back sets (a cause names categories, never words of a report).
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

from dashboard.extract import ingest  # noqa: E402
from dashboard.extract.figures import _CAT_RE, _WHO_RE, FigureMention  # noqa: E402
from dashboard.extract.numbers import find_numbers  # noqa: E402
from dashboard.extract.scoring import (  # noqa: E402
    corpus_reports,
    ingest_corpus_report,
    match_figures,
)

# What ingest did with one report, recorded by wrapping its calls (ingest itself is unchanged):
# every sentence find_figures read with what it put out, the filter that dropped a candidate,
# and the text as ingest reads it (the spans index that text, not the file's).
_SEEN: list[tuple[int, int, list[FigureMention]]] = []
_DROPPED: dict[int, str] = {}
_TEXT: list[str] = []
_find, _restates, _no_act = ingest.find_figures, ingest.restates, ingest.names_no_act


def _find_seen(text: str, lo: int, hi: int, *args: Any, **kw: Any) -> list[FigureMention]:
    out = _find(text, lo, hi, *args, **kw)
    _TEXT[:] = [text]
    _SEEN.append((lo, hi, out))
    return out


def _restates_seen(text: str, f: FigureMention, *args: Any, **kw: Any) -> bool:
    dropped = _restates(text, f, *args, **kw)
    if dropped:
        _DROPPED[id(f)] = "restates"
    return dropped


def _no_act_seen(text: str, f: FigureMention, *args: Any, **kw: Any) -> bool:
    dropped = _no_act(text, f, *args, **kw)
    if dropped:
        _DROPPED[id(f)] = "names_no_act"
    return dropped


def cause(text: str, want: dict[str, Any]) -> str:
    """The cause of one missed gold figure, read from what the last ingest recorded."""
    raw = str(want["raw"])
    m = re.search(re.escape(raw), text, re.IGNORECASE)
    if m is None:
        return "raw not in text"
    a, b = m.span()
    near = [f for _, _, out in _SEEN for f in out if f.start < b and a < f.end]
    if near:
        kept = [f for f in near if id(f) not in _DROPPED]
        if not kept:
            return "candidate dropped by " + _DROPPED[id(near[0])]
        f = kept[0]
        if f.category != want["category"]:
            return f"candidate, other category: {f.category} for {want['category']}"
        if want.get("count") is not None and f.count != want["count"]:
            low = f.count is not None and f.count < want["count"]
            joined = re.search(r"\b(?:and|with)\b", raw, re.IGNORECASE) is not None
            return (f"candidate, other count ({'lower' if low else 'higher or none'}"
                    f"{', raw joins a person and a group' if joined else ''})")
        return "candidate kept by find_figures, lost in claims"
    sentence = next(((lo, hi) for lo, hi, _ in _SEEN if lo <= a < hi), None)
    number = any(n.start < b and a < n.end for n in find_numbers(text, a, b))
    people = any(r.search(raw) for r, _ in _WHO_RE)
    act = sentence is not None and any(r.search(text, *sentence) for r, _ in _CAT_RE)
    named = not number and re.search(r"(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)", raw) is not None
    kind = "number" if number else "named" if named else "no number"
    return (f"none: {kind}, {'people word' if people else 'no people word'}, "
            f"{'act in sentence' if act else 'no act in sentence'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+", type=Path)
    ap.add_argument("--causes-only", action="store_true",
                    help="print only cause names and counts (for held-back sets)")
    args = ap.parse_args(argv)
    ingest.find_figures, ingest.restates, ingest.names_no_act = (
        _find_seen, _restates_seen, _no_act_seen)
    try:
        causes = _causes(args.corpus, args.causes_only)
    finally:  # a caller in the same process (a test) gets ingest back as it was
        ingest.find_figures, ingest.restates, ingest.names_no_act = _find, _restates, _no_act
    for why, n in causes.most_common():
        print(f"{n:4d}  {why}")
    return 0


def _causes(paths: list[Path], causes_only: bool) -> Counter[str]:
    causes: Counter[str] = Counter()
    for path in paths:
        for rep in corpus_reports(path):
            _SEEN.clear()
            _DROPPED.clear()
            _TEXT.clear()
            result = ingest_corpus_report(rep, path=rep["id"])
            extracted = [f for c in result.claims for f in c["figures"]]
            gold = rep.get("figures", [])
            for want, i in zip(gold, match_figures(gold, extracted), strict=True):
                if i is not None:
                    continue
                why = cause(_TEXT[0] if _TEXT else rep["text"], want)
                causes[why] += 1
                if not causes_only:
                    print(f"{rep['id']}: {want['raw']!r} {want['category']} "
                          f"({want.get('count')}) -- {why}")
    return causes


if __name__ == "__main__":
    raise SystemExit(main())
