"""Exports and the command line, run as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from dashboard.export import to_csv, to_geojson
from tests.conftest import REPO

REQUIRED = {"claim_id", "event_id", "report_id", "claimant", "source_type", "incident_type",
            "place", "district", "geo_precision", "date_start", "date_end", "time_precision",
            "figures", "label", "label_reason", "summary"}


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=120)


def test_geojson_one_feature_per_claim_place_and_null_geometry_when_wide(loaded):
    fc = to_geojson(loaded.table)
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) == len(loaded.table)
    for feat in fc["features"]:
        props = feat["properties"]
        assert set(props) >= REQUIRED
        if props["geo_precision"] in ("province", "country"):
            assert feat["geometry"] is None
        for fig in props["figures"]:
            assert {"count", "raw", "category", "who", "qualifier"} <= set(fig)
    ispr = [f for f in fc["features"] if f["properties"]["claim_id"] == "c-002-03"]
    assert len(ispr) == 5 and all(f["geometry"]["type"] == "Point" for f in ispr)


def test_csv_defuses_formula_cells(loaded):
    t = loaded.table.copy()
    t.loc[t.index[0], "summary"] = "=HYPERLINK(\"http://x\")"
    rows = list(csv.DictReader(io.StringIO(to_csv(t))))
    assert rows[0]["summary"].startswith("'=")
    assert len(rows) == len(t)


def test_cli_export_geojson_to_file(tmp_path, loaded):
    out = tmp_path / "claims.geojson"
    r = run_cli("export", "--format", "geojson", "--out", str(out))
    assert r.returncode == 0, r.stderr
    fc = json.loads(out.read_text(encoding="utf-8"))
    assert len(fc["features"]) == len(loaded.table)
    malformed = [f for feat in fc["features"] for f in feat["properties"]["figures"]
                 if f["qualifier"] == "malformed"]
    assert malformed and malformed[0]["count"] is None and malformed[0]["raw"] == "22,6000"


def test_cli_validate_ok_on_bundled_data():
    r = run_cli("validate")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 errors" in r.stderr


def test_cli_validate_reports_file_line_field_and_exits_1(data_copy):
    path = data_copy / "claims.yaml"
    text = path.read_text(encoding="utf-8").replace("claimant: bnm", "claimant: [bnm]", 1)
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  claimant: [bnm]") + 1
    r = run_cli("validate", "--data", str(data_copy))
    assert r.returncode == 1
    assert f"{path}:{line}: claimant: expected text" in r.stdout
