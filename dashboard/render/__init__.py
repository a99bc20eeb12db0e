"""The folium map of a claim selection, by concept: the basemap (outlines, headquarters, tiles),
the claim layers, the legend and controls, and the view (the whole map and how it opens). The
browser code is in the .js and .css files beside these modules (see browser.py).

The names below are what the rest of the dashboard imports from ``dashboard.render``.
"""

from dashboard.render.basemap import (
    OUTLINES,
    TILE_ATTRIBUTION,
    TILE_URL,
    HeadquartersLayer,
    OutlineLayer,
    _outlines,
    add_basemap,
    outlines_script,
    province_bounds,
)
from dashboard.render.browser import safe_json
from dashboard.render.claim_layers import (
    CANVAS_ABOVE,
    CLUSTER_ABOVE,
    CanvasClaimLayer,
    ClaimLayer,
    ClaimView,
    claim_layer,
    compact_json,
    compact_records,
    mapped_rows,
    marker_records,
    row_mask,
    stable_map,
)
from dashboard.render.legend import (
    CAVEAT,
    DATA_ATTRIBUTION,
    DISTRICT_PRECISION,
    DISTRICT_RING_TEXT,
    LABEL_SHAPES,
    LEGEND_CLASS,
    SOURCE_COLOURS,
    district_ring_svg,
    legend_html,
    marker_svg,
    offmap_counts,
    offmap_lines,
)
from dashboard.render.view import KnownPosition, build_map, opening_bounds

__all__ = [
    "CANVAS_ABOVE", "CAVEAT", "CLUSTER_ABOVE", "DATA_ATTRIBUTION", "DISTRICT_PRECISION",
    "DISTRICT_RING_TEXT", "LABEL_SHAPES", "LEGEND_CLASS", "OUTLINES", "SOURCE_COLOURS",
    "TILE_ATTRIBUTION", "TILE_URL", "CanvasClaimLayer", "ClaimLayer", "ClaimView",
    "HeadquartersLayer", "KnownPosition", "OutlineLayer", "_outlines", "add_basemap",
    "build_map", "claim_layer", "compact_json", "compact_records", "district_ring_svg",
    "legend_html", "mapped_rows", "marker_records", "marker_svg", "offmap_counts",
    "offmap_lines", "opening_bounds", "outlines_script", "province_bounds", "row_mask",
    "safe_json", "stable_map",
]
