"""Claims over time: one bar per claim from the first to the last day it may refer to.

A claim dated only to a month or a year is not an event on the 1st: it is drawn across the whole
month or year, lighter, so the chart never shows a precision the report did not give. Claims
dated to one day are drawn as ticks, which stay visible on a chart spanning years.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

import altair as alt
import pandas as pd

from dashboard import legend
from dashboard.table import claims_of

BRUSH = "brush"
# Vega-Lite's names for the shapes the map uses, so a label reads the same on both.
VEGA_SHAPES = {"circle": "circle", "triangle": "triangle-up", "square": "square",
               "diamond": "diamond"}
COLUMNS = ["claim_id", "claimant", "source_type", "source", "start", "end", "precision",
           "vague", "label", "date_label", "figures_text"]


def timeline_rows(table: pd.DataFrame) -> pd.DataFrame:
    """One row per dated claim. ``end`` is exclusive (the day after the last day), so a claim
    of one day is one day wide and a month-precise claim covers the whole month."""
    claims = claims_of(table)
    dated = claims[claims["date_start"].notna() & claims["date_end"].notna()]
    if dated.empty:
        return pd.DataFrame(columns=COLUMNS)
    out = pd.DataFrame({
        "claim_id": dated["claim_id"],
        "claimant": dated["claimant"],
        "source_type": dated["source_type"],
        "source": dated["source_type"].map(_source_names()).fillna(dated["source_type"]),
        "start": pd.to_datetime(dated["date_start"]),
        "end": pd.to_datetime(dated["date_end"]) + pd.Timedelta(days=1),
        "precision": dated["time_precision"],
        "label": dated["label"],
        "date_label": dated["date_label"],
        "figures_text": dated["figures_text"].fillna(""),
    })
    out["vague"] = (out["end"] - out["start"]) > pd.Timedelta(days=1)
    if len(out) > ROWS_MAX:
        out = _by_week(out)
    return out[COLUMNS].sort_values(["start", "claim_id"]).reset_index(drop=True)


ROWS_MAX = 2000  # past this, one mark per claim would send megabytes of chart data


def _by_week(rows: pd.DataFrame) -> pd.DataFrame:
    """Many claims: one mark per week, source type and label for claims dated to a day, one
    bar per distinct span for the rest; the tooltip says how many claims each stands for."""
    rows = rows.copy()
    day = ~rows["vague"]
    week = rows.loc[day, "start"].dt.to_period("W-SUN").dt.start_time
    rows.loc[day, "start"] = week
    rows.loc[day, "end"] = week + pd.Timedelta(days=7)
    keys = ["source_type", "source", "start", "end", "precision", "vague", "label"]
    out = rows.groupby(keys, sort=False).agg(claim_id=("claim_id", "first"),
                                             n=("claim_id", "size")).reset_index()
    out["claimant"] = out["n"].map(lambda n: f"{n:,} claim(s)")
    out["date_label"] = [
        (f"week of {s:%-d %b %Y} (claims dated to a day)" if not v
         else f"{s:%-d %b %Y} – {(e - pd.Timedelta(days=1)):%-d %b %Y}")
        for s, e, v in zip(out["start"], out["end"], out["vague"], strict=True)]
    out["figures_text"] = ""
    return out


def _source_names() -> dict[str, str]:
    """Each source type as the legend names it (the chart's lanes and colour domain)."""
    return {e.key: e.text for e in legend.sections()["source_type"].entries}


def undated_count(table: pd.DataFrame) -> int:
    claims = claims_of(table)
    return int((claims["date_start"].isna() | claims["date_end"].isna()).sum())


def recent_span(rows: pd.DataFrame, months: int = 12) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The last ``months`` before the latest claimed day: where a news-driven dataset's
    claims crowd, which a chart spanning decades squeezes into a sliver."""
    end = rows["end"].max()
    return end - pd.DateOffset(months=months), end


def in_span(rows: pd.DataFrame, span: tuple[pd.Timestamp, pd.Timestamp]) -> pd.DataFrame:
    """The rows a chart of ``span`` draws. Claims reaching into the span are kept and cut at
    its edges (clip), so a year-long claim still shows as a bar running off the chart rather
    than vanishing."""
    return rows[(rows["end"] > span[0]) & (rows["start"] < span[1])]


def chart(rows: pd.DataFrame, *, lane_px: int = 30,
          span: tuple[pd.Timestamp, pd.Timestamp] | None = None) -> alt.LayerChart:
    """Ranges as bars, single days as ticks, one lane per source type, coloured by it too (so
    colour is not the only carrier), the label by shape; an x-interval brush named BRUSH."""
    key = legend.sections()
    source_types = key["source_type"].entries
    # the label's marks only: a machine-extracted claim is not drawn apart on the timeline
    labels = [e for e in key["label"].entries if e.key in legend.LABEL_SHAPES]
    names = [e.text for e in source_types]
    colour = alt.Color("source:N", title=key["source_type"].title,
                       scale=alt.Scale(domain=names, range=[e.colour for e in source_types]))
    y = alt.Y("source:N", title=None, sort=names, scale=alt.Scale(domain=names),
              axis=alt.Axis(labelLimit=200))
    tooltip = [alt.Tooltip("claimant:N", title="Claimant"),
               alt.Tooltip("source:N", title="Source type"),
               alt.Tooltip("date_label:N", title="Date"),
               alt.Tooltip("precision:N", title="Time precision"),
               alt.Tooltip("label:N", title="Label"),
               alt.Tooltip("figures_text:N", title="Figures")]
    brush = alt.selection_interval(name=BRUSH, encodings=["x"])
    x_scale = alt.Scale()
    if span is not None:
        rows = in_span(rows, span)
        x_scale = alt.Scale(domain=[span[0].isoformat(), span[1].isoformat()])
    base = alt.Chart(rows)
    ranges = base.transform_filter("datum.vague").mark_bar(
        opacity=0.35, stroke="#333", strokeWidth=0.6, strokeDash=[3, 2], clip=True).encode(
        x=alt.X("start:T", title="Claimed date (bars: dated only to a range, month or year)",
                scale=x_scale),
        x2="end:T", y=y, color=colour, tooltip=tooltip)
    days = base.transform_filter("!datum.vague").mark_point(
        filled=True, size=90, stroke="#1a1a1a", strokeWidth=0.8, opacity=0.95, clip=True).encode(
        x="start:T", y=y, color=colour, tooltip=tooltip,
        shape=alt.Shape("label:N", title=key["label"].title,
                        scale=alt.Scale(domain=[e.key for e in labels],
                                        range=[VEGA_SHAPES[e.shape] for e in labels])))
    return (alt.layer(ranges.add_params(brush), days)
            # The height Streamlit gives the chart includes the axis and its title.
            .properties(height=lane_px * len(names) + 60)
            .configure_axis(labelFontSize=13, titleFontSize=13)
            .configure_legend(labelFontSize=13, titleFontSize=13, orient="right"))


def chart_spec(rows: pd.DataFrame, *,
               span: tuple[pd.Timestamp, pd.Timestamp] | None = None) -> dict[str, Any]:
    """``chart(rows, span=span).to_dict()``, without building and validating a chart per
    selection: altair took ~0.25 s of CPU for that on every new filter, most of a filter
    change's cost when a crowd's readers each pick their own. The chart's structure depends
    only on the span; the rows only fill its one dataset. So the structure is built and
    validated once per span (with no rows) and each selection's rows are put in its place,
    converted and named as altair converts and names them."""
    spec = json.loads(_empty_chart_json(span))
    values = alt.utils.data.to_values(in_span(rows, span) if span is not None else rows)
    records = values["values"]
    name = _dataset_name(records)
    spec["datasets"] = {name: records}
    spec["data"] = {"name": name}
    return spec


@lru_cache(maxsize=16)
def _empty_chart_json(span: tuple[pd.Timestamp, pd.Timestamp] | None) -> str:
    # Text: every caller gets its own copy of the spec to fill in.
    return json.dumps(chart(pd.DataFrame(columns=COLUMNS), span=span).to_dict())


def _dataset_name(records: list[dict[str, Any]]) -> str:
    """Altair's name for a dataset (a hash of its values), so the spec is the one it makes."""
    if records == [{}]:
        return "empty"
    text = json.dumps(records, sort_keys=True, default=str)
    return "data-" + hashlib.sha256(text.encode()).hexdigest()[:32]


def brushed_dates(selection: Any, lo: date, hi: date) -> tuple[date, date] | None:
    """The date range an x-brush selects, clamped to [lo, hi]; None when nothing is brushed.

    Vega-Lite reports an interval on a time axis as {field: [start, end]} in epoch
    milliseconds (or date strings); the end is exclusive-ish, so the range is inclusive of the
    day the brush ends in.
    """
    if not isinstance(selection, dict) or not selection:
        return None
    # The brush is on x, whose field is "start"; take any single interval if named otherwise.
    values = selection.get("start", next(iter(selection.values())))
    if not isinstance(values, list | tuple) or len(values) != 2:
        return None
    days = [_as_date(v) for v in values]
    if None in days:
        return None
    a, b = sorted(d for d in days if d is not None)
    a, b = max(a, lo), min(b, hi)
    if a > b:
        return None
    return a, b


def _as_date(value: Any) -> date | None:
    try:
        if isinstance(value, int | float):
            return (datetime(1970, 1, 1) + timedelta(milliseconds=float(value))).date()
        return pd.Timestamp(str(value)).date()
    except (ValueError, OverflowError):
        return None
