"""The map's opening framing, its standalone legend, its stylesheet order and its popups' link
to a claim's history, checked on the rendered text (the browser tests measure the same in
chromium: tests/browser/test_map_legibility.py, test_claims_map.py, test_hostile.py)."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from dashboard.legend import offmap_counts, offmap_lines
from dashboard.render import (
    ClaimView,
    build_map,
    claim_layer,
    legend_html,
    opening_bounds,
    province_bounds,
)
from dashboard.render.view import MIN_EXTENT_DEG


def _inside(table: pd.DataFrame) -> pd.DataFrame:
    (south, west), (north, east) = province_bounds()
    mapped = table[table["mapped"]]
    return mapped[mapped["lat"].between(south, north) & mapped["lon"].between(west, east)]


def test_claims_over_the_province_open_on_the_province(loaded) -> None:
    assert opening_bounds(loaded.table) == province_bounds()


def test_claims_in_part_of_the_province_open_on_their_box(loaded) -> None:
    shown = loaded.table[loaded.table["source_type"] == "media"]
    (s, w), (n, e) = opening_bounds(shown)
    (ps, pw), (pn, pe) = province_bounds()
    inside = _inside(shown)
    assert len(inside) >= 2
    # every claim of the selection in the province is in the box, with room around it
    assert (inside["lat"] > s).all() and (inside["lat"] < n).all()
    assert (inside["lon"] > w).all() and (inside["lon"] < e).all()
    # and the box is well inside the province's: it magnifies the map
    assert (n - s) < (pn - ps) / 1.4 and (e - w) < (pe - pw) / 1.4


def test_a_lone_claim_is_framed_with_its_district_around_it(loaded) -> None:
    shown = loaded.table[loaded.table["place"] == "Mashkai"]
    (s, w), (n, e) = opening_bounds(shown)
    assert n - s >= MIN_EXTENT_DEG and e - w >= MIN_EXTENT_DEG
    lat, lon = float(shown["lat"].iloc[0]), float(shown["lon"].iloc[0])
    assert abs((s + n) / 2 - lat) < 1e-3 and abs((w + e) / 2 - lon) < 1e-3


def test_claims_outside_the_province_or_unmapped_do_not_move_the_frame(loaded) -> None:
    table = loaded.table
    abroad_only = table[(table["place"] == "Islamabad") | ~table["mapped"]]
    assert len(abroad_only[abroad_only["mapped"]]) >= 1
    assert opening_bounds(abroad_only) == province_bounds()
    assert opening_bounds(table[~table["mapped"]]) == province_bounds()
    media = table[table["source_type"] == "media"]
    assert opening_bounds(media) == opening_bounds(media[media["place"] != "Islamabad"])


def _opening_bounds_in(html: str) -> list[list[float]]:
    found = re.search(r"openingView\([^,]+, (\[\[[^\]]+\],\[[^\]]+\]\])\)", html)
    assert found, "no opening view in the map's script"
    return json.loads(found.group(1))


def test_an_export_opens_on_its_selection_and_the_dashboard_map_on_the_province(loaded) -> None:
    media = loaded.table[loaded.table["source_type"] == "media"]
    assert _opening_bounds_in(build_map(media).get_root().render()) == opening_bounds(media)
    # the dashboard hands in the dataset's layer: its script stays the same for every filter,
    # and the selection's box travels with the view
    live = build_map(media, layer=claim_layer(loaded.table), center=None, zoom=None)
    assert _opening_bounds_in(live.get_root().render()) == province_bounds()
    view = ClaimView(None, legend="", fit=opening_bounds(media))
    assert json.loads(view.fit_json) == opening_bounds(media)
    assert "claimsFrame(" in str(view._template.module.script(view, {}))


def test_standalone_legend_lists_what_it_cannot_draw_and_escapes_it(loaded) -> None:
    table = loaded.table.copy()
    table.loc[~table["mapped"], "claimant"] = "<b>bold</b> & co"
    lines = offmap_lines(table)
    assert len(lines) == table.loc[~table["mapped"], "claim_id"].nunique()
    text = legend_html("s", counts=offmap_counts(table), listed=lines)
    assert "beside the map" not in text
    assert text.count("<li>") == len(lines)
    assert "<b>bold</b>" not in text and "&lt;b&gt;bold&lt;/b&gt; &amp; co" in text
    # the dashboard lists them beside the map, and its legend says so
    assert "listed beside the map" in legend_html("s", counts=offmap_counts(table))
    exported = build_map(table, offmap_counts=offmap_counts(table)).get_root().render()
    assert "listed beside the map" not in exported and "lg-offmap-list" in exported


def test_the_maps_stylesheet_follows_leaflets(loaded) -> None:
    html = build_map(loaded.table).get_root().render()
    leaflet = html.find("leaflet.css")
    ours = html.find(".leaflet-container { background")
    assert 0 <= leaflet < ours, "Leaflet's stylesheet would override the map's sea colour"
    assert html.count(".leaflet-container { background") == 1


@pytest.mark.parametrize("canvas", [False, True])
def test_popup_history_link_only_where_a_server_is(loaded, canvas: bool) -> None:
    from dashboard.render import CANVAS_ABOVE

    table = loaded.table
    if canvas:
        mapped = table[table["mapped"]]
        table = pd.concat([mapped.assign(claim_id=mapped["claim_id"] + f"-{k}")
                           for k in range(CANVAS_ABOVE // len(mapped) + 1)], ignore_index=True)
    live = build_map(table, layer=claim_layer(table, history="history?claim=")).get_root()
    export = build_map(table).get_root()
    assert '"history?claim="' in live.render()
    # the standalone export has no server: its popups carry no history link
    assert '"history?claim="' not in export.render()
