"""The curated tehsils, localities and Quetta neighbourhoods (geodata/tehsils.csv,
geodata/localities.csv) as the built gazetteer resolves them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from shapely.geometry import Point, shape

from dashboard.gazetteer import (
    MAX_KM_FROM_DISTRICT,
    Gazetteer,
    distance_km,
    load_gazetteer,
    mention_key,
)

ROOT = Path(__file__).resolve().parents[2]
GEODATA = ROOT / "geodata"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    g, problems = load_gazetteer(GEODATA / "gazetteer.csv")
    assert problems == []
    return g


def _rows(name: str) -> list[dict[str, str]]:
    with (GEODATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


TEHSILS = _rows("tehsils.csv")
LOCALITIES = _rows("localities.csv")


def test_every_district_has_its_tehsils_and_each_resolves_there(gaz: Gazetteer) -> None:
    districts = {p.district for p in gaz.districts()}
    listed = {r["district"] for r in TEHSILS}
    # Lehri was denotified in 2018 (its tehsils are back in Sibi): every other district
    assert districts - listed == {"Lehri"}
    assert listed <= districts
    assert len(TEHSILS) >= 110
    for r in TEHSILS:
        res = gaz.resolve(r["name"], district_hint=r["district"])
        assert res.place is not None, r
        assert res.place.district == r["district"], (r, res.place)
        for alias in filter(None, r["aliases"].split("|")):
            got = gaz.resolve(alias, district_hint=r["district"]).place
            assert got is not None and got.district == r["district"], (alias, got)


def test_every_curated_locality_resolves_to_its_district(gaz: Gazetteer) -> None:
    assert len(LOCALITIES) >= 60
    for r in LOCALITIES:
        for mention in (r["name"], *filter(None, r["aliases"].split("|"))):
            res = gaz.resolve(mention)
            assert res.place is not None, (mention, res)
            assert res.place.district == r["district"], (mention, res.place)
            assert res.place.kind == r["kind"], (mention, res.place)


def test_every_curated_row_names_the_page_for_its_district() -> None:
    for r in TEHSILS + LOCALITIES:
        page = r["district_from"]
        assert "." in page and len(page) > 20, r  # a site or an article, not a bare word
    for r in LOCALITIES:
        if r["lat"] or r["lon"]:
            assert r["coord_source"] and r["coord_source_id"] and r["coord_licence"], r


@pytest.mark.parametrize(
    ("mention", "place_id"),
    [
        ("Mashkay", "mashkai"),
        ("Mashkai", "mashkai"),
        ("Banjegur", "panjgur"),
        ("Dera Bughti", "dera-bugti"),
        ("Khozdar", "khuzdar"),
        ("Kech", "kech-district"),
        ("Turbat", "turbat"),
        ("Jhal Jhao", "jhao"),
        ("Korak Jhao", "korak-jahoo"),
        ("Gishkore", "gishkaur"),
        ("Paroom", "parom"),
        ("Sur Kharan", "sar-kharan"),
        ("Shahrug", "shahrig"),
        ("Winder", "sonmiani"),
        ("Gaddani", "gadani"),
        ("Nokkundi", "nok-kundi"),
        ("Saryab Road", "sariab"),
        ("Bab-e-Dosti", "friendship-gate"),
        ("Gabd-Rimdan", "gabd"),
        ("Cheedgi", "chedgi"),
        ("Piru Kunri", "pehro-kunri"),
        ("Lak Pass", "lakpass"),
        ("Kund Malir", "kund-malir"),
        ("Rekodiq", "reko-diq"),
        ("Hazara Town", "hazara-town"),
        ("Satellite Town", "satellite-town"),
        ("Spinni Road", "spinny-road"),
        ("Qamardin", "qamar-din-karez"),
        ("Dhana Sar", "dahna-pass"),
        ("Loi Band", "loiband"),
        ("Jhaoo", "jhao"),
        ("Luk-Pass", "lakpass"),
        ("Jungle Piralizai", "jungle-pir-alizai"),
        ("Janatali", "janthali"),
        ("Peer Koh", "pir-koh"),
    ],
)
def test_spelling_variants_resolve_to_the_right_place(
    gaz: Gazetteer, mention: str, place_id: str
) -> None:
    res = gaz.resolve(mention)
    assert res.place is not None and res.place.id == place_id, res
    assert res.method in ("exact", "alias")


def test_names_two_places_share_are_picked_by_the_nearby_district(gaz: Gazetteer) -> None:
    # without a district nearby, the place reports mean most often
    assert gaz.resolve("Dasht").place.id == "dasht"  # type: ignore[union-attr]
    assert gaz.resolve("Khost").place.id == "khost"  # type: ignore[union-attr]
    # with one, the other place
    mastung = gaz.resolve("Dasht", district_hint="Mastung")
    assert mastung.place is not None and mastung.place.id == "dasht-mastung"
    assert mastung.method == "district_context"
    harnai = gaz.resolve("Khost", district_hint="Harnai District")
    assert harnai.place is not None and harnai.place.id == "khost-harnai"
    kech = gaz.resolve("Dasht", district_hint="Kech")
    assert kech.place is not None and kech.place.id == "dasht"
    # a hint for a third district changes nothing it cannot support
    assert gaz.resolve("Dasht", district_hint="Zhob").place.id == "dasht"  # type: ignore[union-attr]


def test_a_capitalised_town_is_part_of_the_name(gaz: Gazetteer) -> None:
    # "Hazara" is a people and "Shahbaz" a prime minister's name: neither is a neighbourhood
    assert mention_key("Hazara Town")[0] == "hazara town"
    assert mention_key("Awaran town")[0] == "awaran"
    for word in ("Hazara", "Shahbaz", "Satellite", "Jinnah"):
        res = gaz.resolve(word)
        assert res.place is None or res.place.kind != "neighbourhood", (word, res.place)
    # a town written with a capital T still finds the town
    res = gaz.resolve("Awaran Town")
    assert res.place is not None and res.place.id == "awaran"


def test_a_name_without_citable_coordinates_resolves_at_district_precision(
    gaz: Gazetteer,
) -> None:
    hoshab = gaz.resolve("Hoshab").place
    kech = gaz.get("kech-district")
    assert hoshab is not None and kech is not None
    assert hoshab.geo_precision == "district" and hoshab.district == "Kech"
    assert (hoshab.lat, hoshab.lon) == (kech.lat, kech.lon)  # the headquarters, nothing invented
    # Sherani's headquarters has no citable point: its villages resolve, with no point at all
    dirga = gaz.resolve("Ahmadi Dirga").place
    assert dirga is not None and dirga.district == "Sherani"
    assert dirga.geo_precision == "district" and dirga.lat is None and dirga.lon is None


def test_points_lie_in_balochistan_and_near_their_district(gaz: Gazetteer) -> None:
    data = json.loads((GEODATA / "outlines.geojson").read_text(encoding="utf-8"))
    province = next(shape(f["geometry"]) for f in data["features"]
                    if f["properties"]["name"] == "Balochistan")
    checked = 0
    for p in gaz.places.values():
        if p.province != "Balochistan" or p.kind == "province" or p.lat is None:
            continue
        assert province.contains(Point(p.lon, p.lat)), p
        district = gaz.district_place(p.district or "")
        assert district is not None, p
        if district.lat is not None and district.lon is not None and p.kind != "district":
            assert distance_km(p.lat, p.lon, district.lat, district.lon) <= MAX_KM_FROM_DISTRICT
        checked += 1
    assert checked >= 200


def _build_module():
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", GEODATA / "build_gazetteer.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_bad_curated_rows_are_reported_with_file_and_line(tmp_path: Path) -> None:
    build = _build_module()
    tehsils = tmp_path / "tehsils.csv"
    localities = tmp_path / "localities.csv"
    tehsils.write_text(
        ",".join(build.TEHSIL_COLUMNS) + "\n"
        "Kech,Hoshab,tehsil,Hoshap,some.page/kech,\n"          # line 2: fine
        "Kech,Nowhere,borough,,some.page/kech,\n"              # line 3: bad level
        "Kech,Nameless,tehsil,,,\n",                           # line 4: no page
        encoding="utf-8")
    localities.write_text(
        ",".join(build.LOCALITY_COLUMNS) + "\n"
        "Gabd,locality,Gwadar,,25.1,61.8,,,,some.page/gwadar,\n"   # line 2: point, no source
        "Kolpur,locality,Kachhi,,,,,,,some.page/kachhi,\n",        # line 3: fine
        encoding="utf-8")
    rows, errors = build.read_curated(tehsils, localities)
    assert [r.name for r in rows] == ["Hoshab", "Kolpur"]
    assert any(e.startswith("tehsils.csv:3:") and "borough" in e for e in errors)
    assert any(e.startswith("tehsils.csv:4:") and "district_from" in e for e in errors)
    assert any(e.startswith("localities.csv:2:") and "coord_source" in e for e in errors)
    assert len(errors) == 3


def test_the_summary_counts_what_the_csv_holds(gaz: Gazetteer) -> None:
    build = _build_module()
    text = build.summary(GEODATA / "gazetteer.csv")
    assert text.splitlines()[0].endswith(f"{len(gaz)} rows")
    tehsils = sum(1 for p in gaz.places.values() if p.kind == "tehsil")
    assert any(line.split()[:2] == ["tehsil", str(tehsils)] for line in text.splitlines())


@pytest.mark.parametrize(
    ("name", "district"),
    [
        # Nag is a valley of Washuk (the Rakhshan division's page), not of Kharan, which older
        # lists show because Washuk was split from it
        ("Nag", "Washuk"),
        ("Rojhan Jamali", "Jafarabad"),
        ("Jungle Pir Alizai", "Killa Abdullah"),
        ("Shahi Tump", "Kech"),
        ("Uch Power Plant", "Nasirabad"),
        ("Mill Colony", "Quetta"),
    ],
)
def test_localities_of_the_fifth_round_sit_in_their_cited_district(
    gaz: Gazetteer, name: str, district: str
) -> None:
    res = gaz.resolve(name)
    assert res.place is not None and res.place.district == district, res
    assert res.place.geo_precision == "district"  # no cited point: placed at the district


@pytest.mark.parametrize("mention, town", [
    ("Swat", "Mingora"), ("South Waziristan", "Wana"), ("North Waziristan", "Miran Shah"),
])
def test_a_district_outside_the_province_is_district_precision_at_its_headquarters(
        gaz, mention, town):
    # A whole district named in a report must not be drawn with a town's precision, even where
    # its only citable point is its headquarters town's.
    district, hq = gaz.resolve(mention).place, gaz.resolve(town).place
    assert (district.name, district.geo_precision) == (mention, "district")
    assert (hq.geo_precision, (hq.lat, hq.lon)) == ("point", (district.lat, district.lon))
    assert town in district.source


# Round 12 (issue 11): places reports name with their district, and the spellings the cited
# pages use. The texts are invented; each place must land in its cited district, not in the
# district the report's dateline or its nearest district name would give.
@pytest.mark.parametrize(
    ("text", "mention", "district"),
    [
        ("QUETTA: Gunmen halted a coach at Sur-Dakai on Tuesday night and took away four "
         "travellers, Levies officials said.", "Sur-Dakai", "Zhob"),
        ("QUETTA: Armed men overran the Levies checkpost at Gondsarin late on Friday and drove "
         "off with its rifles, officials said.", "Gondsarin", "Kech"),
        ("QUETTA: Two shepherds were hurt when a mine went off in the Toba Nohkani area on "
         "Sunday, a Levies officer said.", "Toba Nohkani", "Dera Bugti"),
        ("KHUZDAR: Security forces began a search in the Gidar area on Monday after a night "
         "of firing, residents said.", "Gidar", "Surab"),
        ("A grenade was thrown at a shop near Shah-i-Mardan on Wednesday; nobody was hurt, the "
         "police said.", "Shah-i-Mardan", "Kalat"),
        ("MASTUNG: Three coal miners were buried when a shaft caved in at Sorranj on Friday, "
         "the mines inspector said.", "Sorranj", "Quetta"),
        ("MASTUNG: A boy drowned in the Spinkariz dam on Sunday, rescue officials said.",
         "Spinkariz", "Quetta"),
        ("TURBAT: Troops cordoned off Nondara for a third day on Saturday, villagers said.",
         "Nondara", "Awaran"),
        ("TURBAT: A fishing boat was torched near Shadikor on Tuesday, fishermen said.",
         "Shadikor", "Gwadar"),
        ("QUETTA: Gunmen shot a shopkeeper dead in Greshag on Monday, the Levies said.",
         "Greshag", "Khuzdar"),
        ("QUETTA: A Levies pick-up struck a mine in the Jannat Wali area on Monday, killing one "
         "soldier, officials said.", "Jannat Wali", "Kohlu"),
        ("QUETTA: Two guards were hurt when gunmen fired on workers near Mangi Dam on Thursday, "
         "the Levies said.", "Mangi Dam", "Ziarat"),
        ("TURBAT: A man was picked up from his home in the Ronjan area on Friday, his family "
         "said.", "Ronjan", "Awaran"),
        # without its row the name came within fuzzy reach of Kech's Herronk
        ("QUETTA: A blast damaged the track near the Hirok bridge on Sunday, railway officials "
         "said.", "Hirok", "Kachhi"),
        ("ZHOB: Two men were shot dead at Tsappar Kili on Saturday, the Levies said.",
         "Tsappar Kili", "Sherani"),
        # round 24: a Quetta dateline put the forest at Quetta while it had no row
        ("QUETTA: Raiders burnt a contractor's camp in the Zarin Jungle area late on Tuesday, "
         "a Levies officer said.", "Zarin Jungle", "Nushki"),
    ],
)
def test_round_12_places_land_in_their_cited_district(
    gaz: Gazetteer, text: str, mention: str, district: str
) -> None:
    from tests.ingested import districts_of, ingest

    result = ingest(text, gaz)
    got = districts_of(result, mention)
    assert got and set(got) == {district}, (result.places, result.unresolved)


def test_a_hillock_word_makes_a_titled_name_a_place() -> None:
    # "Ghundi" (Pashto: mound) names villages; the title "Mian" before it must not refuse the
    # row, while a title before a man's name still does.
    build = _build_module()
    assert build.refusal("Mian Ghundi") == ""
    assert build.refusal("Sra Ghundai") == ""
    assert "man's name" in build.refusal("Mian Tariq")


def test_mian_ghundi_is_a_place_of_quetta_not_of_the_dateline(gaz: Gazetteer) -> None:
    from tests.ingested import ingest

    result = ingest("MASTUNG: Protesters closed the highway at Mian Ghundi for four hours on "
                    "Saturday, the police said.", gaz)
    got = [p for p in result.places if p["mention"] == "Mian Ghundi"]
    assert got and all(p["district"] == "Quetta" for p in got), result.places
