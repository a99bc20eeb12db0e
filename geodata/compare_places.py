"""Every place (and figure) the ingest pipeline outputs on report sets, with two gazetteers.

Why: the scorer only looks at the places a gold file lists. A new gazetteer name can also turn a
word, a person or a hospital in another town into a place the gold never mentions, and no score
moves. This lists every output that differs, so each can be checked by eye.

Usage: ``python geodata/compare_places.py OLD.csv [NEW.csv] [--corpus FILE.yaml ...]``
(NEW defaults to ``geodata/gazetteer.csv``; the corpus files default to the project's own
``tests/fixtures/corpus/*.yaml``). An old gazetteer comes from git:
``git show <commit>:geodata/gazetteer.csv > /tmp/old.csv``. Lines start with ``-`` (only with
OLD) or ``+`` (only with NEW): report id, mention, place id, district, role; figures as
report id, ``FIG``, raw text, category, claimant. Then every capitalised word or pair of words
in the texts whose resolution changed (``~`` lines), in any position, not only where the
pipeline looks for places: the wider net for names that would turn people or words into places.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.dates import parse_date  # noqa: E402
from dashboard.extract.ingest import ingest_text  # noqa: E402
from dashboard.extract.scoring import corpus_reports  # noqa: E402
from dashboard.gazetteer import load_gazetteer  # noqa: E402

Output = tuple[str, str, str | None, str | None, str | None]


def outputs(gazetteer_csv: Path, corpora: list[Path]) -> set[Output]:
    """(report, mention, place id, district, role) for every place, and every figure."""
    gaz, problems = load_gazetteer(gazetteer_csv)
    if problems:
        raise SystemExit(f"{gazetteer_csv}: {len(problems)} problem(s), first: {problems[0]}")
    out: set[Output] = set()
    for path in corpora:
        for rep in corpus_reports(path):
            published = parse_date(str(rep["published"]) if rep.get("published") else None)
            result = ingest_text(rep["text"], published=published, outlet=rep.get("outlet"),
                                 gazetteer=gaz)
            rid = str(rep["id"])
            for p in result.places:
                out.add((rid, p["mention"], p.get("place_id"), p.get("district"), p["role"]))
            for p in result.unresolved:
                out.add((rid, p["mention"], None, None, p["role"]))
            for claim in result.claims:
                for f in claim["figures"]:
                    out.add((rid, "FIG", f["raw"], f["category"], claim["claimant"]))
    return out


def changed_names(old_csv: Path, new_csv: Path, corpora: list[Path]) -> list[str]:
    """Capitalised words and word pairs of the texts that resolve differently."""
    names: set[str] = set()
    for path in corpora:
        for rep in corpus_reports(path):
            for m in re.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b", rep["text"]):
                names.add(m.group(0))
                names.update(m.group(0).split())
    old, new = load_gazetteer(old_csv)[0], load_gazetteer(new_csv)[0]
    out = []
    for name in sorted(names):
        a, b = old.resolve(name), new.resolve(name)
        ida, idb = (a.place.id if a.place else None), (b.place.id if b.place else None)
        if ida != idb:
            out.append(f"{name}: {ida} ({a.method}) -> {idb} ({b.method})")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path, nargs="?", default=ROOT / "geodata" / "gazetteer.csv")
    ap.add_argument("--corpus", type=Path, nargs="+",
                    default=sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.yaml")))
    args = ap.parse_args(argv)
    old, new = outputs(args.old, args.corpus), outputs(args.new, args.corpus)
    for row in sorted(old - new, key=str):
        print("-", row)
    for row in sorted(new - old, key=str):
        print("+", row)
    changed = changed_names(args.old, args.new, args.corpus)
    for line in changed:
        print("~", line)
    print(f"{len(old - new)} output(s) only with the old gazetteer, {len(new - old)} only with "
          f"the new, on {len(args.corpus)} file(s); {len(changed)} capitalised name(s) resolve "
          "differently")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
