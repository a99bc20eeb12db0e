"""Union councils and villages from the NDMA list, and the names the build refuses.

A curated name is matched wherever a report writes it capitalised, so breadth must not turn
ordinary words, given names or clan names into places. These tests use sentences written for
the project (no published report's words).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from dashboard.gazetteer import Gazetteer
from tests.ingested import ingest

GEODATA = Path(__file__).resolve().parents[2] / "geodata"


def _build_module():
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", GEODATA / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("name", "district"), [
    ("Kanak", "Mastung"), ("Kawas", "Ziarat"), ("Anjeera", "Surab"), ("Baleli", "Quetta"),
    ("Pedrak", "Kech"), ("Old Chaman", "Chaman"), ("Gazgi", "Khuzdar"), ("Toisar", "Musakhel"),
    ("Baiker", "Dera Bugti"), ("Raskoh", "Kharan"), ("Kot Raisani", "Kachhi"),
    ("Baroot", "Hub"), ("Plantak", "Washuk"), ("Kapeep", "Sherani"),
])
def test_union_councils_resolve_to_their_district(gaz: Gazetteer, name: str,
                                                  district: str) -> None:
    res = gaz.resolve(name)
    assert res.place is not None and res.place.district == district, res
    assert res.method in ("exact", "alias") and res.place.geo_precision == "district"


@pytest.mark.parametrize(("mention", "place_id"), [
    ("Baloor", "balor"), ("Spazend", "dasht-mastung"), ("Gozg", "gazg"),
    ("Phellawagh", "phelawagh"), ("Dahanasar", "dahna-pass"), ("Aabgum", "ab-e-gum"),
    ("Rashoh", "raskoh"),
])
def test_the_lists_spellings_are_aliases_of_the_known_row(gaz: Gazetteer, mention: str,
                                                          place_id: str) -> None:
    res = gaz.resolve(mention)
    assert res.place is not None and res.place.id == place_id, res
    assert res.method in ("exact", "alias")


@pytest.mark.parametrize("word", ["Drug", "Mengal", "Jamaldini", "Loop", "Karbala", "Tareen"])
def test_a_refused_name_is_no_place(gaz: Gazetteer, word: str) -> None:
    res = gaz.resolve(word)
    assert res.place is None or res.method not in ("exact", "alias"), res


def test_a_sentence_opening_with_a_refused_word_names_no_place(gaz: Gazetteer) -> None:
    # "Drug" was an alias of Musakhel's Darg tehsil: every sentence opening with it went there
    r = ingest("Drug smugglers fled when Levies reached Kohlu on Sunday, an official said. "
               "Mengal told reporters that Tareen had left.", gaz)
    districts = {p.get("district") for p in r.places}
    assert "Musakhel" not in districts and "Nushki" not in districts
    assert {p["mention"] for p in r.places} == {"Kohlu"}


@pytest.mark.parametrize(("name", "refused"), [
    ("Haji Ghaibi", True),        # a title opens it: a man
    ("Behram Khan", True),        # a name word ends it
    ("Thana Sona Khan", False),   # a place word says it is a place
    ("Shahdadzai", True),         # a clan name
    ("Hud", True),                # too short
    ("Kot Raisani", False),
    ("Drug", True),
])
def test_the_refusal_rules(name: str, refused: bool) -> None:
    assert bool(_build_module().refusal(name)) is refused


def test_a_tehsil_keeps_its_official_name_but_not_a_listed_word() -> None:
    build = _build_module()
    assert build.refusal("Usta Muhammad", tehsil=True) == ""
    assert build.refusal("Hurramzai", tehsil=True) == ""
    assert "English" in build.refusal("Drug", tehsil=True)


def test_the_build_refuses_a_curated_row_naming_file_line_and_reason(tmp_path: Path) -> None:
    build = _build_module()
    tehsils = tmp_path / "tehsils.csv"
    localities = tmp_path / "localities.csv"
    tehsils.write_text(",".join(build.TEHSIL_COLUMNS) + "\n"
                       "Musakhel,Darg,tehsil,Durg|Drug,some.page/musakhel,\n",
                       encoding="utf-8")
    localities.write_text(
        ",".join(build.LOCALITY_COLUMNS) + "\n"
        "Kolpur,locality,Kachhi,,,,,,,some.page/kachhi,\n"           # line 2: fine
        "Mengal,locality,Nushki,,,,,,,some.page/nushki,\n"           # line 3: a surname
        "Haji Ghaibi,neighbourhood,Quetta,,,,,,,some.page/quetta,\n",  # line 4: a man
        encoding="utf-8")
    rows, errors = build.read_curated(tehsils, localities)
    assert [r.name for r in rows] == ["Kolpur"]
    assert any(e.startswith("tehsils.csv:2: 'Drug' is refused") for e in errors), errors
    assert any(e.startswith("localities.csv:3: 'Mengal'") and "surname" in e for e in errors)
    assert any(e.startswith("localities.csv:4: 'Haji Ghaibi'") and "man's name" in e
               for e in errors)
    assert len(errors) == 3


def test_the_committed_curated_rows_pass_the_refusal_rules() -> None:
    _, errors = _build_module().read_curated()
    assert [e for e in errors if "refused" in e] == []


@pytest.mark.parametrize(("mention", "district"), [
    ("Sandeman Provincial Hospital", "Quetta"), ("Provincial Sandeman Hospital", "Quetta"),
    ("CMH Quetta", "Quetta"), ("Kech Teaching Hospital", "Kech"),
    ("Shaheed Nawab Ghous Bakhsh Memorial Hospital", "Mastung"), ("DHQ Surab", "Surab"),
    ("GDA Pak-China Friendship Hospital", "Gwadar"), ("DHQ Hospital Chaman", "Chaman"),
])
def test_a_hospital_named_with_its_town_is_one_place(gaz: Gazetteer, mention: str,
                                                     district: str) -> None:
    res = gaz.resolve(mention)
    assert res.place is not None and res.place.district == district, res
    assert res.place.kind == "locality" and res.method in ("exact", "alias")


@pytest.mark.parametrize("generic", ["Trauma Centre", "CMH", "Civil Hospital"])
def test_a_hospital_without_its_town_is_not_guessed(gaz: Gazetteer, generic: str) -> None:
    res = gaz.resolve(generic)
    assert res.place is None or res.method not in ("exact", "alias"), res


def test_the_hospital_the_wounded_reach_is_context_and_keeps_its_district(
        gaz: Gazetteer) -> None:
    # invented: the scene is a Kech village, the hospital a Turbat one named whole
    r = ingest("Gunmen shot two drivers near Pedrak on Sunday, Levies said. The wounded were "
               "moved to the Kech Teaching Hospital.", gaz)
    got = {p["mention"]: (p.get("district"), p["role"]) for p in r.places}
    assert got["Pedrak"] == ("Kech", "incident")
    assert got["Kech Teaching Hospital"] == ("Kech", "context")


@pytest.mark.parametrize(("mention", "district"), [
    ("Chaghi", "Chagai"), ("Mustung", "Mastung"), ("Machh", "Kachhi"),
    ("Dalbadin", "Chagai"), ("Manjhipur", "Sohbatpur"), ("Faridabad", "Sohbatpur"),
    ("Piralabad", "Usta Muhammad"), ("Saifabad", "Jhal Magsi"), ("Panjuk", "Jhal Magsi"),
])
def test_district_spellings_and_the_thin_districts_places(gaz: Gazetteer, mention: str,
                                                          district: str) -> None:
    res = gaz.resolve(mention)
    assert res.place is not None and res.place.district == district, res
    assert res.method in ("exact", "alias")


@pytest.mark.parametrize(("mention", "district"), [
    ("Buzi Top", "Gwadar"), ("Hud Goth", "Gwadar"), ("New Bahman", "Kech"),
    ("Gharibabad", "Nushki"), ("Tejaban", "Kech"), ("Sultan Shaheed Chowk", "Mastung"),
])
def test_spots_the_news_names_with_their_district(gaz: Gazetteer, mention: str,
                                                  district: str) -> None:
    res = gaz.resolve(mention)
    assert res.place is not None and res.place.district == district, res
    assert res.place.geo_precision == "district"  # no cited point: never drawn as a town


def test_a_highway_pass_named_in_a_sentence_is_the_scene(gaz: Gazetteer) -> None:
    # invented: a coach stopped on the coastal highway at a named pass
    r = ingest("Armed men stopped two coaches at Buzi Top on Tuesday night and took away "
               "four passengers, Levies officials said.", gaz)
    got = {p["mention"]: (p.get("district"), p["role"]) for p in r.places}
    assert got["Buzi Top"] == ("Gwadar", "incident")


@pytest.mark.parametrize("name", ["Mehnaz"])
def test_a_name_near_a_row_is_not_taken_for_it(gaz: Gazetteer, name: str) -> None:
    # Mehnaz is a woman's name one letter from the refused union council Mehaz
    res = gaz.resolve(name)
    assert res.place is None or res.place.district not in ("Kalat", "Kech"), res


def test_qalat_is_kalats_alias(gaz: Gazetteer) -> None:
    # Kalat's spelling in the province's papers (geodata/SOURCES.md, round 28); Zabul's capital
    # of the same name is left to the extraction (places._ZABUL)
    res = gaz.resolve("Qalat")
    assert res.place is not None and res.place.district == "Kalat", res


@pytest.mark.parametrize("name", ["Trauma Centre Quetta", "Combined Military Hospital Quetta",
                                  "Civil Sandeman Hospital"])
def test_a_name_close_to_an_institution_every_town_has_is_refused(name: str) -> None:
    assert "every town has" in _build_module().refusal(name)


def test_a_military_hospital_in_another_town_is_not_put_in_the_dateline_district(
        gaz: Gazetteer) -> None:
    # invented: the dateline is a Chagai town, the hospital a Quetta one named without its town
    r = ingest("DALBANDIN: Two Levies men were wounded in a blast near Padag on Sunday, "
               "officials said. They were later flown to the Combined Military Hospital in "
               "Quetta.", gaz)
    assert not [p for p in r.places
                if "Military" in p["mention"] and p.get("district") == "Chagai"]


def test_compare_places_lists_the_outputs_a_gazetteer_change_makes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("compare_places",
                                                  GEODATA / "compare_places.py")
    assert spec is not None and spec.loader is not None
    compare = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(compare)
    corpus = tmp_path / "one.yaml"
    corpus.write_text(
        "reports:\n- id: t1\n  published: 2025-10-20\n  text: >-\n"
        "    Gunmen killed a shopkeeper in Kanak on Sunday, Levies officials said.\n",
        encoding="utf-8")
    new = GEODATA / "gazetteer.csv"
    lines = new.read_text(encoding="utf-8").splitlines(keepends=True)
    old = tmp_path / "old.csv"
    old.write_text("".join(x for x in lines if not x.startswith("kanak,")), encoding="utf-8")
    before, after = compare.outputs(old, [corpus]), compare.outputs(new, [corpus])
    assert ("t1", "Kanak", "kanak", "Mastung", "incident") in after - before
    assert {x for x in after if x[1] == "FIG"} == {x for x in before if x[1] == "FIG"}
