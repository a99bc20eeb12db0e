// The legend in a panel of its own under the map, outside Leaflet's frame: it can cover no
// claim and no part of the province at any size, and a screenshot of the frame still holds it.
function legendPanel(map, html) {
  var frame = map.getContainer(), panel = document.createElement("div");
  panel.className = "claims-legend-panel";
  panel.innerHTML = html;  // built by legend_html from constants and escaped parts
  frame.parentNode.insertBefore(panel, frame.nextSibling);
  // The frame (st_folium's iframe, or a standalone page's window) has the height it was
  // given; the panel's height comes off the map's, and again whenever a view changes the
  // legend's text.
  var whole = frame.offsetHeight, standalone = frame.classList.contains("folium-map");
  function fit() {
    var h = panel.offsetHeight;
    frame.style.height = standalone ? "calc(100% - " + h + "px)" : (whole - h) + "px";
    map.invalidateSize();
  }
  fit();
  // a folded list in the legend (a standalone map's claims not drawn) changes its height
  panel.addEventListener("toggle", fit, true);
  window.claimLegendFit = fit;
  window.claimMap = map;  // the browser tests reach the map through this
}

// Switches for the tiles and the headquarters labels (a briefer may want either off).
function layerSwitches(map, tiles) {
  var overlays = {}, extra = window.claimMapOverlays || {};
  if (tiles) { overlays["OpenStreetMap tiles"] = tiles; }
  Object.keys(extra).forEach(function (k) { overlays[k] = extra[k]; });
  L.control.layers({}, overlays, {collapsed: true, position: "topleft"}).addTo(map);
}
