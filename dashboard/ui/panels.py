"""The page's sections. Each takes core objects and shows them; none computes data itself."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from dashboard import events as event_core
from dashboard.filters import ClaimFilter
from dashboard.render import CAVEAT, DATA_ATTRIBUTION, build_map, offmap_counts
from dashboard.table import Loaded, claims_of, incident_type_name, source_type_name

LABEL_MARK = {"unverified": "○ unverified", "disputed": "△ disputed",
              "corroborated": "□ corroborated", "verified": "◇ verified"}


def caveat() -> None:
    st.warning(f"**{CAVEAT}** Every marker is one claimant's assertion as a report carried it, "
               "with who said it, when, how precisely it is placed and how solid it is.")


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


def counts(table: pd.DataFrame, shown: pd.DataFrame, claim_filter: ClaimFilter) -> None:
    reviewed = table if claim_filter.show_unreviewed else table[
        table["review_status"] != "machine_extracted"]
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("Claims shown", f"{shown['claim_id'].nunique()} of "
                              f"{reviewed['claim_id'].nunique()}")
    c2.metric("Markers on the map", int(shown["mapped"].sum()))
    c3.metric("Claims not drawn as points", shown.loc[~shown["mapped"], "claim_id"].nunique())
    c4.metric("Claimants", shown["claimant_id"].nunique())


def map_and_offmap(loaded: Loaded, shown: pd.DataFrame, summary: str) -> None:
    st.caption(f"Showing: {_md(summary)}")
    left, right = st.columns([3, 1])
    hq = [(p.name, p.lat, p.lon) for p in loaded.gazetteer.headquarters()
          if p.lat is not None and p.lon is not None]
    off = offmap_counts(shown)
    with left:
        m = build_map(shown, hq=hq, summary=summary, offmap_counts=off)
        st_folium(m, height=640, use_container_width=True, returned_objects=[],
                  key="claims_map")
    with right.container(height=640, border=False):
        st.subheader("Not drawn as points")
        st.caption("Province-wide, country-wide and abroad claims, and places the gazetteer "
                   "cannot resolve, are never drawn at a town.")
        rows = claims_of(shown[~shown["mapped"]].sort_values(["geo_precision", "date_start"]))
        if rows.empty:
            st.write("None in this selection.")
        for _, r in rows.iterrows():
            st.markdown(
                f"**{_md(r['claimant'])}** · {_md(source_type_name(r['source_type']))}  \n"
                f"{_md(r['place'])} ({_md(r['geo_precision'])}) · {_md(r['date_label'])} · "
                f"{LABEL_MARK.get(r['label'], r['label'])}  \n"
                f"{_md(r['figures_text'] or r['summary'])}")


def claims_table(shown: pd.DataFrame) -> None:
    st.subheader("Claims in this selection")
    rows = claims_of(shown)
    view = pd.DataFrame({
        "Claim": rows["claim_id"],
        "Claimant": rows["claimant"],
        "Source type": rows["source_type"].map(source_type_name),
        "Incident": rows["incident_type"].map(incident_type_name),
        "Date": rows["date_label"],
        "Places": rows["all_places"].map(lambda p: ", ".join(p)),
        "Geo precision": rows["geo_precision"],
        "Figures": rows["figures_text"],
        "Label": rows["label"].map(lambda x: LABEL_MARK.get(x, x)),
        "Why this label": rows["label_reason"],
        "Report": rows["report"],
        "Summary": rows["summary"],
    })
    st.dataframe(view, hide_index=True, width="stretch", key="claims_table")


def event_view(loaded: Loaded, shown: pd.DataFrame) -> None:
    st.subheader("One event, every claimant's figures side by side")
    events = loaded.dataset.events
    in_view = [e for e in events if e in set(shown["event_id"].dropna())]
    if not in_view:
        st.write("No event in this selection groups several claims.")
        return
    chosen = st.selectbox("Event", in_view, format_func=lambda e: events[e].title,
                          key="event_pick")
    st.caption(_md(events[chosen].summary))
    comparison = event_core.compare(loaded.table, chosen)
    st.dataframe(comparison, hide_index=True, width="stretch", key="event_table")
    st.caption("Figures are never summed across claimants; each row is one claim.")


def footer(loaded: Loaded) -> None:
    st.divider()
    st.caption(f"{DATA_ATTRIBUTION} Map tiles, when your browser can reach them: "
               "© OpenStreetMap contributors. Without them the offline outline basemap is shown.")


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


def _md(text: object) -> str:
    """Markdown-escape data text so it is shown as typed (Streamlit already refuses raw HTML)."""
    s = "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)
    for ch in "\\`*_{}[]()#+-.!|<>$~":
        s = s.replace(ch, "\\" + ch)
    return s
