"""benchmarks/claimant_cues.py: the cue that decided each figure's claimant is counted right or
wrong against gold, and the held-back form reads no gold and prints no word of a report."""
from pathlib import Path

import pytest
import yaml

from benchmarks import claimant_cues

# invented report (own words): a lead with no speaker whose source speaks of the same dead in
# the sentence after (the after lender), then a figure told by its own speaker
_REPORT = {
    "id": "cc-01", "published": "2026-03-02", "outlet": "Dawn",
    "text": ("KHARAN: Four labourers were shot dead at a stone quarry near Kharan on Sunday.\n\n"
             "Levies officials said the four labourers were killed by gunmen on motorcycles.\n\n"
             "Two guards were also hurt in the firing, a hospital official said.\n"),
    "figures": [
        # gold gives the lead to the outlet on purpose: the lender's loan is then wrong
        {"raw": "Four labourers", "count": 4, "category": "killed", "source_type": "media"},
        {"raw": "Two guards", "count": 2, "category": "injured", "source_type": "state"},
    ],
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "cc.yaml"
    path.write_text(yaml.safe_dump({"reports": [_REPORT]}), encoding="utf-8")
    return path


def test_cues_counted_right_and_wrong(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert claimant_cues.main([str(corpus), "--list"]) == 0
    out = capsys.readouterr().out
    assert "cc-01\tsentence after\tWRONG\tpolice\t(gold None, media)" in out
    assert "sentence after           right    0  wrong    1" in out
    assert "own sentence             right    1  wrong    0" in out


def test_fires_only_reads_no_gold(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = yaml.safe_load(corpus.read_text(encoding="utf-8"))
    for fig in data["reports"][0]["figures"]:
        fig["source_type"] = "armed_group"  # gold changed: the counts must not move
    corpus.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert claimant_cues.main([str(corpus), "--fires-only"]) == 0
    out = capsys.readouterr().out
    assert "sentence after           fires 1" in out
    assert "own sentence             fires 1" in out
    for word in ("labourers", "quarry", "Kharan", "guards", "cc-01", "right", "wrong"):
        assert word not in out
