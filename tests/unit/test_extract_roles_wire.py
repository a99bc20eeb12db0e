"""Place roles in wire and newspaper prose that the corpus had not shown (issue 11): journeys
told with other verbs, a force named after its town, background after "amid a surge in", and
a road blocked as the scene itself. The texts are written for these tests."""

import pytest

from dashboard.dates import parse_date
from dashboard.extract.ingest import ingest_text


def _roles(text, gaz):
    r = ingest_text(text, published=parse_date("2024-11-06"), gazetteer=gaz)
    out: dict[str, set[str]] = {}
    for p in r.places + r.unresolved:
        out.setdefault(p["mention"], set()).add(p["role"])
    return out


@pytest.mark.parametrize("text, place", [
    ("Near Khuzdar, gunmen halted a coach heading from the provincial capital, Quetta, to Karachi "
     "and shot four passengers dead.", "Quetta"),
    ("Near Khuzdar, gunmen halted a coach heading from the provincial capital, Quetta, to Karachi "
     "and shot four passengers dead.", "Karachi"),
    ("Trucks travelling to and from Sindh were searched and two drivers were shot dead near "
     "Kohlu.", "Sindh"),
    ("Masked men stopped a bus near Barkhan and shot individuals from Sindh.", "Sindh"),
    ("Masked men stopped a bus near Barkhan and shot locals from Dera Ghazi Khan.",
     "Dera Ghazi Khan"),
    ("A convoy headed for Gwadar was ambushed near Pasni; three guards were killed.", "Gwadar"),
])
def test_the_ends_of_a_journey_are_context(gaz, text, place):
    assert _roles(text, gaz).get(place) == {"context"}


@pytest.mark.parametrize("text, place", [
    ("The activists were arrested by Turbat police while they distributed leaflets in Absar.",
     "Turbat"),
    ("According to Kharan police, two brothers were shot dead in a bazaar in Sar Kharan.",
     "Kharan"),
])
def test_a_force_named_after_its_town_is_context(gaz, text, place):
    assert _roles(text, gaz).get(place) == {"context"}


def test_a_police_station_named_after_its_town_is_a_scene(gaz):
    roles = _roles("Militants attacked the Turbat police station with grenades; two constables "
                   "were injured.", gaz)
    assert "incident" in roles["Turbat"]


@pytest.mark.parametrize("text, context, incident", [
    ("Two policemen were shot dead in Quetta on Monday amid a surge in attacks across the "
     "country, especially in Khyber Pakhtunkhwa and Punjab.", "Khyber Pakhtunkhwa", "Quetta"),
    ("The blast in Pishin comes amid a fresh wave of violence in Zhob and Loralai, where gunmen "
     "killed four officers last year.", "Zhob", "Pishin"),
])
def test_places_after_amid_a_surge_are_background(gaz, text, context, incident):
    roles = _roles(text, gaz)
    assert roles[context] == {"context"}
    assert "incident" in roles[incident]


@pytest.mark.parametrize("text", [
    "Armed men blocked the highway in the Rakhni area and offloaded passengers from three vans.",
    "Unknown men looted two shops in Rakhni on Sunday night.",
    "Unknown men set a coal company's bus on fire in Rakhni on Sunday night.",
])
def test_what_attackers_did_on_a_road_or_at_a_post_happened_there(gaz, text):
    assert "incident" in _roles(text, gaz)["Rakhni"]


@pytest.mark.parametrize("text, want", [
    ("Gunmen killed at least five passengers of a coach on Monday in Pakistan's Balochistan "
     "province, officials said.\nThe attackers stopped the coach on the highway in the Rakhni "
     "area and checked identity cards.", "Rakhni"),
    ("Four labourers were shot dead in Balochistan on Monday, police said. The gunmen opened fire "
     "on their camp near Gwadar.", "Gwadar"),
])
def test_a_lead_that_names_only_the_province_takes_the_spot_from_the_next_sentence(gaz, text,
                                                                                    want):
    r = ingest_text(text, published=parse_date("2024-11-06"), gazetteer=gaz)
    [claim] = [c for c in r.claims if c["figures"]]
    assert claim["place_names"] == [want]


def test_a_next_sentence_with_its_own_figures_lends_no_place(gaz):
    text = ("Four labourers were shot dead in Balochistan on Monday, police said.\nSeparately, two "
            "guards were injured near Gwadar, the Levies said.")
    r = ingest_text(text, published=parse_date("2024-11-06"), gazetteer=gaz)
    [claim] = [c for c in r.claims if any(f["count"] == 4 for f in c["figures"])]
    assert claim["place_names"] == ["Balochistan"]


@pytest.mark.parametrize("text, mention, district", [
    ("Two Levies men were killed in the Kanak area of Balochistan's Mastung district on Monday.",
     "Kanak", "Mastung"),
    ("A shepherd was killed by a landmine in the Dandar area of Pakistan's Sibi district.",
     "Dandar", "Sibi"),
])
def test_a_locality_of_the_provinces_district_lies_in_that_district(gaz, text, mention, district):
    r = ingest_text(text, published=parse_date("2024-11-06"), gazetteer=gaz)
    found = {p["mention"]: p["district"] for p in r.places}
    assert found.get(mention) == district
