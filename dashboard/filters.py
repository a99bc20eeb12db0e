"""ClaimFilter: a plain description of a selection, applied to the claim table, told in words.

It is built from plain key/value pairs (widgets or a page URL), so the same object drives the
dashboard, the exports and the briefing view's one-line summary, and is tested without a server.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

import pandas as pd

from dashboard.models import (
    GEO_PRECISIONS,
    INCIDENT_TYPE_NAMES,
    LABELS,
    SOURCE_TYPE_NAMES,
    SOURCE_TYPES,
)

_LIST_FIELDS = ("source_types", "claimants", "incident_types", "labels", "geo_precisions",
                "reports", "events")


@dataclass(frozen=True)
class ClaimFilter:
    """None means "no restriction" on that field; an empty tuple selects nothing."""

    source_types: tuple[str, ...] | None = None
    date_from: date | None = None
    date_to: date | None = None
    include_undated: bool = True
    claimants: tuple[str, ...] | None = None
    incident_types: tuple[str, ...] | None = None
    labels: tuple[str, ...] | None = None
    geo_precisions: tuple[str, ...] | None = None
    reports: tuple[str, ...] | None = None
    events: tuple[str, ...] | None = None
    show_unreviewed: bool = False
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    # ------------------------------------------------------------------ applying

    def mask(self, table: pd.DataFrame) -> pd.Series:
        """Vectorised row mask over the claim table (one row per claim-place)."""
        m = pd.Series(True, index=table.index)
        for name, column in (("source_types", "source_type"), ("claimants", "claimant_id"),
                             ("incident_types", "incident_type"), ("labels", "label"),
                             ("geo_precisions", "geo_precision"), ("reports", "report_id"),
                             ("events", "event_id")):
            wanted = getattr(self, name)
            if wanted is not None:
                m &= table[column].isin(wanted)
        if not self.show_unreviewed:
            m &= table["review_status"] != "machine_extracted"
        if self.date_from is not None or self.date_to is not None:
            dated = table["date_start"].notna() & table["date_end"].notna()
            overlap = dated.copy()
            if self.date_from is not None:
                overlap &= table["date_end"] >= pd.Timestamp(self.date_from)
            if self.date_to is not None:
                overlap &= table["date_start"] <= pd.Timestamp(self.date_to)
            m &= overlap | (~dated if self.include_undated else False)
        return m

    def apply(self, table: pd.DataFrame) -> pd.DataFrame:
        return table[self.mask(table)]

    # ------------------------------------------------------------------ words

    def describe(self, *, claimant_names: dict[str, str] | None = None,
                 report_titles: dict[str, str] | None = None,
                 event_titles: dict[str, str] | None = None) -> str:
        """One line for a screenshot: what is shown, from when to when."""
        if self.source_types is not None and not self.source_types:
            who = "No source type selected"
        elif self.source_types and set(self.source_types) != set(SOURCE_TYPES):
            kinds = [SOURCE_TYPE_NAMES.get(s, s).lower() for s in self.source_types]
            who = _join(kinds) + " claims"
            who = who[0].upper() + who[1:]
        else:
            who = "Claims of every source type"
        parts = [who]
        if self.date_from or self.date_to:
            lo = _day(self.date_from) if self.date_from else "the earliest"
            hi = _day(self.date_to) if self.date_to else "the latest"
            span = f"{lo} – {hi}"
            if self.include_undated:
                span += " (undated claims included)"
            parts.append(span)
        else:
            parts.append("all dates")
        names = claimant_names or {}
        if self.claimants:
            parts.append("by " + _join([names.get(c, c) for c in self.claimants]))
        if self.incident_types:
            parts.append(_join([INCIDENT_TYPE_NAMES.get(t, t).lower()
                                for t in self.incident_types]))
        if self.labels and set(self.labels) != set(LABELS):
            parts.append("labelled " + _join(list(self.labels)))
        if self.geo_precisions and set(self.geo_precisions) != set(GEO_PRECISIONS):
            parts.append("placed at " + _join(list(self.geo_precisions)) + " precision")
        if self.reports:
            titles = report_titles or {}
            parts.append("from " + _join([titles.get(r, r) for r in self.reports]))
        if self.events:
            titles = event_titles or {}
            parts.append("event: " + _join([titles.get(e, e) for e in self.events]))
        if self.show_unreviewed:
            parts.append("machine-extracted claims included")
        return ", ".join(parts)

    # ------------------------------------------------------------------ plain key/value pairs

    def to_params(self) -> dict[str, str]:
        """Only what differs from the default, so a shared link stays short."""
        out: dict[str, str] = {}
        default = ClaimFilter()
        for f in fields(self):
            if f.name == "extra":
                continue
            value = getattr(self, f.name)
            if value == getattr(default, f.name):
                continue
            if value is None:
                continue
            if isinstance(value, tuple):
                out[f.name] = ",".join(value)
            elif isinstance(value, bool):
                out[f.name] = "1" if value else "0"
            elif isinstance(value, date):
                out[f.name] = value.isoformat()
        return out

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> ClaimFilter:
        """Lenient: unknown keys and unreadable values are ignored, never fatal."""
        kwargs: dict[str, Any] = {}
        for name in _LIST_FIELDS:
            if name not in params:
                continue
            raw = params[name]
            if isinstance(raw, list):
                raw = ",".join(str(r) for r in raw)
            kwargs[name] = tuple(v for v in str(raw or "").split(",") if v)
        for name in ("date_from", "date_to"):
            raw = params.get(name)
            if raw:
                with contextlib.suppress(ValueError):
                    kwargs[name] = date.fromisoformat(str(raw))
        for name in ("include_undated", "show_unreviewed"):
            raw = params.get(name)
            if raw is not None and str(raw) in ("0", "1"):
                kwargs[name] = str(raw) == "1"
        return cls(**kwargs)

    def with_(self, **changes: Any) -> ClaimFilter:
        return replace(self, **changes)


def _day(d: date) -> str:
    return d.strftime("%-d %b %Y")


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
