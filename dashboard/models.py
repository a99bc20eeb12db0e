"""The domain's nouns as frozen dataclasses: report, claimant, claim, figure, event, place.

The words follow ../shared/DOMAIN.md. Everything here is plain data: no I/O, no streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

SOURCE_TYPES: tuple[str, ...] = ("state", "armed_group", "political", "rights_group", "media",
                                 "dataset")
SOURCE_TYPE_NAMES: dict[str, str] = {
    "state": "State",
    "armed_group": "Armed group",
    "political": "Political movement",
    "rights_group": "Rights group",
    "media": "Media",
    # A curated event dataset (ACLED, UCDP) as a claimant: its records are its analysts' coding
    # of the sources it lists, not independent verification and not an outlet's own reporting.
    "dataset": "Curated dataset",
}

INCIDENT_TYPES: tuple[str, ...] = (
    "attack",
    "security_operation",
    "abduction",
    "killing",
    "protest",
    "aggregate_figures",
    "accident",
)
INCIDENT_TYPE_NAMES: dict[str, str] = {
    "attack": "Attack",
    "security_operation": "Security operation",
    "abduction": "Abduction / enforced disappearance",
    "killing": "Killing",
    "protest": "Protest",
    "aggregate_figures": "Statement of aggregate figures",
    "accident": "Accident",
}

GEO_PRECISIONS: tuple[str, ...] = ("point", "district", "province", "country", "abroad")
# Only these are drawn as markers; the rest go to their own panel, never to a town.
MAPPED_GEO_PRECISIONS: frozenset[str] = frozenset({"point", "district"})

TIME_PRECISIONS: tuple[str, ...] = ("day", "range", "month", "year", "unknown")

LABELS: tuple[str, ...] = ("verified", "corroborated", "disputed", "unverified")

FIGURE_CATEGORIES: tuple[str, ...] = (
    "killed",
    "injured",
    "abducted",
    "disappeared",
    "released",
    "arrested",
    "detained",
    "tortured",
    "enslaved",
    "operations",
)
FIGURE_WHO: tuple[str, ...] = ("militants", "civilians", "security_personnel", "unspecified")
QUALIFIERS: tuple[str, ...] = (
    "exact",
    "at_least",
    "more_than",
    "about",
    "up_to",
    "vague",
    "malformed",
)

# Claims written by the ingest pipeline carry this review status until an analyst edits them.
REVIEW_STATUSES: tuple[str, ...] = ("reviewed", "machine_extracted")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located so a person can fix it."""

    file: str
    line: int
    field: str
    message: str
    severity: str = "error"  # "error" rejects the record; "warning" keeps it

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


@dataclass(frozen=True)
class DateSpan:
    """A date or date range with its precision; start/end are inclusive, None when unknown."""

    start: date | None
    end: date | None
    precision: str
    text: str = ""  # as written in the dataset, e.g. "2025-11" or "2026-01-29/2026-02-05"

    def overlaps(self, lo: date | None, hi: date | None) -> bool:
        if self.start is None or self.end is None:
            return False
        return (lo is None or self.end >= lo) and (hi is None or self.start <= hi)

    def describe(self) -> str:
        """Human wording that never claims more precision than there is."""
        if self.start is None or self.end is None:
            return "date unknown"
        if self.precision == "day":
            return self.start.strftime("%-d %b %Y")
        if self.precision == "month":
            return self.start.strftime("%B %Y") + " (month only)"
        if self.precision == "year":
            return f"{self.start.year} (year only)"
        return f"{self.start.strftime('%-d %b %Y')} – {self.end.strftime('%-d %b %Y')} (range)"


@dataclass(frozen=True)
class Figure:
    """A number someone claimed: kept raw, parsed only as far as the text allows."""

    raw: str
    count: int | None
    category: str
    who: str
    qualifier: str
    note: str = ""

    def describe(self) -> str:
        who = self.who.replace("_", " ")
        lead = {
            "exact": "",
            "at_least": "at least ",
            "more_than": "more than ",
            "about": "about ",
            "up_to": "up to ",
            "vague": "",
            "malformed": "",
        }[self.qualifier]
        number = self.raw if self.count is None else f"{self.count:,}"
        text = f"{lead}{number} {who} {self.category}" if who != "unspecified" else (
            f"{lead}{number} {self.category}"
        )
        if self.qualifier == "malformed":
            text += " (figure printed malformed; kept as written)"
        elif self.qualifier == "vague":
            text += " (vague figure)"
        if self.note:
            text += f" ({self.note})"
        return text


@dataclass(frozen=True)
class Report:
    id: str
    title: str
    outlet: str | None
    outlet_basis: str
    published: DateSpan
    published_basis: str
    file: str | None  # text file name, looked up in the reports directory
    author: str | None = None
    line: int = 0
    # Provenance of a report added on the review page (Berkeley Protocol: where it was found,
    # when, by whom, and a hash of the exact text archived under reports/<sha256>.txt).
    url: str | None = None
    retrieved_at: str | None = None
    sha256: str | None = None
    added_by: str | None = None


@dataclass(frozen=True)
class Claimant:
    id: str
    name: str
    source_type: str
    organisation: str  # claimants of one organisation never corroborate each other
    description: str = ""
    line: int = 0


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    summary: str
    line: int = 0


@dataclass(frozen=True)
class PlaceMention:
    """A place as the report wrote it; place_id pins it when the spelling alone is ambiguous."""

    mention: str
    place_id: str | None = None
    note: str = ""
    # Coordinates a curated dataset supplies for its own record, with the precision it states;
    # used only when no gazetteer place fits, so the dataset's own placing is kept, not guessed.
    lat: float | None = None
    lon: float | None = None
    geo_precision: str | None = None


@dataclass(frozen=True)
class Claim:
    id: str
    report_id: str
    claimant_id: str
    incident_type: str
    places: tuple[PlaceMention, ...]
    date: DateSpan
    figures: tuple[Figure, ...]
    summary: str
    event_id: str | None = None
    date_basis: str = ""
    passage: tuple[int, ...] = ()  # 1-based paragraph numbers of the report text
    derived_from: tuple[str, ...] = ()  # claims this one merely repeats: not independent
    review_status: str = "reviewed"
    line: int = 0
    file: str = ""
    sources: tuple[str, ...] = ()  # an imported dataset record's own sources, as it lists them


@dataclass(frozen=True)
class Override:
    """An analyst's label for a claim: only allowed with the evidence written down."""

    claim_id: str
    label: str
    reason: str
    evidence: str
    analyst: str
    line: int = 0


@dataclass(frozen=True)
class Place:
    """One gazetteer row."""

    id: str
    name: str
    kind: str
    geo_precision: str
    lat: float | None
    lon: float | None
    district: str | None
    province: str | None
    country: str
    aliases: tuple[str, ...] = ()
    source: str = ""
    licence: str = ""


@dataclass(frozen=True)
class Label:
    label: str
    reason: str
    overridden: bool = False


@dataclass
class Dataset:
    """Everything loaded from one data directory, with what was rejected and why."""

    reports: dict[str, Report] = field(default_factory=dict)
    claimants: dict[str, Claimant] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    overrides: dict[str, Override] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]
