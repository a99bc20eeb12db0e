"""benchmarks/score_extraction.py: held-out sets kept in several folders, scored one by one and
pooled (the number a closing note reports for a group of sets nobody tuned on)."""

import re
import shutil
from pathlib import Path

from benchmarks import score_extraction

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


def _figures(block: str) -> tuple[int, int]:
    m = re.search(r"figures found, right category\s+\S+ \((\d+)/(\d+)\)", block)
    assert m, block
    return int(m.group(1)), int(m.group(2))


def test_sets_in_two_folders_are_scored_and_pooled(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    shutil.copy(CORPUS / "heldout.yaml", a / "setone.yaml")
    shutil.copy(CORPUS / "heldout2.yaml", b / "settwo.yaml")
    assert score_extraction.main(["--corpus", str(a), "--corpus", str(b),
                                  "--set", "setone,settwo", "--pooled"]) == 0
    out = capsys.readouterr().out
    blocks = out.split("== ")[1:]
    assert [x.splitlines()[0] for x in blocks] == [
        "own corpus: setone", "own corpus: settwo", "pooled: setone, settwo"]
    one, two, pooled = (_figures(x) for x in blocks)
    assert pooled == (one[0] + two[0], one[1] + two[1])
