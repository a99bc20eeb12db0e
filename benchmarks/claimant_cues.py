"""Which cue decided each figure's claimant, and how often each was right: the sentence's own
speaker, a lender (the sentence before or after, the paragraph's speaker, the release a report
carries, a quotation's speaker, the headline's credit) or the outlet.

    python benchmarks/claimant_cues.py CORPUS.yaml [...] [--fires-only] [--list]

By default each cue is counted right / wrong over the gold figures the extractor found (right:
the claim's source type is the gold's). `--list` adds one line per lent figure (report id, cue,
right or wrong, claimant, gold claimant): ids and claimant names only, never a report's words.
`--fires-only` reads no gold at all and counts the cue of every extracted figure: the only form
to run on held-back sets.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.extract import confidence  # noqa: E402
from dashboard.extract.scoring import (  # noqa: E402
    corpus_reports,
    ingest_corpus_report,
    pair_figures,
)
from dashboard.gazetteer import cached_gazetteer  # noqa: E402

# a short name for each cue family the claimant decision records (see ingest._attribute)
_NAMES = {
    confidence.SPEAKER: "own sentence", confidence.MEDIA_SPEAKER: "own sentence (media)",
    confidence.PRONOUN: "own sentence (pronoun)", confidence.PARAGRAPH: "paragraph",
    confidence.BEFORE: "sentence before", confidence.AFTER: "sentence after",
    confidence.SOLE_SOURCE: "release", confidence.HEADLINE: "headline",
    confidence.OUTLET: "outlet", confidence.OWN_RELEASE: "outlet's own release",
}
_OWN = ("own sentence", "own sentence (media)", "own sentence (pronoun)", "outlet",
        "outlet's own release")


def cue_of(judgement: dict[str, Any]) -> str:
    """The short name of the cue that decided a claim's claimant."""
    if "closing mark" in judgement.get("cue", ""):
        return "quotation"  # recorded under AFTER, but it is the quote's own speaker
    return _NAMES.get(judgement.get("family", ""), judgement.get("family") or "unmeasured")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+", type=Path)
    ap.add_argument("--fires-only", action="store_true",
                    help="count cues over extracted figures, reading no gold")
    ap.add_argument("--list", action="store_true", help="one line per lent figure")
    args = ap.parse_args(argv)
    gaz = cached_gazetteer()[0]
    counts: Counter[tuple[str, str]] = Counter()
    for path in args.corpus:
        for rep in corpus_reports(path):
            result = ingest_corpus_report(rep, gaz, f"{path.name}#{rep['id']}")
            extracted = [(f, c) for c in result.claims for f in c["figures"]]
            if args.fires_only:
                for _, claim in extracted:
                    counts[(cue_of(claim["confidence"]["claimant"]), "fires")] += 1
                continue
            gold = rep.get("figures", [])
            for want, match in zip(gold, pair_figures(gold, extracted),
                                   strict=True):
                if match is None:
                    continue
                claim = extracted[match][1]
                cue = cue_of(claim["confidence"]["claimant"])
                right = claim["source_type"] == want["source_type"]
                counts[(cue, "right" if right else "wrong")] += 1
                if args.list and cue not in _OWN:
                    print(f"{rep['id']}\t{cue}\t{'right' if right else 'WRONG'}\t"
                          f"{claim['claimant']}\t(gold {want.get('claimant')}, "
                          f"{want['source_type']})")
    for cue in sorted({c for c, _ in counts}):
        if args.fires_only:
            print(f"{cue:24s} fires {counts[(cue, 'fires')]}")
        else:
            print(f"{cue:24s} right {counts[(cue, 'right')]:4d}  wrong {counts[(cue, 'wrong')]:4d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
