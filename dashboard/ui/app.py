"""Streamlit entry point: wires widgets to the core. No data logic lives here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import streamlit as st

if __package__ in (None, ""):  # `streamlit run dashboard/ui/app.py` without an install
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dashboard.dataset import data_dir
from dashboard.ui import panels, sidebar
from dashboard.ui.state import cached_load

TITLE = "Claimed conflict incidents in Balochistan"


def _data_from_argv() -> str | None:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data", default=None)
    known, _ = parser.parse_known_args(sys.argv[1:])
    return known.data


def main() -> None:
    st.set_page_config(page_title=TITLE, page_icon=None, layout="wide")
    directory = data_dir(_data_from_argv())
    loaded = cached_load(str(directory.resolve()))

    st.title(TITLE)
    panels.caveat()
    panels.problems_banner(loaded)

    claim_filter = sidebar.filters(loaded)
    shown = claim_filter.apply(loaded.table)
    summary = panels.describe(claim_filter, loaded)

    panels.counts(loaded.table, shown, claim_filter)
    panels.map_and_offmap(loaded, shown, summary)
    panels.claims_table(shown)
    panels.event_view(loaded, shown)
    panels.footer(loaded)


main()
