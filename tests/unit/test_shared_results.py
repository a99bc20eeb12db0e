"""What a filter selects is shared across sessions within a budget of bytes
(dashboard/ui/selection.py): computed once, the least recently used dropped first."""

from __future__ import annotations

import threading
import time

import numpy as np
import pandas as pd
import pytest
from streamlit import dataframe_util

from dashboard.ui.selection import SharedResults, size_of


def test_a_result_is_computed_once_and_the_same_object_is_handed_out():
    pool = SharedResults(10_000)
    calls = []
    first = pool.get(("counts", "d1", "a"), lambda: calls.append(1) or ["x"])
    again = pool.get(("counts", "d1", "a"), lambda: calls.append(1) or ["y"])
    assert first is again and calls == [1]
    other = pool.get(("counts", "d2", "a"), lambda: ["z"])  # another dataset: its own entry
    assert other == ["z"]


def test_past_the_budget_the_least_recently_used_goes_first():
    pool = SharedResults(3 * size_of("a" * 100))
    for name in "abc":
        pool.get((name,), lambda name=name: name * 100)
    pool.get(("a",), lambda: "never")  # a is used again: b is now the oldest
    pool.get(("d",), lambda: "d" * 100)
    assert len(pool) == 3 and pool.used <= pool.budget
    assert pool.get(("a",), lambda: "recomputed") == "a" * 100
    assert pool.get(("b",), lambda: "recomputed") == "recomputed"


def test_one_result_larger_than_the_budget_is_still_returned_and_kept_alone():
    pool = SharedResults(100)
    pool.get(("small",), lambda: "s")
    big = pool.get(("big",), lambda: "b" * 1000)
    assert big == "b" * 1000 and len(pool) == 1


def test_many_sessions_asking_at_once_wait_for_one_computation():
    pool = SharedResults(10_000)
    calls = []

    def slow() -> str:
        calls.append(1)
        time.sleep(0.2)
        return "view"

    got = []
    threads = [threading.Thread(target=lambda: got.append(pool.get(("v",), slow)))
               for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == ["view"] * 8 and calls == [1]


def test_a_failed_computation_is_not_kept_and_is_tried_again():
    pool = SharedResults(10_000)

    def broken() -> str:
        raise ValueError("no")

    with pytest.raises(ValueError):
        pool.get(("k",), broken)
    assert pool.get(("k",), lambda: "ok") == "ok"


def test_sizes_count_what_the_results_hold():
    frame = pd.DataFrame({"text": ["x" * 1000] * 100})
    assert size_of(frame) > 100_000
    assert size_of(np.zeros(1000, dtype=bool)) == 1000
    assert size_of(dataframe_util.convert_pandas_df_to_arrow_table(frame)) > 100_000
    assert size_of((3, "y" * 500, frame)) > size_of(frame) + 500
