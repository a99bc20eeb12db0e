"""What a filter selects, computed once per process and shared read-only by every session.

A crowd of readers mostly looks at the same few views (the default, a source type or two), and
every session used to derive the same rows, counts, table slice, map view and legend again on
each rerun. Here each is kept per (dataset, filter) in ``st.cache_resource``: the same object is
handed to every session, never copied and never modified, so nothing one reader does can show
in another's page. Keys are the dataset's identity and the filter's own parameters, the same
parameters the page URL carries, so two sessions share an entry exactly when they would have
computed the same thing.

Sizes are bounded per kind: a mask is one byte per claim-place (100 kB at 100,000), a table
slice at most ``panels.TABLE_ROWS_MAX`` rows.
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np
import pandas as pd
import streamlit as st

from dashboard.filters import ClaimFilter
from dashboard.pipeline import Loaded

T = TypeVar("T")

_lock = threading.Lock()
_tokens: dict[int, tuple[Loaded, str]] = {}
_counter = itertools.count(1)


def dataset_key(loaded: Loaded) -> str:
    """A name for this loaded dataset, for as long as it is loaded: a reloaded (edited) dataset
    is a new object and gets a new name, so no entry computed from the old one is reused."""
    with _lock:
        kept = _tokens.get(id(loaded))
        # the object is kept beside its name, so a freed id cannot pass for a newer dataset
        if kept is not None and kept[0] is loaded:
            return kept[1]
        token = f"d{next(_counter)}"
        _tokens[id(loaded)] = (loaded, token)
        while len(_tokens) > 8:  # state.cached_load keeps at most 4 datasets
            _tokens.pop(next(iter(_tokens)))
        return token


def filter_key(claim_filter: ClaimFilter) -> str:
    """The filter as the text of its URL parameters: equal filters, equal keys."""
    return json.dumps(claim_filter.to_params(), sort_keys=True)


@st.cache_resource(max_entries=512, show_spinner=False)
def _mask(dkey: str, fkey: str, _table: pd.DataFrame, _filter: ClaimFilter) -> np.ndarray:
    mask = _filter.mask(_table).to_numpy(dtype=bool)
    mask.flags.writeable = False  # shared by every session: nobody may change it
    return mask


def shown(loaded: Loaded, claim_filter: ClaimFilter) -> pd.DataFrame:
    """The claim table's rows this filter selects. Only the mask is shared: a selection of
    100,000 rows kept per filter would cost tens of MB each, and taking the rows is cheap."""
    return loaded.table[_mask(dataset_key(loaded), filter_key(claim_filter), loaded.table,
                              claim_filter)]


@st.cache_resource(max_entries=256, show_spinner=False)
def _small(kind: str, dkey: str, key: str, _compute: Callable[[], Any]) -> Any:
    return _compute()


@st.cache_resource(max_entries=48, show_spinner=False)
def _frame(kind: str, dkey: str, key: str, _compute: Callable[[], Any]) -> Any:
    return _compute()


def shared(kind: str, loaded: Loaded, key: str, compute: Callable[[], T], *,
           large: bool = False) -> T:
    """``compute()`` once per (kind, dataset, key) in this process; every session gets the same
    result, which callers must treat as read-only. ``large`` for table slices (a separate,
    smaller pool, so a few of them cannot push out hundreds of small entries)."""
    pool = _frame if large else _small
    return pool(kind, dataset_key(loaded), key, compute)
