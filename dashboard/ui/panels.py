"""The page's sections. Each takes core objects and shows them; none computes data itself."""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import quote

import folium
import numpy as np
import pandas as pd
import streamlit as st
from branca.element import Element
from streamlit import dataframe_util

from dashboard import briefing
from dashboard import events as event_core
from dashboard import timeline as timeline_core
from dashboard.filters import ClaimFilter
from dashboard.legend import (
    CAVEAT,
    DATA_ATTRIBUTION,
    MARKER_MEANING,
    TILE_ATTRIBUTION,
    label_mark,
    offmap_counts,
)
from dashboard.pipeline import Loaded
from dashboard.render import (
    ClaimView,
    KnownPosition,
    OutlineLayer,
    build_map,
    claim_layer,
    legend_html,
    mapped_rows,
    opening_bounds,
    row_mask,
    stable_map,
)
from dashboard.share import map_position
from dashboard.table import claims_of, incident_type_name, source_type_name
from dashboard.ui import map_frame, mapdata, selection
from dashboard.ui.history import HISTORY_LINK

MAP_HEIGHT = 640
_MAP_ANCHOR = "_map_anchor"
_MAP_SEEN = "_map_seen"


def caveat() -> None:
    st.warning(f"**{CAVEAT}** Every marker is {MARKER_MEANING}, with who said it, when, how "
               "precisely it is placed and how solid it is.")


def problems_banner(loaded: Loaded) -> None:
    errors = loaded.errors
    warnings = [p for p in loaded.problems if p.severity != "error"]
    if errors:
        lines = "\n".join(f"- {_code(p)}" for p in errors[:50])
        more = f"\n- … and {len(errors) - 50} more" if len(errors) > 50 else ""
        st.error(f"**{len(errors)} record problem(s): the records concerned were rejected; "
                 f"every valid claim is shown.**\n\n{lines}{more}")
    if warnings:
        with st.expander(f"{len(warnings)} data warning(s) (records kept)"):
            st.markdown("\n".join(f"- {_code(p)}" for p in warnings[:200]))


def describe(claim_filter: ClaimFilter, loaded: Loaded) -> str:
    ds = loaded.dataset
    return claim_filter.describe(
        claimant_names={k: v.name for k, v in ds.claimants.items()},
        report_titles={k: v.title for k, v in ds.reports.items()},
        event_titles={k: v.title for k, v in ds.events.items()})


def counts(loaded: Loaded, selected: selection.Selection) -> None:
    def compute() -> tuple[str, int, int, int]:
        table, shown = loaded.table, selected.rows
        reviewed = table if selected.claim_filter.show_unreviewed else table[
            table["review_status"] != "machine_extracted"]
        return (f"{shown['claim_id'].nunique()} of {reviewed['claim_id'].nunique()}",
                int(shown["mapped"].sum()), shown.loc[~shown["mapped"], "claim_id"].nunique(),
                shown["claimant_id"].nunique())

    claims, markers, offmap, claimants = selected.shared("counts", compute)
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("Claims shown", claims)
    c2.metric("Markers on the map", markers)
    c3.metric("Claims not drawn as points", offmap)
    c4.metric("Claimants", claimants)


def headquarters(loaded: Loaded) -> list[tuple[str, float, float]]:
    return [(p.name, p.lat, p.lon) for p in loaded.gazetteer.headquarters()
            if p.lat is not None and p.lon is not None]


# Inside the map's iframe in screenshot mode: the map fills the frame, whose height the page's
# CSS sets from the window, and the page shows the legend beside the map instead. Static text.
BRIEF_MAP_CSS = """<style>
html, body, #map_div, .folium-map { height: 100vh !important; }
.claims-legend-panel,
.claims-legend, .leaflet-control-zoom, .leaflet-control-layers { display: none; }
.hq-label { font-size: 13px; line-height: 15px; }
.leaflet-control-attribution { font-size: 12px; }
</style>"""


def claims_map(loaded: Loaded, selected: selection.Selection, summary: str, *,
               center: tuple[float, float] | None, zoom: int | None,
               brief: bool = False, height: int = MAP_HEIGHT) -> tuple[Any, Any]:
    """Draw the map and return where the reader has it (centre, zoom), as the map reports it.

    st_folium makes a new map (a new frame, Leaflet and every claim loaded again) whenever the
    map's script changes. So the script holds every mapped claim of the dataset and never
    changes with the filters: each filter change sends only a ClaimView (which rows to show,
    and the legend), and the open map updates. A large dataset's claims are not even in the
    script but published once as a file (mapdata). The map is built at a fixed "anchor" view
    too: each pan reruns this script, and putting every reported centre back into the script
    would reload the map on every pan."""
    seen = st.session_state.get(_MAP_SEEN) or (center, zoom)
    anchor_key = f"dataset:{id(loaded)}:{len(loaded.table)}"
    anchor = st.session_state.get(_MAP_ANCHOR)
    if anchor is None or anchor[0] != anchor_key:
        anchor = (anchor_key, seen[0], seen[1])
        st.session_state[_MAP_ANCHOR] = anchor
    large = stable_map(loaded.table)
    source = mapdata.published(loaded) if large else None
    rows = source.rows if source is not None else mapped_rows(loaded.table)

    def build() -> folium.Map:
        # run once per name below in this process (map_frame): the map's script depends on
        # the dataset, the starting view and the mode, never on the filters
        # a new layer for each build: folium elements are mutable and belong to one map
        layer = (source.layer() if source is not None
                 else claim_layer(loaded.table, history=HISTORY_LINK))
        m = build_map(selected.rows, hq=headquarters(loaded), center=anchor[1], zoom=anchor[2],
                      layer=layer)
        outlines_url = mapdata.published_outlines()
        if outlines_url is not None:
            # the outlines are ~78 kB of the script, which goes to the browser (compressed
            # again) with every filter change: as a file, the frame loads them once
            for element in m._children.values():
                if isinstance(element, OutlineLayer):
                    element.link_data(outlines_url)
        KnownPosition().add_to(m)
        if brief:
            m.get_root().header.add_child(Element(BRIEF_MAP_CSS))
        return m

    def view_script() -> str:
        view = folium.FeatureGroup(name="Claims in this view", control=False)
        ClaimView(row_mask(rows, selected.rows.index),
                  legend=legend_html(summary, counts=offmap_counts(selected.rows)),
                  fit=opening_bounds(selected.rows),
                  key=hashlib.sha256(selected.key.encode()).hexdigest()[:12]).add_to(view)
        return map_frame.feature_group_script(view)

    # The view (which rows, the legend, where to open) is the same for every session with this
    # filter: its script is made once and shared.
    view = selection.shared("map_view", loaded, f"{selected.key}|{len(rows)}|{summary}",
                            view_script)
    name = (f"{selection.dataset_key(loaded)}|{source.url if source is not None else ''}|"
            f"{anchor[1]}|{anchor[2]}|{brief}|{height}")
    out = map_frame.show_map(name, build, view, key="claims_map", height=height,
                             returned_objects=["center", "zoom"])
    reported = map_position(out.get("center"), out.get("zoom"))
    if reported[0] is not None:
        st.session_state[_MAP_SEEN] = reported
        return reported
    return seen


OFFMAP_LIST_MAX = 100  # a list longer than this is read in the table and the exports instead
TABLE_ROWS_MAX = 1000  # st.dataframe sends every row it is given to the browser


def map_and_offmap(loaded: Loaded, selected: selection.Selection, summary: str, *,
                   center: tuple[float, float] | None = None, zoom: int | None = None
                   ) -> tuple[Any, Any]:
    st.caption(f"Showing: {verbatim(summary)}")
    left, right = st.columns([3, 1])
    with left:
        where = claims_map(loaded, selected, summary, center=center,
                           zoom=zoom)
    with right.container(height=MAP_HEIGHT, border=False):
        st.subheader("Not drawn as points")
        st.caption("Province-wide, country-wide and abroad claims, and places the gazetteer "
                   "cannot resolve, are never drawn at a town.")
        total, text = selected.shared("offmap", lambda: _offmap(selected.rows))
        if not total:
            st.write("None in this selection.")
        if total > OFFMAP_LIST_MAX:
            st.caption(f"The first {OFFMAP_LIST_MAX} of {total:,}; every one is in the "
                       "claims table's export (CSV, GeoJSON).")
        if text:
            st.markdown(text)
    return where


def _offmap(shown: pd.DataFrame) -> tuple[int, str]:
    """How many claims are not drawn as points, and the list of the first of them as one
    markdown text (one element for the whole list: one per claim cost the browser a render
    each)."""
    rows = claims_of(shown[~shown["mapped"]].sort_values(["geo_precision", "date_start"]))
    items = [
        f"**{verbatim(r.claimant)}** · {verbatim(source_type_name(r.source_type))}  \n"
        f"{verbatim(r.place)} ({verbatim(r.geo_precision)}) · {verbatim(r.date_label)} · "
        f"{label_mark(r.label)}  \n"
        f"{verbatim(r.figures_text or r.summary)}"
        for r in rows.head(OFFMAP_LIST_MAX).itertuples(index=False)]
    return len(rows), "\n\n---\n\n".join(items)


def claims_table(selected: selection.Selection) -> None:
    st.subheader("Claims in this selection")
    total, view = selected.shared("claims_table", lambda: _arrow(_table_rows(selected.rows)))
    if total > TABLE_ROWS_MAX:
        st.caption(f"The first {TABLE_ROWS_MAX:,} of {total:,} claims (by date); export the "
                   "view as CSV or GeoJSON for all of them.")
    st.dataframe(view, hide_index=True, width="stretch", key="claims_table",
                 column_config={"History": st.column_config.LinkColumn(
                     "History", display_text="history")})


def _arrow(counted: tuple[int, pd.DataFrame]) -> tuple[int, Any]:
    """A shared table as the Arrow table Streamlit would make of it (its own conversion, so the
    bytes sent are the same), converted once per selection instead of on every run of every
    session."""
    total, frame = counted
    return total, dataframe_util.convert_pandas_df_to_arrow_table(frame)


def _table_rows(shown: pd.DataFrame) -> tuple[int, pd.DataFrame]:
    """The claims table as shown (at most TABLE_ROWS_MAX rows), and how many claims in all."""
    rows = claims_of(shown)
    total = len(rows)
    if total > TABLE_ROWS_MAX:
        # the first rows by date, undated last; taking 1,000 rows instead of reordering
        # 100,000 saves a tenth of a second on every rerun
        first = np.argsort(rows["date_start"].to_numpy(), kind="stable")[:TABLE_ROWS_MAX]
        rows = rows.iloc[first]
    return total, pd.DataFrame({
        "Claim": rows["claim_id"],
        "Claimant": rows["claimant"],
        "Source type": rows["source_type"].map(source_type_name),
        "Incident": rows["incident_type"].map(incident_type_name),
        "Date": rows["date_label"],
        "Places": rows["all_places"].map(lambda p: ", ".join(p)),
        "Geo precision": rows["geo_precision"],
        "Figures": rows["figures_text"],
        "Label": rows["label"].map(label_mark),
        "Why this label": rows["label_reason"],
        "Report": rows["report"],
        "Summary": rows["summary"],
        # The read-only history page: provenance, source passage, every review decision.
        "History": rows["claim_id"].map(lambda c: HISTORY_LINK + quote(str(c))),
    })


def event_view(loaded: Loaded, selected: selection.Selection) -> str | None:
    """The event picker and its comparison; returns the event picked (it goes in the link)."""
    st.subheader("One event, every claimant's figures side by side")
    events = loaded.dataset.events
    present = selected.shared("events", lambda: frozenset(selected.rows["event_id"].dropna()))
    in_view = [e for e in events if e in present]
    if not in_view:
        st.write("No event in this selection groups several claims.")
        return None
    if st.session_state.get("event_pick") not in in_view:
        st.session_state.pop("event_pick", None)  # a filter removed it: fall back to the first
    chosen = st.selectbox("Event", in_view, format_func=lambda e: events[e].title,
                          key="event_pick")
    st.caption(verbatim(events[chosen].summary))
    # the same for every session and every filter: per (dataset, event)
    comparison = selection.shared(
        "event_compare", loaded, chosen,
        lambda: dataframe_util.convert_pandas_df_to_arrow_table(
            event_core.compare(loaded.table, chosen)))
    st.dataframe(comparison, hide_index=True, width="stretch", key="event_table")
    st.caption("Figures are never summed across claimants; each row is one claim.")
    st.checkbox("Show this comparison in screenshot mode", key="event_in_brief",
                help="Screenshot mode then shows the compact comparison beside the map.")
    with st.expander("Compact comparison for a slide (one column per claim)"):
        event_sheet(loaded, chosen)
    return chosen


def event_sheet(loaded: Loaded, event_id: str) -> None:
    """Every claimant's figures side by side, labels with their shapes."""
    sheet = selection.shared("event_sheet", loaded, event_id,
                             lambda: briefing.event_sheet(loaded.table, event_id)
                             .map(verbatim).rename(index=verbatim, columns=verbatim))
    st.markdown(f"**{verbatim(loaded.dataset.events[event_id].title)}** · figures as each claimant "
                "gave them, never summed")
    # st.table renders every cell and heading as markdown: a report title holding
    # "[x](javascript:...)" became a link. Escaped, each reads as typed.
    st.table(sheet)


TIMELINE_AUTO_MAX = 20_000  # claim-places; above, the timeline waits for the reader's switch


def timeline(loaded: Loaded, claim_filter: ClaimFilter,
             bounds: tuple[Any, Any] | None = None) -> None:
    """Claims over time, with every filter but the dates, so the brush can reach any date.

    Off by default for large datasets: the chart library's first load and render take about
    half a second of the browser's one script thread, the same thread that draws the map
    (measured with benchmarks/bench_scale.py at 100,000 claims: median cold load 3.5 s without
    the timeline, 4.1 s with it). The reader switches it on; the switch stays for the session.

    A fragment: the switch and the span rerun this section only, not the page. A brush does
    change the page (it sets the dates), so it reruns the page; ``bounds`` are the dataset's
    date bounds the brush is clamped to (without them a brush is left to the next page run)."""
    _timeline_section(loaded, claim_filter, bounds)


@st.fragment
def _timeline_section(loaded: Loaded, claim_filter: ClaimFilter,
                      bounds: tuple[Any, Any] | None) -> None:
    if bounds is not None and _brush_pending(*bounds):
        st.rerun()  # scope "app": every section depends on the dates
    st.subheader("Claims over time")
    table = loaded.table
    large = len(table) > TIMELINE_AUTO_MAX
    if large and not st.toggle("Show the timeline", value=False, key="show_timeline"):
        st.caption(f"{table['claim_id'].nunique():,} claims are loaded: at this size the "
                   "timeline is off until you switch it on, so the map appears sooner.")
        return
    # every filter but the dates: a pan or a date change keeps these rows
    context = claim_filter.with_(date_from=None, date_to=None, include_undated=True)
    context_key = selection.filter_key(context)

    def timeline_rows() -> tuple[pd.DataFrame, int]:
        # at 100,000 claims these rows take about a second to derive
        selected = context.apply(table)
        return timeline_core.timeline_rows(selected), timeline_core.undated_count(selected)

    rows, undated = selection.shared("timeline_rows", loaded, context_key, timeline_rows)
    if rows.empty:
        st.write("No dated claim in this selection.")
        return
    span = st.radio("Timeline span", ["Every date", "Last 12 months of claims"],
                    key="timeline_span", horizontal=True, label_visibility="collapsed")

    def spec_text() -> str:
        # text, so each session gets its own dict to hand to Streamlit (which edits it)
        window = timeline_core.recent_span(rows) if span != "Every date" else None
        return json.dumps(timeline_core.chart_spec(rows, span=window))

    spec = json.loads(selection.shared("timeline_spec", loaded, f"{context_key}|{span}",
                                       spec_text))
    st.vega_lite_chart(spec=spec, on_select="rerun", key="timeline",
                       selection_mode=[timeline_core.BRUSH], width="stretch")
    st.caption("Drag across the chart to set the date filter; the date box in the sidebar "
               "widens it again (double-click only clears the highlight). "
               "Bars are claims dated only to a range, month or year, drawn across it; marks are "
               f"claims dated to a day. {undated} undated claim(s) are not on the chart.")


def _brush_pending(lo: Any, hi: Any) -> bool:
    """A brush made since the page last applied one (only a section rerun can see one)."""
    state = st.session_state.get("timeline")
    selection = (state or {}).get("selection", {}).get(timeline_core.BRUSH) if state else None
    picked = timeline_core.brushed_dates(selection, lo, hi)
    return picked is not None and st.session_state.get("_brush_applied") != picked


def brushed_dates(lo: Any, hi: Any) -> tuple[Any, Any] | None:
    """A new brush on the timeline since the last run, as a date range, else None."""
    state = st.session_state.get("timeline")
    selection = (state or {}).get("selection", {}).get(timeline_core.BRUSH) if state else None
    picked = timeline_core.brushed_dates(selection, lo, hi)
    if picked is None or st.session_state.get("_brush_applied") == picked:
        return None
    st.session_state["_brush_applied"] = picked
    return picked


def share(link: str | None) -> None:
    """The view's link, with a copy button (st.code has one) and a mode switch."""
    st.sidebar.divider()
    st.sidebar.subheader("Share this view")
    if link:
        # In a popover: its content is drawn only when opened, and the code box's highlighter
        # costs the browser half a second of script on every page load.
        with st.sidebar.popover("Copy a link to this view"):
            st.code(link, language=None, wrap_lines=True)
            st.caption("Copy link: the button at the right of the box. The link reopens "
                       "these filters, the map's position and the event picked. The address "
                       "bar holds the same link.")
    st.sidebar.toggle("Screenshot mode", key="brief_mode",
                      help="A clean view for slides: title, filters in words, legend, caveat "
                           "and attribution in one frame (also `?mode=brief`).")


def footer(loaded: Loaded) -> None:
    st.divider()
    st.caption(briefing.view_made())
    st.caption(f"{DATA_ATTRIBUTION} Map tiles, when your browser can reach them: "
               f"{TILE_ATTRIBUTION}. Without them the offline outline basemap is shown.")


def _code(problem: object) -> str:
    """A problem line as inline code, whatever it quotes: the fence is longer than any run of
    backticks inside, and line breaks are folded so the text cannot leave its list item."""
    text = " ".join(str(problem).split())
    longest = run = 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}"


def verbatim(text: object) -> str:
    """Markdown-escape data text so it is shown as typed (Streamlit already refuses raw HTML)."""
    s = "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)
    for ch in "\\`*_{}[]()#+-.!|<>$~":
        s = s.replace(ch, "\\" + ch)
    return s
