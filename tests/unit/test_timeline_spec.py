"""The timeline's spec made from a once-validated chart with the selection's rows put in: the
same Vega-Lite as altair makes for those rows (up to the views' generated names)."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from dashboard import timeline
from dashboard.filters import ClaimFilter


def _same_up_to_view_names(spec: dict) -> str:
    """The spec as text with altair's generated view names ("view_<hash>_0", different for
    every chart it builds) numbered in order of appearance."""
    text = json.dumps(spec, sort_keys=True)
    names = list(dict.fromkeys(re.findall(r"view_[0-9a-f]+_\d+", text)))
    for i, name in enumerate(names):
        text = text.replace(name, f"VIEW{i}")
    return text


SELECTIONS = [ClaimFilter(), ClaimFilter(source_types=("state", "media")),
              ClaimFilter(source_types=("political",)),
              ClaimFilter(source_types=("armed_group",), labels=("disputed",))]


@pytest.mark.parametrize("claim_filter", SELECTIONS, ids=lambda f: str(f.to_params()))
@pytest.mark.parametrize("recent", [False, True], ids=["every date", "last 12 months"])
def test_spec_is_altairs_for_the_same_rows(loaded, claim_filter, recent):
    rows = timeline.timeline_rows(claim_filter.apply(loaded.table))
    assert not rows.empty
    span = timeline.recent_span(rows) if recent else None
    ours = timeline.chart_spec(rows, span=span)
    assert _same_up_to_view_names(ours) == _same_up_to_view_names(
        timeline.chart(rows, span=span).to_dict())
    (name, records), = ours["datasets"].items()
    assert ours["data"] == {"name": name}
    drawn = set(rows["claim_id"]) if span is None else set(timeline.in_span(rows, span)
                                                            ["claim_id"])
    assert {r["claim_id"] for r in records} == drawn


def test_one_selection_never_shows_in_the_next(loaded):
    """The structure is shared; the rows are not: each call starts from a fresh copy."""
    table = loaded.table
    state = timeline.timeline_rows(ClaimFilter(source_types=("state",)).apply(table))
    media = timeline.timeline_rows(ClaimFilter(source_types=("media",)).apply(table))
    first = timeline.chart_spec(state)
    first["layer"][0]["mark"]["opacity"] = 0  # a caller editing its copy
    second = timeline.chart_spec(media)
    assert second["layer"][0]["mark"]["opacity"] == 0.35
    (records,) = second["datasets"].values()
    assert {r["source_type"] for r in records} == {"media"}
    assert first["data"] != second["data"]


def test_weekly_rows_of_a_large_selection_keep_their_counts():
    day = pd.Timestamp("2026-01-05")
    rows = pd.DataFrame({
        "claim_id": [f"c{i}" for i in range(timeline.ROWS_MAX + 10)],
        "claimant": "someone", "source_type": "state",
        "start": [day + pd.Timedelta(days=i % 20) for i in range(timeline.ROWS_MAX + 10)],
        "precision": "day", "label": "unverified", "date_label": "a day",
        "figures_text": ""})
    rows["end"] = rows["start"] + pd.Timedelta(days=1)
    rows["source"] = "State"
    grouped = timeline._by_week(rows.assign(vague=False))[timeline.COLUMNS]
    assert len(grouped) < len(rows)
    ours = timeline.chart_spec(grouped)
    assert _same_up_to_view_names(ours) == _same_up_to_view_names(
        timeline.chart(grouped).to_dict())
