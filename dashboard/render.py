"""Build the folium map of a claim selection: offline basemap, claim markers, legend, caveat.

Claim markers are built in the browser from one JSON array rather than one folium object per
claim: folium spends ~0.7 ms of Python per marker compiling popup templates, and the page carries
the data once instead of once per marker. Every text from the data reaches the page only through
JSON and is put into the DOM with textContent, so nothing a claimant's name contains can run.
"""

from __future__ import annotations

import base64
import html
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
import numpy as np
import pandas as pd
from branca.element import Element, MacroElement
from folium.elements import JSCSSMixin
from folium.plugins import MarkerCluster
from jinja2 import Template

from dashboard.assets import use_local_assets
from dashboard.dataset import REPO_ROOT
from dashboard.models import (
    INCIDENT_TYPE_NAMES,
    LABELS,
    SOURCE_TYPE_NAMES,
    SOURCE_TYPES,
    Figure,
)

OUTLINES = REPO_ROOT / "geodata" / "outlines.geojson"

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
TILE_ATTRIBUTION = "&copy; OpenStreetMap contributors"
TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
MAP_ASSETS = frozenset({"leaflet", "leaflet_css"})  # what of folium's own links the map uses
CLUSTER_ABOVE = 400  # below this, every claim-place is its own marker


def safe_json(value: Any) -> str:
    """JSON that can sit inside a <script> element: no tag, comment or line-separator breaks."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


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


@lru_cache(maxsize=1)
def _outlines() -> dict:
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

    for f in _outlines()["features"]:
        if f["properties"].get("name") == name:
            walk(f["geometry"]["coordinates"])
    if not lats:
        return [[24.8, 60.8], [32.1, 70.3]]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


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


# DOM builders shared by both claim layers' popups: text only ever goes in through textContent.
DOM_JS = """  var labelWords = {verified: "Verified", corroborated: "Corroborated",
                    disputed: "Disputed", unverified: "Unverified"};
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function row(parent, name, value) {
    if (!value) { return; }
    var p = el("div", "claim-row");
    p.appendChild(el("b", null, name + ": "));
    p.appendChild(document.createTextNode(String(value)));
    parent.appendChild(p);
  }
  // A ClaimView's mask (see ClaimView): 1 for each of n rows it shows.
  function viewBits(v, n) {
    var vis = new Uint8Array(n), bits = v.mask ? atob(v.mask) : null;
    for (var r = 0; r < n; r++) { vis[r] = bits ? (bits.charCodeAt(r >> 3) >> (r & 7)) & 1 : 1; }
    return vis;
  }
  function viewLegend(map, v) {
    var box = map.getContainer().querySelector(".claims-legend-control");
    if (box && v.legend !== undefined) { box.innerHTML = v.legend; }  // escaped server-side
  }
"""


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
  var colours = {{ this.colours_json }};
  var glyphs = {{ this.glyphs_json }};
  var group = {{ "L.markerClusterGroup({maxClusterRadius: 40, chunkedLoading: true})"
                 if this.cluster else "L.featureGroup()" }};
  var links = L.layerGroup().addTo(map);
{{ this.dom_js }}
  function popup(d) {
    var box = el("div", "claim-popup");
    box.appendChild(el("div", "claim-title", d.claimant));
    box.appendChild(el("div", "claim-label claim-label-" + d.label,
      (labelWords[d.label] || d.label) +
      (d.rev === "machine_extracted" ? " · machine-extracted, not reviewed" : "")));
    row(box, "Why", d.reason);
    row(box, "Source type", d.stn);
    row(box, "Incident", d.it);
    row(box, "Date", d.date + (d.basis ? " — " + d.basis : ""));
    row(box, "Place", d.place + " (" + d.gp + " precision" +
        (d.mention && d.mention !== d.place ?
         ", written \\u201c" + d.mention + "\\u201d" : "") + ")");
    if (d.others.length) { row(box, "Same claim also placed at", d.others.join(", ")); }
    if (d.figs.length) {
      box.appendChild(el("b", null, "Figures claimed:"));
      var ul = el("ul", "claim-figs");
      d.figs.forEach(function (f) { ul.appendChild(el("li", null, f)); });
      box.appendChild(ul);
    }
    row(box, "Event", d.event);
    row(box, "Report", d.report + (d.outlet ? " (" + d.outlet + ")" : "") +
        (d.passage ? ", paragraph " + d.passage : ""));
    row(box, "Summary", d.summary);
    box.appendChild(el("div", "claim-id", "Claim " + d.id + " · a claim, not a verified fact"));
    return box;
  }
  function tooltip(d) {
    var t = el("div", "claim-tooltip");
    t.appendChild(el("b", null, d.claimant));
    t.appendChild(el("div", null, d.stn + " · " + d.date));
    t.appendChild(el("div", null, (labelWords[d.label] || d.label) + " claim · " + d.place +
                     " (" + d.gp + ")"));
    return t;
  }
  var byClaim = {}, markers = [], vis = new Uint8Array(data.length).fill(1);
  data.forEach(function (d, index) {
    d.index = index;
    var angle = d.slots > 1 ? (2 * Math.PI * d.slot / d.slots) : 0;
    var r = d.slots > 1 ? 12 : 0;
    var dx = Math.round(r * Math.cos(angle)), dy = Math.round(r * Math.sin(angle));
    var hollow = d.rev === "machine_extracted" ? 1 : 0;
    var icon = L.divIcon({
      className: "claim-marker claim-" + d.label + " source-" + d.st,
      html: glyphs[d.label + "|" + d.st + "|" + hollow],
      iconSize: [22, 22], iconAnchor: [11 - dx, 11 - dy]
    });
    var m = L.marker([d.lat, d.lon], {icon: icon, title: d.claimant + " — " + d.place,
                                      alt: d.claimant, riseOnHover: true});
    m.bindTooltip(function () { return tooltip(d); }, {direction: "top", offset: [0, -8]});
    m.bindPopup(function () { return popup(d); }, {maxWidth: 360});
    m.on("add", function () {
      var e = m.getElement();
      if (e) { e.setAttribute("data-claim-id", d.id); e.setAttribute("data-place", d.place);
               e.setAttribute("data-source-type", d.st); e.setAttribute("data-label", d.label); }
    });
    m.on("popupopen", function () {
      links.clearLayers();
      (byClaim[d.id] || []).forEach(function (o) {
        if (o !== d && vis[o.index]) {
          L.polyline([[d.lat, d.lon], [o.lat, o.lon]],
                     {color: colours[d.st], weight: 2, dashArray: "4 4",
                      interactive: false}).addTo(links);
        }
      });
    });
    m.on("popupclose", function () { links.clearLayers(); });
    (byClaim[d.id] = byClaim[d.id] || []).push(d);
    markers.push(m);
  });
  // A filter change sends a view (see ClaimView): the markers stay built, and only those it
  // shows are on the map.
  function applyView(v) {
    viewLegend(map, v);
    vis = viewBits(v, data.length);
    var keep = markers.filter(function (m, r) { return vis[r]; });
    map.closePopup();
    links.clearLayers();
    group.clearLayers();
    if (group.addLayers) { group.addLayers(keep); } else { keep.forEach(function (m) {
      group.addLayer(m); }); }
    window.claimMarkerCount = keep.length;
  }
  window.claimsView = applyView;
  group.addTo(map);
  applyView({mask: null});
})();
{% endmacro %}
""")

    def __init__(self, records: list[dict[str, Any]], *, cluster: bool | None = None):
        super().__init__()
        self._name = "ClaimLayer"
        self.dom_js = DOM_JS
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
  var colours = {{ this.colours_json }};
  var sourceTypes = {{ this.source_types_json }};
  var shapes = {{ this.shapes_json }};
  var labels = {{ this.labels_json }};
  var D = null, n = 0, R = 5, order = null, styles = null, vis = null, shown = 0;
  var view = null, layer = null;
  function stem(r) { return D.st[D.s === 0 ? 0 : D.s[r]]; }
  function ready(data) {
    D = data; n = D.n || 0;
    for (var q0 = 1; q0 < n; q0++) { D.i[q0] += D.i[q0 - 1]; }  // differences back to numbers
    order = new Uint32Array(n);
    for (var q = 0; q < n; q++) { order[q] = q; }
    // rows of one style drawn together, so each spot is stamped once per style
    styles = D.lk.map(styleOf);
    order.sort(function (a, b) { return styles[D.k[a]] - styles[D.k[b]] || a - b; });
    applyView(view || {});
  }
  // A view: {mask: base64 bitset over the rows (absent: every row), legend: its HTML, key}.
  function applyView(v) {
    view = v;
    viewLegend(map, v);
    if (!D) { return; }
    vis = viewBits(v, n); shown = 0;
    for (var r = 0; r < n; r++) { shown += vis[r]; }
    map.closePopup();
    if (layer && layer._canvas) {
      layer._canvas.setAttribute("data-view", v.key || "");
      layer._redraw();
    }
  }
  window.claimsView = applyView;
  var px = null, pz = null;
  function project() {
    var z = map.getZoom();
    if (pz === z && px) { return; }
    px = new Float64Array(D.pl.length * 2);
    for (var j = 0; j < D.pl.length; j++) {
      var pt = map.project([D.pl[j][0] / 1e5, D.pl[j][1] / 1e5], z);
      px[2 * j] = pt.x; px[2 * j + 1] = pt.y;
    }
    pz = z;
  }
  function shape(ctx, kind, x, y) {
    if (kind === "triangle") {
      ctx.moveTo(x, y - R - 1); ctx.lineTo(x + R + 1, y + R); ctx.lineTo(x - R - 1, y + R);
      ctx.closePath();
    } else if (kind === "square") {
      ctx.rect(x - R + 0.5, y - R + 0.5, 2 * R - 1, 2 * R - 1);
    } else if (kind === "diamond") {
      ctx.moveTo(x, y - R - 1); ctx.lineTo(x + R + 1, y); ctx.lineTo(x, y + R + 1);
      ctx.lineTo(x - R - 1, y); ctx.closePath();
    } else {
      ctx.moveTo(x + R, y); ctx.arc(x, y, R, 0, 2 * Math.PI);
    }
  }
  // A style is what a reader sees: colour (source type), shape (label), hollow (unreviewed).
  function styleOf(look) { return (look[0] * labels.length + look[1]) * 2 + look[2]; }
  // Each style is drawn once into a small sprite and stamped: filling tens of thousands of
  // sub-paths costs the browser seconds of rasterising, copying a sprite next to nothing.
  var sprites = {}, H = R + 3;
  function sprite(look, dpr) {
    var id = styleOf(look) + "@" + dpr;
    if (sprites[id]) { return sprites[id]; }
    var c = document.createElement("canvas");
    c.width = c.height = 2 * H * dpr;
    var ctx = c.getContext("2d"), colour = colours[sourceTypes[look[0]]];
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.lineWidth = 1.2;
    ctx.fillStyle = look[2] ? "#ffffff" : colour;
    ctx.strokeStyle = look[2] ? colour : "#1a1a1a";
    ctx.setLineDash(look[2] ? [2, 2] : []);
    ctx.beginPath(); shape(ctx, shapes[labels[look[1]]], H, H); ctx.fill(); ctx.stroke();
    return (sprites[id] = c);
  }
  var Layer = L.Layer.extend({
    onAdd: function () {
      this._canvas = L.DomUtil.create("canvas", "claim-canvas leaflet-zoom-hide");
      map.getPanes().overlayPane.appendChild(this._canvas);
      map.on("moveend zoomend resize viewreset", this._redraw, this);
      map.on("click", this._click, this);
      this._redraw();
    },
    onRemove: function () {
      L.DomUtil.remove(this._canvas);
      map.off("moveend zoomend resize viewreset", this._redraw, this);
      map.off("click", this._click, this);
    },
    // On load the data, the view, the frame's sizing and the framing each ask for a paint;
    // one per animation frame is all a reader can see.
    _redraw: function () {
      if (this._pending) { return; }
      var self = this;
      this._pending = true;
      window.requestAnimationFrame(function () { self._pending = false; self._draw(); });
    },
    _draw: function () {
      if (!D) { return; }
      project();
      var size = map.getSize(), dpr = window.devicePixelRatio || 1, c = this._canvas;
      var topLeft = map.containerPointToLayerPoint([0, 0]);
      L.DomUtil.setPosition(c, topLeft);
      c.width = size.x * dpr; c.height = size.y * dpr;
      c.style.width = size.x + "px"; c.style.height = size.y + "px";
      var ctx = c.getContext("2d");
      var origin = map.getPixelOrigin();
      var ox = origin.x + topLeft.x, oy = origin.y + topLeft.y;
      // one stamp per place and style: claims at one spot with one look overlap exactly
      var stamped = new Int32Array(D.pl.length).fill(-1);
      var drawn = 0;
      for (var q = 0; q < n; q++) {
        var r = order[q];
        if (!vis[r]) { continue; }
        var look = D.lk[D.k[r]], style = styles[D.k[r]], j = D.p[r];
        if (stamped[j] === style) { drawn++; continue; }
        var x = px[2 * j] - ox, y = px[2 * j + 1] - oy;
        if (x < -H || y < -H || x > size.x + H || y > size.y + H) { continue; }
        stamped[j] = style;
        ctx.drawImage(sprite(look, dpr), Math.round((x - H) * dpr), Math.round((y - H) * dpr));
        drawn++;
      }
      c.setAttribute("data-claim-count", String(shown));
      c.setAttribute("data-drawn", String(drawn));
      window.claimMarkerCount = shown;
    },
    _click: function (e) {
      if (!D) { return; }
      project();
      var origin = map.getPixelOrigin(), p = map.project(e.latlng, map.getZoom());
      var hits = [], seen = {};
      for (var r = 0; r < n; r++) {
        if (!vis[r]) { continue; }
        var dx = px[2 * D.p[r]] - p.x, dy = px[2 * D.p[r] + 1] - p.y;
        if (dx * dx + dy * dy <= (R + 3) * (R + 3)) { hits.push(r); }
      }
      if (!hits.length) { return; }
      var box = el("div", "claim-popup claim-canvas-popup");
      var spot = D.pl[D.p[hits[0]]];
      box.appendChild(el("div", "claim-title", hits.length + (hits.length === 1 ?
        " claim" : " claims") + " here · " + spot[2] + " (" + spot[3] + " precision)"));
      hits.slice(0, 5).forEach(function (r) { box.appendChild(entry(r)); });
      if (hits.length > 5) {
        box.appendChild(el("div", "claim-id", "… and " + (hits.length - 5) +
          " more at this spot: zoom in, or filter to narrow them down."));
      }
      box.appendChild(el("div", "claim-id", "Claims, not verified facts. The summary of each " +
        "claim is in the claims table and the exports."));
      L.popup({maxWidth: 380, maxHeight: 420}).setLatLng(
        [spot[0] / 1e5, spot[1] / 1e5]).setContent(box).openOn(map);
    }
  });
{{ this.dom_js }}
  function entry(r) {
    var look = D.lk[D.k[r]], place = D.pl[D.p[r]], label = labels[look[1]];
    var id = stem(r) + (D.i[r] >= 0 ? String(D.i[r]) : "");
    var box = el("div", "claim-entry");
    box.appendChild(el("div", "claim-title", look[3]));
    box.appendChild(el("div", "claim-label claim-label-" + label,
      (labelWords[label] || label) + (look[2] ? " · machine-extracted, not reviewed" : "")));
    row(box, "Why", look[6]);
    row(box, "Source type", look[4]);
    row(box, "Incident", look[5]);
    row(box, "Date", D.dt[D.d[r]] + (look[10] ? " — " + look[10] : ""));
    row(box, "Place", place[2] + " (" + place[3] + " precision)");
    row(box, "Figures claimed", look[7]);
    row(box, "Report", look[8] + (look[9] ? " (" + look[9] + ")" : ""));
    box.appendChild(el("div", "claim-id", "Claim " + id));
    return box;
  }
  layer = new Layer().addTo(map);
{% if this.url_json %}
  function fetched(response) {
    if (!response.ok) { throw new Error("HTTP " + response.status); }
    return response;
  }
  var url = {{ this.url_json }}, plain = function () {
    return fetch(url).then(fetched).then(function (r) { return r.json(); });
  };
  // The gzip copy beside the file: a fifth of the bytes, and the server sends it as it is
  // instead of compressing two megabytes for every reader.
  var load = window.DecompressionStream ? function () {
    return fetch(url + ".gz").then(fetched).then(function (r) {
      return new Response(r.body.pipeThrough(new DecompressionStream("gzip"))).json();
    }).catch(plain);
  } : plain;
  load().then(ready).catch(function (err) {
    var box = el("div", "claim-load-error",
      "The claims could not be loaded into the map (" + err.message + "). Reload the page; " +
      "the claims table below the map is unaffected.");
    map.getContainer().appendChild(box);
  });
{% else %}
  ready({{ this.data_json }});
{% endif %}
})();
{% endmacro %}
""")

    def __init__(self, payload: dict[str, Any] | None = None, *, url: str | None = None):
        super().__init__()
        if (payload is None) == (url is None):
            raise ValueError("a canvas layer takes either the claims or their URL")
        self._name = "CanvasClaimLayer"
        self.dom_js = DOM_JS
        self.data_json = safe_json(payload) if payload is not None else ""
        self.url_json = safe_json(url) if url is not None else ""
        self.colours_json = safe_json(SOURCE_COLOURS)
        self.source_types_json = safe_json(list(SOURCE_TYPES))
        self.shapes_json = safe_json(LABEL_SHAPES)
        self.labels_json = safe_json(list(LABELS))


class ClaimView(MacroElement):
    """Which claims a canvas layer shows, and the legend that goes with them.

    Sent on its own (st_folium's ``feature_group_to_add``), so that a filter change costs the
    browser a repaint instead of a new map: the mask is one bit per row of the layer's data,
    about 12 KB of base64 at 100,000 claims. The filtering itself stays in ClaimFilter.apply;
    the browser only reads the bits.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
if (window.claimsView) { window.claimsView({{ this.view_json }}); }
{% endmacro %}
""")

    def __init__(self, mask: str | None, *, legend: str, key: str = ""):
        super().__init__()
        self._name = "ClaimView"
        self.view_json = safe_json({"mask": mask, "legend": legend, "key": key})


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


def claim_layer(table: pd.DataFrame) -> MacroElement:
    """DOM markers (fanned out, clustered above CLUSTER_ABOVE) for a selection small enough
    to hold one element per claim; one canvas above CANVAS_ABOVE mapped claim-places."""
    if int(table["mapped"].sum()) > CANVAS_ABOVE:
        return CanvasClaimLayer(compact_records(table))
    return ClaimLayer(marker_records(table))


LEGEND_CLASS = "claims-legend-control"


def legend_html(summary: str | None = None, *, counts: dict[str, int] | None = None) -> str:
    """The legend box drawn on the map, so a screenshot carries it. Escaped: see _esc."""
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
    extra = ""
    if counts:
        bits = [f"{n} {_esc(k)}" for k, n in counts.items() if n]
        if bits:
            extra = ('<div class="lg-offmap"><b>Not drawn as points:</b> ' + ", ".join(bits)
                     + " (listed beside the map)</div>")
    head = f'<div class="lg-summary">{_esc(summary)}</div>' if summary else ""
    return (
        '<div class="claims-legend">'
        f'<div class="lg-caveat">{_esc(CAVEAT)}</div>{head}'
        '<div class="lg-cols"><div><b>Claimant source type</b>' + "".join(rows) + "</div>"
        '<div><b>Verification label</b>' + "".join(shapes) + "</div></div>"
        f"{extra}</div>"
    )


def _esc(text: str | None) -> str:
    return html.escape(text or "", quote=True)


class _Control(MacroElement):
    """A fixed box on the map (legend, caveat) that any screenshot of the map includes."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var c = L.control({position: {{ this.position_json }}});
  c.onAdd = function () {
    var d = L.DomUtil.create("div", {{ this.css_class_json }});
    d.innerHTML = {{ this.html_json }};
    L.DomEvent.disableClickPropagation(d);
    L.DomEvent.disableScrollPropagation(d);
    return d;
  };
  c.addTo({{ this._parent.get_name() }});
})();
{% endmacro %}
""")

    def __init__(self, html_text: str, position: str = "bottomleft", css_class: str = ""):
        super().__init__()
        self._name = "Control"
        # The html here is built by legend_html from escaped parts, never raw data.
        self.html_json = safe_json(html_text)
        self.position_json = safe_json(position)
        self.css_class_json = safe_json(f"leaflet-control {css_class}".strip())


MAP_CSS = """
<style>
.leaflet-container { background: #c9d6df; font-family: system-ui, sans-serif; }
.claim-marker { background: none; border: none; }
.claim-popup { font-size: 13px; line-height: 1.35; }
.claim-title { font-weight: 700; font-size: 14px; margin-bottom: 2px; }
.claim-label { display: inline-block; font-weight: 700; padding: 1px 6px; border-radius: 3px;
  margin: 2px 0 4px; background: #eee; border: 1px solid #999; }
.claim-label-disputed { background: #fff3cd; border-color: #b58a00; }
.claim-label-corroborated { background: #e3f1ea; border-color: #2f7d55; }
.claim-label-verified { background: #dfe9f7; border-color: #1f4f8f; }
.claim-figs { margin: 2px 0 4px 16px; padding: 0; }
.claim-id { color: #555; font-size: 11px; margin-top: 4px; }
.claim-entry { border-top: 1px solid #ddd; padding-top: 4px; margin-top: 4px; }
.claims-legend { background: rgba(255,255,255,0.94); padding: 8px 10px; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.3); font-size: 12px; line-height: 1.3; max-width: 300px; }
.claims-legend svg { vertical-align: middle; }
.lg-caveat { font-weight: 700; color: #8a1c1c; margin-bottom: 4px; }
.lg-summary { margin-bottom: 4px; }
.lg-cols { display: flex; gap: 14px; }
.lg-swatch { display: inline-block; width: 12px; height: 12px; border: 1px solid #222;
  margin-right: 5px; vertical-align: middle; }
.lg-offmap { margin-top: 4px; }
.leaflet-top, .leaflet-bottom { z-index: 690; }  /* under popups (700), over markers */
.leaflet-control-attribution { font-size: 10px; line-height: 1.3; }
.claim-load-error { position: absolute; top: 10px; left: 60px; right: 60px; z-index: 800;
  background: #fff3cd; border: 1px solid #b58a00; padding: 6px 10px; font-size: 13px; }
.hq-label { background: none; border: none; font-size: 11px; color: #333;
  text-shadow: 0 0 2px #fff, 0 0 2px #fff; white-space: nowrap; }
</style>
"""


class OutlineLayer(MacroElement):
    """Country and province outlines in two panes: land fills *under* the tiles, so they give
    the offline map its land/sea contrast yet vanish when tiles load; lines *over* the tiles, so
    the province border stays visible either way."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  var data = {{ this.data_json }};
  if (!map.getPane("landFill")) {
    map.createPane("landFill").style.zIndex = 150;
    map.getPane("landFill").style.pointerEvents = "none";
    map.createPane("borders").style.zIndex = 390;
    map.getPane("borders").style.pointerEvents = "none";
  }
  L.geoJSON(data, {pane: "landFill", interactive: false, style: function (f) {
    var p = f.properties, home = p.name === "Pakistan" || p.name === "Balochistan";
    return {stroke: false, fillColor: p.name === "Balochistan" ? "#fffdf4" :
            (home ? "#f7f5ee" : "#eceae3"), fillOpacity: 1};
  }}).addTo(map);
  L.geoJSON(data, {pane: "borders", interactive: false, style: function (f) {
    var p = f.properties;
    if (p.name === "Balochistan") { return {color: "#222", weight: 2.5, fill: false}; }
    if (p.kind === "province") { return {color: "#777", weight: 1, dashArray: "3 3", fill: false}; }
    return {color: "#666", weight: 1.2, fill: false};
  }}).addTo(map);
})();
{% endmacro %}
""")

    def __init__(self, data: dict) -> None:
        super().__init__()
        self._name = "OutlineLayer"
        self.data_json = safe_json(data)


class HeadquartersLayer(MacroElement):
    """District headquarters as dots with their names, built in the browser from one JSON list.

    One element rather than a folium Marker and DivIcon per town: folium compiles a template
    for every icon, which cost a quarter of a second on every rerun for 37 towns. Names go in
    through textContent. The layer is listed in the layer control, so a reader can hide it."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  var towns = {{ this.towns_json }};
  var group = L.layerGroup();
  towns.forEach(function (t) {
    L.circleMarker([t[1], t[2]], {radius: 2, color: "#444", weight: 1, fill: true,
                                  fillOpacity: 1, interactive: false}).addTo(group);
    var label = document.createElement("div");
    label.className = "hq-label";
    label.textContent = t[0];
    L.marker([t[1], t[2]], {interactive: false, keyboard: false, icon: L.divIcon({
      html: label, className: "hq-label", iconSize: [120, 14], iconAnchor: [-13, 7]})
    }).addTo(group);
  });
  group.addTo(map);
  window.claimMapOverlays = window.claimMapOverlays || {};
  window.claimMapOverlays[{{ this.title_json }}] = group;
})();
{% endmacro %}
""")

    def __init__(self, towns: list[tuple[str, float, float]],
                 title: str = "District headquarters") -> None:
        super().__init__()
        self._name = "HeadquartersLayer"
        self.towns_json = safe_json([[n, round(a, 5), round(o, 5)] for n, a, o in towns])
        self.title_json = safe_json(title)


def add_basemap(m: folium.Map, hq: list[tuple[str, float, float]]) -> None:
    """Outlines and labelled district headquarters: the map still reads with no tiles."""
    OutlineLayer(_outlines()).add_to(m)
    HeadquartersLayer(hq).add_to(m)


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
                   control_scale=True, prefer_canvas=False)
    # folium links jQuery, Bootstrap, Font Awesome and awesome-markers for its own widgets;
    # this map uses none of them, and each is one more file the map's frame waits for.
    m.default_js = [(k, v) for k, v in m.default_js if k in MAP_ASSETS]
    m.default_css = [(k, v) for k, v in m.default_css if k in MAP_ASSETS]
    m.get_root().header.add_child(Element(MAP_CSS))
    tile_layer = None
    if tiles:
        tile_layer = _Tiles().add_to(m)
    add_basemap(m, hq or [])
    (layer if layer is not None else claim_layer(table)).add_to(m)
    _Control(legend_html(summary, counts=offmap_counts), "bottomright",
             css_class=LEGEND_CLASS).add_to(m)
    _LayersControl(tile_layer).add_to(m)
    m.add_child(_Attribution())
    if center is None or zoom is None:
        # Frame the province, not every point: a claim in Islamabad should not shrink
        # Balochistan to a corner of a briefing slide.
        m.fit_bounds(province_bounds(), padding=(10, 10))
    return m


class KnownPosition(MacroElement):
    """Tell st_folium the map's starting view is already known to the server.

    st_folium reports centre and zoom once the map exists, and every report reruns the whole
    script: on each page load that rerun ran while the map was still fetching its claims, and
    it told the server nothing new (the view is the link's, or the default framing). Seeding
    the component's "last reported" value with the starting view leaves pans and zooms to
    report as before. ``__GLOBAL_DATA__`` is streamlit-folium's frame state (0.27); outside its
    frame (a standalone export) this does nothing.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }}, g = window.__GLOBAL_DATA__;
  if (!g || !g.returned_objects) { return; }
  function known() {
    // the same keys in the same order as streamlit-folium builds them before comparing
    var view = {zoom: map.getZoom(), center: map.getCenter()}, seen = {};
    ["zoom", "center"].forEach(function (k) {
      if (g.returned_objects.indexOf(k) >= 0) { seen[k] = view[k]; }
    });
    g.previous_data = seen;
  }
  known();
  // The frame is sized after the map is made, and Leaflet then re-frames the province: no
  // move of the reader's. Until the reader touches the map, every settled view counts as
  // known (this handler runs before streamlit-folium's, whose report comes 250 ms later).
  var touched = false, box = map.getContainer();
  ["mousedown", "wheel", "keydown", "touchstart"].forEach(function (type) {
    box.addEventListener(type, function () { touched = true; }, {capture: true, once: true});
  });
  map.on("moveend", function () { if (!touched) { known(); } });
})();
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "KnownPosition"


class _Tiles(MacroElement):
    """OpenStreetMap tiles. folium's TileLayer looks every address up in xyzservices' provider
    list first (40 ms on every rerun); this is the one layer the map uses, written out."""

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.tileLayer({{ this.url_json }}, {
  attribution: {{ this.attribution_json }}, maxZoom: 19, minZoom: 0
}).addTo({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "TileLayer"
        self.url_json = safe_json(TILE_URL)
        self.attribution_json = json.dumps(TILE_ATTRIBUTION)  # our own constant: markup kept


class _LayersControl(MacroElement):
    """Switches for the tiles and the headquarters labels (a briefer may want either off)."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var overlays = {}, extra = window.claimMapOverlays || {};
{% if this.tiles %}
  overlays["OpenStreetMap tiles"] = {{ this.tiles.get_name() }};
{% endif %}
  Object.keys(extra).forEach(function (k) { overlays[k] = extra[k]; });
  L.control.layers({}, overlays, {collapsed: true, position: "topleft"})
    .addTo({{ this._parent.get_name() }});
})();
{% endmacro %}
""")

    def __init__(self, tiles: MacroElement | None) -> None:
        super().__init__()
        self._name = "LayersControl"
        self.tiles = tiles


class _Attribution(MacroElement):
    _template = Template("""
{% macro script(this, kwargs) %}
{{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text_json }});
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "Attribution"
        self.text_json = safe_json(_esc(DATA_ATTRIBUTION))


def offmap_counts(table: pd.DataFrame) -> dict[str, int]:
    """How many claims of the selection have no point to draw, by why."""
    rows = table[~table["mapped"]]
    names = {"province": "province-wide", "country": "country-wide", "abroad": "abroad",
             "unresolved": "unresolved place"}
    return {names.get(k, k): int(v) for k, v in
            rows.groupby("geo_precision")["claim_id"].nunique().items()}
