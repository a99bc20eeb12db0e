"""Download buttons for the current view: PNG, standalone HTML map, CSV, GeoJSON.

Files are built only when a button is pressed (download_button runs a callable on click) and
cached per (dataset state, view), so a rerun never rebuilds them and a second click is instant.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import streamlit as st

from dashboard.assets import inline_assets
from dashboard.export import geojson_text, to_csv
from dashboard.legend import offmap_counts
from dashboard.pipeline import Loaded
from dashboard.render import build_map
from dashboard.share import View, export_name
from dashboard.ui.state import cached_load, signature

PNG_MIME = "image/png"


def _selection(directory: str, params_json: str) -> tuple[Loaded, View, object]:
    loaded = cached_load(directory)
    view = View.from_params(json.loads(params_json))
    return loaded, view, view.claim_filter.apply(loaded.table)


def _hq(loaded: Loaded) -> list[tuple[str, float, float]]:
    return [(p.name, p.lat, p.lon) for p in loaded.gazetteer.headquarters()
            if p.lat is not None and p.lon is not None]


@st.cache_data(max_entries=16, show_spinner=False)
def png_bytes(directory: str, dataset_state: tuple, params_json: str, summary: str,
              made_iso: str) -> bytes:
    # matplotlib takes over a second to import: pay it when a PNG is asked for, not on page load.
    from dashboard import snapshot

    loaded, view, shown = _selection(directory, params_json)
    return snapshot.png(shown, summary=summary, hq=_hq(loaded), offmap_counts=offmap_counts(shown),
                        center=view.center, zoom=view.zoom,
                        made=datetime.fromisoformat(made_iso))


@st.cache_data(max_entries=16, show_spinner=False)
def html_text(directory: str, dataset_state: tuple, params_json: str, summary: str) -> str:
    loaded, view, shown = _selection(directory, params_json)
    m = build_map(shown, hq=_hq(loaded), summary=summary, offmap_counts=offmap_counts(shown),
                  center=view.center, zoom=view.zoom)
    # Icon fonts are left out: the map draws its markers as SVG, and the file stays ~0.4 MB
    # smaller.
    return inline_assets(m.get_root().render(), embed_fonts=False)


@st.cache_data(max_entries=16, show_spinner=False)
def csv_text(directory: str, dataset_state: tuple, params_json: str) -> str:
    return to_csv(_selection(directory, params_json)[2])


@st.cache_data(max_entries=16, show_spinner=False)
def geojson(directory: str, dataset_state: tuple, params_json: str) -> str:
    loaded, _, shown = _selection(directory, params_json)
    coords = {pid: (p.lat, p.lon) for pid, p in loaded.gazetteer.places.items()
              if p.lat is not None and p.lon is not None}
    return geojson_text(shown, gazetteer_coords=coords)


def buttons(directory: str, view: View, summary: str) -> None:
    """One row of download buttons, each file named after the view and today's date."""
    # The view's map position is part of the PNG and HTML; the filter alone decides the data.
    params_json = json.dumps(view.with_(mode="explore").to_params(), sort_keys=True)
    data_json = json.dumps(view.claim_filter.to_params(), sort_keys=True)
    state = signature(directory)
    today = date.today()
    made = datetime.now(UTC).replace(second=0, microsecond=0).isoformat()
    c1 = c2 = c3 = c4 = st  # stacked: the sidebar is too narrow for a row of four
    c1.download_button(
        "PNG image of the map", key="export_png", mime=PNG_MIME,
        file_name=export_name(view, "png", today), on_click="ignore",
        data=lambda: png_bytes(directory, state, params_json, summary, made),
        help="Drawn on the server with the legend, caveat, filter summary and attribution.")
    c2.download_button(
        "Standalone HTML map", key="export_html", mime="text/html",
        file_name=export_name(view, "html", today), on_click="ignore",
        data=lambda: html_text(directory, state, params_json, summary),
        help="One file that opens offline, with every claim's popup.")
    c3.download_button(
        "CSV of the claims", key="export_csv", mime="text/csv",
        file_name=export_name(view, "csv", today), on_click="ignore",
        data=lambda: csv_text(directory, state, data_json))
    c4.download_button(
        "GeoJSON of the claims", key="export_geojson", mime="application/geo+json",
        file_name=export_name(view, "geojson", today), on_click="ignore",
        data=lambda: geojson(directory, state, data_json))
