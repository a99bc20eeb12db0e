// The tile credit names only tiles that drew: it is on the map while at least one tile
// image loaded and is still shown, and off when tiles fail (no internet) or are switched off.
function tileCredit(map, tiles, credit) {
  var drawn = new Set();
  function update() {
    var on = drawn.size > 0 && map.hasLayer(tiles);
    if (on === update.on) { return; }
    update.on = on;
    if (on) { map.attributionControl.addAttribution(credit); }
    else { map.attributionControl.removeAttribution(credit); }
  }
  update.on = false;
  tiles.on("tileload", function (e) { drawn.add(e.tile); update(); });
  tiles.on("tileerror tileunload", function (e) { drawn.delete(e.tile); update(); });
  tiles.on("add remove", function () { if (!map.hasLayer(tiles)) { drawn.clear(); } update(); });
}
