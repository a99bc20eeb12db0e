"""How sure the rules are about each field of a candidate claim, and the text that decided it.

A reviewer reads the low ones first. Each judgement carries the cue as a short human text and,
when the cue is a stretch of the report, its character offsets in the normalised text (the
`text` of IngestResult.as_dict), so a review page can highlight it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

FIELDS = ("claimant", "date", "places", "figures")


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

    def as_dict(self) -> dict[str, Any]:
        return {"level": self.level, "cue": self.cue, "start": self.start, "end": self.end,
                "evidence": list(self.evidence)}

    def weighing(self, evidence: list[str]) -> Judgement:
        """The same judgement with the cues it was weighed against."""
        return replace(self, evidence=tuple(evidence))


def high(cue: str, start: int | None = None, end: int | None = None) -> Judgement:
    return Judgement("high", cue, start, end)


def low(cue: str, start: int | None = None, end: int | None = None) -> Judgement:
    return Judgement("low", cue, start, end)


def weakest(judgements: Iterable[Judgement], default: Judgement) -> Judgement:
    """One judgement for a field decided several times (a claim merged from sentences): the
    first low one, since one doubtful figure makes the field worth checking; else the first."""
    items = list(judgements)
    if not items:
        return default
    return next((j for j in items if j.level == "low"), items[0])


def quoted(text: str, start: int, end: int, limit: int = 60) -> str:
    """A cue's words as the reviewer sees them, shortened and on one line."""
    words = " ".join(text[start:end].split())
    return words if len(words) <= limit else words[: limit - 1] + "…"
