"""benchmarks/figure_misses.py: each missed gold figure gets the cause seen where it stands, and
the held-back form prints no word of a report."""
from pathlib import Path

import pytest
import yaml

from benchmarks import figure_misses
from dashboard.extract import ingest

# invented report (own words): one figure the extractor reads right, one the gold files under
# another act on purpose, one with no number the extractor could read
_REPORT = {
    "id": "fm-01", "published": "2026-03-02", "outlet": "Dawn",
    "text": ("TURBAT: Gunmen on motorcycles shot dead three labourers at a brick kiln near "
             "Turbat on Sunday, police said.\n\nA watchman at the kiln was also hurt in the "
             "firing, the police added.\n"),
    "figures": [
        {"raw": "three labourers", "count": 3, "category": "killed", "source_type": "police"},
        {"raw": "three labourers", "count": 3, "category": "abducted", "source_type": "police"},
        {"raw": "kiln owner", "count": 1, "category": "arrested", "source_type": "police"},
    ],
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "fm.yaml"
    path.write_text(yaml.safe_dump({"reports": [_REPORT]}), encoding="utf-8")
    return path


def test_causes_are_named(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert figure_misses.main([str(corpus)]) == 0
    out = capsys.readouterr().out
    # the killed figure matches and is no miss; the same words filed as abducted are a
    # candidate of another category; words the text lacks are said to be absent
    assert "'three labourers' killed" not in out
    assert "candidate, other category: killed for abducted" in out
    assert "raw not in text" in out


def test_causes_only_prints_no_text(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert figure_misses.main([str(corpus), "--causes-only"]) == 0
    out = capsys.readouterr().out
    assert "1  candidate, other category: killed for abducted" in out
    for word in ("labourers", "kiln", "Turbat", "watchman", "Gunmen", "fm-01"):
        assert word not in out


def test_ingest_is_given_back(corpus: Path) -> None:
    before = (ingest.find_figures, ingest.restates, ingest.names_no_act)
    figure_misses.main([str(corpus), "--causes-only"])
    assert (ingest.find_figures, ingest.restates, ingest.names_no_act) == before
