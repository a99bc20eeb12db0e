"""The page URL as the view's home: read once per run, widgets seeded from it once per session,
written back whenever the view changes. The view itself (and its encoding) is dashboard.share."""

from __future__ import annotations

import streamlit as st

from dashboard.pipeline import Loaded
from dashboard.share import View, share_url
from dashboard.ui import sidebar

_SEEDED = "_view_seeded"
_LAST_WRITTEN = "_view_written"


def read() -> View:
    return View.from_params(st.query_params.to_dict())


def seed_once(view: View, loaded: Loaded) -> None:
    """On a session's first run, start every filter widget at the link's values."""
    if st.session_state.get(_SEEDED):
        return
    sidebar.seed(sidebar.widget_values(view.claim_filter, loaded))
    if view.event and view.event in loaded.dataset.events:
        st.session_state.setdefault("event_pick", view.event)
        st.session_state.setdefault("event_in_brief", view.compare)
    st.session_state[_SEEDED] = True


def write(view: View) -> None:
    """Put the view in the address bar, only when it changed (each write is a browser
    history replace, and rewriting identical params on every rerun is wasted traffic)."""
    params = view.to_params()
    if params != st.query_params.to_dict():
        st.query_params.from_dict(params)
    st.session_state[_LAST_WRITTEN] = params


def link(view: View) -> str | None:
    """The shareable link, from the address the browser reports (None outside a browser)."""
    base = st.context.url
    return share_url(base, view) if base else None
