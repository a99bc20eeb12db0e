"""The map as a PNG drawn on the server: a briefing image that needs no browser and no internet.

folium cannot make static images, and a headless browser is heavy to run on every export, so the
image is drawn again with matplotlib from the same inputs as the web map: the offline outlines,
labelled district headquarters (names that would collide give way, as on the web map), claim
markers in the map's colours (source type) and shapes (verification label), a dashed ring round
district-level claims, the legend, the caveat, the filter summary, the attribution and the time
the view was made. Nothing is fetched: there are no tiles.

The projection is Web Mercator, as Leaflet's, so a centre and zoom taken from the web map frame
the same area here.
"""

from __future__ import annotations

import io
import math
import textwrap
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import matplotlib
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.legend_handler import HandlerPatch
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, Patch, Polygon
from matplotlib.transforms import ScaledTranslation

from dashboard import legend
from dashboard.briefing import TITLE, view_made
from dashboard.legend import (
    CAVEAT,
    DATA_ATTRIBUTION,
    DISTRICT_PRECISION,
    LABEL_SHAPES,
    MARKER_MEANING,
    SOURCE_COLOURS,
)
from dashboard.models import SOURCE_TYPES
from dashboard.render import by_label_priority, opening_bounds, outlines, province_bounds

MPL_MARKERS = {"circle": "o", "triangle": "^", "square": "s", "diamond": "D"}
SEA = "#c9d6df"
WIDTH_PX, HEIGHT_PX, DPI = 1600, 1000, 100
# The in-app map is about this many CSS pixels across; a zoom level from it means this span.
WEB_MAP_PX = (900, 640)
FAN_OUT_PT = 9  # claims sharing a spot fan out by this many points, as the web map does
MARKER_PT = 13
RING_PT = (11, 20)  # district ring radius: one claim at the spot, a fan of them
RING_STYLE = {"fill": False, "edgecolor": "#1a1a1a", "linewidth": 1.4,
              "linestyle": (0, (4, 3)), "zorder": 9}
# Where a town's name may go, in points from its dot, in the web map's order (headquarters.js).
LABEL_PLACES = ((5, 0, "left", "center"), (-5, 0, "right", "center"),
                (0, 4, "center", "bottom"), (0, -4, "center", "top"),
                (11, 0, "left", "center"), (-11, 0, "right", "center"),
                (14, 0, "left", "center"), (-14, 0, "right", "center"),
                (23, 0, "left", "center"), (-23, 0, "right", "center"))


@dataclass(frozen=True)
class Extent:
    """Lon/lat box, drawn in Web Mercator."""

    west: float
    south: float
    east: float
    north: float


def merc(lat: float) -> float:
    """Web Mercator northing in degrees (so x stays longitude and the aspect is 1)."""
    lat = max(min(lat, 85.0), -85.0)
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def unmerc(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(math.radians(y))) - math.pi / 2)


def view_extent(center: tuple[float, float] | None, zoom: int | None, *,
                frame: list[list[float]] | None = None) -> Extent:
    """The area a web map of WEB_MAP_PX shows at this centre and zoom; with no view, the box
    the web map's opening view frames (``frame``: render.opening_bounds of the selection), or
    the province."""
    if center is None or zoom is None:
        (s, w), (n, e) = frame or province_bounds()
        pad = 0.3
        return Extent(w - pad, s - pad, e + pad, n + pad)
    # Leaflet: the world is 256 * 2**zoom pixels wide, i.e. 360 degrees of longitude.
    deg_per_px = 360.0 / (256 * 2 ** zoom)
    half_w = WEB_MAP_PX[0] * deg_per_px / 2
    half_h = WEB_MAP_PX[1] * deg_per_px / 2
    lat, lon = center
    y = merc(lat)
    return Extent(lon - half_w, unmerc(y - half_h), lon + half_w, unmerc(y + half_h))


@dataclass(frozen=True)
class Drawn:
    """What the image holds, for callers and tests that must not trust pixels alone."""

    figure: Figure
    markers: int
    by_source_type: dict[str, int]


# Texts from data ("$x$" in a claimant's name) are words, not TeX: matplotlib would otherwise
# typeset them as maths, and refuse ("Unknown symbol") to draw the whole image at all.
_PLAIN_TEXT = matplotlib.rc_context({"text.parse_math": False})


@_PLAIN_TEXT
def draw(table: pd.DataFrame, *, summary: str, hq: list[tuple[str, float, float]] | None = None,
         offmap_counts: dict[str, int] | None = None, center: tuple[float, float] | None = None,
         zoom: int | None = None, made: datetime | None = None, title: str = TITLE) -> Drawn:
    """The briefing image of a (filtered) claim table as a matplotlib figure."""
    fig = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)  # a renderer to measure the town names with
    fig.text(0.02, 0.965, title, fontsize=24, fontweight="bold", va="top")
    fig.text(0.02, 0.915, _fit(summary, 150), fontsize=14, va="top", color="#222")
    fig.text(0.98, 0.965, view_made(made), fontsize=13, va="top", ha="right", color="#333")

    ax = fig.add_axes((0.02, 0.085, 0.70, 0.80))
    extent = _fit_aspect(view_extent(center, zoom, frame=opening_bounds(table)), ax, fig)
    ax.set_xlim(extent.west, extent.east)
    ax.set_ylim(merc(extent.south), merc(extent.north))
    towns = [t for t in by_label_priority(hq or [])
             if extent.west <= t[2] <= extent.east and extent.south <= t[1] <= extent.north]
    _basemap(ax, towns)
    markers, by_type, taken = _markers(ax, fig, table)
    _town_names(ax, fig, towns, taken)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_facecolor(SEA)
    for spine in ax.spines.values():
        spine.set_edgecolor("#555")

    _side_panel(fig, offmap_counts or {})
    fig.text(0.02, 0.045, _fit(DATA_ATTRIBUTION, 190), fontsize=12, va="center", color="#333")
    fig.text(0.02, 0.018, "Basemap: offline outlines and district headquarters (no map tiles). "
             "Markers sharing a place are fanned out around it.", fontsize=11, va="center",
             color="#555")
    return Drawn(fig, markers, by_type)


@_PLAIN_TEXT
def png(table: pd.DataFrame, **kwargs: Any) -> bytes:
    """The briefing image as PNG bytes (see draw for the arguments)."""
    drawn = draw(table, **kwargs)
    buf = io.BytesIO()
    # The claims drawn travel with the image as a text chunk, so anyone (or a test) can tell
    # which claims a slide shows without reading pixels.
    claims = ",".join(dict.fromkeys(table.loc[table["mapped"], "claim_id"].astype(str)))
    drawn.figure.savefig(buf, format="png", dpi=DPI, metadata={
        "Title": kwargs.get("title", TITLE), "Description": CAVEAT,
        "Comment": f"Claims drawn: {claims}" if claims else "Claims drawn: none"})
    return buf.getvalue()


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fit_aspect(extent: Extent, ax: Any, fig: Figure) -> Extent:
    """Widen the box so it fills the axes at aspect 1 (Mercator degrees) without stretching."""
    pos = ax.get_position()
    box_ratio = (pos.height * fig.get_figheight()) / (pos.width * fig.get_figwidth())
    x0, x1 = extent.west, extent.east
    y0, y1 = merc(extent.south), merc(extent.north)
    w, h = x1 - x0, y1 - y0
    if h / w < box_ratio:
        grow = (w * box_ratio - h) / 2
        y0, y1 = y0 - grow, y1 + grow
    else:
        grow = (h / box_ratio - w) / 2
        x0, x1 = x0 - grow, x1 + grow
    ax.set_aspect("equal")
    return Extent(x0, unmerc(y0), x1, unmerc(y1))


def _rings(geometry: dict) -> list[list[list[float]]]:
    """Outer rings only: the outline file's holes are slivers invisible at these scales."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    if geometry["type"] == "MultiPolygon":
        return [poly[0] for poly in geometry["coordinates"]]
    return []


def _basemap(ax: Any, towns: list[tuple[str, float, float]]) -> None:
    features = outlines()["features"]
    for f in features:  # fills, as the web map's land pane
        name = f["properties"].get("name")
        if f["properties"].get("kind") != "country" and name != "Balochistan":
            continue
        colour = ("#fffdf4" if name == "Balochistan" else
                  "#f7f5ee" if name == "Pakistan" else "#eceae3")
        for ring in _rings(f["geometry"]):
            xy = [(x, merc(y)) for x, y in ring]
            ax.add_patch(Polygon(xy, closed=True, facecolor=colour, edgecolor="none",
                                 zorder=1 if name != "Balochistan" else 2))
    for f in features:  # borders over the fills
        p = f["properties"]
        if p.get("name") == "Balochistan":
            style = {"edgecolor": "#222", "linewidth": 2.2, "zorder": 4}
        elif p.get("kind") == "province":
            style = {"edgecolor": "#777", "linewidth": 0.8, "linestyle": (0, (3, 3)),
                     "zorder": 3}
        else:
            style = {"edgecolor": "#666", "linewidth": 1.0, "zorder": 3}
        for ring in _rings(f["geometry"]):
            xy = [(x, merc(y)) for x, y in ring]
            ax.add_patch(Polygon(xy, closed=True, facecolor="none", **style))
    for _name, lat, lon in towns:
        ax.plot([lon], [merc(lat)], marker="o", markersize=3, color="#444", zorder=5)


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in display pixels


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _town_names(ax: Any, fig: Figure, towns: list[tuple[str, float, float]],
                taken: list[Box]) -> None:
    """Each town's name at the first place beside its dot that covers no claim marker or
    district ring, no town's dot and no name placed before it (towns come most populous
    first), or left out."""
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    dots = []
    for _name, lat, lon in towns:
        x, y = ax.transData.transform((lon, merc(lat)))
        dots.append((x - 3, y - 3, x + 3, y + 3))
    taken = taken + dots
    for name, lat, lon in towns:
        for dx, dy, ha, va in LABEL_PLACES:
            text = ax.annotate(name, (lon, merc(lat)), xytext=(dx, dy),
                               textcoords="offset points", fontsize=10, color="#333", ha=ha,
                               va=va, zorder=5, clip_on=True, gid=f"town-{name}")
            e = text.get_window_extent(renderer)
            box = (e.x0, e.y0, e.x1, e.y1)
            inside = (frame.x0 <= e.x0 and e.x1 <= frame.x1 and frame.y0 <= e.y0
                      and e.y1 <= frame.y1)
            if inside and not any(_overlaps(box, t) for t in taken):
                taken.append(box)
                break
            text.remove()


def _markers(ax: Any, fig: Figure, table: pd.DataFrame
             ) -> tuple[int, dict[str, int], list[Box]]:
    """The claim markers, a dashed ring round each district-level spot, and the markers'
    boxes in display pixels (the town names must not cover them)."""
    rows = table[table["mapped"]]
    by_type = {st: 0 for st in SOURCE_TYPES}
    boxes: list[Box] = []
    if rows.empty:
        return 0, by_type, boxes
    px_per_pt = fig.dpi / 72
    # data units per display pixel, for rings drawn in points around a data point
    x0, x1 = ax.get_xlim()
    unit = (x1 - x0) / ax.get_window_extent().width
    ringed: set[tuple[float, float]] = set()
    slot = rows.groupby(["lat", "lon"]).cumcount().to_numpy()
    slots = rows.groupby(["lat", "lon"])["claim_id"].transform("size").to_numpy()
    for i, r in enumerate(rows.itertuples(index=False)):
        colour = SOURCE_COLOURS.get(r.source_type, "#777777")
        hollow = r.review_status == "machine_extracted"
        dx = dy = 0.0
        if slots[i] > 1:
            angle = 2 * math.pi * slot[i] / slots[i]
            dx, dy = FAN_OUT_PT * math.cos(angle), -FAN_OUT_PT * math.sin(angle)
        shift = ScaledTranslation(dx / 72, dy / 72, fig.dpi_scale_trans)
        x, y = ax.transData.transform((r.lon, merc(r.lat)))
        x, y = x + dx * px_per_pt, y + dy * px_per_pt
        half = MARKER_PT / 2 * px_per_pt + 1
        boxes.append((x - half, y - half, x + half, y + half))
        if r.geo_precision == DISTRICT_PRECISION and (r.lat, r.lon) not in ringed:
            ringed.add((r.lat, r.lon))
            ring_px = RING_PT[1 if slots[i] > 1 else 0] * px_per_pt
            cx, cy = ax.transData.transform((r.lon, merc(r.lat)))
            boxes.append((cx - ring_px, cy - ring_px, cx + ring_px, cy + ring_px))
            radius = ring_px * unit
            ax.add_patch(Circle((r.lon, merc(r.lat)), radius, gid=f"ring-{r.place}",
                                **RING_STYLE))
        ax.plot([r.lon], [merc(r.lat)], transform=ax.transData + shift,
                marker=MPL_MARKERS[LABEL_SHAPES.get(r.label, "circle")], markersize=MARKER_PT,
                markerfacecolor="white" if hollow else colour,
                markeredgecolor=colour if hollow else "#1a1a1a",
                markeredgewidth=1.6, linestyle="none", zorder=10, gid=f"claim-{r.claim_id}")
        by_type[r.source_type] = by_type.get(r.source_type, 0) + 1
    return len(rows), by_type, boxes


def _side_panel(fig: Figure, offmap: dict[str, int]) -> None:
    x = 0.745
    fig.text(x, 0.875, textwrap.fill(CAVEAT, 30), fontsize=15, fontweight="bold",
             color="#8a1c1c", va="top", linespacing=1.3)
    fig.text(x, 0.805, textwrap.fill(f"Each marker is {MARKER_MEANING}.", 44), fontsize=11.5,
             color="#333", va="top")
    key = legend.sections(offmap)
    colours = [Patch(facecolor=e.colour, edgecolor="#222", label=e.text)
               for e in key["source_type"].entries]
    shapes: list[Any] = [_handle(e) for e in key["label"].entries]
    rings = [Circle((0, 0), 1, label=textwrap.fill(e.text, 36), **RING_STYLE)
             for e in key["place"].entries]
    first = fig.legend(handles=colours, title=_title(key["source_type"]),
                       loc="upper left", bbox_to_anchor=(x - 0.005, 0.76), fontsize=13,
                       title_fontsize=13, frameon=False, alignment="left")
    first.get_title().set_fontweight("bold")
    second = fig.legend(handles=shapes + rings,
                        title=f"{_title(key['label'])}; {key['place'].title.lower()}",
                        loc="upper left", bbox_to_anchor=(x - 0.005, 0.52), fontsize=13,
                        title_fontsize=13, frameon=False, alignment="left",
                        handler_map={r: HandlerPatch(patch_func=_ring_glyph) for r in rings})
    second.get_title().set_fontweight("bold")
    off = key["offmap"]
    if off.entries:
        lines = [f"{off.title}:"] + [f"  {e.count} {e.text}" for e in off.entries]
        fig.text(x, 0.2, "\n".join(lines), fontsize=12.5, va="top", color="#222",
                 linespacing=1.4)
        fig.text(x, 0.075, "Province-wide, country-wide and abroad claims\nare never drawn "
                 "at a town.", fontsize=11, va="top", color="#555")


def _title(section: legend.LegendSection) -> str:
    """A legend's title says what carries it on the map: "Claimant source type (colour)"."""
    return f"{section.title} ({section.carrier})"


def _handle(entry: legend.LegendEntry) -> Line2D:
    """A label's sample marker: grey, or hollow in its colour (machine-extracted)."""
    return Line2D([], [], marker=MPL_MARKERS[entry.shape or "circle"], linestyle="none",
                  markersize=12, markerfacecolor="white" if entry.hollow else entry.colour,
                  markeredgecolor=entry.colour if entry.hollow else "#1a1a1a", label=entry.text)


def _ring_glyph(legend: Any, orig_handle: Any, xdescent: float, ydescent: float, width: float,
                height: float, fontsize: float) -> Circle:
    """The legend's sample of the district ring: a dashed circle, as on the map."""
    return Circle((width / 2 - xdescent, height / 2 - ydescent), height * 0.75)
