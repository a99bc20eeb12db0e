"""The gazetteer: load geodata/gazetteer.csv and resolve place mentions as reports write them.

Why it exists: reports misspell places ("Banjegur"), say "X District" when they mean the
district and plain "X" when they mean the town, and name places no gazetteer holds ("Sheban").
The resolver must be deterministic and must never guess: a mention it cannot match confidently
comes back unresolved, with suggestions a person can pick from.

Pure module: no streamlit, no network. ``load_gazetteer`` reports every bad CSV row as a
``Problem`` and keeps the valid ones, so one typo never blanks the map.
"""

from __future__ import annotations

import csv
import hashlib
import math
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from dashboard.models import GEO_PRECISIONS, Place, Problem
from dashboard.storage import NotText, decode_text

DEFAULT_GAZETTEER: Path = Path(
    os.environ.get(
        "DASHBOARD_GAZETTEER",
        str(Path(__file__).resolve().parent.parent / "geodata" / "gazetteer.csv"),
    )
)

COLUMNS: tuple[str, ...] = (
    "id", "name", "kind", "geo_precision", "lat", "lon", "district", "province", "country",
    "aliases", "source", "source_id", "licence", "note",
)
KINDS: tuple[str, ...] = (
    "country", "province", "district", "town", "tehsil", "locality", "neighbourhood", "city",
    "abroad",
)

# Words that describe a place's type rather than name it. "district" also tells the resolver
# which row is meant ("Awaran District" is the district, "Awaran" the town).
GENERIC_WORDS: frozenset[str] = frozenset(
    {"district", "distt", "area", "areas", "city", "town", "tehsil", "province", "the"}
)
# Fuzzy matching: auto-accept only a close match on a long enough mention; shorter or weaker
# ones are too easily another place (Sibi/Sui/Bela are all four letters).
FUZZY_ACCEPT = 90.0
FUZZY_MIN_LETTERS = 5
FUZZY_MARGIN = 3.0  # the best place must beat the runner-up by this much to be accepted
SUGGEST_MIN = 50.0
SUGGEST_LIMIT = 5

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


# Both key functions are pure and see the same few thousand names at every load (and the same
# mentions report after report): memoized, loading the gazetteer costs a third of the time.
@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A name's lookup key: lowercase, without diacritics or punctuation, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


# "Hazara Town", "Satellite Town", "Shahbaz Town": a capitalised "Town" after a capitalised word
# is part of the name. Stripped, these would become "Hazara" (a people), "Satellite" and
# "Shahbaz" (a prime minister), and every such word in a report would turn into a place.
_NAMED_TOWN = re.compile(r"\b[A-Z][\w'’-]*\s+Town\b")


@lru_cache(maxsize=65536)
def mention_key(text: str) -> tuple[str, bool]:
    """The comparison key of a mention without generic words, and whether it said "district".

    A capitalised "Town" that ends a name ("Hazara Town") is kept; ``loose_key`` drops it too.
    """
    words = name_key(text).split()
    wants_district = any(w in ("district", "distt") for w in words)
    keep = {"town"} if _NAMED_TOWN.search(text) else set()
    return (" ".join(w for w in words if w not in GENERIC_WORDS or w in keep),
            wants_district)


# Transliteration: Urdu and Balochi names reach English prose spelt by ear, so one place is
# written "Peerabad"/"Pirabad", "Gillisar"/"Gilisar", "Ketch"/"Kech", "Jhao"/"Jao",
# "Mashkay"/"Mashkai". One normalisation folds these spellings together; the gazetteer build
# refuses rows of different districts that it would fold into one name.
_ASPIRATE = re.compile(r"(?<=[bdjptr])h|(?<=[aeiou])h(?=[^aeiou]|$)")


@lru_cache(maxsize=65536)
def sound_key(text: str, min_letters: int = 0) -> str:
    """A mention's key with its spelling variants folded: "tch" is "ch", an aspirating or
    silent h goes ("Jhal"/"Jal", "Shahdad"/"Shadad"; the digraphs sh, ch, kh, gh, zh stay), long
    vowels written twice are one ("ee"/"i", "oo"/"u", "aa"/"a"), doubled letters are one, and a
    final "ay"/"ey" is "ai". Empty for a key of fewer than ``min_letters`` letters: a mention
    is folded only from FUZZY_MIN_LETTERS up, as for fuzzy matching, since shorter ones are too
    often a given name or a word ("Sani" would become Sanni, a sub-tehsil)."""
    words = []
    key = mention_key(text)[0]
    if sum(ch.isalpha() for ch in key) < min_letters:
        return ""
    for w in key.split():
        w = _ASPIRATE.sub("", w.replace("tch", "ch"))
        w = w.replace("ee", "i").replace("oo", "u").replace("aa", "a")
        w = re.sub(r"(.)\1+", r"\1", w)
        words.append(re.sub(r"(?:ay|ey)$", "ai", w))
    return " ".join(words)


# A letter typed out of place: "Noskhi" for Noshki, "Khuclak" for Kuchlak, "Baltagar" for
# Balgatar. Typists swap neighbouring letters or slip one a place or two; the first and last
# letters are the ones a reader checks and a typist keeps. So a mention of FUZZY_MIN_LETTERS or
# more with a name's first and last letter and the same letters, rearranged only inside a
# window of MOVED_WINDOW letters, is that name. Fuzzy scoring rates such slips low (a swap
# costs two edits), although no other name is as close.
MOVED_WINDOW = 3


def scramble_key(key: str) -> str:
    """A key that every rearrangement of a name's inner letters shares (its first and last
    letter, then the rest sorted): the bucket ``letters_moved`` checks."""
    return key[:1] + key[-1:] + "".join(sorted(key[1:-1])) if len(key) > 2 else key


def letters_moved(mention_key: str, name_key: str) -> bool:
    """Whether two keys differ only by letters rearranged within ``MOVED_WINDOW`` consecutive
    letters, keeping the first and the last ("noskhi"/"noshki", "khuclak"/"kuchlak"), or only
    by where an h stands ("bharkan"/"barkhan")."""
    if mention_key == name_key or len(mention_key) != len(name_key) \
            or scramble_key(mention_key) != scramble_key(name_key):
        return False
    # An aspirate is written by an h after its consonant, and English spellings put it after
    # the wrong one of a name's consonants as often as they drop it: the gazetteer's own
    # spellings include "Dhadar"/"Dadhar" and "Jhaoo"/"Jahoo". The other letters keep their
    # order, so the h may stand anywhere.
    if mention_key.replace("h", "") == name_key.replace("h", ""):
        return True
    diff = [i for i, (a, b) in enumerate(zip(mention_key, name_key, strict=True)) if a != b]
    return diff[-1] - diff[0] < MOVED_WINDOW


def loose_key(text: str) -> str:
    """The key with every generic word dropped: "Awaran Town" -> "awaran"."""
    return " ".join(w for w in name_key(text).split() if w not in GENERIC_WORDS)


@dataclass(frozen=True)
class Resolution:
    """The outcome of resolving one mention; ``place`` is None when unresolved."""

    mention: str
    place: Place | None
    # "id", "exact", "alias", "spelling", "moved_letters", "fuzzy", "district_context",
    # "unresolved"
    method: str
    score: float  # 100 for exact/alias/id
    suggestions: tuple[tuple[str, float], ...] = ()  # (place_id, score), best first

    @property
    def resolved(self) -> bool:
        return self.place is not None


class Gazetteer:
    """Places by id plus the lookup tables the resolver needs.

    Cheap to build (a few dict inserts per row); hashable by a fingerprint of its rows so a
    cache (``functools.lru_cache``, ``st.cache_resource``) can key on it.
    """

    def __init__(self, places: dict[str, Place], source_ids: dict[str, str] | None = None):
        self.places: dict[str, Place] = dict(places)
        self._source_ids = dict(source_ids or {})
        self._order = order = {pid: i for i, pid in enumerate(self.places)}
        # (is_district, key) -> place ids in file order, names and aliases kept apart
        self._names: dict[tuple[bool, str], list[str]] = {}
        self._aliases: dict[tuple[bool, str], list[str]] = {}
        for pid, place in self.places.items():
            cls = place.kind == "district"
            name_key, _ = mention_key(place.name)
            self._names.setdefault((cls, name_key), []).append(pid)
            for alias in place.aliases:
                akey, _ = mention_key(alias)
                if akey and pid not in self._aliases.setdefault((cls, akey), []):
                    self._aliases[(cls, akey)].append(pid)
        for table in (self._names, self._aliases):
            for ids in table.values():
                ids.sort(key=order.__getitem__)
        # Spellings folded by transliteration, for names no exact key or alias matches.
        self._sounds: dict[tuple[bool, str], list[str]] = {}
        for pid, place in self.places.items():
            for name in (place.name, *place.aliases):
                skey = sound_key(name)
                bucket = self._sounds.setdefault((place.kind == "district", skey), [])
                if skey and pid not in bucket:
                    bucket.append(pid)
        # Letters typed out of place: (is_district, scramble key) -> (key, place id) pairs.
        self._scrambles: dict[tuple[bool, str], list[tuple[str, str]]] = {}
        for (cls, k), ids in (*self._names.items(), *self._aliases.items()):
            bucket = self._scrambles.setdefault((cls, scramble_key(k)), [])
            bucket.extend((k, i) for i in ids if (k, i) not in bucket)
        # For fuzzy matching: every key once, with the places it names.
        self._fuzzy_keys: dict[str, list[str]] = {}
        for table in (self._names, self._aliases):
            for (_, k), ids in table.items():
                bucket = self._fuzzy_keys.setdefault(k, [])
                bucket.extend(i for i in ids if i not in bucket)
        digest = hashlib.sha256()
        for place in self.places.values():
            digest.update(repr(place).encode())
        self.fingerprint: str = digest.hexdigest()

    def __hash__(self) -> int:
        return hash(self.fingerprint)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Gazetteer) and other.fingerprint == self.fingerprint

    def __len__(self) -> int:
        return len(self.places)

    def get(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def district_place(self, district_name: str) -> Place | None:
        """The ``-district`` row for a district name (any spelling the gazetteer knows)."""
        key, _ = mention_key(district_name)
        for table in (self._names, self._aliases):
            for pid in table.get((True, key), []):
                return self.places[pid]
        return None

    def districts(self) -> list[Place]:
        return [p for p in self.places.values() if p.kind == "district"]

    def headquarters(self) -> list[Place]:
        """Town rows whose coordinates a district row borrows: the labels of the basemap."""
        hq_sources = {
            self._source_ids.get(p.id) for p in self.districts() if self._source_ids.get(p.id)
        }
        return [
            p
            for p in self.places.values()
            if p.kind == "town" and self._source_ids.get(p.id) in hq_sources
        ]

    def source_id(self, place_id: str) -> str:
        return self._source_ids.get(place_id, "")

    # -- resolution ---------------------------------------------------------------------

    def resolve(self, mention: str, *, district_hint: str | None = None) -> Resolution:
        """Resolve a mention: id, then exact name, then alias, then (cautious) fuzzy.

        "X District" looks among district rows first, anything else among the other rows first;
        each falls back to the other class. Places sharing a name are told apart by
        ``district_hint``; without one the mention stays unresolved rather than guessed.
        """
        stripped = mention.strip()
        if stripped in self.places:
            return Resolution(mention, self.places[stripped], "id", 100.0)
        key, wants_district = mention_key(stripped)
        if not key:
            return Resolution(mention, None, "unresolved", 0.0)
        hint = name_key(district_hint) if district_hint else None
        if hint:
            hint_place = self.district_place(hint)
            if hint_place is not None and hint_place.district:
                hint = name_key(hint_place.district)

        keys = [key]
        if loose_key(stripped) not in keys:
            keys.append(loose_key(stripped))  # "Awaran Town" written as a name: the town
        for cls in (wants_district, not wants_district):
            found = [
                (_first_hit(table, cls, keys), method)
                for table, method in ((self._names, "exact"), (self._aliases, "alias"))
            ]
            if hint:
                # A name two districts share ("Dasht": Kech's tehsil, and Mastung's, whose row
                # keeps the plain name as an alias): the nearby district picks, even when the
                # place it names is only known by that alias.
                rivals = {i for ids, _ in found for i in ids}
                for ids, method in found:
                    in_hint = [i for i in ids if name_key(self.places[i].district or "") == hint]
                    if in_hint:
                        how = method if len(rivals) == 1 else "district_context"
                        return Resolution(mention, self.places[in_hint[0]], how, 100.0)
            for ids, method in found:
                if ids:
                    return self._pick(mention, ids, method, 100.0, hint)
        skey = sound_key(stripped, FUZZY_MIN_LETTERS)
        for cls in (wants_district, not wants_district) if skey else ():
            ids = self._sounds.get((cls, skey))
            if ids:
                return self._pick(mention, ids, "spelling", 100.0, hint)
        for cls in (wants_district, not wants_district):
            ids = self._moved_letters(key, cls)
            if ids:
                return self._pick(mention, ids, "moved_letters", 100.0, hint)
        return self._fuzzy(mention, key, hint, wants_district)

    def _moved_letters(self, key: str, cls: bool) -> list[str]:
        """Rows of one class (district rows or the rest) whose name or alias the key spells
        with letters typed out of place; none for a key shorter than FUZZY_MIN_LETTERS."""
        if sum(ch.isalpha() for ch in key) < FUZZY_MIN_LETTERS:
            return []
        ids: list[str] = []
        for k, pid in self._scrambles.get((cls, scramble_key(key)), ()):
            if pid not in ids and letters_moved(key, k):
                ids.append(pid)
        return ids

    def known_with_moved_letters(self, mention: str) -> bool:
        """Whether the mention is a held name typed with letters out of place ("Noskhi")."""
        key = mention_key(mention)[0]
        return bool(self._moved_letters(key, True) or self._moved_letters(key, False))

    def rows_named(self, mention: str) -> list[Place]:
        """Every row whose name or alias is this mention's, in file order: more than one district
        among them means the text, not the gazetteer, must say which is meant."""
        key, _ = mention_key(mention)
        if not key:
            return []
        ids = {pid for table in (self._names, self._aliases) for cls in (True, False)
               for pid in table.get((cls, key), ())}
        return [self.places[pid] for pid in sorted(ids, key=self._order.__getitem__)]

    def _pick(
        self, mention: str, ids: list[str], method: str, score: float, hint: str | None
    ) -> Resolution:
        if len(ids) == 1:
            return Resolution(mention, self.places[ids[0]], method, score)
        if hint:
            in_hint = [i for i in ids if name_key(self.places[i].district or "") == hint]
            if len(in_hint) >= 1:
                return Resolution(mention, self.places[in_hint[0]], "district_context", score)
        return Resolution(
            mention, None, "unresolved", 0.0, tuple((i, score) for i in ids[:SUGGEST_LIMIT])
        )

    def _fuzzy(
        self, mention: str, key: str, hint: str | None, wants_district: bool
    ) -> Resolution:
        best: dict[str, float] = {}
        for k, score, _ in process.extract(
            key, list(self._fuzzy_keys), scorer=fuzz.ratio, limit=None,
            score_cutoff=SUGGEST_MIN,
        ):
            for pid in self._fuzzy_keys[k]:
                if score > best.get(pid, -1.0):
                    best[pid] = float(score)
        order = {pid: i for i, pid in enumerate(self.places)}
        # equal scores: the class the mention asked for (district or not), then file order
        ranked = sorted(
            best.items(),
            key=lambda kv: (
                -kv[1],
                (self.places[kv[0]].kind == "district") != wants_district,
                order[kv[0]],
            ),
        )
        suggestions = tuple((pid, round(s, 1)) for pid, s in ranked[:SUGGEST_LIMIT])
        if wants_district:
            # "District Badin" names a district: a village spelt like it ("Badini") is no match,
            # and a locality spelt like a district no rival to it
            ranked = [kv for kv in ranked if self.places[kv[0]].kind == "district"]
        letters = sum(ch.isalpha() for ch in key)
        if ranked and letters >= FUZZY_MIN_LETTERS and ranked[0][1] >= FUZZY_ACCEPT:
            top = ranked[0][1]
            # a town and its own district row share a spelling: not a real ambiguity
            rivals = [
                pid for pid, s in ranked[1:]
                if s > top - FUZZY_MARGIN and not self._same_spot(ranked[0][0], pid)
            ]
            if not rivals:
                return Resolution(
                    mention, self.places[ranked[0][0]], "fuzzy", top, suggestions
                )
            if hint:
                close = [ranked[0][0], *rivals]
                in_hint = [
                    pid for pid in close if name_key(self.places[pid].district or "") == hint
                ]
                if len(in_hint) == 1:
                    return Resolution(
                        mention, self.places[in_hint[0]], "district_context", best[in_hint[0]],
                        suggestions,
                    )
        return Resolution(mention, None, "unresolved", 0.0, suggestions)

    def _same_spot(self, a: str, b: str) -> bool:
        pa, pb = self.places[a], self.places[b]
        return {pa.kind, pb.kind} == {"district", "town"} and pa.district == pb.district and (
            self._source_ids.get(a) == self._source_ids.get(b)
        )


def _first_hit(table: dict[tuple[bool, str], list[str]], cls: bool, keys: list[str]) -> list[str]:
    """The ids the first key that names anything in ``table`` points to (or none)."""
    for k in keys:
        ids = table.get((cls, k))
        if ids:
            return ids
    return []


# -- loading ------------------------------------------------------------------------------


def _parse_coord(text: str, lo: float, hi: float) -> float:
    value = float(text)
    if not lo <= value <= hi or value != value:  # NaN check
        raise ValueError(f"{text} outside [{lo}, {hi}]")
    return value


def load_gazetteer(path: Path | None = None) -> tuple[Gazetteer, list[Problem]]:
    """Read a gazetteer CSV; every bad row becomes a Problem and the valid rows still load.

    Errors (row rejected): missing id/name/country/source/licence, malformed id, duplicate id,
    unknown kind or geo_precision, unreadable or out-of-range lat/lon, only one of lat/lon.
    Warning (row kept, alias dropped): an alias another row of the same class (district rows
    vs the rest) already uses, unless either row's ``note`` explains the overlap — then the
    row first in the file wins, deterministically.
    """
    if path is None:
        path = Path(os.environ.get("DASHBOARD_GAZETTEER", str(DEFAULT_GAZETTEER)))
    fname = str(path)
    problems: list[Problem] = []
    places: dict[str, Place] = {}
    source_ids: dict[str, str] = {}
    notes: dict[str, str] = {}
    row_lines: dict[str, int] = {}
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Gazetteer({}), [Problem(fname, 0, "file", f"cannot read gazetteer: {exc}")]
    try:
        decoded = decode_text(raw, fname)
    except NotText as exc:
        return Gazetteer({}), [Problem(fname, 0, "file", f"cannot read gazetteer: {exc.reason}")]
    if decoded.warning:
        problems.append(Problem(fname, decoded.line, "(encoding)", decoded.warning, "warning"))
    lines = decoded.text.splitlines()
    try:
        header = tuple(c.strip() for c in next(csv.reader(lines[:1]), []))
    except csv.Error as exc:
        return Gazetteer({}), [*problems, Problem(fname, 1, "header", f"unreadable: {exc}")]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        problems.append(Problem(fname, 1, "header", f"missing columns: {', '.join(missing)}"))
        if "id" in missing or "name" in missing:
            return Gazetteer({}), problems

    owners: dict[tuple[bool, str], str] = {}
    for line, row in _csv_rows(lines, header, fname, problems):
        get = {c: (row.get(c) or "").strip() for c in COLUMNS}

        def bad(field: str, message: str, line: int = line) -> None:
            problems.append(Problem(fname, line, field, message))

        pid = get["id"]
        if not pid:
            bad("id", "empty id")
            continue
        if not _ID_RE.match(pid):
            bad("id", f"{pid!r} is not a lowercase slug")
            continue
        if pid in places:
            bad("id", f"duplicate id {pid!r}")
            continue
        errors_before = len(problems)
        for required in ("name", "country", "source", "licence"):
            if not get[required]:
                bad(required, f"{pid}: empty {required}")
        if get["kind"] not in KINDS:
            bad("kind", f"{pid}: unknown kind {get['kind']!r} (expected one of {KINDS})")
        if get["geo_precision"] not in GEO_PRECISIONS:
            bad("geo_precision", f"{pid}: unknown geo_precision {get['geo_precision']!r}")
        lat = lon = None
        if get["lat"] or get["lon"]:
            try:
                lat = _parse_coord(get["lat"], -90.0, 90.0)
            except ValueError:
                bad("lat", f"{pid}: bad latitude {get['lat']!r}")
            try:
                lon = _parse_coord(get["lon"], -180.0, 180.0)
            except ValueError:
                bad("lon", f"{pid}: bad longitude {get['lon']!r}")
        if len(problems) > errors_before:
            continue

        cls = get["kind"] == "district"
        aliases: list[str] = []
        for alias in (a.strip() for a in get["aliases"].split("|")):
            akey, _ = mention_key(alias)
            if not akey:
                continue
            other = owners.get((cls, akey))
            if other is not None and other != pid and not (get["note"] or notes.get(other)):
                problems.append(Problem(
                    fname, line, "aliases",
                    f"{pid}: alias {alias!r} already names {other}; dropped (add a note to "
                    "say which place wins)",
                    severity="warning",
                ))
                continue
            owners.setdefault((cls, akey), pid)
            aliases.append(alias)
        name_key, _ = mention_key(get["name"])
        owners.setdefault((cls, name_key), pid)

        places[pid] = Place(
            id=pid,
            name=get["name"],
            kind=get["kind"],
            geo_precision=get["geo_precision"],
            lat=lat,
            lon=lon,
            district=get["district"] or None,
            province=get["province"] or None,
            country=get["country"],
            aliases=tuple(aliases),
            source=get["source"],
            licence=get["licence"],
        )
        source_ids[pid] = get["source_id"]
        notes[pid] = get["note"]
        row_lines[pid] = line
    for pid in _far_from_district(places, fname, row_lines, problems):
        del places[pid], source_ids[pid]
    return Gazetteer(places, source_ids), problems


# How far a town may lie from its district's headquarters before its row is refused. Chagai,
# the largest district, runs ~480 km east-west with its headquarters (Dalbandin) in the east:
# Taftan on the Iranian border is 274 km from it, the farthest pair in the gazetteer. 350 km
# keeps every real place with margin, and still catches what usually goes wrong in a hand-edited
# row: swapped lat/lon or a sign slip (thousands of km) and a town filed under a district at the
# other end of the province (Gwadar to Zhob is ~800 km). Rows within 350 km but in the wrong
# neighbouring district cannot be told apart without district polygons, which we do not have.
MAX_KM_FROM_DISTRICT = 350.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _far_from_district(places: dict[str, Place], fname: str, row_lines: dict[str, int],
                       problems: list[Problem]) -> list[str]:
    """Ids of rows placed implausibly far from their stated district's headquarters."""
    lookup = Gazetteer({pid: p for pid, p in places.items() if p.kind == "district"})
    far = []
    for pid, place in places.items():
        if place.kind == "district" or not place.district or place.lat is None \
                or place.lon is None:
            continue
        hq = lookup.district_place(place.district)
        if hq is None or hq.lat is None or hq.lon is None:
            continue
        km = distance_km(place.lat, place.lon, hq.lat, hq.lon)
        if km > MAX_KM_FROM_DISTRICT:
            problems.append(Problem(
                fname, row_lines[pid], "lat",
                f"{pid}: ({place.lat}, {place.lon}) is {km:,.0f} km from the headquarters of "
                f"{place.district} district (more than {MAX_KM_FROM_DISTRICT:.0f} km): check "
                "the coordinates and the district; row rejected"))
            far.append(pid)
    return far


def _csv_rows(lines: list[str], header: tuple[str, ...], fname: str,
              problems: list[Problem]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data line, each line parsed on its own.

    No gazetteer field holds a line break, so a line is a row: an unclosed quote then costs its
    own row instead of silently swallowing every row after it into one field, and a stray comma
    that shifts the columns (and so the coordinates) is caught rather than read.
    """
    for n, text in enumerate(lines[1:], start=2):
        if not text.strip():
            continue
        try:
            fields = next(csv.reader([text], strict=True))
        except csv.Error as exc:
            problems.append(Problem(fname, n, "(syntax)", f"row rejected: unreadable CSV: {exc}"))
            continue
        extra = [f for f in fields[len(header):] if f.strip()]
        if extra:
            problems.append(Problem(fname, n, "(syntax)",
                                    f"row rejected: {len(fields)} fields for {len(header)} "
                                    "columns (an unquoted comma?)"))
            continue
        yield n, dict(zip(header, fields, strict=False))


@lru_cache(maxsize=8)
def _cached(path: str, mtime_ns: int, size: int) -> tuple[Gazetteer, tuple[Problem, ...]]:
    gaz, problems = load_gazetteer(Path(path))
    return gaz, tuple(problems)


def cached_gazetteer(path: Path | None = None) -> tuple[Gazetteer, tuple[Problem, ...]]:
    """``load_gazetteer`` memoized on (path, mtime, size): edits to the CSV are picked up."""
    if path is None:
        path = Path(os.environ.get("DASHBOARD_GAZETTEER", str(DEFAULT_GAZETTEER)))
    try:
        stat = path.stat()
    except OSError:
        return _cached(str(path), -1, -1)
    return _cached(str(path), stat.st_mtime_ns, stat.st_size)
