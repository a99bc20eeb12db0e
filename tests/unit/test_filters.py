"""ClaimFilter: applied to the real claim table, described in words, round-tripped as params."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.filters import ClaimFilter


def test_default_filter_hides_only_machine_extracted_claims(loaded):
    t = loaded.table
    assert len(ClaimFilter().apply(t)) == int((t["review_status"] != "machine_extracted").sum())


@pytest.mark.parametrize("types", [("state",), ("armed_group",), ("state", "media")])
def test_source_type_filter_keeps_exactly_those_types(loaded, types):
    out = ClaimFilter(source_types=types).apply(loaded.table)
    assert set(out["source_type"]) == set(types)
    assert len(out) == int(loaded.table["source_type"].isin(types).sum())


def test_empty_selection_selects_nothing(loaded):
    assert ClaimFilter(source_types=()).apply(loaded.table).empty


def test_date_range_is_an_overlap_test_not_a_point_test(loaded):
    # The military's campaign (29 Jan – 5 Feb 2026) overlaps a window that holds neither end.
    f = ClaimFilter(date_from=date(2026, 2, 2), date_to=date(2026, 2, 3), include_undated=False)
    ids = set(f.apply(loaded.table)["claim_id"])
    assert "c-003-01" in ids
    assert "c-002-03" not in ids  # 31 January only
    assert "c-001-04" not in ids  # undated


def test_undated_claims_follow_the_switch(loaded):
    undated = set(loaded.table.loc[loaded.table["date_start"].isna(), "claim_id"])
    assert undated
    on = set(ClaimFilter(date_from=date(2026, 1, 1)).apply(loaded.table)["claim_id"])
    off = set(ClaimFilter(date_from=date(2026, 1, 1), include_undated=False)
              .apply(loaded.table)["claim_id"])
    assert undated <= on and not undated & off


@pytest.mark.parametrize("f, words", [
    (ClaimFilter(), "Claims of every source type, all dates"),
    (ClaimFilter(source_types=("state", "armed_group"), date_from=date(2026, 1, 29),
                 date_to=date(2026, 2, 5), include_undated=False),
     "State and armed group claims, 29 Jan 2026 – 5 Feb 2026"),
    (ClaimFilter(labels=("disputed",)), "Claims of every source type, all dates, "
                                        "labelled disputed"),
    (ClaimFilter(source_types=()), "No source type selected, all dates"),
])
def test_describe_says_what_is_shown(f, words):
    assert f.describe() == words


def test_params_round_trip_and_ignore_garbage():
    f = ClaimFilter(source_types=("state",), date_from=date(2026, 1, 29),
                    include_undated=False, labels=("disputed", "unverified"))
    assert ClaimFilter.from_params(f.to_params()) == f
    assert ClaimFilter.from_params({"date_from": "not-a-date", "junk": "1"}) == ClaimFilter()
    assert ClaimFilter().to_params() == {}
