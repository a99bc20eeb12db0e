"""What a filter selects, computed once per process and shared read-only by every session.

A crowd of readers mostly looks at the same few views (the default, a source type or two), and
every session used to derive the same rows, counts, table slice, map view and legend again on
each rerun. Here each is kept per (dataset, filter) in this process: the same object is
handed to every session, never copied and never modified, so nothing one reader does can show
in another's page. Keys are the dataset's identity and the filter's own parameters, the same
parameters the page URL carries, so two sessions share an entry exactly when they would have
computed the same thing.

Every kind shares one budget of bytes per process (``SharedResults``), the least recently used
dropped first.
"""

from __future__ import annotations

import functools
import itertools
import json
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np
import pandas as pd

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


class SharedResults:
    """Results kept per key, the least recently used dropped past a budget of bytes, each
    computed once even when many sessions ask for it at the same moment (a crowd opening the
    same link). Sized in bytes rather than entries: the same view costs a few hundred bytes on
    the bundled data and megabytes at 100,000 claims, and a crowd of readers each choosing their
    own filters needs hundreds of entries of the first kind."""

    def __init__(self, budget_bytes: int) -> None:
        self.budget = budget_bytes
        self.used = 0
        self._entries: OrderedDict[tuple[str, ...], tuple[Any, int]] = OrderedDict()
        self._lock = threading.Lock()
        self._computing: dict[tuple[str, ...], threading.Lock] = {}

    def get(self, key: tuple[str, ...], compute: Callable[[], T]) -> T:
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key][0]
            pending = self._computing.setdefault(key, threading.Lock())
        with pending:  # the others asking for this key wait for the first to compute it
            with self._lock:
                if key in self._entries:
                    self._entries.move_to_end(key)
                    return self._entries[key][0]
            try:
                value = compute()
            finally:
                with self._lock:
                    self._computing.pop(key, None)
            size = size_of(value)
            with self._lock:
                self._entries[key] = (value, size)
                self.used += size
                while self.used > self.budget and len(self._entries) > 1:
                    _, (_, dropped) = self._entries.popitem(last=False)
                    self.used -= dropped
            return value

    def __len__(self) -> int:
        return len(self._entries)


def size_of(value: Any) -> int:
    """Bytes a shared result holds, near enough to budget by (strings at one byte a
    character, frames by pandas' own deep count)."""
    if isinstance(value, pd.DataFrame | pd.Series | pd.Index):
        usage = value.memory_usage(deep=True)
        return int(usage.sum() if isinstance(usage, pd.Series) else usage)
    nbytes = getattr(value, "nbytes", None)  # numpy arrays, Arrow tables
    if isinstance(nbytes, int):
        return nbytes
    if isinstance(value, str | bytes):
        return len(value) + 50
    if isinstance(value, tuple | list):
        return 56 + sum(size_of(v) for v in value)
    if isinstance(value, dict):
        return 64 + sum(size_of(k) + size_of(v) for k, v in value.items())
    return sys.getsizeof(value)


# Per worker: masks are a byte per claim-place (100 kB at 100,000 claims), a table slice at
# most panels.TABLE_ROWS_MAX rows (~0.5 MB at most), the rest a few kB. 96 MB holds ~200
# readers' own views at 100,000 claims and every view a crowd asks for on the bundled data.
SHARED_BUDGET_BYTES = 96 * 2**20
_results = SharedResults(SHARED_BUDGET_BYTES)


class Selection:
    """One filter's selection of a loaded dataset. Its rows are taken only when a result that
    is not shared yet needs them: on a run whose results are all shared (a reader going back
    to a view, or choosing one another reader chose), no row is copied."""

    def __init__(self, loaded: Loaded, claim_filter: ClaimFilter) -> None:
        self.loaded = loaded
        self.claim_filter = claim_filter
        self.key = filter_key(claim_filter)

    @functools.cached_property
    def rows(self) -> pd.DataFrame:
        return shown(self.loaded, self.claim_filter)

    def shared(self, kind: str, compute: Callable[[], T]) -> T:
        """``shared(kind, loaded, key, compute)`` for this selection's key."""
        return shared(kind, self.loaded, self.key, compute)


def shown(loaded: Loaded, claim_filter: ClaimFilter) -> pd.DataFrame:
    """The claim table's rows this filter selects. Only the mask is shared: a selection of
    100,000 rows kept per filter would cost tens of MB each, and taking the rows is cheap."""
    def mask() -> np.ndarray:
        bits = claim_filter.mask(loaded.table).to_numpy(dtype=bool)
        bits.flags.writeable = False  # shared by every session: nobody may change it
        return bits

    return loaded.table[shared("mask", loaded, filter_key(claim_filter), mask)]


def shared(kind: str, loaded: Loaded, key: str, compute: Callable[[], T]) -> T:
    """``compute()`` once per (kind, dataset, key) in this process; every session gets the same
    result, which callers must treat as read-only."""
    return _results.get((kind, dataset_key(loaded), key), compute)
