"""Round 14 (issue 11): one transliteration normalisation for names spelt by ear.

Every example text here is invented for the test."""

from __future__ import annotations

import pytest

from dashboard.gazetteer import Gazetteer, load_gazetteer, sound_key
from tests.ingested import districts_of, ingest
from tests.unit.test_gazetteer_curated import _build_module


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    g, problems = load_gazetteer()
    assert not [p for p in problems if p.severity == "error"]
    return g


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ketch", "Kech"),            # tch / ch
        ("Jeewani", "Jiwani"),        # ee / i
        ("Hoshaab", "Hoshab"),        # aa / a
        ("Booleda", "Buleda"),        # oo / u
        ("Zammuran", "Zamuran"),      # a doubled consonant
        ("Jhal Magsi", "Jal Magsi"),  # an aspirating h
        ("Shahdadkot", "Shadadkot"),  # a silent h before a consonant
        ("Mashkay", "Mashkai"),       # a final ay / ai
    ],
)
def test_spelling_variants_fold_to_one_key(one: str, other: str) -> None:
    assert sound_key(one, 5) == sound_key(other) != ""


@pytest.mark.parametrize(("one", "other"), [("Khuzdar", "Kuzdar"), ("Panjgur", "Punjgur"),
                                            ("Turbat", "Turbet")])
def test_distinct_letters_stay_distinct(one: str, other: str) -> None:
    # kh is its own sound, and vowels other than doubled ones are not guessed at
    assert sound_key(one) != sound_key(other)


def test_a_doubled_letter_resolves_as_a_spelling(gaz: Gazetteer) -> None:
    res = gaz.resolve("Quettaa")
    assert res.method == "spelling" and res.place is not None and res.place.id == "quetta"
    res = gaz.resolve("Quettaa District")
    assert res.place is not None and res.place.id == "quetta-district"


def test_short_names_are_never_folded() -> None:
    # a four-letter word is too often a given name: "Sani" must not become Sanni
    assert sound_key("Sani", 5) == ""


@pytest.mark.parametrize(
    ("text", "mention", "district"),
    [
        ("QUETTA: Hoshaab residents blocked the main road for six hours on Sunday, protesting "
         "power cuts.", "Hoshaab", "Kech"),
        ("QUETTA: Three labourers were shot dead in Ketch on Sunday, the Levies said.",
         "Ketch", "Kech"),
        ("The port town of Jeewani saw a shutter-down strike on Sunday, traders said.",
         "Jeewani", "Gwadar"),
    ],
)
def test_a_variant_spelling_is_found_in_its_district(
    gaz: Gazetteer, text: str, mention: str, district: str
) -> None:
    result = ingest(text, gaz)
    got = districts_of(result, mention)
    assert got and set(got) == {district}, (result.places, result.unresolved)


def test_a_given_name_is_not_folded_into_a_place(gaz: Gazetteer) -> None:
    result = ingest("QUETTA: Constable Sani Rahim was wounded in the attack on Sunday, the "
                    "police said.", gaz)
    assert not [p for p in result.places + result.unresolved if "Sani" in p["mention"]]


def test_the_build_refuses_two_districts_spellings_that_fold_together() -> None:
    build = _build_module()

    def row(rid: str, name: str, district: str, note: str = "") -> object:
        return build.Row(rid, name, "locality", "district", 26.0, 63.0, district,
                         "Balochistan", "PK", (), "test", "1", "CC BY 4.0", note)

    errors = build.sound_collisions([row("peerabad", "Peerabad", "Kech"),
                                     row("pirabad", "Pirabad", "Kalat")])
    assert len(errors) == 1 and "pirabad (Kalat)" in errors[0] and "peerabad (Kech)" in errors[0]
    # one district's two spellings, or a name said to be shared, are no collision
    assert build.sound_collisions([row("peerabad", "Peerabad", "Kech"),
                                   row("pirabad", "Pirabad", "Kech")]) == []
    assert build.sound_collisions([
        row("peerabad", "Peerabad", "Kech"),
        row("pirabad", "Pirabad", "Kalat", f"{build.SHARED_NAME_MARK} with Kech's")]) == []


@pytest.mark.parametrize(
    ("text", "mention", "district"),
    [
        ("Two brothers were shot dead in Killi Booleda near Zhob on Sunday, the Levies said.",
         "Killi Booleda", "Zhob"),
        ("Unknown men torched a school in Kalay Hoshaab near Pishin overnight, officials said.",
         "Kalay Hoshaab", "Pishin"),
    ],
)
def test_a_variant_inside_a_longer_name_does_not_split_it(
    gaz: Gazetteer, text: str, mention: str, district: str
) -> None:
    # a village word before a folded name makes another village's name: the fold alone must
    # not pull its last words out as a place of another district
    result = ingest(text, gaz)
    got = districts_of(result, mention)
    assert got and set(got) == {district}, (result.places, result.unresolved)


# Round 23: a letter typed out of place ("Noskhi" for Noshki). The first and last letters stay,
# the same letters are rearranged within three neighbouring ones.

@pytest.mark.parametrize(
    ("mention", "place_id"),
    [
        ("Mastnug", "mastung"),              # two neighbours swapped
        ("Kuzhdar", "khuzdar"),              # a letter slipped two places on
        ("Pajngur District", "panjgur-district"),  # the district row for "district"
        # round 24: an aspirate's h after the wrong consonant, however far it strayed, as the
        # gazetteer's own spellings differ ("Dhadar"/"Dadhar")
        ("Kuzdhar", "khuzdar"),
        ("Kuzdhar District", "khuzdar-district"),
    ],
)
def test_a_letter_typed_out_of_place_resolves(gaz: Gazetteer, mention: str,
                                              place_id: str) -> None:
    res = gaz.resolve(mention)
    assert res.method == "moved_letters" and res.place is not None
    assert res.place.id == place_id


@pytest.mark.parametrize("mention", [
    "Utrbat",     # the first letter moved: a reader would not take it for Turbat
    "Qutetas",    # one letter more is another word
    "Mugnats",    # a letter moved further than two places
    "Sbii",       # four letters: too short to judge
    "Thurbat",    # an h added, not moved: one letter more
    "Kuzdarh",    # the h moved to the last letter, which a typist keeps
])
def test_other_rearrangements_are_not_read_as_slips(gaz: Gazetteer, mention: str) -> None:
    assert gaz.resolve(mention).method != "moved_letters"


def test_a_slipped_name_after_a_possessive_is_found_in_its_district(gaz: Gazetteer) -> None:
    result = ingest("Gunmen torched two trucks in Balochistan's Mastnug district on Sunday, "
                    "the Levies said.", gaz)
    got = districts_of(result, "Mastnug district")
    assert got and set(got) == {"Mastung"}, (result.places, result.unresolved)


# Round 24: an aspirate's h after the wrong consonant, however far it strayed (above).

def test_a_village_in_a_district_with_a_moved_h_takes_that_district(gaz: Gazetteer) -> None:
    result = ingest("Gunmen set fire to a crusher plant in the Gishk Nala area in Kuzdhar "
                    "district on Monday, the Levies said.", gaz)
    got = districts_of(result, "Gishk Nala")
    assert got and set(got) == {"Khuzdar"}, (result.places, result.unresolved)
