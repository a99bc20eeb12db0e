"""Members of a counted group, a force's people, two groups of one count, and a year that frames
a trend (issue 11, round 40). The texts are written for these tests."""

import pytest

from dashboard.dates import parse_date
from dashboard.extract.ingest import ingest_text


def _figures(text, gaz, published="2025-03-16"):
    r = ingest_text(text, published=parse_date(published), gazetteer=gaz)
    return [(f["raw"], f["count"], f["category"], c["date_start"])
            for c in r.claims for f in c["figures"]]


@pytest.mark.parametrize("text", [
    "Four villagers, including two brothers, were shot dead near Kohlu on Monday.",
    "Four villagers, among them two brothers, were shot dead near Kohlu on Monday.",
    "Gunmen killed four villagers near Kohlu on Monday. The dead included an elder and his two "
    "sons, police said.",
    "An elder died near Kohlu on Monday, and his two sons are among those who were martyred.",
])
def test_kin_named_among_a_counted_group_are_no_count(gaz, text):
    assert not [f for f in _figures(text, gaz) if f[1] == 2]


def test_kin_counted_by_their_own_act_still_count(gaz):
    # guard: the brothers are the group itself
    text = "Gunmen shot dead two brothers near Kohlu on Monday, police said."
    assert [f[1] for f in _figures(text, gaz)] == [2]


def test_a_forces_members_are_people_counted(gaz):
    text = ("Over 30 paramilitary force members were hurt in the blast, the district police chief "
            "said.")
    assert [(f[1], f[2]) for f in _figures(text, gaz)] == [(30, "injured")]


def test_the_same_count_of_other_people_in_the_next_sentence_is_a_figure_of_its_own(gaz):
    text = ("Officials said a bombing on Sunday claimed the lives of three soldiers and two "
            "passers-by. Three attackers were killed by troops in the firefight that followed.")
    counts = sorted((f[1], f[2]) for f in _figures(text, gaz))
    assert counts == [(2, "killed"), (3, "killed"), (3, "killed")]


def test_a_year_that_frames_a_trend_in_the_line_before_does_not_date_the_account(gaz):
    text = ("Four guards were killed when gunmen stormed a camp near Noshki on Sunday, police "
            "said.\n\nThe group became the deadliest source of attacks in the province in 2023, "
            "a research body says.\n\nAccording to the police, two attackers were also killed.")
    dated = {f[0]: f[3] for f in _figures(text, gaz)}
    assert dated["two"] == "2025-03-16"


def test_the_shots_that_hit_one_body_are_no_count_of_people(gaz):
    text = "The slain lawyer received 12 bullets, which caused his death, a police officer said."
    assert 12 not in [f[1] for f in _figures(text, gaz)]


@pytest.mark.parametrize("text", [
    "Nine militants were shot dead and two militant hideouts were also destroyed in the raid.",
    "Nine militants were shot dead, and multiple militant hideouts were destroyed in the raid.",
    "Forces destroyed three militant camps near Kahan and killed nine militants.",
])
def test_a_people_word_before_a_thing_says_whose_it_is(gaz, text):
    assert [f[1] for f in _figures(text, gaz)] == [9]


def test_an_officials_so_far_is_this_incidents_toll(gaz):
    text = ("QUETTA: Six people died in a bomb blast near a market in Pishin on Friday morning.\n\n"
            "\u201cSo far, six people have died and 14 are wounded,\u201d the deputy commissioner "
            "told reporters.")
    dated = {(f[1], f[2]): f[3] for f in _figures(text, gaz, published="2025-03-14")}
    assert dated[(14, "injured")] == "2025-03-14"


def test_a_recap_that_opens_on_its_day_dates_the_sentence_after_it(gaz):
    text = ("QUETTA: A blast derailed two coaches of a passenger train near Dasht on Tuesday, "
            "injuring several people, officials said.\n\n"
            "Railway officials said the line would reopen on Wednesday.\n\n"
            "On March 11, militants stormed the same train in the Bolan pass and held hundreds "
            "of passengers hostage.\n\n"
            "Troops later killed 30 attackers after freeing the hostages.")
    dated = {(f[1], f[2]): f[3] for f in _figures(text, gaz, published="2025-09-23")}
    assert dated[(30, "killed")] == "2025-03-11"


@pytest.mark.parametrize("text, count", [
    # a rights group's list, each name with the father it is known by
    ("The group said Karim, son of Dad Muhammad, Sabir, son of Lal Bakhsh, and Naveed, son of "
     "Ahmed, were forcibly disappeared from Turbat on May 3.", 3),
    # names set off after a word that counts nobody
    ("The victims, Karim, Sabir and Naveed, were shot dead in Turbat on Friday.", 3),
])
def test_every_name_of_a_list_counts_once(gaz, text, count):
    assert [f[1] for f in _figures(text, gaz)] == [count]


def test_names_set_off_after_a_count_are_its_people(gaz):
    text = ("The paper said two Levies officials, Doda Khan and Zakir Ali, were arrested by "
            "forces in Gwadar on September 27.")
    assert [f[1] for f in _figures(text, gaz)] == [2]


def test_a_release_carried_by_a_paper_goes_on_into_its_earlier_operation(gaz):
    text = ("RAWALPINDI: Security forces killed 20 militants in two operations in Balochistan over "
            "the last day, an ISPR news release said.\n\n"
            "In one such operation in Harnai district, own troops engaged the terrorists and nine "
            "terrorists were sent to hell.\n\n"
            "Earlier, late on January 30, troops foiled a bid to seize the road near Mangochar in "
            "Kalat district, and eleven of the raiders were sent to hell.")
    r = ingest_text(text, published=parse_date("2025-02-01"), gazetteer=gaz,
                    outlet="Example Daily")
    by = {f["count"]: c["claimant"] for c in r.claims for f in c["figures"]}
    assert by[11] == "ispr"


def test_people_held_at_a_police_station_are_detained(gaz):
    text = ("Karima Jan and 16 other activists, among them seven women, were first held at a "
            "police station in Quetta on Saturday.")
    assert sorted((f[1], f[2]) for f in _figures(text, gaz)) == [(7, "detained"),
                                                                  (17, "detained")]


def test_a_meeting_held_at_a_club_detains_no_one(gaz):
    text = "The party held a press conference at the press club in Quetta with 20 members."
    assert not _figures(text, gaz)
