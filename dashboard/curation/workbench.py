"""The review loop: a report in, its candidate claims accepted, edited, merged or rejected,
events chosen, labels overridden; every decision saved into the dataset and the audit log.

The review page and ``python -m dashboard review add`` both drive this class. Each save takes
the dataset lock, re-reads the dataset, checks the new records with the same parsers
``python -m dashboard validate`` uses, appends, and logs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from dashboard.curation import ledger
from dashboard.curation.archive import (
    ReportDraft,
    archive_path,
    canonical_text,
    now_utc,
    sha256_of,
)
from dashboard.curation.candidates import Candidate, from_result, merge
from dashboard.dataset import check_record, cross_check, load_dataset
from dashboard.dates import DateNotationError, parse_date
from dashboard.extract.attribution import load_register, mentions, register_by_id
from dashboard.extract.dates import find_dates
from dashboard.extract.ingest import id_from_name, ingest_text, outlet_claimant, stopped_result
from dashboard.extract.text import InputError, plain_punctuation
from dashboard.gazetteer import Gazetteer, cached_gazetteer
from dashboard.labels import compute_labels
from dashboard.models import SOURCE_TYPE_NAMES, Claim, Dataset, DateSpan, Figure, Label
from dashboard.storage import write_atomic

EVENT_WINDOW_DAYS = 3  # "within a few days": claimants date one incident a day or two apart


class ReviewError(ValueError):
    """A decision that cannot be saved as it stands; nothing was written. The message says
    which field is wrong and why."""


@dataclass
class ReportUnderReview:
    report_id: str
    sha256: str
    text: str  # the normalised text the extractor's offsets point into
    result: dict[str, Any]
    candidates: list[Candidate]
    published: str
    outlet: str | None
    duplicate: bool = False  # the same text was added before: this is that report
    added_by: str | None = None

    def candidate(self, cid: str) -> Candidate:
        for c in self.candidates:
            if c.id == cid:
                return c
        raise ReviewError(f"no candidate {cid!r} in report {self.report_id}")

    def claim_id(self, cand: Candidate) -> str:
        return f"{self.report_id}-{cand.id}"


@dataclass(frozen=True)
class EventSuggestion:
    event_id: str
    title: str
    why: str
    claims: list[dict[str, str]]  # the other claimants' figures, side by side


@dataclass(frozen=True)
class Accepted:
    claim_id: str
    label: Label
    relabelled: dict[str, tuple[str, str]] = field(default_factory=dict)  # id: (before, after)


def _places_record(places: list[dict[str, Any]]) -> list[Any]:
    return [{"mention": p["mention"], "place_id": p["place_id"]} if p.get("place_id")
            else p["mention"] for p in places]


def _figure_record(f: dict[str, Any]) -> dict[str, Any]:
    count = f.get("count")
    if isinstance(count, float) and count.is_integer():
        count = int(count)
    return {"raw": str(f.get("raw") or "").strip(), "count": count, "category": f.get("category"),
            "who": f.get("who") or "unspecified", "qualifier": f.get("qualifier")}


def _check(values: dict[str, Any], kind: str, where: str) -> Any:
    parsed, problems = check_record(kind, values, where)
    errors = [p for p in problems if p.severity == "error"]
    if errors or parsed is None:
        raise ReviewError("; ".join(f"{p.field}: {p.message}" for p in errors) or
                          f"{where}: not a valid record")
    return parsed


class Workbench:
    """One reviewer's session against one dataset directory."""

    def __init__(self, data: str | Path, reviewer: str, gazetteer: Gazetteer | None = None):
        self.data = Path(data)
        self.reviewer = reviewer
        self.gazetteer = gazetteer or cached_gazetteer()[0]
        self.register = register_by_id(load_register())

    # ------------------------------------------------------------------ bookkeeping

    def _entry(self, action: str, **fields: Any) -> dict[str, Any]:
        return {"at": now_utc(), "reviewer": self.reviewer, "action": action, **fields}

    def dataset(self) -> Dataset:
        return load_dataset(self.data, review_files=False)

    # ------------------------------------------------------------------ report in

    def add_report(self, draft: ReportDraft) -> ReportUnderReview:
        """Archive the text, add the report with its provenance (or recognise it), extract."""
        text = canonical_text(draft.text)
        sha = sha256_of(text)
        if draft.url.strip() and not re.match(r"^https?://\S+$", draft.url.strip(), re.I):
            # a report's URL is shown and may be followed: only a web address is one
            raise ReviewError(f"url: {draft.url.strip()[:80]!r} is not an http(s) address")
        path = self.data / "reports.yaml"
        with ledger.locked(self.data):
            ds = self.dataset()
            same = next((r for r in ds.reports.values() if r.sha256 == sha), None)
            if same is not None:
                rid, published, outlet, added_by = (same.id, same.published.text or "unknown",
                                                    same.outlet, same.added_by)
                ledger.append_audit(self.data, [self._entry("reopen_report", report=rid,
                                                            sha256=sha)])
            else:
                rid = f"rep-{sha[:12]}"
                published, outlet, added_by = draft.published or "unknown", \
                    draft.outlet.strip() or None, self.reviewer
                record = {
                    "id": rid,
                    "title": draft.title.strip() or f"Report added from {draft.source_name}",
                    "outlet": outlet,
                    "outlet_basis": draft.outlet_basis.strip() or (
                        f"given by {self.reviewer} on the review page" if outlet
                        else "no outlet given"),
                    "published": published,
                    "published_basis": draft.published_basis.strip() or (
                        f"given by {self.reviewer} when adding the report"
                        if published != "unknown" else "not known when the report was added"),
                    "url": draft.url.strip() or None,
                    "retrieved_at": now_utc(),
                    "sha256": sha,
                    "added_by": self.reviewer,
                }
                record = {k: v for k, v in record.items() if v is not None}
                _check(record, "report", f"report from {draft.source_name}")
                write_atomic(archive_path(self.data, sha), text)
                ledger.append_records(path, [record])
                ledger.append_audit(self.data, [self._entry(
                    "add_report", report=rid, sha256=sha, source=draft.source_name,
                    changes={k: {"after": v} for k, v in record.items() if k != "id"})])
        return self._extract(rid, sha, text, published, outlet, same is not None, added_by,
                             ds)

    def _extract(self, rid: str, sha: str, text: str, published: str, outlet: str | None,
                 duplicate: bool, added_by: str | None, ds: Dataset) -> ReportUnderReview:
        span = None
        if published and published != "unknown":
            try:
                span = parse_date(published)
            except DateNotationError:
                span = None
        try:
            result = ingest_text(text, published=span, outlet=outlet, gazetteer=self.gazetteer,
                                 path=f"{sha}.txt").as_dict()
        except InputError:
            raise
        except Exception as exc:  # the report is archived: it is reviewed by hand
            result = stopped_result(exc, path=f"{sha}.txt", published=span,
                                    outlet=outlet).as_dict()
        shown = result.get("text") or plain_punctuation(text)
        _fill_highlights(result, shown, span)
        under = ReportUnderReview(rid, sha, shown, result, from_result(result), published,
                                  outlet, duplicate, added_by)
        if duplicate:
            # Decisions already taken on this text stay taken.
            claims = {c.id for c in ds.claims}
            log = [e for e in ledger.read_audit(self.data) if e.get("report") == rid]
            decided = {e.get("claim"): e.get("action") for e in log}
            # a candidate merged into a claim that was then saved is part of that claim
            merged_into = {part: e["claim"] for e in log if e.get("action") == "merge"
                           and e.get("claim") in claims for part in e.get("merged") or []}
            for c in under.candidates:
                cid = under.claim_id(c)
                if cid in claims:
                    c.status, c.claim_id = "accepted", cid
                elif cid in merged_into:
                    c.status, c.claim_id = "merged", merged_into[cid]
                elif decided.get(cid) == "reject":
                    c.status = "rejected"
        return under

    # ------------------------------------------------------------------ decisions

    def claimant_record(self, cid: str, outlet: str | None) -> dict[str, Any] | None:
        """A record for a claimant the dataset lacks: from the extractor's register, or the
        outlet speaking for itself."""
        cdef = self.register.get(cid)
        if cdef is not None:
            return {"id": cid, "name": cdef.name, "source_type": cdef.source_type,
                    "organisation": cdef.organisation}
        out_id, out_name = outlet_claimant(outlet)
        if cid == out_id:
            return {"id": cid, "name": out_name, "source_type": "media", "organisation": cid}
        return None

    def new_claimant(self, name: str, source_type: str, organisation: str = "") -> dict[str, Any]:
        """A claimant the reviewer creates; checked like a claimants.yaml record."""
        record = {"id": id_from_name(name), "name": name.strip(), "source_type": source_type,
                  "organisation": id_from_name(organisation if organisation.strip() else name)}
        _check(record, "claimant", "new claimant")
        return record

    def claim_record(self, under: ReportUnderReview, cand: Candidate,
                     event_id: str | None) -> dict[str, Any]:
        v = cand.values
        record: dict[str, Any] = {
            "id": under.claim_id(cand), "report": under.report_id, "claimant": v["claimant"],
            "incident_type": v["incident_type"],
            **({"event": event_id} if event_id else {}),
            "places": _places_record(v["places"]) or ["Balochistan"],
            "date": str(v["date"] or "unknown").strip(),
            "date_basis": str(v.get("date_basis") or "").strip() or "checked by the reviewer",
            "figures": [_figure_record(f) for f in v["figures"]],
            "summary": str(v["summary"]).strip(),
            "passage": cand.passage,
        }
        return record

    def accept(self, under: ReportUnderReview, cand: Candidate, *, event_id: str | None = None,
               new_event: dict[str, str] | None = None,
               claimant: dict[str, Any] | None = None) -> Accepted:
        """Save one candidate as a reviewed claim (with its event and claimant if new)."""
        if cand.status != "pending":
            raise ReviewError(f"{cand.id} is already {cand.status}")
        if claimant is not None:
            cand.values["claimant"] = claimant["id"]
        with ledger.locked(self.data):
            ds = self.dataset()
            claim_id = under.claim_id(cand)
            if any(c.id == claim_id for c in ds.claims):
                cand.status, cand.claim_id = "accepted", claim_id
                raise ReviewError(f"{claim_id} was accepted already (by another reviewer?)")
            new_claimants: list[dict[str, Any]] = []
            cid = cand.values["claimant"]
            if cid not in ds.claimants:
                rec = claimant if claimant and claimant["id"] == cid else \
                    self.claimant_record(cid, under.outlet)
                if rec is None:
                    raise ReviewError(f"claimant: {cid!r} is not in the dataset; pick one or "
                                      "create it with its source type and organisation")
                new_claimants.append(rec)
                ds.claimants[cid] = _check(rec, "claimant", "claimant")
            new_events: list[dict[str, Any]] = []
            if new_event is not None:
                title = new_event.get("title", "").strip()
                date = str(cand.values["date"]).split("/")[0]
                eid = f"ev-{id_from_name(date)}-{id_from_name(title)[:40]}" if title else ""
                while eid in ds.events:
                    eid += "-2"
                rec = {"id": eid, "title": title, "summary": new_event.get("summary", "").strip()}
                ds.events[eid] = _check(rec, "event", "new event")
                new_events.append(rec)
                event_id = eid
            if event_id and event_id not in ds.events:
                raise ReviewError(f"event: no event {event_id!r} in the dataset")
            record = self.claim_record(under, cand, event_id)
            claim: Claim = _check(record, "claim", f"candidate {cand.id}")
            problems = [p for p in cross_check(claim, ds) if p.severity == "error"]
            if problems:
                raise ReviewError("; ".join(f"{p.field}: {p.message}" for p in problems))
            before = compute_labels(ds)
            ds.claims.append(claim)
            after = compute_labels(ds)
            relabelled = {k: (before[k].label, after[k].label) for k in before
                          if before[k].label != after[k].label}
            ledger.append_records(self.data / "claimants.yaml", new_claimants)
            ledger.append_records(self.data / "events.yaml", new_events)
            ledger.append_records(self.data / "claims.yaml", [record])
            changes = cand.changes()
            entries = [self._entry(
                "edit+accept" if changes else "accept", claim=claim_id,
                report=under.report_id, candidate=cand.id, event=event_id,
                changes=changes, extractor=cand.extractor,
                new_claimant=new_claimants[0] if new_claimants else None,
                new_event=new_events[0] if new_events else None,
                label=after[claim_id].label)]
            entries += [self._entry("relabel", claim=k, report=None, rule=True,
                                    changes={"label": {"before": b, "after": a}},
                                    because=f"{claim_id} joined event {event_id}")
                        for k, (b, a) in relabelled.items()]
            ledger.append_audit(self.data, entries)
        cand.status, cand.claim_id = "accepted", claim_id
        return Accepted(claim_id, after[claim_id], relabelled)

    def reject(self, under: ReportUnderReview, cand: Candidate, reason: str) -> None:
        if not reason.strip():
            raise ReviewError("reason: say why the candidate is rejected")
        if cand.status != "pending":
            raise ReviewError(f"{cand.id} is already {cand.status}")
        with ledger.locked(self.data):
            ledger.append_audit(self.data, [self._entry(
                "reject", claim=under.claim_id(cand), report=under.report_id,
                candidate=cand.id, reason=reason.strip(), extractor=cand.extractor,
                changes=cand.changes())])
        cand.status = "rejected"

    def merge(self, under: ReportUnderReview, a: Candidate, b: Candidate) -> Candidate:
        merged = merge(a, b)
        with ledger.locked(self.data):
            ledger.append_audit(self.data, [self._entry(
                "merge", claim=under.claim_id(merged), report=under.report_id,
                candidate=merged.id, merged=[under.claim_id(a), under.claim_id(b)],
                extractor=merged.extractor)])
        under.candidates.insert(under.candidates.index(a), merged)
        return merged

    def override(self, claim_id: str, label: str, reason: str, evidence: str) -> Label:
        """An analyst's label for a claim (``verified`` or any other), with its evidence."""
        with ledger.locked(self.data):
            ds = self.dataset()
            if not any(c.id == claim_id for c in ds.claims):
                raise ReviewError(f"claim: no claim {claim_id!r} in the dataset")
            if claim_id in ds.overrides:
                o = ds.overrides[claim_id]
                raise ReviewError(f"claim: {claim_id} already carries an override "
                                  f"({o.label}, by {o.analyst}); edit overrides.yaml to change it")
            record = {"claim": claim_id, "label": label, "reason": reason.strip(),
                      "evidence": evidence.strip(),
                      "analyst": f"{self.reviewer}, {now_utc()[:10]}"}
            override = _check(record, "override", "override")
            before = compute_labels(ds)[claim_id]
            ds.overrides[claim_id] = override
            after = compute_labels(ds)[claim_id]
            ledger.append_records(self.data / "overrides.yaml", [record])
            ledger.append_audit(self.data, [self._entry(
                "override", claim=claim_id, reason=record["reason"], evidence=record["evidence"],
                changes={"label": {"before": before.label, "after": after.label}})])
        return after

    # ------------------------------------------------------------------ events

    def _districts(self, places: list[Any]) -> set[str]:
        out: set[str] = set()
        for p in places:
            pid = p.get("place_id") if isinstance(p, dict) else getattr(p, "place_id", None)
            mention = p.get("mention") if isinstance(p, dict) else getattr(p, "mention", "")
            place = self.gazetteer.get(pid) if pid else self.gazetteer.resolve(mention).place
            if place is not None and place.district and place.geo_precision in (
                    "point", "district"):
                out.add(place.district)
        return out

    def suggest_events(self, cand: Candidate, ds: Dataset | None = None) -> list[EventSuggestion]:
        """Existing events of the same incident type, within a few days, in the same district."""
        ds = ds or self.dataset()
        try:
            span = parse_date(cand.values["date"])
        except DateNotationError:
            return []
        districts = self._districts(cand.values["places"])
        if span.start is None or span.end is None or not districts:
            return []
        window = timedelta(days=EVENT_WINDOW_DAYS)
        by_event: dict[str, list[Claim]] = {}
        for c in ds.claims:
            if c.event_id:
                by_event.setdefault(c.event_id, []).append(c)
        labels = compute_labels(ds)
        out: list[EventSuggestion] = []
        for eid, claims in by_event.items():
            match = [c for c in claims if c.incident_type == cand.values["incident_type"]
                     and _near(c.date, span, window) and self._districts(list(c.places))
                     & districts]
            if not match or eid not in ds.events:
                continue
            shared = sorted(set.union(*(self._districts(list(c.places)) for c in match))
                            & districts)
            side = [{"claim": c.id, "claimant": ds.claimants[c.claimant_id].name,
                     "source_type": SOURCE_TYPE_NAMES.get(
                         ds.claimants[c.claimant_id].source_type, ""),
                     "date": c.date.describe(),
                     "figures": "; ".join(f.describe() for f in c.figures) or "no figures",
                     "label": labels[c.id].label} for c in claims]
            out.append(EventSuggestion(
                eid, ds.events[eid].title,
                f"same incident type, within {EVENT_WINDOW_DAYS} days, in {', '.join(shared)}",
                side))
        return out

    def figures_of(self, cand: Candidate) -> list[str]:
        return [Figure(str(f["raw"]), f.get("count"), f["category"], f.get("who") or
                       "unspecified", f["qualifier"]).describe() for f in cand.values["figures"]
                if f.get("category") and f.get("qualifier")]


def _fill_highlights(result: dict[str, Any], text: str, published: DateSpan | None) -> None:
    """Date phrases and claimant names for the highlighted text, when the extractor's output
    does not list them itself (it lists figures and places only): found with the extractor's own
    finders, so the page marks what the extractor saw."""
    if "dates" not in result:
        result["dates"] = [{"text": d.raw, "start": d.start, "end": d.end,
                            "date": d.span.text, "precision": d.span.precision}
                           for d in find_dates(text, 0, len(text), published)]
    if "cues" not in result:
        result["cues"] = [{"claimant": cid, "start": a, "end": b, "text": text[a:b]}
                          for a, b, cid in mentions(text, 0, len(text), load_register())]


def _near(a: DateSpan, b: DateSpan, window: timedelta) -> bool:
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return a.start - window <= b.end and b.start - window <= a.end
