// District headquarters as dots with their names. Towns come in priority order (most populous
// first), and a town a claim marker sits on goes before every town without one; each name
// takes the first place beside its dot (right, left, above, below) that covers no claim marker,
// no other town's dot and no name placed before it, or is hidden. It is
// worked out again whenever the view or the claims shown change, so a name that gave way comes
// back as the reader zooms in.
function headquarters(map, towns, title) {
  var group = L.layerGroup(), labels = [];
  towns.forEach(function (t, rank) {
    L.circleMarker([t[1], t[2]], {radius: 2, color: "#444", weight: 1, fill: true,
                                  fillOpacity: 1, interactive: false}).addTo(group);
    var text = document.createElement("span");
    text.className = "hq-label";
    text.textContent = t[0];  // names go in as text, never markup
    text.setAttribute("data-rank", String(rank));
    L.marker([t[1], t[2]], {interactive: false, keyboard: false, icon: L.divIcon({
      html: text, className: "hq-label-anchor", iconSize: [0, 0], iconAnchor: [0, 0]})
    }).addTo(group);
    labels.push({el: text, latlng: L.latLng(t[1], t[2]), rank: rank});
  });
  // Beside the dot first, above or below it next; then farther out to the side, past a claim
  // marker (11 px), a district ring (16 px) or a fan of markers and its ring (27 px) that may
  // sit on the town; then just above or below a district ring. A name never goes farther up or
  // down, where it would read as the next town's.
  var DOT = 3;
  function candidates(w, h) {
    var out = [[5, -h / 2, "right"], [-5 - w, -h / 2, "left"],
               [-w / 2, -h - 3, "above"], [-w / 2, 3, "below"]];
    [14, 19, 30].forEach(function (g) {
      out.push([g, -h / 2, "right"], [-g - w, -h / 2, "left"]);
    });
    // last, just clear of a district ring, above or below it or at its corners: a name
    // against the ring reads as the ring's own
    out.push([-w / 2, -h - 17, "above"], [-w / 2, 17, "below"],
             [12, -h - 12, "above"], [12, 12, "below"],
             [-12 - w, -h - 12, "above"], [-12 - w, 12, "below"]);
    return out;
  }
  function hit(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }
  function claimBoxes() {
    var c = map.getContainer(), at = c.getBoundingClientRect(), out = [];
    c.querySelectorAll(".claim-marker, .marker-cluster, .claim-precision-ring")
      .forEach(function (e) {
      var r = e.getBoundingClientRect();
      if (r.width) { out.push({x: r.left - at.left, y: r.top - at.top, w: r.width, h: r.height}); }
    });
    return out.concat(map._claimBoxes ? map._claimBoxes() : []);
  }
  function place() {
    pending = false;
    if (!map.hasLayer(group)) { return; }
    var taken = claimBoxes(), claims = taken.slice();
    labels.forEach(function (l) {
      l.p = map.latLngToContainerPoint(l.latlng);
      var dot = {x: l.p.x - DOT, y: l.p.y - DOT, w: 2 * DOT, h: 2 * DOT};
      l.claimed = claims.some(function (t) { return hit(dot, t); });
      taken.push(dot);
    });
    // A town a claim marker sits on is named first: a marker with no name beside it cannot be
    // placed by a reader of a screenshot, while a town with no claim can give way.
    labels.slice().sort(function (a, b) {
      return (b.claimed - a.claimed) || (a.rank - b.rank);
    }).forEach(function (l) {
      l.el.style.display = "";
      var w = l.el.offsetWidth, h = l.el.offsetHeight, chosen = null;
      candidates(w, h).some(function (c) {
        var box = {x: l.p.x + c[0], y: l.p.y + c[1], w: w, h: h};
        if (taken.some(function (t) { return hit(box, t); })) { return false; }
        chosen = c; taken.push(box); return true;
      });
      if (chosen) {
        l.el.style.left = chosen[0] + "px"; l.el.style.top = chosen[1] + "px";
        l.el.setAttribute("data-side", chosen[2]);
      } else {
        l.el.style.display = "none";
        l.el.setAttribute("data-side", "hidden");
      }
    });
  }
  var pending = false;
  function later() {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(place);
  }
  map.on("zoomend moveend viewreset resize claimsdrawn", later);
  group.on("add", later);
  group.addTo(map);
  window.claimMapOverlays = window.claimMapOverlays || {};
  window.claimMapOverlays[title] = group;
  later();
}
