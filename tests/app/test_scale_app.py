"""A large dataset in the app: filters change what the open map shows, never the map itself.

st_folium keys its frame by the map's script: a script that changed is a new frame, Leaflet
loaded again and every claim sent again. So here the script must stay byte-for-byte the same
across filter changes while the view (st_folium's feature group) carries the new selection.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.pipeline import load
from dashboard.share import View
from dashboard.ui.panels import describe
from tests.app.conftest import APP, map_args, map_view, view_bits
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from bench_scale import synthetic_dataset


@pytest.fixture(scope="module")
def big_data(tmp_path_factory) -> Path:
    return synthetic_dataset(4000, tmp_path_factory.mktemp("scale-app") / "data", seed=5)


def _shown_ids(view: dict, rows: list[str]) -> set[str]:
    return {r for r, keep in zip(rows, view_bits(view, len(rows)), strict=True) if keep}


def test_a_filter_change_sends_a_new_view_to_the_same_map(monkeypatch, big_data):
    monkeypatch.setenv("DASHBOARD_DATA", str(big_data))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    before = map_args(at)
    # the claims are fetched from a published file, not carried in the script
    url = re.search(r'var url = "([^"]+)"', before["script"]).group(1)
    assert url.startswith("/app/static/claims/") and len(before["script"]) < 200_000
    published = REPO / "dashboard" / "ui" / "static" / "claims" / url.rsplit("/", 1)[1]
    data = json.loads(published.read_text(encoding="utf-8"))
    table = load(big_data).table
    rows = list(table.loc[table["mapped"], "claim_id"])
    assert data["n"] == len(rows)
    assert _shown_ids(map_view(at), rows) == set(rows)

    at.sidebar.multiselect(key="f_source_types").unselect("state").run()
    assert not at.exception
    after = map_args(at)
    assert after["script"] == before["script"], "a filter change must not rebuild the map"
    assert after["key"] == before["key"]
    view = map_view(at)
    linked = View.from_params({k: (v[0] if isinstance(v, list) else v)
                               for k, v in at.query_params.items()})
    want = linked.claim_filter.apply(table)
    assert "state" not in set(want["source_type"])
    assert _shown_ids(view, rows) == set(want.loc[want["mapped"], "claim_id"])
    assert _shown_ids(view, rows) < set(rows)
    # the on-map legend travels with the view, so a screenshot names this selection
    summary = describe(linked.claim_filter, load(big_data))
    assert f'class="lg-summary">{html.escape(summary)}<' in view["legend"]


def test_the_timeline_waits_for_a_switch_only_on_large_datasets(monkeypatch, big_data):
    from dashboard.ui import panels

    monkeypatch.setenv("DASHBOARD_DATA", str(big_data))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    assert not [t for t in at.toggle if t.key == "show_timeline"]  # 4,000 claims: just shown
    assert at.get("vega_lite_chart") or at.get("arrow_vega_lite_chart")

    monkeypatch.setattr(panels, "TIMELINE_AUTO_MAX", 1000)
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    switch = next(t for t in at.toggle if t.key == "show_timeline")
    assert switch.value is False
    assert not (at.get("vega_lite_chart") or at.get("arrow_vega_lite_chart"))
    assert any("switch it on" in c.value for c in at.caption)
    switch.set_value(True).run()
    assert not at.exception
    assert at.get("vega_lite_chart") or at.get("arrow_vega_lite_chart")
