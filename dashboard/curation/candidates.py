"""Candidate claims: what the extractor proposes for one report, as the reviewer edits them.

A candidate keeps the extractor's original values beside the current ones, so the audit log can
say, field by field, what the extractor proposed, what the reviewer changed, and what was saved.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

# The fields a reviewer checks, in the order the page shows them.
FIELDS: tuple[str, ...] = ("claimant", "incident_type", "places", "date", "figures")
EDITABLE: tuple[str, ...] = ("claimant", "incident_type", "places", "date", "date_basis",
                             "figures", "summary")
NO_CONFIDENCE = "no confidence from the extractor"
MACHINE_NOTE = " Machine-extracted, not reviewed."


@dataclass
class Candidate:
    id: str
    values: dict[str, Any]  # the claim's fields as they stand now
    original: dict[str, Any]  # as the extractor proposed them (or the merge of two)
    evidence: tuple[int, int]  # offsets of the passage in the report's normalised text
    passage: list[int]
    confidence: dict[str, dict[str, Any]]
    status: str = "pending"  # pending, accepted, rejected, merged
    merged_from: list[str] = field(default_factory=list)
    claim_id: str | None = None  # once accepted
    # What the extractor itself proposed; for a merge, each field's pair of proposals.
    extractor: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.extractor:
            self.extractor = copy.deepcopy(self.original)

    def changes(self) -> dict[str, dict[str, Any]]:
        """Each field the reviewer changed: the extractor's value, the value before the
        reviewer's edit (differs from the extractor's after a merge) and the saved one."""
        return {k: {"extractor": self.extractor.get(k), "before": self.original.get(k),
                    "after": self.values.get(k)}
                for k in EDITABLE if self.values.get(k) != self.original.get(k)}

    def low_first(self) -> list[tuple[str, dict[str, Any]]]:
        """(field, confidence) with the low-confidence fields first: check those before the rest.
        Among fields of one level, the one whose kind of cue was right least often on real
        reports comes first (a cue never measured first of all): most fields are low once levels
        are measured on reports no rule was tuned on, and "low" alone would not say which to
        check first."""
        order = {f: i for i, f in enumerate(FIELDS)}

        def key(fc: tuple[str, dict[str, Any]]) -> tuple[bool, float, int]:
            field, c = fc
            r = c.get("record")
            rate = r["right"] / r["fields"] if r and r["fields"] else -1.0
            return c.get("level") != "low", rate, order[field]

        return sorted(((f, self.confidence[f]) for f in FIELDS), key=key)


def _confidence(raw: dict[str, Any], name: str) -> dict[str, Any]:
    c = (raw.get("confidence") or {}).get(name)
    if not isinstance(c, dict) or c.get("level") not in ("high", "low"):
        return {"level": "low", "cue": NO_CONFIDENCE, "start": None, "end": None,
                "evidence": [], "record": None}
    return {"level": c["level"], "cue": str(c.get("cue") or ""), "start": c.get("start"),
            "end": c.get("end"), "evidence": [str(e) for e in c.get("evidence") or []],
            # how often cues of this kind were right on real reports: what "high" rests on
            "record": _record(c.get("record"))}


def _record(raw: Any) -> dict[str, int] | None:
    """A family's record as the extractor gave it, or None where it is missing or malformed."""
    if not isinstance(raw, dict):
        return None
    try:
        return {k: int(raw[k]) for k in ("right", "fields", "sets")}
    except (KeyError, TypeError, ValueError):
        return None


def _figure(f: dict[str, Any]) -> dict[str, Any]:
    return {"count": f.get("count"), "raw": str(f.get("raw", "")),
            "category": f.get("category"), "who": f.get("who", "unspecified"),
            "qualifier": f.get("qualifier")}


def from_extraction(claim: dict[str, Any]) -> Candidate:
    """One candidate from a claim dict of ``IngestResult.as_dict()["claims"]``."""
    summary = str(claim.get("summary") or "")
    if summary.endswith(MACHINE_NOTE):
        summary = summary[: -len(MACHINE_NOTE)]
    values = {
        "claimant": claim["claimant"],
        "incident_type": claim["incident_type"],
        "places": [{"mention": m["mention"], "place_id": m.get("place_id")}
                   for m in claim.get("place_mentions") or []],
        "date": claim.get("date") or "unknown",
        "date_basis": claim.get("date_basis") or "",
        "figures": [_figure(f) for f in claim.get("figures") or []],
        "summary": summary,
    }
    ev = claim.get("evidence") or {}
    return Candidate(
        id=claim["id"], values=values, original=copy.deepcopy(values),
        evidence=(int(ev.get("start", 0)), int(ev.get("end", 0))),
        passage=list(claim.get("passage") or []),
        confidence={f: _confidence(claim, f) for f in FIELDS})


def from_result(result: dict[str, Any]) -> list[Candidate]:
    return [from_extraction(c) for c in result.get("claims", [])]


class MergeError(ValueError):
    """Two candidates that cannot become one claim; the message says why."""


def merge(a: Candidate, b: Candidate) -> Candidate:
    """One claim from two candidates of the same claimant (say, a passage the extractor split).

    Places and figures are the union (a figure given twice is kept once), the passage spans both,
    and the earlier candidate's date stands unless it is unknown.
    """
    if a.status != "pending" or b.status != "pending":
        raise MergeError("only candidates not yet decided can be merged")
    if a.id == b.id:
        raise MergeError("pick two different candidates")
    if a.values["claimant"] != b.values["claimant"]:
        raise MergeError(f"{a.id} and {b.id} have different claimants "
                         f"({a.values['claimant']}, {b.values['claimant']}): a claim has one "
                         "claimant; correct one of them first")
    first, second = sorted((a, b), key=lambda c: c.evidence)

    def union(key: str) -> list[Any]:
        out: list[Any] = []
        for item in first.values[key] + second.values[key]:
            if item not in out:
                out.append(copy.deepcopy(item))
        return out

    date, basis = first.values["date"], first.values["date_basis"]
    if date == "unknown" and second.values["date"] != "unknown":
        date, basis = second.values["date"], second.values["date_basis"]
    values = dict(first.values, places=union("places"), figures=union("figures"), date=date,
                  date_basis=basis,
                  summary=f"{first.values['summary']} {second.values['summary']}".strip())
    confidence = {f: (first.confidence[f] if first.confidence[f]["level"] == "low"
                      else second.confidence[f]) for f in FIELDS}
    merged = Candidate(
        id=f"{first.id}-{second.id}", values=values, original=copy.deepcopy(values),
        evidence=(min(first.evidence[0], second.evidence[0]),
                  max(first.evidence[1], second.evidence[1])),
        passage=sorted(set(first.passage) | set(second.passage)), confidence=confidence,
        merged_from=[first.id, second.id],
        extractor={k: [copy.deepcopy(first.extractor.get(k)),
                       copy.deepcopy(second.extractor.get(k))] for k in EDITABLE})
    a.status = b.status = "merged"
    return merged


# --------------------------------------------------------------------------- highlights


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # place, unresolved, figure, date, claimant
    note: str


def spans(result: dict[str, Any], text: str, candidates: list[Candidate]) -> list[Span]:
    """Everything the extractor found in the text, as non-overlapping spans, in text order.

    Dates and claimant cues come from the extractor when it reports them; figures without
    offsets are found by their printed form inside their candidate's passage.
    """
    out: list[Span] = []
    for p in result.get("places", []):
        out.append(Span(p["start"], p["end"], "place", f"place: {p.get('name', '')} "
                        f"({p.get('geo_precision', '')})"))
    for p in result.get("unresolved", []):
        out.append(Span(p["start"], p["end"], "unresolved", "place not in the gazetteer"))
    for d in result.get("dates", []) or []:
        if isinstance(d, dict) and isinstance(d.get("start"), int):
            out.append(Span(d["start"], d["end"], "date", f"date: {d.get('date', '')} "
                            f"({d.get('precision', '')})"))
    for cue in result.get("cues", []) or []:
        if isinstance(cue, dict) and isinstance(cue.get("start"), int):
            out.append(Span(cue["start"], cue["end"], "claimant",
                            f"claimant: {cue.get('claimant') or '?'}"))
    for claim in result.get("claims", []):
        ev = claim.get("evidence") or {}
        lo, hi = int(ev.get("start", 0)), int(ev.get("end", len(text)))
        for f in claim.get("figures", []):
            if isinstance(f.get("start"), int) and isinstance(f.get("end"), int):
                s, e = f["start"], f["end"]
            else:
                s = text.find(str(f.get("raw", "")), lo, hi) if f.get("raw") else -1
                if s < 0:
                    continue
                e = s + len(str(f["raw"]))
            out.append(Span(s, e, "figure", f"figure: {f.get('raw')} {f.get('who', '')} "
                            f"{f.get('category', '')}"))
    out.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[Span] = []
    for s in out:
        if 0 <= s.start < s.end <= len(text) and (not kept or s.start >= kept[-1].end):
            kept.append(s)
    return kept
