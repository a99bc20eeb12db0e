"""The map's frame, rendered once per dataset and starting view and shared by every session.

``st_folium`` renders the whole folium map to its script on every run (every filter change,
every pan report): the basemap, the headquarters, the claim layer, all re-encoded into the same
text. The map's script never changes with the filters (panels.claims_map), so here it is
rendered once per (dataset, starting view, mode) and kept in ``st.cache_resource`` as plain
strings; each run renders only the small feature group that carries the selection (the
ClaimView), and hands both to streamlit-folium's component exactly as ``st_folium`` would.

This leans on streamlit-folium 0.27's module-level helpers (pyproject.toml allows 0.27.4 up to
0.28, the lock pins one); tests/app/test_map_frame.py checks that the arguments built here are
``st_folium``'s own for the same map, so an upgrade that changes them fails there, not in a
reader's browser.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import folium
import streamlit as st
import streamlit_folium as sf


def frame_args(m: folium.Map, *, key: str, returned_objects: list[str]) -> Mapping[str, Any]:
    """The component's arguments that depend only on the map (st_folium's steps, in order)."""
    m.get_root().render()
    m.render()
    html = sf._get_html(m)
    header = sf._get_header(m)
    leaflet = sf._get_map_string(m)
    css_links: list[str] = []
    js_links: list[str] = []

    def walk(element: Any) -> Any:
        if isinstance(element, folium.elements.JSCSSMixin):
            yield element
        for child in getattr(element, "_children", {}).values():
            yield from walk(child)

    for element in walk(m):
        css_links.extend(href for _, href in getattr(element, "default_css", []))
        js_links.extend(src for _, src in getattr(element, "default_js", []))
    try:
        bounds = m.get_bounds()
    except AttributeError:
        bounds = [[None, None], [None, None]]
    (south, west), (north, east) = bounds
    defaults = {"bounds": {"_southWest": {"lat": south, "lng": west},
                           "_northEast": {"lat": north, "lng": east}},
                "zoom": m.options.get("zoom")}
    return MappingProxyType({
        "script": leaflet, "header": header, "html": html, "id": sf.get_full_id(m),
        "key": sf.generate_js_hash(leaflet, key, False),
        "default": {k: v for k, v in defaults.items() if k in returned_objects},
        "css_links": list(dict.fromkeys(css_links)), "js_links": list(dict.fromkeys(js_links)),
    })


@st.cache_resource(max_entries=32, show_spinner=False)
def _shared_frame(name: str, key: str, returned: tuple[str, ...],
                  _build: Callable[[], folium.Map]) -> Mapping[str, Any]:
    return frame_args(_build(), key=key, returned_objects=list(returned))


def feature_group_script(group: folium.FeatureGroup) -> str:
    """The selection's feature group as st_folium's script for it: rendered against a bare map
    of its own (the group is attached to a map to render, and the shared map is never touched;
    st_folium renames the map's id to ``map_div`` in either case)."""
    return sf._get_feature_group_string(group, folium.Map(tiles=None))


def show_map(name: str, build: Callable[[], folium.Map], view: folium.FeatureGroup | str, *,
             key: str, height: int, returned_objects: list[str]) -> dict[str, Any]:
    """``st_folium(build(), key=key, height=height, use_container_width=True,
    feature_group_to_add=view, returned_objects=returned_objects)``, with ``build()`` and its
    rendering done once per ``name`` in this process: ``name`` must identify everything the
    map's script depends on (dataset, starting view, mode). ``view`` may be given as its
    script already (``feature_group_script``), for a caller that keeps it."""
    frame = _shared_frame(name, key, tuple(returned_objects), build)
    script = view if isinstance(view, str) else feature_group_script(view)
    hash_key = frame["key"]

    def on_change() -> None:
        st.session_state[key] = st.session_state.get(hash_key, {})

    out = sf._component_func(
        **frame, height=height, width=None, returned_objects=returned_objects, zoom=None,
        center=None, feature_group=script, return_on_hover=False,
        layer_control=None, pixelated=False, on_change=on_change, wrap_longitude=False)
    return out or {}
