// Many claims drawn on one canvas: shape by label, colour by source type, as the DOM markers.
// Needs claim_dom.js. Returns {ready(data), failed(error)}: the caller loads the claims.
// history: the history page's URL up to the claim id, or null (see historyLink).
function claimCanvas(map, colours, sourceTypes, shapes, labels, history) {
  var D = null, n = 0, R = 5, order = null, styles = null, vis = null, shown = 0;
  var view = null, layer = null, RING = R + 8;
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
      // District-level spots get a dashed ring ("somewhere in this district"), once each.
      ctx.save();
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.setLineDash([4, 3]); ctx.lineWidth = 1.4; ctx.strokeStyle = DISTRICT_RING.color;
      ctx.beginPath();
      for (var jr = 0; jr < D.pl.length; jr++) {
        if (stamped[jr] < 0 || D.pl[jr][3] !== "district") { continue; }
        var rx = px[2 * jr] - ox, ry = px[2 * jr + 1] - oy;
        ctx.moveTo(rx + RING, ry); ctx.arc(rx, ry, RING, 0, 2 * Math.PI);
      }
      ctx.stroke();
      ctx.restore();
      this._spots = [];
      for (var js = 0; js < D.pl.length; js++) {
        if (stamped[js] >= 0) {
          this._spots.push([px[2 * js] - ox, px[2 * js + 1] - oy, D.pl[js][3] === "district"]);
        }
      }
      c.setAttribute("data-claim-count", String(shown));
      c.setAttribute("data-drawn", String(drawn));
      window.claimMarkerCount = shown;
      map.fire("claimsdrawn");
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
    historyLink(box, history, id);
    return box;
  }
  layer = new Layer().addTo(map);
  // What the headquarters labels must not cover: each drawn spot, in container pixels.
  map._claimBoxes = function () {
    return ((layer && layer._spots) || []).map(function (p) {
      var r = p[2] ? RING + 1 : H;  // a district-level spot: its ring
      return {x: p[0] - r, y: p[1] - r, w: 2 * r, h: 2 * r};
    });
  };
  function failed(err) {
    var box = el("div", "claim-load-error",
      "The claims could not be loaded into the map (" + err.message + "). Reload the page; " +
      "the claims table below the map is unaffected.");
    map.getContainer().appendChild(box);
  }
  return {ready: ready, failed: failed};
}

// The claims of a live dashboard, fetched once per dataset: the gzip copy beside the file is a
// fifth of the bytes, and the server sends it as it is instead of compressing it per reader.
function loadClaims(url) {
  function fetched(response) {
    if (!response.ok) { throw new Error("HTTP " + response.status); }
    return response;
  }
  var plain = function () {
    return fetch(url).then(fetched).then(function (r) { return r.json(); });
  };
  if (!window.DecompressionStream) { return plain(); }
  return fetch(url + ".gz").then(fetched).then(function (r) {
    return new Response(r.body.pipeThrough(new DecompressionStream("gzip"))).json();
  }).catch(plain);
}
