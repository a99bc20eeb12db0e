"""Reading one report through the extractor in a test, and the views of its output the rule
tests compare: place roles by mention, figures by their raw text, a claim's date per figure.

One home for what every extraction test file used to define for itself."""

from __future__ import annotations

from dashboard.dates import DateSpan, parse_date
from dashboard.extract.dates import find_dates
from dashboard.extract.ingest import IngestResult, ingest_text
from dashboard.gazetteer import Gazetteer

# A Monday, so "on Sunday" and "last week" in a test text have one obvious answer.
MONDAY = "2025-10-20"


def ingest(text: str, gaz: Gazetteer, published: str = MONDAY,
           outlet: str | None = None) -> IngestResult:
    return ingest_text(text, published=parse_date(published), gazetteer=gaz, outlet=outlet)


def roles_of(r: IngestResult) -> dict[str, set[str]]:
    """Every role each mention was given, resolved or not."""
    out: dict[str, set[str]] = {}
    for p in r.places + r.unresolved:
        out.setdefault(p["mention"], set()).add(p["role"])
    return out


def districts_of(r: IngestResult, mention: str) -> list[str | None]:
    """The district given to each resolved place written as `mention`."""
    return [p["district"] for p in r.places if p["mention"] == mention]


def figures_of(r: IngestResult) -> dict[tuple[str, str], tuple[dict, dict]]:
    """(raw, category) -> (claim, figure)."""
    return {(f["raw"], f["category"]): (c, f) for c in r.claims for f in c["figures"]}


def dates_of(r: IngestResult) -> dict[str, object]:
    """raw -> the date of the claim that holds the figure."""
    return {f["raw"]: c["date"] for c in r.claims for f in c["figures"]}


def span_of(text: str, published: str) -> DateSpan:
    """The span of the one date mention in ``text``."""
    (d,) = find_dates(text, published=parse_date(published))
    return d.span
