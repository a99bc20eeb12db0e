from pathlib import Path

import pytest

from dashboard.extract.scoring import score

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / ".." / "shared" / "seeds"
ANNOTATION = REPO / "tests" / "fixtures" / "seed_annotations.yaml"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed reports not beside the repository")
def test_pipeline_meets_measured_thresholds_on_seed_annotation():
    m = score(ANNOTATION, SEEDS).metrics()
    # measured 2025-11: place recall 85%, district 100%, figures 92% recall / 100% precision,
    # claimant type 100%; thresholds sit below to leave room for rule changes, not regressions
    assert m["place_recall"] >= 0.80
    assert m["district_accuracy"] >= 0.95
    assert m["role_accuracy"] >= 0.85
    assert m["figure_recall"] >= 0.85
    assert m["figure_precision"] >= 0.90
    assert m["claimant_type_accuracy"] >= 0.90
