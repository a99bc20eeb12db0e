// What a reader sees on the claims map, measured in the map's own document: boxes in that
// document's viewport pixels. Evaluated by playwright in the map's frame (st_folium's iframe or
// a standalone export); returns plain JSON for the Python test to check.
() => {
  const map = window.claimMap;
  const container = map.getContainer();
  const frame = container.getBoundingClientRect();
  const box = (r) => ({x0: r.left, y0: r.top, x1: r.right, y1: r.bottom});
  // What Leaflet's frame shows of a box inside it (the frame clips its overflow), or null.
  const seen = (b) => {
    const c = {x0: Math.max(b.x0, frame.left), y0: Math.max(b.y0, frame.top),
               x1: Math.min(b.x1, frame.right), y1: Math.min(b.y1, frame.bottom)};
    return c.x0 < c.x1 && c.y0 < c.y1 ? {...b, ...c} : null;
  };
  const shown = (e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(e).display !== "none" &&
      getComputedStyle(e).visibility !== "hidden";
  };
  const within = (p) => p.x >= frame.left && p.x < frame.right && p.y >= frame.top &&
    p.y < frame.bottom;
  // The province outline: points every 2 px along the path, as drawn (inside the frame only).
  const outline = container.querySelector("path.province-outline");
  const outlinePoints = [];
  let inProvince = () => false;
  if (outline) {
    const ctm = outline.getScreenCTM();
    const length = outline.getTotalLength();
    for (let l = 0; l < length; l += 2) {
      const p = new DOMPoint(outline.getPointAtLength(l).x, outline.getPointAtLength(l).y)
        .matrixTransform(ctm);
      if (within(p)) { outlinePoints.push([p.x, p.y]); }
    }
    const inverse = ctm.inverse();
    inProvince = (x, y) => {
      const p = new DOMPoint(x, y).matrixTransform(inverse);
      return outline.isPointInFill(new DOMPoint(p.x, p.y));
    };
  }
  // A box touches the province when one of a grid of its points lies in the province's fill
  // inside the frame, or an outline point lies in it.
  const touchesProvince = (b) => {
    for (let i = 0; i <= 8; i++) {
      for (let j = 0; j <= 8; j++) {
        const x = b.x0 + (b.x1 - b.x0) * i / 8, y = b.y0 + (b.y1 - b.y0) * j / 8;
        if (within({x, y}) && inProvince(x, y)) { return true; }
      }
    }
    return outlinePoints.some(([x, y]) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1);
  };
  const claims = [...container.querySelectorAll(".claim-marker")].filter(shown)
    .map((e) => seen(box(e.getBoundingClientRect()))).filter(Boolean);
  const canvas = map._claimBoxes ? map._claimBoxes().map((b) => ({
    x0: b.x + frame.left, y0: b.y + frame.top, x1: b.x + b.w + frame.left,
    y1: b.y + b.h + frame.top})).map(seen).filter(Boolean) : [];
  const labels = [...container.querySelectorAll(".hq-label")].filter(shown)
    .map((e) => seen({name: e.textContent, ...box(e.getBoundingClientRect())}))
    .filter(Boolean);
  const controls = [...container.querySelectorAll(".leaflet-control")].filter(shown)
    .map((e) => ({name: e.className.split(" ")[0], ...box(e.getBoundingClientRect()),
                  province: false}));
  controls.forEach((c) => { c.province = touchesProvince(c); });
  const legendEl = document.querySelector(".claims-legend-panel");
  const legend = legendEl && shown(legendEl) ? box(legendEl.getBoundingClientRect()) : null;
  let provinceBox = null;
  if (outline) { provinceBox = box(outline.getBoundingClientRect()); }
  return {
    frame: box(frame), claims: claims.concat(canvas), labels, controls, legend,
    legendTouchesProvince: legend ? touchesProvince(legend) : null,
    provinceBox, outlinePoints,
    hidden: [...container.querySelectorAll(".hq-label")].filter((e) => !shown(e)).length,
    // where each hidden name's town is: its anchor sits on the town's dot
    hiddenDots: [...container.querySelectorAll(".hq-label")].filter((e) => !shown(e))
      .map((e) => {
        const r = e.parentElement.getBoundingClientRect();
        return {name: e.textContent, x: r.left, y: r.top};
      }),
    attribution: (container.querySelector(".leaflet-control-attribution") || {}).textContent || "",
    rings: container.querySelectorAll("path.claim-precision-ring").length,
    zoom: map.getZoom(),
  };
}
