"""Event comparison (dashboard/events.py) over claims built for it: side by side, never summed."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.events import compare
from tests.builders import (
    CHIEF_MINISTER,
    FRONT,
    MILITARY,
    WATCH,
    make_claim,
    make_dataset,
    make_figure,
    make_table,
)


@pytest.fixture(scope="module")
def attacks() -> pd.DataFrame:
    return compare(make_table(make_dataset(
        make_claim("cm", CHIEF_MINISTER, event="e", date="2026-02-01",
                   places=["Quetta", "Mastung"],  # two places: still one row
                   figures=[make_figure(31, "civilians"),
                            make_figure(17, "security_personnel")]),
        make_claim("army", MILITARY, event="e", date="2026-01-31",
                   figures=[make_figure(36, "civilians"), make_figure(22, "security_personnel"),
                            make_figure(145, "militants", qualifier="at_least")]),
        make_claim("front", FRONT, event="e", date="2026-01-31/2026-02-01",
                   figures=[make_figure(None, "security_personnel", raw="dozens",
                                        qualifier="vague"),
                            make_figure(84, "security_personnel", "injured")]),
        make_claim("elsewhere", WATCH, event="other", figures=[make_figure(5, "civilians")]),
    )), "e")


def test_one_row_per_claim_of_the_event_earliest_first(attacks) -> None:
    assert list(attacks["Claim"]) == ["army", "front", "cm"]
    assert list(attacks["Claimant"]) == ["The Army", "Liberation Front",
                                         "Provincial Chief Minister"]
    assert list(attacks["Source type"]) == ["State", "Armed group", "State"]


def test_each_claimants_figures_side_by_side_never_summed(attacks) -> None:
    by_claim = attacks.set_index("Claim")
    assert by_claim.loc["cm", "killed (civilians)"] == "31"
    assert by_claim.loc["army", "killed (civilians)"] == "36"
    assert by_claim.loc["front", "killed (security personnel)"] == "dozens"
    assert by_claim.loc["army", "killed (militants)"] == "at least 145"
    # a figure no claimant gave for a kind is a dash, not zero
    assert by_claim.loc["cm", "killed (militants)"] == "—"
    assert by_claim.loc["front", "injured (security personnel)"] == "84"
    assert "67" not in attacks.to_string()  # 31 + 36 civilians: never added up


def test_columns_follow_the_order_figures_first_appear(attacks) -> None:
    assert list(attacks.columns) == [
        "Claimant", "Source type", "Date", "killed (civilians)", "killed (security personnel)",
        "killed (militants)", "injured (security personnel)", "Label", "Report", "Claim"]


def test_two_figures_of_one_kind_in_one_claim_are_both_kept() -> None:
    table = make_table(make_dataset(make_claim(
        "two", WATCH, event="e",
        figures=[make_figure(12, "civilians"), make_figure(20, "civilians", qualifier="about")])))
    assert compare(table, "e").loc[0, "killed (civilians)"] == "12; about 20"


def test_labels_travel_with_the_claims(attacks) -> None:
    by_claim = attacks.set_index("Claim")
    assert by_claim.loc["cm", "Label"] == by_claim.loc["army", "Label"] == "disputed"


def test_an_event_with_no_claims_compares_to_an_empty_table() -> None:
    table = make_table(make_dataset(make_claim("a", WATCH, event="e")))
    assert compare(table, "no-such-event").empty
