"""The whole map of a claim selection, and how it opens: the province fitted to the frame clear
of every control, or the view a link carries."""

from __future__ import annotations

import folium
import pandas as pd
from branca.element import MacroElement

from dashboard.assets import use_local_assets
from dashboard.legend import offmap_lines
from dashboard.render.basemap import Tiles, add_basemap, province_bounds
from dashboard.render.browser import BrowserCall, MapStylesheet, safe_json
from dashboard.render.claim_layers import claim_layer
from dashboard.render.legend import DataAttribution, LayerSwitches, LegendPanel, legend_html

MAP_ASSETS = frozenset({"leaflet", "leaflet_css"})  # what of folium's own links the map uses
# Fractional zoom, so the opening view can fill the frame with the province instead of the
# whole zoom level below it (at zoom steps of 1 the province could take a quarter of it).
ZOOM_SNAP = 0.25


# A lone claim (or a tight cluster) is framed with at least this much around it, in degrees:
# about 165 km, a Balochistan district and the edges of its neighbours, so the reader sees where
# the claim is, not a featureless close-up.
MIN_EXTENT_DEG = 1.5
# Framing the selection must magnify the map at least this much over framing the province;
# claims spread over most of the province are shown with the whole province instead.
WORTH_ZOOMING = 1.5
# Room around the claims' box (each side, as a share of it), for the markers, their fans and
# district rings, which are drawn in pixels around the point.
MARGIN = 0.12


def opening_bounds(table: pd.DataFrame) -> list[list[float]]:
    """The box the opening view frames for a selection: its mapped claims in the province, when
    they lie in only part of it, else the province ([[south, west], [north, east]]).

    Claims outside the province (a claim placed in Islamabad) are left out of the framing, as
    before: they should not shrink Balochistan to a corner; a selection with none inside the
    province opens on the province.
    """
    province = province_bounds()
    (south, west), (north, east) = province
    rows = table[table["mapped"].to_numpy(bool)]
    inside = rows[rows["lat"].between(south, north) & rows["lon"].between(west, east)]
    if inside.empty:
        return province
    lat0, lat1 = float(inside["lat"].min()), float(inside["lat"].max())
    lon0, lon1 = float(inside["lon"].min()), float(inside["lon"].max())
    lat_span = max(lat1 - lat0, MIN_EXTENT_DEG) * (1 + 2 * MARGIN)
    lon_span = max(lon1 - lon0, MIN_EXTENT_DEG) * (1 + 2 * MARGIN)
    gain = min((north - south) / lat_span, (east - west) / lon_span)
    if gain < WORTH_ZOOMING:
        return province
    lat_mid, lon_mid = (lat0 + lat1) / 2, (lon0 + lon1) / 2
    return [[round(lat_mid - lat_span / 2, 4), round(lon_mid - lon_span / 2, 4)],
            [round(lat_mid + lat_span / 2, 4), round(lon_mid + lon_span / 2, 4)]]


class OpeningView(BrowserCall):
    """Frame the province, or the selection's claims (opening_bounds), when the link sets no
    view (view.js): as large as the frame allows, clear of the zoom buttons, layer switch,
    scale and attribution."""

    def __init__(self, bounds: list[list[float]]) -> None:
        super().__init__("OpeningView", ("view.js",), "openingView", safe_json(bounds))


class KnownPosition(BrowserCall):
    """Tell st_folium the map's starting view is already known to the server.

    st_folium reports centre and zoom once the map exists, and every report reruns the whole
    script: on each page load that rerun ran while the map was still fetching its claims, and
    it told the server nothing new (the view is the link's, or the default framing). The
    component's "last reported" value is made to read as whatever view the map shows until
    the reader first touches it (any re-framing, resize or sub-pixel shift of the frame is not
    news), and as the view the reader found from then on, so pans and zooms report as before.
    ``__GLOBAL_DATA__`` is streamlit-folium's frame state (0.27); outside its frame (a
    standalone export) this does nothing (known_position.js).
    """

    def __init__(self) -> None:
        super().__init__("KnownPosition", ("known_position.js",), "knownPosition")


def build_map(table: pd.DataFrame, *, hq: list[tuple[str, float, float]] | None = None,
              summary: str | None = None, offmap_counts: dict[str, int] | None = None,
              center: tuple[float, float] | None = None, zoom: int | None = None,
              tiles: bool = True, asset_base: str | None = None,
              layer: MacroElement | None = None) -> folium.Map:
    """The whole map for a (filtered) claim table.

    ``layer`` is claim_layer(table) built earlier: a caller that keeps it per selection spares
    a rerun that changed nothing the encoding of every claim (about a second at 100,000).
    """
    if asset_base is None:
        use_local_assets()
    else:
        use_local_assets(asset_base)
    m = folium.Map(location=center or [28.5, 66.0], zoom_start=zoom or 6, tiles=None,
                   control_scale=True, prefer_canvas=False, zoom_snap=ZOOM_SNAP)
    # folium links jQuery, Bootstrap, Font Awesome and awesome-markers for its own widgets;
    # this map uses none of them, and each is one more file the map's frame waits for.
    m.default_js = [(k, v) for k, v in m.default_js if k in MAP_ASSETS]
    m.default_css = [(k, v) for k, v in m.default_css if k in MAP_ASSETS]
    MapStylesheet().add_to(m)
    tile_layer = None
    if tiles:
        tile_layer = Tiles().add_to(m)
    add_basemap(m, hq or [])
    (layer if layer is not None else claim_layer(table)).add_to(m)
    # Given the counts, this is a map with nothing beside it (an export): its legend lists
    # the claims it cannot draw itself. The dashboard lists them beside the map.
    listed = offmap_lines(table) if offmap_counts else None
    LegendPanel(legend_html(summary, counts=offmap_counts, listed=listed)).add_to(m)
    LayerSwitches(tile_layer).add_to(m)
    m.add_child(DataAttribution())
    if center is None or zoom is None:
        # A map made for this selection (an export) frames its claims. A map given its layer
        # is the dashboard's, made once per dataset whatever the filters, so that a filter
        # change costs a repaint and not a new map: it opens on the province, and each
        # selection's framing comes with its view (ClaimView's ``fit``).
        bounds = opening_bounds(table) if layer is None else province_bounds()
        OpeningView(bounds).add_to(m)
    return m
