"""Score the pipeline against a hand annotation: the seeds' (tests/fixtures/seed_annotations.yaml,
texts in ../shared/seeds/) or our own corpus (tests/fixtures/corpus/*.yaml, texts inline).

Numbers, not impressions. Beside the older place/figure measures, the ones issue 11 sets targets
for: Balochistan districts and towns with the right district; localities with the right district
(a district-level resolution counts as right); places named only as context (dateline, home
town, route end, hospital, distance reference, caption) output with role `incident`; figure
recall with the right category and precision; the claimant's source type per figure; and
whether the claim's date range holds the incident date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from dashboard.dates import parse_date
from dashboard.extract.ingest import IngestResult, ingest_file, ingest_text
from dashboard.extract.text import plain_punctuation
from dashboard.gazetteer import Gazetteer, cached_gazetteer, mention_key, name_key

# The fields whose confidence is checked against the gold, in the order printed.
CLAIMANT_FIELD = "claimant source type"
DATE_FIELD = "date range holds incident"
FIGURE_FIELD = "figure is real"
PLACE_FIELD = "claim's place: scene, district"
REVIEWED = (CLAIMANT_FIELD, DATE_FIELD, FIGURE_FIELD, PLACE_FIELD)


@dataclass
class Score:
    places: int = 0
    places_found: int = 0
    with_district: int = 0
    district_right: int = 0
    place_id_checked: int = 0
    place_id_right: int = 0
    roles: int = 0
    roles_right: int = 0
    figures: int = 0
    figures_extracted: int = 0
    figures_matched: int = 0
    claimant_type_right: int = 0
    claimant_id_checked: int = 0
    claimant_id_right: int = 0
    # issue 11's measures
    towns: int = 0
    towns_right: int = 0
    localities: int = 0
    localities_right: int = 0
    context_places: int = 0
    context_as_incident: int = 0
    dated: int = 0
    date_holds: int = 0
    totals: int = 0  # found figures the gold marks as a total
    totals_marked: int = 0
    false_totals: int = 0  # found figures marked total that the gold does not mark
    misses: list[str] = field(default_factory=list)
    # The extractor's confidence against the gold: (field, family of the cue, level, right) ->
    # how many fields, for the fields the measures above check (REVIEWED).
    judged: Counter[tuple[str, str, str, bool]] = field(default_factory=Counter)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    def metrics(self) -> dict[str, float]:
        return {
            "place_recall": self._ratio(self.places_found, self.places),
            "district_accuracy": self._ratio(self.district_right, self.with_district),
            "place_id_accuracy": self._ratio(self.place_id_right, self.place_id_checked),
            "role_accuracy": self._ratio(self.roles_right, self.roles),
            "figure_recall": self._ratio(self.figures_matched, self.figures),
            "figure_precision": self._ratio(self.figures_matched, self.figures_extracted),
            "claimant_type_accuracy": self._ratio(self.claimant_type_right, self.figures_matched),
            "claimant_id_accuracy": self._ratio(self.claimant_id_right,
                                                self.claimant_id_checked),
        }

    def issue_measures(self) -> list[tuple[str, str]]:
        """(measure, value as printed) in the order of issue 11's table."""
        def pct(a: int, b: int) -> str:
            return f"{a / b:6.1%} ({a}/{b})" if b else "   n/a"
        return [
            ("Balochistan districts/towns, right district", pct(self.towns_right, self.towns)),
            ("localities, right district", pct(self.localities_right, self.localities)),
            ("context places output as incident",
             f"{self.context_as_incident} of {self.context_places}"),
            ("figures found, right category", pct(self.figures_matched, self.figures)),
            ("extracted figures that are real", pct(self.figures_matched,
                                                    self.figures_extracted)),
            ("claimant source type (found figures)", pct(self.claimant_type_right,
                                                         self.figures_matched)),
            ("date range holds incident (found, dated)", pct(self.date_holds, self.dated)),
            ("(extra) totals marked as total", pct(self.totals_marked, self.totals)
             + f", {self.false_totals} marked wrongly"),
        ]


    def review_load(self) -> list[tuple[str, str]]:
        """(field, value as printed): per field, how many the extractor marks low (what a reviewer
        reading the low fields first must read) and how many of the wrong ones are among them
        (the errors that reading catches)."""
        out = []
        for name in REVIEWED:
            n = Counter()
            for (f, _, level, right), k in self.judged.items():
                if f == name:
                    n[level, right] += k
            fields, wrong = sum(n.values()), n["high", False] + n["low", False]
            low = n["low", True] + n["low", False]
            if not fields:
                out.append((name, "   n/a"))
                continue
            caught = (f"{n['low', False] / wrong:6.1%} ({n['low', False]}/{wrong})" if wrong
                      else "   n/a (0/0)")
            out.append((name, f"low {low / fields:6.1%} ({low}/{fields}), wrong ones low "
                              f"{caught}"))
        return out

    def families(self, name: str) -> dict[str, Counter[bool]]:
        """For one field, each cue family's right and wrong fields."""
        out: dict[str, Counter[bool]] = {}
        for (f, family, _, right), k in self.judged.items():
            if f == name:
                out.setdefault(family, Counter())[right] += k
        return out


def _judge(total: Score, name: str, judgement: dict[str, Any], right: bool) -> None:
    total.judged[name, str(judgement.get("family") or ""), str(judgement["level"]), right] += 1


def _raw_key(raw: str) -> str:
    return re.sub(r"\s+", " ", raw.lower()).strip()


def _same_figure(want: dict[str, Any], got: dict[str, Any]) -> bool:
    if want["category"] != got["category"]:
        return False
    if want.get("count") is not None:
        return want["count"] == got.get("count")
    return got.get("count") is None and (
        _raw_key(str(want["raw"])) in _raw_key(str(got["raw"]))
        or _raw_key(str(got["raw"])) in _raw_key(str(want["raw"])))


def match_figures(gold: list[dict[str, Any]], extracted: list[dict[str, Any]],
                  prefer: Callable[[dict[str, Any], int], bool] | None = None
                  ) -> list[int | None]:
    """For each gold figure in order, the index of the extracted figure it is scored against:
    the first not yet taken that is the same figure (category, then count or words), or, where
    `prefer` is given, the first such that `prefer(want, index)` holds if one does; None when
    the gold figure was missed. Every measure and diagnosis of figures pairs them this one way.
    (`prefer` only chooses among extracted figures that are the same figure: which gold figures
    are found, and how many extracted ones are real, does not depend on it.)"""
    used: set[int] = set()
    out: list[int | None] = []
    for want in gold:
        same = [i for i, f in enumerate(extracted) if i not in used and _same_figure(want, f)]
        i = next((i for i in same if prefer(want, i)), None) if prefer is not None else None
        if i is None:
            i = same[0] if same else None
        if i is not None:
            used.add(i)
        out.append(i)
    return out


def pair_figures(gold: list[dict[str, Any]],
                 extracted: list[tuple[dict[str, Any], dict[str, Any]]]) -> list[int | None]:
    """match_figures over (figure, claim) pairs: two tellings of one count by two claimants
    ("six killed", the military; "six", the group) pair with the gold's two entries by the
    claimant's source type, not by the order of telling."""
    return match_figures(gold, [f for f, _ in extracted],
                         prefer=lambda want, i: extracted[i][1].get("source_type")
                         == want.get("source_type"))


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def incident_span(value: Any) -> tuple[date, date] | None:
    """A gold figure's `incident` (a date or [first, last]) as its first and last day."""
    if value is None:
        return None
    if isinstance(value, list):
        return _day(value[0]), _day(value[-1])
    return _day(value), _day(value)


def _place_kind(want: dict[str, Any], gazetteer: Gazetteer) -> str:
    if want.get("kind"):
        return str(want["kind"])
    place = gazetteer.get(want["place_id"]) if want.get("place_id") else None
    return place.kind if place is not None else "unknown"


def gold_district(name: Any, gazetteer: Gazetteer) -> Any:
    """One spelling per district: a gold "Qila Saifullah" and an extracted "Killa Saifullah"
    are the same district; a name the gazetteer does not know stays as written."""
    if not name:
        return name
    row = gazetteer.district_place(str(name))
    return row.district if row is not None else name


def _key(mention: str) -> str:
    return mention_key(mention)[0] or name_key(mention)


def _stands_in(text: str, hit: dict[str, Any], mention: str) -> bool:
    """Whether a place hit starts inside one of the text's mentions written as the gold writes
    it (spaces and typographic punctuation aside)."""
    start = hit.get("start")
    if start is None:
        return True
    pattern = r"\s+".join(re.escape(w) for w in plain_punctuation(mention).split())
    return any(m.start() <= start < m.end()
               for m in re.finditer(pattern, text, re.IGNORECASE))


def add_report(total: Score, name: str, result: IngestResult, gold: dict[str, Any],
               gazetteer: Gazetteer) -> None:
    """Score one ingested report against its gold annotation, adding into `total`."""
    found: dict[str, list[dict[str, Any]]] = {}
    for p in result.places + result.unresolved:
        found.setdefault(_key(p["mention"]), []).append(p)
    scored: set[tuple[str, bool | None]] = set()
    # mention key -> whether the gold has it as a scene, placed in the right district
    scenes: dict[str, bool] = {}
    listed = Counter(_key(w["mention"]) for w in gold.get("places", []))

    def group(want: dict[str, Any]) -> tuple[str, bool | None]:
        # "TURBAT:" and "Turbat" are one place of the report, unless the gold lists both: then
        # the dateline (written in capitals) and the body's mentions are scored apart, each
        # against the hits written the same way, as a dateline repeated in the body may have
        # another role than the dateline.
        key = _key(want["mention"])
        return key, want["mention"].isupper() if listed[key] > 1 else None

    # A name the gold lists twice with two roles ("Mastung" in a title and as the scene) is one
    # name used both ways: `mixed`, whose role is not scored (ANNOTATION.md 8), whichever entry
    # comes first.
    roles_listed: dict[tuple[str, bool | None], set[str]] = {}
    for want in gold.get("places", []):
        if want.get("role") in ("incident", "context", "mixed"):
            roles_listed.setdefault(group(want), set()).add(want["role"])
    for want in gold.get("places", []):
        key, caps = group(want)
        role = "mixed" if len(roles_listed.get((key, caps), ())) > 1 else want.get("role")
        if (key, caps) in scored:
            continue
        scored.add((key, caps))
        total.places += 1
        # (a hit of "Gwadar" answers the gold's "Gwadar port" only where it stands inside it: a
        # report whose port is a route's end and whose town is the scene has both)
        got = found.get(key) or [g for k, gs in found.items() for g in gs
                                 if (k.startswith(key + " ") or key.startswith(k + " "))
                                 and _stands_in(result.text, g, want["mention"])]
        if caps is not None:
            got = [g for g in got if g["mention"].isupper() == caps] or got
        kind = _place_kind(want, gazetteer)
        district = gold_district(want.get("district"), gazetteer)
        if district and kind in ("district", "town", "locality"):
            right = bool(got) and all(g.get("district") == district for g in got)
            if kind == "locality":
                total.localities += 1
                total.localities_right += right
            else:
                total.towns += 1
                total.towns_right += right
        if not got:
            total.misses.append(f"{name}: place {want['mention']!r} not found")
            continue
        total.places_found += 1
        if want.get("place_id") is not None:
            total.place_id_checked += 1
            if any(g.get("place_id") == want["place_id"] for g in got):
                total.place_id_right += 1
            else:
                total.misses.append(f"{name}: {want['mention']!r} resolved to "
                                    f"{[g.get('place_id') for g in got]}")
        if district:
            total.with_district += 1
            if all(g.get("district") == district for g in got):
                total.district_right += 1
            else:
                total.misses.append(f"{name}: {want['mention']!r} district "
                                    f"{[g.get('district') for g in got]} (want {district})")
        if role in ("incident", "context"):
            scenes[key] = role == "incident" and (
                not district or all(g.get("district") == district for g in got))
            total.roles += 1
            roles = {g.get("role") for g in got}
            # a home town must never become an incident; an incident place must be one once
            ok = roles == {"context"} if role == "context" else "incident" in roles
            if role == "context":
                total.context_places += 1
                total.context_as_incident += not ok
            if ok:
                total.roles_right += 1
            else:
                total.misses.append(f"{name}: {want['mention']!r} role {sorted(roles)} "
                                    f"(want {role})")
    # A place a claim carries: right when the gold has it as a scene and the extractor put it in
    # the gold's district; wrong when the gold has it as context, or another district.
    for c in result.claims:
        for m in c.get("place_mentions", []):
            if _key(m["mention"]) in scenes:
                _judge(total, PLACE_FIELD, c["confidence"]["places"], scenes[_key(m["mention"])])
    extracted = [(f, c) for c in result.claims for f in c["figures"]]
    total.figures_extracted += len(extracted)
    matches = pair_figures(gold.get("figures", []), extracted)
    used = {i for i in matches if i is not None}
    # Only annotations that mark totals at all (our corpus) say which figures are not totals.
    marks_totals = any("total" in w for w in gold.get("figures", []))
    for want, match in zip(gold.get("figures", []), matches, strict=True):
        total.figures += 1
        if match is None:
            total.misses.append(f"{name}: figure {want['raw']!r} {want['category']} missed")
            continue
        total.figures_matched += 1
        claim = extracted[match][1]
        marked = bool(extracted[match][0].get("total"))
        if want.get("total"):
            total.totals += 1
            total.totals_marked += marked
        elif marked and marks_totals:
            total.false_totals += 1
            total.misses.append(f"{name}: figure {want['raw']!r} marked as a total")
        _judge(total, CLAIMANT_FIELD, claim["confidence"]["claimant"],
               claim["source_type"] == want["source_type"])
        if claim["source_type"] == want["source_type"]:
            total.claimant_type_right += 1
        else:
            total.misses.append(f"{name}: figure {want['raw']!r} claimed by "
                                f"{claim['claimant']} (want {want.get('claimant')}, "
                                f"{want['source_type']})")
        if want.get("claimant"):
            total.claimant_id_checked += 1
            total.claimant_id_right += claim["claimant"] == want["claimant"]
        span = incident_span(want.get("incident"))
        if span is not None:
            total.dated += 1
            start, end = claim.get("date_start"), claim.get("date_end")
            holds = bool(start and end and _day(start) <= span[0] and span[1] <= _day(end))
            _judge(total, DATE_FIELD, claim["confidence"]["date"], holds)
            if holds:
                total.date_holds += 1
            else:
                total.misses.append(f"{name}: figure {want['raw']!r} dated {claim['date']} "
                                    f"(want {span[0]}..{span[1]})")
    for i, (f, c) in enumerate(extracted):
        _judge(total, FIGURE_FIELD, c["confidence"]["figures"], i in used)
        if i not in used:
            total.misses.append(f"{name}: extra figure {f['raw']!r} {f['category']} "
                                f"({c['claimant']})")


def score(annotation: Path, seeds: Path, gazetteer: Gazetteer | None = None) -> Score:
    """The seeds: annotation entries name a file in `seeds`."""
    data = yaml.safe_load(annotation.read_text(encoding="utf-8"))
    gaz = gazetteer if gazetteer is not None else cached_gazetteer()[0]
    total = Score()
    for rep in data["reports"]:
        published = parse_date(rep.get("published"))
        result = ingest_file(seeds / rep["file"], published=published,
                             outlet=rep.get("outlet"), gazetteer=gaz)
        add_report(total, rep["file"][:3], result, rep, gaz)
    return total


def corpus_reports(path: Path) -> list[dict[str, Any]]:
    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["reports"])


def ingest_corpus_report(rep: dict[str, Any], gazetteer: Gazetteer | None = None,
                         path: str | None = None) -> IngestResult:
    """One report of a corpus file (text inline) ingested as the scorer reads it: its own
    publication date and outlet."""
    published = parse_date(str(rep["published"]) if rep.get("published") else None)
    return ingest_text(rep["text"], published=published, outlet=rep.get("outlet"),
                       gazetteer=gazetteer, path=path)


def score_corpus(paths: Iterable[Path], gazetteer: Gazetteer | None = None) -> Score:
    """Our own corpus: every report carries its text inline."""
    gaz = gazetteer if gazetteer is not None else cached_gazetteer()[0]
    total = Score()
    for path in paths:
        for rep in corpus_reports(path):
            result = ingest_corpus_report(rep, gaz, f"{path.name}#{rep['id']}")
            add_report(total, rep["id"], result, rep, gaz)
    return total
