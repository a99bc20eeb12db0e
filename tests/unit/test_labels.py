"""Label rules over the real claim set and over small hand-made ones."""

from __future__ import annotations

from dashboard.dataset import load_dataset
from dashboard.labels import compute_labels


def label_of(loaded, claim_id):
    row = loaded.table[loaded.table["claim_id"] == claim_id].iloc[0]
    return row["label"], row["label_reason"]


def test_conflicting_tolls_are_disputed_with_both_figures_in_the_reason(loaded):
    label, reason = label_of(loaded, "c-002-02")
    assert label == "disputed"
    assert "Pakistan military" in reason and "36 vs 31 civilians killed" in reason


def test_same_organisation_never_disputes_or_corroborates_itself(loaded):
    # ISPR and "the Pakistan military" are one voice: the ISPR claim is corroborated only by
    # claimants of other organisations and types (the BLA), never by the military.
    label, reason = label_of(loaded, "c-002-03")
    assert label == "corroborated"
    assert "BLA" in reason and "Pakistan military" not in reason


def test_single_claimant_repeated_in_two_reports_stays_unverified(loaded):
    label, reason = label_of(loaded, "c-004-03")
    assert label == "unverified"
    assert "single claimant" in reason and "r002" in reason


def test_repetition_inherits_the_original_label(loaded):
    label, reason = label_of(loaded, "c-003-04")
    assert label == label_of(loaded, "c-003-02")[0]
    assert "repeats" in reason and "c-003-02" in reason


def test_vague_figure_conflicts_only_when_no_reading_reconciles(loaded):
    label, reason = label_of(loaded, "c-004-02")
    assert label == "disputed" and "dozens" in reason


def test_override_wins_and_carries_evidence(data_copy):
    (data_copy / "overrides.yaml").write_text(
        "- claim: c-001-02\n  label: verified\n  reason: family and lawyer confirm\n"
        "  evidence: court petition no. 123 seen by the analyst\n  analyst: A. Analyst\n",
        encoding="utf-8")
    ds = load_dataset(data_copy)
    labels = compute_labels(ds)
    assert labels["c-001-02"].label == "verified"
    assert labels["c-001-02"].overridden
    assert "court petition" in labels["c-001-02"].reason


def test_default_is_unverified_single_claimant(loaded):
    label, reason = label_of(loaded, "c-000-01")
    assert label == "unverified" and reason.startswith("single claimant: ISPR")
