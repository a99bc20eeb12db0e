"""The clause reader (figures.clause_figures): a figure told by the shape of its clause, a
counted phrase of people as the subject or the object of an act, on texts written for these
tests (never a real report's sentences). Also the place rules added with it (round 27).
"""

import pytest

from dashboard.extract.figures import clause_figures, find_figures
from tests.ingested import districts_of, figures_of, ingest, roles_of


def _read(text: str) -> list[tuple[str, int | None, str]]:
    return [(f.raw, f.count, f.category) for f in clause_figures(text, 0, len(text), [])]


def _counted(text: str) -> list[tuple[int | None, str]]:
    return [(f.count, f.category) for f in find_figures(text, 0, len(text))]


@pytest.mark.parametrize("text, want", [
    # a list of phrases shares its verb: each phrase is its own figure
    ("Eleven customs officials and a driver were hurt when the bomb went off in Mand.",
     [("Eleven customs officials", 11, "injured"), ("a driver", 1, "injured")]),
    # a participle phrase between the subject and its act
    ("On Friday, 23 workers belonging to the mining union suffered injuries near Duki.",
     [("23 workers", 23, "injured")]),
    # the object of an act: freed, taken into custody, left wounded, the loss of
    ("The raiders had come to free four under-trial prisoners held at the Levies post.",
     [("four under-trial prisoners", 4, "released")]),
    ("Police have taken eight suspects into custody after the raid in Sariab.",
     [("eight suspects", 8, "arrested")]),
    ("A second device went off and left another constable wounded.",
     [("another constable", 1, "injured")]),
    ("The group admitted the loss of three fighters in the clash near Kahan.",
     [("three fighters", 3, "killed")]),
    # an act counted as a noun after a verb of result
    ("The blast targeted a patrol, causing one fatality and two serious injuries.",
     [("one fatality", 1, "killed"), ("two serious injuries", 2, "injured")]),
    # one person named by whose relative, or by a possessive
    ("On Monday, the nephew of a retired judge was shot dead in Kharan.",
     [("the nephew of a retired judge", 1, "killed")]),
    ("A shopkeeper's brother was wounded and another injured in the firing at Hub.",
     [("A shopkeeper's brother", 1, "injured"), ("another", 1, "injured")]),
    # a name, a title before it, and "his son": the people it names
    ("Tehsildar Karim Dad Marri and his son were kidnapped by gunmen on Sunday.",
     [("Tehsildar Karim Dad Marri and his son", 2, "abducted")]),
    ("Raheem Bakhsh and Noor Jan were allegedly picked up from their homes in Dasht.",
     [("Raheem Bakhsh and Noor Jan", 2, "abducted")]),
    # "the other" after an apposition in commas
    ("One raider, Sabir, was killed, while the other, Jameel, was badly hurt.",
     [("One raider", 1, "killed"), ("the other", 1, "injured")]),
    # the act falls on whom the fire was aimed at
    ("Gunmen opened fire on a trader, identified as Saleem, killing him near the bazaar.",
     [("a trader", 1, "killed")]),
    # people counted one by one are one figure of them all
    ("In the exchange of fire, a constable and a prisoner were also killed, police said.",
     [("a constable and a prisoner", 2, "killed")]),
    # hurt before, dead now: the main verb tells the act
    ("Five more people wounded in the Dhadar blast succumbed to their wounds on Monday.",
     [("Five more people", 5, "killed")]),
    # a name after words that say who the person is
    ("Days later, Baloch activist Nadeem Jan allegedly went missing from Turbat.",
     [("Nadeem Jan", 1, "disappeared")]),
    # a relative clause tells a second act of the same people
    ("Nazeer Ahmed and his cousin, who were abducted last month, have been found dead.",
     [("Nazeer Ahmed and his cousin", 2, "killed"),
      ("Nazeer Ahmed and his cousin", 2, "abducted")]),
])
def test_a_clause_tells_its_figures(text, want):
    got, counted = _read(text), _counted(text)
    for w in want:
        assert w in got, (w, got)
        if w[0] != "Five more people":  # (the phrase rules read "wounded" there first)
            assert w[1:] in counted, (w, counted)  # and the figures of the sentence have it


@pytest.mark.parametrize("text, bad", [
    # the speaker of a sentence is no victim
    ("Gunmen killed three passengers on the highway, a Levies official said.", "official"),
    # a phrase that describes the one before it is no new person
    ("The attack killed two travellers, a teacher and his nephew, near Nal.", "teacher"),
    # denied
    ("Not a single soldier was hurt in the attack, the spokesman said.", "soldier"),
    # an act a protest recalls
    ("The marchers demanded justice for the killing of a student in Kech.", "student"),
    # an agent, active voice
    ("Four militants killed a guard at the gate of the Levies post.", "militants"),
    ("Last year a bomb at the Kohat Police Lines had killed 31 people.", "Lines"),
    # a count of things, and a plural noun before the people
    ("The camp holds more than thirty cells where people were kept, the group said.", "cells"),
    # a body by name is no person
    ("Members of the Union Council were injured in the blast.", "Council"),
    # a name inside a phrase that opens no clause
    ("The guards of elder Sardar Khan were shot dead.", "Sardar"),
])
def test_what_the_clause_reader_does_not_count(text, bad):
    extra = clause_figures(text, 0, len(text), [])
    assert not any(bad in f.raw for f in extra), [f.raw for f in extra]


def test_the_reader_never_reads_a_phrase_another_rule_counted():
    text = "Nine soldiers and a porter were injured in the blast at Kohlu."
    first = clause_figures(text, 0, len(text), [])
    taken = [(f.start, f.end) for f in first if f.raw.startswith("Nine")]
    again = clause_figures(text, 0, len(text), taken)
    assert not any(f.raw.startswith("Nine") for f in again)
    assert any(f.raw == "a porter" for f in again)


def test_a_place_in_a_title_before_a_name_stays_context(gaz):
    r = ingest("QUETTA: Gunmen shot dead Kharan Assistant Commissioner Naveed Akhtar on the "
               "highway near Mastung on Tuesday, police said.", gaz)
    assert ("Kharan Assistant Commissioner Naveed Akhtar", "killed") in figures_of(r)
    assert roles_of(r).get("Kharan") == {"context"}


@pytest.mark.parametrize("text, place", [
    # a home told at second hand
    ("GWADAR: Six fishermen said to be from Sindh were hurt in a blast at Jiwani on Monday.",
     "Sindh"),
    # the way the victims were going
    ("Two men were shot dead in Tump on Friday while travelling towards Turbat.", "Turbat"),
    # where an official reacted
    ("Three labourers were killed in Tump on Friday. In Islamabad, Interior Minister Ali Raza "
     "condemned the attack.", "Islamabad"),
    # a gathering the victims were on their way to
    ("Nine activists were hurt in Kech on Sunday while heading to join a rally in Turbat.",
     "Turbat"),
    # a run of attacks this one follows
    ("Two soldiers were killed in Tump on Friday. The attack follows a series of deadly raids "
     "across Kech and Panjgur.", "Panjgur"),
    # a protest's venue, the report leading with the protest and no one hurt or held at it
    ("KALAT: Families staged sit-ins in Surab and Kalat on Monday. In Surab, relatives blocked "
     "the highway to protest the enforced disappearances of two shopkeepers.", "Surab"),
    # the two ends of a stretch, named with their kind
    ("Four soldiers were killed in Mand on Monday when a bomb hit a vehicle moving between "
     "tehsil Tump and Mand.", "Tump"),
    # the province as the ground of a pattern the sentence frames
    ("Two men were shot dead in Tump on Friday. The group called the killing part of a "
     "systematic campaign against activists in Balochistan.", "Balochistan"),
    ("Two men were shot dead in Tump on Friday. Rights groups have long documented abductions "
     "and killings in Balochistan.", "Balochistan"),
    # addresses on identity cards
    ("Gunmen took away five travellers at Kalat on Monday after finding Punjab addresses on "
     "their identity cards.", "Punjab"),
])
def test_round_27_context_places(gaz, text, place):
    assert roles_of(ingest(text, gaz)).get(place) == {"context"}


def test_a_hospitals_count_of_its_dead_leaves_it_context(gaz):
    r = ingest("QUETTA: A blast killed 20 people in Quetta on Friday. A health official said "
               "14 deaths were reported in the Sandeman Provincial Hospital, six in the trauma "
               "centre.", gaz)
    assert roles_of(r).get("Sandeman Provincial Hospital") == {"context"}


def test_a_protest_broken_up_in_the_lead_keeps_its_venue_the_scene(gaz):
    # ANNOTATION.md, round 25: where the protest itself was dispersed or its people detained,
    # the venue is the incident's, though a later sentence tells the protest alone
    r = ingest("QUETTA: Police detained 30 protesters and fired tear gas when they broke up a "
               "sit-in on Sariab Road on Friday. The sit-in, near the Shahwani Stadium, had "
               "entered its third day.", gaz)
    assert "incident" in roles_of(r).get("Shahwani Stadium", {"incident"})


def test_an_unknown_route_end_takes_the_one_district_of_its_sentence(gaz):
    r = ingest("QUETTA: A roadside bomb hit a bus taking miners from the Kalli Dostan coal field "
               "to the weekly market in Harnai district on Friday, killing four.", gaz)
    assert districts_of(r, "Kalli Dostan") == ["Harnai"], r.places


@pytest.mark.parametrize("text, present, absent", [
    # one person's wounds are no count of people
    ("Constable Amir received multiple injuries and died on the way to hospital, police said.",
     None, (None, "injured")),
    ("The driver sustained two bullet wounds in the firing near Kalat.", None, (2, "injured")),
    # a hospital that received bodies counts the dead
    ("A doctor said the hospital had received six bodies on Sunday.", (6, "killed"), None),
])
def test_wounds_received_count_no_one(text, present, absent):
    counted = [(f.count, f.category) for f in find_figures(text, 0, len(text))]
    assert present is None or present in counted, counted
    assert absent is None or absent not in counted, counted


def test_a_figure_the_clause_reader_found_says_so_to_the_reviewer(gaz):
    from dashboard.extract.confidence import CLAUSE_READ
    r = ingest("KECH: Though the convoy's driver escaped, seven security officials and a porter "
               "were hurt in a blast near Tump on Monday.", gaz)
    judged = [c["confidence"]["figures"] for c in r.claims if c["figures"]]
    assert judged and judged[0]["family"] == CLAUSE_READ and judged[0]["level"] == "low"
    assert "read from its clause" in judged[0]["cue"]


def test_an_unknown_home_in_the_same_sentence_takes_no_district(gaz):
    # round 11 still holds within the sentence: a home may lie anywhere
    r = ingest("ZHOB: Captain Karim, 31, from Warchoom Kalay, was killed in an attack near "
               "Sambaza on Friday, officials said.", gaz)
    assert districts_of(r, "Warchoom Kalay") in ([], [None]), r.places
