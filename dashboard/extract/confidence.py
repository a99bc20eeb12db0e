"""How sure the rules are about each field of a candidate claim, and the text that decided it.

A reviewer reads the low ones first. Each judgement carries the cue as a short human text and,
when the cue is a stretch of the report, its character offsets in the normalised text (the
`text` of IngestResult.as_dict), so a review page can highlight it.

Every cue belongs to a family (which kind of evidence decided the field), and a family's level is
measured, not felt: `LEVELS` below is the bar applied to the record that
`benchmarks/calibrate_confidence.py --write` keeps of each family on the real report sets
(`confidence_record.csv`; CONFIDENCE.md beside this file has the table and the bar).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from dashboard.extract.dates import WEEKDAYS

FIELDS = ("claimant", "date", "places", "figures")

# Families of the claimant's cue.
SPEAKER = "a source speaks in the sentence"
MEDIA_SPEAKER = "a media source speaks in the sentence"
PRONOUN = "a pronoun or a document speaks in the sentence"
PARAGRAPH = "the paragraph's earlier speaker"
BEFORE = "the speaker of the sentence before"
AFTER = "the speaker of the sentence after"
SOLE_SOURCE = "the one source of a text with no outlet"
HEADLINE = "the headline's credit"
OUTLET = "no speaker: the outlet"
OWN_RELEASE = "no speaker: the outlet's own release"
# Families of the date's cue: how the date is written, wherever in the passage it stands.
WEEKDAY = "a weekday"
CALENDAR = "a calendar date"
RELATIVE = "a relative phrase"
MONTH_OR_YEAR = "only a month or a year"
SEVERAL_DATES = "several dates"
NO_DATE = "no date"
# Families of the places' cue: how the claim's places were found in the gazetteer.
# (one family until round 36; its two ways differ: on real184..207 a place borrowed from a
# neighbour was right on 94 % of 252 fields, the province or country put where the passage names
# no place on 80 % of 111, so a reviewer reads the second first)
BORROWED_PLACE = "a place borrowed from a sentence nearby"
NO_PLACE = "no place in the passage: the province or the country"
NOT_IN_GAZETTEER = "a place not in the gazetteer"
PLACED_BY_CONTAINER = "a place placed by what contains it"
SPELLING = "a place matched by its spelling"
NAMED = "a place named as the gazetteer writes it"
# Families of the figures' cue.
VAGUE = "a vague or malformed count"
BARE = "a count with no word for who"
COUNTED = "a count with its people word"
CLAUSE_READ = "a figure read from its clause's grammar"
NO_FIGURES = "no figures"

# The bar a family passes to be high: measured over sets of real reports.
POOLED_RIGHT = 0.95
SET_RIGHT = 0.85
MIN_FIELDS = 15
MIN_SET_FIELDS = 3  # a set with fewer fields of the family says nothing about it
MIN_SETS = 4
# the sets held back longest, which show best what carries to reports nobody has seen (since
# round 17 the whole record is measured on sets no rule was tuned on: see CONFIDENCE.md)
LATE_SETS = ("r309", "r310")


def pooled(by_set: dict[str, tuple[int, int]]) -> tuple[int, int]:
    """(right, fields) over every set of a family's record."""
    return sum(r for r, _ in by_set.values()), sum(n for _, n in by_set.values())


def measured_level(by_set: dict[str, tuple[int, int]], late: Iterable[str]) -> str:
    """The level a family's record earns: by_set maps each set's name to (right, fields). High
    only when it is right often enough pooled, in every set that has enough of its fields, and
    in at least MIN_SETS such sets, one of them among `late` (the sets held back longest, which
    show best what carries to reports nobody has seen)."""
    right, fields = pooled(by_set)
    if fields < MIN_FIELDS or right < POOLED_RIGHT * fields:
        return "low"
    counted = {name: (r, n) for name, (r, n) in by_set.items() if n >= MIN_SET_FIELDS}
    if any(r < SET_RIGHT * n for r, n in counted.values()):
        return "low"
    late = set(late)
    return "high" if len(counted) >= MIN_SETS and late & set(counted) else "low"


FAMILIES = (
    SPEAKER, MEDIA_SPEAKER, PRONOUN, PARAGRAPH, BEFORE, AFTER, SOLE_SOURCE, HEADLINE, OUTLET,
    OWN_RELEASE, WEEKDAY, CALENDAR, RELATIVE, MONTH_OR_YEAR, SEVERAL_DATES, NO_DATE,
    BORROWED_PLACE, NO_PLACE, NOT_IN_GAZETTEER, PLACED_BY_CONTAINER, SPELLING, NAMED, VAGUE, BARE,
    COUNTED, NO_FIGURES, CLAUSE_READ,
)
# The measured record, family -> set -> (right, fields): written by
# benchmarks/calibrate_confidence.py --write from the gold of the real report sets, which stay
# outside the repository; the file's header says when and on which rules.
RECORD_FILE = Path(__file__).with_name("confidence_record.csv")


def load_record(path: Path = RECORD_FILE) -> dict[str, dict[str, tuple[int, int]]]:
    """The record file as family -> set -> (right, fields); '#' lines are its provenance."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    out: dict[str, dict[str, tuple[int, int]]] = {}
    for i, row in enumerate(csv.DictReader(lines), start=2):
        try:
            out.setdefault(row["family"], {})[row["set"]] = (int(row["right"]),
                                                             int(row["fields"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}: data row {i}: unreadable right/fields/family ({exc})") \
                from exc
    return out


# (absent only while the first record is being written: every family is then low)
RECORD = load_record() if RECORD_FILE.exists() else {}
# A family with no figure to be wrong has nothing for a reviewer to check.
_NOTHING_TO_CHECK = {NO_FIGURES}
# A family's level is what its record earns; one never measured is low (check it).
LEVELS: dict[str, str] = {
    f: "high" if f in _NOTHING_TO_CHECK else
    measured_level(RECORD[f], LATE_SETS) if f in RECORD else "low" for f in FAMILIES}


# each family's record pooled once, not at every judgement a report's claims carry
_POOLED = {f: (*pooled(by_set), len(by_set)) for f, by_set in RECORD.items() if by_set}


def family_record(family: str) -> dict[str, int] | None:
    """A family's record pooled over the real report sets: right, fields and how many sets;
    None for a family not measured."""
    if family not in _POOLED:
        return None
    right, fields, sets = _POOLED[family]
    return {"right": right, "fields": fields, "sets": sets}


@dataclass(frozen=True)
class Judgement:
    level: str  # "high" | "low"
    cue: str
    start: int | None = None
    end: int | None = None
    # every cue the rule weighed, in the order it ranks them, the deciding one first: why
    # this answer and not another ("'police said' in the same sentence: police", "the BLA
    # spoke in the sentence before", "the outlet"); empty where only one cue was looked at
    evidence: tuple[str, ...] = ()
    family: str = ""  # the kind of cue (a key of LEVELS); "" for a cue not yet measured

    def as_dict(self) -> dict[str, Any]:
        return {"level": self.level, "cue": self.cue, "start": self.start, "end": self.end,
                "evidence": list(self.evidence), "family": self.family,
                "record": family_record(self.family)}

    def weighing(self, evidence: list[str]) -> Judgement:
        """The same judgement with the cues it was weighed against."""
        return replace(self, evidence=tuple(evidence))


def judged(family: str, cue: str, start: int | None = None,
           end: int | None = None) -> Judgement:
    """A cue of a measured family, at the level measured for it."""
    return Judgement(LEVELS[family], cue, start, end, family=family)


def high(cue: str, start: int | None = None, end: int | None = None) -> Judgement:
    """A cue no one has measured yet, that its rule's author holds sure."""
    return Judgement("high", cue, start, end)


def low(cue: str, start: int | None = None, end: int | None = None) -> Judgement:
    """A cue no one has measured yet, that its rule's author holds doubtful."""
    return Judgement("low", cue, start, end)


def weakest(judgements: Iterable[Judgement], default: Judgement) -> Judgement:
    """One judgement for a field decided several times (a claim merged from sentences): the
    first low one, since one doubtful figure makes the field worth checking; else the first."""
    items = list(judgements)
    if not items:
        return default
    return next((j for j in items if j.level == "low"), items[0])


def of_claimant(judgement: Judgement, source_type: str) -> Judgement:
    """The claimant's judgement once the claimant is known: a speaker in the sentence whose
    source type is media (another outlet, "X News reported"; residents; rescuers) often relays an
    official or a group it does not name, so it is its own family, measured apart."""
    if judgement.family == SPEAKER and source_type == "media":
        return replace(judgement, family=MEDIA_SPEAKER, level=LEVELS[MEDIA_SPEAKER])
    return judgement


_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def date_family(written: str, precision: str) -> str:
    """The family of a date cue by how it is written, wherever in the passage it stands: a
    weekday alone ("on Friday", "late on Sunday night") can only mean the week before
    publication; a day and month ("March 3") and a relative phrase ("last week", "yesterday")
    also reach back to events told in passing."""
    if precision in ("month", "year"):
        return MONTH_OR_YEAR
    if re.search(r"\d", written):
        return CALENDAR
    return WEEKDAY if _WEEKDAY.search(written) else RELATIVE


def quoted(text: str, start: int, end: int, limit: int = 60) -> str:
    """A cue's words as the reviewer sees them, shortened and on one line."""
    words = " ".join(text[start:end].split())
    return words if len(words) <= limit else words[: limit - 1] + "…"
