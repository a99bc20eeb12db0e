"""Cached loads: the dataset is read, geocoded and labelled once per change of its files."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.gazetteer import DEFAULT_GAZETTEER
from dashboard.pipeline import Loaded, load


def _signature(directory: str) -> tuple:
    """Modification times of every input, so an edited file is reloaded and nothing else is."""
    root = Path(directory)
    files = (sorted(root.glob("*.yaml")) + sorted(root.glob("claims*.jsonl"))
             + sorted((root / "review").glob("*.yaml")))
    files.append(Path(DEFAULT_GAZETTEER))
    return tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files if f.exists())


@st.cache_resource(show_spinner="Loading claims…", max_entries=4)
def _load(directory: str, signature: tuple) -> Loaded:
    return load(directory)


def signature(directory: str) -> tuple:
    """Changes whenever the dataset's files do: a cache key for anything built from them."""
    return _signature(directory)


def cached_load(directory: str) -> Loaded:
    # cache_resource hands every session the same read-only object instead of a pickled copy.
    return _load(directory, _signature(directory))
