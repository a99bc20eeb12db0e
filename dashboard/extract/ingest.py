"""Report text in, candidate claims out: places, dates, figures and who claims them.

Everything here is rules over the text plus the project gazetteer and the claimant register;
one report takes milliseconds. Output claims use the shape of the `export` GeoJSON properties,
and every one of them is a candidate for review, never a fact.
"""

from __future__ import annotations

import bisect
import re
import traceback
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from dashboard.extract.attribution import (
    ClaimantDef,
    Cue,
    document_author,
    find_cues,
    holders_by_surname,
    load_register,
    mentions,
    named_bodies,
    register_by_id,
    report_owner,
    speaker_at,
    speaker_cue,
    unowned_reports,
)
from dashboard.extract.confidence import (
    AFTER,
    BARE,
    BEFORE,
    BORROWED_PLACE,
    CLAUSE_READ,
    COUNTED,
    HEADLINE,
    NAMED,
    NO_DATE,
    NO_FIGURES,
    NO_PLACE,
    NOT_IN_GAZETTEER,
    OUTLET,
    OWN_RELEASE,
    PARAGRAPH,
    PLACED_BY_CONTAINER,
    PRONOUN,
    SEVERAL_DATES,
    SOLE_SOURCE,
    SPEAKER,
    SPELLING,
    VAGUE,
    Judgement,
    date_family,
    judged,
    of_claimant,
    quoted,
    weakest,
)
from dashboard.extract.dates import (
    DAY_TOLD_AGAIN,
    MONTH_NAMES,
    MONTH_WORDS,
    TITLED_BY_PERIOD,
    WEEKDAYS,
    DateMention,
    combine,
    find_dates,
    in_comparison,
    in_ordinal_tally,
    in_stamp_line,
    is_overnight,
    is_planned_date,
    is_publication_date,
    is_statement_date,
    is_to_come,
    span_between,
)
from dashboard.extract.figures import (
    CASES_NOTE,
    CLAUSE_READ_NOTE,
    KIND_PART_NOTE,
    REST_NOTE,
    SECOND_ACT_NOTE,
    TALLY_VERB,
    FigureMention,
    act_end,
    act_family,
    describes_members,
    find_figures,
    measures_a_thing,
    names_no_act,
    one_known_person,
    restates,
    runs_on_a_toll,
    tells_an_accident,
    tells_an_act,
    tells_one_incident,
)
from dashboard.extract.numbers import find_numbers
from dashboard.extract.places import (
    CONTAINED,
    ORIGIN_WORDS,
    PlaceFinder,
    PlaceHit,
    find_places,
    in_caption,
    is_dateline,
    is_health_facility,
    report_town,
    role_of,
    seat_of_a_teller,
    settle_addresses,
    settle_between,
    settle_dateline_district,
    settle_dateline_scene,
    settle_datelines,
    settle_lone_dateline,
    settle_unknown_places,
    shared_row,
)
from dashboard.extract.text import (
    MAX_CHARS,
    InputError,
    line_bounds,
    plain_punctuation,
    read_report,
    sentences,
)
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


# (the credit may stand in brackets after the agency: "PTI (wire copy on Frontier Daily)")
_WIRE_CREDIT = re.compile(r"\s+\(?(?:wire|news\s+agency|agency\s+copy)\b", re.IGNORECASE)
# In an outlet's name, "PTI" is the Press Trust of India, whose copy Indian papers carry ("PTI
# (The Tribune, India)", "Outlook India (PTI)"): the party of those initials issues statements
# and releases, which an outlet field names as such ("PTI press release").
_AGENCY_INITIALS = re.compile(r"\bPTI\b(?!\s+(?:press|statement|release|handout|spokes\w*|"
                              r"party|media\s+cell)\b)", re.IGNORECASE)


def outlet_claimant(outlet: str | None,
                    register: tuple[ClaimantDef, ...] | None = None) -> tuple[str, str]:
    """(id, name) of the outlet speaking for itself, the claimant of unattributed figures.

    With the register given, an outlet that names one of its claimants ("ISPR press release",
    "HRCP press statement", "Government of Balochistan handout") is that claimant's own
    voice: one home for the ISPR, whether a report is its release or quotes it."""
    if outlet and register:
        # a news outlet keeps its own name: the register's media entries are for outlets a
        # report cites ("..., Geo News reported"), not for the one publishing it
        media = {c.id for c in register if c.source_type == "media"}
        # a name the outlet credits as a wire ("Daily X (PTI wire)", "Y, AP wire copy") is the
        # agency whose copy the paper carries, whatever body shares its initials: the paper's
        # own reporting, not that body's release
        agency = [m.span() for m in _AGENCY_INITIALS.finditer(outlet)]
        found = [(s, cid) for s, e, cid in mentions(outlet, 0, len(outlet), register)
                 if cid not in media and not _WIRE_CREDIT.match(outlet, e)
                 and (s, e) not in agency]
        named = {cid for _, cid in found}
        by_id = register_by_id(register)
        if len(named) > 1 and len({by_id[cid].organisation for cid in named}) == 1:
            # "Baloch National Movement (Paank)", "Paank (the BNM's rights department)",
            # "Pakistan Army (ISPR)": a body named with one of its own departments, whichever
            # of the two the brackets hold, is that department publishing (its rights wing, its
            # media wing), the voice the register knows it by
            departments = {cid for cid in named if cid != by_id[cid].organisation}
            if len(departments) == 1:
                named = departments
        if len(named) == 1:
            cid = named.pop()
            return cid, by_id[cid].name
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
    # a lead handed to the source that tells its counts again below: that telling's sentence,
    # whose neighbours date the lead as they would have dated the telling
    told_again_at: int | None = None


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
# A report telling several operations or blasts one by one opens each with its ordinal: "In the
# second operation, ...", "The third blast ...". Each is its own incident: the same count in two
# of them is two figures. (Their dates may still be shared: this is no break in time.)
_NEXT_OF_SEVERAL = re.compile(
    r"\s*(?:(?:In|During)\s+)?the\s+(?:second|third|fourth|fifth|sixth|next|other|last|latter)"
    r"\s+(?:[\w-]+\s+)?(?:operations?|attacks?|incidents?|blasts?|explosions?|raids?|ambush(?:es)?|"
    r"clash(?:es)?|encounters?|strikes?)\b", re.IGNORECASE)
# Openers that step back in time to an earlier incident: "Earlier, ...", "Last month, ...", "In
# 2019, ...", "A day earlier, the body of a shopkeeper was found ...", or back to an earlier case
# the writer recalls, "Recently, a similar protest ..." (the words that step back anywhere in a
# sentence: _STEP_BACK)
_STEPS_BACK = (r"Earlier|Previously|Last\s+(?:year|month|week)|In\s+(?:19|20)\d\d|"
               r"(?:An?|One|Two|Three|A\s+few)\s+(?:days?|nights?|weeks?|months?)\s+"
               r"(?:earlier|before)|"
               r"The\s+(?:previous|preceding)\s+(?:day|night|week)|The\s+(?:day|night|week)\s+before|"
               r"Recently")
_STEPS_BACK_OPENER = re.compile(rf"\s*[\"']?(?:{_STEPS_BACK})\b", re.IGNORECASE)
_NEW_INCIDENT = re.compile(
    rf"\s*[\"']?(?:{_ANOTHER}|{_STEPS_BACK}|"
    rf"(?:In|On|Since|During)\s+(?:(?:early|late|mid)[\s-])?(?-i:{MONTH_NAMES})|This\s+(?:year|month)|"
    r"So\s+far\s+(?:this|in|during|since)|"
    r"The\s+(?:attack|incident|killing|abduction)s?\s+(?:came|comes))\b",
    re.IGNORECASE)


# A sentence that accounts for the rest of the lead's total ("The remaining two deaths were in
# Kalat and Nushki") belongs to the lead's period, not to the incident told just before it.
_REMAINDER = re.compile(r"\s*[\"']?(?:The\s+)?(?:remaining|other|rest\s+of\s+the)\s+(?:\w+\s+)?"
                        r"(?:deaths|dead|killings|victims|casualties|cases|incidents|attacks|"
                        r"abductions|disappearances)\b", re.IGNORECASE)


# The words by which a sentence speaks of an incident's dead, injured or taken.
# So does one about its perpetrators or the act itself: "SSP Operations said the attackers, who
# were riding a motorcycle, escaped towards Kuchlak" speaks of the lead's incident.
_CASUALTY = re.compile(r"\b(?:killed|dead|deceased|bodies|body|injured|wounded|martyred|"
                       r"abducted|kidnapped|victims?|casualt(?:y|ies)|hostages?|attackers|"
                       r"assailants|gunmen|armed\s+men|killers|culprits|the\s+(?:attack|incident|blast|"
                       r"explosion|ambush|firing)|"
                       # the source of a bare lead tells the same attack next: "According to the
                       # police, the convoy was attacked ...", "Confirming the development, the DPO
                       # said miscreants stormed ...", "the ISPR said the militants belonged to"
                       r"(?:was|were)\s+attacked|attacked\s+the|miscreants|militants|terrorists|"
                       r"c[oa]me\s+under\s+(?:heavy\s+|intense\s+)?(?:fire|attack)|"
                       r"confirming\s+the\s+(?:development|incident|attack|casualties))\b",
                       re.IGNORECASE)


def _dated(t: str, dates: list[DateMention]) -> list[DateMention]:
    """The known dates among `dates` that are not a statement's (or a dateline's) own."""
    return [d for d in dates if d.span.start is not None and not is_statement_date(t, d)]


def _own_known(t: str, dates: list[DateMention]) -> list[DateMention]:
    """The dates of what happened among `dates`: known, not a statement's, not a tally's, and
    not a period the figure is compared with (unless nothing else dates it)."""
    own = [d for d in _dated(t, dates) if not in_ordinal_tally(t, d.start)]
    return [d for d in own if not in_comparison(t, d.start)] or own


def _same_time(a: DateMention, b: DateMention) -> bool:
    """Whether two dates may name one moment: they overlap and neither is a frame many times
    the other's length ("on Sunday" and "the night of Saturday and Sunday" are one time;
    "last month" and "in January", or "March" and "since 2013", are not)."""
    a0, a1, b0, b1 = a.span.start, a.span.end, b.span.start, b.span.end
    assert a0 is not None and a1 is not None and b0 is not None and b1 is not None
    if a0 > b1 or b0 > a1:
        return False  # "last month" and "in August", Sunday and Monday: two times
    la, lb = (a1 - a0).days + 1, (b1 - b0).days + 1
    return max(la, lb) <= 4 * min(la, lb) + 2


# Where one clause of a sentence ends and the next, with a time of its own, begins: "a shepherd
# was killed last month ..., and two Levies men were injured in January".
_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|while|but|whereas|adding|saying|stating)\b|"
                           r"\s(?:while|whereas)\s", re.IGNORECASE)
# Dates joined by "and"/"or"/"to" are one time: "on Saturday and Sunday".
_DATES_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|to|-|and\s+on|and\s+again\s+on)\s*",
                           re.IGNORECASE)
# "three men who went missing last month were found ... this week": a date inside a relative
# clause about the people dates their past, not the figure's own act.
_RELATIVE_OPEN = re.compile(r"\b(?:who|that|which)\b", re.IGNORECASE)
_MAIN_VERB_AFTER = re.compile(r"[^,;.]{0,40}?\b(?:were|was|had\s+been|have\s+been|has\s+been)\b",
                              re.IGNORECASE)


# "supporters on their way to attend a rally on Sunday came under fire on Saturday": a date in
# the purpose of a journey is when the planned event was to be, not when the act happened.
_PLANNED_FOR = re.compile(r"\bto\s+(?:attend|hold|join|stage|take\s+part\s+in|participate\s+in|"
                          r"address|celebrate)\b[^,;.()]{0,40}$", re.IGNORECASE)


def _within(inner: DateMention, outer: DateMention) -> bool:
    """Whether inner's span lies inside outer's, which is longer: a frame around a day."""
    i0, i1, o0, o1 = inner.span.start, inner.span.end, outer.span.start, outer.span.end
    assert i0 is not None and i1 is not None and o0 is not None and o1 is not None
    return o0 <= i0 and i1 <= o1 and (o1 - o0) > (i1 - i0)


def _figure_date(t: str, f: FigureMention, groups: list[list[DateMention]], lo: int,
                 hi: int) -> int:
    """Which date group dates figure f: the first after it in its clause (skipping a relative
    clause about its people), else the nearest before it in its clause, else the nearest before
    it in the sentence, else the first after."""
    a = max((m.end() for m in _CLAUSE_BREAK.finditer(t, lo, f.start)), default=lo)
    nxt = _CLAUSE_BREAK.search(t, f.end, hi)
    b = nxt.start() if nxt else hi
    # "Five of the 11 workers abducted on Monday were released on Wednesday": the date after
    # the figure's own verb, not one inside the words that name its people
    verb = act_end(t, f, b)
    # "On August 30, forces killed five militants ... after attacks on August 26": a day that
    # opens the sentence before a comma dates its main clause; a later day in the clause tells
    # the cause or the background. (A frame around that later day, "Last week, ... on Thursday",
    # gives way to the day; a dateline's date is followed by a colon or bracket, not a comma.
    # "Earlier this month, ... in an overnight attack" names the time of night inside the frame:
    # a night with no day is the night before publication only when nothing frames it.)
    opener = next((i for i, g in enumerate(groups) if g[0].start - lo <= 25 and g[0].start >= a
                   and g[-1].end <= f.start and t.startswith(",", g[-1].end)), None)
    if opener is not None and not any(
            _within(h[0], groups[opener][0]) and not is_overnight(h[0])
            for h in groups if a <= h[0].start < b):
        return opener
    planned_end = -10
    for i, g in enumerate(groups):
        d = g[0]
        if verb <= d.start < b:
            # "the bodies of two men abducted in March were found on Sunday": a date between
            # the people and their main verb, with none of the figure's own act before it,
            # belongs to the words that describe them
            if _MAIN_VERB_AFTER.match(t, g[-1].end) and (
                    verb == f.end or _RELATIVE_OPEN.search(t, f.end, d.start)):
                continue
            if (_PLANNED_FOR.search(t, max(verb, d.start - 60), d.start)
                    or 0 <= d.start - planned_end <= 3) and any(
                    g[-1].end + 3 < h[0].start < b for h in groups):
                # the planned event's day (and its restatement, "on Sunday (today)"); the
                # act's own comes later in the clause
                planned_end = g[-1].end
                continue
            return i
    before = [i for i, g in enumerate(groups) if g[-1].end <= f.start]
    in_clause = [i for i in before if groups[i][0].start >= a]
    if in_clause:
        return in_clause[-1]
    if before:
        return before[-1]
    # no group ends before the figure: the first one, which reaches over or past it
    return next((i for i, g in enumerate(groups) if g[0].start >= f.end), 0)


def _clause_groups(t: str, f: FigureMention, groups: list[list[DateMention]], lo: int,
                   hi: int) -> tuple[int, ...]:
    """The date groups in the clause of f ("38 disappeared across Balochistan in September,
    ..., and that five taken in August ..." gives September), else all of the sentence's."""
    a = max((m.end() for m in _CLAUSE_BREAK.finditer(t, lo, f.start)), default=lo)
    nxt = _CLAUSE_BREAK.search(t, f.end, hi)
    b = nxt.start() if nxt else hi
    inside = tuple(i for i, g in enumerate(groups) if a <= g[0].start < b)
    return inside or tuple(range(len(groups)))


def _split_by_own_date(t: str, c: _Candidate, lo: int, hi: int) -> list[_Candidate]:
    """One speaker's clauses that carry their own times are claims of their own: "a shepherd
    was killed last month ..., and two Levies men were injured in January" is two claims, each
    with its month, not one spanning January to April; a frame around a day ("Earlier this
    year, on March 9") gives way to the day."""
    own = _own_known(t, c.dates)
    if not c.figures or len(own) < 2:
        return [c]
    groups: list[list[DateMention]] = []
    for d in own:
        # "found on Thursday ...; he had been killed two or three days earlier": a step from
        # a date told is the same account's time, as are dates joined by "and"
        if groups and (_DATES_JOINED.fullmatch(t, groups[-1][-1].end, d.start)
                       or d.basis.startswith("counted from")):
            groups[-1].append(d)
        else:
            groups.append([d])
    if len(groups) < 2 or all(_same_time(x[0], y[0]) for x in groups for y in groups):
        return [c]
    at = {id(f): _figure_date(t, f, groups, lo, hi) for f in c.figures}
    chosen: dict[tuple[int, ...], list[FigureMention]] = {}
    for f in c.figures:
        key: tuple[int, ...] = (at[id(f)],)
        # "in two operations: eight ... on Thursday and four ... on Friday": a count of
        # operations sums them as a total does
        if f.total or (f.category == "operations" and (f.count or 0) > 1):
            # a total spans the times of the parts of its act ("12 suspects, seven in Chattar
            # and five in Tamboo"; "12 militants: eight on Thursday and four on Friday"), or
            # every time of the sentence when it has no parts (a period's tally)
            parts = {at[id(g)] for g in c.figures if not g.total and g is not f and (
                g.category == f.category or f.category == "operations")}
            key = tuple(sorted(parts | {at[id(f)]})) if parts else _clause_groups(t, f, groups,
                                                                                  lo, hi)
        chosen.setdefault(key, []).append(f)
    others = [d for d in c.dates if d not in own]  # statement dates, kept as bounds
    return [_Candidate(c.claimant, c.paragraph, c.start, c.end, figs, c.places,
                       [d for i in key for d in groups[i]] + others, set(c.paragraphs),
                       list(c.attributions), list(c.sentences), c.index)
            for key, figs in sorted(chosen.items(), key=lambda kv: kv[1][0].start)]


def _since_then(t: str, c: _Candidate, hi: int,
                published: DateSpan | None = None) -> list[_Candidate]:
    """"50 went missing in January and February, the group said on Wednesday, adding that 12
    of them had since returned": a figure whose clause says "had since" runs from the
    passage's time up to when it was said (or published), a claim of its own."""
    own = _own_known(t, c.dates)
    said = max((d.span.end for d in c.dates if d not in own and d.span.end is not None
                and is_statement_date(t, d)), default=published.end if published else None)
    if not own or said is None:
        return [c]
    later: list[FigureMention] = []
    since: re.Match[str] | None = None
    for f in c.figures:
        nxt = _CLAUSE_BREAK.search(t, f.end, hi)
        found = _SINCE_THEN.search(t, f.end, nxt.start() if nxt else hi)
        if found:
            later.append(f)
            since = since or found
    if since is None:
        return [c]
    first = min(d.span.start for d in own)  # type: ignore[type-var]
    # with the passage's own time beside it: the reviewer sees both, and a low confidence
    up_to = DateMention(since.group(0), since.start(), since.end(), span_between(first, said),
                        f"'{since.group(0)}': from {first} up to when it was said ({said})")
    claim = _Candidate(c.claimant, c.paragraph, c.start, c.end, later, c.places,
                       [*own, up_to], set(c.paragraphs), list(c.attributions),
                       list(c.sentences), c.index)
    rest = [f for f in c.figures if f not in later]
    if not rest:
        return [claim]
    return [_Candidate(c.claimant, c.paragraph, c.start, c.end, rest, c.places, c.dates,
                       set(c.paragraphs), list(c.attributions), list(c.sentences), c.index),
            claim]


def _rest_dated(c: _Candidate, act_dates: dict[str, list[DateMention]]) -> list[_Candidate]:
    """"Eleven had come home by Wednesday afternoon ...; a search for the remaining twelve is
    under way": the rest of a group is dated with the group, when its act was dated before."""
    rest = [f for f in c.figures if f.note == REST_NOTE and act_dates.get(act_family(f.category))]
    if not rest:
        return [c]
    when = act_dates[act_family(rest[0].category)]
    rest = [f for f in rest if act_dates.get(act_family(f.category)) == when]
    others = [f for f in c.figures if f not in rest]
    dated = _Candidate(c.claimant, c.paragraph, c.start, c.end, rest, c.places, list(when),
                       set(c.paragraphs), list(c.attributions), list(c.sentences), c.index)
    if not others:
        return [dated]
    return [_Candidate(c.claimant, c.paragraph, c.start, c.end, others, c.places, c.dates,
                       set(c.paragraphs), list(c.attributions), list(c.sentences), c.index),
            dated]


_SINCE_THEN = re.compile(r"\b(?:had|have|has)\s+since\b(?!\s+(?:the\s+)?(?:\d|(?-i:[A-Z])|last|"
                         r"then\b))", re.IGNORECASE)


def _from_statement_day(t: str, dates: list[DateMention]) -> list[DateMention]:
    """Times counted back from "now" ("earlier this week") count from the day the speaker
    spoke when the sentence gives it ("told a press conference on Monday"), not from the
    day the report was published (ANNOTATION.md 7)."""
    said = [d for d in dates if d.span.start is not None and d.span.start == d.span.end
            and is_statement_date(t, d)]
    if not said:
        return dates
    day = said[0].span
    out = []
    for d in dates:
        if ("counted back from publication" in d.basis or " before publication (" in d.basis) \
                and not is_statement_date(t, d):
            again = [x for x in find_dates(t, d.start, d.end, day) if x.start == d.start]
            if again and again[0].span.start is not None:
                d = DateMention(d.raw, d.start, d.end, again[0].span,
                                again[0].basis.replace("publication", "the statement"))
        out.append(d)
    return out


# A bare lead sourced by the sentence after it: "Two Levies men were martyred ... late on
# Sunday. According to Levies sources, the personnel were on a routine patrol ..."
_SOURCED_NEXT = re.compile(r"\s*[\"']?According\s+to\b", re.IGNORECASE)


def _incident_dates(t: str, dates: list[DateMention],
                    published: DateSpan | None = None) -> list[DateMention]:
    """The dates of what happened: statement dates ("police said on Monday") are dropped when
    the passage gives another date, and kept (the only bound there is) when it does not, unless
    the statement was made on the day of publication."""
    dates = [d for d in dates if not is_to_come(d, published)]
    kept = [d for d in dates if not is_statement_date(t, d) and not in_ordinal_tally(t, d.start)]
    # a period the figure is compared with dates it only when nothing else in the passage does
    compared = [d for d in kept if not in_comparison(t, d.start)]
    if any(d.span.start is not None for d in compared):
        kept = compared
    if any(d.span.start is not None for d in kept):
        return kept
    # "the ISPR said on Sunday" in Sunday's paper: the speaker's day is the publication day,
    # which says when the news came and bounds nothing the report does not already bound, so
    # an act the text gives no day of its own stays undated (ANNOTATION.md 7)
    today = published.start if published is not None and published.precision == "day" else None
    return [d for d in dates if not is_publication_date(t, d)
            and not (today is not None and d.span.start == d.span.end == today)]


# "the same day", "on the same night": the time the report has just told, for another act
_SAME_DAY = re.compile(r"\b(?:on\s+|that\s+)?the\s+same\s+(?:day|date|night|evening|morning|"
                       r"afternoon)\b", re.IGNORECASE)


def _a_day(d: DateMention) -> bool:
    """Whether d names a day or a night (at most three days), not a week, month or year."""
    return d.span.start is not None and d.span.end is not None \
        and (d.span.end - d.span.start).days <= 2


def _scene_districts(row: Any) -> set[str]:
    """The districts of one sentence's incident places."""
    _, hits, roles, *_ = row
    return {h.place.district for h, r in zip(hits, roles, strict=True)
            if r == "incident" and h.place is not None and h.place.district}


def _elsewhere(per_sentence: list[Any], i: int, index: int) -> bool:
    """Whether a sentence after sentence i, up to sentence index, names a scene in a district
    sentence i does not: a round-up has moved on to its next incident."""
    there = _scene_districts(per_sentence[i])
    return any(_scene_districts(per_sentence[k]) - there for k in range(i + 1, index + 1))


# The day people were taken, told beside their release ("... have been recovered. They were
# abducted from Mola on Oct 22"): the release came that day or any day after, up to
# publication; it is a lower bound, not the release's day.
_CAPTURE_BEFORE = re.compile(
    r"\b(?:abducted|kidnapped|picked\s+up|taken\s+away|whisked\s+away|went\s+missing|"
    r"disappeared|seized|taken\s+hostage|held\s+hostage)\b[^.;:\d]{0,90}$", re.IGNORECASE)


def _after_the_capture(t: str, c: _Candidate, dates: list[DateMention] | None,
                       published: DateSpan | None) -> list[DateMention] | None:
    """`dates`, with each day of a capture (see _CAPTURE_BEFORE) told in a sentence that holds
    none of the candidate's figures widened to run from that day to publication, when the
    candidate counts only releases."""
    if not dates or not c.figures or published is None or published.end is None or \
            any(f.category != "released" for f in c.figures):
        return dates
    def beside(d: DateMention) -> bool:  # in a sentence of the release's own figures
        return any(a <= d.start < b and any(a <= f.start < b for f in c.figures)
                   for a, b in c.sentences)
    # (a month or a half-year frames the captures and the releases alike: "of those picked up
    # in April, eight were later released")
    return [d if beside(d) or not _a_day(d) or d.span.start is None
            or not _CAPTURE_BEFORE.search(t, max(0, d.start - 100), d.start)
            else replace(d, span=span_between(d.span.start, published.end),
                         basis=f"{d.basis}; the release came then or later")
            for d in dates]


def _neighbour_dates(t: str, per_sentence: list[Any], incident_dates: list[list[DateMention]],
                     index: int) -> list[DateMention] | None:
    """Dates for a passage that gives none: news prose dates an incident once, in the lead or
    the sentence before or after. Previous sentence first, then the next, then the day told two
    or three sentences before, then the lead."""
    s = per_sentence[index][0]
    if _SAME_DAY.search(t, s.start, s.end):
        # "In another incident the same day, ...": another incident, but at the time the
        # report told last; the nearest dated sentence before it says when
        for i in range(index - 1, -1, -1):
            if (dated := _dated(t, incident_dates[i])):
                return dated
    if _NEW_INCIDENT.match(t, s.start):
        return None
    def dated_at(i: int) -> list[DateMention]:
        return _dated(t, incident_dates[i])

    # The lead is the body's first two sentences of prose. A photo caption above it dates the
    # picture (the funeral on Monday), not the incident; nor does a page's stamp line ("Updated
    # 28 Oct, 2024 06:40pm"), its furniture above the headline, or the lines between headline
    # and lead that are not prose ("Share:", "16:39", a bulleted summary, a standfirst).
    top = _headline_line(t)[0]
    first = next((i for i in range(min(len(per_sentence), 2 * _TOP_LINES))
                  if per_sentence[i][0].start >= top), 0)
    opening = [i for i in range(first, min(len(per_sentence), first + 2 * _TOP_LINES))
               if _prose(t, per_sentence[i][0])
               and not (i > first and _NEW_INCIDENT.match(t, per_sentence[i][0].start))
               and not (i > first and _RECAP.match(t, per_sentence[i][0].start))
               and not in_caption(t, per_sentence[i][0].end)
               and not in_stamp_line(t, per_sentence[i][0].start)][:2]
    # (a second sentence with a scene in another district than the first's tells another
    # incident: no part of the lead)
    if len(opening) == 2 and _scene_districts(per_sentence[opening[0]]) and (
            _scene_districts(per_sentence[opening[1]])
            - _scene_districts(per_sentence[opening[0]])):
        opening = opening[:1]
    lead = next((dated_at(i) for i in opening if dated_at(i)), None)
    if _REMAINDER.match(t, s.start):
        # "The remaining two deaths were in Kalat": the rest of the lead's tally. The lead may
        # come after a headline and a byline.
        tally = next((dated_at(i) for i in range(min(len(per_sentence), 4, index))
                      if not in_caption(t, per_sentence[i][0].end) and dated_at(i)), None)
        if tally:
            return tally
    # An account goes forward: a passage the sentences on either side leave dateless goes on
    # with the day told two or three sentences before it (a quote or a detail between), not
    # with the lead's, which may be another incident's or the day a statement was made; unless
    # a sentence between opens another incident or names a scene in another district. (A week,
    # month or year told there is a frame, often background, not the account's day.)
    candidates = [index - 1, index + 1, index - 2, index - 3]
    for i in candidates:
        if 0 <= i < len(per_sentence):
            if in_caption(t, per_sentence[i][0].end):
                continue  # a photo's day (often a file photo's year) dates the picture only
            if i > index and _NEW_INCIDENT.match(t, per_sentence[i][0].start):
                continue
            if i > index and _RECAP.match(t, per_sentence[i][0].start):
                # "The strikes came two days after an attack on Tuesday": the day of the
                # background the line recalls, not the account's
                continue
            if _scene_districts(per_sentence[index]) and (
                    _scene_districts(per_sentence[i]) - _scene_districts(per_sentence[index])):
                continue  # the sentence tells its own scene elsewhere: its own incident
            if i < index - 1 and (any(_NEW_INCIDENT.match(t, per_sentence[k][0].start)
                                      for k in range(i + 1, index))
                                  or not all(_a_day(d) for d in dated_at(i))
                                  or _elsewhere(per_sentence, i, index)):
                continue
            dated = dated_at(i)
            if dated and i > index and not all(_a_day(d) for d in dated):
                continue  # a month or a year after the account frames another matter
            if dated and i > index and lead and not _near_in_time(dated, lead):
                # The sentence after goes back to the past ("where militants killed 60 in
                # August last year"): background, a different incident; the lead dates this one.
                continue
            # (unless it counts that background's people again: "In February, 14 were killed
            # in a blast in Pishin. According to the DC, the bomb claimed 14 lives")
            if dated and i < index and lead and i >= 2 and _before(dated, lead, days=7) \
                    and not ({f.count for f in per_sentence[i][4] if f.count}
                             & {f.count for f in per_sentence[index][4] if f.count}) \
                    and not (i == index - 1 and (
                        _CASE_DAY.match(t, per_sentence[i][0].start)
                        or _PAST_OPENER.match(t, per_sentence[i][0].start))):
                # The sentence before recalls something that came before the lead's incident
                # ("demanding the release of a student picked up last month"): background; a
                # dateless passage after it still belongs to the lead's incident. (One that
                # opens on its past day, "On March 11, militants stormed a train", starts a
                # recap: the dateless sentence right after it goes on with that story.)
                continue
            if dated and i == index - 1 and lead and not all(_a_day(d) for d in dated) \
                    and not _near_in_time(dated, lead) \
                    and not ({f.count for f in per_sentence[i][4] if f.count}
                             & {f.count for f in per_sentence[index][4] if f.count}):
                # A year or a month far from the lead's day, in a line just before that counts
                # none of these people ("The group became the main source of attacks in 2024"),
                # frames a trend: background; the passage goes on with the lead's incident.
                continue
            if dated:
                return dated
    return lead


_BULLET = re.compile(r"\s*[\u2022*\u00b7-]\s")


def _prose(t: str, s: Any) -> bool:
    """Whether sentence s is prose: a full stop, a closing quote or the colon before a quote
    ends it, it has a few words, and it is no bullet of a summary."""
    words = t[s.start:s.end].rstrip()
    return words.endswith((".", "!", "?", '"', "'", ":")) and len(words.split()) >= 4 \
        and not _BULLET.match(t, s.start)


# A passage that steps back in time ("Earlier, ...", "Last year ...", "In 2023 ...") tells a
# past incident: the report's own time does not date it.
_PAST_OPENER = re.compile(
    # ("Earlier, the ISPR had said two were killed" tells an earlier telling of the same
    # incident, a toll since revised: not an earlier incident)
    r"\s*[\"']?(?:Earlier(?!,?\s+(?:[\w'’-]+\s+){0,8}?had\s+(?:said|told|informed|announced|"
    r"stated|reported|claimed|confirmed)\b)|Previously|Last\s+(?:year|month|week)|In\s+(?:19|20)\d\d|"
    # ("So far this year, 40 were killed" tallies the past; an official's "So far, seven have
    # died" is this incident's toll to the hour)
    r"So\s+far\s+(?:this|in|during|since)\b|"
    r"This\s+(?:year|month)|(?:An?|One|Two|Three|A\s+few)\s+(?:days?|nights?|weeks?|months?)\s+"
    r"(?:earlier|before)|The\s+(?:previous|preceding)\s+(?:day|night|week)|"
    r"The\s+(?:day|night|week)\s+before)\b", re.IGNORECASE)


def _report_known(t: str, per_sentence: list[Any],
                  incident_dates: list[list[DateMention]]) -> list[DateMention]:
    """Every incident date a report names, captions, page stamps, statements and background
    lines aside (once per report: the rules below look at all of them for each dateless
    claim)."""
    found: list[DateMention] = []
    for i, row in enumerate(per_sentence):
        s = row[0]
        # (nor a background line's: "The strikes came two days after an attack on Tuesday"
        # dates the earlier attack, not the report's own time)
        if in_caption(t, s.end) or in_stamp_line(t, s.start) or _RECAP.match(t, s.start):
            continue
        found += [d for d in _own_known(t, incident_dates[i]) if not is_publication_date(t, d)]
    return found


def _report_districts(per_sentence: list[Any]) -> set[str]:
    """The districts of the report's incident places."""
    return set().union(*(_scene_districts(row) for row in per_sentence))


# A count bound to a place as its share of a tally: the place, then its count ("Kech (19)",
# "Kech 88", "Panjgur, with 31 cases", "Zhob and Sherani (3 each)") ...
_SHARE_AFTER_PLACE = re.compile(r"\)?(?:[ \t]+(?:district|tehsil))?(?:[ \t]*\([^()]{1,20}\))?"
                                r"(?:[ \t]*\([ \t]*|[ \t]*,?[ \t]+"
                                rf"(?:with|{TALLY_VERB})[ \t]+|[ \t]+)$", re.IGNORECASE)
# ... or the count, then its place ("six from Awaran", "one case each from Washuk", "two
# cases each in Gwadar", "eight cases were reported from Kech"); "all nine were from Punjab"
# tells where people came from, and binds nothing
_SHARE_BEFORE_PLACE = re.compile(
    r"(?:[ \t]+(?:cases?[ \t]+)?each|[ \t]+cases?(?:[ \t]+(?:were|was|have[ \t]+been|"
    r"had[ \t]+been))?(?:[ \t]+(?:reported|recorded|registered|documented))?|[ \t]+(?:were|was)"
    r"[ \t]+(?:reported|recorded|registered|documented)|(?<=^)(?=[ \t]+(?:from|in)[ \t]))"
    r"(?:[ \t]+each)?[ \t]+(?:from|in)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE)
_BARE_FROM = re.compile(r"[ \t]+(?:from|in)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
# Two names of one list: "Panjgur, Awaran", "Zhob and Sherani", "Barkhan (5), Karachi",
# "Lasbela, Musakhel, and Kalat"
_LIST_JOIN = re.compile(r"(?:[ \t]*\([ \t]*\d[\d,]*[ \t]*\))?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|"
                        r"[ \t]+and[ \t]+)$")


def _shares(t: str, hits: list[PlaceHit], figs: list[FigureMention]) -> set[tuple[int, int]]:
    """(figure, place) pairs of counts bound to a place as its share of a tally."""
    pairs: set[tuple[int, int]] = set()
    for i, f in enumerate(figs):
        for j, h in enumerate(hits):
            if f.note == f"{SHARE_NOTE}{h.mention}" or (h.end <= f.start and f.start - h.end <= 32
                    and _SHARE_AFTER_PLACE.match(t[h.end:f.start])) or (
                    f.end <= h.start and h.start - f.end <= 40
                    and _SHARE_BEFORE_PLACE.match(t[f.end:h.start])
                    # a bare count ("six from Awaran"), not people ("nine labourers from Multan")
                    and (" " not in t[f.start:f.end].strip()
                         or not _BARE_FROM.match(t[f.end:h.start]))):
                pairs.add((i, j))
    return pairs


def tallied_places(t: str, hits: list[PlaceHit], figs: list[FigureMention]) -> set[int]:
    """The places (indexes into `hits`) a tally counts: a tally shared out place by place
    ("Kech (19), Panjgur (11)", "Panjgur, with 31 cases, then Kharan with 12", "one case
    each from Washuk, Kharan and Surab") counts cases that happened in each place, so each is a
    scene (ANNOTATION.md 8), though the sentence names no act; every name of the list the
    count closes or opens shares it."""
    bound = {j for _, j in _shares(t, hits, figs)}
    # a list shares its count out: spread to the names joined on either side
    changed = True
    while changed:
        changed = False
        for j in range(len(hits) - 1):
            a, b = hits[j], hits[j + 1]
            if (j in bound) != (j + 1 in bound) and b.start - a.end <= 16 \
                    and _LIST_JOIN.match(t[a.end:b.start]):
                bound |= {j, j + 1}
                changed = True
    return bound


SHARE_NOTE = "a share of a tally: "
# "N each" shares one count to every place of a list: "Karachi and Mastung (4 each)", "Awaran,
# Kharan and Gwadar recorded four cases each", "a single case each in Zhob, Loralai and Harnai"
_EACH = re.compile(r"(?:[ \t]+cases?)?[ \t]+each\b", re.IGNORECASE)
# the list before the count ("Zhob and Sherani (3 each)", "Kharan and Gwadar recorded four")
_EACH_VERB = r"(?:recorded|reported|registered|saw|had)"
_EACH_LIST_BEFORE = re.compile(rf"(?:[ \t]*\([ \t]*|[ \t]+(?:each[ \t]+)?(?:{_EACH_VERB}|with)"
                               r"[ \t]+|[ \t]+)$", re.IGNORECASE)
# ... and "each" before the verb: "Zhob and Sibi each recorded one case" (the share runs over
# its "case" when there is one)
_EACH_BEFORE = re.compile(rf"[ \t]+each[ \t]+{_EACH_VERB}[ \t]+$", re.IGNORECASE)
_CASES_AFTER = re.compile(r"(?:[ \t]+(?:cases?|incidents?)\b)?", re.IGNORECASE)
# the list after it ("one case each from Washuk", "two each were recorded in Gwadar")
_EACH_LIST_AFTER = re.compile(r"[ \t]+(?:(?:were|was|came)[ \t]+)?(?:(?:reported|recorded|"
                              r"registered|documented)[ \t]+)?(?:from|in)[ \t]+(?:the[ \t]+)?",
                              re.IGNORECASE)
# A group broken down by where its members came from ("of the dead, three belonged to Zhob,
# two were from Pishin and one each from Kuchlak and Chaman"): "N each from" goes on with the
# homes, and shares out no act
_ORIGIN_BEFORE = re.compile(rf"\b(?:{ORIGIN_WORDS})\b", re.IGNORECASE)


def _list_around(t: str, hits: list[PlaceHit], j: int, step: int) -> list[int]:
    """Hit ``j`` and the names of its list, walking back (step -1) or on (step 1); a name with
    a count of its own ("Kharan (9), Zhob and Sibi (2 each)") ends the list."""
    out = [j]
    while 0 <= j + step < len(hits):
        a, b = (hits[j + step], hits[j]) if step < 0 else (hits[j], hits[j + step])
        if b.start - a.end > 16 or not _LIST_JOIN.match(t[a.end:b.start]) \
                or "(" in t[a.end:b.start]:
            break
        j += step
        out.append(j)
    return out


def shares_each(t: str, lo: int, hi: int, hits: list[PlaceHit], figs: list[FigureMention],
                lead_act: str | None) -> list[FigureMention]:
    """A tally's "N each" is one share per place of its list (ANNOTATION.md 3, a part by
    place): "Karachi and Mastung (4 each)" is 4 in Karachi and 4 in Mastung, "one case each
    from Washuk, Kharan and Surab" three figures of one. The share takes the act of the tally
    it breaks down: the count's own figure, else the sentence's first, else the last counting
    sentence's."""
    if "each" not in t[lo:hi]:
        return figs
    out = list(figs)
    for n in find_numbers(t, lo, hi):
        each = _EACH.match(t, n.end, hi) or (
            _CASES_AFTER.match(t, n.end, hi)
            if _EACH_BEFORE.search(t, max(lo, n.start - 30), n.start) else None)
        if not each or not n.count:
            continue
        places: list[int] = []
        after = _EACH_LIST_AFTER.match(t, each.end(), hi)
        own = next((f for f in out if f.start <= n.start < f.end), None)
        model = own or next((f for f in out if f.category != "operations"), None)
        if after and after.group(0).strip().lower().startswith("from") and (
                _ORIGIN_BEFORE.search(t, lo, n.start)
                or (model is None and not re.search(r"case", each.group(0), re.IGNORECASE)
                    and not tells_an_act(t, lo, hi))):
            # "N each from" telling where people came from, not a tally's share by place:
            # after a breakdown by home ("three belonged to Zhob, ... one each from Kohlu and
            # Sibi"), or in a sentence of no act and no cases ("4 from Zhob, one each from ...")
            continue
        if after:
            places = next((_list_around(t, hits, j, 1) for j, h in enumerate(hits)
                           if h.start == after.end()), [])
        if not places:
            places = next((_list_around(t, hits, j, -1) for j, h in enumerate(hits)
                           if h.end <= n.start and n.start - h.end <= 16
                           and _EACH_LIST_BEFORE.search(t[h.end:n.start])
                           and _EACH_LIST_BEFORE.search(t[h.end:n.start]).start() == 0), [])
        if len(places) < 2:
            continue  # "each" of one place is no list to share
        category = model.category if model else lead_act
        if category is None or category == "operations":
            continue
        who, total = (model.who, model.total) if model else ("unspecified", False)
        out = [f for f in out if f is not own]
        out += [FigureMention(t[n.start:each.end()], n.count, category, who, n.qualifier,
                              n.start, each.end(), note=f"{SHARE_NOTE}{hits[j].mention}",
                              total=total)
                for j in sorted(places)]
    return sorted(out, key=lambda f: f.start)


def shares_of_a_total(t: str, hits: list[PlaceHit], figs: list[FigureMention],
                      tally: FigureMention | None,
                      dates: list[DateMention]) -> list[FigureMention]:
    """A place's share of a tally over a period is itself a count over that period: "61
    disappeared in January ... Kech (19), Panjgur (11)" is 19 in Kech in January, a total
    (ANNOTATION.md 3) like the tally it breaks down (the sentence's first count that is no
    share, else the first of the last sentence that counted)."""
    shares = {i for i, _ in _shares(t, hits, figs)} | {
        i for i, f in enumerate(figs) if f.note.startswith(SHARE_NOTE)}
    if not shares:
        return figs
    first = min(shares)
    own = next((f for i, f in enumerate(figs) if i not in shares and i < first), None)
    tally = own if own is not None else tally
    # "12 killed: eight in Kachhi on Thursday, four in Kharan on Friday" are two incidents,
    # each of its own day (or night), whose sum is a total; a period's shares have no day of
    # their own
    if tally is None or not tally.total or any(_a_day(d) for d in dates):
        return figs
    return [replace(f, total=True) if i in shares and f.category == tally.category else f
            for i, f in enumerate(figs)]


# A periodic report told by a news report: "its monthly report for May", "the quarterly report",
# one named by the period it covers: "its report for January 2025", "figures for 2024", or one
# said to document, record or detail what it counts ("a report documenting abuses in May")
_PERIODIC_REPORT = re.compile(r"\b(?:monthly|quarterly|annual|yearly|half-yearly)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:report|review|tally|figures|data)\b|"
                              r"\b(?:report|review|tally|figures|data)\s+for\s+(?:the\s+month\s+"
                              rf"of\s+)?(?-i:{MONTH_NAMES}|(?:19|20)\d\d)\b|"
                              r"\b(?:report|review|investigation|tally)\b[^.;:]{0,80}?\b(?:documents?|"
                              r"documenting|documented|highlights?|highlighting|records?|recorded|"
                              r"recording|details|detailing|sheds?\s+light)\b|"
                              # a report named by its period, as a title writes it: "April 2024
                              # Report", "2023 Annual Review" (the words the page-stamp test
                              # knows it by), "Report 2023"
                              rf"{TITLED_BY_PERIOD.pattern}|\b(?:report|review)\s+(?:19|20)\d\d\b",
                              re.IGNORECASE)


def _report_period(t: str, per_sentence: list[Any],
                   incident_dates: list[list[DateMention]]) -> list[DateMention] | None:
    """The period a periodic report covers, when the opening lines tell one ("its monthly report
    for May 2025", "for the first half of 2025"): each case it lists is an incident of its own,
    so a case told without a date is of that period, not of the day the case before or after
    it gives."""
    for i in range(min(len(per_sentence), 4)):
        s = per_sentence[i][0]
        if not _PERIODIC_REPORT.search(t, s.start, s.end):
            continue
        # the period may be in the sentence naming the report, or in the lead just before it;
        # a period is a week or longer ("the first half of 2025", "May"), not a day
        periods = [d for row in incident_dates[max(0, i - 1):i + 2] for d in row
                   if d.span.start is not None and d.span.end is not None
                   and (d.span.end - d.span.start).days >= 6]
        # a periodic report's figures span its period: the one time that holds every other the
        # opening gives (a review of "the first half of 2024", which "runs to the close of
        # June", counts over six months, not over June)
        whole = [d for d in periods if all(d.span.start <= x.span.start  # type: ignore[operator]
                                           and x.span.end <= d.span.end  # type: ignore[operator]
                                           for x in periods)]
        if whole:
            return whole[:1]
    return None


def _goes_on_with_the_tally(t: str, per_sentence: list[Any],
                            incident_dates: list[list[DateMention]], index: int, at: int) -> bool:
    """Whether the dateless sentence `index` goes on with the period's tally told at sentence
    `at`: the next sentence or the one after, nothing between dated, opening another incident
    or stepping back in time, and the sentence itself telling no single incident ("In the settled
    districts, militants carried out 27 attacks, resulting in 19 deaths" after "91 fatalities
    in January": January's figures broken down; not "On one such night, two men were shot")."""
    if not 0 < index - at <= 2:
        return False
    s = per_sentence[index][0]
    return not any(_NEW_INCIDENT.match(t, per_sentence[k][0].start)
                   or _PAST_OPENER.match(t, per_sentence[k][0].start)
                   or (k < index and _dated(t, incident_dates[k]))
                   for k in range(at + 1, index + 1)) \
        and not tells_one_incident(t, s.start, s.end)


# "Meanwhile, the chief minister condemned the attack that killed five passengers": the
# leaders' answer to the incident told, no other incident; its count is that incident's again.
_REACTION_MEANWHILE = re.compile(
    r"\s*[\"']?Meanwhile,?\s+(?:[^.;:]{0,120}?\s)?(?:(?:strongly|also)\s+)?(?:condemned|denounced|"
    r"deplored|expressed\s+(?:(?:deep|profound)\s+)?(?:grief|sorrow|condolences|concern|shock)|"
    r"took\s+(?:serious\s+)?notice|offered\s+(?:his\s+|her\s+|their\s+)?condolences|"
    r"paid\s+(?:rich\s+)?tribute)\b", re.IGNORECASE)


_MEANWHILE = re.compile(r"\s*[\"']?Meanwhile\b", re.IGNORECASE)


# A lead that tells several incidents at once: "Four people died in separate shootings and a
# crash across the province on Sunday"
_SEVERAL_INCIDENTS = re.compile(r"\b(?:separate|different|two|three|four|several|multiple|"
                                # "a series of attacks on police stations in Mastung, Kalat
                                # and Pasni late on Sunday night", "simultaneous blasts"
                                r"coordinated|simultaneous|twin|(?:series|wave|string)\s+of)\s+"
                                r"(?:[\w-]+\s+)?(?:incidents|attacks|blasts|explosions|"
                                r"bombings|raids)\b", re.IGNORECASE)


def _one_day_for_all(t: str, per_sentence: list[Any], known: list[DateMention]) -> bool:
    """Whether the report's lead (its first two sentences) tells several incidents and every
    incident date the report names is one day: that day is each incident's."""
    if not known or any(not _a_day(d) or d.span != known[0].span for d in known):
        return False
    return any(_SEVERAL_INCIDENTS.search(t, s.start, s.end) and any(
        s.start <= d.start < s.end for d in known) for s, *_ in per_sentence[:3])


def _report_time(t: str, per_sentence: list[Any], index: int, known: list[DateMention],
                 districts: set[str]) -> list[DateMention] | None:
    """The one time a report gives its incident, wherever it gives it: a follow-up ("the toll
    rose to eight") may date the attack only in a later paragraph ("On May 21, a blast hit the
    bus"). When the report's incidents lie in one district and every incident date it names
    (`known`) falls in one span, a dateless figure of the report is of that time. With two
    times or two districts named, nothing says which, and the figure stays undated; so does a
    passage that turns to another incident ("Separately")."""
    start = per_sentence[index][0].start
    # ("Meanwhile" is "at the same time": a dateless passage it opens is of the report's one time;
    # so is "Elsewhere" under a lead that dates all its "separate incidents" to one day)
    one_day = _one_day_for_all(t, per_sentence, known)
    if _PAST_OPENER.match(t, start) or (_ANOTHER_INCIDENT.match(t, start)
                                        and not _MEANWHILE.match(t, start) and not one_day):
        return None
    # incidents in two districts are two incidents, each of its own time (unless the lead
    # gives them all one day)
    if (len(districts) > 1 and not one_day) or not known:
        return None
    first = min(d.span.start for d in known)  # type: ignore[type-var]
    last = max(d.span.end for d in known)  # type: ignore[type-var]
    # one time: every date overlaps every other (a night and its two days), or two days that
    # follow each other ("the night of June 30 and July 1" read as its two days)
    if (last - first).days > 1 and ((last - first).days > 2
                                    or not all(_same_time(a, b) for a in known for b in known)):
        return None
    return known


# An operation or clash still going on when the figures were given: "martyred in an ongoing
# operation", "the militants killed till now"
_ONGOING = re.compile(r"\b(?:ongoing|continuing)\s+(?:[\w-]+\s+){0,2}?(?:operation|clash|"
                      r"gun-?fight|gun\s+battle|battle|encounter|exchange\s+of\s+fire|fighting)\b|"
                      # "killed till now", not "no group has claimed it till now"
                      r"\b(?:killed|dead|martyred|injured|wounded|arrested|detained|hell|"
                      r"neutrali[sz]ed)\W{0,2}\s+(?:so\s+far\s+)?(?:till|until|up\s+to)\s+now\b",
                      re.IGNORECASE)


# The report saying, in the present, that the operation is not over yet: "the operation is still
# under way", "the clearance operation continues", "the siege is in its closing stages"
_STILL_ON = re.compile(r"\b(?:operation|clash(?:es)?|gun-?fight|gun\s+battle|fighting|siege)\s+"
                       r"(?:(?:is|are)\s+(?:still\s+)?(?:continuing|under\s?way|in\s+progress|"
                       r"going\s+on|in\s+(?:its|the)\s+(?:final|last|closing)\s+stages?)|"
                       r"(?:still\s+)?continues)\b", re.IGNORECASE)


def _ongoing_until(t: str, c: Any, span: DateSpan, said_at: list[Any],
                   published: DateSpan | None, still_on: list[re.Match[str]]) -> DateMention | None:
    """A figure of an operation still going on when it was told runs from the operation's start
    up to that day (the day it was said, else the publication day), when that is a few days
    later: "four soldiers were martyred in an ongoing operation, the ISPR said on Tuesday"
    after an attack on Monday night is Monday to Tuesday. `still_on`: the report's own words,
    in the same account, that the operation is not over ("the operation is still under way"),
    which say so for the figures told before them too when they are dated by one day, the day
    it began (a night or a span the source gives is one engagement's, over when told)."""
    found = next((m for a, b in c.sentences if (m := _ONGOING.search(t, a, b))), None) or (
        next((m for m in still_on if m.start() >= c.start), None)
        if span.start == span.end else None)
    if found is None or span.start is None or span.end is None:
        return None
    told = max(said_at, default=published.end if published is not None
               and published.start == published.end else None)
    if told is None or told <= span.end or (told - span.start).days > 3:
        return None
    return DateMention(found.group(0), found.start(), found.end(), span_between(span.start, told),
                       f"'{found.group(0)}': still going on when told, from {span.start} up to "
                       f"{told}")


_LATER_IN_THE_DAY = re.compile(r"\b(?:evening|afternoon|night|noon|midday)\b", re.IGNORECASE)


def _night_ending(t: str, per_sentence: list[Any], index: int, day: Any,
                  known: list[DateMention]) -> DateMention | None:
    """A night the report names (among `known`) that ends on `day`: a lead dates the attack "on
    Tuesday" by the morning it was reported, while the account dates it "on the night of March
    25-26". The figures of that day are of the whole night."""
    if _PAST_OPENER.match(t, per_sentence[index][0].start):
        return None
    return next((d for d in known if d.span.end == day and d.span.start is not None
                 and (d.span.end - d.span.start).days == 1), None)


def _account_dates(t: str, per_sentence: list[Any], incident_dates: list[list[DateMention]],
                   index: int, reach: int = 3) -> list[DateMention] | None:
    """A release's summary dates only its statement ("the ISPR announced on Friday"); the
    account that follows dates the incident a few sentences on ("According to the ISPR, ...
    The troops engaged the militants on the night of May 3-4"). The first incident date within
    `reach` sentences, unless another incident begins before it."""
    for i in range(index + 1, min(len(per_sentence), index + 1 + reach)):
        if _NEW_INCIDENT.match(t, per_sentence[i][0].start) or per_sentence[i][4]:
            return None  # another incident, or new figures: another account's date
        dated = _dated(t, incident_dates[i])
        if dated:
            # (a month or a year there frames what the report turns to, "the security meeting
            # last month", not the day of the account)
            return dated if all(_a_day(d) for d in dated) else None
    return None


# "Earlier today, a blast in Pishin ...", "Earlier in the day, ...", "Earlier on Monday, ...":
# an account that steps back to something before it on one day.
_EARLIER_SAME_DAY = re.compile(
    rf"\s*[\"']?Earlier\s+(?:today|this\s+morning|{DAY_TOLD_AGAIN}|on\s+"
    rf"(?-i:{'|'.join(w.capitalize() for w in WEEKDAYS)}))\b",
    re.IGNORECASE)


def _day_stepped_back_from(t: str, per_sentence: list[Any],
                           incident_dates: list[list[DateMention]],
                           index: int) -> list[DateMention] | None:
    """A dateless passage is of the day a later paragraph steps back within: "Earlier today"
    (or "in the day", "on Monday") tells what came before the story above on the same day, so
    that story is of that day too; not across another incident opened between."""
    for i in range(index + 1, len(per_sentence)):
        s = per_sentence[i][0]
        earlier = _EARLIER_SAME_DAY.match(t, s.start)
        if _NEW_INCIDENT.match(t, s.start) and not earlier:
            return None
        if earlier:
            day = [d for d in _dated(t, incident_dates[i]) if _a_day(d)
                   and d.span.start == d.span.end]
            return day[:1] or None
    return None


def _retold_dates(t: str, c: _Candidate, merged: list[_Candidate], segment_of: list[int],
                  published: DateSpan | None) -> list[DateMention] | None:
    """A dateless passage whose counts the report gives again further on, with the same acts
    and a time of its own, is of that time: a lead says "five militants were killed and three
    injured" and the statement below "on the night of ..., five were killed, three injured".
    Every counted figure must come again (a lone count needs two or more: a "one" recurs by
    chance), before the report turns to another incident."""
    counts = Counter((f.count, act_family(f.category)) for f in c.figures
                     if f.count is not None and not f.total)
    if not counts or (len(counts) < 2 and max(n for n, _ in counts) < 2):  # type: ignore[type-var]
        return None
    at = next(j for j, m in enumerate(merged) if m is c)
    for later in merged[at + 1:]:
        if segment_of[later.index] != segment_of[c.index]:
            return None
        told = Counter((f.count, act_family(f.category)) for f in later.figures
                       if f.count is not None)
        if all(told[key] >= k for key, k in counts.items()):
            known = _dated(t, _incident_dates(t, later.dates, published))
            if known:
                return known
    return None


# "The BLA said it carried out both attacks and claimed it had killed more than 60 soldiers":
# a claim about the incidents told before spans their times.
_SEVERAL_TOLD = re.compile(r"\b(?:both|the\s+(two|three|four)|all\s+(three|four))\s+(?:attacks|"
                           r"incidents|blasts|bombings|raids|ambushes|operations|killings)\b",
                           re.IGNORECASE)


def _several_told(t: str, c: _Candidate, per_sentence: list[Any],
                  incident_dates: list[list[DateMention]]) -> list[DateMention] | None:
    m = _SEVERAL_TOLD.search(t, c.start, c.end)
    if m is None:
        return None
    n = {"two": 2, "three": 3, "four": 4}.get((m.group(1) or m.group(2) or "two").lower(), 2)
    told: list[list[DateMention]] = []
    for i in range(c.index - 1, max(-1, c.index - 12), -1):
        dated = _dated(t, incident_dates[i])
        if dated and not any(_same_time(d, x) for d in dated for ds in told for x in ds):
            told.append(dated)
        if len(told) == n:
            return [d for ds in told for d in ds]
    return None


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
    # A lead that names only the province gives the spot in the next sentence ("shot five
    # travellers ... in Balochistan province, officials said. The attackers stopped the coach
    # near Rakhni")
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


def _headline_credit(t: str, names: list[tuple[int, int, str]], lead: list[int]
                     ) -> tuple[str | None, set[int]]:
    """The claimant a headline credits, and the lead's sentences it speaks for (`lead`, see
    _lead)."""
    top, first = _headline_line(t)
    if first >= len(t) or not _headline(t, top):
        return None, set()
    tail = _CREDIT_TAIL.search(t, top, first)
    if tail is None:
        return None, set()
    cid = next((c for a, b, c in names if tail.start() <= a and b <= first), None)
    if cid is None:
        return None, set()
    return cid, set(lead)


def _lead(t: str, per_sentence: list[Any]) -> list[int]:
    """The report's lead: its first two sentences of prose under the headline (after any stamp
    line, byline or caption)."""
    top, first = _headline_line(t)
    after = first if _headline(t, top) else -1
    body: list[int] = []
    for i, row in enumerate(per_sentence):
        if row[0].start > after and _prose(t, row[0]) and not in_caption(t, row[0].end) \
                and not in_stamp_line(t, row[0].start):
            body.append(i)
            if len(body) == 2:
                break
    return body


def _relay_outlets(per_sentence: list[Any], lead: list[int],
                   reg: dict[str, ClaimantDef]) -> set[str]:
    """The outlets credited in a report whose lead gives a rights group's or a party's words
    ("Paank counted 40 disappearances in April, The Balochistan Post reported"): wire
    copy that re-tells another outlet's story of a body's report credits that outlet sentence
    after sentence ("..., The Balochistan Post reported"), and every such credit relays the
    body's figures, as "citing" does within one sentence. `lead`: the lead's sentences."""
    if not any(getattr(reg.get(c.claimant or ""), "source_type", None) in (
            "rights_group", "political") for i in lead for c in per_sentence[i][5]):
        return set()
    # (the credit may come sentences after the body is named, for the body's words in a
    # pronoun or its report's: "The group reported that ...", "According to the report, ...,
    # the outlet's credit closing it")
    # (outlets only: residents or witnesses, media in the register's kinds, speak for
    # themselves)
    return {c.claimant for row in per_sentence for c in row[5] if c.claimant
            and getattr(reg.get(c.claimant), "outlet", False)}


def _drop_relay_credits(per_sentence: list[Any], relays: set[str]) -> None:
    """Takes the relaying outlets' credits out of every sentence but the first, so those
    sentences fall to the body the account is of (the statement's scope, the paragraph's
    speaker). Changes the cue lists in place."""
    if not relays:
        return
    for row in per_sentence[1:]:
        cues = row[5]
        if any(c.claimant in relays for c in cues):
            cues[:] = [c for c in cues if c.claimant not in relays]


# A copied web page often opens with the site's furniture before its headline: a menu button
# ("close", "Open Menu"), a section name ("World"), the site's name ("DAWN.COM"), a navigation
# bar in capitals, the day's date ("Wednesday April 23, 2025", "E-Paper | July 28, 2024").
_CHROME_WORDS = 3
_TOP_LINES = 8


def _page_chrome(t: str, start: int, end: int) -> bool:
    """Whether the line t[start:end] is page furniture: a stamp or date line, a line of at
    most three words with no figure in it, or a navigation bar in capitals."""
    line = t[start:end].strip()
    if not line or in_stamp_line(t, start):
        return True
    if any(ch.isdigit() for ch in line):
        return False
    words = line.split()
    return len(words) <= _CHROME_WORDS or (len(words) >= 4 and line.isupper())


@lru_cache(maxsize=16)
def _headline_line(t: str) -> tuple[int, int]:
    """Where the headline line lies: the first line under the page's furniture (see
    _page_chrome). When what follows the furniture is not a headline (it ends with a full
    stop), the first line is, as before: a short headline must not pass for furniture."""
    pos = 0
    for _ in range(_TOP_LINES):
        end = t.find("\n", pos)
        if end < 0:
            break
        if not _page_chrome(t, pos, end):
            if pos > 0 and t[pos:end].rstrip().endswith((".", ":", "?", "!")):
                break
            return pos, end
        pos = end + 1
    end = t.find("\n")
    return 0, (len(t) if end < 0 else end)


def _headline(t: str, pos: int) -> bool:
    """Whether pos lies on the headline line (see _headline_line) and that line is a headline
    (no full stop), with more text under it."""
    start, end = _headline_line(t)
    if end >= len(t) or not start <= pos <= end:
        return False
    return not t[start:end].rstrip().endswith((".", ":", "?", "!"))


_RESPONSIBILITY = re.compile(r"\b(?:claim(?:ed|s|ing)?|accept(?:ed|s|ing)?|own(?:ed|s|ing)?)\s+"
                             r"(?:the\s+)?responsibility\b", re.IGNORECASE)


def _source_after(t: str, per_sentence: list[Any], named: list[str | None],
                  index: int, bodies: Sequence[tuple[int, str]] = ()) -> tuple[str | None, bool]:
    """The source that tells a bare lead's attack in the sentence after it, or in the one after
    a line of background that names no one and counts nothing ("This four-day operation is
    taking place in the Sambaza area."), and whether it lends by a toll it raised or by pointing
    back at the counts (either gives the lead's count no need to recur). None when another
    incident or new figures come first, and for a sentence that cites a source of its own
    ("According to initial reports, ...").
    `bodies` are the (start, id) of the names of the text that are no outlet: the body whose
    findings a sentence says the counts before it are."""
    own = per_sentence[index][0]
    if _OWN_SOURCE.search(t, own.start, own.end):
        return None, False
    for i in (index + 1, index + 2):
        if i >= len(per_sentence):
            return None, False
        nxt, _, _, dates, figs, _ = per_sentence[i]
        if tells_an_accident(t, nxt.start, nxt.end):
            return None, False  # a road crash told next is another story, no conflict's source
        if _POINTS_BACK.search(t, nxt.start, nxt.end):
            # (who gave them speaks, or, for "findings of the report issued by X", is named)
            credit = named[i] or next((cid for at, cid in reversed(bodies)
                                       if nxt.start <= at < nxt.end), None)
            if credit:
                return credit, True  # pointing back, it need not give the counts again
        if i == index + 1 and not named[i] and not figs and not _NEW_INCIDENT.match(
                t, nxt.start) and i + 1 < len(per_sentence) and _POINTS_BACK.search(
                t, per_sentence[i + 1][0].start, per_sentence[i + 1][0].end):
            continue  # a line of background before it may be dated: "crime fell this year"
        if i == index + 1 and figs and named[i] and _TOLL_NEXT.search(t, nxt.start, nxt.end) \
                and not _NEW_INCIDENT.match(t, nxt.start):
            # "Two more students died ... The deaths raised the toll to eight, officials said":
            # who gives the toll confirms the deaths that raised it
            return named[i], True
        if i == index + 1 and named[i] and nxt.paragraph == own.paragraph \
                and _SOURCED_NEXT.match(t, nxt.start) and not _NEW_INCIDENT.match(t, nxt.start):
            # "Separately, two militants were killed ... According to the ISPR, one of them
            # ...": a source opening the next sentence of the paragraph tells the summary
            # before it, even where it goes on to figures of its own; but only where its account
            # gives the count again (ANNOTATION.md 5, round 28): "According to the spokesman,
            # the Levies responded swiftly" tells the attack, not the lead's toll
            if not figs and not _count_recurs(t, per_sentence, named, index, named[i]):
                return None, False
            return named[i], False
        if _NEW_INCIDENT.match(t, nxt.start) or figs or _subheading(t, nxt.start):
            # (a crosshead opens the next section: its source speaks for what follows it)
            return None, False
        # (a quote over two sentences is one statement: "... from three directions. There was
        # an exchange of fire," the police chief said)
        if _RESPONSIBILITY.search(t, nxt.start, nxt.end):
            # a group claiming the attack owns the act, not the toll the paper told of it
            return None, False
        if named[i] and (_CASUALTY.search(t, per_sentence[index + 1][0].start, nxt.end)
                         or (i == index + 1 and _SOURCED_NEXT.match(t, nxt.start))):
            # the source must give the count (ANNOTATION.md 5): "police said the three were
            # on patrol" restates the lead; "the DC confirmed the killing" does not
            if not _count_recurs(t, per_sentence, named, index, named[i]):
                return None, False
            return named[i], False
        if named[i] or dates:
            return None, False
    return None, False


def _count_recurs(t: str, per_sentence: list[Any], named: list[str | None], index: int,
                  source: str | None) -> bool:
    """Whether the account of `source` after sentence `index` gives one of that sentence's
    counts again ("police said the three were on patrol", or the spokesman's quote two
    sentences down): the source must give the count to take a lead's figure (ANNOTATION.md 5).
    The account runs while its sentences name that source or no one, up to another incident."""
    counts = {f.count for f in per_sentence[index][4] if f.count is not None}
    for i in range(index + 1, min(len(per_sentence), index + 6)):
        row = per_sentence[i][0]
        if i > index + 1 and (_NEW_INCIDENT.match(t, row.start) or named[i] not in (None, source)):
            break
        # (a number that says who some of them are gives no count: "the victims, four of them
        # relatives, of whom two are brothers" under "six killed, two wounded")
        # (nor does one that measures a thing: "four to five kg of explosive")
        if any(n.count in counts and not describes_members(t, n.end, row.end)
               and not measures_a_thing(t, n.end, row.end)
               for n in find_numbers(t, row.start, row.end)):
            return True
    return False


def _counted_otherwise_below(t: str, per_sentence: list[Any], named: list[str | None],
                             reg: dict[str, ClaimantDef], index: int, f: FigureMention) -> bool:
    """Whether the account the sentence after `index` opens counts f's act only with other
    numbers: a source that gives the parts of a lead's total ("two ... in Awaran, one in Kech"
    under "four were killed in three raids") or another count of its own does not restate the
    lead, whose count stays the paper's (ANNOTATION.md 5: the source must give the count). A
    source that counts nothing of that act still tells the lead's attack. The account ends where
    another incident, another day, a crosshead or a speaker of another kind comes in."""
    if f.count is None or index + 1 >= len(per_sentence):
        return False
    family = act_family(f.category)
    lender = named[index + 1]
    other = False
    for i in range(index + 1, len(per_sentence)):
        row = per_sentence[i]
        if i > index + 1 and (_NEW_INCIDENT.match(t, row[0].start)
                              or _DAY_OPENS.match(t, row[0].start)
                              or _subheading(t, row[0].start)
                              or not _same_kind(lender, named[i], reg)):
            break
        for g in row[4]:
            if g.count is not None and act_family(g.category) == family:
                if g.count == f.count:
                    return False
                other = True
    return other


# "Two soldiers were also killed in Panjgur": more of the same, not the same told again
_ALSO = re.compile(r"\b(?:also|another|again|more(?!\s+than)|second|further|separate)\b",
                   re.IGNORECASE)
_ADDITION = re.compile(r"\s*(?:Additionally|In\s+addition|Moreover|Besides|Furthermore)\s*,",
                       re.IGNORECASE)
_TOLL_NEXT = re.compile(r"\b(?:raised|raising|brought|bringing|taking|took|pushed|pushing)\s+"
                        r"(?:the\s+)?(?:death\s+)?(?:toll|total|number\s+of\s+(?:the\s+)?dead)\b",
                        re.IGNORECASE)
# a sentence that opens with the day it tells: "On Saturday, ...", "Late on Friday, ..."
# (or a calendar day: "On Oct 31, a constable and three workers were shot dead ...")
_DAY_OPENS = re.compile(rf"\s*(?:(?:Early|Late)\s+)?On\s+(?:(?:last|this)\s+)?"
                        rf"(?:{'|'.join(WEEKDAYS)}|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
                        rf"(?-i:{MONTH_WORDS})\.?"
                        rf"(?:\s+\d{{1,2}})?)\b", re.IGNORECASE)
_OWN_SOURCE = re.compile(r"\baccording\s+to\b|\b(?:said|says|told|reported)\b", re.IGNORECASE)
# A sentence that credits the counts before it by pointing back at them: "The DIG disclosed
# these figures at a news conference", "These are the main findings of the review issued by
# ...". Pointing back, it gives the count (ANNOTATION.md 5) without writing it again; a remark
# on them ("these numbers could not be verified") credits nothing.
_SHOWN = r"(?:disclos|shar|releas|reveal|present|stat|compil|issu|announc|provid|giv)"
_POINTS_BACK = re.compile(
    rf"\b(?:{_SHOWN}|gave\b)\w*\s+"
    r"(?:all\s+)?(?:these|the\s+above)\s+(?:facts|figures|numbers|statistics|stats|details|data)\b|"
    r"\b(?:These|The\s+above)\s+(?:facts|figures|numbers|statistics|details|data)\s+(?:were|was|"
    rf"have\s+been)\s+{_SHOWN}\w*|"
    r"^\s*These\s+(?:are|were)\s+(?:the\s+|some\s+of\s+the\s+)?(?:key\s+|main\s+|major\s+)?"
    r"(?:findings|figures|highlights)\s+of\b", re.IGNORECASE | re.MULTILINE)


def _cites_a_source(t: str, a: int, b: int, own_name_at: list[int]) -> bool:
    """Whether the sentence t[a:b] credits a source of its own (see _OWN_SOURCE). A paper that
    credits itself by name ("..., reported the Coast Courier" in the Courier) tells the lead in
    its own voice: it cites no one."""
    for m in _OWN_SOURCE.finditer(t, a, b):
        at = bisect.bisect_left(own_name_at, max(a, m.start() - 40))
        if not any(m.end() <= p <= m.end() + 5 or (p < m.start() and not re.search(
                r"[,.;:!?\"]", t[p:m.start()])) for p in own_name_at[at:at + 3] if p < b):
            return True
    return False


def _subheading(t: str, pos: int) -> bool:
    """Whether pos lies on a short line of its own inside the text, with no full stop: a
    page's crosshead ("One tribesman slain, two hurt in gun battle") repeats the body's figures
    as a headline does."""
    start, end = line_bounds(t, pos)
    line = t[start:end].strip()
    if _DECK_BULLET.match(line):
        return _deck(t, start, line)
    if not _short_line(line):
        return False
    if start > 0 and t[start - 2:start] == "\n\n" and t[end:end + 2] == "\n\n":
        return True
    # A box of key points in a live page ("What we know so far", then one short line per
    # attack): a run of short lines with no full stop sums up the body as a deck does. (A
    # page with one paragraph per line sets no blank line around them.)
    before = line_bounds(t, start - 1) if start > 0 else None
    after = line_bounds(t, end + 1) if end < len(t) else None
    return start > 0 and any(b is not None and _short_line(t[b[0]:b[1]].strip())
                             for b in (before, after))


def _short_line(line: str) -> bool:
    """A line of a headline's kind: short, no closing full stop, no one speaking."""
    return 0 < len(line) <= 90 and not line.endswith((".", ":", "?", "!", '"', "'")) \
        and not _SPEECH_WORD.search(line)


# A print page's deck: bullet lines under the headline that sum up the story ("• Three dead,
# over half a dozen hurt") before its first paragraph. They repeat the body as a headline does.
_DECK_BULLET = re.compile(r"[•▪■●]\s")
_PROSE_LINE = re.compile(r"(?:\S+\s+){12,}\S*[.!?][\"'\u201d\u2019]?\s*$")


def _deck(t: str, start: int, line: str) -> bool:
    """Whether the bullet line at start is a deck: short, no full stop, no speech, and no line
    of prose before it."""
    if len(line) > 120 or line.endswith((".", "?", "!")) or _SPEECH_WORD.search(line):
        return False
    return not any(_PROSE_LINE.search(row) for row in t[:start].splitlines())


_SPEECH_WORD = re.compile(r"\b(?:said|says|told|claimed|according)\b", re.IGNORECASE)


def _outnumbered(f: FigureMention, body_figures: set[tuple[int | None, str]]) -> bool:
    """Whether a headline's "over half a dozen injured" is the body's eight injured told
    loosely: a lower bound that a larger count of the same act in the body meets."""
    if f.count is None and f.qualifier == "vague":
        # "Several killed" over the body's five killed: the headline's word for that count
        return any(c is not None and c > 1 and fam == act_family(f.category)
                   for c, fam in body_figures)
    return f.count is not None and f.qualifier in ("more_than", "at_least") and any(
        c is not None and c > f.count and fam == act_family(f.category) for c, fam in body_figures)


def _issues_releases(c: ClaimantDef | None) -> bool:
    """Whether the claimant speaks through statements papers carry whole: the military's media
    wing, an armed group, a rights group's periodic report (its tally, then case after case)."""
    return c is not None and (c.id == "ispr" or c.source_type in ("armed_group", "rights_group"))


# The military's first person, which only its media wing writes: "own troops effectively
# engaged", "our valiant troops". A paper printing it prints the release.
_MILITARY_FIRST_PERSON = re.compile(r"\b(?:own|our)\s+(?:(?:valiant|brave|gallant)\s+)?troops\b",
                                    re.IGNORECASE)
# The military's release words, which a paper carrying the release keeps: "were martyred",
# "embraced shahadat", "sent to hell", "eliminated", "khwarij".
_RELEASE_WORDS = re.compile(r"\b(?:martyred|embraced\s+shahadat|sent\s+to\s+hell|eliminated|"
                            r"neutrali[sz]ed|khwarij|ultimate\s+sacrifice|sons\s+of\s+(?:the\s+)?"
                            rf"soil|cowardly\s+act)\b|{_MILITARY_FIRST_PERSON.pattern}",
                            re.IGNORECASE)
# The release's own next operation or attack ("In another operation in Kech, ..."), where a
# plain "Separately," or "In a separate incident," turns to another story.
_RELEASE_GOES_ON = re.compile(r"\s*In\s+(?:a\s+|an\s+)?(?:separate|another|second|third|further|"
                              r"follow-up)\s+(?:operation|raid|engagement|action|attack|strike|"
                              r"ambush|clash)", re.IGNORECASE)
# A release lists its operations or attacks one after another: "Separately, ..." or
# "Meanwhile, ..." (any opener turning to another incident) goes on with it where the sentence
# carries the release's own mark (its words, "two terrorists were eliminated", or its body, "BLA
# fighters ambushed", "the group's fighters"); "Separately, gunmen shot two shopkeepers" is the
# paper turning to another story.
_BODYS_OWN = re.compile(r"\b(?:its|the\s+(?:group|outfit|organi[sz]ation)'s)\s+(?:fighters|men|"
                        r"cadres|militants|members|troops)\b", re.IGNORECASE)


def _carried(t: str, start: int, end: int, index: int, fresh: bool,
             release_from: int, casebook: bool = False, names_body: bool = False) -> bool | None:
    """Whether a sentence with no speaker of its own, in a paper carrying one release, is the
    release's: up to where the release is named, only when it uses the release's own words
    (None otherwise: not the release's, which may still come); after it, until the paper turns
    to another story or to background (False: the release ends there). A rights group's report
    or a movement's statement (casebook) is a list of cases, so "In a separate incident, ..."
    is its next case; any other body's next case ("Separately, ...", "In another incident,
    ...", "On June 4, 2025, ...") must carry its mark (its name, "its fighters", the release's
    words)."""
    if index <= release_from:
        return True if _RELEASE_WORDS.search(t, start, end) else None
    goes_on = _RELEASE_GOES_ON.match(t, start) or (casebook and _NEXT_CASE.match(t, start)) or (
        (_ANOTHER_INCIDENT.match(t, start) or _NEXT_CASE.match(t, start)
         or _CASE_DAY.match(t, start) or _FRONTED_EARLIER.match(t, start))
        and (names_body or _BODYS_OWN.search(t, start, end)
             or _RELEASE_WORDS.search(t, start, end)))
    return not (_RECAP.match(t, start) or (fresh and not goes_on))


# A sentence that steps back to an earlier incident recalls it in the paper's own voice, whoever
# spoke before it: "Two militants were also killed in a gun battle a day ago", "A day prior,
# troops killed four ...", "Before this, ten soldiers were killed ...", "In a similar raid last
# week, the group's fighters shot a guard" (the speaker's account is of its own, later incident).
_STEP_BACK = re.compile(r"\b(?:(?:an?|one|two|three|four|five|six|a\s+few|several)\s+"
                        r"(?:days?|weeks?|months?|years?)\s+(?:ago|back|prior)|"
                        r"(?:before|prior\s+to)\s+(?:this|that)|"
                        r"earlier\s+(?:this|last|in\s+the)\s+(?:week|month)|"
                        r"(?:a|another)\s+similar\s+(?:attack|incident|blast|raid|ambush))\b",
                        re.IGNORECASE)
# A time put first in the sentence, before the lead's: "Last month, ...", "Late last year, ...",
# "That same month, ...", "Earlier this year, ..."; and "Earlier, ..." / "Previously, ...",
# which step back only where the sentence gives a day of its own that is not the lead's.
_FRONTED_TIME = re.compile(r"\s*(?:(?:late|early)\s+)?(?:last|that\s+same|the\s+previous|"
                           r"earlier\s+(?:this|last))\s+(?:week|month|year)\b", re.IGNORECASE)
_FRONTED_EARLIER = re.compile(r"\s*(?:earlier|previously)\s*,", re.IGNORECASE)
# A casebook's next case opens with its own day: "On May 2, 2024, two students were taken ...".
_CASE_DAY = re.compile(rf"\s*On\s+(?-i:{MONTH_NAMES})\s+\d", re.IGNORECASE)
# ... and its tally with its period: "In January 2024, the army ...", "In April alone, 43 ...":
# the period the report covers is its own, not another story (a month long before the lead's
# time is the paper's background: "In August 2019, a bombing ...").
_CASE_PERIOD = re.compile(r"\s*[\"']?(?:In|During)\s+(?:(?:early|late|mid)[\s-])?"
                          rf"(?-i:{MONTH_NAMES})\b", re.IGNORECASE)
# What a body speaks through when a paper relays it whole: its statement, press release,
# handout or post ("said in a statement", "In a post on X, the committee said").
_STATEMENT_WORD = re.compile(r"\b(?:statement|press\s+release|communiqu[eé]|handout|tweet|"
                             r"post\s+(?:on\s+(?:X|Twitter|Facebook|social)|shared))\b",
                             re.IGNORECASE)
# A rights group's next case: "In another case, ...", "In a separate incident, ...".
_NEXT_CASE = re.compile(r"\s*In\s+(?:a\s+|an\s+)?(?:separate|another|similar|related)\s+"
                        r"(?:incident|case)", re.IGNORECASE)


# "The operation comes a day after ...", "The raid came days after ...": the text turns to the
# background of what it reported.
# (the subject may run long: "The raid on the airbase near Turbat, the second this month,
# comes days after ...")
_RECAP = re.compile(r"\s*(?:The|This|That)\s+(?:[\w'’-]+,?\s+){1,12}?"
                    r"(?:(?:comes|came)\s+(?:[\w-]+\s+){0,4}?"
                    r"(?:after|before|amid|as|days?|weeks?|months?|hours?)|"
                    # "The ambush happened a day after a bombing in Sibi ...": a time
                    # counted from an earlier incident
                    r"(?:occurred|happened|took\s+place)\s+(?:just\s+|only\s+|barely\s+)?"
                    r"(?:a\s+day|a\s+week|hours|days|weeks|(?:[\w-]+\s+)?(?:hours?|days?|weeks?))"
                    r"\s+(?:after|before)|"
                    # "The shutdown follows the detention of ...": what it follows is background
                    # (not "This was followed by another raid", the account going on)
                    r"(?:follows|followed)\s+(?:the|a|an|days|weeks|months|last|recent|"
                    # ("The strikes followed Iran's Tuesday attack")
                    r"(?-i:[A-Z])[\w-]*(?:'s|’s))\b)|"
                    # the press's own formula for a step back: "It may be recalled that ...",
                    # "It is pertinent to mention that ..."
                    r"\s*It\s+(?:may|might|should|must)\s+be\s+(?:recalled|noted|mentioned)\b|"
                    r"\s*It\s+is\s+(?:pertinent\s+to\s+mention|worth\s+(?:mentioning|noting)|"
                    r"noteworthy)\b",
                    re.IGNORECASE)


def _wire_leads_retold(t: str, merged: list[_Candidate], names: list[tuple[int, int, str]],
                       reg: dict[str, ClaimantDef], out_id: str,
                       segment_of: list[int], own_name_at: list[int]) -> list[_Candidate]:
    """Wire copy leads with the toll as the agency's ("At least 12 people were killed ..., AFP
    reported") and later quotes the official it had it from ("'Twelve people were killed,' AFP
    quoted a police official"): one figure, the official's. A lead figure credited to another
    outlet or agency gives way to the same count of the same act, later in the report, from a
    speaker of another kind whose sentence names that same agency.

    The outlet's own unsourced lead works the same way: news prose opens with the count in the
    paper's voice and says who gave it further down ("Seven miners were shot dead ... According
    to the Levies, seven miners ..."). The lead then restates that speaker's figure, so it gives
    way to the same count of the same act told, in the same incident, by an official source
    (the state: a paper states the authorities' toll as its own, while a party's or an armed
    group's count it credits in the lead) or by any speaker whose sentence names this outlet as
    the one it spoke to, in the lead's paragraph or one of the two after it: the paragraph that
    says where the lead came from. Further down, the lead gives way to the same count, act and
    qualifier of the same people (or of "people") that any named source gives in the same
    incident; a source that drops the lead's qualifier restates it too (the lead's "at least
    eight" is the source's "eight", ANNOTATION.md 5), one that adds another is a second count.
    Each incident the report tells has its own lead (the first paragraph with a count in it),
    and a lead whose count adds up the outlet's own counts below it is the report's total and
    stays. A lead that cites a source of its own,
    even one the register lacks ("a private TV channel reported"), is that source's: both
    stay. A lead relayed from another outlet ("..., Dawn reported") tells what that outlet's
    sources said and gives way in the same way."""
    media = {cid for cid, c in reg.items() if c.source_type == "media" and cid != out_id}
    # one pass from the end, one walk over the names: linear in the report's length
    later: dict[str, set[tuple[int | None, str, int]]] = {}
    # (count, act, qualifier, incident, paragraph) that an official source told
    cited_later: set[tuple[int | None, str, str, int, int]] = set()
    # (count, act, incident, paragraph) that a source told this outlet by name: the lead came
    # from it, "at least" or not
    told_outlet: set[tuple[int | None, str, int, int]] = set()
    # (count, act, qualifier, people, incident) that a named source gives further down
    sourced_later: set[tuple[int | None, str, str, str, int]] = set()
    # the same, from speakers other than parties and armed groups: another outlet reports a
    # party's or a group's count as theirs, so a lead relayed from it never restates one
    sourced_by_official: set[tuple[int | None, str, str, str, int]] = set()

    def _sourced_below(f: FigureMention, segment: int, paragraph: int, relayed: bool) -> bool:
        family = act_family(f.category)
        # the source restates the lead's count with the lead's qualifier, or with none: the
        # lead's "at least ten" is the minister's "ten" (ANNOTATION.md 5)
        quals = {f.qualifier, "exact"}
        if any((f.count, family, q, segment, paragraph + gap) in cited_later
               or (f.count, family, segment, paragraph + gap) in told_outlet
               for gap in (0, 1, 2) for q in quals):
            return True
        below = sourced_by_official if relayed else sourced_later
        # people named alike, or either side counting them only as "people"
        return any((f.count, family, q, who, segment) in below
                   for who in ({f.who, "unspecified"} if f.who != "unspecified"
                               else {x[3] for x in below}) for q in quals)
    # the lead: the first paragraph that gives a count, in each incident the report tells (a
    # second incident opens with its own summary: "In another attack, six guards were killed")
    leads: dict[int, int] = {}
    for c in merged:
        if any(f.count is not None for f in c.figures):
            leads.setdefault(segment_of[c.index], c.paragraph)
    # the counts the outlet itself gives, by (incident, act), after each incident's lead: a lead
    # that adds them up ("three dead" over "two killed at the check-post" and "one died on the
    # beach") is the report's own total, which no source's same count restates
    parts: dict[tuple[int, str], list[int]] = {}
    for c in merged:
        seg = segment_of[c.index]
        if c.claimant == out_id and c.paragraph != leads.get(seg):
            for f in c.figures:
                if f.count is not None:
                    parts.setdefault((seg, act_family(f.category)), []).append(f.count)
    _lead_counts_retold(t, merged, reg, out_id, segment_of, leads, parts, own_name_at)
    kept_rev: list[_Candidate] = []
    k = len(names)
    for c in reversed(merged):
        if c.claimant in media and c.figures:
            told = later.get(c.claimant, set())
            # (in the same incident: "Earlier in August, a reporter was killed in Sindh, Geo
            # News reported, citing police" restates no lead of Dawn's about this week's killing,
            # though both outlets are "news outlets" to the register)
            c.figures = [f for f in c.figures
                         if (f.count, act_family(f.category), segment_of[c.index]) not in told]
            if not c.figures:
                continue
        # the outlet's own lead, unless it cites a source of its own, or one it credits to a
        # news outlet ("..., ARY News reported"): the body names the source it came from
        relayed = c.claimant in media and (
            reg[c.claimant].outlet or reg[c.claimant].organisation == "news-outlets")
        if (relayed or (c.claimant == out_id and not any(
                _cites_a_source(t, a, b, own_name_at) for a, b in c.sentences))) \
                and c.paragraph == leads.get(segment_of[c.index]) and c.figures:
            segment = segment_of[c.index]
            c.figures = [f for f in c.figures if f.count is None or f.total
                         or _sums(parts.get((segment, act_family(f.category)), []), f.count)
                         or not _sourced_below(f, segment, c.paragraph, bool(relayed))]
            if not c.figures:
                continue
        kept_rev.append(c)
        cdef = reg.get(c.claimant)
        if cdef is None or cdef.source_type == "media" or not c.figures:
            continue
        while k > 0 and names[k - 1][0] >= c.end:
            k -= 1
        j = k
        agencies = set()
        while j > 0 and names[j - 1][0] >= c.start:
            j -= 1
            if names[j][2] in media:
                agencies.add(names[j][2])
        segment = segment_of[c.index]
        at = bisect.bisect_left(own_name_at, c.start)
        # a source that says it spoke to this outlet ("the SSP told <this outlet>")
        told_this_outlet = at < len(own_name_at) and own_name_at[at] < c.end
        for f in c.figures:
            if f.count is None:
                continue
            family = act_family(f.category)
            if not f.total:
                key = (f.count, family, f.qualifier, f.who, segment)
                sourced_later.add(key)
                if cdef.source_type not in ("political", "armed_group"):
                    sourced_by_official.add(key)
            # what the outlet's own lead may have told first: an official source's count (a
            # paper states the authorities' toll as its own; a party's or a group's it always
            # credits), or any count of a source that spoke to this outlet
            if cdef.source_type == "state":
                cited_later.add((f.count, family, f.qualifier, segment, c.paragraph))
            if told_this_outlet:
                told_outlet.add((f.count, family, segment, c.paragraph))
        for agency in agencies:
            later.setdefault(agency, set()).update(
                (f.count, act_family(f.category), segment) for f in c.figures
                if f.count is not None)
    return kept_rev[::-1]


def _lead_counts_retold(t: str, merged: list[_Candidate], reg: dict[str, ClaimantDef],
                        out_id: str, segment_of: list[int], leads: dict[int, int],
                        parts: dict[tuple[int, str], list[int]],
                        own_name_at: list[int]) -> None:
    """A lead in the paper's voice whose counts an official source gives again further on, all
    of them in one claim of the same incident, is that source's (ANNOTATION.md 5: the lead
    restates the source), also where the source words the acts otherwise than the lead ("Four
    policemen lost their lives and nine people were wounded ... a Levies official said four of
    the dead were from the force and nine were still being treated"): the same numbers, with
    the lead's qualifier or none, not the same words, show whose the lead was. Only the counted
    figures move (a vague "several injured" stays the paper's); a lead of one count needs it
    to be two or more (a lone "one" recurs by chance); a lead that cites a source of its own,
    or that adds up the paper's own counts below it (the report's total, see
    _wire_leads_retold), keeps its claimant."""
    for c in list(merged):
        segment = segment_of[c.index]
        if c.claimant != out_id or leads.get(segment) != c.paragraph \
                or any(_cites_a_source(t, a, b, own_name_at) for a, b in c.sentences):
            continue
        moved = [f for f in c.figures if f.count is not None and not f.total
                 and not _sums(parts.get((segment, act_family(f.category)), []), f.count)]
        # the same people taken and then killed ("at least nine passengers were abducted and
        # killed") are counted once: the source telling the nine once restates them
        counts = Counter((f.count, f.qualifier) for f in moved if f.note != SECOND_ACT_NOTE)
        if not counts or (len(counts) < 2 and max(n for n, _ in counts) < 2):  # type: ignore[type-var]
            continue
        at = next(j for j, m in enumerate(merged) if m is c)
        for later in merged[at + 1:]:
            if segment_of[later.index] != segment:
                break
            cdef = reg.get(later.claimant)
            if cdef is None or cdef.source_type != "state":
                continue
            # the source's count restates the lead's with the lead's qualifier or none ("at
            # least eight" below a plain "eight" is another count, ANNOTATION.md 5)
            told = Counter((f.count, f.qualifier) for f in later.figures if f.count is not None)
            if all(told[n, q] + (told[n, "exact"] if q != "exact" else 0) >= k
                   for (n, q), k in counts.items()):
                # one figure, told as the lead told it and claimed by the source: the source's
                # own telling of the same count and act is that figure again
                for f in moved:
                    again = next((g for g in later.figures if g.count == f.count and
                                  act_family(g.category) == act_family(f.category)), None)
                    if again is not None:
                        later.figures = [g for g in later.figures if g is not again]
                # ... and told when the source tells it: a lead with no time of its own takes
                # the time of the telling it stands for, which gives up its figures to it
                dates = c.dates if _dated(t, c.dates) else \
                    c.dates + [d for d in later.dates if d not in c.dates]
                retold = replace(c, claimant=later.claimant, figures=moved, dates=dates,
                                 told_again_at=later.index,
                                 attributions=[judged(AFTER, "no speaker in the lead: "
                                                      f"{later.claimant} gives the lead's "
                                                      "counts again further on")])
                kept = [f for f in c.figures if f not in moved]
                if kept:
                    c.figures = kept
                    merged.insert(at + 1, retold)
                else:
                    merged[at] = retold
                break


def _sums(counts: list[int], total: int) -> bool:
    """Whether two or more of the counts, taken in order from the first, add up to total."""
    run = 0
    for i, n in enumerate(counts):
        run += n
        if run == total and i > 0:
            return True
        if run > total:
            return False
    return False


def _inside_quote(t: str, pos: int) -> bool:
    """Whether pos lies inside a quotation opened earlier on its line and not closed before pos
    (the text's quote marks are plain: see plain_punctuation)."""
    return t.count('"', t.rfind("\n", 0, pos) + 1, pos) % 2 == 1


def _quote_closed_by(t: str, per_sentence: list[Any], told_by: list[str | None],
                     index: int) -> str | None:
    """The speaker named right after the closing mark of a quotation that the sentence at index
    opens or lies in and that closes in a later sentence of its paragraph (None otherwise)."""
    own = per_sentence[index][0]
    line = t.rfind("\n", 0, own.start) + 1
    if t.count('"', line, own.end) % 2 == 0:
        return None  # no quotation left open at the sentence's end
    for i in range(index + 1, min(index + 5, len(per_sentence))):
        nxt, cues = per_sentence[i][0], per_sentence[i][5]
        if nxt.paragraph != own.paragraph:
            return None
        if t.count('"', line, nxt.end) % 2 == 0:
            close = t.rfind('"', nxt.start, nxt.end)
            return told_by[i] if any(c.start > close for c in cues) else None
    return None


def _same_kind(a: str | None, b: str | None, reg: dict[str, ClaimantDef]) -> bool:
    """Whether two speakers (None: no speaker named) may tell one account: not when both are
    named and of different source types ("the group said 40 ..." then "officials said 40")."""
    if a is None or b is None or a == b:
        return True
    ca, cb = reg.get(a), reg.get(b)
    return ca is not None and cb is not None and ca.source_type == cb.source_type


# the clause a writer appends after a speaker to step back to an earlier event
_BACKGROUND_AFTER_SPEAKER = re.compile(
    r",\s+(?:just\s+|barely\s+|only\s+)?(?:a|an|one|two|three|four|five|six|few|several|some)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:after|since)\b[^.;]*$", re.IGNORECASE)


def _attribute(t: str, pos: int, cues: list[Cue], last_speaker: str | None,
               para_speaker: str | None, out_id: str,
               neighbours: tuple[str | None, str | None] = (None, None),
               sole_speaker: str | None = None,
               outlet_judgement: Judgement | None = None,
               credited: str | None = None,
               quote_speaker: str | None = None) -> tuple[str, Judgement]:
    """Who claims what is said at pos, and how that was decided: one decision weighing every
    cue in a fixed order (the sentence's own speaker or quote, the paragraph's speaker, the
    sentence before, the sentence after, the release the report carries, the headline's
    credit, the outlet). The judgement lists every cue found, the deciding one first, so a
    reviewer sees what else the figure could have been credited to."""
    hit = speaker_cue(pos, cues, last_speaker)
    if hit is not None and hit[1].start > pos and ";" in t[pos:hit[1].start] \
            and _headline(t, pos):
        # A headline joins two stories with a semicolon ("Two shot dead in Mand; BLF claims
        # attack on camp"): the speaker of the second does not speak for the first. (In body
        # prose a closing "Levies sources said" covers the clauses before it.)
        hit = None
    if hit is not None and hit[1].end <= pos and _BACKGROUND_AFTER_SPEAKER.search(
            t, hit[1].end, pos):
        # "..., officials said on Saturday, a week after the same group killed 26 at a
        # station": the clause after the speaker steps back to an earlier attack in the
        # writer's own voice
        hit = None
    before, after = neighbours
    ranked: list[tuple[str, Judgement]] = []
    if hit is not None:
        cid, cue = hit
        a, b = cue.span()
        words = quoted(t, a, b)
        ranked.append((cid, judged(PRONOUN, f"'{words}' in the same sentence, taken to be {cid}",
                                   a, b) if cue.kind == "pronoun"
                       else judged(SPEAKER, f"'{words}' in the same sentence", a, b)))
    if quote_speaker:
        # the quotation the figure sits in names its speaker after the closing mark
        ranked.append((quote_speaker, judged(
            AFTER, f"no speaker in the sentence: {quote_speaker}, named after the closing mark "
            "of the quotation it sits in")))
    if para_speaker:
        ranked.append((para_speaker, judged(PARAGRAPH, f"no speaker in the sentence: "
                                            f"{para_speaker}, who spoke earlier in the paragraph")))
    # News prose continues a source's account into a new paragraph, and often gives a bare lead
    # whose source speaks in the next sentence about the same dead and injured. (A next
    # sentence that is only comment, "the minister said the army is handicapped", does not
    # take the lead's figures from the outlet.)
    if before:
        ranked.append((before, judged(BEFORE, f"no speaker in the sentence: {before}, who spoke "
                                      "in the sentence before")))
    if after:
        ranked.append((after, judged(AFTER, f"no speaker in the sentence: {after}, who speaks of "
                                     "the same casualties in the sentence after")))
    if sole_speaker:
        # (a release published as itself, or a statement a paper relays: its scope)
        ranked.append((sole_speaker, judged(SOLE_SOURCE, f"no speaker in the sentence: "
                                            f"{sole_speaker}, whose release or statement the "
                                            "report carries")))
    if credited:
        ranked.append((credited, judged(HEADLINE, "no speaker in the lead: the headline credits "
                                        f"{credited}")))
    ranked.append((out_id, outlet_judgement or judged(OUTLET, "no speaker found: the outlet")))
    cid, judgement = ranked[0]
    evidence = [f"{j.cue} -> {c}" for c, j in ranked]
    # other speakers the sentence names, which the figure was not credited to
    evidence += [f"also in the sentence: '{quoted(t, *c.span())}'" for c in cues
                 if c.claimant and hit is not None and c is not hit[1]]
    return cid, judgement.weighing(evidence)


def _date_judgement(t: str, c: _Candidate, span: DateSpan) -> Judgement:
    if span.start is None:
        return judged(NO_DATE, "no date in the passage" if not c.dates else
                      f"'{c.dates[0].raw}' could not be resolved")
    own = [d for d in c.dates if any(a <= d.start < b for a, b in c.sentences)]
    if not own:
        d = c.dates[0]
        return judged(date_family(d.raw, span.precision),
                      f"'{quoted(t, d.start, d.end)}' from a neighbouring sentence", d.start, d.end)
    d = own[0]
    if len({x.span.text for x in own}) > 1:
        return judged(SEVERAL_DATES, "several dates in the passage; the range covers them all "
                      f"(first: '{quoted(t, d.start, d.end)}')", d.start, d.end)
    if span.precision in ("month", "year"):
        return judged(date_family(d.raw, span.precision),
                      f"'{quoted(t, d.start, d.end)}' gives only the {span.precision}",
                      d.start, d.end)
    return judged(date_family(d.raw, span.precision),
                  f"'{quoted(t, d.start, d.end)}' in the same sentence", d.start, d.end)


def _places_judgement(t: str, c: _Candidate, place_note: str, fallback: bool) -> Judgement:
    if place_note:
        return judged(NO_PLACE if fallback else BORROWED_PLACE, place_note)
    for h in c.places:
        if h.place is None:
            return judged(NOT_IN_GAZETTEER, f"'{h.mention}' is not in the gazetteer", h.start,
                          h.end)
        if h.method == CONTAINED:  # the note names the evidence that placed it
            return judged(PLACED_BY_CONTAINER, h.note, h.start, h.end)
        if h.method not in ("exact", "alias"):
            return judged(SPELLING, f"'{h.mention}' resolved by {h.method.replace('_', ' ')} to "
                          f"{h.place.name}", h.start, h.end)
    h = c.places[0]
    return judged(NAMED, f"'{h.mention}' named in the sentence of the incident", h.start, h.end)


def _figures_judgement(t: str, figures: list[FigureMention]) -> Judgement:
    if not figures:
        return judged(NO_FIGURES, "no figures given")
    for f in figures:
        if f.qualifier in ("vague", "malformed"):
            return judged(VAGUE, f"'{quoted(t, f.start, f.end)}' is {f.qualifier}", f.start,
                          f.end)
        if f.note == CLAUSE_READ_NOTE:
            # (round 27's pass: no record yet, so low until one is measured)
            return judged(CLAUSE_READ, f"'{quoted(t, f.start, f.end)}': read from its clause, "
                          "a counted phrase as the subject or object of an act", f.start, f.end)
        if f.end - f.start <= len(f.raw):
            return judged(BARE, f"'{quoted(t, f.start, f.end)}': no word for who was counted "
                          "follows the number", f.start, f.end)
    f = figures[0]
    return judged(COUNTED, f"'{quoted(t, f.start, f.end)}' with its people and casualty word",
                  f.start, f.end)


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
    # organisations the register lacks but whose names say what they are speak as its own do
    register = register + named_bodies(t, register)
    reg = register_by_id(register)
    sents = sentences(t)
    sent_starts = [x.start for x in sents]
    result.paragraphs = sents[-1].paragraph if sents else 0
    out_id, out_name = outlet_claimant(outlet, register)
    # a release or statement published as itself: its own voice, not an anonymous outlet's
    own_release = out_id in reg
    out_judgement = judged(OWN_RELEASE, "no speaker in the text: the report is the outlet's own, "
                           f"{out_name}") if own_release else \
        judged(OUTLET, "no speaker found: the outlet")

    # Pass 1: everything per sentence.
    per_sentence: list[tuple[Any, list[PlaceHit], list[str], list[DateMention],
                             list[FigureMention], list[Any]]] = []
    all_names = mentions(t, 0, len(t), register)
    holders = holders_by_surname(t, all_names)
    persons = {(a, b) for a, b, _ in holders}
    all_names = sorted(all_names + holders)
    k = 0
    counted: set[tuple[int | None, str]] = set()  # figures so far, for "all four died"
    # the words of each sentence that counted: a photo caption that a paragraph repeats word
    # for word (or the other way round) tells its figures once
    told_words: set[str] = set()
    previous: frozenset[tuple[int | None, str, str, str]] = frozenset()  # the sentence before's
    earlier: list[str] = []  # categories so far, for "the remaining twelve"
    lead_act: str | None = None  # the last counting sentence's first act: what a breakdown shares
    tally: FigureMention | None = None  # the count a breakdown in the next sentence shares out
    previous_para, previous_speaker = -1, None  # the sentence before's, for a figure told twice
    previous_dates: set[DateSpan] = set()
    previous_districts: set[str] = set()
    top = _headline_line(t)[0]
    for s in sents:
        while k < len(all_names) and all_names[k][0] < s.start:
            k += 1
        j = k
        while j < len(all_names) and all_names[j][1] <= s.end:
            j += 1
        names = all_names[k:j]
        # a date in the page's furniture ("Today's Paper | November 22, 2024") dates the page
        found = [] if s.end <= top else find_dates(t, s.start, s.end, published)
        # the day a coming rally or strike is set for dates nothing told (its words are still
        # a date, never a count or a place)
        dates = _from_statement_day(t, [d for d in found if not is_planned_date(t, d)])
        blocked = [(a, b) for a, b, _ in names if (a, b) not in persons] + \
            [(d.start, d.end) for d in found]
        hits = find_places(t, s.start, s.end, finder, blocked,
                           [(a, b) for a, b, _ in names if (a, b) in persons])
        roles = settle_addresses(t, hits, settle_between(t, hits, settle_datelines(
            t, hits, [role_of(t, h, s.start, s.end) for h in hits]), s.start, s.end))
        # (the names before the sentence that "the report", "the commission" may stand for: a
        # report's author named in the opening lines is its author ten paragraphs down; the
        # bound keeps a long text linear)
        cues = find_cues(t, s.start, s.end, register, names, all_names[max(0, k - 40):k])
        speaker = speaker_at(s.end, [c for c in cues if c.claimant], None)
        # the sentence goes on with the account before it: same paragraph, no turn to another
        # incident or time, no speaker of another kind
        here = {h.place.district for h in hits if h.place is not None and h.place.district}
        continues = s.paragraph == previous_para and not _NEW_INCIDENT.match(t, s.start) \
            and not (_dated(t, dates) and previous_dates != {d.span for d in _dated(t, dates)}) \
            and _same_kind(speaker, previous_speaker, reg) \
            and not (here and previous_districts and not here & previous_districts) \
            and not _ALSO.search(t, s.start, s.end)
        figs = [f for f in find_figures(
                    t, s.start, s.end, [(d.start, d.end) for d in found], tuple(earlier),
                    [(h.start, h.end) for h in hits] + [(a, b) for a, b, _ in names],
                    lead_act=lead_act, speakers=[(a, b) for a, b, _ in names])
                if not restates(t, f, counted, previous, s.start, continues)
                and not names_no_act(t, f)] if not tells_an_accident(t, s.start, s.end) else []
        if figs:
            words = _sentence_words(t, s.start, s.end)
            if words in told_words:
                figs = []
            told_words.add(words)
        # only what "the remaining N" asks of the past, so a long report stays linear: whether
        # anyone was abducted, and the latest act that was not a release
        acts = [f.category for f in figs if f.category != "released"]
        lead_act = next((c for c in acts if c != "operations"), lead_act)
        if acts:
            earlier = [c for c in earlier if c == "abducted"][:1] + \
                (["abducted"] if "abducted" in acts and "abducted" not in earlier else []) + \
                [acts[-1]]
        # one victim named is no group a later name could belong to: "Karim was shot dead.
        # ... Sabir was also killed" are two people
        # (the claim assembly still drops the same name told twice)
        # nor is one person's second act ("abducted ... and later executed")
        # nor is a count of cases, a tally of a kind of act ("one case was reported from Kech"
        # and "Karim was abducted" further down are two people)
        # nor is one person known as someone's kin ("His brother, X, was abducted")
        counted.update((f.count, f.category) for f in figs
                       if not one_known_person(f) and f.note != CASES_NOTE)
        # (a sentence that counts nothing and goes on with the account keeps the counts before
        # it: an ISPR release tells the toll, the operation, then "Resultantly, seven
        # terrorists were killed" once more)
        if figs or not continues:
            previous = frozenset((f.count, f.category, f.qualifier, f.who) for f in figs
                                 if not one_known_person(f))
        previous_para, previous_speaker = s.paragraph, speaker
        previous_dates = {d.span for d in _dated(t, dates)}
        previous_districts = here
        if hits:
            figs = shares_each(t, s.start, s.end, hits, figs, lead_act)
        if figs and hits:
            for j in tallied_places(t, hits, figs):
                # (a hospital's count is of the dead it took in: "31 of the dead were counted at
                # the district hospital, nine at the civil hospital")
                # (nor is the town of a body that tells the count: "a hospital in Chaman reported
                # three wounded")
                if roles[j] == "context" and not is_dateline(t, hits[j]) \
                        and not is_health_facility(hits[j].mention) \
                        and not seat_of_a_teller(t, hits[j], s.start, s.end):
                    roles[j] = "incident"
            figs = shares_of_a_total(t, hits, figs, tally, dates)
        if tally is not None and tally.total:
            # "They included 20 soldiers and 15 civilians" after a tally: its parts by kind
            # count over the same incidents or period (ANNOTATION.md 3)
            figs = [replace(f, total=True) if f.note == KIND_PART_NOTE
                    and f.category == tally.category else f for f in figs]
        if figs:
            # a sentence counting parts of the tally in its act ("the disappeared included
            # three women") leaves the tally the one a later breakdown shares out
            tally = next((f for f in figs if f.total), None) or (
                tally if tally is not None and all(f.category == tally.category for f in figs)
                else figs[0])
        per_sentence.append((s, hits, roles, dates, figs, cues))

    # "..., according to a report." in a wire's lead: the report is the one of the body that
    # speaks in the two sentences before or after it (its owner named only there)
    for i, (s, hits, roles, dates, figs, cues) in enumerate(per_sentence):
        found = unowned_reports(t, s.start, s.end, cues)
        if not found:
            continue
        near = per_sentence[max(0, i - 2):i + 3]
        lo, hi = near[0][0].start, near[-1][0].end
        owner = report_owner(t, [c for row in near for c in row[5]],
                             [nm for nm in all_names if lo <= nm[0] < hi], reg) or \
            document_author(t, found[0][0], [nm for nm in all_names if nm[0] < found[0][0]], reg)
        if owner is not None:
            # taken to be the owner, not named: a pronoun's weight
            cues = sorted([*cues, *(Cue(owner, a, b, "pronoun", a, b) for a, b in found)],
                          key=lambda c: c.start)
            per_sentence[i] = (s, hits, roles, dates, figs, cues)

    # Pass 1b: a dateline is the incident place when the report names no other.
    flat = [(i, j) for i, (_, hits, _, _, _, _) in enumerate(per_sentence)
            for j in range(len(hits))]
    flat_hits = [per_sentence[i][1][j] for i, j in flat]
    all_roles = [per_sentence[i][2][j] for i, j in flat]
    hit_sentences = [(per_sentence[i][0].start, per_sentence[i][0].end) for i, _ in flat]
    settle_lone_dateline(t, flat_hits, all_roles, hit_sentences)
    settle_dateline_scene(t, flat_hits, all_roles, hit_sentences)
    settle_dateline_district(t, flat_hits, all_roles)
    for (i, j), role in zip(flat, all_roles, strict=True):
        per_sentence[i][2][j] = role

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

    # Pass 2a: a name that rows of two districts share is the one its sentence, paragraph or
    # dateline places it in, whichever row the name alone found first.
    dateline_district = next((h.place.district for _, hits, _, _, _, _ in per_sentence[:2]
                              for h in hits if h.place is not None and h.place.district
                              and is_dateline(t, h)), None)
    for s, hits, _, _, _, _ in per_sentence:
        for i, h in enumerate(hits):
            # ("two clans of Lehri district": the report's own word picks the district row)
            if h.place is None or h.method == CONTAINED \
                    or (_mention_key(h.mention)[1] and h.place.kind == "district"):
                continue
            rows = finder.gazetteer.rows_named(h.mention)
            if len({r.district for r in rows}) < 2:
                continue
            paragraph = [o for s2, hs, *_ in per_sentence if s2.paragraph == s.paragraph
                         for o in hs]
            row = shared_row(t, h, rows, hits, paragraph, dateline_district)
            if row is not None and row.id != h.place.id:
                hits[i] = PlaceHit(h.mention, h.start, h.end, row, "district_context", h.score,
                                   h.suggestions, note=f"shared name; the text around it puts "
                                   f"it in {row.district}")

    # Pass 2b: one name is one place within a report. "the Dasht area of Mastung district" and
    # later "Assistant Commissioner Dasht" are the same Dasht, not Kech's: where one name came
    # out as different places, the one in the district the report names most wins.
    named_districts = Counter(d for _, d in districts)
    by_name: dict[str, set[str]] = {}
    called_district: set[str] = set()  # names the report itself writes as "X district"
    placed_by_text: dict[str, set[str]] = {}  # rows pass 2a chose from the words around a name
    for _, hits, _, _, _, _ in per_sentence:
        for h in hits:
            if h.place is not None:
                key, as_district = _mention_key(h.mention)
                by_name.setdefault(key, set()).add(h.place.id)
                if as_district and h.place.kind == "district":
                    called_district.add(h.place.id)
                if h.method == "district_context":
                    placed_by_text.setdefault(key, set()).add(h.place.id)
    for key, ids in by_name.items():
        if len(ids) < 2:
            continue
        best = max((gazetteer.get(i) for i in sorted(ids)),
                   key=lambda p: named_districts.get(p.district or "", 0) if p else -1)
        # where the words around one mention placed the name and no other mention's words
        # disagree, that placing speaks for the report over a count of districts named
        if len(placed := placed_by_text.get(key, set())) == 1:
            best = gazetteer.get(next(iter(placed)))
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

    # Pass 2c: a name left unresolved where the report resolved it elsewhere ("near Umar Farooq
    # Chowk in Khuzdar" ... "a market at Umar Farooq Chowk") is that same place.
    resolved_as: dict[str, set[str]] = {}
    for _, hits, _, _, _, _ in per_sentence:
        for h in hits:
            if h.place is not None:
                resolved_as.setdefault(_mention_key(h.mention)[0], set()).add(h.place.id)
    for _, hits, _, _, _, _ in per_sentence:
        for i, h in enumerate(hits):
            ids = resolved_as.get(_mention_key(h.mention)[0]) if h.place is None else None
            if ids and len(ids) == 1 and (same := gazetteer.get(next(iter(ids)))) is not None:
                hits[i] = PlaceHit(h.mention, h.start, h.end, same, "same_name_in_report", 100.0,
                                   h.suggestions, role=h.role, note="one name, one place in a "
                                   f"report: {same.name} as resolved elsewhere in it")

    # Pass 2d: a name the gazetteer lacks lies in the place the sentence, the paragraph or the
    # report puts it in (a street or landmark named without its town: the dateline's town).
    settle_unknown_places(t, [(s.start, s.end, s.paragraph) for s, *_ in per_sentence],
                          [row[1] for row in per_sentence], [row[2] for row in per_sentence],
                          finder, report_town(t, finder))

    # (the lead is read from the sentences' spans and prose, which nothing below changes)
    lead = _lead(t, per_sentence)
    _drop_relay_credits(per_sentence, _relay_outlets(per_sentence, lead, reg))

    # Pass 3: places out, claims by speaker.
    candidates: list[_Candidate] = []
    last_speaker: str | None = None  # for "he said" across paragraphs
    para_speaker: str | None = None  # for figures with no cue, inside one paragraph
    para = 0
    prev_para_colon = False
    named = [speaker_at(s.end, [c for c in cues if c.claimant], None)
             for s, _, _, _, _, cues in per_sentence]
    bodies = [(a, cid) for a, _, cid in all_names if cid in reg and not reg[cid].outlet]
    # the same, with "it said", "the statement said" taken as the speaker named before them,
    # and a sentence inside a quotation told by the quote's speaker: a statement's scope runs
    # to the quote's closing mark ('BYC said, "... Students are being taken ..."' and, after
    # it, "Nine students were abducted on Monday" goes on with the committee's account)
    told_by: list[str | None] = []
    last_named: str | None = None
    quoting: str | None = None  # the speaker so far of the paragraph, for its quotes
    for index, (s, _, _, _, _, cues) in enumerate(per_sentence):
        if index and per_sentence[index - 1][0].paragraph != s.paragraph:
            quoting = None
        own = speaker_at(s.end, cues, last_named)
        told_by.append(own or (quoting if _inside_quote(t, s.start) else None))
        last_named = told_by[-1] or last_named
        quoting = own or quoting
    # a quotation's sentences are all its speaker's, who is named after the closing mark as
    # often as before the opening one ('"Five were taken. Two were freed," the group said.')
    quoted_by = [None if cid else _quote_closed_by(t, per_sentence, told_by, index)
                 for index, cid in enumerate(told_by)]
    told_by = [cid or quoted for cid, quoted in zip(told_by, quoted_by, strict=True)]
    # A text with no outlet that names one source only is that source's own release, even when
    # its attribution comes last ("..., the ISPR said." closing a military press release).
    # (a condemnation is a reaction to the news, no release the paper carries)
    speakers = {c.claimant for *_, cues in per_sentence for c in cues
                if c.claimant and c.kind != "condemn"}
    lead_dates = next((ds for ds in (_dated(t, per_sentence[i][3])
                                     for i in range(min(len(per_sentence), 2))) if ds), [])
    # the day of the lead's prose (a headline and a byline or stamp line above it date nothing),
    # against which a paragraph opening on its own day tells another incident
    prose = [i for i in range(min(len(per_sentence), 2 * _TOP_LINES))
             if _prose(t, per_sentence[i][0]) and not in_stamp_line(t, per_sentence[i][0].start)]
    lead_day = next((ds for ds in (_dated(t, per_sentence[i][3]) for i in prose[:2]) if ds),
                    lead_dates)
    body_figures = {(f.count, act_family(f.category)) for *_, figs, _ in per_sentence
                    for f in figs if f.count is not None and not _headline(t, f.start)
                    and not _subheading(t, f.start)}
    # A paper that carries one statement and cites no one else (a military press release, an
    # armed group's claim) tells it sentence after sentence without naming its source again.
    sole_speaker = next(iter(speakers)) if len(speakers) == 1 and (
        outlet is None or _issues_releases(reg.get(next(iter(speakers))))) else None
    if not speakers and outlet is not None and "ispr" in reg \
            and _MILITARY_FIRST_PERSON.search(t):
        # a paper that names no source and prints "our valiant troops" prints the military's
        # release under its own name: the release's words in it are the ISPR's
        sole_speaker = "ispr"
    # A paper may carry a release first and the reactions to it after ("The Prime Minister
    # praised the troops"): the release is the first source named, and it goes on until
    # another source speaks. Only a release that tells casualties where it is first named
    # ("According to the ISPR, ... two terrorists were killed"): a spokesman's briefing
    # announced for later is no release carried.
    # A statement's scope: once the first source a paper names speaks through a statement, a
    # press release or a post ("the committee said in a statement", "In a post on X, ..."),
    # the figures of the sentences after it are that body's until another speaker or the
    # paper's own voice (another story, background) takes over, whatever kind of body it is.
    # (the press is not the body a paper relays: a wire's credit in the dateline, "(IANS)",
    # or another outlet the paper cites names no source of the figures' kind)
    at = next((i for i, cid in enumerate(named)
               if cid and getattr(reg.get(cid), "source_type", "media") != "media"), None)
    # A lead that gives a rights group's or a party's words relays that body: the report is
    # its statement told by the paper, from the lead's first figure on, also where the lead
    # tells the body's claim before it names the body ("Three men were killed ... The
    # committee condemned the killings, saying ..."). A body that gives a count of its own
    # there is a second account beside the paper's lead (ANNOTATION.md 5): the lead stays the
    # paper's.
    relayed = named[at] if at is not None and at in lead else None
    relays_from = lead[0] if getattr(reg.get(relayed or ""), "source_type", None) in (
        "rights_group", "political") else None
    until_other = False
    if sole_speaker is None and outlet is not None and at is not None and (
            (_issues_releases(reg.get(named[at]))
             and any(row[4] for row in per_sentence
                     if row[0].paragraph == per_sentence[at][0].paragraph))
            or _STATEMENT_WORD.search(t, per_sentence[at][0].start, per_sentence[at][0].end)
            or relays_from is not None):
        sole_speaker, until_other = named[at], True
    # (a group that only claims the attacks a paper tells, "X claimed responsibility for the
    # attack", owns the acts, not the paper's account of their toll: it carries no release)
    naming = [row for row in per_sentence if any(c.claimant == sole_speaker for c in row[5])]
    if sole_speaker is not None and outlet is not None and naming and all(
            _RESPONSIBILITY.search(t, row[0].start, row[0].end) and not row[4] for row in naming):
        sole_speaker = None
    # A rights group's report and a movement's statement alike list cases one by one (an
    # armed group's claim and the state's release go on only by their own marks: see _carried)
    casebook = sole_speaker is not None and getattr(reg.get(sole_speaker), "source_type",
                                                    None) in ("rights_group", "political")
    release_from = next((i for i, row in enumerate(per_sentence)
                         if any(c.claimant == sole_speaker for c in row[5])), len(per_sentence))
    if casebook:
        # a rights group's or a movement's statement: its lead names the body as the subject of
        # what it did ("The committee has condemned the killing of three men") before its words
        # are given, so the scope opens where the body is first named. An armed group named as
        # the actor ("The BLA has carried out its largest raid, killing 40 soldiers") does not
        # speak yet: the paper tells its count in its own voice (ANNOTATION.md 5), and the
        # group's scope opens where it speaks, as the state's does
        release_from = next((i for i, row in enumerate(per_sentence) if any(
            cid == sole_speaker and row[0].start <= a < row[0].end for a, _, cid in all_names)),
            release_from)
    if relays_from is not None and sole_speaker == relayed and at is not None \
            and not per_sentence[at][4]:
        release_from = min(release_from, relays_from - 1)
    # the dates of the largest group counted so far for each act, for "the remaining twelve"
    act_dates: dict[str, list[DateMention]] = {}
    group_size: dict[str, int] = {}
    credited, lead_sentences = _headline_credit(t, all_names, lead)
    # the sentences in which an armed group claims an attack ("the BLA claimed responsibility
    # for the blast"), and whether the paragraph's speaker so far spoke only so
    owns_attack = [getattr(reg.get(cid or ""), "source_type", None) == "armed_group"
                   and _RESPONSIBILITY.search(t, row[0].start, row[0].end) is not None
                   for cid, row in zip(told_by, per_sentence, strict=True)]
    para_claims = False
    for index, (s, hits, roles, dates, figs, cues) in enumerate(per_sentence):
        fresh = opens = _NEW_INCIDENT.match(t, s.start) is not None
        own_dates = _dated(t, dates)
        # A sentence dated well before the lead's incident is background ("where militants
        # killed 60 in August last year"): the outlet's, not the speaker's of the sentence before;
        # so is one that steps back to an earlier incident in words (see _STEP_BACK).
        steps_back = index > 0 and _STEP_BACK.search(t, s.start, s.end) is not None
        # (a sentence that opens on an earlier time, "Late last month, ...", "Earlier, ... on
        # Saturday", steps back unless its own day meets the lead's: the month's slack above is
        # for a lead's incident told again, not for a time the writer puts first)
        fronted = index > 0 and bool(
            _FRONTED_TIME.match(t, s.start)
            or (own_dates and _FRONTED_EARLIER.match(t, s.start))) and not (
            own_dates and lead_day and _near_in_time(own_dates, lead_day, days=0))
        past = (index > 1 and bool(own_dates) and bool(lead_dates)
                and not _near_in_time(own_dates, lead_dates)) or steps_back or fronted
        fresh = fresh or past
        # a past event's figures are the outlet's: no source after the sentence claims them
        # ("it recalled a 2013 massacre near Hub in which 14 died")
        old_news = bool(own_dates) and published is not None and published.start is not None \
            and all(d.span.end is not None and (published.start - d.span.end).days > 31
                    for d in own_dates)
        # "Additionally, ..." opening a paragraph adds the writer's next item: the speaker of
        # the paragraph before does not carry into it
        opens_paragraph = index > 0 and per_sentence[index - 1][0].paragraph != s.paragraph
        adds = opens_paragraph and _ADDITION.match(t, s.start) is not None
        # "The operation comes days after ...": the writer turns to background, which the
        # speaker before does not tell (nor "The remaining two deaths were in Kalat", the rest
        # of the report's own tally after a source told one part of it)
        recap = _RECAP.match(t, s.start) is not None or _REMAINDER.match(t, s.start) is not None
        # An armed group claiming an attack owns the act, not the account around it: its claim
        # lends its name to no sentence after it ("The BLA claimed the attack. Two militants were
        # also killed" is the paper's), as it takes none before it (see _source_after)
        after_claim = index > 0 and owns_attack[index - 1]
        # "On Saturday, a constable was shot dead ..." opening a paragraph gives a day of its
        # own: a day that is not the lead's is another incident, which the speaker of the
        # paragraph before did not tell
        other_day = opens_paragraph and _DAY_OPENS.match(t, s.start) is not None \
            and bool(own_dates) and bool(lead_day) \
            and not _near_in_time(own_dates, lead_day, 0)
        after, lent_by_toll = (None, False) if past or old_news else \
            _source_after(t, per_sentence, named, index, bodies)
        # "The second blast went off ..." opening a paragraph turns to the next of several
        # incidents, which the speaker of the paragraph before did not tell
        next_one = opens_paragraph and _NEXT_OF_SEVERAL.match(t, s.start) is not None
        neighbours = (None if fresh or index == 0 or adds or recap or after_claim or other_day
                      or next_one else told_by[index - 1], after)
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
        if until_other and index > at and named[index] not in (None, sole_speaker):
            sole_speaker = None
        sole = None if fresh and not _ANOTHER_INCIDENT.match(t, s.start) else sole_speaker
        if outlet is not None and sole_speaker is not None and _inside_quote(t, s.start):
            # a sentence inside a quotation the release opened is the release's own words,
            # whatever it opens with ('"... In another grim case, a youth was shot dead."')
            sole = sole_speaker
        elif outlet is not None and sole_speaker is not None:
            # a rights group's report tells cases over its whole period: a case dated before
            # the lead is its next one, not the paper's background, and so is a case opening
            # with its own day
            sole = _carried(t, s.start, s.end, index,
                            (opens and not _CASE_DAY.match(t, s.start)
                             and not (_CASE_PERIOD.match(t, s.start) and not past))
                            or steps_back
                            # (a paragraph opening on another day than the lead's tells another
                            # incident, which the release did not)
                            if casebook else fresh or other_day,
                            release_from, casebook,
                            any(cid == sole_speaker and s.start <= a < s.end
                                for a, _, cid in all_names))
            if sole is False:
                # a paper carrying one release stops telling it where it turns to another
                # story or to background ("The operation comes a day after ..."): the rest is
                # the paper's own
                sole_speaker = None
            sole = sole_speaker if sole else None
        # "In a separate incident, ...": another account, not the paragraph speaker's; nor is a
        # step back ("Earlier, two shepherds were taken ..."), which recalls an earlier incident
        # in the paper's own voice, as it does after any sentence; nor what follows a group's
        # claim of the attack
        para_ends = bool(past or _ANOTHER_INCIDENT.match(t, s.start)
                         or _STEPS_BACK_OPENER.match(t, s.start) or para_claims)
        by_claimant: dict[str, list[FigureMention]] = {}
        why: dict[str, list[Judgement]] = {}
        for f in figs:
            if (_headline(t, f.start) or _subheading(t, f.start)) \
                    and ((f.count, act_family(f.category)) in body_figures
                         or _outnumbered(f, body_figures)):
                continue  # a headline repeats the body's figure: one figure, counted once
            # the sentence after lends its source to no count its account gives otherwise
            lent = (neighbours[0], None) if neighbours[1] is not None and not lent_by_toll \
                and _counted_otherwise_below(t, per_sentence, named, reg, index, f) \
                else neighbours
            cid, judgement = _attribute(t, f.start, cues, last_speaker,
                                        None if para_ends else para_speaker, out_id, lent,
                                        sole, out_judgement,
                                        credited if index in lead_sentences else None,
                                        quoted_by[index])
            relayed_by = getattr(reg.get(cid), "outlet", False) and cid != out_id and \
                judgement.family == SPEAKER and judgement.start is not None and \
                re.search(r"\breport", t[judgement.start:judgement.end], re.IGNORECASE)
            if relayed_by and not para_ends and para_speaker and para_speaker != cid and \
                    getattr(reg.get(para_speaker), "source_type", "media") != "media":
                # "The group's spokesman said in a statement that ... . Two soldiers were
                # killed, The Balochistan Post reported": another outlet relays the source the
                # paragraph has named, which is the claimant
                cid, judgement = para_speaker, judged(
                    PARAGRAPH, f"{judgement.cue}, relaying {para_speaker}, who spoke earlier "
                    "in the paragraph", judgement.start, judgement.end)
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
                                        neighbours, sole, out_judgement)
            by_claimant.setdefault(cid, [])
            why.setdefault(cid, []).append(judgement)
        for cid, cfigs in by_claimant.items():
            for part in _split_by_own_date(t, _Candidate(
                    cid, s.paragraph, s.start, s.end, cfigs, incident_hits, dates,
                    {s.paragraph}, why.get(cid, []), [(s.start, s.end)], index), s.start, s.end):
                for piece in _since_then(t, part, s.end, published):
                    candidates += _rest_dated(piece, act_dates)
        mine = _own_known(t, dates)
        for f in figs:
            # the group a rest belongs to is the largest counted for its act
            if mine and f.note != REST_NOTE and f.count is not None and f.count > group_size.get(
                    act_family(f.category), 0):
                act_dates[act_family(f.category)] = mine
                group_size[act_family(f.category)] = f.count
        if sentence_speaker:
            last_speaker = para_speaker = sentence_speaker
            para_claims = owns_attack[index]

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
        # nor does a sentence whose time is its own ("... last month. Two more were taken in
        # January, he said") join the speaker's claim before it
        mine, theirs = (_own_known(t, c.dates), _own_known(t, prev.dates)) \
            if prev and prev.figures and c.figures else ([], [])
        if prev and prev.claimant == c.claimant and prev.paragraph == c.paragraph and \
                not _NEW_INCIDENT.match(t, c.start) and c.start >= prev.end and not (
                    mine and theirs and not any(_same_time(x, y) for x in mine
                                                for y in theirs)):
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

    # which incident each sentence tells: a new one begins with "Meanwhile", "In another ..."
    segment_of: list[int] = []
    # the incidents opened as others beside the one told ("In another incident", "In the second
    # attack"), not as a step back to background ("The attack comes a week after ...")
    parallel: set[int] = set()
    for s, *_ in per_sentence:
        segment_of.append((segment_of[-1] if segment_of else 0)
                          + (1 if (_NEW_INCIDENT.match(t, s.start)
                                   and not _REACTION_MEANWHILE.match(t, s.start, s.end))
                             or _NEXT_OF_SEVERAL.match(t, s.start) else 0))
        if _ANOTHER_INCIDENT.match(t, s.start) or _NEXT_OF_SEVERAL.match(t, s.start):
            parallel.add(segment_of[-1])
    _two_strands(per_sentence, segment_of)
    # where the report names its own outlet ("the SSP told Dawn"), found by the outlet's own
    # name: the register knows only some outlets, and only as "a news outlet"
    own = re.sub(r"\s*\(.*\)$", "", out_name).strip()
    own = re.sub(r"^[Tt]he\s+", "", own)
    own_name_at = [m.start() for m in re.finditer(r"\b" + re.escape(own) + r"\b", t)] \
        if len(own) > 2 else []
    merged = _wire_leads_retold(t, merged, all_names, reg, out_id, segment_of, own_name_at)

    balochistan = gazetteer.get("balochistan")
    pakistan = gazetteer.get("pakistan")
    incident_dates = [_incident_dates(t, d, published) for _, _, _, d, _, _ in per_sentence]
    told: list[_Told] = []  # the figures given so far, for restatements
    # the claims told in the outlet's own voice so far, for a source below that restates them
    in_own_voice: list[_OwnVoice] = []
    told_at: list[tuple[int, str]] = []  # where each figure kept so far stands, and its act
    named_so_far: dict[str, set[str]] = {}  # act -> capitalised words of its figures so far
    n = 0
    report_known: list[DateMention] | None = None  # computed when first needed
    period: list[DateMention] | None = None  # a periodic report's month, when first needed
    still_on: list[re.Match[str]] | None = None  # "the operation is under way", when needed
    report_districts: set[str] = set()
    # the last period's tally told (its sentence and dates), for the breakdown after it
    tally_frame: tuple[int, list[DateMention]] | None = None
    for c in merged:
        said_at = [d.span.end for d in c.dates if d.span.end is not None
                   and is_statement_date(t, d)]
        own = _incident_dates(t, _after_the_capture(t, c, c.dates, published) or [], published)
        known = [d for d in own if d.span.start is not None]
        dated_here = bool(known)  # the claim's own sentences date it (not a borrowed date)
        if not known:
            # nothing near dates it: the account after a line of background may ("... The
            # operation is under way in Sambaza. The ISPR said ... on the night of August 10-11")
            if period is None:
                period = _report_period(t, per_sentence, incident_dates) or []
            # (a period's breakdown goes on with the period, before the lead's day)
            borrowed = (tally_frame[1] if c.figures and tally_frame is not None
                        and _goes_on_with_the_tally(t, per_sentence, incident_dates, c.index,
                                                    tally_frame[0]) else None) or \
                _several_told(t, c, per_sentence, incident_dates) or period or \
                _retold_dates(t, c, merged, segment_of, published) or \
                _neighbour_dates(t, per_sentence, incident_dates, c.index) or \
                _day_stepped_back_from(t, per_sentence, incident_dates, c.index) or \
                _account_dates(t, per_sentence, incident_dates, c.index) or \
                (_neighbour_dates(t, per_sentence, incident_dates, c.told_again_at)
                 if c.told_again_at is not None else None)
            borrowed = _after_the_capture(t, c, borrowed, published)
            if not borrowed and c.figures:
                if report_known is None:
                    report_known = _report_known(t, per_sentence, incident_dates)
                    report_districts = _report_districts(per_sentence)
                borrowed = _after_the_capture(t, c, _report_time(
                    t, per_sentence, c.index, report_known, report_districts), published)
            own = (borrowed or []) + [d for d in own if d not in (borrowed or [])]
        elif all(is_statement_date(t, d) for d in known):
            # "relatives said on Monday" only bounds the incident from above; a date of the
            # incident in the next or previous sentence, not after it, says when.
            borrowed = _after_the_capture(t, c, _neighbour_dates(
                t, per_sentence, incident_dates, c.index) or _account_dates(
                t, per_sentence, incident_dates, c.index), published)
            said = max(d.span.end for d in known)  # type: ignore[type-var]
            if borrowed and all(d.span.end is not None and d.span.end <= said
                                for d in borrowed):
                own = borrowed
        c.dates = own
        span, basis = combine(c.dates)
        # ("on Sunday evening" is after the night that ended that morning: not widened)
        if span.start is not None and span.start == span.end and c.figures and not any(
                _LATER_IN_THE_DAY.search(d.raw) for d in c.dates):
            if report_known is None:
                report_known = _report_known(t, per_sentence, incident_dates)
                report_districts = _report_districts(per_sentence)
            night = _night_ending(t, per_sentence, c.index, span.start, report_known)
            if night is not None:
                c.dates = [*c.dates, night]
                span, basis = combine(c.dates)
        if span.start is not None and c.figures:
            if still_on is None:
                still_on = list(_STILL_ON.finditer(t))
            ongoing = _ongoing_until(t, c, span, said_at, published, [
                m for m in still_on if segment_of[bisect.bisect_right(sent_starts, m.start()) - 1]
                == segment_of[c.index]])
            if ongoing is not None:
                c.dates = [*c.dates, ongoing]
                span, basis = combine(c.dates)
        if c.figures and span.start is not None and span.end is not None \
                and (span.end - span.start).days >= 27:
            # (from the claim's last sentence: a tally runs over several)
            tally_frame = (bisect.bisect_right(sent_starts, c.end - 1) - 1, list(c.dates))
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
        fallback_place = False
        if not place_ids and not unresolved_mentions:
            fallback = pakistan if _NATIONWIDE.search(evidence) else balochistan
            if fallback is not None:
                place_ids, place_names = [fallback.id], [fallback.name]
                place_mentions = [{"mention": fallback.name, "place_id": fallback.id}]
                place_note = "no incident place in the passage: placed at " + fallback.name
                fallback_place = True
        cdef = reg.get(c.claimant)
        source_type = cdef.source_type if cdef else "media"
        districts = {h.place.district for h in c.places if h.place is not None and h.place.district}
        if c.figures:
            segment = segment_of[c.index]
            floors = _first_tellings(c.figures)
            # (a place only borrowed from the sentences around says nothing of which incident
            # the count is: "Three terrorists were killed in the exchange of fire, the ISPR
            # said" after a line naming the hideout's area retells the lead's three)
            kept = [f for f in c.figures if not _told_before(
                f, source_type, c.claimant == out_id, span,
                set() if borrowed_note else districts, segment, told,
                running := runs_on_a_toll(t, f), c.claimant, dated_here, parallel)
                # ... or the same speaker's toll earlier in this claim
                and not (running and any(
                    g.count == f.count and act_family(g.category) == act_family(f.category)
                    and g.start < f.start for g in c.figures))
                # ... or the same speaker's count earlier in this claim, with or without "at
                # least" where this has the other ("at least 14 ... 14 others, he added")
                and not _retold_loosely(f, floors)
                # "he was killed" for a person an earlier figure of the act already names (by
                # every word of the name: "Shoaib Baloch" is not "Majid Baloch", a surname
                # half the province shares)
                and not (f.name and {w.lower() for w in f.name.split()} <= named_so_far.get(
                    act_family(f.category), set()))
                # "the killing of six terrorists" after the six were told: a name for what
                # was told, whoever names it ("experts called the killing of six a success")
                and not _named_act_told(t, f, told, segment)]
            for f in c.figures:
                named_so_far.setdefault(act_family(f.category), set()).update(
                    w.lower() for w in re.findall(r"(?-i:[A-Z][a-z]+)", f.raw))
            # one claim naming the same victim twice ("shot dead Karim ... Karim was killed")
            names_kept: set[tuple[str, str]] = set()
            once: list[FigureMention] = []
            for f in kept:
                key = (_named(f) or "", act_family(f.category))
                if key[0] and key in names_kept:
                    continue
                names_kept.add(key)
                once.append(f)
            kept = once
            # (a count of cases is a tally of a kind of act: "" says no person named later is
            # one of its telling)
            told += [_Told(f.count, act_family(f.category), f.who, _told_qualifier(f), source_type,
                           span, districts, segment,
                           "" if f.note == CASES_NOTE else _named(f), c.claimant, f.total)
                     for f in kept if f.count is not None]
            if _period_tally(source_type, span):
                # (marked after `told`: a tally told again further down is still told once)
                kept = [replace(f, total=True) if _a_tallys_count(t, f, sent_starts, sents)
                        else f for f in kept]
            if source_type in _RESTATING_KINDS and c.claimant != out_id and kept:
                _hand_over_the_lead(kept, c.index, segment, span, districts, in_own_voice,
                                    told_at)
            if not kept:
                continue  # every figure restates one given before: no new claim
            c.figures = kept
        n += 1
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
                "claimant": of_claimant(weakest(c.attributions, out_judgement if own_release
                                                else judged(OUTLET,
                                                            f"no speaker found: {out_name}")),
                                        source_type).as_dict(),
                "date": _date_judgement(t, c, span).as_dict(),
                "places": _places_judgement(t, c, place_note, fallback_place).as_dict(),
                "figures": _figures_judgement(t, c.figures).as_dict(),
            },
            "passage": sorted(c.paragraphs | {c.paragraph}),
            "review_status": "machine_extracted",
            **({"place_note": place_note} if place_note else {}),
        }
        result.claims.append(claim)
        told_at += [(f.start, act_family(f.category)) for f in c.figures]
        # (a lead that cites a source of its own, "a local channel reported", keeps it)
        if c.claimant == out_id and c.figures and all(j.family == OUTLET for j in c.attributions) \
                and not any(_cites_a_source(t, a, b, own_name_at) for a, b in c.sentences):
            in_own_voice.append(_OwnVoice(claim, list(c.figures), c.index, segment_of[c.index],
                                          span, districts, cdef, out_name, itype,
                                          place_names + unresolved_mentions, t))
    # (a claim whose every figure a source below took tells nothing of its own any more)
    emptied = {id(own.claim) for own in in_own_voice if not own.figures}
    if emptied:
        result.claims = [cl for cl in result.claims if id(cl) not in emptied]
    return result


# The kinds of named source that take a lead's figure they restate (ANNOTATION.md 5); a lead
# that restates an armed group's or a party's count as the outlet's own stays two figures.
_RESTATING_KINDS = ("state", "rights_group")


@dataclass
class _OwnVoice:
    """A claim the outlet told in its own voice: a source below that gives its count again
    takes that figure from it (ANNOTATION.md 5)."""
    claim: dict[str, Any]
    figures: list[FigureMention]
    index: int  # the sentence it was told in
    segment: int
    span: DateSpan
    districts: set[str]
    cdef: ClaimantDef | None
    out_name: str
    itype: str
    places: list[str]
    text: str


def _districts_in(per_sentence: list[Any], rows: Iterable[int]) -> set[str]:
    """The districts of every place the sentences name, in any role (a title's, a hospital's
    place says which story a sentence tells as well as a scene does)."""
    return {h.place.district for k in rows for h in per_sentence[k][1]
            if h.place is not None and h.place.district}


def _two_strands(per_sentence: list[Any], segment_of: list[int]) -> None:
    """A lead that tells two stories, the second in a paragraph of one sentence ("Nine Levies men
    were hurt in a blast in Panjgur on Tuesday. / In a separate incident, gunmen torched a police
    station in Kachhi."), then goes back to the first ("Officials said the bomb went off on Thana
    Road in Turbat ..."): the paragraphs after the teaser are the first story's again where the
    first of them to name a place names the first story's districts and none of the teaser's,
    up to a sentence that names the teaser's districts and none of the first's (its own account,
    often under a crosshead). Changes `segment_of` in place."""
    n = len(per_sentence)
    for i in range(1, n - 1):
        s = per_sentence[i][0]
        seg, prev = segment_of[i], segment_of[i - 1]
        if seg == prev or per_sentence[i - 1][0].paragraph == s.paragraph \
                or per_sentence[i + 1][0].paragraph == s.paragraph:
            continue
        teaser = _districts_in(per_sentence, (i,))
        if not teaser:
            continue
        # (a line that names both stories, the headline "... in Mastung, Kalat attacks", says
        # nothing of which one the lead tells)
        first: set[str] = set()
        for j in range(i):
            if segment_of[j] == prev and not (here := _districts_in(per_sentence, (j,))) & teaser:
                first |= here
        if not first:
            continue
        back: list[int] = []  # the sentences after the teaser that go back to the first story
        returned = False
        for j in range(i + 1, n):
            if segment_of[j] != seg:
                break
            here = _districts_in(per_sentence, (j,))
            if here & teaser and not here & first:
                break  # the teaser's own account
            back.append(j)
            returned = returned or bool(here & first)
        if returned:
            for j in back:
                segment_of[j] = prev


def _hand_over_the_lead(kept: list[FigureMention], index: int, segment: int, span: DateSpan,
                        districts: set[str], in_own_voice: list[_OwnVoice],
                        told_at: list[tuple[int, str]]) -> None:
    """A lead in the outlet's voice that a named source further down restates is one figure,
    claimed by the source (ANNOTATION.md 5: the same count and act, the same people, the same
    qualifier or none): each figure of `kept` that restates a figure of an earlier claim in the
    outlet's own voice, of the same incident, takes it out of that claim (which keeps the rest,
    and goes when nothing is left). However far below the source speaks (the guide sets no
    distance: the lead sums up what the source told the outlet), it is the same incident (no
    sentence opening another between them, times that overlap, districts that meet) and
    nothing of the act is counted between them: a lead the outlet itself breaks into parts
    ("two ... and one ...") stays the outlet's sum. (Round 35: a reach of three sentences had
    kept six sources' counts, given four to six sentences below, as second figures on unseen
    reports.)"""
    for f in kept:
        if f.count is None:
            continue
        family, qualifier = act_family(f.category), _told_qualifier(f)
        for own in in_own_voice:
            if not own.figures or own.segment != segment or not _overlaps(span, own.span) or (
                    districts and own.districts and not districts & own.districts):
                continue
            # (a lead that sums twin blasts and the source that gives the same sum tell it once)
            g = next((g for g in own.figures if g.count == f.count
                      and act_family(g.category) == family
                      and {_told_qualifier(g), qualifier} <= _FLOOR_OR_EXACT
                      and (g.who == f.who or "unspecified" in (g.who, f.who))), None)
            # (the scan of what was counted between them last: with no reach, it would
            # otherwise run for every lead of the incident)
            if g is None or any(own.figures[-1].end <= at < f.start and act == family
                                for at, act in told_at):
                continue
            own.figures.remove(g)
            claim = own.claim
            claim["figures"] = [{**x.as_dict(), "start": x.start, "end": x.end}
                                for x in own.figures]
            if own.figures:
                claim["summary"] = _summary(own.cdef, own.out_name, claim["source_type"],
                                            own.itype, own.figures, own.places, own.span)
                claim["confidence"]["figures"] = _figures_judgement(own.text,
                                                                    own.figures).as_dict()
            break


# The bodies whose accounts of a period (a monthly or annual report, a half-year's tally) papers
# relay: a rights group, a party or movement, an armed group.
_TALLYING_KINDS = ("rights_group", "political", "armed_group")


def _sentence_words(t: str, lo: int, hi: int) -> str:
    """A sentence's words for telling a repeat: case, spacing, punctuation and a bracketed
    credit ("(AP photo)") aside."""
    return " ".join(re.findall(r"\w+", re.sub(r"\([^()]*\)", " ", t[lo:hi]).lower()))


def _period_tally(source_type: str, span: DateSpan) -> bool:
    """Whether a body's claim counts over a period, not one incident: the body tells a count
    for a whole month or longer ("in March", "during 2024", "since January", its monthly report
    read for its month), so each count is that period's tally (ANNOTATION.md 3: `total: true`);
    a person it names is one case, not a tally."""
    if source_type not in _TALLYING_KINDS or span.start is None or span.end is None:
        return False
    return span.precision in ("month", "year") or (
        span.precision == "range" and (span.end - span.start).days >= 27)


def _a_tallys_count(t: str, f: FigureMention, starts: list[int], sents: list[Any]) -> bool:
    """Whether a figure of a period's account counts for the period (see _period_tally): not a
    person it names or a single person ("the body of a young man"), not a count of operations,
    and not a count its sentence ties to one incident ("two men killed in a staged encounter",
    "fifteen killed in a bombing at a rally")."""
    if f.total or _named(f) or f.name or f.category == "operations" or f.count == 1:
        return False
    k = bisect.bisect_right(starts, f.start) - 1
    return k < 0 or not tells_one_incident(t, sents[k].start, sents[k].end)


@dataclass(frozen=True)
class _Told:
    """A figure the report has given: what a later restatement must match."""
    count: int | None
    family: str
    who: str
    qualifier: str
    source_type: str
    span: DateSpan
    districts: set[str]
    segment: int
    name: str | None = None  # a victim counted by name
    claimant: str | None = None
    total: bool = False  # a sum or a period's tally: only another telling of it restates it


def _told_qualifier(f: FigureMention) -> str:
    """The qualifier a restatement compares. "As many as 14 were killed" stresses a count
    rather than capping it: it restates a plain "14 killed" (an "up to" does not)."""
    if f.qualifier == "up_to" and re.match(r"as\s+many\s+as\b", f.raw, re.IGNORECASE):
        return "exact"
    return f.qualifier


def _named(f: FigureMention) -> str | None:
    return (f.name or f.raw).strip().lower() if f.note == "named" else None


def _told_before(f: FigureMention, source_type: str, by_outlet: bool, span: DateSpan,
                 districts: set[str], segment: int, told: list[_Told],
                 running: bool = False, claimant: str | None = None,
                 dated_here: bool = True, parallel: set[int] | None = None) -> bool:
    """Whether f restates a figure given earlier (ANNOTATION.md 5): the same count, qualifier,
    act and people, from a claimant of the same type, or from the outlet repeating it unsourced
    ("... the ISPR said. The 18 soldiers were laid to rest"), for the same incident: no
    sentence opening another incident between them, times that overlap (or one unknown), and
    districts that meet (or one names none). A claimant of another type giving the same count
    corroborates: those stay two figures; a doctor's "nine bodies" after officials' "at least
    nine" is one (both speak for the state; ANNOTATION.md round 33). One person ("a vendor")
    restates one person only as the same kind.
    `dated_here`: whether the second telling's own sentences date it, rather than a borrowed
    date; `parallel`: the incidents the report opens as others beside the one told (see retold
    below)."""
    if f.count is None:
        return False
    family = act_family(f.category)
    if running:
        # "bringing the death toll to seven" after "at least seven were killed": the running
        # sum of the same incident's dead is that toll again, whoever tells it and however
        # loosely the first telling put it
        return any(x.count == f.count and x.family == family and x.segment == segment
                   and not x.total and _overlaps(span, x.span) for x in told)
    if f.total:
        # "Altogether eight fighters died" after eight militants were counted: the sum
        # is that same group again. The people must be named alike ("the remaining two
        # deaths" after "two fishermen" is another pair).
        # A period's tally the same speaker tells again for the same period ("84 were
        # disappeared in June ... a total of 84 people in June") is that tally, people or not,
        # and so is the outlet repeating it unsourced after a monitor gave it.
        # So is one speaker's toll of one day told again as the sum of that day's acts ("one
        # person was killed and 17 injured in two blasts ... one killed and around 17 injured in
        # the two incidents, the officer said").
        return any(
            x.count == f.count and x.family == family and x.who == f.who
            and (f.who != "unspecified" or ((x.claimant == claimant or by_outlet)
                                            and x.span == span
                                            and span.precision in ("month", "year", "day")))
            and x.segment == segment and _overlaps(span, x.span) for x in told)
    qualifier = _told_qualifier(f)

    def retold(x: _Told) -> bool:
        # A report tells each incident's count once: the same speaker, one of its kind (the
        # military's media wing, then the police: ANNOTATION.md 5), or the outlet repeating it
        # unsourced, giving the same count of two or more again tells that figure again,
        # across a step back to background between the two tellings (when both are dated
        # alike: a day's count is no part of a month's tally; "In another incident" or "In the
        # second attack" opens another incident) and whatever date the second telling only
        # borrows (when it names the same kind of people).
        return f.count is not None and f.count > 1 and (
            x.claimant == claimant or x.source_type == source_type or by_outlet)

    def aside(x: _Told) -> bool:
        return x.segment < segment and not any(k in (parallel or ())
                                                for k in range(x.segment + 1, segment + 1))
    return any(x.count == f.count and x.family == family and not x.total
               and (x.qualifier == qualifier or (
                   # one speaker telling its count again with or without "at least" ("at
                   # least 16 were hurt ... 16 others were hurt, he added") tells it once
                   x.claimant == claimant and {x.qualifier, qualifier} <= _FLOOR_OR_EXACT)
                   # ... and so does a speaker of the same kind ("at least four were killed,
                   # police said" and the government's "left four people dead": ANNOTATION.md 5,
                   # either side may drop "at least"), a hospital's "nine bodies" after
                   # officials' "at least nine" too (round 33)
                   or (x.source_type == source_type
                       and {x.qualifier, qualifier} <= _FLOOR_OR_EXACT))
               and (x.segment == segment
                    or (retold(x) and aside(x) and x.span.precision == span.precision))
               # two victims named differently are two people, whatever else they share
               and (x.name is None or _named(f) is None or x.name == _named(f))
               and (x.who == f.who or (f.count > 1 and "unspecified" in (x.who, f.who)))
               and (x.source_type == source_type or by_outlet)
               and (_overlaps(span, x.span)
                    or (retold(x) and not dated_here and x.who == f.who != "unspecified"))
               and (not districts or not x.districts or bool(districts & x.districts))
               for x in told)


# a count given as it is or as its floor: one count, told tightly or loosely
_FLOOR_OR_EXACT = frozenset({"exact", "at_least"})


def _first_tellings(figures: list[FigureMention]) -> dict[tuple[int, str, str, str], int]:
    """Where one claim first tells each count exactly or as a floor, by (count, act,
    qualifier, people) and by (count, act, qualifier, "*") for people of any kind: one pass,
    so a claim of thousands of sentences costs no more than their number."""
    first: dict[tuple[int, str, str, str], int] = {}
    for g in figures:
        if g.count is None or g.total or g.qualifier not in _FLOOR_OR_EXACT:
            continue
        for who in (g.who, "*"):
            key = (g.count, act_family(g.category), g.qualifier, who)
            first[key] = min(first.get(key, g.start), g.start)
    return first


# An act named by its noun with the definite article, its count inside: "the killing of six
# terrorists", "the martyrdom of the four soldiers", "the abduction of 18 labourers".
_NAMED_ACT = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:killings?|deaths?|martyrdom|murders?|"
                        r"massacre|abductions?|kidnappings?|disappearances?|arrests?)\s+of\s+"
                        r"(?:the\s+|these\s+|those\s+|all\s+)?$", re.IGNORECASE)


def _named_act_told(t: str, f: FigureMention, told: list[_Told], segment: int) -> bool:
    """Whether f counts an act named by its noun ("the killing of six ...") whose count the
    report told before, of the same act and people, in the same incident: a reference to the
    figure, not a figure of its own (ANNOTATION.md 5), whoever refers to it."""
    if f.count is None or not _NAMED_ACT.search(t, max(0, f.start - 60), f.start):
        return False
    family = act_family(f.category)
    # (one is as often a new person: "which ended in the killing of one gunman")
    return f.count > 1 and any(k.count == f.count and k.family == family and k.who == f.who
                               and k.segment == segment for k in told)


def _retold_loosely(f: FigureMention, first: dict[tuple[int, str, str, str], int]) -> bool:
    """Whether the claim told f's count before with the other of "at least" and none, of the
    same people (or either side only "people")."""
    if f.count is None or f.total or f.qualifier not in _FLOOR_OR_EXACT:
        return False
    other = next(iter(_FLOOR_OR_EXACT - {f.qualifier}))
    family = act_family(f.category)
    whos = ("*",) if f.who == "unspecified" else (f.who, "unspecified")
    return any(first.get((f.count, family, other, who), f.start) < f.start for who in whos)


def _overlaps(a: DateSpan, b: DateSpan) -> bool:
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return True
    return a.start <= b.end and b.start <= a.end


def stopped_result(exc: Exception, *, path: str | None, published: DateSpan | None,
                   outlet: str | None) -> IngestResult:
    """What a caller keeps when a rule fails on a text it was never tried on: no candidate, and a
    warning naming the error and its place in the rules. A rule's bug must not sink a batch of
    reports or a reviewer's page; the report itself stays, to be read and claimed by hand."""
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    return IngestResult(path=path, published=published, outlet=outlet, warnings=[
        f"{path or 'report'}: the extractor stopped on this report ({type(exc).__name__}{where}) "
        f"and proposed no claim; read it and add its claims by hand, and report the error"])


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
