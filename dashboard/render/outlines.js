// Country and province outlines in two panes: land fills *under* the tiles, so they give the
// offline map its land/sea contrast yet vanish when tiles load; lines *over* the tiles, so the
// province border stays visible either way.
function outlines(map, data) {
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
    if (p.name === "Balochistan") {
      // the class lets a test find the province's own outline among the paths
      return {color: "#222", weight: 2.5, fill: false, className: "province-outline"};
    }
    if (p.kind === "province") { return {color: "#777", weight: 1, dashArray: "3 3", fill: false}; }
    return {color: "#666", weight: 1.2, fill: false};
  }}).addTo(map);
}
