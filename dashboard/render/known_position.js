// Tell st_folium the map's starting view is already known to the server (see KnownPosition).
function knownPosition(map) {
  var g = window.__GLOBAL_DATA__;
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
  // The frame is sized after the map is made, and the opening view then re-frames the
  // province: no move of the reader's. Until the reader touches the map, every settled view
  // counts as known (this handler runs before streamlit-folium's, whose report comes 250 ms
  // later).
  var touched = false, box = map.getContainer();
  ["mousedown", "wheel", "keydown", "touchstart"].forEach(function (type) {
    box.addEventListener(type, function () { touched = true; }, {capture: true, once: true});
  });
  map.on("moveend", function () { if (!touched) { known(); } });
}
