"""Filter widgets in the sidebar; they produce a ClaimFilter and nothing else.

Each widget takes its starting value from session state, which ``seed`` fills once per session
from the page URL: that is how a shared link reopens with the same filters. Widgets are created
without a ``default`` so Streamlit never sees two starting values for one key.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.filters import ClaimFilter
from dashboard.models import (
    GEO_PRECISIONS,
    INCIDENT_TYPE_NAMES,
    INCIDENT_TYPES,
    LABELS,
    SOURCE_TYPE_NAMES,
    SOURCE_TYPES,
)
from dashboard.pipeline import Loaded
from dashboard.ui import selection


def _date_bounds(table: pd.DataFrame) -> tuple[date, date]:
    starts = table["date_start"].dropna()
    ends = table["date_end"].dropna()
    if starts.empty:
        today = date.today()
        return today, today
    return starts.min().date(), ends.max().date()


def date_bounds(loaded: Loaded) -> tuple[date, date]:
    # two scans of every claim's dates, twice a run: once per dataset in the process instead
    return selection.shared("date_bounds", loaded, "", lambda: _date_bounds(loaded.table))


def widget_values(claim_filter: ClaimFilter, loaded: Loaded) -> dict[str, Any]:
    """The widget values that show ``claim_filter``; values the data does not know (a link from
    another dataset) are dropped rather than allowed to break a widget."""
    ds = loaded.dataset
    lo, hi = date_bounds(loaded)
    f = claim_filter

    def known(values: tuple[str, ...] | None, options: Any) -> list[str]:
        return [v for v in (values or ()) if v in options]

    date_from = min(max(f.date_from or lo, lo), hi)
    date_to = max(min(f.date_to or hi, hi), date_from)
    return {
        "f_source_types": list(SOURCE_TYPES) if f.source_types is None
        else known(f.source_types, SOURCE_TYPES),
        "f_dates": (date_from, date_to),
        "f_undated": f.include_undated,
        "f_claimants": known(f.claimants, ds.claimants),
        "f_incident_types": known(f.incident_types, INCIDENT_TYPES),
        "f_labels": known(f.labels, LABELS),
        "f_geo": known(f.geo_precisions, [*GEO_PRECISIONS, "unresolved"]),
        "f_reports": known(f.reports, ds.reports),
        "f_unreviewed": f.show_unreviewed,
    }


def seed(values: Mapping[str, Any]) -> None:
    """Give every filter widget its starting value, unless it already has one."""
    for key, value in values.items():
        if key not in st.session_state:
            st.session_state[key] = value


def filters(loaded: Loaded) -> ClaimFilter:
    table = loaded.table
    ds = loaded.dataset
    sb = st.sidebar
    sb.header("Filters")

    source_types = sb.multiselect(
        "Source type of the claimant", SOURCE_TYPES,
        format_func=lambda s: SOURCE_TYPE_NAMES.get(s, s), key="f_source_types")

    lo, hi = date_bounds(loaded)
    picked = sb.date_input("Claimed date between", min_value=lo, max_value=hi, key="f_dates",
                           format="YYYY-MM-DD",
                           help="Or drag across the timeline below the map.")
    date_from, date_to = (picked if isinstance(picked, tuple) and len(picked) == 2
                          else (lo, hi))
    include_undated = sb.checkbox("Include claims with no date", key="f_undated")

    with sb.expander("More filters", expanded=False):
        claimant_ids = sorted(ds.claimants, key=lambda c: ds.claimants[c].name.lower())
        claimants = st.multiselect(
            "Claimant", claimant_ids, key="f_claimants",
            format_func=lambda c: ds.claimants[c].name if c in ds.claimants else c,
            placeholder="All claimants")
        incident_types = st.multiselect(
            "Incident type", INCIDENT_TYPES, key="f_incident_types",
            format_func=lambda t: INCIDENT_TYPE_NAMES.get(t, t), placeholder="All types")
        labels = st.multiselect("Verification label", LABELS, key="f_labels",
                                placeholder="All labels")
        geo = st.multiselect("Geo precision", [*GEO_PRECISIONS, "unresolved"],
                             key="f_geo", placeholder="All precisions")
        report_ids = sorted(ds.reports)
        reports = st.multiselect(
            "Report", report_ids, key="f_reports", placeholder="All reports",
            format_func=lambda r: f"{r}: {ds.reports[r].title}" if r in ds.reports else r)
        has_unreviewed = bool((table["review_status"] == "machine_extracted").any())
        show_unreviewed = st.checkbox(
            "Show machine-extracted claims (not reviewed)",
            key="f_unreviewed", disabled=not has_unreviewed,
            help="Candidate claims written by `ingest` into review/; drawn hollow.")

    everything = (lo, hi)
    return ClaimFilter(
        source_types=None if set(source_types) == set(SOURCE_TYPES) else tuple(source_types),
        date_from=None if (date_from, date_to) == everything else date_from,
        date_to=None if (date_from, date_to) == everything else date_to,
        include_undated=include_undated,
        claimants=tuple(claimants) or None, incident_types=tuple(incident_types) or None,
        labels=tuple(labels) or None, geo_precisions=tuple(geo) or None,
        reports=tuple(reports) or None,
        show_unreviewed=show_unreviewed,
    )
