// DOM builders shared by both claim layers' popups: text only ever goes in through textContent.
var labelWords = {verified: "Verified", corroborated: "Corroborated",
                  disputed: "Disputed", unverified: "Unverified"};
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) { e.className = cls; }
  if (text !== undefined && text !== null) { e.textContent = String(text); }
  return e;
}
function row(parent, name, value) {
  if (!value) { return; }
  var p = el("div", "claim-row");
  p.appendChild(el("b", null, name + ": "));
  p.appendChild(document.createTextNode(String(value)));
  parent.appendChild(p);
}
// The link to a claim's history page (dashboard/ui/history.py), or nothing when the map has no
// server behind it (a standalone export: base is null). The id is encoded into the URL and
// the words are set as text. Inside st_folium's frame a relative link would resolve against
// the component's own address, so it resolves against the page that holds the frame. It opens
// in a new tab, as the claims table's link does: Streamlit's component frame is sandboxed
// without allow-top-navigation (a _top link does nothing there), but allows popups that
// escape the sandbox; and the reader keeps the map where it was.
function historyLink(parent, base, id) {
  if (!base) { return; }
  var page;
  try { page = window.top.location.href; } catch (e) { page = document.referrer; }
  var a = el("a", "claim-history", "History of this claim: sources and every decision");
  a.href = new URL(base + encodeURIComponent(String(id)), page || document.baseURI).href;
  a.target = "_blank";
  a.rel = "noopener";
  parent.appendChild(a);
}
// A ClaimView's mask (see ClaimView): 1 for each of n rows it shows.
function viewBits(v, n) {
  var vis = new Uint8Array(n), bits = v.mask ? atob(v.mask) : null;
  for (var r = 0; r < n; r++) { vis[r] = bits ? (bits.charCodeAt(r >> 3) >> (r & 7)) & 1 : 1; }
  return vis;
}
// The legend sits beside the map (see legend.js), not on it; its HTML is escaped server-side.
function viewLegend(map, v) {
  var box = document.querySelector(".claims-legend-panel");
  if (box && v.legend !== undefined) {
    box.innerHTML = v.legend;
    if (window.claimLegendFit) { window.claimLegendFit(); }
  }
}
// "Only the district is known": a dashed ring around the spot, so a screenshot without a
// popup still tells a district-level claim from one placed at the town itself.
var DISTRICT_RING = {color: "#1a1a1a", weight: 1.6, dashArray: "5 4", fill: true,
                     fillColor: "#ffffff", fillOpacity: 0.25, interactive: false,
                     className: "claim-precision-ring"};
