"""The folium map of a claim selection, by concept: the basemap (outlines, headquarters, tiles),
the claim layers, the legend and controls, and the view (the whole map and how it opens). The
browser code is in the .js and .css files beside these modules (see browser.py).

The names below are what the rest of the dashboard imports from ``dashboard.render``. What the
marks mean (colours, shapes, caveat, credits, legend entries) is not here but in
``dashboard.legend``, which every medium draws from.
"""

from dashboard.render.basemap import (
    OUTLINES,
    TILE_URL,
    HeadquartersLayer,
    OutlineLayer,
    add_basemap,
    by_label_priority,
    outlines,
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
    LEGEND_CLASS,
    district_ring_svg,
    legend_columns,
    legend_html,
    legend_sample,
    marker_svg,
)
from dashboard.render.view import KnownPosition, build_map, opening_bounds

__all__ = [
    "CANVAS_ABOVE", "CLUSTER_ABOVE", "LEGEND_CLASS", "OUTLINES", "TILE_URL", "CanvasClaimLayer",
    "ClaimLayer", "ClaimView", "HeadquartersLayer", "KnownPosition", "OutlineLayer",
    "add_basemap", "build_map", "by_label_priority", "claim_layer", "compact_json",
    "compact_records", "district_ring_svg", "legend_columns", "legend_html", "legend_sample",
    "mapped_rows", "marker_records", "marker_svg", "opening_bounds", "outlines",
    "outlines_script", "province_bounds", "row_mask", "safe_json", "stable_map",
]
