"""The province named as the ground of a state of affairs, and a province abroad whose name holds
"Balochistan" (issue 11, round 40). The texts are written for these tests."""

import pytest

from dashboard.dates import parse_date
from dashboard.extract.ingest import ingest_text
from dashboard.extract.places import is_health_facility


def _ingest(text, gaz):
    return ingest_text(text, published=parse_date("2025-03-12"), gazetteer=gaz)


def _roles(text, gaz):
    out: dict[str, set[str]] = {}
    r = _ingest(text, gaz)
    for p in r.places + r.unresolved:
        out.setdefault(p["mention"], set()).add(p["role"])
    return out


@pytest.mark.parametrize("text", [
    # a condition of the province, beside this report's act told at its own place
    "Two tailors were shot dead in Turbat on Monday, police said, as the unrest in Balochistan "
    "shows no sign of easing.",
    "Elders said the killing of three shepherds near Kohlu deepened the crisis in Balochistan.",
    "The group said forces had picked up two students in Panjgur, part of ongoing enforced "
    "disappearances across Balochistan.",
    "Four vaccinators were wounded in Chaman on Tuesday during a polio drive in Balochistan "
    "province.",
    # a line that says what something in the province is
    "Two brothers were abducted in Kharan last week. Disappearances in Balochistan are a wound "
    "that never closes, their sister told the rally.",
])
def test_the_province_as_the_ground_of_a_state_of_affairs_is_context(gaz, text):
    roles = _roles(text, gaz)
    assert roles.get("Balochistan", roles.get("Balochistan province")) == {"context"}


@pytest.mark.parametrize("text, place", [
    # the province as the address of the scene, or the place of a tally, stays the scene
    ("Five soldiers died in an ambush in Balochistan's Kech district on Friday, the military "
     "said.", "Balochistan"),
    ("The commission said enforced disappearances in Balochistan's Makran division went on in "
     "June, with 40 cases recorded.", "Balochistan"),
    ("Enforced disappearances in Balochistan rose again, the commission said: it "
     "recorded 52 cases in March.", "Balochistan"),
])
def test_the_province_as_an_address_or_a_tallys_place_stays_the_scene(gaz, text, place):
    assert "incident" in _roles(text, gaz).get(place, set())


@pytest.mark.parametrize("text, mention", [
    ("Jaish al-Adl, a group active mostly in Iran's Sistan and Balochistan province, said it had "
     "killed four guards near Taftan.", "Sistan and Balochistan"),
    ("Four guards were killed near Taftan, officials said; the attackers fled towards "
     "Sistan-Baluchestan.", "Sistan-Baluchestan"),
])
def test_irans_province_is_abroad_and_not_ours(gaz, text, mention):
    r = _ingest(text, gaz)
    found = {p["mention"]: p for p in r.places}
    assert found[mention]["role"] == "context"
    assert found[mention]["district"] is None
    assert found[mention]["place_id"] == "sistan-and-baluchestan"
    # its "Balochistan" is no mention of Pakistan's province
    assert not any(p["mention"].startswith("Balochistan") for p in r.places)


@pytest.mark.parametrize("text, place", [
    # a region that names a road
    ("Gunmen blocked the Makran Coastal Highway near Pasni on Tuesday night and torched two "
     "lorries.", "Makran"),
    # a division's office, written before its holder's name
    ("Two guards were killed in the attack, according to Kalat Division Commissioner Ali Raza.",
     "Kalat Division"),
    # the province that addresses the victims' home towns
    ("The bodies were those of four drivers from Sadiqabad and Bahawalpur in the Punjab "
     "province, police said after the killings near Kharan.", "Punjab"),
    # going into the province
    ("Officials warned that 15 suspects, among them would-be bombers, had entered Balochistan.",
     "Balochistan"),
    # where words were said
    ("In a speech delivered at Geneva, the activist said three men were picked up in Turbat.",
     "Geneva"),
    # a knock-on of the act, told with "halting"
    ("A roadside bomb damaged the railway track on Monday, officials said. The line was cut by "
     "the explosion, halting traffic between Quetta and the rest of the country, engineers said.",
     "Quetta"),
    # where a journey ended, and a measure taken after the act
    ("Six freed hostages arrived in Quetta by train on Thursday morning, after the siege near "
     "Mach ended.", "Quetta"),
    ("The group said it had bombed the fort near Gulistan; security across Chaman was tightened "
     "afterwards, police said.", "Chaman"),
    # money spent, a hospital where the injured were treated, people across the province
    ("The insurgents say the state takes the region's gas to finance spending in Punjab "
     "province; they killed two guards at Sui on Friday.", "Punjab"),
    ("The party called the killing in Khuzdar a blow to political activists across "
     "Balochistan.", "Balochistan"),
])
def test_a_road_name_an_office_a_home_a_movement_a_venue_or_a_knock_on_is_context(gaz, text,
                                                                                  place):
    assert _roles(text, gaz).get(place) == {"context"}


@pytest.mark.parametrize("place", ["Zhob", "Dera Ismail Khan", "Loralai", "Dera Ghazi Khan"])
def test_a_route_whose_far_end_has_several_words_gives_both_ends(gaz, place):
    text = ("Night travel was banned on the Zhob-Dera Ismail Khan Road and the Loralai-Dera Ghazi "
            "Khan Highway after the attack near Rakhni, officials said.")
    assert _roles(text, gaz).get(place) == {"context"}


def test_a_district_health_headquarters_is_a_hospital():
    # where the wounded are treated, as any hospital named alone (role_of)
    assert is_health_facility("District Health Headquarters")
    assert not is_health_facility("FC Headquarters")
