"""Large selections: the compact map payload decodes to the same claims, and the page carries one
canvas instead of one element per claim. Speed itself is measured by benchmarks/bench_scale.py."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from dashboard.pipeline import load
from dashboard.render import CANVAS_ABOVE, build_map, claim_layer, compact_records

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from bench_scale import synthetic_dataset


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    root = tmp_path_factory.mktemp("scale")
    data = synthetic_dataset(3000, root / "data", seed=3)
    # a hostile claimant name must reach the page only as escaped JSON text
    text = (data / "claimants.yaml").read_text()
    (data / "claimants.yaml").write_text(
        text.replace("Synthetic outlet", "'</script><img src=x onerror=alert(1)>'"))
    return load(data)


def _decode(payload: dict) -> list[dict]:
    """What the browser's CanvasClaimLayer reads back out of the payload, row by row."""
    numbers = np.cumsum(payload["i"])
    out = []
    for r in range(payload["n"]):
        place = payload["pl"][payload["p"][r]]
        look = payload["lk"][payload["k"][r]]
        stem = payload["st"][0 if payload["s"] == 0 else payload["s"][r]]
        out.append({"claim_id": stem + (str(numbers[r]) if numbers[r] >= 0 else ""),
                    "lat": place[0] / 1e5, "lon": place[1] / 1e5, "place": place[2],
                    "geo_precision": place[3], "claimant": look[3], "label_reason": look[6],
                    "figures_text": look[7], "date_label": payload["dt"][payload["d"][r]]})
    return out


def test_compact_payload_decodes_to_the_mapped_rows(big):
    rows = big.table[big.table["mapped"]]
    assert len(rows) > CANVAS_ABOVE
    decoded = _decode(compact_records(big.table))
    assert len(decoded) == len(rows)
    for got, (_, want) in zip(decoded, rows.iterrows(), strict=True):
        assert got["claim_id"] == want["claim_id"]
        assert got["lat"] == pytest.approx(want["lat"], abs=1e-5)
        assert got["lon"] == pytest.approx(want["lon"], abs=1e-5)
        for key in ("place", "geo_precision", "claimant", "label_reason", "figures_text",
                    "date_label"):
            assert got[key] == want[key], key


def test_ids_without_numbers_or_with_leading_zeros_survive():
    import pandas as pd

    table = pd.DataFrame({
        "claim_id": ["acled-PAK007", "x", "c-000-01", "ucdp-12", "ucdp-13", "plain0"],
        "mapped": True, "lat": 28.0, "lon": 66.0, "place": "P", "geo_precision": "point",
        "source_type": "dataset", "label": "unverified", "review_status": "reviewed",
        "claimant": "C", "incident_type": "attack", "label_reason": "r", "figures_text": "",
        "report": "R", "outlet": None, "date_basis": "", "date_label": "1 Jan 2024"})
    ids = [d["claim_id"] for d in _decode(compact_records(table))]
    assert ids == list(table["claim_id"])


def test_large_selection_is_one_canvas_not_a_marker_per_claim(big):
    html = build_map(big.table).get_root().render()
    mapped = int(big.table["mapped"].sum())
    assert "claim-canvas" in html
    # only the basemap's district labels are markers: no element per claim
    assert html.count("L.marker(") < 100 < mapped
    assert len(html) < 250 * mapped  # about 16 bytes a claim plus the basemap
    assert "</script><img" not in html  # the hostile name is in the data, escaped
    assert "\\u003c/script\\u003e\\u003cimg" in html
    assert type(claim_layer(big.table)).__name__ == "CanvasClaimLayer"
    small = big.table.head(50)
    assert type(claim_layer(small)).__name__ == "ClaimLayer"


def _bits(mask: str | None, n: int) -> np.ndarray:
    """The browser's reading of a view's mask: bit r of byte r // 8, lowest bit first."""
    import base64

    if mask is None:
        return np.ones(n, dtype=bool)
    raw = np.frombuffer(base64.b64decode(mask), dtype=np.uint8)
    return np.unpackbits(raw, bitorder="little")[:n].astype(bool)


def test_a_view_mask_marks_exactly_the_filtered_rows(big):
    from dashboard.filters import ClaimFilter
    from dashboard.render import compact_json, row_mask

    _, rows = compact_json(big.table)
    assert len(rows) == int(big.table["mapped"].sum())
    everything = ClaimFilter().apply(big.table)
    assert row_mask(rows, everything.index) is None  # every row shown: nothing to send
    for f in (ClaimFilter(source_types=("state", "media")), ClaimFilter(labels=()),
              ClaimFilter(date_from=date(2023, 1, 1), date_to=date(2023, 12, 31),
                          source_types=("armed_group",), include_undated=False)):
        shown = f.apply(big.table)
        bits = _bits(row_mask(rows, shown.index), len(rows))
        want = set(shown.loc[shown["mapped"], "claim_id"])
        got = big.table.loc[rows[bits], "claim_id"]
        assert set(got) == want and len(got) == int(shown["mapped"].sum())


def test_published_claims_are_written_once_with_an_identical_gzip_copy(big, tmp_path):
    import gzip
    import json

    from dashboard.ui import mapdata

    first = mapdata.published(big, tmp_path)
    assert mapdata.published(big, tmp_path) is first  # kept per loaded dataset
    name = first.url.rsplit("/", 1)[1]
    plain = (tmp_path / name).read_bytes()
    assert gzip.decompress((tmp_path / (name + ".gz")).read_bytes()) == plain
    assert json.loads(plain)["n"] == len(first.rows)
    # another server publishing the same claims writes the same bytes under the same name
    again = mapdata._publish(big.table, tmp_path)
    assert again.url == first.url and (tmp_path / name).read_bytes() == plain


def test_claims_go_inside_the_script_when_the_folder_is_not_writable(big, tmp_path):
    from dashboard.ui import mapdata

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    kept = mapdata._publish(big.table, blocker)
    assert kept.url is None and kept.payload["n"] == len(kept.rows)
    html = build_map(big.table, layer=kept.layer()).get_root().render()
    assert "ready({" in html and "fetch(" not in html.split("ready({")[1][:200]
