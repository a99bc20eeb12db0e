"""Figures in wording the corpus had not shown (issue 11): "fatally shot", a side's own dead
("lost two of its members"), a relative named by whose relative he was, a named member of a
counted group, and the injured told again by where they were moved. The texts are written for
these tests."""

import pytest

from dashboard.dates import parse_date
from dashboard.extract.ingest import ingest_text


def _figures(text, gaz):
    r = ingest_text(text, published=parse_date("2024-11-06"), gazetteer=gaz)
    return sorted((f["count"], f["category"]) for c in r.claims for f in c["figures"])


@pytest.mark.parametrize("text, want", [
    ("Masked men fatally shot three barbers inside their shop in Hub on Monday.",
     [(3, "killed")]),
    ("Two guards were fatally wounded when the bank van was ambushed near Uthal on Monday.",
     [(2, "killed")]),
])
def test_fatally_shot_or_wounded_is_killed(gaz, text, want):
    assert _figures(text, gaz) == want


@pytest.mark.parametrize("text", [
    "The fighters seized the post's rifles, though the BLF lost three of its own men there.",
    "The group admitted it had lost four fighters in the clash near Gishkaur on Monday.",
])
def test_a_side_that_lost_its_members_counts_its_dead(gaz, text):
    assert [c for _, c in _figures(text, gaz)] == ["killed"]


@pytest.mark.parametrize("text", [
    "Gunmen on a motorcycle shot dead the nephew of a former senator in Kharan on Monday.",
    "The son of a tribal elder was shot dead outside his house in Nushki on Monday.",
])
def test_a_relative_named_by_whose_relative_is_one_person(gaz, text):
    assert _figures(text, gaz) == [(1, "killed")]


@pytest.mark.parametrize("text", [
    "At least nine people including former MPA Sardar Ghulam Rasool were injured when a grenade "
    "hit the rally in Khuzdar on Monday.",
    "At least nine people including Balochistan National Party (BNP) leader Ghulam Rasool were "
    "injured when a grenade hit the rally in Khuzdar on Monday.",
])
def test_a_named_member_of_a_counted_group_is_no_new_figure(gaz, text):
    assert _figures(text, gaz) == [(9, "injured")]


@pytest.mark.parametrize("text", [
    "At least 12 people were injured in the blast in Sibi on Monday, police said. Twelve injured "
    "people have been transferred to Quetta for treatment, the deputy commissioner said.",
    "At least 12 people were injured in the blast in Sibi on Monday, police said. Four injured "
    "including a Levies officer had been shifted to Quetta, the deputy commissioner said.",
])
def test_the_injured_told_again_by_where_they_went_are_not_counted_twice(gaz, text):
    assert _figures(text, gaz) == [(12, "injured")]


@pytest.mark.parametrize("text, want", [
    ("Eight people were killed in the raid on the bazaar in Kharan on Monday, officials said. "
     "The casualties included one sub-inspector, three Levies personnel and four traders.",
     {(3, "killed"), (4, "killed"), (8, "killed")}),
    ("Those wounded included one doctor, two constables and five schoolchildren, the SHO said.",
     {(2, "injured"), (5, "injured")}),
])
def test_parts_listed_after_the_dead_included_take_the_groups_category(gaz, text, want):
    # an earlier part ("one sub-inspector") stands between the later parts and the group's word
    assert want <= set(_figures(text, gaz))
