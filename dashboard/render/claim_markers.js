// One DOM marker per claim-place, fanned out around a spot several claims share (by pixel
// offset, so the true point stays put). Needs claim_dom.js.
// history: the history page's URL up to the claim id, or null (see historyLink).
function claimMarkers(map, data, colours, glyphs, cluster, history) {
  var group = cluster ? L.markerClusterGroup({maxClusterRadius: 40, chunkedLoading: true})
                      : L.featureGroup();
  var links = L.layerGroup().addTo(map);
  var rings = L.layerGroup().addTo(map);
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
         ", written \u201c" + d.mention + "\u201d" : "") + ")");
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
    historyLink(box, history, d.id);
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
               e.setAttribute("data-source-type", d.st); e.setAttribute("data-label", d.label);
               e.setAttribute("data-geo-precision", d.gp); }
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
  // One ring per district-level spot with a claim shown, wide enough to hold its fan.
  function drawRings() {
    rings.clearLayers();
    var seen = {};
    data.forEach(function (d, r) {
      var key = d.lat + "," + d.lon;
      if (!vis[r] || d.gp !== "district" || seen[key]) { return; }
      seen[key] = true;
      L.circleMarker([d.lat, d.lon], L.extend({radius: d.slots > 1 ? 27 : 16},
                                              DISTRICT_RING)).addTo(rings);
    });
  }
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
    drawRings();
    window.claimMarkerCount = keep.length;
    map.fire("claimsdrawn");
  }
  if (cluster) { group.on("animationend", function () { map.fire("claimsdrawn"); }); }
  window.claimsView = applyView;
  group.addTo(map);
  applyView({mask: null});
}
