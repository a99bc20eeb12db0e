// Tell st_folium the map's starting view is already known to the server (see KnownPosition).
function knownPosition(map) {
  var g = window.__GLOBAL_DATA__;
  if (!g || !g.returned_objects) { return; }
  function view() {
    // the same keys in the same order as streamlit-folium builds them before comparing
    var now = {zoom: map.getZoom(), center: map.getCenter()}, seen = {};
    ["zoom", "center"].forEach(function (k) {
      if (g.returned_objects.indexOf(k) >= 0) { seen[k] = now[k]; }
    });
    return seen;
  }
  // streamlit-folium reports when JSON.stringify of its "last reported" value differs from the
  // view's. Until the reader touches the map, every view it shows is one the server already
  // knows: the frame is sized after the map is made, the opening view re-frames the province,
  // the legend takes its height off the map's, and a frame one pixel taller moves the centre by
  // half a pixel with no move event at all. So the value is the view at the moment of comparing,
  // not a copy taken at some earlier event; from the first touch on it is the view as the
  // reader found it, and a pan reports as before.
  var found = null, box = map.getContainer();
  ["mousedown", "wheel", "keydown", "touchstart"].forEach(function (type) {
    box.addEventListener(type, function () { if (!found) { found = view(); } },
                         {capture: true, once: true});
  });
  g.previous_data = {toJSON: function () { return found || view(); }};
}
