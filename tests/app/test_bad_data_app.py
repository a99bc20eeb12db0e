"""The page on broken data directories: it stays up, shows what is valid, and says what was
rejected and why in the banner (file:line: field: message)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.conftest import APP, claims_table, map_markers, metric
from tests.conftest import REPO


def _run(monkeypatch, directory: Path) -> AppTest:
    monkeypatch.setenv("DASHBOARD_DATA", str(directory))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _banner(at: AppTest) -> str:
    return "\n".join(e.body for e in at.error)


@pytest.mark.parametrize("breakage", ["garbage", "no_reports", "empty_dir"])
def test_page_stays_up_when_every_claim_is_rejected(monkeypatch, data_copy: Path,
                                                    breakage: str) -> None:
    if breakage == "garbage":
        (data_copy / "claims.yaml").write_bytes(bytes(range(256)) * 20)
    elif breakage == "no_reports":
        (data_copy / "reports.yaml").write_text("- id: [\n", encoding="utf-8")
    else:
        for f in data_copy.glob("*.yaml"):
            f.unlink()
    at = _run(monkeypatch, data_copy)
    assert metric(at, "Claims shown") == "0 of 0"
    if breakage != "empty_dir":  # an empty directory has nothing to reject, only warnings
        banner = _banner(at)
        assert "rejected" in banner and ".yaml:" in banner, banner


def test_banner_lists_rejections_and_the_valid_claims_stay(monkeypatch, data_copy: Path,
                                                           loaded) -> None:
    text = (data_copy / "claims.yaml").read_text(encoding="utf-8")
    text = text.replace("incident_type: aggregate_figures",
                        "incident_type: '`x` [y](javascript:z)'", 1)
    (data_copy / "claims.yaml").write_text(text, encoding="utf-8")
    at = _run(monkeypatch, data_copy)
    total = loaded.table["claim_id"].nunique()
    assert metric(at, "Claims shown") == f"{total - 1} of {total - 1}"
    banner = _banner(at)
    # The offending value is quoted whole, inside a code span longer than its backticks.
    assert "claims.yaml:" in banner and "incident_type: unknown value" in banner
    assert "`` " in banner and "[y](javascript:z)" in banner


def test_bundled_data_shows_no_error_banner(monkeypatch) -> None:
    at = _run(monkeypatch, REPO / "data")
    assert _banner(at) == ""


def test_a_claim_with_an_error_in_any_field_is_not_shown(monkeypatch, data_copy: Path,
                                                          loaded) -> None:
    """The banner says the records concerned were rejected: a claim whose only errors are in
    fields checked last (derived_from, date_basis) and in a nested figure is absent from the
    claims table and the map, and each error is listed at its own line."""
    path = data_copy / "claims.yaml"
    text = path.read_text(encoding="utf-8")
    head = "- id: c-001-02\n"
    assert head in text
    text = text.replace(head, head + "  derived_from: {bad: [1, 2]}\n"
                        "  date_basis: [not, text]\n", 1)
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    line = lines.index("- id: c-001-02") + 1
    at = _run(monkeypatch, data_copy)

    total = loaded.table["claim_id"].nunique()
    assert metric(at, "Claims shown") == f"{total - 1} of {total - 1}"
    assert "c-001-02" not in set(claims_table(at)["Claim"])
    assert "c-001-02" not in {m["id"] for m in map_markers(at)}
    banner = _banner(at)
    assert "the records concerned were rejected" in banner
    assert f"claims.yaml:{line + 1}: derived_from:" in banner, banner
    assert f"claims.yaml:{line + 2}: date_basis:" in banner, banner
