"""benchmarks/annotator_agreement.py: a second hand annotation scored as the extractor is."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from benchmarks.annotator_agreement import agreement

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


def _measures(score) -> dict[str, str]:
    return dict(score.issue_measures())


def test_an_annotation_agrees_with_itself_on_every_measure(gaz):
    got = _measures(agreement(CORPUS / "dev.yaml", CORPUS / "dev.yaml", gaz))
    for measure in ("Balochistan districts/towns, right district",
                    "localities, right district", "figures found, right category",
                    "extracted figures that are real", "claimant source type (found figures)",
                    "date range holds incident (found, dated)"):
        assert got[measure].startswith("100.0%"), (measure, got[measure])
    assert got["context places output as incident"].startswith("0 of"), got


def test_a_second_reader_who_differs_is_counted_where_they_differ(gaz, tmp_path):
    data = yaml.safe_load((CORPUS / "dev.yaml").read_text(encoding="utf-8"))
    other = copy.deepcopy(data)
    # one reader gives the first figure to another kind of claimant, drops the second figure,
    # dates the third a year early and reads the first context place as the scene
    figures = [f for r in other["reports"] for f in r.get("figures") or []]
    figures[0]["source_type"] = "armed_group" if figures[0]["source_type"] != "armed_group" \
        else "state"
    dropped = next(r for r in other["reports"] if len(r.get("figures") or []) > 1)
    dropped["figures"].pop(1)
    dated = next(f for f in figures[2:] if f.get("incident") is not None
                 and not isinstance(f["incident"], list))
    dated["incident"] = dated["incident"].replace(year=dated["incident"].year - 1)
    context = next(p for r in other["reports"] for p in r.get("places") or []
                   if p.get("role") == "context")
    context["role"] = "incident"
    path = tmp_path / "other.yaml"
    path.write_text(yaml.safe_dump(other, allow_unicode=True), encoding="utf-8")
    score = agreement(CORPUS / "dev.yaml", path, gaz)
    assert score.figures - score.figures_matched == 1
    assert score.figures_matched - score.claimant_type_right == 1
    assert score.dated - score.date_holds >= 1
    assert score.context_as_incident >= 1
    assert any("claimed by" in m for m in score.misses)
