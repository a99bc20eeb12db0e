"""Machine-extracted claims (review files written by ingest) appear only when asked for."""

from __future__ import annotations

import subprocess
import sys

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.conftest import APP, map_markers
from tests.conftest import REPO, SEEDS


@pytest.mark.seeds
def test_review_file_claims_are_hidden_until_asked_for(monkeypatch, data_copy):
    (data_copy / "review").mkdir()
    r = subprocess.run(
        [sys.executable, "-m", "dashboard", "ingest", str(SEEDS / "002_4cd219b5f2daaaca.txt"),
         "--published", "2026-02-02", "--format", "yaml",
         "--out", str(data_copy / "review" / "r002.yaml")],
        cwd=REPO, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    monkeypatch.setenv("DASHBOARD_DATA", str(data_copy))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert {m["rev"] for m in map_markers(at)} == {"reviewed"}
    at.sidebar.checkbox(key="f_unreviewed").check().run()
    markers = map_markers(at)
    extracted = [m for m in markers if m["rev"] == "machine_extracted"]
    assert extracted, "machine-extracted claims should be drawn once asked for"
    assert {m["place"] for m in extracted} >= {"Quetta", "Panjgur"}
