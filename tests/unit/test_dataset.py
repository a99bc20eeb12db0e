"""The curated dataset and its loader: every problem located, nothing valid lost."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dashboard.dataset import load_dataset
from tests.conftest import REPO, SEEDS


def test_bundled_dataset_has_no_errors(loaded):
    assert loaded.errors == []
    assert loaded.table["claim_id"].nunique() == len(loaded.dataset.claims) >= 25


def test_every_report_has_dated_publication_and_basis(loaded):
    for report in loaded.dataset.reports.values():
        assert report.published.start is not None, report.id
        assert report.published_basis, report.id


def _paragraphs(report_file: str) -> list[str]:
    text = (SEEDS / report_file).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2011", "-")).lower()


@pytest.mark.seeds
def test_every_claim_points_at_a_passage_holding_its_figures_and_places(loaded):
    """The passage pointer is checked against the report text, not trusted."""
    ds = loaded.dataset
    for claim in ds.claims:
        report = ds.reports[claim.report_id]
        paragraphs = _paragraphs(report.file)
        assert claim.passage, claim.id
        assert max(claim.passage) <= len(paragraphs), claim.id
        text = _norm(" ".join(paragraphs[i - 1] for i in claim.passage))
        for fig in claim.figures:
            words = [w for w in re.split(r"[^\w,]+", fig.raw.lower()) if w and w not in
                     {"named", "five", "women", "brothers", "and", "close", "to", "over",
                      "at", "least", "more", "than", "around"}]
            assert any(w in text for w in words), (claim.id, fig.raw)
        for mention in claim.places:
            if mention.mention in ("Balochistan", "Pakistan"):
                continue
            first = mention.mention.split()[0].lower()
            assert first in text, (claim.id, mention.mention)


@pytest.mark.seeds
def test_no_report_sentence_is_copied_into_the_dataset():
    def words(t: str) -> list[str]:
        return re.findall(r"[a-z0-9']+", t.lower())

    seeds = set()
    for f in SEEDS.glob("*.txt"):
        w = words(f.read_text(encoding="utf-8"))
        seeds.update(" ".join(w[i:i + 10]) for i in range(len(w) - 9))
    for f in (REPO / "data").glob("*.yaml"):
        w = words(f.read_text(encoding="utf-8"))
        runs = {" ".join(w[i:i + 10]) for i in range(len(w) - 9)}
        assert not runs & seeds, f.name


def test_malformed_figure_is_kept_raw_and_flagged(loaded):
    figs = [f for c in loaded.dataset.claims for f in c.figures if f.qualifier == "malformed"]
    assert [f.raw for f in figs] == ["22,6000"]
    assert figs[0].count is None


def test_conflicting_figures_stay_separate_claims_under_one_event(loaded):
    t = loaded.table
    event = t[t["event_id"] == "ev-2026-01-31-attacks"].drop_duplicates("claim_id")
    civilians = {}
    for r in event.itertuples():
        for f in r.figures:
            if f["category"] == "killed" and f["who"] == "civilians":
                civilians.setdefault(r.claimant_id, set()).add(f["count"])
    assert civilians["cm-balochistan"] == {31}
    assert civilians["pakistan-military"] == {36}


def test_curated_labels_of_the_31_january_attacks(loaded):
    """Data, not rules (those are tests/unit/test_labels.py): the claimants of the attacks that
    give conflicting tolls are labelled disputed, each reason naming the other side."""
    t = loaded.table.drop_duplicates("claim_id")
    event = t[t["event_id"] == "ev-2026-01-31-attacks"]
    labels = {(r.claimant_id, r.label) for r in event.itertuples()}
    assert {("cm-balochistan", "disputed"), ("pakistan-military", "disputed")} <= labels
    minister = event[event["claimant_id"] == "cm-balochistan"]
    assert minister["label_reason"].str.contains("Pakistan military").all()


def test_every_curated_claim_has_a_label_with_a_reason(loaded):
    t = loaded.table.drop_duplicates("claim_id")
    assert set(t["label"]) <= {"verified", "corroborated", "disputed", "unverified"}
    assert t["label_reason"].str.len().gt(20).all()
    assert set(t["label"]) >= {"corroborated", "disputed", "unverified"}


# ------------------------------------------------------------------ bad input


def _claims_text(path: Path) -> str:
    return (path / "claims.yaml").read_text(encoding="utf-8")


def test_unknown_enum_names_file_line_field_and_keeps_the_rest(data_copy: Path):
    text = _claims_text(data_copy).replace("incident_type: accident",
                                           "incident_type: explosion", 1)
    (data_copy / "claims.yaml").write_text(text, encoding="utf-8")
    ds = load_dataset(data_copy)
    [err] = ds.errors
    line = text.splitlines().index("  incident_type: explosion") + 1
    assert err.file.endswith("claims.yaml")
    assert err.line == line
    assert err.field == "incident_type"
    assert "explosion" in err.message
    assert len(ds.claims) == len(load_dataset(REPO / "data").claims) - 1


def test_yaml_syntax_error_costs_only_its_record(data_copy: Path):
    text = _claims_text(data_copy)
    broken = text.replace("  summary: The dossier lists 366 people killed in 2021.",
                          "  summary: [unclosed list: 366 people", 1)
    assert broken != text
    (data_copy / "claims.yaml").write_text(broken, encoding="utf-8")
    ds = load_dataset(data_copy)
    assert any(p.field == "(syntax)" for p in ds.errors)
    ids = {c.id for c in ds.claims}
    assert "c-001-06" not in ids
    assert {"c-001-05", "c-001-07", "c-004-12"} <= ids
    assert len(ids) == len(load_dataset(REPO / "data").claims) - 1


def test_wrong_types_and_impossible_dates_are_rejected_with_reasons(data_copy: Path):
    text = _claims_text(data_copy)
    text = text.replace("  date: 2021-11-12", "  date: 2021-11-31", 1)
    text = text.replace('{raw: "366", count: 366,', '{raw: "366", count: "many",', 1)
    text = text.replace("  date: 2026-02-01\n", "  date: 2027-05-01\n", 1)
    (data_copy / "claims.yaml").write_text(text, encoding="utf-8")
    ds = load_dataset(data_copy)
    messages = {(p.field, p.message.split(":")[0]) for p in ds.errors}
    fields = {p.field for p in ds.errors}
    assert "date" in fields and "figures[0].count" in fields, messages
    assert any("does not exist" in p.message for p in ds.errors)
    assert any("after the report was published" in p.message for p in ds.errors)
    assert len(ds.errors) == 3


def test_duplicate_ids_and_missing_references(data_copy: Path):
    text = _claims_text(data_copy)
    text = text.replace("- id: c-001-07", "- id: c-001-06", 1)
    text = text.replace("  claimant: balochistan-post", "  claimant: nobody-knows", 1)
    (data_copy / "claims.yaml").write_text(text, encoding="utf-8")
    ds = load_dataset(data_copy)
    assert any(p.field == "id" and "duplicate" in p.message for p in ds.errors)
    assert any(p.field == "claimant" and "nobody-knows" in p.message for p in ds.errors)


def test_file_in_another_encoding_is_read_and_flagged(data_copy: Path):
    text = _claims_text(data_copy).replace("Two brothers,", "Two brothers caf\u00e9,")
    (data_copy / "claims.yaml").write_bytes(text.encode("cp1252"))
    ds = load_dataset(data_copy)
    assert any(p.field == "(encoding)" for p in ds.problems)
    assert "caf\u00e9" in next(c.summary for c in ds.claims if c.id == "c-001-03")


def test_override_requires_evidence(data_copy: Path):
    (data_copy / "overrides.yaml").write_text(
        "- claim: c-002-03\n  label: verified\n  reason: checked\n  analyst: A. N. Analyst\n",
        encoding="utf-8")
    ds = load_dataset(data_copy)
    [err] = ds.errors
    assert (err.field, err.message, err.line) == ("evidence", "missing", 1)
    assert ds.overrides == {}
