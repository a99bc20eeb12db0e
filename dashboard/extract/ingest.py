"""Report text in, candidate claims out: places, dates, figures and who claims them.

Everything here is rules over the text plus the project gazetteer and the claimant register;
one report takes milliseconds. Output claims use the shape of the `export` GeoJSON properties,
and every one of them is a candidate for review, never a fact.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from dashboard.extract.attribution import (
    ClaimantDef,
    Cue,
    find_cues,
    holders_by_surname,
    load_register,
    mentions,
    register_by_id,
    speaker_at,
    speaker_cue,
)
from dashboard.extract.confidence import Judgement, high, low, quoted, weakest
from dashboard.extract.dates import (
    DateMention,
    combine,
    find_dates,
    in_ordinal_tally,
    in_stamp_line,
    is_publication_date,
    is_statement_date,
)
from dashboard.extract.figures import FigureMention, act_family, find_figures, restates
from dashboard.extract.places import PlaceFinder, PlaceHit, find_places, in_caption, role_of
from dashboard.extract.text import MAX_CHARS, InputError, plain_punctuation, read_report, sentences
from dashboard.figures import short
from dashboard.gazetteer import Gazetteer, cached_gazetteer
from dashboard.gazetteer import mention_key as _mention_key
from dashboard.models import SOURCE_TYPE_NAMES, DateSpan, Figure

_FINDERS: dict[str, PlaceFinder] = {}


def finder_for(gazetteer: Gazetteer) -> PlaceFinder:
    """One PlaceFinder per gazetteer content: building its tables per report would be waste."""
    f = _FINDERS.get(gazetteer.fingerprint)
    if f is None:
        if len(_FINDERS) > 4:
            _FINDERS.clear()
        f = _FINDERS[gazetteer.fingerprint] = PlaceFinder(gazetteer)
    return f


@dataclass
class IngestResult:
    path: str | None
    published: DateSpan | None
    places: list[dict[str, Any]] = field(default_factory=list)
    unresolved: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    outlet: str | None = None
    encoding: str = "utf-8"
    paragraphs: int = 0
    text: str = ""  # the normalised text every offset below points into
    dates: list[dict[str, Any]] = field(default_factory=list)
    cues: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "published": self.published.text if self.published else None,
            "outlet": self.outlet,
            "text": self.text,
            "places": self.places,
            "unresolved": self.unresolved,
            "dates": self.dates,
            "cues": self.cues,
            "claims": self.claims,
            "warnings": self.warnings,
        }


def id_from_name(text: str) -> str:
    """A dataset id made from a name or title ("Dawn News" -> "dawn-news"), always a valid id."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "unnamed"


def outlet_claimant(outlet: str | None) -> tuple[str, str]:
    """(id, name) of the outlet speaking for itself, the claimant of unattributed figures."""
    if outlet:
        return id_from_name(outlet), f"{outlet} (the outlet's own reporting)"
    return "outlet-unnamed", "The report's outlet (not named; its own reporting)"


_PROTEST = re.compile(r"\b(?:protest\w*|demonstrat\w*|sit-in|rally|rallies|(?-i:march(?:ed|es)?)|"
                      r"shutter-?down|wheel-?jam)\b", re.IGNORECASE)
_ABDUCT = re.compile(r"\b(?:abduct\w*|kidnap\w*|disappear\w*|missing|picked\s+up|whisked|"
                     r"forcibly\s+removed|taken\s+away)\b", re.IGNORECASE)
_OPERATION = re.compile(r"\b(?:operations?|raids?|IBOs?|combing|sweep|offensive|"
                        r"security\s+forces\s+(?:killed|gunned)|gun\s*battle|encounter|"
                        r"counter[- ]terror\w*|crackdown)\b", re.IGNORECASE)
_ATTACK = re.compile(r"\b(?:attack\w*|blast\w*|bomb\w*|explo\w+|ambush\w*|gunm[ae]n|suicide|"
                     r"assault\w*|stormed|grenade|IED|rocket\w*|fired\s+(?:at|on)|hijack\w*|"
                     r"strikes)\b", re.IGNORECASE)
_ACCIDENT = re.compile(r"\b(?:crash\w*|accident\w*|collision|capsized)\b", re.IGNORECASE)
_KILLING = re.compile(r"\b(?:kill\w*|shot\s+dead|gunned\s+down|bodies|body|murder\w*|dead)\b",
                      re.IGNORECASE)
_STRONG_EVENT = re.compile(
    r"\b(?:killed|abducted|kidnapped|attacked|attacks?|blast|explosion|ambush\w*|raid|"
    r"disappeared|picked\s+up|forcibly\s+removed|martyred|shot\s+dead|gunned\s+down|"
    r"protest\w*|demonstrat\w+|sit-in|bodies|injured|wounded)\b", re.IGNORECASE)
_NATIONWIDE = re.compile(r"\b(?:nationwide|across\s+the\s+country|across\s+Pakistan|"
                         r"country-?wide)\b", re.IGNORECASE)


def incident_type(evidence: str, figures: list[FigureMention], span: DateSpan) -> str:
    long_span = span.start is not None and span.end is not None and (
        span.end - span.start).days > 60
    if any(f.category == "operations" for f in figures) or (long_span and figures):
        return "aggregate_figures"
    if _PROTEST.search(evidence):
        return "protest"
    cats = {f.category for f in figures}
    if _ABDUCT.search(evidence) or cats & {"abducted", "disappeared"}:
        return "abduction"
    militants_killed = any(f.category == "killed" and f.who == "militants" for f in figures)
    if _ACCIDENT.search(evidence):
        return "accident"
    if _OPERATION.search(evidence) and (militants_killed or not _ATTACK.search(evidence)):
        return "security_operation"
    if _ATTACK.search(evidence):
        return "attack"
    if militants_killed:
        return "security_operation"
    if _KILLING.search(evidence) or "killed" in cats:
        return "killing"
    if cats & {"arrested", "detained"}:
        return "security_operation"
    return "attack"


@dataclass
class _Candidate:
    claimant: str
    paragraph: int
    start: int
    end: int
    figures: list[FigureMention]
    places: list[PlaceHit]
    dates: list[DateMention]
    paragraphs: set[int]
    attributions: list[Judgement] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    index: int = 0  # of its first sentence, to borrow a date from the neighbours


def _place_dict(hit: PlaceHit, role: str) -> dict[str, Any]:
    p = hit.place
    assert p is not None
    return {
        "mention": hit.mention, "start": hit.start, "end": hit.end, "place_id": p.id,
        "name": p.name, "district": p.district, "province": p.province, "lat": p.lat,
        "lon": p.lon, "geo_precision": p.geo_precision, "role": role, "method": hit.method,
        "score": round(hit.score, 1), **({"note": hit.note} if hit.note else {}),
    }


def _summary(claimant: ClaimantDef | None, claimant_name: str, source_type: str,
             itype: str, figures: list[FigureMention], places: list[str],
             span: DateSpan) -> str:
    who = claimant.name if claimant else claimant_name
    figs = [Figure(f.raw, f.count, f.category, f.who, f.qualifier) for f in figures]
    parts = "; ".join(fig.describe() if fig.qualifier not in ("vague", "malformed")
                      else f"{short(fig)} {fig.who.replace('_', ' ')} {fig.category}"
                      for fig in figs)
    where = ", ".join(places) if places else "no place named"
    what = itype.replace("_", " ")
    text = f"{who} ({SOURCE_TYPE_NAMES.get(source_type, source_type).lower()}): {what}"
    if parts:
        text += f", {parts}"
    text += f"; where: {where}; when: {span.describe()}. Machine-extracted, not reviewed."
    return text


# Openers that go on to another incident of the same account, not back to the past: a
# release's "In another operation" is still the release speaking.
_ANOTHER = (r"Separately|Meanwhile|Elsewhere|In\s+(?:a|an)\s+(?:separate|another|unrelated)|"
            r"In\s+another")
_ANOTHER_INCIDENT = re.compile(rf"\s*[\"']?(?:{_ANOTHER})\b", re.IGNORECASE)
# A sentence opening like this turns to another incident: it borrows no date from its neighbours.
_NEW_INCIDENT = re.compile(
    rf"\s*[\"']?(?:{_ANOTHER}|Earlier|Previously|Last\s+(?:year|month|week)|In\s+(?:19|20)\d\d|"
    r"(?:In|On|Since|During)\s+(?:(?:early|late|mid)[\s-])?(?-i:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)|This\s+(?:year|month)|"
    r"So\s+far|The\s+(?:attack|incident|killing|abduction)s?\s+(?:came|comes)|"
    # a step back in time: "A day earlier, the body of a shopkeeper was found ..."
    r"(?:An?|One|Two|Three|A\s+few)\s+(?:days?|nights?|weeks?|months?)\s+(?:earlier|before)|"
    r"The\s+(?:previous|preceding)\s+(?:day|night|week)|The\s+(?:day|night|week)\s+before)\b",
    re.IGNORECASE)


# A sentence that accounts for the rest of the lead's total ("The remaining two deaths were in
# Kalat and Nushki") belongs to the lead's period, not to the incident told just before it.
_REMAINDER = re.compile(r"\s*[\"']?(?:The\s+)?(?:remaining|other|rest\s+of\s+the)\s+(?:\w+\s+)?"
                        r"(?:deaths|dead|killings|victims|casualties|cases|incidents|attacks|"
                        r"abductions|disappearances)\b", re.IGNORECASE)


_DATING_SENTENCE = re.compile(
    r"\s*(?:The|This|That)\s+(?:incident|attack|killing|shooting|abduction|kidnapping|blast|"
    r"explosion|ambush|raid|firing|assault)s?\s+(?:took\s+place|occurred|happened|was\s+"
    r"(?:carried\s+out|reported))\b", re.IGNORECASE)


# The words by which a sentence speaks of an incident's dead, injured or taken.
# So does one about its perpetrators or the act itself: "SSP Operations said the attackers, who
# were riding a motorcycle, escaped towards Kuchlak" speaks of the lead's incident.
_CASUALTY = re.compile(r"\b(?:killed|dead|deceased|bodies|body|injured|wounded|martyred|"
                       r"abducted|kidnapped|victims?|casualt(?:y|ies)|hostages?|attackers|"
                       r"assailants|gunmen|killers|culprits|the\s+(?:attack|incident|blast|"
                       r"explosion|ambush|firing))\b", re.IGNORECASE)


def _incident_dates(t: str, dates: list[DateMention]) -> list[DateMention]:
    """The dates of what happened: statement dates ("police said on Monday") are dropped when
    the passage gives another date, and kept (the only bound there is) when it does not."""
    kept = [d for d in dates if not is_statement_date(t, d) and not in_ordinal_tally(t, d.start)]
    return kept if any(d.span.start is not None for d in kept) else \
        [d for d in dates if not is_publication_date(t, d)]


def _neighbour_dates(t: str, per_sentence: list[Any], incident_dates: list[list[DateMention]],
                     index: int) -> list[DateMention] | None:
    """Dates for a passage that gives none: news prose dates an incident once, in the lead or
    the sentence before or after. Previous sentence first, then the next, then the lead."""
    s = per_sentence[index][0]
    if _NEW_INCIDENT.match(t, s.start):
        return None
    def dated_at(i: int) -> list[DateMention]:
        return [d for d in incident_dates[i] if d.span.start is not None
                and not is_statement_date(t, d)]

    # A photo caption above the lead dates the picture (the funeral on Monday), not the incident
    # nor does a page's stamp line ("Updated 28 Oct, 2024 06:40pm") between headline and lead
    opening = [i for i in range(min(len(per_sentence), 4))
               if not in_caption(t, per_sentence[i][0].end)
               and not in_stamp_line(t, per_sentence[i][0].start)][:2]
    lead = next((dated_at(i) for i in opening if dated_at(i)), None)
    if _REMAINDER.match(t, s.start):
        # "The remaining two deaths were in Kalat": the rest of the lead's tally. The lead may
        # come after a headline and a byline.
        tally = next((dated_at(i) for i in range(min(len(per_sentence), 4, index))
                      if not in_caption(t, per_sentence[i][0].end) and dated_at(i)), None)
        if tally:
            return tally
    candidates = [index - 1, index + 1]
    for i in candidates:
        if 0 <= i < len(per_sentence):
            if i > index and _NEW_INCIDENT.match(t, per_sentence[i][0].start):
                continue
            dated = dated_at(i)
            if dated and i > index and lead and not _near_in_time(dated, lead):
                # The sentence after goes back to the past ("where militants killed 60 in
                # August last year"): background, a different incident; the lead dates this one.
                continue
            if dated and i < index and lead and i >= 2 and _before(dated, lead, days=7):
                # The sentence before recalls something that came before the lead's incident
                # ("demanding the release of a student picked up last month"): background; a
                # dateless passage after it still belongs to the lead's incident.
                continue
            if dated:
                return dated
    # "The incident took place on Sunday evening": a sentence whose only news is when the
    # incident happened dates the dateless passage before it in its paragraph.
    for i in range(index + 1, min(len(per_sentence), index + 4)):
        nxt = per_sentence[i][0]
        if nxt.paragraph != s.paragraph or _NEW_INCIDENT.match(t, nxt.start):
            break
        if _DATING_SENTENCE.match(t, nxt.start) and dated_at(i):
            return dated_at(i)
    return lead


def _before(dates: list[DateMention], lead: list[DateMention], days: int) -> bool:
    """Whether every date of `dates` ends over `days` before the lead's earliest date."""
    first = min(ld.span.start for ld in lead)  # type: ignore[type-var]
    return all(d.span.end + timedelta(days=days) < first for d in dates)  # type: ignore[operator]


def _near_in_time(dates: list[DateMention], lead: list[DateMention], days: int = 31) -> bool:
    """Whether some date of `dates` falls within `days` of some date of the lead."""
    slack = timedelta(days=days)
    return any(d.span.start <= ld.span.end + slack and ld.span.start <= d.span.end + slack  # type: ignore[operator]
               for d in dates for ld in lead)


# A passage about the whole province is never placed at a town named nearby.
_PROVINCE_WIDE = re.compile(r"\b(?:(?:in|across|throughout|around)\s+the\s+province|"
                            r"province-?wide|across\s+Balochistan|several\s+districts)\b",
                            re.IGNORECASE)


def _neighbour_places(t: str, per_sentence: list[Any],
                      index: int) -> tuple[list[PlaceHit], str] | None:
    """Incident places for a passage that names none: news prose names the place once, in the
    lead or the sentence before ("Militants attacked a camp in Kech ... Four soldiers were
    killed, the spokesman said"). Never across a sentence that opens another incident."""
    if _NEW_INCIDENT.match(t, per_sentence[index][0].start):
        return None

    def precise(i: int) -> list[PlaceHit]:
        _, hits, roles, _, _, _ = per_sentence[i]
        return [h for h, r in zip(hits, roles, strict=True) if r == "incident"
                and h.place is not None and h.place.geo_precision in ("point", "district")]

    # A few sentences back, then the lead: bounded, or a long text of placeless sentences
    # would walk back over all of them for each one (quadratic).
    for i in [*range(index - 1, max(-1, index - 7), -1), *range(min(2, max(0, index - 6)))]:
        if _NEW_INCIDENT.match(t, per_sentence[i][0].start) and i >= index - 6:
            break
        found = precise(i)
        if found:
            where = "the sentence before" if i == index - 1 else "an earlier sentence"
            return found, f"no place in the passage: the incident place of {where}"
    # A lead that names only the province gives the spot in the next sentence ("killed seven
    # passengers ... in Balochistan province, officials said. The gunmen targeted the bus in
    # the Barkhan area")
    nxt = index + 1
    if nxt < len(per_sentence) and not _NEW_INCIDENT.match(t, per_sentence[nxt][0].start) \
            and not per_sentence[nxt][4]:
        found = precise(nxt)
        if found:
            return found, "no precise place in the passage: the incident place of the next sentence"
    return None


# "Six labourers gunned down in Turbat: police", "... after identity check: official": a
# headline that ends by naming its source credits the story's lead to that source.
_CREDIT_TAIL = re.compile(r":\s*(?:(?:a|an|the)\s+)?[\w' -]{2,40}$")


def _headline_credit(t: str, per_sentence: list[Any], names: list[tuple[int, int, str]]
                     ) -> tuple[str | None, set[int]]:
    """The claimant a headline credits, and the lead's sentences it speaks for: the first two
    sentences of the body (after any stamp line or caption)."""
    first = t.find("\n")
    if first < 0 or not _headline(t, 0):
        return None, set()
    tail = _CREDIT_TAIL.search(t, 0, first)
    if tail is None:
        return None, set()
    cid = next((c for a, b, c in names if tail.start() <= a and b <= first), None)
    if cid is None:
        return None, set()
    body = [i for i, row in enumerate(per_sentence) if row[0].start > first
            and not in_caption(t, row[0].end) and not in_stamp_line(t, row[0].start)]
    return cid, set(body[:2])


def _headline(t: str, pos: int) -> bool:
    """Whether pos lies on the text's first line and that line is a headline (no full stop)."""
    end = t.find("\n", pos)
    if end < 0 or "\n" in t[:pos]:
        return False
    return not t[:end].rstrip().endswith((".", ":", "?", "!"))


def _attribute(t: str, pos: int, cues: list[Cue], last_speaker: str | None,
               para_speaker: str | None, out_id: str,
               neighbours: tuple[str | None, str | None] = (None, None),
               sole_speaker: str | None = None,
               credited: str | None = None) -> tuple[str, Judgement]:
    """Who claims what is said at pos, and how that was decided."""
    hit = speaker_cue(pos, cues, last_speaker)
    if hit is not None and hit[1].start > pos and ";" in t[pos:hit[1].start] \
            and _headline(t, pos):
        # A headline joins two stories with a semicolon ("Two shot dead in Mand; BLF claims
        # attack on camp"): the speaker of the second does not speak for the first. (In body
        # prose a closing "Levies sources said" covers the clauses before it.)
        hit = None
    if hit is not None:
        cid, cue = hit
        a, b = cue.span()
        words = quoted(t, a, b)
        if cue.kind == "pronoun":
            return cid, low(f"'{words}' in the same sentence, taken to be {cid}", a, b)
        return cid, high(f"'{words}' in the same sentence", a, b)
    if para_speaker:
        return para_speaker, low(f"no speaker in the sentence: {para_speaker}, who spoke "
                                 "earlier in the paragraph")
    # News prose continues a source's account into a new paragraph, and often gives a bare lead
    # whose source speaks in the next sentence about the same dead and injured. (A next
    # sentence that is only comment, "the minister said the army is handicapped", does not
    # take the lead's figures from the outlet.)
    before, after = neighbours
    if before:
        return before, low(f"no speaker in the sentence: {before}, who spoke in the sentence "
                           "before")
    if after:
        return after, low(f"no speaker in the sentence: {after}, who speaks of the same "
                          "casualties in the sentence after")
    if sole_speaker:
        return sole_speaker, low(f"no speaker in the sentence: {sole_speaker}, the only source "
                                 "a report with no outlet names (a press release's own voice)")
    if credited:
        return credited, low(f"no speaker in the lead: the headline credits {credited}")
    return out_id, low("no speaker found: the outlet")


def _date_judgement(t: str, c: _Candidate, span: DateSpan) -> Judgement:
    if span.start is None:
        return low("no date in the passage" if not c.dates else
                   f"'{c.dates[0].raw}' could not be resolved")
    own = [d for d in c.dates if any(a <= d.start < b for a, b in c.sentences)]
    if not own:
        d = c.dates[0]
        return low(f"'{quoted(t, d.start, d.end)}' from a neighbouring sentence", d.start, d.end)
    d = own[0]
    if len({x.span.text for x in own}) > 1:
        return low(f"several dates in the passage; the range covers them all (first: "
                   f"'{quoted(t, d.start, d.end)}')", d.start, d.end)
    if span.precision in ("month", "year"):
        return low(f"'{quoted(t, d.start, d.end)}' gives only the {span.precision}",
                   d.start, d.end)
    return high(f"'{quoted(t, d.start, d.end)}' in the same sentence", d.start, d.end)


def _places_judgement(t: str, c: _Candidate, place_note: str) -> Judgement:
    if place_note:
        return low(place_note)
    for h in c.places:
        if h.place is None:
            return low(f"'{h.mention}' is not in the gazetteer", h.start, h.end)
        if h.method not in ("exact", "alias"):
            return low(f"'{h.mention}' resolved by {h.method.replace('_', ' ')} to "
                       f"{h.place.name}", h.start, h.end)
    h = c.places[0]
    return high(f"'{h.mention}' named in the sentence of the incident", h.start, h.end)


def _figures_judgement(t: str, figures: list[FigureMention]) -> Judgement:
    if not figures:
        return high("no figures given")
    for f in figures:
        if f.qualifier in ("vague", "malformed"):
            return low(f"'{quoted(t, f.start, f.end)}' is {f.qualifier}", f.start, f.end)
        if f.end - f.start <= len(f.raw):
            return low(f"'{quoted(t, f.start, f.end)}': no word for who was counted follows "
                       "the number", f.start, f.end)
    f = figures[0]
    return high(f"'{quoted(t, f.start, f.end)}' with its people and casualty word", f.start,
                f.end)


def ingest_text(text: str, *, published: DateSpan | None = None, outlet: str | None = None,
                gazetteer: Gazetteer | None = None, path: str | None = None,
                register: tuple[ClaimantDef, ...] | None = None) -> IngestResult:
    """Extract places, dates, figures and candidate claims from one report's text."""
    if len(text) > MAX_CHARS:
        raise InputError(f"{path or 'text'}: {len(text):,} characters is more than the "
                         f"{MAX_CHARS:,} allowed for one report")
    if gazetteer is None:
        gazetteer, _ = cached_gazetteer()
    register = register if register is not None else load_register()
    reg = register_by_id(register)
    finder = finder_for(gazetteer)
    result = IngestResult(path, published, outlet=outlet)
    if published is None:
        result.warnings.append("no publication date: relative dates stay unknown")
    t = plain_punctuation(text)
    result.text = t
    sents = sentences(t)
    result.paragraphs = sents[-1].paragraph if sents else 0
    out_id, out_name = outlet_claimant(outlet)

    # Pass 1: everything per sentence.
    per_sentence: list[tuple[Any, list[PlaceHit], list[str], list[DateMention],
                             list[FigureMention], list[Any]]] = []
    all_names = mentions(t, 0, len(t), register)
    all_names = sorted(all_names + holders_by_surname(t, all_names))
    k = 0
    counted: set[tuple[int | None, str]] = set()  # figures so far, for "all four died"
    previous: frozenset[tuple[int | None, str, str]] = frozenset()  # the sentence before's
    earlier: list[str] = []  # categories so far, for "the remaining twelve"
    for s in sents:
        while k < len(all_names) and all_names[k][0] < s.start:
            k += 1
        j = k
        while j < len(all_names) and all_names[j][1] <= s.end:
            j += 1
        names = all_names[k:j]
        dates = find_dates(t, s.start, s.end, published)
        blocked = [(a, b) for a, b, _ in names] + [(d.start, d.end) for d in dates]
        hits = find_places(t, s.start, s.end, finder, blocked)
        roles = [role_of(t, h, s.start, s.end) for h in hits]
        figs = [f for f in find_figures(t, s.start, s.end, [(d.start, d.end) for d in dates],
                                        tuple(earlier),
                                        [(h.start, h.end) for h in hits] + [(a, b) for a, b, _
                                                                            in names])
                if not restates(t, f, counted, previous, s.start)]
        # only what "the remaining N" asks of the past, so a long report stays linear: whether
        # anyone was abducted, and the latest act that was not a release
        acts = [f.category for f in figs if f.category != "released"]
        if acts:
            earlier = [c for c in earlier if c == "abducted"][:1] + \
                (["abducted"] if "abducted" in acts and "abducted" not in earlier else []) + \
                [acts[-1]]
        counted.update((f.count, f.category) for f in figs)
        previous = frozenset((f.count, f.category, f.qualifier) for f in figs)
        cues = find_cues(t, s.start, s.end, register, names)
        per_sentence.append((s, hits, roles, dates, figs, cues))

    # Pass 2: places sharing a name are told apart by the districts the report names.
    districts: list[tuple[int, str]] = [
        (h.start, h.place.district) for _, hits, _, _, _, _ in per_sentence for h in hits
        if h.place is not None and h.place.district and h.place.province == "Balochistan"]
    for _, hits, _, _, _, _ in per_sentence:
        for i, h in enumerate(hits):
            if h.place is None and len(h.suggestions) > 1 and h.suggestions[0][1] >= 100 \
                    and districts:
                nearest = min(districts, key=lambda d, h=h: abs(d[0] - h.start))[1]
                res = finder.resolve(h.mention, nearest)
                if res.place is not None:
                    hits[i] = PlaceHit(h.mention, h.start, h.end, res.place, res.method,
                                       res.score, res.suggestions,
                                       note=f"shared name; {nearest} is the district the "
                                            "report names nearest to it")

    # Pass 2b: one name is one place within a report. "the Dasht area of Mastung district" and
    # later "Assistant Commissioner Dasht" are the same Dasht, not Kech's: where one name came
    # out as different places, the one in the district the report names most wins.
    named_districts = Counter(d for _, d in districts)
    by_name: dict[str, set[str]] = {}
    called_district: set[str] = set()  # names the report itself writes as "X district"
    for _, hits, _, _, _, _ in per_sentence:
        for h in hits:
            if h.place is not None:
                key, as_district = _mention_key(h.mention)
                by_name.setdefault(key, set()).add(h.place.id)
                if as_district and h.place.kind == "district":
                    called_district.add(h.place.id)
    for key, ids in by_name.items():
        if len(ids) < 2:
            continue
        best = max((gazetteer.get(i) for i in ids),
                   key=lambda p: named_districts.get(p.district or "", 0) if p else -1)
        # "two clans of Lehri district" under a SIBI dateline: the report's own word makes the
        # name a district (one that was split off), over the tehsil of the same name elsewhere
        own = [gazetteer.get(i) for i in ids & called_district]
        if len(own) == 1 and own[0] is not None and best is not None \
                and own[0].district != best.district:
            best = own[0]
        for _, hits, _, _, _, _ in per_sentence:
            for i, h in enumerate(hits):
                if h.place is not None and best is not None and h.place.id != best.id \
                        and _mention_key(h.mention)[0] == key:
                    hits[i] = PlaceHit(h.mention, h.start, h.end, best, h.method, h.score,
                                       h.suggestions, note=f"one name, one place in a report: "
                                       f"{best.name} ({best.district}) as elsewhere in it")

    # Pass 3: places out, claims by speaker.
    candidates: list[_Candidate] = []
    last_speaker: str | None = None  # for "he said" across paragraphs
    para_speaker: str | None = None  # for figures with no cue, inside one paragraph
    para = 0
    prev_para_colon = False
    named = [speaker_at(s.end, [c for c in cues if c.claimant], None)
             for s, _, _, _, _, cues in per_sentence]
    # A text with no outlet that names one source only is that source's own release, even when
    # its attribution comes last ("..., the ISPR said." closing a military press release).
    speakers = {c.claimant for *_, cues in per_sentence for c in cues if c.claimant}
    lead_dates = next((ds for ds in (
        [d for d in per_sentence[i][3] if d.span.start is not None
         and not is_statement_date(t, d)] for i in range(min(len(per_sentence), 2))) if ds), [])
    body_figures = {(f.count, act_family(f.category)) for *_, figs, _ in per_sentence
                    for f in figs if f.count is not None and not _headline(t, f.start)}
    sole_speaker = next(iter(speakers)) if outlet is None and len(speakers) == 1 else None
    credited, lead_sentences = _headline_credit(t, per_sentence, all_names)
    for index, (s, hits, roles, dates, figs, cues) in enumerate(per_sentence):
        fresh = _NEW_INCIDENT.match(t, s.start) is not None
        own_dates = [d for d in dates if d.span.start is not None
                     and not is_statement_date(t, d)]
        # A sentence dated well before the lead's incident is background ("where militants
        # killed 60 in August last year"): the outlet's, not the speaker's of the sentence before.
        past = index > 1 and bool(own_dates) and bool(lead_dates) \
            and not _near_in_time(own_dates, lead_dates)
        fresh = fresh or past
        nxt = per_sentence[index + 1][0] if index + 1 < len(per_sentence) else None
        neighbours = (None if fresh or index == 0 else named[index - 1],
                      named[index + 1] if nxt is not None and not
                      _NEW_INCIDENT.match(t, nxt.start) and not per_sentence[index + 1][4]
                      and _CASUALTY.search(t, nxt.start, nxt.end) else None)
        if s.paragraph != para:
            line = t[s.start:s.end].lstrip()
            bullet = bool(re.match(r"[•*·\-–]\s", line))
            if not (bullet and prev_para_colon):
                para_speaker = None
            para = s.paragraph
        prev_para_colon = t[s.start:s.end].rstrip().endswith(":") or (
            prev_para_colon and bool(re.match(r"\s*[•*·\-–]\s", t[s.start:s.end])))
        for h, role in zip(hits, roles, strict=True):
            if h.place is not None:
                result.places.append(_place_dict(h, role))
            else:
                result.unresolved.append({
                    "mention": h.mention, "start": h.start, "end": h.end, "role": role,
                    "suggestions": [
                        {"place_id": pid, "name": (gazetteer.get(pid).name  # type: ignore[union-attr]
                                                   if gazetteer.get(pid) else pid),
                         "score": sc} for pid, sc in h.suggestions],
                })
        for d in dates:
            result.dates.append({"text": d.raw, "start": d.start, "end": d.end,
                                 "date": d.span.text or "unknown",
                                 "precision": d.span.precision})
        carried = last_speaker
        for cue in cues:
            carried = cue.claimant or carried
            if carried:
                a, b = cue.span()
                result.cues.append({"claimant": carried, "start": a, "end": b,
                                    "text": t[a:b]})
        # background ("In August, ...") is the outlet's, never the release's only source
        sole = None if fresh and not _ANOTHER_INCIDENT.match(t, s.start) else sole_speaker
        by_claimant: dict[str, list[FigureMention]] = {}
        why: dict[str, list[Judgement]] = {}
        for f in figs:
            if _headline(t, f.start) and (f.count, act_family(f.category)) in body_figures:
                continue  # a headline repeats the body's figure: one figure, counted once
            # "In a separate incident, ...": another account, not the paragraph speaker's
            cid, judgement = _attribute(t, f.start, cues, last_speaker,
                                        None if past or _ANOTHER_INCIDENT.match(t, s.start)
                                        else para_speaker, out_id, neighbours, sole,
                                        credited if index in lead_sentences else None)
            by_claimant.setdefault(cid, []).append(f)
            why.setdefault(cid, []).append(judgement)
        sentence_speaker = speaker_at(s.end, cues, last_speaker)
        incident_hits = [h for h, r in zip(hits, roles, strict=True) if r == "incident"]
        # Without figures, a sentence makes a claim only when it names a precise place for an
        # event; "Balochistan" with "violence" somewhere in the sentence is background.
        precise = [h for h in incident_hits if h.place is None
                   or h.place.geo_precision in ("point", "district", "abroad")]
        if not figs and precise and _STRONG_EVENT.search(t, s.start, s.end):
            cid, judgement = _attribute(t, s.end, cues, last_speaker, para_speaker, out_id,
                                        neighbours, sole)
            by_claimant.setdefault(cid, [])
            why.setdefault(cid, []).append(judgement)
        for cid, cfigs in by_claimant.items():
            candidates.append(_Candidate(cid, s.paragraph, s.start, s.end, cfigs,
                                         incident_hits, dates, {s.paragraph},
                                         why.get(cid, []), [(s.start, s.end)], index))
        if sentence_speaker:
            last_speaker = para_speaker = sentence_speaker

    # Merge a speaker's consecutive sentences within one paragraph into one claim.
    # Sets beside the lists: a list membership test per hit made a long one-speaker paragraph
    # quadratic (minutes for a hostile 1 MB text).
    merged: list[_Candidate] = []
    seen_places: set[PlaceHit] = set()
    seen_dates: set[DateMention] = set()
    for c in candidates:
        prev = merged[-1] if merged else None
        # "Separately, the body of ... was found": another incident is another claim, even
        # from the same speaker in the same paragraph
        if prev and prev.claimant == c.claimant and prev.paragraph == c.paragraph and \
                not _NEW_INCIDENT.match(t, c.start):
            prev.end = max(prev.end, c.end)
            prev.figures += c.figures
            prev.attributions += c.attributions
            prev.sentences += c.sentences
            for h in c.places:
                if h not in seen_places:
                    seen_places.add(h)
                    prev.places.append(h)
            for d in c.dates:
                if d not in seen_dates:
                    seen_dates.add(d)
                    prev.dates.append(d)
        else:
            merged.append(c)
            seen_places, seen_dates = set(c.places), set(c.dates)

    balochistan = gazetteer.get("balochistan")
    pakistan = gazetteer.get("pakistan")
    incident_dates = [_incident_dates(t, d) for _, _, _, d, _, _ in per_sentence]
    for n, c in enumerate(merged, 1):
        own = _incident_dates(t, c.dates)
        known = [d for d in own if d.span.start is not None]
        if not known:
            borrowed = _neighbour_dates(t, per_sentence, incident_dates, c.index)
            own = (borrowed or []) + [d for d in own if d not in (borrowed or [])]
        elif all(is_statement_date(t, d) for d in known):
            # "relatives said on Monday" only bounds the incident from above; a date of the
            # incident in the next or previous sentence, not after it, says when.
            borrowed = _neighbour_dates(t, per_sentence, incident_dates, c.index)
            said = max(d.span.end for d in known)  # type: ignore[type-var]
            if borrowed and all(d.span.end is not None and d.span.end <= said
                                for d in borrowed):
                own = borrowed
        c.dates = own
        span, basis = combine(c.dates)
        if span.start is not None and published is not None and published.end is not None \
                and span.start > published.end:
            basis = f"{span.text} is after publication; left unknown for review ({basis})"
            span = DateSpan(None, None, "unknown", "unknown")
        evidence = t[c.start:c.end]
        borrowed_note = ""
        coarse = all(h.place is not None and h.place.geo_precision in ("province", "country")
                     for h in c.places)
        if coarse and not _NATIONWIDE.search(evidence) and not _PROVINCE_WIDE.search(evidence):
            near = _neighbour_places(t, per_sentence, c.index)
            if near:
                c.places, borrowed_note = near
        place_ids: list[str] = []
        place_names: list[str] = []
        unresolved_mentions: list[str] = []
        for h in c.places:
            if h.place is not None:
                if h.place.id not in place_ids:
                    place_ids.append(h.place.id)
                    place_names.append(h.place.name)
            elif h.mention not in unresolved_mentions:
                unresolved_mentions.append(h.mention)
        place_mentions: list[dict[str, Any]] = [
            {"mention": h.mention, "place_id": h.place.id if h.place else None}
            for h in c.places]
        place_note = borrowed_note
        if not place_ids and not unresolved_mentions:
            fallback = pakistan if _NATIONWIDE.search(evidence) else balochistan
            if fallback is not None:
                place_ids, place_names = [fallback.id], [fallback.name]
                place_mentions = [{"mention": fallback.name, "place_id": fallback.id}]
                place_note = "no incident place in the passage: placed at " + fallback.name
        cdef = reg.get(c.claimant)
        source_type = cdef.source_type if cdef else "media"
        itype = incident_type(evidence, c.figures, span)
        claim = {
            "id": f"x{n:03d}",
            "claimant": c.claimant,
            "claimant_name": cdef.name if cdef else out_name,
            "source_type": source_type,
            "incident_type": itype,
            "places": place_ids,
            "place_names": place_names,
            "unresolved_places": unresolved_mentions,
            "place_mentions": place_mentions,
            "date": span.text or "unknown",
            "date_start": span.start.isoformat() if span.start else None,
            "date_end": span.end.isoformat() if span.end else None,
            "time_precision": span.precision,
            "date_basis": basis,
            "figures": [{**f.as_dict(), "start": f.start, "end": f.end} for f in c.figures],
            "summary": _summary(cdef, out_name, source_type, itype, c.figures,
                                place_names + unresolved_mentions, span),
            "evidence": {"start": c.start, "end": c.end},
            "confidence": {
                "claimant": weakest(c.attributions, low(
                    f"no speaker found: {out_name}")).as_dict(),
                "date": _date_judgement(t, c, span).as_dict(),
                "places": _places_judgement(t, c, place_note).as_dict(),
                "figures": _figures_judgement(t, c.figures).as_dict(),
            },
            "passage": sorted(c.paragraphs | {c.paragraph}),
            "review_status": "machine_extracted",
            **({"place_note": place_note} if place_note else {}),
        }
        result.claims.append(claim)
    return result


def ingest_file(path: str | Path, *, published: DateSpan | None = None,
                outlet: str | None = None, gazetteer: Gazetteer | None = None) -> IngestResult:
    """Read (with encoding checks) and ingest one report file; raises InputError when unreadable."""
    decoded = read_report(path)
    result = ingest_text(decoded.text, published=published, outlet=outlet, gazetteer=gazetteer,
                         path=str(path))
    result.encoding = decoded.encoding
    if decoded.warning:
        result.warnings.insert(0, f"{path}: {decoded.warning}")
    if not decoded.text.strip():
        result.warnings.append(f"{path}: the file is empty")
    return result
