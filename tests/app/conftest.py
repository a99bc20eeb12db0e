"""AppTest helpers: run the real app script and read what its map component was given."""

from __future__ import annotations

import base64
import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import REPO

APP = str(REPO / "dashboard" / "ui" / "app.py")


def elements(node):
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        for child in children.values():
            yield child
            yield from elements(child)


def map_script(at: AppTest) -> str:
    """The Leaflet script st_folium was handed (AppTest sees the map only as JSON args)."""
    return map_args(at)["script"]


def map_args(at: AppTest) -> dict:
    """Everything st_folium was handed: the map's script, and the view beside it."""
    for e in elements(at._tree):
        if type(e).__name__ == "UnknownElement" and e.type == "component_instance":
            args = json.loads(e.proto.json_args)
            if "script" in args:
                return args
    raise AssertionError("no st_folium map on the page")


def map_view(at: AppTest) -> dict:
    """The ClaimView sent beside the map: which of its rows are shown, and the legend."""
    m = re.search(r"window\.claimsView\((\{.*?\})\);", map_args(at)["feature_group"] or "",
                  re.S)
    assert m, "the map's view is sent beside the map"
    return json.loads(m.group(1))


def view_bits(view: dict, n: int) -> list[bool]:
    """The browser's reading of a view's mask: bit r of byte r // 8, lowest bit first."""
    if view["mask"] is None:
        return [True] * n
    raw = base64.b64decode(view["mask"])
    return [bool(raw[r >> 3] >> (r & 7) & 1) for r in range(n)]


def map_markers(at: AppTest) -> list[dict]:
    """The markers the map shows: the script holds every claim of the dataset, the view
    says which of them are on the map."""
    m = re.search(r"var data = (\[.*?\]);\n", map_script(at), re.S)
    assert m, "claim layer data not found in the map script"
    data = json.loads(m.group(1))
    shown = view_bits(map_view(at), len(data))
    return [d for d, keep in zip(data, shown, strict=True) if keep]


def claims_table(at: AppTest):
    """The claims table (AppTest does not expose a dataframe's key, so find it by columns)."""
    return next(d.value for d in at.dataframe if "Why this label" in d.value.columns)


def event_table(at: AppTest):
    return next(d.value for d in at.dataframe if "Claimant" in d.value.columns
                and "Why this label" not in d.value.columns)


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


@pytest.fixture()
def app(monkeypatch) -> AppTest:
    monkeypatch.setenv("DASHBOARD_DATA", str(REPO / "data"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at
