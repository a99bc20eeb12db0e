"""Timeline data: vague dates are ranges, days are days, and a brush reads back as dates."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd

from dashboard import timeline
from dashboard.table import claims_of


def test_every_dated_claim_is_one_row_spanning_its_whole_range(loaded):
    rows = timeline.timeline_rows(loaded.table)
    claims = claims_of(loaded.table)
    dated = claims[claims["date_start"].notna()]
    assert len(rows) == len(dated) and rows["claim_id"].is_unique
    assert timeline.undated_count(loaded.table) == len(claims) - len(dated)
    for r in rows.itertuples():
        src = dated.set_index("claim_id").loc[r.claim_id]
        assert r.start == src["date_start"]
        assert r.end == src["date_end"] + pd.Timedelta(days=1)  # end is exclusive


def test_month_and_year_precision_are_drawn_as_ranges_not_points(loaded):
    rows = timeline.timeline_rows(loaded.table).set_index("claim_id")
    by_precision = rows.groupby("precision")
    for precision in ("month", "year"):
        if precision in by_precision.groups:
            group = by_precision.get_group(precision)
            assert group["vague"].all(), precision
            days = (group["end"] - group["start"]).dt.days
            assert (days >= (28 if precision == "month" else 365)).all(), precision
    day = by_precision.get_group("day")
    assert not day["vague"].any()
    assert ((day["end"] - day["start"]).dt.days == 1).all()


def test_chart_has_an_x_brush_and_colours_source_types_as_the_map(loaded):
    spec = timeline.chart(timeline.timeline_rows(loaded.table)).to_dict()
    # Altair lifts a layer's selection to the top level and names the view it belongs to.
    params = spec.get("params", []) + [p for layer in spec["layer"]
                                       for p in layer.get("params", [])]
    assert [p["name"] for p in params] == [timeline.BRUSH]
    assert params[0]["select"] == {"type": "interval", "encodings": ["x"]}
    assert params[0].get("views", [spec["layer"][0].get("name")]) == [spec["layer"][0]["name"]]
    bars = spec["layer"][0]
    assert bars["encoding"]["x2"]["field"] == "end"
    from dashboard.legend import SOURCE_COLOURS

    assert bars["encoding"]["color"]["scale"]["range"] == list(SOURCE_COLOURS.values())
    # The label is carried by shape on day marks, never by colour alone.
    assert spec["layer"][1]["encoding"]["shape"]["field"] == "label"


def test_empty_table_gives_empty_rows(loaded):
    rows = timeline.timeline_rows(loaded.table.iloc[0:0])
    assert rows.empty and list(rows.columns) == timeline.COLUMNS


def _ms(d: date) -> float:
    return (datetime(d.year, d.month, d.day) - datetime(1970, 1, 1)).total_seconds() * 1000


def test_brush_reads_back_as_clamped_dates():
    lo, hi = date(2020, 1, 1), date(2026, 2, 28)
    picked = timeline.brushed_dates({"start": [_ms(date(2026, 1, 29)), _ms(date(2026, 2, 5))]},
                                    lo, hi)
    assert picked == (date(2026, 1, 29), date(2026, 2, 5))
    # Reversed drag, ISO strings, and ends beyond the data are all read.
    assert timeline.brushed_dates({"start": ["2027-01-01", "2019-05-01"]}, lo, hi) == (lo, hi)


def test_no_or_unreadable_brush_is_none():
    lo, hi = date(2020, 1, 1), date(2026, 2, 28)
    for selection in (None, {}, {"start": []}, {"start": ["x", "y"]}, {"start": [1]},
                      {"start": ["2010-01-01", "2011-01-01"]}):
        assert timeline.brushed_dates(selection, lo, hi) is None, selection


def test_recent_span_keeps_claims_reaching_into_it(loaded):
    rows = timeline.timeline_rows(loaded.table)
    start, end = timeline.recent_span(rows, months=12)
    assert end == rows["end"].max()
    spec = timeline.chart(rows, span=(start, end)).to_dict()
    kept = {d["claim_id"] for d in next(iter(spec["datasets"].values()))}
    expected = set(rows.loc[(rows["end"] > start) & (rows["start"] < end), "claim_id"])
    assert kept == expected and kept != set(rows["claim_id"])
    assert spec["layer"][0]["encoding"]["x"]["scale"]["domain"] == [start.isoformat(),
                                                                    end.isoformat()]
