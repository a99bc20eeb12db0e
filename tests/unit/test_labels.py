"""Label rules (dashboard/labels.py), each over a claim set built for it (tests/builders.py).

What the curated dataset's labels are is a data question: tests/unit/test_dataset.py.
"""

from __future__ import annotations

import pytest

from dashboard.labels import compute_labels
from dashboard.models import Label
from tests.builders import (
    CHIEF_MINISTER,
    EVENT_DATA,
    FRONT,
    MILITARY,
    MOVEMENT,
    OUTLET,
    PRESS_WING,
    WATCH,
    make_claim,
    make_claimant,
    make_dataset,
    make_figure,
    make_override,
)


def labels_of(*claims) -> dict[str, Label]:  # type: ignore[no-untyped-def]
    return compute_labels(make_dataset(*claims))


def test_a_lone_claim_is_unverified_naming_its_claimant_and_type() -> None:
    [label] = labels_of(make_claim("a", PRESS_WING, event="e")).values()
    assert label.label == "unverified"
    assert label.reason == "single claimant: Army Press Wing (state)"
    assert not label.overridden


def test_a_claim_outside_any_event_is_unverified_even_beside_other_claimants() -> None:
    labels = labels_of(make_claim("a", PRESS_WING, figures=[make_figure(5)]),
                       make_claim("b", FRONT, figures=[make_figure(50)]))
    assert {k: v.label for k, v in labels.items()} == {"a": "unverified", "b": "unverified"}


def test_conflicting_tolls_are_disputed_both_ways_with_both_figures_in_the_reason() -> None:
    labels = labels_of(
        make_claim("cm", CHIEF_MINISTER, event="e", figures=[make_figure(31, "civilians")]),
        make_claim("army", MILITARY, event="e", figures=[make_figure(36, "civilians")]))
    assert labels["cm"] == Label("disputed",
                                 "figures conflict with The Army: 36 vs 31 civilians killed")
    assert labels["army"].label == "disputed"
    assert "Provincial Chief Minister: 31 vs 36 civilians killed" in labels["army"].reason


def test_figures_of_another_kind_do_not_conflict() -> None:
    # 31 civilians and 22 security personnel killed are two figures, not two readings of one.
    labels = labels_of(
        make_claim("cm", CHIEF_MINISTER, event="e", figures=[make_figure(31, "civilians")]),
        make_claim("army", MILITARY, event="e",
                   figures=[make_figure(22, "security_personnel"),
                            make_figure(31, "civilians", "injured")]))
    assert labels["cm"].label == labels["army"].label == "unverified"


def test_one_organisation_never_disputes_itself() -> None:
    labels = labels_of(
        make_claim("wing", PRESS_WING, event="e", figures=[make_figure(92, "militants")]),
        make_claim("army", MILITARY, event="e", figures=[make_figure(145, "militants")]))
    assert labels["wing"].label == labels["army"].label == "unverified"


def test_another_source_type_corroborates_and_one_organisation_does_not() -> None:
    labels = labels_of(make_claim("wing", PRESS_WING, event="e"),
                       make_claim("army", MILITARY, event="e"),
                       make_claim("front", FRONT, event="e"))
    assert labels["wing"].label == "corroborated"
    assert "Liberation Front (armed group)" in labels["wing"].reason
    assert "The Army" not in labels["wing"].reason
    assert labels["front"].label == "corroborated"
    assert "Army Press Wing (state)" in labels["front"].reason
    assert "The Army (state)" in labels["front"].reason


def test_claimants_of_one_source_type_agreeing_do_not_corroborate() -> None:
    # in another report, so the reason could wrongly call it the same claimant repeating
    labels = labels_of(make_claim("cm", CHIEF_MINISTER, event="e", report="r1"),
                       make_claim("wing", PRESS_WING, event="e", report="r2"))
    assert labels["cm"].label == "unverified"
    assert labels["cm"].reason == ("single claimant: Provincial Chief Minister (state); only "
                                   "claimants of the same source type agree (Army Press Wing)")


def test_disputed_claim_also_says_who_else_claims_the_event() -> None:
    labels = labels_of(
        make_claim("cm", CHIEF_MINISTER, event="e", figures=[make_figure(31, "civilians")]),
        make_claim("front", FRONT, event="e", figures=[make_figure(300, "civilians")]))
    assert labels["cm"].label == "disputed"
    assert labels["cm"].reason.endswith(
        ". That the event happened is also claimed by Liberation Front (armed group)")


def test_one_claimant_repeated_in_two_reports_stays_unverified() -> None:
    labels = labels_of(make_claim("first", WATCH, event="e", report="r1"),
                       make_claim("again", WATCH, event="e", report="r2"))
    assert labels["first"].label == labels["again"].label == "unverified"
    assert "single claimant" in labels["first"].reason
    assert "repeats it in report(s) r2, which is not corroboration" in labels["first"].reason
    assert "report(s) r1" in labels["again"].reason


def test_a_repetition_inherits_the_original_label_and_adds_no_weight() -> None:
    original = make_claim("orig", PRESS_WING, event="e", figures=[make_figure(92, "militants")])
    repeat = make_claim("rep", OUTLET, event="e", figures=[make_figure(92, "militants")],
                        derived_from=["orig"])
    labels = labels_of(original, repeat)
    # the outlet (media) repeating the press wing (state) is not a second source type
    assert labels["orig"].label == "unverified"
    assert labels["rep"].label == "unverified"
    assert labels["rep"].reason.startswith("repeats Army Press Wing's figures (claim orig)")
    assert labels["orig"].reason in labels["rep"].reason


def test_a_repetition_of_a_disputed_claim_is_disputed_but_disputes_nothing_itself() -> None:
    labels = labels_of(
        make_claim("cm", CHIEF_MINISTER, event="e", figures=[make_figure(31, "civilians")]),
        make_claim("army", MILITARY, event="e", figures=[make_figure(36, "civilians")]),
        make_claim("rep", OUTLET, event="e", figures=[make_figure(36, "civilians")],
                   derived_from=["army"]))
    assert labels["rep"].label == "disputed" and "claim army" in labels["rep"].reason
    # the outlet's repetition is neither a second dispute nor a corroboration of the minister
    assert "Daily Outlet" not in labels["cm"].reason


@pytest.mark.parametrize(("theirs", "disputed"), [
    (make_figure(30, "civilians"), False),  # "dozens" can be 30
    (make_figure(150, "civilians", qualifier="about"), False),
    (make_figure(12, "civilians"), True),  # no reading of "dozens" is 12
    (make_figure(300, "civilians", qualifier="at_least"), True),
])
def test_a_vague_figure_conflicts_only_when_no_reading_reconciles(theirs, disputed) -> None:  # type: ignore[no-untyped-def]
    labels = labels_of(
        make_claim("vague", MOVEMENT, event="e",
                   figures=[make_figure(None, "civilians", raw="dozens", qualifier="vague")]),
        make_claim("exact", PRESS_WING, event="e", figures=[theirs]))
    assert (labels["vague"].label == "disputed") is disputed
    if disputed:
        assert "dozens" in labels["vague"].reason


def test_a_malformed_figure_never_disputes() -> None:
    labels = labels_of(
        make_claim("odd", FRONT, event="e",
                   figures=[make_figure(None, "security_personnel", raw="22,6000",
                                        qualifier="malformed")]),
        make_claim("wing", PRESS_WING, event="e", figures=[make_figure(3, "security_personnel")]))
    assert labels["odd"].label == labels["wing"].label == "corroborated"


def test_an_imported_dataset_record_is_unverified_and_corroborates_nothing() -> None:
    record = make_claim("acled-1", EVENT_DATA, event="e", sources=["Daily Outlet", "Radio"])
    labels = labels_of(record, make_claim("wing", PRESS_WING, event="e"))
    assert labels["acled-1"].label == "unverified"
    assert "coded by Event Dataset from Daily Outlet; Radio" in labels["acled-1"].reason
    assert labels["wing"].label == "unverified"


def test_an_override_wins_and_carries_its_evidence() -> None:
    ds = make_dataset(
        make_claim("cm", CHIEF_MINISTER, event="e", figures=[make_figure(31, "civilians")]),
        make_claim("army", MILITARY, event="e", figures=[make_figure(36, "civilians")]),
        overrides=[make_override("cm", reason="hospital lists agree",
                                 evidence="court petition no. 123", analyst="B. Analyst")])
    labels = compute_labels(ds)
    assert labels["cm"].label == "verified" and labels["cm"].overridden
    assert labels["cm"].reason == ("analyst override by B. Analyst: hospital lists agree "
                                   "(evidence: court petition no. 123)")
    assert labels["army"].label == "disputed" and not labels["army"].overridden


def test_an_override_for_a_claim_not_in_the_set_labels_nothing() -> None:
    ds = make_dataset(make_claim("a", PRESS_WING), overrides=[make_override("gone")])
    assert set(compute_labels(ds)) == {"a"}


def test_the_organisation_not_the_name_decides_one_voice() -> None:
    spokesman = make_claimant("spokesman", "armed_group", name="Front Spokesman",
                              organisation="front")
    ds = make_dataset(
        make_claim("a", FRONT, event="e", figures=[make_figure(40, "security_personnel")]),
        make_claim("b", spokesman, event="e", figures=[make_figure(4, "security_personnel")]),
        claimants=[FRONT, spokesman])
    assert {v.label for v in compute_labels(ds).values()} == {"unverified"}
