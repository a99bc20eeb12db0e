"""Screenshot mode (``?mode=brief``): one frame that stands on its own on a slide.

Title, the filters in one line, the map, the legend, the caveat, the attribution and when the
view was made, all inside the window at 1280x720 and up, with no widgets. Every text that comes
from data is HTML-escaped here before it reaches st.html.
"""

from __future__ import annotations

import base64
import html
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from dashboard import briefing, legend
from dashboard.legend import CAVEAT, DATA_ATTRIBUTION, MARKER_MEANING
from dashboard.pipeline import Loaded
from dashboard.render import legend_columns
from dashboard.share import EXPLORE, View
from dashboard.ui import panels, selection

# Static CSS only (no data). The map iframe takes the height left by the header (title,
# summary: ~110 px) and footer (~50 px); the page itself never scrolls.
BRIEF_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"], footer { display: none !important; }
[data-testid="stMain"], [data-testid="stAppViewContainer"] { overflow: hidden !important; }
[data-testid="stMainBlockContainer"] { padding: 10px 18px 0 18px !important;
  max-width: 100% !important; }
[data-testid="stMainBlockContainer"] [data-testid="stVerticalBlock"] { gap: 6px; }
iframe[title="streamlit_folium.st_folium"] { height: calc(100vh - 140px) !important;
  min-height: 300px; }
.brief-head { display: flex; justify-content: space-between; align-items: baseline;
  gap: 16px; }
.brief-title { font-size: 28px; font-weight: 700; line-height: 1.15; margin: 0; }
.brief-made { font-size: 15px; color: #333; white-space: nowrap; }
.brief-summary { font-size: 17px; color: #111; margin-top: 4px; line-height: 1.3; }
.brief-side { font-size: 15px; line-height: 1.35; }
.brief-caveat { font-size: 18px; font-weight: 700; color: #8a1c1c; margin-bottom: 4px; }
.brief-note { font-size: 14px; color: #333; margin-bottom: 8px; }
.brief-side .lg-cols { display: flex; flex-direction: column; gap: 6px; }
.brief-side .lg-cols > div > div { margin: 2px 0; }
.brief-side .lg-swatch { display: inline-block; width: 15px; height: 15px;
  border: 1px solid #222; margin-right: 6px; vertical-align: middle; }
.brief-side img { vertical-align: middle; margin-right: 4px; }
.brief-offmap { margin-top: 8px; font-size: 15px; }
.brief-foot { font-size: 14px; color: #333; display: flex; justify-content: space-between;
  gap: 16px; }
.brief-foot a { color: #0b5cad; white-space: nowrap; }
.brief-sheet { border-collapse: collapse; font-size: 14px; line-height: 1.2;
  margin: 6px 0; width: 100%; table-layout: fixed; overflow-wrap: break-word; }
.brief-sheet col.rowhead { width: 15%; }
.brief-sheet th, .brief-sheet td { border: 1px solid #bbb; padding: 3px 5px;
  vertical-align: top; text-align: left; }
.brief-sheet thead th { background: #f1f1f1; }
.brief-sheet tbody th { font-weight: 600; overflow-wrap: normal; }
.lg-inline .lg-cols { flex-direction: column; gap: 2px; }
.lg-inline .lg-cols > div { display: flex; flex-wrap: wrap; gap: 2px 12px; align-items: center; }
.lg-inline .lg-cols > div > div { margin: 0; }
</style>"""


def _esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def page(loaded: Loaded, view: View, selected: selection.Selection,
         summary: str) -> tuple[object, object]:
    """Draw the briefing view; returns the map's (centre, zoom) as it reports them."""
    st.html(BRIEF_CSS)
    st.html(
        '<div class="brief-head">'
        f'<div class="brief-title">{_esc(briefing.TITLE)}</div>'
        f'<div class="brief-made">{_esc(briefing.view_made())}</div></div>'
        f'<div class="brief-summary" data-testid="brief-summary">{_esc(summary)}</div>')
    event = view.event if view.compare and view.event in loaded.dataset.events else None
    left, right = st.columns([1, 1.6] if event else [3.2, 1], gap="small")
    with left:
        where = panels.claims_map(loaded, selected, summary, center=view.center,
                                  zoom=view.zoom, brief=True, height=520)
    with right:
        if event:
            st.html(_event_side(loaded, event))
        else:
            st.html(side_html(selected.rows))
    st.html(
        '<div class="brief-foot" data-testid="brief-attribution">'
        f"<span>{_esc(DATA_ATTRIBUTION)} Basemap: offline outlines; map tiles, when they "
        "drew, are credited on the map.</span>"
        f'<a href="?{_esc(urlencode(view.with_(mode=EXPLORE).to_params()))}" '
        'target="_self">Interactive view</a></div>')
    return where


def side_html(shown: pd.DataFrame) -> str:
    """Caveat and legend (dashboard.legend's entries and the selection's counts) beside the
    map."""
    note = (f'<div class="brief-note">Each marker is {_esc(MARKER_MEANING)}: colour is the '
            "claimant's source type, shape its label.</div>")
    key = legend.sections(legend.offmap_counts(shown))
    off = key["offmap"]
    bits = ", ".join(f"{e.count} {_esc(e.text)}" for e in off.entries)
    offmap = (f'<div class="brief-offmap"><b>{_esc(off.title)}:</b> {bits} '
              "(never placed at a town)</div>" if bits else "")
    return (f'<div class="brief-side" data-testid="brief-legend">'
            f'<div class="brief-caveat">{_esc(CAVEAT)}</div>{note}'
            f"{_legend(key)}{offmap}</div>")


def _event_side(loaded: Loaded, event: str) -> str:
    """Caveat, the event's claims side by side (a compact table: every cell escaped), and the
    legend on two lines."""
    sheet = briefing.event_sheet(loaded.table, event).drop(index=["Report"], errors="ignore")
    head = "".join(f"<th>{_esc(c)}</th>" for c in sheet.columns)
    body = "".join(
        f"<tr><th>{_esc(idx)}</th>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>"
        for idx, row in zip(sheet.index, sheet.itertuples(index=False), strict=True))
    return (
        '<div class="brief-side" data-testid="brief-legend">'
        f'<div class="brief-caveat">{_esc(CAVEAT)}</div>'
        f'<div><b>{_esc(loaded.dataset.events[event].title)}</b>: figures as each claimant '
        "gave them, side by side, never summed.</div>"
        f'<table class="brief-sheet" data-testid="brief-event"><colgroup><col class="rowhead">'
        '</colgroup><thead><tr><th>Claimant</th>'
        f"{head}</tr></thead><tbody>{body}</tbody></table>"
        f'<div class="lg-inline">{_legend()}</div></div>')


def _glyph(svg: str) -> str:
    # As an image: st.html's sanitiser drops inline <svg>, and an <img> of the same glyph
    # keeps the legend identical to the map's markers.
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f'<img alt="" width="18" height="18" src="data:image/svg+xml;base64,{data}">'


def _legend(key: dict[str, legend.LegendSection] | None = None) -> str:
    """The map's legend columns (source type by colour, label by shape, the district ring)."""
    return legend_columns(key or legend.sections(), size=18, glyph=_glyph)
