"""Officials named once with their office and then by surname (issue 11). Real reports write
"Deputy Commissioner Kaleem Kakar said ..." and, paragraphs later, "Kakar said ...": the second
statement is the deputy commissioner's, not the outlet's. The texts are written for these
tests."""

import pytest

from dashboard.dates import parse_date
from dashboard.extract.attribution import holders_by_surname, load_register, mentions
from dashboard.extract.ingest import ingest_text


def _claimants(text, gaz):
    r = ingest_text(text, published=parse_date("2024-11-06"), gazetteer=gaz, outlet="Daily Example")
    return {(f["count"], f["category"]): (c["claimant"], c["source_type"])
            for c in r.claims for f in c["figures"]}


@pytest.mark.parametrize("text, figure, claimant", [
    ("Two shopkeepers were shot dead in Kharan on Monday, Deputy Commissioner (DC) Naveed Jamali "
     "told reporters.\nRelatives staged a sit-in on the main road.\nLater, Jamali said that "
     "three more people had been injured.", (3, "injured"), "balochistan-government"),
    ("Senior Superintendent of Police (SSP) Rahim Durrani said the attack began at dawn.\nThe "
     "militants fled towards the hills.\nDurrani clarified that four constables had been "
     "wounded, not six.", (4, "injured"), "police"),
    ("District Health Officer Dr Nasreen Magsi received the wounded at the hospital in Dera "
     "Murad Jamali.\nThe blast damaged a dozen shops.\nAccording to Magsi, seven of the injured "
     "were children and 11 people had been hurt in all.", (11, "injured"), "hospital-officials"),
])
def test_a_surname_speaks_for_the_office_that_named_it(gaz, text, figure, claimant):
    assert _claimants(text, gaz)[figure][0] == claimant


def test_a_surname_that_does_not_speak_is_left_alone():
    text = ("Assistant Commissioner Tariq Lehri visited the site. Two men were killed near the "
            "Lehri bypass on Monday.")
    names = mentions(text, 0, len(text), load_register())
    assert [text[s:e] for s, e, _ in holders_by_surname(text, names)] == ["Tariq Lehri"]


def test_a_holders_surname_is_no_place(gaz):
    r = ingest_text("Two men were shot dead in Nushki, SHO Javed Lehri said on Monday.",
                    published=parse_date("2024-11-06"), gazetteer=gaz)
    assert [p["mention"] for p in r.places] == ["Nushki"]


@pytest.mark.parametrize("text", [
    "The SSP Operations Quetta briefed the media. Quetta said nothing more.",
    "Deputy Commissioner Khuzdar told reporters that Khuzdar said it first.",
])
def test_an_office_followed_by_a_place_names_no_holder(text):
    names = mentions(text, 0, len(text), load_register())
    assert holders_by_surname(text, names) == []


@pytest.mark.parametrize("opening", ["In a separate incident,", "Separately,", "Elsewhere,"])
def test_another_incident_in_the_paragraph_is_not_the_speakers(gaz, opening):
    text = (f"The BLF said its fighters killed three soldiers in Kolwah on Sunday. {opening} "
            "gunmen shot dead two shopkeepers in Turbat on Monday.")
    got = _claimants(text, gaz)
    assert got[3, "killed"][0] == "blf"
    assert got[2, "killed"] == ("daily-example", "media")


@pytest.mark.parametrize("headline, want", [
    ("Three miners shot dead in Harnai: police", "police"),
    ("Three miners shot dead in Harnai: Levies", "police"),
    ("Three miners shot dead in Harnai, says deputy commissioner", "daily-example"),
    ("Three miners shot dead in Harnai", "daily-example"),
])
def test_a_headline_naming_its_source_credits_the_lead(gaz, headline, want):
    text = (f"{headline}\nStaff Reporter Published November 5, 2024\nThree coal miners were "
            "shot dead at their quarters in Harnai on Monday night.\nThe attackers fled into the "
            "hills.\nA mine owner said two more workers had been injured in another shooting a "
            "week earlier.")
    got = _claimants(text, gaz)
    assert got[3, "killed"][0] == want
    assert got[2, "injured"][0] != want or want == "daily-example"


@pytest.mark.parametrize("text, figure, claimant", [
    ("Gunmen torched three trucks near Surab on Tuesday.\nFarid Lango, a spokesman for the "
     "provincial government, told a radio station that the attackers had fled.\nTraders "
     "closed their shops in protest, and the highway stayed shut until evening.\nTwo drivers "
     "were killed in the firing, Lango said.", (2, "killed"), "balochistan-government"),
    ("Nasir Jamaldini, the Kharan deputy commissioner, visited the injured at the hospital.\n"
     "Shops stayed shut in the bazaar.\nJamaldini said five labourers had been wounded.",
     (5, "injured"), "balochistan-government"),
])
def test_a_holder_named_before_the_office_speaks_for_it_by_surname(gaz, text, figure, claimant):
    assert _claimants(text, gaz)[figure][0] == claimant


@pytest.mark.parametrize("text", [
    # a man whose apposition names no office, only a place near one
    "Gul Nawaz, a shopkeeper near the police station, heard the shots. Nawaz said two fled.",
    # a place before the comma, and a new clause after it, not an apposition
    "Nine militants died in raids across Khyber Pakhtunkhwa, the ISPR stated late on Friday, "
    "adding more.",
])
def test_no_holder_without_an_office_in_apposition(text):
    names = mentions(text, 0, len(text), load_register())
    assert holders_by_surname(text, names) == []
