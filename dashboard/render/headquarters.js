// District headquarters as dots with their names. Towns come in priority order (most populous
// first); each name takes the first place beside its dot (right, left, above, below) that
// covers no claim marker, no other town's dot and no name placed before it, or is hidden. It is
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
    labels.push({el: text, latlng: L.latLng(t[1], t[2])});
  });
  // Beside the dot first, above or below it next; then farther out to the side, past a claim
  // marker (11 px), a district ring (16 px) or a fan of markers and its ring (27 px) that may
  // sit on the town. A name never goes farther up or down, where it would read as the next
  // town's.
  var DOT = 3;
  function candidates(w, h) {
    var out = [[5, -h / 2, "right"], [-5 - w, -h / 2, "left"],
               [-w / 2, -h - 3, "above"], [-w / 2, 3, "below"]];
    [14, 19, 30].forEach(function (g) {
      out.push([g, -h / 2, "right"], [-g - w, -h / 2, "left"]);
    });
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
    var taken = claimBoxes();
    labels.forEach(function (l) {
      l.p = map.latLngToContainerPoint(l.latlng);
      taken.push({x: l.p.x - DOT, y: l.p.y - DOT, w: 2 * DOT, h: 2 * DOT});
    });
    labels.forEach(function (l) {
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
