"""What the map's marks mean, and the boxes that say so: the colours and shapes of a claim, the
district-precision ring, the legend (a panel under the map, never over it), the layer switches
and the attribution. Every text reaches HTML escaped (see _esc)."""

from __future__ import annotations

import html

import pandas as pd
from branca.element import MacroElement
from jinja2 import Template

from dashboard.models import LABELS, SOURCE_TYPE_NAMES, SOURCE_TYPES
from dashboard.render.browser import browser_code, safe_json

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
SOURCE_COLOURS: dict[str, str] = {
    "state": "#0072B2",
    "armed_group": "#D55E00",
    "political": "#CC79A7",
    "rights_group": "#009E73",
    "media": "#E69F00",
    "dataset": "#56B4E9",
}
# The label is carried by shape as well as words, never by colour alone.
LABEL_SHAPES: dict[str, str] = {
    "unverified": "circle",
    "disputed": "triangle",
    "corroborated": "square",
    "verified": "diamond",
}
CAVEAT = "Claims as reported, not verified facts."
DATA_ATTRIBUTION = (
    "Claims: curated from news reports (see each claim's report). Places: GeoNames (CC BY 4.0). "
    "Outlines: Natural Earth (public domain)."
)
# A claim whose report named only the district is drawn at the district's headquarters; the
# dashed ring says so on the map itself, where a screenshot has no popup.
DISTRICT_PRECISION = "district"
DISTRICT_RING_TEXT = "Dashed ring: only the district is known (somewhere in this district)"
LEGEND_CLASS = "claims-legend-panel"


def marker_svg(shape: str, colour: str, *, hollow: bool = False, size: int = 22) -> str:
    """The marker glyph; built only from our own constants, never from data."""
    fill = "#ffffff" if hollow else colour
    stroke = colour if hollow else "#1a1a1a"
    dash = ' stroke-dasharray="3 2"' if hollow else ""
    s, h = size, size / 2
    common = f'fill="{fill}" stroke="{stroke}" stroke-width="2"{dash}'
    if shape == "triangle":
        body = f'<polygon points="{h},2 {s - 2},{s - 3} 2,{s - 3}" {common}/>'
    elif shape == "square":
        body = f'<rect x="4" y="4" width="{s - 8}" height="{s - 8}" {common}/>'
    elif shape == "diamond":
        body = f'<polygon points="{h},1 {s - 1},{h} {h},{s - 1} 1,{h}" {common}/>'
    else:
        body = f'<circle cx="{h}" cy="{h}" r="{h - 4}" {common}/>'
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{s}" height="{s}" '
            f'viewBox="0 0 {s} {s}">{body}</svg>')


def district_ring_svg(size: int = 18) -> str:
    """The legend's sample of the district-precision ring: a small marker inside a dashed ring,
    drawn as the map draws it (black dashes, readable in greyscale)."""
    h = size / 2
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
            f'viewBox="0 0 {size} {size}"><circle cx="{h}" cy="{h}" r="{h - 1.2}" fill="#ffffff" '
            'fill-opacity="0.25" stroke="#1a1a1a" stroke-width="1.4" stroke-dasharray="3 2.4"/>'
            f'<circle cx="{h}" cy="{h}" r="{h / 3:.1f}" fill="#777777" stroke="#1a1a1a" '
            'stroke-width="1"/></svg>')


def legend_html(summary: str | None = None, *, counts: dict[str, int] | None = None,
                listed: list[str] | None = None) -> str:
    """The legend under the map, so a screenshot of the map's frame carries it.

    ``counts``: the claims not drawn as points, by why (offmap_counts). Where they are listed
    depends on the page: the dashboard lists them beside the map (``listed`` None); a
    standalone map has nothing beside it, so it passes their lines (offmap_lines) and the
    legend lists them itself, folded so the map keeps its room until a reader opens it.
    """
    rows = []
    for st in SOURCE_TYPES:
        swatch = (f'<span class="lg-swatch" style="background:{SOURCE_COLOURS[st]}"></span>')
        rows.append(f"<div>{swatch}{_esc(SOURCE_TYPE_NAMES[st])}</div>")
    shapes = []
    for label in LABELS:
        svg = marker_svg(LABEL_SHAPES[label], "#777777", size=16)
        shapes.append(f"<div>{svg} {_esc(label.capitalize())}</div>")
    shapes.append(f"<div>{marker_svg('circle', '#777777', hollow=True, size=16)} "
                  "Machine-extracted, not reviewed</div>")
    precision = (f'<div class="lg-precision">{district_ring_svg(16)} '
                 f"{_esc(DISTRICT_RING_TEXT)}</div>")
    extra = ""
    if counts:
        bits = [f"{n} {_esc(k)}" for k, n in counts.items() if n]
        if bits and listed is None:
            extra = ('<div class="lg-offmap"><b>Not drawn as points:</b> ' + ", ".join(bits)
                     + " (listed beside the map)</div>")
        elif bits:
            extra = ('<details class="lg-offmap"><summary><b>Not drawn as points:</b> '
                     + ", ".join(bits) + ' <span class="lg-show">(show the list)</span>'
                     "</summary>" + _offmap_list(listed) + "</details>")
    head = f'<div class="lg-summary">{_esc(summary)}</div>' if summary else ""
    return (
        '<div class="claims-legend">'
        f'<div class="lg-caveat">{_esc(CAVEAT)}</div>{head}'
        '<div class="lg-cols"><div><b>Claimant source type</b>' + "".join(rows) + "</div>"
        '<div><b>Verification label</b>' + "".join(shapes) + "</div>"
        f"<div><b>Place</b>{precision}</div></div>"
        f"{extra}</div>"
    )


def offmap_counts(table: pd.DataFrame) -> dict[str, int]:
    """How many claims of the selection have no point to draw, by why."""
    rows = table[~table["mapped"]]
    names = {"province": "province-wide", "country": "country-wide", "abroad": "abroad",
             "unresolved": "unresolved place"}
    return {names.get(k, k): int(v) for k, v in
            rows.groupby("geo_precision")["claim_id"].nunique().items()}


OFFMAP_LISTED_MAX = 200  # a standalone map's legend lists at most this many claims not drawn


def offmap_lines(table: pd.DataFrame) -> list[str]:
    """One plain line per claim of the selection with no point to draw: who, where and how
    precisely, when, its label and what it claims (escaped where it reaches HTML)."""
    rows = table[~table["mapped"]].sort_values(["geo_precision", "date_start"], kind="stable")
    rows = rows.drop_duplicates("claim_id", keep="first")
    return [
        f"{r.claimant} ({SOURCE_TYPE_NAMES.get(r.source_type, r.source_type)}) · {r.place} "
        f"({r.geo_precision}) · {r.date_label} · {r.label} · {r.figures_text or r.summary}"
        f" · claim {r.claim_id}"
        for r in rows.itertuples(index=False)]


def _offmap_list(lines: list[str]) -> str:
    items = "".join(f"<li>{_esc(line)}</li>" for line in lines[:OFFMAP_LISTED_MAX])
    more = ""
    if len(lines) > OFFMAP_LISTED_MAX:
        more = (f'<div>… and {len(lines) - OFFMAP_LISTED_MAX:,} more: every one is in the '
                "CSV and GeoJSON exports.</div>")
    return f'<ol class="lg-offmap-list">{items}</ol>{more}'


def _esc(text: str | None) -> str:
    return html.escape(text or "", quote=True)


class LegendPanel(MacroElement):
    """The legend in a panel under the map's frame (legend.js)."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
{{ this.code }}
  legendPanel({{ this._parent.get_name() }}, {{ this.html_json }});
})();
{% endmacro %}
""")

    def __init__(self, html_text: str) -> None:
        super().__init__()
        self._name = "LegendPanel"
        self.code = browser_code("legend.js")
        # The html here is built by legend_html from escaped parts, never raw data.
        self.html_json = safe_json(html_text)


class LayerSwitches(MacroElement):
    """Switches for the tiles and the headquarters labels (a briefer may want either off)."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
{{ this.code }}
  layerSwitches({{ this._parent.get_name() }},
                {{ this.tiles.get_name() if this.tiles else "null" }});
})();
{% endmacro %}
""")

    def __init__(self, tiles: MacroElement | None) -> None:
        super().__init__()
        self._name = "LayersControl"
        self.code = browser_code("legend.js")
        self.tiles = tiles


class DataAttribution(MacroElement):
    """The credit for what is always drawn: the claims, the places and the outlines."""

    _template = Template("""
{% macro script(this, kwargs) %}
{{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text_json }});
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "Attribution"
        # without its full stop: Leaflet joins the tile credit on with a comma
        self.text_json = safe_json(_esc(DATA_ATTRIBUTION.rstrip(".")))
