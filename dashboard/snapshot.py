"""The map as a PNG drawn on the server: a briefing image that needs no browser and no internet.

folium cannot make static images, and a headless browser is heavy to run on every export, so the
image is drawn again with matplotlib from the same inputs as the web map: the offline outlines,
labelled district headquarters, claim markers in the map's colours (source type) and shapes
(verification label), the legend, the caveat, the filter summary, the attribution and the time
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
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Polygon
from matplotlib.transforms import ScaledTranslation

from dashboard.briefing import TITLE, view_made
from dashboard.models import LABELS, SOURCE_TYPE_NAMES, SOURCE_TYPES
from dashboard.render import (
    CAVEAT,
    DATA_ATTRIBUTION,
    LABEL_SHAPES,
    SOURCE_COLOURS,
    _outlines,
    province_bounds,
)

MPL_MARKERS = {"circle": "o", "triangle": "^", "square": "s", "diamond": "D"}
SEA = "#c9d6df"
WIDTH_PX, HEIGHT_PX, DPI = 1600, 1000, 100
# The in-app map is about this many CSS pixels across; a zoom level from it means this span.
WEB_MAP_PX = (900, 640)
FAN_OUT_PT = 9  # claims sharing a spot fan out by this many points, as the web map does


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


def view_extent(center: tuple[float, float] | None, zoom: int | None) -> Extent:
    """The area a web map of WEB_MAP_PX shows at this centre and zoom, or the province."""
    if center is None or zoom is None:
        (s, w), (n, e) = province_bounds()
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
    fig.text(0.02, 0.965, title, fontsize=24, fontweight="bold", va="top")
    fig.text(0.02, 0.915, _fit(summary, 150), fontsize=14, va="top", color="#222")
    fig.text(0.98, 0.965, view_made(made), fontsize=13, va="top", ha="right", color="#333")

    ax = fig.add_axes((0.02, 0.085, 0.70, 0.80))
    extent = _fit_aspect(view_extent(center, zoom), ax, fig)
    _basemap(ax, extent, hq or [])
    markers, by_type = _markers(ax, fig, table)
    ax.set_xlim(extent.west, extent.east)
    ax.set_ylim(merc(extent.south), merc(extent.north))
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


def _basemap(ax: Any, extent: Extent, hq: list[tuple[str, float, float]]) -> None:
    features = _outlines()["features"]
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
    for name, lat, lon in hq:
        if not (extent.west <= lon <= extent.east and extent.south <= lat <= extent.north):
            continue
        ax.plot([lon], [merc(lat)], marker="o", markersize=3, color="#444", zorder=5)
        ax.annotate(name, (lon, merc(lat)), xytext=(5, 0), textcoords="offset points",
                    fontsize=10, color="#333", va="center", zorder=5, clip_on=True)


def _markers(ax: Any, fig: Figure, table: pd.DataFrame) -> tuple[int, dict[str, int]]:
    rows = table[table["mapped"]]
    by_type = {st: 0 for st in SOURCE_TYPES}
    if rows.empty:
        return 0, by_type
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
        ax.plot([r.lon], [merc(r.lat)], transform=ax.transData + shift,
                marker=MPL_MARKERS[LABEL_SHAPES.get(r.label, "circle")], markersize=13,
                markerfacecolor="white" if hollow else colour,
                markeredgecolor=colour if hollow else "#1a1a1a",
                markeredgewidth=1.6, linestyle="none", zorder=10, gid=f"claim-{r.claim_id}")
        by_type[r.source_type] = by_type.get(r.source_type, 0) + 1
    return len(rows), by_type


def _side_panel(fig: Figure, offmap: dict[str, int]) -> None:
    x = 0.745
    fig.text(x, 0.875, textwrap.fill(CAVEAT, 30), fontsize=15, fontweight="bold",
             color="#8a1c1c", va="top", linespacing=1.3)
    fig.text(x, 0.805, textwrap.fill("Each marker is one claimant's assertion as a report "
                                     "carried it.", 44), fontsize=11.5, color="#333", va="top")
    colours = [Patch(facecolor=SOURCE_COLOURS[s], edgecolor="#222", label=SOURCE_TYPE_NAMES[s])
               for s in SOURCE_TYPES]
    shapes = [Line2D([], [], marker=MPL_MARKERS[LABEL_SHAPES[label]], linestyle="none",
                     markersize=12, markerfacecolor="#777777", markeredgecolor="#1a1a1a",
                     label=label.capitalize()) for label in LABELS]
    shapes.append(Line2D([], [], marker="o", linestyle="none", markersize=12,
                         markerfacecolor="white", markeredgecolor="#777777",
                         label="Machine-extracted, not reviewed"))
    first = fig.legend(handles=colours, title="Claimant source type (colour)",
                       loc="upper left", bbox_to_anchor=(x - 0.005, 0.76), fontsize=13,
                       title_fontsize=13, frameon=False, alignment="left")
    first.get_title().set_fontweight("bold")
    second = fig.legend(handles=shapes, title="Verification label (shape)", loc="upper left",
                        bbox_to_anchor=(x - 0.005, 0.52), fontsize=13, title_fontsize=13,
                        frameon=False, alignment="left")
    second.get_title().set_fontweight("bold")
    if offmap:
        lines = ["Not drawn as points:"] + [f"  {n} {k}" for k, n in offmap.items() if n]
        fig.text(x, 0.27, "\n".join(lines), fontsize=12.5, va="top", color="#222",
                 linespacing=1.4)
        fig.text(x, 0.13, "Province-wide, country-wide and abroad claims\nare never drawn "
                 "at a town.", fontsize=11, va="top", color="#555")
