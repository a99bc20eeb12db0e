"""The whole map of a claim selection, and how it opens: the province fitted to the frame clear
of every control, or the view a link carries."""

from __future__ import annotations

import folium
import pandas as pd
from branca.element import MacroElement
from jinja2 import Template

from dashboard.assets import use_local_assets
from dashboard.render.basemap import Tiles, add_basemap, province_bounds
from dashboard.render.browser import MapStylesheet, browser_code, safe_json
from dashboard.render.claim_layers import claim_layer
from dashboard.render.legend import DataAttribution, LayerSwitches, LegendPanel, legend_html

MAP_ASSETS = frozenset({"leaflet", "leaflet_css"})  # what of folium's own links the map uses
# Fractional zoom, so the opening view can fill the frame with the province instead of the
# whole zoom level below it (at zoom steps of 1 the province could take a quarter of it).
ZOOM_SNAP = 0.25


class OpeningView(MacroElement):
    """Frame the province when the link sets no view (view.js): as large as the frame allows,
    clear of the zoom buttons, layer switch, scale and attribution."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
{{ this.code }}
  openingView({{ this._parent.get_name() }}, {{ this.bounds_json }});
})();
{% endmacro %}
""")

    def __init__(self, bounds: list[list[float]]) -> None:
        super().__init__()
        self._name = "OpeningView"
        self.code = browser_code("view.js")
        self.bounds_json = safe_json(bounds)


class KnownPosition(MacroElement):
    """Tell st_folium the map's starting view is already known to the server.

    st_folium reports centre and zoom once the map exists, and every report reruns the whole
    script: on each page load that rerun ran while the map was still fetching its claims, and
    it told the server nothing new (the view is the link's, or the default framing). Seeding
    the component's "last reported" value with the starting view leaves pans and zooms to
    report as before. ``__GLOBAL_DATA__`` is streamlit-folium's frame state (0.27); outside its
    frame (a standalone export) this does nothing (known_position.js).
    """

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
{{ this.code }}
  knownPosition({{ this._parent.get_name() }});
})();
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "KnownPosition"
        self.code = browser_code("known_position.js")


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
    LegendPanel(legend_html(summary, counts=offmap_counts)).add_to(m)
    LayerSwitches(tile_layer).add_to(m)
    m.add_child(DataAttribution())
    if center is None or zoom is None:
        # Frame the province, not every point: a claim in Islamabad should not shrink
        # Balochistan to a corner of a briefing slide.
        OpeningView(province_bounds()).add_to(m)
    return m
