"""A view as URL parameters: round trips, lenient reading, links and export names."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.filters import ClaimFilter
from dashboard.share import BRIEF, EXPLORE, View, export_name, share_url, view_slug

FILTER = ClaimFilter(source_types=("state", "armed_group"), date_from=date(2026, 1, 29),
                     date_to=date(2026, 2, 5), include_undated=False, labels=("disputed",))


def test_default_view_has_no_params():
    assert View().to_params() == {}
    assert View.from_params({}) == View()


def test_full_view_round_trips_through_params():
    view = View(FILTER, (29.1234, 66.9876), 8, "ev-2026-01-31-attacks", BRIEF, compare=True)
    params = view.to_params()
    assert params["compare"] == "1"
    assert params["lat"] == "29.1234" and params["lon"] == "66.9876" and params["zoom"] == "8"
    assert params["event"] == "ev-2026-01-31-attacks" and params["mode"] == "brief"
    assert params["source_types"] == "state,armed_group"
    assert View.from_params(params) == view


def test_streamlit_style_list_values_are_read():
    # st.query_params.to_dict() gives strings, but a repeated key may arrive as a list.
    view = View.from_params({"lat": ["1", "29.5"], "lon": "66", "zoom": "7",
                             "source_types": ["media"]})
    assert view.center == (29.5, 66.0) and view.zoom == 7
    assert view.claim_filter.source_types == ("media",)


@pytest.mark.parametrize("params", [
    {"lat": "x", "lon": "66", "zoom": "7"},
    {"lat": "95", "lon": "66", "zoom": "7"},
    {"lat": "29", "lon": "nan", "zoom": "7"},
    {"lat": "29", "lon": "66"},              # no zoom: neither is used
    {"lat": "29", "lon": "66", "zoom": "inf"},
])
def test_unreadable_map_position_is_ignored(params):
    view = View.from_params(params)
    assert view.center is None and view.zoom is None


def test_comparison_needs_an_event():
    assert View.from_params({"compare": "1"}).compare is False
    assert View(compare=True).to_params() == {}


def test_zoom_is_clamped_and_mode_is_only_brief_or_explore():
    assert View.from_params({"lat": "29", "lon": "66", "zoom": "99"}).zoom == 18
    assert View.from_params({"mode": "<script>"}).mode == EXPLORE
    assert View.from_params({"mode": "brief"}).brief


def test_with_map_reads_what_the_map_reports():
    view = View().with_map({"lat": 28.123456, "lng": 65.98765}, 7)
    assert view.center == (28.1235, 65.9877) and view.zoom == 7
    assert View().with_map(None, 7) == View()


def test_share_url_replaces_the_query_and_encodes_values():
    view = View(ClaimFilter(claimants=("a&b", "c d")), (29.0, 66.0), 6)
    link = share_url("http://127.0.0.1:8701/?old=1#frag", view)
    parts = urlsplit(link)
    assert parts.netloc == "127.0.0.1:8701" and parts.fragment == ""
    query = parse_qs(parts.query)
    assert "old" not in query
    assert query["claimants"] == ["a&b,c d"]
    assert View.from_params({k: v[0] for k, v in query.items()}) == view


def test_export_names_follow_view_and_day():
    day = date(2026, 2, 6)
    assert export_name(View(), "png", day) == "balochistan-claims_all-claims_2026-02-06.png"
    name = export_name(View(FILTER), "csv", day)
    assert name == ("balochistan-claims_state-armed_group_2026-01-29_2026-02-05_disputed_"
                    "dated-only_2026-02-06.csv")


def test_event_names_the_file_only_when_the_view_shows_it():
    day = date(2026, 2, 6)
    assert "event-ev-1" not in export_name(View(event="ev-1"), "png", day)
    assert "_event-ev-1_" in export_name(View(event="ev-1", compare=True), "png", day)


def test_long_slugs_are_cut_and_stay_distinct():
    many = tuple(f"claimant-{i}" for i in range(40))
    a = view_slug(View(ClaimFilter(claimants=many)))
    b = view_slug(View(ClaimFilter(claimants=many[:-1])))
    assert len(a) <= 60 and len(b) <= 60 and a != b


@given(st.text(min_size=1, max_size=30))
def test_slug_is_always_file_name_safe(text):
    s = view_slug(View(ClaimFilter(claimants=(text,)), event=text, compare=True))
    assert s and all(c.isascii() and (c.isalnum() or c in "-_") for c in s)
    assert s == s.lower()
