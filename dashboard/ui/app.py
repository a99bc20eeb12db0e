"""Streamlit entry point: wires widgets to the core. No data logic lives here.

The page URL holds the view (dashboard.share.View): it is read at the start of every run, seeds
the widgets once per session, and is written back at the end, so the address bar is always a
link that reopens what is on screen.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import streamlit as st

if __package__ in (None, ""):  # `streamlit run dashboard/ui/app.py` without an install
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dashboard.briefing import TITLE
from dashboard.dataset import data_dir
from dashboard.share import BRIEF, EXPLORE, View
from dashboard.ui import brief, exports, history, panels, selection, sidebar, url
from dashboard.ui.state import cached_load


def _data_from_argv() -> str | None:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data", default=None)
    known, _ = parser.parse_known_args(sys.argv[1:])
    return known.data


def _review_from_argv() -> tuple[bool, str | None]:
    """`serve --review [--trust-proxy-header H]`: only then does the app have a write path."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--review", action="store_true")
    parser.add_argument("--trust-proxy-header", default=None)
    known, _ = parser.parse_known_args(sys.argv[1:])
    return known.review, known.trust_proxy_header


def main() -> None:
    st.set_page_config(page_title=TITLE, page_icon=None, layout="wide",
                       initial_sidebar_state="auto")
    directory = str(data_dir(_data_from_argv()).resolve())
    loaded = cached_load(directory)
    linked = url.read()
    url.seed_once(linked, loaded)

    if linked.brief or st.session_state.get("brief_mode"):
        # Screenshot mode: the filter comes straight from the link; no widget is drawn.
        claim_filter = linked.claim_filter
        selected = selection.Selection(loaded, claim_filter)
        summary = panels.describe(claim_filter, loaded)
        view = linked.with_(mode=BRIEF)
        center, zoom = brief.page(loaded, view, selected, summary)
        url.write(view.with_map(center, zoom))
        return

    # A brush on the timeline sets the dates before the date widget is drawn.
    lo, hi = sidebar.date_bounds(loaded)
    brushed = panels.brushed_dates(lo, hi)
    if brushed is not None:
        st.session_state["f_dates"] = brushed

    # The event restriction has no widget of its own; a link may carry it, so keep it.
    claim_filter = sidebar.filters(loaded).with_(events=linked.claim_filter.events)
    # Shared by every session with the same filter (selection): computed once per process.
    selected = selection.Selection(loaded, claim_filter)
    summary = panels.describe(claim_filter, loaded)

    st.title(TITLE)
    panels.caveat()
    panels.problems_banner(loaded)
    panels.counts(loaded, selected)
    center, zoom = panels.map_and_offmap(loaded, selected, summary,
                                         center=linked.center, zoom=linked.zoom)
    panels.timeline(loaded, claim_filter, (lo, hi))
    panels.claims_table(selected)
    event = panels.event_view(loaded, selected)
    view = View(claim_filter, linked.center, linked.zoom, event, EXPLORE,
                compare=bool(st.session_state.get("event_in_brief"))).with_map(center, zoom)
    panels.share(url.link(view))
    with st.sidebar:
        st.subheader("Export this view")
        exports.buttons(directory, view, summary)
    panels.footer(loaded)
    url.write(view)


def _history() -> None:
    st.set_page_config(page_title=f"Claim history · {TITLE}", layout="wide")
    history.page(str(data_dir(_data_from_argv()).resolve()))


def _review() -> None:
    from dashboard.ui import review  # the write path is not even imported without --review

    st.set_page_config(page_title=f"Review · {TITLE}", layout="wide")
    review.page(str(data_dir(_data_from_argv()).resolve()), _review_from_argv()[1])


def _pages() -> None:
    """The reader page is the default; the read-only claim history sits at /history, and the
    review page at /review exists only when the server was started with --review."""
    pages = [st.Page(main, title=TITLE, default=True),
             st.Page(_history, title="Claim history", url_path="history")]
    if _review_from_argv()[0]:
        pages.append(st.Page(_review, title="Review", url_path="review"))
    st.navigation(pages, position="hidden").run()


_pages()
