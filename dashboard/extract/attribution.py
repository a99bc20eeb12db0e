"""Who claims a figure: claimant mentions tied to speech cues, from the register in claimants.yaml.

A claimant named in a sentence is a claimant only when something says they spoke ("X said",
"according to X", "X: '...'"); an actor ("security forces killed", "the BLA attacked") is not.
Figures with no cue in their sentence inherit the last speaker of the paragraph (news prose
continues a statement across sentences) and otherwise belong to the outlet itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from dashboard.models import SOURCE_TYPES

REGISTER = Path(__file__).resolve().parent / "claimants.yaml"

SPEECH = (
    r"(?:said|says|say|stated|states|claimed|claims|claim|told|tells|added|adds|announced|"
    r"announces|confirmed|confirms|reported|reports|"
    # "alleged" after an article or a preposition qualifies a noun ("troops broke up a march
    # against alleged abductions", "the alleged encounter"): it reports no statement
    r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bin\s)(?<!\bon\s)"
    r"(?<!\binto\s)(?<!\bover\s)(?<!\bagainst\s)(?<!\babout\s)(?<!\bits\s)(?<!\btheir\s)"
    r"alleged|alleges|insisted|insists|insist|"
    r"asserted|"
    r"declared|maintained|noted|revealed|disclosed|warned|accused|admitted|acknowledged|"
    r"clarified|explained|informed|stressed|conceded|elaborated|mentioned|"
    # ("police detailed that ...", "the official shared that ...": a verb of telling before
    # "that")
    r"(?:detailed|shared|narrated|recounted|specified|briefed)\s+that|"
    # "highlighted that ..." reports what was said; "highlighted the plight of" names a topic
    r"(?:highlighted|highlights|highlighting|pointed\s+out|underlined|underscored)\s+that|"
    # a rights body's report "draws attention to" what it documents: its figures are its claim
    r"(?:drawn|drew|draws|draw)\s+attention|"
    r"boast(?:ed|s)?|tweeted|wrote|posted|estimated|estimates|counted|recorded|documented|"
    # a body's own figures speak for it: "the CTD's figures for August list 36 arrests"
    r"lists|list|listed|shows|show|showed|found\s+that|logged|puts?\s+at|placed\s+at|"
    # "the CTD registered an FIR against ...": opening a case is an act, not a statement
    r"registered(?!\s+(?:an?|the|its|their)\s+(?:fresh\s+|new\s+|separate\s+|formal\s+)?"
    r"(?:FIR|case|first\s+information\s+report|complaint|protest)\b)|"
    r"stating|saying|claiming|alleging|adding|putting|(?:put|puts|gave|gives|placed|places)\s+"
    r"(?:the|their|its)\s+(?:death\s+)?(?:toll|figure|number|count|tally)|"
    r"(?:released|issued)\s+(?:a\s+)?(?:separate\s+|fresh\s+|written\s+)?statement|"
    r"in\s+a\s+(?:separate\s+|written\s+)?statement|submitted|briefing|news\s+conference|"
    r"press\s+conference|appeared\s+to\s+boast|according|called\s+(?:on|for)|urged|demanded|"
    # "voiced serious concern over ..., saying": a stance taken is a statement made
    r"(?:expressed|voiced|raised)\s+(?:(?:serious|grave|deep|strong)\s+)?(?:alarm|concern|dismay|outrage|"
    r"indignation|anger|grief|shock|sorrow)|"
    r"rejected|denied|disputed|contested|refuted|confirming|told|"
    # "initial reports by police suggested three were killed": a tentative statement
    r"suggested|suggests|indicated|indicates)"
)
# "strikes that claimed 31 lives" is not speech; "the BYC said 14 students..." is.
# "strikes that claimed 31 civilian lives" is not speech; "the BLA claimed 30 soldiers had
# died" is.
_NOT_SPEECH = (r"(?:(?<=said)|(?<=says)|(?<=stated)|(?<=added)|(?<=told)|"
               r"(?!\s+(?:the\s+|(?:at\s+least\s+|more\s+than\s+|over\s+)?[\d,]+\s+|[a-z]+\s+)?"
               r"(?:[a-z]+\s+)?lives\b|\s+(?:a|an|the)\s+(?:heavy\s+)?toll))")
# "... 47 Baloch activists and students who it said ...": a personal pronoun before the verb
# is its subject, so the name before it did not speak.
# (the stretch between a name and its verb: "Officials did not respond to the claim", a refusal
# to speak, is no statement)
_TO_VERB = (rf"(?:(?!\b(?:it|he|she|they|we)\s+(?:also\s+)?{SPEECH}\b|\b(?:did\s+not|didn't|"
            rf"declined|refused|could\s+not|would\s+not)\b)(?:[^\d.;!?]|(?<!\d)(?:19|20)\d\d"
            rf"(?!\d))){{0,60}}?")
# A condemnation is a statement too, and the toll of what it condemns, named after the verb, is
# the condemner's ("the governor strongly condemned the blast that killed six"); it is the
# weakest, claiming nothing told before it and carried to no other sentence (see speaker_cue).
_CONDEMNS_AFTER = re.compile(rf"{_TO_VERB}\bcondemn(?:ed|s)\b", re.IGNORECASE)
_SPEECH_AFTER = re.compile(
    rf"{_TO_VERB}\b{SPEECH}\b{_NOT_SPEECH}"
    rf"|[\s()]*(?:\([^)]{{0,30}}\))?\s*,[^,;.\d]{{0,110}},\s+(?:also\s+)?{SPEECH}\b{_NOT_SPEECH}"
    # the speaker's own act told first, then its claim: "troops beat back a raid on a customs post
    # after hours of firing and claimed to have shot all five" (no clause of
    # anyone else's between)
    r"|(?:(?!\b(?:who|whom|which|that|while|whereas|but|it|he|she|they|we)\b)[^\d.;!?:\"]){0,140}?"
    r"\band\s+(?:also\s+|later\s+)?(?:claimed|said|stated|announced)\s+(?:to\s+have|that|they|it)\b"
    r"|[^\d.;!?:'\"]{0,40}:\s*[\"']", re.IGNORECASE)
# ("as per the police" is how much of the province's English press writes "according to"; a
# dropped "to", "according police officials", is a slip of the same words)
_ACCORDING = re.compile(r"\b(?:according\s+(?:to\s+)?|as\s+per\s+)(?:[\w'-]+\s+){0,4}$|"
                        # "..., as confirmed by the Kech SSP (investigations) Ali Raza"
                        r"\bas\s+(?:confirmed|reported|stated|told|announced|said)\s+by\s+"
                        r"(?:the\s+)?(?:[\w'-]+\s+){0,3}$|"
                        # "according to a joint statement put out by the Kech police", "according
                        # to the latest annual security report released by ..." (a document's
                        # kind may take a few words)
                        r"\baccording\s+to\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}(?:statement|"
                        r"report|press\s+release|handout|communiqu[eé]|notification)\s+(?:"
                        r"(?:issued|released|shared|put\s+out)\s+)?(?:by|from|of)\s+"
                        r"(?:[\w'-]+\s+){0,4}$|"
                        r"\bstatement\s+(?:of|by|from)\s+"
                        r"(?:[\w'-]+\s+){0,2}$|"
                        # the document as the inverted speaker: "..., stated a handout put
                        # out by the ISPR"
                        r"\b(?:said|stated|added|read|announced)\s+(?:a|an|the)\s+"
                        r"(?:[\w-]+\s+){0,2}(?:statement|press\s+release|handout|"
                        r"communiqu[eé])\s+(?:(?:issued|released|shared|put\s+out)\s+)?"
                        r"(?:by|from|of)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
# "..., said the deputy commissioner." counts; "Police said the BLA killed five" does not: the
# name after "said" must end the clause.
_SAID_BEFORE = re.compile(
    # "AFP quoted a police official", "citing a Levies official": the one quoted speaks
    # an inverted speech verb names its speaker after it: "..., confirmed the deputy
    # commissioner", "..., reported Dawn" (not "told": "told Dawn" names the one told)
    r"\b(?:said|says|claimed|quoted|quoting|cited|citing|confirmed|reported|added|stated|noted|"
    r"explained|maintained|announced)\s+(?:the\s+|a\s+|an\s+)?(?!(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens|several|some|many|at|more|over|around|about|nearly|that)\b)"
    r"(?:[A-Za-z'-]+\s+){0,2}$", re.IGNORECASE)
# The one an outlet cites is its source, whatever follows the name: "citing district
# authorities, the channel reported" (no clause end needed, as after "said")
_CITED_BEFORE = re.compile(r"\b(?:quoting|citing)\s+(?:the\s+|a\s+|an\s+)?"
                           r"(?:[A-Za-z'-]+\s+){0,2}$", re.IGNORECASE)
# "in an FIR", "in the ISPR's statement", "in a Levies report", "in the newly found dossier": a
# body named after "in the" speaks only through a document, the one it is or one named after
# it; "killed in the army's raids" names an actor
_IN_THE = re.compile(r"\bin\s+(?:the|a|an|its|their)\s+$", re.IGNORECASE)
_DOCUMENT_NAMED = re.compile(r"(?:[\w'\u2019-]+\s+){0,3}?(?:statement|report|press\s+release|"
                             r"handout|communiqu[eé]|post|tweet|FIR|dossier)\b", re.IGNORECASE)
# the closing bracket of a name's acronym and the release the name owns: "(ISPR) news release"
_OWN_RELEASE_AFTER = re.compile(r"\)?(?:[ \t]+(?:news[ \t]+|press[ \t]+)?(?:release|statement|"
                                r"handout|communiqu[eé]))?", re.IGNORECASE)
# ("Police said Karim's brother was shot": a possessive goes on to the one spoken of)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)\"]|'(?!s\b)|$|(?:on|in|at|while|adding|who|late|"
                         r"earlier)\b)")
# What a body issues, by its noun ("the report", "its monthly report", "the statement"), and the
# verbs a document tells with besides speech ("reveals", "documents", "points out").
_DOCUMENT = (r"(?:(?:monthly|annual|quarterly|yearly|half-yearly|latest|new|recent|fresh|"
             r"same)\s+)?(?:report|statement|press\s+release|release|data|findings|list|dossier|"
             r"study|review|survey|bulletin)")
_DOCUMENT_VERB = (r"(?:reveals?|revealed|documents?|highlights?|highlighted|points?\s+out|"
                  r"pointed\s+out|details|detailed|underlines?|underlined|notes|records|"
                  r"mentions|observes|observed|cites|cited|indicates|indicated)")
# The body a document is by: named after the document ("a recent report from X", "the
# statement issued by X"), as its owner ("X's monthly report"), or as the subject of issuing it
# ("X, the rights wing of Y, has reported", "X released its report").
_AUTHOR_BEFORE = re.compile(rf"\b{_DOCUMENT}s?\s+(?:issued\s+|released\s+|published\s+|"
                            r"compiled\s+|shared\s+)?(?:from|by|of)\s+(?:the\s+)?$",
                            re.IGNORECASE)
_AUTHOR_AFTER = re.compile(
    rf"['\u2019]s?\s+(?:[\w-]+\s+){{0,2}}{_DOCUMENT}\b|"
    r"(?:\s*\([^)]{1,20}\))?(?:\s*,[^,.]{1,120},)?,?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:released|issued|published|reported|documented|compiled|unveiled|shared)\b",
    re.IGNORECASE)
# "A new report from X, a rights monitor, documents 142 ...": the document named with its author
# tells in the author's name.
_AUTHORS_DOCUMENT_TELLS = re.compile(rf"(?:\s*\([^)]{{1,20}}\))?(?:\s*,[^,.]{{1,120}},)?\s+"
                                     rf"(?:also\s+)?(?:{_DOCUMENT_VERB}|{SPEECH})\b",
                                     re.IGNORECASE)
_DOCUMENT_AT = re.compile(rf"(?:according\s+to\s+|as\s+per\s+|as\s+[a-z]+\s+(?:in|by)\s+)?"
                          rf"(?:the|its|their|this|these|those|such)\s+{_DOCUMENT}\b",
                          re.IGNORECASE)


def document_author(text: str, at: int, earlier: list[tuple[int, int, str]],
                    by_id: dict[str, ClaimantDef]) -> str | None:
    """The body a document noun at `at` speaks for ("The report reveals ...", "according to the
    monthly report"): the last body named before it as a document's author (see _AUTHOR_BEFORE,
    _AUTHOR_AFTER); None where the noun is no document or no author was named (the discourse
    decides). An outlet is never the author: it relays the document."""
    if not _DOCUMENT_AT.match(text, at):
        return None
    for i in range(len(earlier) - 1, -1, -1):
        s, e, cid = earlier[i]
        c = by_id.get(cid)
        if s >= at or c is None or c.outlet or c.source_type == "media":
            continue
        if i and _APPOSITION_OF.fullmatch(text, earlier[i - 1][1], s):
            continue  # "X, the rights wing of Y, has reported": Y describes the author X
        if _AUTHOR_BEFORE.search(text, max(0, s - 50), s) or _AUTHOR_AFTER.match(text, e):
            return cid
    return None


_PRONOUN = re.compile(
    rf"\b(?:he|she|they|it|the\s+(?:statement|spokes(?:man|person)|group|official|minister|"
    rf"organi[sz]ation|movement|party|dossier|documents?|report|briefing|press\s+release|"
    rf"committee|commission|council|front|department|ministry|alliance|administration|"
    rf"officials|authorities|military|army|police|outfit|"
    # "the human rights watchdog mentioned that ...": the body named before, by what it does
    rf"(?:(?:human\s+)?rights\s+)?watchdog|(?:human\s+)?rights\s+body))"
    rf"\s+(?:also\s+|further\s+|had\s+|has\s+|have\s+)?{SPEECH}\b"
    rf"|,\s*(?:he|she|they)\s+{SPEECH}\s*,"
    # the one of two sides a "with" clause gives its own count: "..., with the activist group
    # claiming three dead and the police saying ten were hurt"
    rf"|(?P<side>(?<=\bwith\s)the\s+(?:activist\s+|militant\s+|separatist\s+|rights\s+)?"
    rf"(?:group|organi[sz]ation|movement|party|outfit)\s+(?:claiming|saying)\b)"
    # a document tells what it holds in verbs of its own: "the report reveals", "the monthly
    # report points out", "its findings highlight"
    rf"|\b(?:the|its|their|this)\s+{_DOCUMENT}\s+(?:also\s+|further\s+)?"
    rf"(?:{_DOCUMENT_VERB}|{SPEECH})\b",
    re.IGNORECASE)



_JOINED_SPEAKERS = re.compile(r"\s+and\s+(?:the\s+)?", re.IGNORECASE)


_APPOSITION_OF = re.compile(r"\s*,\s*(?:the|a|an|its)\s+[^,;.()\d]{0,80}?\b(?:of|at|in|within)\s+"
                            r"(?:the\s+)?", re.IGNORECASE)
# ... or with the described body's name as a possessive: "Paank, the Baloch National Movement's
# rights department, said" (the name is followed by "'s")
_APPOSITION_THE = re.compile(r"\s*,\s*the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s\s+[^,;.()\d]{1,60},")


# A name after these words is what was attacked or talked about, never who spoke.
_OBJECT_BEFORE = re.compile(
    r"\b(?:on|at|against|targeting|targeted|attacked|ambushed|stormed|near|into|inside|"
    r"outside|"
    # what a speaker calls or blames: "termed the CTD operation fake", "blamed the BLA"
    r"termed|branded|dubbed|blamed|condemned|critici[sz]ed|"
    # whose account a speaker contests: "the family disputed the CTD's version", "rejected the
    # ISPR's claim" (the contested body does not speak in that clause)
    r"disputed|disputes|contested|contests|rejected|rejects|denied|denies|refuted|refutes|"
    r"questioned|questions|challenged|challenges|"
    # the one told listens: in "an officer told Dawn, adding that ..." the adding is the
    # officer's, not the paper's
    r"told|tells|telling)\s+(?:the\s+|a\s+|an\s+|its\s+|"
    r"their\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


# ... except where a person stands before "at": "an official at the DC's office said", "Ali
# Khan at the district hospital told reporters" name where the speaker works, not a target
_STAFF_AT = re.compile(r"(?:\b(?:officials?|officers?|sources?|doctors?|spokes(?:man|person|woman)|"
                       r"staff(?:ers?)?)|(?-i:\b[A-Z][a-z]+\s+[A-Z][a-z]+))\s+at\s+(?:the\s+)?$",
                       re.IGNORECASE)


# The agent of a passive or of an act noun is who acted, not who speaks: "killed by the CTD",
# "abducted by Pakistani forces", "an operation by the Levies". Only a statement's own words
# make the one after "by" a speaker ("claimed by the BLA", "a statement issued by the police").
_AGENT_BEFORE = re.compile(r"(?:^|(?<=\W))(?P<word>[\w-]+)\s+by\s+(?:(?:the|a|an|its|their)\s+)?"
                           r"(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
_SPOKEN_BY = frozenset((
    "claimed", "reported", "said", "stated", "confirmed", "announced", "issued", "released",
    "reports", "statements", "claims", "accounts", "estimates",
    "shared", "quoted", "cited", "given", "made", "written", "signed", "published", "posted",
    "circulated", "compiled", "documented", "recorded", "verified", "provided", "told", "out",
    "statement", "report", "release", "handout", "communique", "tweet", "post", "remarks",
    "briefing", "announcement", "claim", "account", "version", "figures", "data", "count",
    "tally", "estimate", "list", "documentation", "responsibility", "study", "review", "survey",
    "findings", "bulletin", "dossier"))


def _agent(text: str, lo: int, s: int) -> bool:
    """Whether the name at s follows "by" as the one who acted (see _AGENT_BEFORE)."""
    m = _AGENT_BEFORE.search(text, max(lo, s - 60), s)
    return m is not None and m.group("word").lower() not in _SPOKEN_BY


# A name that qualifies a person the sentence tells something of: "the JUI-F leader had been
# shifted to a hospital, adding ..." (the adding is someone else's).
_MEMBER_ACTED_ON = re.compile(
    r"(?:'s)?\s+(?:leader|chief|worker|workers|activist|activists|candidate|member|members|MPA|"
    r"MNA|senator|lawmaker)\s+(?:had|has|have|was|were|is|are)\s+(?!said|told|quoted)",
    re.IGNORECASE)


@dataclass(frozen=True)
class ClaimantDef:
    id: str
    name: str
    source_type: str
    organisation: str
    patterns: tuple[re.Pattern[str], ...]
    # a news outlet or agency: it carries what others said ("..., Dawn reported")
    outlet: bool = False


@dataclass(frozen=True)
class Cue:
    claimant: str | None  # None for a pronoun cue, resolved from the discourse
    start: int
    end: int
    kind: str  # "speech", "condemn", "according", "pronoun"
    # The whole cue as the reviewer should see it ("police said", "according to the DC"):
    # name and speech verb together, bounded to a short stretch.
    cue_start: int = -1
    cue_end: int = -1

    def span(self) -> tuple[int, int]:
        return (self.cue_start if self.cue_start >= 0 else self.start,
                self.cue_end if self.cue_end >= 0 else self.end)


class RegisterError(ValueError):
    pass


@lru_cache(maxsize=4)
def load_register(path: str | None = None) -> tuple[ClaimantDef, ...]:
    """The claimant register; raises RegisterError naming the entry when it is malformed."""
    file = Path(path) if path else REGISTER
    raw = yaml.safe_load(file.read_text(encoding="utf-8")) or []
    out: list[ClaimantDef] = []
    for i, item in enumerate(raw):
        try:
            # One regex per claimant: the register is scanned once per report, not per pattern.
            parts = [f"(?i:{p})" if p == p.lower() else f"(?:{p})" for p in item["patterns"]]
            patterns = [re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])")]
            if item["source_type"] not in SOURCE_TYPES:
                raise RegisterError(f"unknown source_type {item['source_type']!r}")
            out.append(ClaimantDef(str(item["id"]), str(item["name"]), item["source_type"],
                                   str(item.get("organisation") or item["id"]),
                                   tuple(patterns), bool(item.get("outlet", False))))
        except (KeyError, TypeError, re.error, RegisterError) as exc:
            raise RegisterError(f"{file}: entry {i + 1}: {exc}") from None
    return tuple(out)


def register_by_id(register: tuple[ClaimantDef, ...]) -> dict[str, ClaimantDef]:
    return {c.id: c for c in register}


_NAME_EDGE = r"(?<![\w-])"  # load_register opens every claimant's regex with it


@lru_cache(maxsize=8)
def _name_starts(register: tuple[ClaimantDef, ...]) -> re.Pattern[str] | None:
    """One regex matching (empty) where any of the register's names matches; None when a
    claimant's regex is not one load_register built (then each is scanned on its own)."""
    inner = []
    for c in register:
        for rx in c.patterns:
            if rx.flags & ~re.UNICODE or not rx.pattern.startswith(_NAME_EDGE):
                return None
            inner.append(f"(?:{rx.pattern[len(_NAME_EDGE):]})")
    try:
        return re.compile(f"{_NAME_EDGE}(?={'|'.join(inner)})")
    except re.error:
        return None


def _matches_from(rx: re.Pattern[str], text: str, starts: list[int],
                  hi: int) -> Iterator[re.Match[str]]:
    """rx's matches as finditer gives them (left to right, none overlapping), tried only at
    `starts`, the places where some name matches."""
    end = -1
    for p in starts:
        if p < end:
            continue
        m = rx.match(text, p, hi)
        if m is not None:
            yield m
            end = m.end()


def mentions(text: str, lo: int, hi: int,
             register: tuple[ClaimantDef, ...]) -> list[tuple[int, int, str]]:
    """Claimant names in text[lo:hi]; overlaps keep the longest, then the earlier entry."""
    found: list[tuple[int, int, int, str]] = []
    starts_rx = _name_starts(register)
    # Where any name can start, found in one pass: each claimant's own regex then tries those
    # few places only, where scanning the whole text once per claimant cost ~5 ms a report.
    starts = None if starts_rx is None else [m.start() for m in starts_rx.finditer(text, lo, hi)]
    for rank, c in enumerate(register):
        for rx in c.patterns:
            for m in (rx.finditer(text, lo, hi) if starts is None
                      else _matches_from(rx, text, starts, hi)):
                found.append((m.start(), m.end(), rank, c.id))
    found.sort(key=lambda t: (-(t[1] - t[0]), t[2], t[0]))
    kept: list[tuple[int, int, str]] = []
    # Characters already claimed by a kept name: checking each name against every kept one
    # was quadratic in the number of names (a hostile text repeating "ISPR" took minutes).
    taken = bytearray(hi - lo)
    for s, e, _, cid in found:
        if any(taken[s - lo:e - lo]):
            continue
        taken[s - lo:e - lo] = b"\x01" * (e - s)
        kept.append((s, e, cid))
    kept.sort()
    # "HRCP officials said", "the BYC's spokesman said": a word naming people of no body in
    # particular, right after a body's name, names that body's people
    merged: list[tuple[int, int, str]] = []
    for s, e, cid in kept:
        if merged and merged[-1][1] >= s:
            continue  # the word was already taken as the people of the name before
        own = _OWN_PEOPLE.match(text, e, hi)
        merged.append((s, own.end() if own else e, cid))
    return merged


_OWN_PEOPLE = re.compile(r"(?:'s)?[ \t]+(?:senior[ \t]+)?(?:officials?|sources|authorities|"
                         r"spokes(?:man|person|woman))\b", re.IGNORECASE)


# An official is named once with the office and then by surname: "District Police Officer Imam
# Bux told reporters ... DPO Bux said", "Deputy Commissioner (DC) Kaleemullah Kakar ... Kakar
# said". The name after an office names its holder; where the surname later speaks, so does the
# office.
_HOLDER = re.compile(r"(?:[ \t]*\([A-Z]{2,6}\))?[ \t]+(?:(?:Dr|Mr|Ms|Mrs|Mir|Haji|Malik|Sardar|"
                     r"Syed|Col|Maj|Capt|Brig|Gen)\.?[ \t]+)?((?:[A-Z][a-z]+[ \t]+){0,3}"
                     r"[A-Z][a-z]{2,})\b(?![ \t]*(?:[A-Z]|'s\b))")
# The other order, common in wire copy: the holder first, the office in an apposition after the
# comma ("Farid Lango, who speaks for the provincial government, said ...", "Jamal Kakar, the
# Pishin deputy commissioner, told ..."). Between the article and the register's name stand only
# words of an office's phrase (a rank, "spokesman for", a place's name): "Gul Khan, a shopkeeper
# near the police station," is no officer.
_HOLDER_BEFORE = re.compile(r"(?:(?:Dr|Mr|Ms|Mrs|Mir|Haji|Malik|Sardar|Syed)\.?[ \t]+)?"
                            r"((?:[A-Z][a-z]+[ \t]+){1,3}[A-Z][a-z]{2,}),[ \t]+(?:an?|the)[ \t]+"
                            r"(?:(?:[A-Z][\w-]*(?:'s)?|senior|local|district(?:'s)?|provincial|"
                            r"deputy|assistant|additional|chief|spokes(?:man|person|woman)|"
                            r"official|officer|for|of|the)[ \t]+){0,6}$")
# ... and the apposition closes with a comma within a few words ("..., a spokesman for the
# government in Quetta, said"): "Khyber Pakhtunkhwa, the ISPR said" opens a new clause.
_APPOSITION_CLOSES = re.compile(r"(?:[ \t]*\([A-Z]{2,6}\))?(?![ \t]+" + SPEECH + r"\b)"
                                r"(?:[ \t]+[\w'-]+){0,3}?,")
_NOT_SURNAME = frozenset({"Police", "Levies", "Force", "Station", "District", "Division", "City",
                          "Operations", "Investigation", "Headquarters", "Hospital", "Government",
                          "Department", "Office", "Said", "Told", "Town", "Road"})
# "Shafi said", and "Shafi dismissed the claim, saying ...": a stance taken, then the words
_SURNAME_SPEAKS = (r"[ \t]+(?:also[ \t]+|further[ \t]+)?(?:{speech})\b|"
                   r"[ \t]+[a-z]+ed(?:[ \t]+[\w'-]+){{0,4}}?,[ \t]+(?:saying|adding|stating)\b")


_GIVEN_BEFORE = re.compile(r"(?<![\w'-])(?!(?:The|A|An|In|On|At|But|And|Then|Later|Also|When|"
                           r"While|Mr|Ms|Mrs|Dr|Mir|Haji|Malik|Sardar|Syed|DC|AC|SSP|DPO|SHO|DIG|"
                           r"DHO|CEO|Chairman|Minister|Commissioner|Officer|Spokesman|"
                           r"Spokesperson)\b)([A-Z][a-z]+)[ \t]+$")


def holders_by_surname(text: str, names: list[tuple[int, int, str]]
                       ) -> list[tuple[int, int, str]]:
    """The name of an office's holder right after the office ("SSP Asim Shafi") or right before
    it, in apposition ("Asim Shafi, the district's SSP,"), and later
    mentions of the holder by surname where the surname speaks ("Shafi said", "according to
    Shafi"), as mentions of the office's claimant."""
    surnames: dict[str, str] = {}
    given: dict[str, set[str]] = {}  # the holder's other names, by surname
    holders: list[tuple[int, int, str]] = []
    for s, e, cid in names:
        m = _HOLDER.match(text, e) or (_APPOSITION_CLOSES.match(text, e) and _HOLDER_BEFORE.search(
            text, max(0, s - 90), s))
        if m is None:
            continue
        words = m.group(1).split()
        # One word after an office is as often its district as its holder ("Deputy
        # Commissioner Khuzdar told reporters"): a holder has a given name and a surname.
        if len(words) < 2 or any(w in _NOT_SURNAME for w in words):
            continue
        surnames.setdefault(words[-1], cid)
        given.setdefault(words[-1], set()).update(words[:-1])
        holders.append((m.start(1), m.end(1), cid))
    if not surnames:
        return []
    taken = [(s, e) for s, e, _ in names] + [(s, e) for s, e, _ in holders]
    rx = re.compile(r"(?:\b(?:DC|AC|SSP|DPO|SHO|DIG|DHO|CEO|Dr|Mr|Ms|Mrs)\.?[ \t]+)?\b("
                    + "|".join(map(re.escape, surnames)) + r")\b(?=" +
                    _SURNAME_SPEAKS.format(speech=SPEECH) + r")|"
                    r"\b(?i:according)[ \t]+to[ \t]+(?:(?:Mr|Dr|Ms|Mrs)\.?[ \t]+)?("
                    + "|".join(map(re.escape, surnames)) + r")\b")
    out: list[tuple[int, int, str]] = []
    for m in rx.finditer(text):
        g = 1 if m.group(1) else 2
        s, e = m.start(g), m.end(g)
        # "Abdul Ghani Baloch stated": a surname after a given name that is not the holder's
        # is another person of the same family or tribe (a clan name is many people's surname)
        other = _GIVEN_BEFORE.search(text, max(0, s - 30), s)
        if other and other.group(1) not in given[m.group(g)]:
            continue
        if not any(a < e and s < b for a, b in taken):
            out.append((s, e, surnames[m.group(g)]))
    # The holder's name where the office names it is a person too: "SHO Javed Lehri" names no
    # place called Lehri.
    return sorted(out + holders)


def find_cues(text: str, lo: int, hi: int, register: tuple[ClaimantDef, ...],
              names: list[tuple[int, int, str]] | None = None,
              named_earlier: list[tuple[int, int, str]] = ()) -> list[Cue]:  # type: ignore[assignment]
    """Speech cues in one sentence, in text order; `names` are its claimant mentions if known,
    `named_earlier` the report's mentions before it (what "the committee" may stand for)."""
    cues: list[Cue] = []
    if names is None:
        names = mentions(text, lo, hi, register)
    # "Paank, the rights department of the Baloch National Movement, said": a name inside an
    # apposition to the name before it describes that speaker; it neither speaks nor ends the
    # speaker's window.
    # The apposition's body keeps its acronym: "Paank, the rights wing of the Baloch National
    # Movement (BNM), said" is Paank speaking, and "(BNM)" repeats the described body's name.
    described: set[int] = set()
    for i in range(1, len(names)):
        if _APPOSITION_OF.fullmatch(text, names[i - 1][1], names[i][0]) or (
                _APPOSITION_THE.fullmatch(text, names[i - 1][1], names[i][0])
                and _POSSESSIVE.match(text, names[i][1], hi)) or (
                i - 1 in described and names[i][2] == names[i - 1][2]
                and re.fullmatch(r"\s*\(", text[names[i - 1][1]:names[i][0]])):
            described.add(i)
    names = [nm for i, nm in enumerate(names) if i not in described]
    objects = {i for i, (s, _, _) in enumerate(names)
               if (_OBJECT_BEFORE.search(text, max(lo, s - 40), s)
                   and not _STAFF_AT.search(text, max(lo, s - 60), s))
               or _agent(text, lo, s)}
    # "the Counter Terrorism Department (CTD)": the acronym in brackets is the same name again
    for i in range(1, len(names)):
        if i - 1 in objects and re.fullmatch(r"\s*\(", text[names[i - 1][1]:names[i][0]]):
            objects.add(i)
    for i, (s, e, cid) in enumerate(names):
        if i in objects:
            continue  # "an attack on a Frontier Corps post": the target, not a speaker
        if _MEMBER_ACTED_ON.match(text, e, hi):
            continue  # "the party's district chief was moved to Quetta": a member, spoken of
        # The next *other* claimant bounds the window: "BNM (BNM), a movement..., said"
        # (a name the speaker talks about does not end the speaker's window: "X termed the
        # CTD operation fake and said ...")
        nxt = next((a for j, (a, _, other) in enumerate(names[i + 1:], i + 1)
                    if other != cid and j not in objects), hi)
        after = _SPEECH_AFTER.match(text, e, min(hi, max(nxt, e + 1) if nxt > e else hi)) or (
            _AUTHOR_BEFORE.search(text, max(lo, s - 50), s)
            and _AUTHORS_DOCUMENT_TELLS.match(text, e, hi))
        if after:
            cues.append(Cue(cid, s, e, "speech", s, min(after.end(), e + 60)))
            continue
        condemns = _CONDEMNS_AFTER.match(text, e, min(hi, max(nxt, e + 1) if nxt > e else hi))
        if condemns:
            cues.append(Cue(cid, s, e, "condemn", s, condemns.end()))
            continue
        # "..., confirmed the government's spokesperson Ali Khan.": the office's holder named
        # after it belongs to the name, so the clause ends after the holder
        # (and so does its acronym in brackets, and the release it is named by: "..., said an
        # ISPR news release", the name written out before its acronym)
        end = names[i + 1][1] if i + 1 < len(names) and names[i + 1][2] == cid \
            and re.fullmatch(r"[ \t]+|[ \t]*\(", text[e:names[i + 1][0]]) else e
        end = _OWN_RELEASE_AFTER.match(text, end, hi).end()
        before = _ACCORDING.search(text, max(lo, s - 80), s) or (
            _IN_THE.search(text, max(lo, s - 12), s) if _DOCUMENT_NAMED.match(
                text, s, hi) else None) or (
            _SAID_BEFORE.search(text, max(lo, s - 40), s)
            if _CLAUSE_END.match(text, end, hi) else None) or _CITED_BEFORE.search(
            text, max(lo, s - 40), s)
        if before:
            cues.append(Cue(cid, s, e, "according", before.start(), e))
    # An outlet credited in a sentence that names the source it had the figures from relays
    # that source's claim: "..., Reuters said, citing a Levies official", "citing district
    # officials, the channel reported", "..., Dawn reported citing the ISPR"
    # (and "A press release of the ISPR stated ..., Geo News reported": the speaker reported)
    relays = {c.id for c in register if c.outlet}
    cues = [c for c in cues if not (c.claimant in relays and any(
        o.kind in ("according", "speech") and o.claimant and o.claimant not in relays
        for o in cues))]
    # "Police and the BYC both said at least 30 were arrested": one statement of two speakers,
    # kept once under the first named (ANNOTATION.md 5: once per figure)
    for i, cue in enumerate(cues):
        first = next(((s, e, cid) for s, e, cid in names if e <= cue.start and cid != cue.claimant
                      and _JOINED_SPEAKERS.fullmatch(text, e, cue.start)), None)
        if cue.kind in ("speech", "condemn") and first is not None:
            cues[i] = Cue(first[2], first[0], cue.end, cue.kind, first[0], cue.cue_end)
    by_id = {c.id: c for c in register}
    for m in _PRONOUN.finditer(text, lo, hi):
        # (a "with" clause gives a side of its own, however near the cue of both sides)
        if m.group("side") or not any(
                c.start <= m.start() < c.end + 60 and c.kind != "pronoun" for c in cues):
            cues.append(Cue(_named_before(text, m.start(), names, by_id)
                            # "The commission said ..." a sentence after "the Missing Persons
                            # Commission" was named: the body whose own name holds the noun
                            or _named_before(text, m.start(), named_earlier, by_id, True)
                            or _kind_named_before(text, m.start(), [*named_earlier, *names],
                                                  by_id)
                            or document_author(text, m.start(), [*named_earlier, *names], by_id),
                            m.start(), m.end(),
                            "pronoun", m.start(), m.end()))
    for m in _ACCORDING_BACK.finditer(text, lo, hi):
        # "According to the sources, ...": the sources the report named before speak again
        if not any(c.start <= m.start() < c.end + 60 for c in cues):
            # "according to the spokesperson" after "X reported" is the spokesperson of the
            # one body the report named, not the outlet that spoke last
            noun = re.search(r"\bthe\s+spokes", text[m.start():m.end()], re.IGNORECASE)
            owner = _kind_named_before(text, m.start() + noun.start(), [*named_earlier, *names],
                                       by_id) if noun else document_author(
                text, m.start(), [*named_earlier, *names], by_id)
            cues.append(Cue(owner, m.start(), m.end(), "pronoun", m.start(), m.end()))
    for m in _ACCORDING_BODY.finditer(text, lo, hi):
        # "according to the commission's own documentation": the body named before speaks,
        # though it was only named ("The BYC held a rally ... According to the committee's
        # records")
        if not any(c.start <= m.start("body") < c.end for c in cues):
            cues.append(Cue(_named_before(text, m.start("body"), [*named_earlier, *names],
                                          by_id), m.start(), m.end(), "pronoun", m.start(),
                            m.end()))
    for m in _ACCORDING_NOUN.finditer(text, lo, hi):
        # "According to the committee: ..." names the body by its noun alone, as "the
        # committee said" does: the one of that kind, or with that word in its name, named before
        if not any(c.start <= m.start("body") < c.end for c in cues):
            earlier = [*named_earlier, *names]
            cues.append(Cue(_kind_named_before(text, m.start("body"), earlier, by_id)
                            or _named_before(text, m.start("body"), earlier, by_id),
                            m.start(), m.end(), "pronoun", m.start(), m.end()))
    # A condemnation is the weakest statement: where anyone else speaks in the sentence ("the
    # CM condemned the attack in which nine were killed, Dawn reported"), the toll is theirs
    if any(c.kind != "condemn" and c.claimant for c in cues):
        cues = [c for c in cues if c.kind != "condemn"]
    titled = title_speakers(text, lo, hi, cues)
    # a noun a pronoun cue could not resolve ("the outfit said") is a titled speaker
    cues = [c for c in cues if not (c.claimant is None and any(
        t.start <= c.start < t.end for t in titled))] + titled
    cues.sort(key=lambda c: c.start)
    return cues



# A speaker the register lacks is still a speaker: the title or body a speech verb's subject
# names ("a Levies officer said", "according to the tehsildar", "the outfit claimed") tells its
# kind, and the register's catch-all entry of that kind claims the figures rather than the outlet.
_TITLE_KINDS = (
    ("police", r"police(?:man|men)?|cops?|SHOs?|station\s+house\s+officers?|constables?|"
               r"inspectors?"),
    ("balochistan-government", r"officers?|officials?|Levies|administration|commissioners?|"
                               r"tehsildars?|ministers?|CTD|FC|spokes(?:man|person|woman)\s+"
                               r"(?:of|for)\s+the\s+(?:provincial\s+)?government"),
    ("national-parties", r"party|movement|tehreek|committee|front"),
    ("rights-advocates", r"rights\s+(?:group|body|organi[sz]ation|activists?|defenders?)|"
                         r"council|forum|commission\s+for\s+human\s+rights"),
    ("unnamed-armed-group", r"outfit|militant\s+group|militant\s+organi[sz]ation"),
    ("news-outlets", r"newspaper|channel|reporters?|correspondents?"),
)
_TITLE = "|".join(words for _, words in _TITLE_KINDS)
_TITLE_VERB = r"(?:said|says|told|tells|confirmed|confirms|stated|states|claimed|claims)"
_TITLE_SPEAKS = re.compile(
    rf"\b(?:the|a|an|one|two|three|some|several|local|senior)\s+(?:[\w'\u2019-]+\s+){{0,3}}?"
    rf"(?P<said>{_TITLE})\s+(?:also\s+|further\s+|had\s+|has\s+|have\s+)?{_TITLE_VERB}\b"
    # ("..., the outlet reported, citing local law enforcement officials": the ones cited speak)
    rf"|\b(?:according\s+to|citing|quoting)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019-]+\s+){{0,3}}?"
    rf"(?P<per>{_TITLE})\b", re.IGNORECASE)


def title_speakers(text: str, lo: int, hi: int, cues: list[Cue]) -> list[Cue]:
    """Speakers named by a title or body the register does not hold, each taking the register's
    catch-all claimant of the kind its own words tell; none where a found cue already covers."""
    found: list[Cue] = []
    for m in _TITLE_SPEAKS.finditer(text, lo, hi):
        if any(c.start <= m.end() and m.start() <= c.end and c.claimant for c in cues):
            continue
        title = m.group("said") or m.group("per")
        cid = next(c for c, words in _TITLE_KINDS if re.fullmatch(words, title, re.IGNORECASE))
        found.append(Cue(cid, m.start(), m.end(), "speech", m.start(), m.end()))
    return found

# "According to the group, ...", "According to the committee:": a body's noun alone, closing
# its clause (not "the group's leader", not "the committee of elders")
_ACCORDING_NOUN = re.compile(
    r"\baccording\s+to\s+(?P<body>the\s+(?:committee|commission|council|front|alliance|movement|"
    r"party|organi[sz]ation|group|outfit|(?:(?:human\s+)?rights\s+)?(?:watchdog|body)))"
    r"(?=\s*[,:;.])", re.IGNORECASE)
_BODY_NOUN = re.compile(r"the\s+(committee|commission|council|front|department|ministry|"
                        r"alliance|movement|party|organi[sz]ation|group|outfit)\b", re.IGNORECASE)
# A body's own records speak for it, as its statements do: "according to the commission's own
# documentation", "according to the party's count".
# "as reported in the post", "as stated in the statement": the document named before, by its
# noun, speaks again as "according to the statement" does.
_ACCORDING_BACK = re.compile(r"\b(?:(?:according\s+to|as\s+per)\s+(?:the|these|those|such)|"
                            r"as\s+(?:reported|stated|cited|mentioned|noted|said|quoted|detailed|"
                            r"described|shared|posted|written)\s+(?:in|by)\s+(?:the|this|that|its|"
                            r"their))\s+"
                            r"(?:sources|statement|spokes(?:man|person|woman)|release|post|message|"
                            r"tweet)\b(?!\s+(?:of|by|from|issued|released))",
                            re.IGNORECASE)
_ACCORDING_BODY = re.compile(
    r"\baccording\s+to\s+(?P<body>the\s+(?:committee|commission|council|front|department|"
    r"ministry|alliance|movement|party|organi[sz]ation|group|outfit))(?:'s|s')?\s+(?:own\s+)?"
    r"(?:[\w-]+\s+)?(?:documentation|records?|figures|data|count|tally|list|report|database|"
    r"statistics|monitoring|findings)\b", re.IGNORECASE)


def _named_before(text: str, at: int, names: list[tuple[int, int, str]],
                  by_id: dict[str, ClaimantDef], by_name_only: bool = False) -> str | None:
    """The body "the committee" speaks for: the last one its sentence named before it whose
    name holds that noun ("the sit-in organised by the Baloch Yakjehti Committee ... what the
    committee says are 15 people"), even if that mention was not itself a statement.
    Otherwise None: the discourse decides (a pronoun cue)."""
    noun = _BODY_NOUN.match(text, at)
    if noun is None:
        return None
    word = noun.group(1).lower()[:8]
    for s, _, cid in reversed(names):
        c = by_id.get(cid)
        if s < at and c is not None and (
                word in c.name.lower() or (not by_name_only and word in (
                    "group", "outfit", "organisa", "organiza"))):
            return cid
    return None


# What a statement's own noun says its speaker is: "the rights body said" stands for the rights
# group the report named before, "the group claimed" for the armed group, "the party said" for
# the party, even where the body was only named ("The HRCP released its report ... The rights
# body said"), not for whoever spoke last.
_NOUN_KIND = re.compile(r"the\s+(?:(?P<rights>(?:(?:human\s+)?rights\s+)?(?:watchdog|body)|"
                        r"(?:human\s+)?rights\s+group|"
                        r"commission|organi[sz]ation)|(?P<armed>group|outfit|(?:militant|separatist)"
                        r"\s+group)|"
                        r"(?P<party>party|movement|activist\s+group)|"
                        # "the spokesperson" speaks for a body, never for an outlet that relays
                        # it: an outlet has reporters, not a spokesperson, in the report
                        r"(?P<spokes>spokes(?:man|person|woman)))\b", re.IGNORECASE)
_KINDS = {"rights": ("rights_group",), "armed": ("armed_group",), "party": ("political",),
          "spokes": ("state", "armed_group", "political", "rights_group")}


def _kind_named_before(text: str, at: int, earlier: list[tuple[int, int, str]],
                       by_id: dict[str, ClaimantDef]) -> str | None:
    """The body a statement's own noun stands for (see _NOUN_KIND): the last one named earlier
    in the report whose source type the noun says, if the report named only one such."""
    m = _NOUN_KIND.match(text, at)
    if m is None:
        return None
    kinds = _KINDS[next(k for k in _KINDS if m.group(k))]
    fits = [cid for s, _, cid in earlier if s < at and cid in by_id
            and by_id[cid].source_type in kinds]
    return fits[-1] if fits and len(set(fits)) == 1 else None


# A report credited to no one ("according to a report", "according to reports", "a new report
# says") is the report of the body whose report the text relays: a wire's lead tells a rights
# group's monthly figures and names the group only in the next sentence ("..., according to a
# report. The group said in its monthly report ..."). "A report by Dawn" names its own owner.
_UNOWNED_REPORT = re.compile(
    r"\b(?:according\s+to|as\s+per)\s+(?:an?\s+|the\s+)?(?:(?:new|latest|recent|fresh|monthly|"
    r"annual|yearly)"
    r"\s+)?reports?\b(?!'s|\s+(?:by|of|from|in|on|published|carried|aired|released|issued|"
    r"compiled|prepared)\b)", re.IGNORECASE)
# the kinds of body that publish periodic reports of cases and tallies
_REPORTING_KINDS = ("rights_group", "political")


def unowned_reports(text: str, lo: int, hi: int, cues: list[Cue]) -> list[tuple[int, int]]:
    """The stretches of one sentence that credit a report to no one (see _UNOWNED_REPORT) and
    that no named speaker's cue already covers."""
    return [(m.start(), m.end()) for m in _UNOWNED_REPORT.finditer(text, lo, hi)
            if not any(c.claimant and c.start <= m.start() < c.end + 60 for c in cues)]


# A body that acts in its sentence: its name, an apposition or acronym perhaps, then a verb
# ("Paank, the rights wing of the BNM, has condemned ..."); not a name in a list of those who
# attended, nor a possessive ("the VBMP's chairman").
_BODY_ACTS = re.compile(r"(?:\s*\([^)]{1,20}\))?(?:\s*,[^,.]{1,120},)?\s+(?:has|have|had|is|was|"
                        r"also|[a-z]+ed)\b")


def report_owner(text: str, near_cues: list[Cue], near_names: list[tuple[int, int, str]],
                 by_id: dict[str, ClaimantDef]) -> str | None:
    """Whose report an unowned "according to a report" is: the one rights group or party that
    speaks in the sentences around it, else the one rights group that acts there as a
    sentence's subject; None where there is none or more than one (the discourse decides)."""
    speaking = {c.claimant for c in near_cues if c.claimant and c.kind != "pronoun"
                and getattr(by_id.get(c.claimant), "source_type", None) in _REPORTING_KINDS}
    if not speaking:
        speaking = {cid for _, e, cid in near_names
                    if getattr(by_id.get(cid), "source_type", None) == "rights_group"
                    and _BODY_ACTS.match(text, e)}
    return next(iter(speaking)) if len(speaking) == 1 else None


def speaker_cue(pos: int, cues: list[Cue], carried: str | None) -> tuple[str, Cue] | None:
    """The claimant of something said at pos and the cue that decided it: the nearest cue
    before it, else the first after; a pronoun cue speaks for the claimant carried so far."""
    resolved: list[tuple[Cue, str]] = []
    last = carried
    for c in cues:
        cid = c.claimant or last
        if cid:
            resolved.append((c, cid))
            last = cid
    before = [(cid, c) for c, cid in resolved if c.start <= pos]
    if before:
        return before[-1]
    # a condemnation claims the toll of what it condemns, named after it ("the CM condemned
    # the blast that killed four"), not a count told before it
    after = [(c, cid) for c, cid in resolved if c.kind != "condemn"]
    if after:
        return after[0][1], after[0][0]
    return None


def speaker_at(pos: int, cues: list[Cue], carried: str | None) -> str | None:
    """The claimant of something said at pos (see speaker_cue); a condemnation speaks only for
    its own sentence, so it is never the speaker carried on to the next."""
    hit = speaker_cue(pos, [c for c in cues if c.kind != "condemn"], carried)
    return hit[0] if hit else None


# An organisation the register does not know still says what it is in its name: "the Makran
# Human Rights Council", "the Coastal Rights Forum" are rights bodies, "the Sindhudesh
# Liberation Army" an armed group. Such a name speaks as any claimant does; its id comes from
# the name (the register has no entry for it).
_BODY_SHAPES = (
    ("rights_group", r"(?:Human\s+)?Rights\s+(?:Council|Commission|Forum|Organi[sz]ation|Network|"
                     r"Society|Watch|Committee|Alliance|Movement|Defenders|Group)"),
    ("armed_group", r"Liberation\s+(?:Front|Army|Tigers|Movement)"),
)
_SHAPED_NAME = re.compile(
    r"(?<![\w-])((?:(?!The\b|A\b|An\b|UN\b|United\b|In\b|On\b)[A-Z][\w'-]+\s+){1,4}?)(?:"
    + "|".join(f"(?P<t{i}>{rx})" for i, (_, rx) in enumerate(_BODY_SHAPES))
    + r")(?![\w-])(?:\s*\((?P<acronym>[A-Z]{2,8})\))?")


_MAX_BODIES = 12


def named_bodies(text: str, register: tuple[ClaimantDef, ...]) -> tuple[ClaimantDef, ...]:
    """Claimants for the organisations a text names by a telling shape (see _BODY_SHAPES) that
    the register does not hold, each matched by its full name and any acronym given after it."""
    found: dict[str, tuple[str, str, set[str]]] = {}
    for m in _SHAPED_NAME.finditer(text):
        # (only the name's own stretch is scanned: a whole-text scan per report cost a tenth
        # of the ingest time)
        if mentions(text, m.start(), m.end(), register):
            continue  # the register's own name for it ("Baloch Liberation Front") wins
        if re.search(r"(?:\b[A-Z]{2,}|\bUnited\s+Nations)[ \t]+$",
                     text[max(0, m.start() - 30):m.start()]):
            continue  # the tail of a longer name ("UN Human Rights Council")
        name = " ".join(m.group(0).split("(")[0].split())
        kind = next(t for i, (t, _) in enumerate(_BODY_SHAPES) if m.group(f"t{i}"))
        cid = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60]
        if cid not in found and len(found) >= _MAX_BODIES:
            continue  # each body is one more pattern to scan the text for: a hostile text
            # naming thousands would make the scan quadratic
        entry = found.setdefault(cid, (name, kind, set()))
        if m.group("acronym"):
            entry[2].add(m.group("acronym"))
    out = []
    for cid, (name, kind, acronyms) in found.items():
        parts = [re.escape(name).replace(r"\ ", r"\s+"), *map(re.escape, sorted(acronyms))]
        out.append(ClaimantDef(cid, name, kind, cid, (
            re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])"),)))
    return tuple(out)
