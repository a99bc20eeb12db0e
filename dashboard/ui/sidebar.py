"""Filter widgets in the sidebar; they produce a ClaimFilter and nothing else."""

from __future__ import annotations

from datetime import date

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
from dashboard.table import Loaded


def _date_bounds(table: pd.DataFrame) -> tuple[date, date]:
    starts = table["date_start"].dropna()
    ends = table["date_end"].dropna()
    if starts.empty:
        today = date.today()
        return today, today
    return starts.min().date(), ends.max().date()


def filters(loaded: Loaded) -> ClaimFilter:
    table = loaded.table
    ds = loaded.dataset
    sb = st.sidebar
    sb.header("Filters")

    source_types = sb.multiselect(
        "Source type of the claimant", SOURCE_TYPES, default=list(SOURCE_TYPES),
        format_func=lambda s: SOURCE_TYPE_NAMES.get(s, s), key="f_source_types")

    lo, hi = _date_bounds(table)
    picked = sb.date_input("Claimed date between", value=(lo, hi), min_value=lo,
                           max_value=hi, key="f_dates", format="YYYY-MM-DD")
    date_from, date_to = (picked if isinstance(picked, tuple) and len(picked) == 2
                          else (lo, hi))
    include_undated = sb.checkbox("Include claims with no date", value=True,
                                  key="f_undated")

    with sb.expander("More filters", expanded=False):
        claimant_ids = sorted(ds.claimants, key=lambda c: ds.claimants[c].name.lower())
        claimants = st.multiselect(
            "Claimant", claimant_ids, default=[], key="f_claimants",
            format_func=lambda c: ds.claimants[c].name if c in ds.claimants else c,
            placeholder="All claimants")
        incident_types = st.multiselect(
            "Incident type", INCIDENT_TYPES, default=[], key="f_incident_types",
            format_func=lambda t: INCIDENT_TYPE_NAMES.get(t, t), placeholder="All types")
        labels = st.multiselect("Verification label", LABELS, default=[], key="f_labels",
                                placeholder="All labels")
        geo = st.multiselect("Geo precision", [*GEO_PRECISIONS, "unresolved"], default=[],
                             key="f_geo", placeholder="All precisions")
        report_ids = sorted(ds.reports)
        reports = st.multiselect(
            "Report", report_ids, default=[], key="f_reports", placeholder="All reports",
            format_func=lambda r: f"{r}: {ds.reports[r].title}" if r in ds.reports else r)
        has_unreviewed = bool((table["review_status"] == "machine_extracted").any())
        show_unreviewed = st.checkbox(
            "Show machine-extracted claims (not reviewed)", value=False,
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
