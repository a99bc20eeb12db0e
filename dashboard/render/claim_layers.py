"""The claims on the map: DOM markers for a selection small enough to hold one element per
claim, one canvas for large datasets, and the *view* (which of them a filter shows).

Claim markers are built in the browser from one JSON array rather than one folium object per
claim: folium spends ~0.7 ms of Python per marker compiling popup templates, and the page carries
the data once instead of once per marker. Every text from the data reaches the page only through
JSON and is put into the DOM with textContent, so nothing a claimant's name contains can run.
The browser code is in claim_dom.js, claim_markers.js and claim_canvas.js beside this module.
"""

from __future__ import annotations

import base64
from typing import Any

import numpy as np
import pandas as pd
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.plugins import MarkerCluster
from jinja2 import Template

from dashboard.legend import LABEL_SHAPES, SOURCE_COLOURS
from dashboard.models import (
    INCIDENT_TYPE_NAMES,
    LABELS,
    SOURCE_TYPE_NAMES,
    SOURCE_TYPES,
    Figure,
)
from dashboard.render.browser import browser_code, safe_json
from dashboard.render.legend import marker_svg

CLUSTER_ABOVE = 400  # below this, every claim-place is its own marker


def marker_records(table: pd.DataFrame) -> list[dict[str, Any]]:
    """The JSON each marker is built from: only mapped rows, texts as plain strings."""
    rows = table[table["mapped"]]
    if rows.empty:
        return []
    # Claims sharing a spot fan out around it (by pixel offset, so the true point stays put).
    slot = rows.groupby(["lat", "lon"]).cumcount().to_numpy()
    slots = rows.groupby(["lat", "lon"])["claim_id"].transform("size").to_numpy()
    out = []
    for i, r in enumerate(rows.itertuples(index=False)):
        out.append({
            "lat": round(float(r.lat), 5), "lon": round(float(r.lon), 5),
            "id": r.claim_id, "claimant": r.claimant, "st": r.source_type,
            "stn": SOURCE_TYPE_NAMES.get(r.source_type, r.source_type),
            "it": INCIDENT_TYPE_NAMES.get(r.incident_type, r.incident_type),
            "date": r.date_label, "basis": r.date_basis or "",
            "place": r.place, "mention": r.place_mention, "gp": r.geo_precision,
            "district": r.district or "",
            "others": [p for j, p in enumerate(r.all_places) if j != r.place_index],
            "figs": [_figure_line(f) for f in r.figures],
            "label": r.label, "reason": r.label_reason,
            "event": r.event or "", "report": r.report, "outlet": r.outlet or "",
            "passage": ", ".join(str(n) for n in r.passage),
            "summary": r.summary, "rev": r.review_status,
            "slot": int(slot[i]), "slots": int(slots[i]),
        })
    return out


def _figure_line(f: dict) -> str:
    return Figure(f["raw"], f["count"], f["category"], f["who"], f["qualifier"],
                  f.get("note") or "").describe()


class ClaimLayer(JSCSSMixin, MacroElement):
    """Claim markers built in the browser from a JSON array (see the module docstring)."""

    # Read when the map is rendered, not when the layer is built: a layer kept across reruns
    # must pick up the local asset URLs use_local_assets sets (never a CDN).
    @property
    def default_js(self) -> list[tuple[str, str]]:  # type: ignore[override]
        return list(MarkerCluster.default_js) if self.cluster else []

    @property
    def default_css(self) -> list[tuple[str, str]]:  # type: ignore[override]
        return list(MarkerCluster.default_css) if self.cluster else []

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  var data = {{ this.data_json }};
{{ this.code }}
  claimMarkers(map, data, {{ this.colours_json }}, {{ this.glyphs_json }},
               {{ "true" if this.cluster else "false" }}, {{ this.history_json }});
})();
{% endmacro %}
""")

    def __init__(self, records: list[dict[str, Any]], *, cluster: bool | None = None,
                 history: str | None = None):
        """``history``: the history page's URL up to the claim id (a popup links there), or
        None where no server is behind the map (a standalone export)."""
        super().__init__()
        self.history_json = safe_json(history)
        self._name = "ClaimLayer"
        self.code = browser_code("claim_dom.js", "claim_markers.js")
        self.cluster = len(records) > CLUSTER_ABOVE if cluster is None else cluster
        self.data_json = safe_json(records)
        self.colours_json = safe_json(SOURCE_COLOURS)
        self.glyphs_json = safe_json({
            f"{label}|{st}|{hollow}": marker_svg(LABEL_SHAPES[label], SOURCE_COLOURS[st],
                                                 hollow=bool(hollow))
            for label in LABELS for st in SOURCE_TYPES for hollow in (0, 1)
        })


CANVAS_ABOVE = 2000  # above this many mapped claim-places, one canvas instead of DOM markers


def compact_records(table: pd.DataFrame) -> dict[str, Any]:
    """The mapped rows as integer columns into small tables of distinct values.

    At 100,000 claims one JSON object per claim with its popup texts is ~60 MB; here each row
    is a place index, a "look" index (who, label, incident, figures, report...), a date index
    and the number in its id, and every text is sent once however many rows share it.
    """
    rows = table[table["mapped"]]
    if rows.empty:
        return {"n": 0}
    place_cols = ["lat", "lon", "place", "geo_precision"]
    place_code, place_first = _combined_codes(rows, place_cols)
    places = rows[place_cols].iloc[place_first]
    look_cols = ["source_type", "label", "review_status", "claimant", "incident_type",
                 "label_reason", "figures_text", "report", "outlet", "date_basis"]
    look_code, look_first = _combined_codes(rows, look_cols)
    looks = rows[look_cols].iloc[look_first].fillna("")
    date_code, dates = pd.factorize(rows["date_label"])
    ids = rows["claim_id"].astype(str)
    digits = ids.str.len() - ids.str.rstrip("0123456789").str.len()
    cut = ids.str.len() - digits.clip(upper=15)
    plain, cuts = ids.to_numpy(dtype=object), cut.to_numpy()
    stems = pd.Series([i[:c] for i, c in zip(plain, cuts, strict=True)], index=ids.index)
    tails = pd.Series([i[c:] for i, c in zip(plain, cuts, strict=True)], index=ids.index)
    # "s01" and "s1" would print alike: a number with a leading zero keeps it in its stem
    keep = tails.str.startswith("0") & (tails.str.len() > 1)
    stems = stems.where(~keep, ids)
    numbers = pd.to_numeric(tails.where(~keep & (tails != ""), "-1")).astype("int64")
    stem_code, stem_values = pd.factorize(stems)
    numbers = numbers.to_numpy()
    st_index = {st: i for i, st in enumerate(SOURCE_TYPES)}
    label_index = {label: i for i, label in enumerate(LABELS)}
    return {
        "n": len(rows),
        # places: latitude/longitude in 1e-5 degrees (about a metre), name, precision
        "pl": [[round(float(a) * 1e5), round(float(o) * 1e5), n, g]
               for a, o, n, g in places.itertuples(index=False)],
        "lk": [[st_index.get(r.source_type, len(SOURCE_TYPES) - 1),
                label_index.get(r.label, len(LABELS) - 1),
                1 if r.review_status == "machine_extracted" else 0,
                r.claimant, SOURCE_TYPE_NAMES.get(r.source_type, r.source_type),
                INCIDENT_TYPE_NAMES.get(r.incident_type, r.incident_type),
                r.label_reason, r.figures_text, r.report, r.outlet, r.date_basis]
               for r in looks.itertuples(index=False)],
        "dt": [str(d) for d in dates],
        "st": [str(x) for x in stem_values],
        "p": place_code.tolist(), "k": look_code.tolist(), "d": date_code.tolist(),
        # one stem (the usual case) is sent once, not once per row; id numbers go as the
        # difference from the row before, which is short when ids run in order
        "s": stem_code.tolist() if len(stem_values) > 1 else 0,
        "i": np.diff(numbers, prepend=0).tolist(),
    }


def _combined_codes(rows: pd.DataFrame, columns: list[str]) -> tuple[Any, Any]:
    """One code per distinct combination of the columns, and the first row of each."""
    key = np.zeros(len(rows), dtype=np.int64)
    for col in columns:
        codes, uniques = pd.factorize(rows[col], use_na_sentinel=False)
        key = key * (len(uniques) + 1) + codes
        # re-factorize after each column so the mixed-radix key never overflows int64
        key, _ = pd.factorize(key)
    _, first = np.unique(key, return_index=True)
    return key, first


class CanvasClaimLayer(MacroElement):
    """Many claims drawn on one canvas: shape by label, colour by source type, as the markers.

    A click lists the claims under the pointer in a popup built with textContent. Points are
    projected once per zoom level and drawn in one path per look, so 100,000 claims repaint in
    tens of milliseconds and the page holds one element, not one per claim.

    The claims come either inside the script (``payload``: a standalone export) or from a URL
    (``url``: the live dashboard, where the browser fetches and caches them once per dataset).
    Which of them are shown is a *view* (see ClaimView): the dashboard sends a new view on each
    filter change and the layer repaints, so the map, its script and its data are never rebuilt.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
{{ this.code }}
  var canvas = claimCanvas(map, {{ this.colours_json }}, {{ this.source_types_json }},
                           {{ this.shapes_json }}, {{ this.labels_json }},
                           {{ this.history_json }});
{% if this.url_json %}
  var url = {{ this.url_json }};
  loadClaims(url).then(canvas.ready).catch(canvas.failed);
{% else %}
  canvas.ready({{ this.data_json }});
{% endif %}
})();
{% endmacro %}
""")

    def __init__(self, payload: dict[str, Any] | None = None, *, url: str | None = None,
                 history: str | None = None):
        """``history`` as for ClaimLayer."""
        super().__init__()
        self.history_json = safe_json(history)
        if (payload is None) == (url is None):
            raise ValueError("a canvas layer takes either the claims or their URL")
        self._name = "CanvasClaimLayer"
        self.code = browser_code("claim_dom.js", "claim_canvas.js")
        self.data_json = safe_json(payload) if payload is not None else ""
        self.url_json = safe_json(url) if url is not None else ""
        self.colours_json = safe_json(SOURCE_COLOURS)
        self.source_types_json = safe_json(list(SOURCE_TYPES))
        self.shapes_json = safe_json(LABEL_SHAPES)
        self.labels_json = safe_json(list(LABELS))


class ClaimView(MacroElement):
    """Which claims a canvas layer shows, and the legend that goes with them.

    Sent on its own (st_folium's ``feature_group_to_add``), so that a filter change costs the
    browser a repaint (and, until the reader moves the map, a new framing) instead of a new
    map: the mask is one bit per row of the layer's data, about 12 KB of base64 at 100,000
    claims. The filtering itself stays in ClaimFilter.apply;
    the browser only reads the bits.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
if (window.claimsView) { window.claimsView({{ this.view_json }}); }
if (window.claimsFrame) { window.claimsFrame({{ this.fit_json }}); }
{% endmacro %}
""")

    def __init__(self, mask: str | None, *, legend: str, key: str = "",
                 fit: list[list[float]] | None = None):
        """``fit``: the box an untouched opening view frames for this selection
        (view.opening_bounds); None frames the province."""
        super().__init__()
        self._name = "ClaimView"
        self.view_json = safe_json({"mask": mask, "legend": legend, "key": key})
        self.fit_json = safe_json(fit)


def row_mask(rows: pd.Index, shown: pd.Index) -> str | None:
    """The rows of ``rows`` that are in ``shown``, as a base64 bitset (bit r of byte r//8,
    lowest bit first); None when every row is shown."""
    bits = np.isin(rows.to_numpy(), shown.to_numpy())
    if bits.all():
        return None
    return base64.b64encode(np.packbits(bits, bitorder="little").tobytes()).decode("ascii")


def mapped_rows(table: pd.DataFrame) -> pd.Index:
    """The table index of each row a claim layer draws, in the layer's order (masks use it)."""
    return table.index[table["mapped"].to_numpy(bool)]


def compact_json(table: pd.DataFrame) -> tuple[str, pd.Index]:
    """The canvas layer's data for every mapped row, as the JSON text a browser fetches, and
    the rows it holds (mapped_rows)."""
    return safe_json(compact_records(table)), mapped_rows(table)


def stable_map(table: pd.DataFrame) -> bool:
    """Large datasets get one map per dataset, and filters only change its view."""
    return int(table["mapped"].sum()) > CANVAS_ABOVE


def claim_layer(table: pd.DataFrame, *, history: str | None = None) -> MacroElement:
    """DOM markers (fanned out, clustered above CLUSTER_ABOVE) for a selection small enough
    to hold one element per claim; one canvas above CANVAS_ABOVE mapped claim-places.
    ``history``: where a popup links a claim's history (see ClaimLayer)."""
    if int(table["mapped"].sum()) > CANVAS_ABOVE:
        return CanvasClaimLayer(compact_records(table), history=history)
    return ClaimLayer(marker_records(table), history=history)
