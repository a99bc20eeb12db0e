"""The map's frame rendered once and shared (dashboard/ui/map_frame.py): the component gets
exactly what st_folium would have given it for the same map, and a second run with another
selection renders only the selection."""

from __future__ import annotations

import re
from typing import Any

import folium
import pytest
import streamlit_folium as sf
from branca.element import Element

from dashboard.render import ClaimView
from dashboard.ui import map_frame

_ID = re.compile(r"[0-9a-f]{32}")


def _map() -> folium.Map:
    m = folium.Map(location=[28.5, 66.0], zoom_start=6, tiles=None)
    folium.CircleMarker([30.18, 67.0], radius=6, tooltip="Quetta").add_to(m)
    folium.PolyLine([[25.1, 62.3], [25.3, 63.5]]).add_to(m)
    m.get_root().header.add_child(Element("<style>.x{color:red}</style>"))
    return m


def _view(bits: bytes, legend: str) -> folium.FeatureGroup:
    view = folium.FeatureGroup(name="Claims in this view", control=False)
    ClaimView(bits, legend=legend, key="k1").add_to(view)
    return view


@pytest.fixture
def calls(monkeypatch) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []

    def record(**kwargs: Any) -> dict:
        seen.append(kwargs)
        return {}

    monkeypatch.setattr(sf, "_component_func", record)
    return seen


def _comparable(args: dict[str, Any]) -> dict[str, Any]:
    # folium names each element with a random hex id; the component's key ignores them
    return {k: _ID.sub("ID", v) if isinstance(v, str) else v
            for k, v in args.items() if k != "on_change"}


def test_the_component_gets_what_st_folium_would_give_it(calls):
    sf.st_folium(_map(), key="claims_map", height=640, use_container_width=True,
                 feature_group_to_add=_view(b"\x05", "<p>legend</p>"),
                 returned_objects=["center", "zoom"])
    map_frame.show_map("test-frame-1", _map, _view(b"\x05", "<p>legend</p>"),
                       key="claims_map", height=640, returned_objects=["center", "zoom"])
    theirs, ours = (_comparable(c) for c in calls)
    assert set(ours) == set(theirs)
    for name in theirs:
        assert ours[name] == theirs[name], name
    assert "window.claimsView" in ours["feature_group"]


def test_the_map_is_built_once_and_only_the_selection_changes(calls):
    built = []

    def build() -> folium.Map:
        built.append(1)
        return _map()

    for bits, legend in ((b"\x01", "<p>one</p>"), (b"\x02", "<p>two</p>")):
        map_frame.show_map("test-frame-2", build, _view(bits, legend), key="claims_map",
                           height=640, returned_objects=["center", "zoom"])
    assert len(built) == 1
    first, second = calls
    assert first["script"] == second["script"] and first["key"] == second["key"]
    assert "one" in first["feature_group"] and "two" in second["feature_group"]
    assert "one" not in second["feature_group"]
