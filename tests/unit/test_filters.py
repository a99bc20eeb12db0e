"""ClaimFilter: applied to a claim table built for each rule (tests/builders.py), described in
words, round-tripped as params."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.filters import ClaimFilter
from tests.builders import (
    CHIEF_MINISTER,
    FRONT,
    MOVEMENT,
    OUTLET,
    PRESS_WING,
    WATCH,
    make_claim,
    make_dataset,
    make_figure,
    make_table,
)


def ids(table: pd.DataFrame) -> set[str]:
    return set(table["claim_id"])


@pytest.fixture(scope="module")
def voices() -> pd.DataFrame:
    """One claim per source type, plus one the ingest pipeline wrote and nobody reviewed."""
    return make_table(make_dataset(
        make_claim("state", PRESS_WING), make_claim("armed", FRONT),
        make_claim("political", MOVEMENT), make_claim("rights", WATCH),
        make_claim("media", OUTLET),
        make_claim("machine", OUTLET, review_status="machine_extracted")))


@pytest.fixture(scope="module")
def dated() -> pd.DataFrame:
    return make_table(make_dataset(
        make_claim("campaign", PRESS_WING, date="2026-01-29/2026-02-05"),
        make_claim("day", PRESS_WING, date="2026-01-31"),
        make_claim("month", FRONT, date="2026-02"),
        make_claim("later", FRONT, date="2026-02-04"),
        make_claim("undated", WATCH, date=None)))


def test_default_filter_hides_only_machine_extracted_claims(voices) -> None:
    assert ids(ClaimFilter().apply(voices)) == {"state", "armed", "political", "rights", "media"}
    assert "machine" in ids(ClaimFilter(show_unreviewed=True).apply(voices))


@pytest.mark.parametrize(("types", "expected"), [
    (("state",), {"state"}),
    (("armed_group",), {"armed"}),
    (("state", "media"), {"state", "media"}),
    (("dataset",), set()),
])
def test_source_type_filter_keeps_exactly_those_types(voices, types, expected) -> None:
    assert ids(ClaimFilter(source_types=types).apply(voices)) == expected


def test_empty_selection_selects_nothing(voices) -> None:
    assert ClaimFilter(source_types=()).apply(voices).empty
    assert ClaimFilter(claimants=()).apply(voices).empty


@pytest.mark.parametrize(("window", "expected"), [
    # a range overlapping the window counts, though neither of its ends lies in it
    ((date(2026, 2, 2), date(2026, 2, 3)), {"campaign", "month"}),
    ((date(2026, 1, 31), date(2026, 1, 31)), {"campaign", "day"}),
    ((None, date(2026, 1, 30)), {"campaign"}),
    ((date(2026, 2, 4), None), {"campaign", "month", "later"}),
])
def test_date_range_is_an_overlap_test_not_a_point_test(dated, window, expected) -> None:
    f = ClaimFilter(date_from=window[0], date_to=window[1], include_undated=False)
    assert ids(f.apply(dated)) == expected


def test_undated_claims_follow_the_switch(dated) -> None:
    assert "undated" in ids(ClaimFilter(date_from=date(2026, 1, 1)).apply(dated))
    assert "undated" not in ids(ClaimFilter(date_from=date(2026, 1, 1),
                                            include_undated=False).apply(dated))
    # with no date limit there is nothing to be undated against: the switch changes nothing
    assert ids(ClaimFilter(include_undated=False).apply(dated)) == ids(ClaimFilter().apply(dated))


def test_each_list_field_selects_its_own_column() -> None:
    table = make_table(make_dataset(
        make_claim("a", PRESS_WING, event="e1", report="r1", incident_type="attack",
                   figures=[make_figure(3, "civilians")]),
        make_claim("b", FRONT, event="e1", report="r2", incident_type="attack",
                   figures=[make_figure(30, "civilians")]),
        make_claim("c", WATCH, report="r2", incident_type="abduction"),
        make_claim("d", CHIEF_MINISTER, event="e2", report="r3",
                   incident_type="security_operation")))
    assert ids(ClaimFilter(claimants=("front", "watch")).apply(table)) == {"b", "c"}
    assert ids(ClaimFilter(events=("e1",)).apply(table)) == {"a", "b"}
    assert ids(ClaimFilter(reports=("r2", "r3")).apply(table)) == {"b", "c", "d"}
    assert ids(ClaimFilter(incident_types=("abduction",)).apply(table)) == {"c"}
    assert ids(ClaimFilter(labels=("disputed",)).apply(table)) == {"a", "b"}
    assert ids(ClaimFilter(labels=("disputed",), reports=("r1",)).apply(table)) == {"a"}


def test_geo_precision_selects_places_not_whole_claims() -> None:
    # A claim naming a town and the whole province has a row for each; the filter keeps rows.
    table = make_table(make_dataset(
        make_claim("both", PRESS_WING, places=["Quetta", "Balochistan"]),
        make_claim("province", FRONT, places=["Balochistan"])))
    shown = ClaimFilter(geo_precisions=("point",)).apply(table)
    assert list(zip(shown["claim_id"], shown["place"], strict=True)) == [("both", "Quetta")]
    assert ids(ClaimFilter(geo_precisions=("province",)).apply(table)) == {"both", "province"}


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
