"""The map's boxes that say what its marks mean, drawn in HTML: the marker glyphs as SVG, the
legend (dashboard.legend's entries, in a panel under the map, never over it), the layer switches
and the attribution. What they say is decided in dashboard.legend; every text reaches HTML
escaped (see _esc)."""

from __future__ import annotations

import html
from collections.abc import Callable

from branca.element import MacroElement
from jinja2 import Template

from dashboard.legend import (
    CAVEAT,
    DATA_ATTRIBUTION,
    SAMPLE_GREY,
    LegendEntry,
    LegendSection,
    sections,
)
from dashboard.render.browser import BrowserCall, safe_json

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
    """The legend under the map (dashboard.legend's entries as HTML), so a screenshot of the
    map's frame carries it.

    ``counts``: the claims not drawn as points, by why (offmap_counts). Where they are listed
    depends on the page: the dashboard lists them beside the map (``listed`` None); a
    standalone map has nothing beside it, so it passes their lines (offmap_lines) and the
    legend lists them itself, folded so the map keeps its room until a reader opens it.
    """
    legend = sections(counts)
    extra = ""
    off = legend["offmap"]
    bits = ", ".join(f"{e.count} {_esc(e.text)}" for e in off.entries)
    if bits and listed is None:
        extra = (f'<div class="lg-offmap"><b>{_esc(off.title)}:</b> {bits}'
                 " (listed beside the map)</div>")
    elif bits:
        extra = (f'<details class="lg-offmap"><summary><b>{_esc(off.title)}:</b> {bits}'
                 ' <span class="lg-show">(show the list)</span></summary>'
                 + _offmap_list(listed) + "</details>")
    head = f'<div class="lg-summary">{_esc(summary)}</div>' if summary else ""
    return (
        '<div class="claims-legend">'
        f'<div class="lg-caveat">{_esc(CAVEAT)}</div>{head}'
        f"{legend_columns(legend)}{extra}</div>"
    )


def legend_columns(legend: dict[str, LegendSection], *, size: int = 16,
                   glyph: Callable[[str], str] | None = None) -> str:
    """The legend's three columns (source type, label, place) as HTML, one line per entry.

    ``glyph`` turns an entry's SVG sample into what the page can show: the screenshot page's
    st.html drops inline SVG, so it passes a function giving an <img> of the same SVG."""
    show = glyph or (lambda svg: svg)

    def line(e: LegendEntry) -> str:
        if e.shape == "swatch":
            return (f'<div><span class="lg-swatch" style="background:{_esc(e.colour)}"></span>'
                    f"{_esc(e.text)}</div>")
        # the ring's line has its own style (map.css)
        css = ' class="lg-precision"' if e.shape == "ring" else ""
        return f"<div{css}>{show(legend_sample(e, size))} {_esc(e.text)}</div>"

    cols = "".join(f"<div><b>{_esc(legend[key].title)}</b>"
                   + "".join(line(e) for e in legend[key].entries) + "</div>"
                   for key in ("source_type", "label", "place"))
    return f'<div class="lg-cols">{cols}</div>'


def legend_sample(entry: LegendEntry, size: int) -> str:
    """An entry's mark as SVG, drawn as the map draws it (from our own constants only)."""
    if entry.shape == "ring":
        return district_ring_svg(size)
    return marker_svg(entry.shape or "circle", entry.colour or SAMPLE_GREY, hollow=entry.hollow,
                      size=size)


OFFMAP_LISTED_MAX = 200  # a standalone map's legend lists at most this many claims not drawn


def _offmap_list(lines: list[str]) -> str:
    items = "".join(f"<li>{_esc(line)}</li>" for line in lines[:OFFMAP_LISTED_MAX])
    more = ""
    if len(lines) > OFFMAP_LISTED_MAX:
        more = (f'<div>… and {len(lines) - OFFMAP_LISTED_MAX:,} more: every one is in the '
                "CSV and GeoJSON exports.</div>")
    return f'<ol class="lg-offmap-list">{items}</ol>{more}'


def _esc(text: str | None) -> str:
    return html.escape(text or "", quote=True)


class LegendPanel(BrowserCall):
    """The legend in a panel under the map's frame (legend.js)."""

    def __init__(self, html_text: str) -> None:
        # The html here is built by legend_html from escaped parts, never raw data.
        super().__init__("LegendPanel", ("legend.js",), "legendPanel", safe_json(html_text))


class LayerSwitches(BrowserCall):
    """Switches for the tiles and the headquarters labels (a briefer may want either off)."""

    def __init__(self, tiles: MacroElement | None) -> None:
        super().__init__("LayersControl", ("legend.js",), "layerSwitches",
                         tiles.get_name() if tiles is not None else "null")


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
