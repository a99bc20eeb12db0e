// The opening view: the province as large as the frame allows, clear of every control on the
// map. Each control pads the side of the frame where it costs the least room. Until the reader
// (or anything else) moves the map, a frame or control that changes size is framed again.
// bounds: the province, or the selection's claims (opening_bounds).
function openingView(map, bounds) {
  var first = bounds;
  function fit() {
    var frame = map.getContainer().getBoundingClientRect();
    var pad = {left: 6, right: 6, top: 6, bottom: 6};
    map.getContainer().querySelectorAll(".leaflet-control").forEach(function (e) {
      var r = e.getBoundingClientRect();
      if (!r.width || !r.height) { return; }
      var side = {left: r.right - frame.left, right: frame.right - r.left,
                  top: r.bottom - frame.top, bottom: frame.bottom - r.top};
      var across = Math.min(side.left, side.right), down = Math.min(side.top, side.bottom);
      if (across / frame.width <= down / frame.height) {
        var h = side.left < side.right ? "left" : "right";
        pad[h] = Math.max(pad[h], side[h] + 6);
      } else {
        var v = side.top < side.bottom ? "top" : "bottom";
        pad[v] = Math.max(pad[v], side[v] + 6);
      }
    });
    fitting = true;
    map.fitBounds(bounds, {paddingTopLeft: [pad.left, pad.top],
                           paddingBottomRight: [pad.right, pad.bottom], animate: false});
    fitting = false;
  }
  var touched = false, fitting = false, box = map.getContainer();
  ["mousedown", "wheel", "keydown", "touchstart"].forEach(function (type) {
    box.addEventListener(type, function () { touched = true; }, {capture: true, once: true});
  });
  // Any other move (a link's view, a script's) is not ours to undo either.
  map.on("movestart zoomstart", function () { if (!fitting) { touched = true; } });
  function again() { if (!touched) { fit(); } }
  map.on("resize", again);
  // The dashboard's map is made once per dataset: each filter's view brings the box of the
  // claims it leaves (ClaimView), and until the reader moves the map, that box is framed.
  window.claimsFrame = function (box) { bounds = box || first; again(); };
  fit();
  // Controls take their size and place only once Leaflet's stylesheet is in, which in the
  // st_folium frame comes after this script has run; the attribution grows as credits come.
  if (window.ResizeObserver) {
    var watch = new ResizeObserver(again);
    map.getContainer().querySelectorAll(".leaflet-control").forEach(function (e) {
      watch.observe(e);
    });
  }
}
