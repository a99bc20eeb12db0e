"""The map under the claims: country and province outlines, labelled district headquarters
(the map reads with no tiles), and OpenStreetMap tiles credited only while they draw."""

from __future__ import annotations

import csv
import html
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

from dashboard.dataset import REPO_ROOT
from dashboard.legend import TILE_ATTRIBUTION
from dashboard.render.browser import BrowserCall, browser_code, safe_json

OUTLINES = REPO_ROOT / "geodata" / "outlines.geojson"
TOWN_POPULATION = REPO_ROOT / "geodata" / "town_population.csv"
TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"


@lru_cache(maxsize=1)
def outlines() -> dict:
    """The country and province outlines (geodata/outlines.geojson), read once."""
    return json.loads(Path(OUTLINES).read_text(encoding="utf-8"))


def province_bounds(name: str = "Balochistan") -> list[list[float]]:
    """[[south, west], [north, east]] of a province in the outline file."""
    lats: list[float] = []
    lons: list[float] = []

    def walk(coords: Any) -> None:
        if coords and isinstance(coords[0], int | float):
            lons.append(coords[0])
            lats.append(coords[1])
        else:
            for c in coords:
                walk(c)

    for f in outlines()["features"]:
        if f["properties"].get("name") == name:
            walk(f["geometry"]["coordinates"])
    if not lats:
        return [[24.8, 60.8], [32.1, 70.3]]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


@lru_cache(maxsize=1)
def _populations() -> dict[str, int]:
    with Path(TOWN_POPULATION).open(encoding="utf-8") as f:
        return {r["name"]: int(r["population"]) for r in csv.DictReader(f)}


def by_label_priority(hq: list[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    """The towns most populous first (GeoNames), towns of unknown population last in the order
    given: where two names would collide, the later one gives way."""
    population = _populations()
    return sorted(hq, key=lambda t: -population.get(t[0], 0))


# The global a published outline script (outlines_script) defines.
OUTLINES_GLOBAL = "claimsOutlines"


class OutlineLayer(JSCSSMixin, BrowserCall):
    """Country and province outlines (outlines.js).

    The outlines are ~78 kB of the map's script. A standalone map carries them in its script;
    the dashboard's map frame instead loads them as a script file (``link_data``), because the
    frame's script is sent again, and compressed again, with every filter change."""

    def __init__(self, data: dict) -> None:
        super().__init__("OutlineLayer", ("outlines.js",), "outlines", safe_json(data))
        self.default_js: list[tuple[str, str]] = []

    def link_data(self, url: str) -> None:
        """Take the outlines from the script at ``url`` (``outlines_script``'s text), which the
        page loads before the map's script runs."""
        self.default_js = [("claims_outlines", url)]
        self.args = [f"window.{OUTLINES_GLOBAL}"]


def outlines_script() -> str:
    """The outlines as a script defining ``window.claimsOutlines``, for ``link_data``."""
    return f"window.{OUTLINES_GLOBAL} = {safe_json(outlines())};\n"


class HeadquartersLayer(BrowserCall):
    """District headquarters as dots with their names, built in the browser from one JSON list
    (headquarters.js), in priority order: where names would collide, the later give way.

    One element rather than a folium Marker and DivIcon per town: folium compiles a template
    for every icon, which cost a quarter of a second on every rerun for 37 towns. Names go in
    through textContent. The layer is listed in the layer control, so a reader can hide it."""

    def __init__(self, towns: list[tuple[str, float, float]],
                 title: str = "District headquarters") -> None:
        super().__init__("HeadquartersLayer", ("headquarters.js",), "headquarters",
                         safe_json([[n, round(a, 5), round(o, 5)] for n, a, o in towns]),
                         safe_json(title))


class Tiles(MacroElement):
    """OpenStreetMap tiles. folium's TileLayer looks every address up in xyzservices' provider
    list first (40 ms on every rerun); this is the one layer the map uses, written out. Its
    credit is not a tile-layer option (Leaflet would show it whether or not a tile drew):
    tiles.js adds it when a tile loads and takes it off when none is left."""

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.tileLayer({{ this.url_json }}, {maxZoom: 19, minZoom: 0});
(function () {
{{ this.code }}
  tileCredit({{ this._parent.get_name() }}, {{ this.get_name() }}, {{ this.attribution_json }});
})();
{{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "TileLayer"
        self.code = browser_code("tiles.js")
        self.url_json = safe_json(TILE_URL)
        # Leaflet writes a credit as HTML
        self.attribution_json = safe_json(html.escape(TILE_ATTRIBUTION))


def add_basemap(m: folium.Map, hq: list[tuple[str, float, float]]) -> None:
    """Outlines and labelled district headquarters: the map still reads with no tiles."""
    OutlineLayer(outlines()).add_to(m)
    HeadquartersLayer(by_label_priority(hq)).add_to(m)
