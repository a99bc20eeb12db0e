
from dashboard.dates import parse_date
from dashboard.extract.ingest import ingest_text


def _ingest(text, gaz, published="2025-06-14"):
    return ingest_text(text, published=parse_date(published), gazetteer=gaz)


def test_unknown_locality_resolved_to_its_district(gaz):
    # an invented village the gazetteer lacks (Nasl, the earlier example, is a row since round 11)
    r = _ingest("Three labourers were shot dead in the Sheenbel area of Khuzdar district on "
                "Thursday, Levies officials said.", gaz)
    nasl = [p for p in r.places if p["mention"] == "Sheenbel"]
    assert nasl and nasl[0]["place_id"] == "khuzdar-district"
    assert nasl[0]["district"] == "Khuzdar" and nasl[0]["geo_precision"] == "district"


def test_known_locality_with_district(gaz):
    r = _ingest("Two shopkeepers were picked up from Mashkay area of Awaran District.", gaz)
    m = [p for p in r.places if p["mention"] == "Mashkay"]
    assert m and m[0]["place_id"] == "mashkai" and m[0]["district"] == "Awaran"


def test_spelling_variants(gaz):
    r = _ingest("Blasts hit Noshki, Musakhail, Hub Chowki, Turbat, Pasni and Ormara, while a "
                "train was attacked in Bolan.", gaz)
    got = {p["mention"]: p["district"] for p in r.places}
    assert got["Noshki"] == "Nushki" and got["Musakhail"] == "Musakhel"
    assert got["Hub Chowki"] == "Hub" and got["Turbat"] == "Kech"
    assert got["Pasni"] == "Gwadar" and got["Ormara"] == "Gwadar" and got["Bolan"] == "Kachhi"


def test_home_town_and_route_ends_are_context(gaz):
    r = _ingest("Gunmen killed two passengers near Kalat. The victims, residents of Dera Ghazi "
                "Khan district, were travelling en route from Quetta to Peshawar.", gaz)
    roles = {p["mention"].split(" district")[0]: p["role"] for p in r.places}
    assert roles["Kalat"] == "incident"
    assert roles["Dera Ghazi Khan"] == "context"
    assert roles["Quetta"] == "context" and roles["Peshawar"] == "context"
    for claim in r.claims:
        assert "quetta" not in claim["places"] and "peshawar" not in claim["places"]


def test_unknown_place_is_reported_not_dropped(gaz):
    r = _ingest("Security forces killed several militants in raids in Sheban and Banjegur.", gaz)
    assert [u["mention"] for u in r.unresolved] == ["Sheban"]
    assert r.unresolved[0]["suggestions"]
    assert any(p["place_id"] == "panjgur" for p in r.places)


def test_text_with_no_places(gaz):
    r = _ingest("The committee will meet again next month to discuss the budget.", gaz)
    assert r.places == [] and r.unresolved == [] and r.claims == []
