"""Place mentions in report prose, resolved through the project gazetteer, with their role.

Finding: every gazetteer name or alias written as a proper noun, every "<X> area/village of <Y>
district" (a locality the gazetteer may not know is still placed in its district), and every
capitalised word a report puts where places go ("in X", "areas including X") even if the
gazetteer lacks it, so that nothing place-like is silently dropped.

Role: "context" where the place only describes someone or something (a home town, a route end, a
headquarters, a speaker's location, "Balochistan Police"); "incident" where something is said to
have happened there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from dashboard.extract.confidence import quoted
from dashboard.extract.dates import MONTH_WORDS
from dashboard.extract.figures import (
    CATEGORY_WORDS,
    MINE_GAS_BLAST,
    TOLD_TAKEN,
    tells_an_accident,
)
from dashboard.extract.numbers import find_numbers
from dashboard.gazetteer import (
    FUZZY_MIN_LETTERS,
    Gazetteer,
    Resolution,
    mention_key,
    name_key,
    sound_key,
)
from dashboard.models import Place

# The method of a name placed at the district of the place that holds it (`contained`); its
# note says which evidence decided, and the confidence of the field is low
CONTAINED = "contained_in"

_CAP = r"[A-Z][A-Za-z'’-]*[A-Za-z]|[A-Z]"
# A run of capitalised words, allowing a lower-case linker inside a name ("Dera Allah Yar").
RUN_RE = re.compile(rf"(?:{_CAP})(?:[ \t]+(?:{_CAP}))*")
# Nouns that, after a capitalised name, say the name is a place ("the Kank area", "near Kasi
# market": a market is named so in lower case as often as capitalised)
PLACE_NOUNS = (r"area|areas|village|villages|town|tehsil|sub-?division|locality|region|valley|"
               r"bazaar|bazar|city|district|Distt|District|mountains|hills|pass|union\s+council|"
               r"neighbou?rhood|outskirts|port|highway|road|market")
# A work or landmark named after a place, its kind in lower case ("the Mirani dam", "the Pat
# Feeder canal"): with an area word after it, the feature names the area, not its namesake.
_FEATURE_WORD = (r"canal|dam|river|nullah|stream|bridge|mines?|coalfields?|check-?posts?|"
                 r"checkpoints?")
_LOCALITY = re.compile(
    rf"(?P<loc>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,2}}(?:[ \t]+(?:{_FEATURE_WORD}))?)"
    rf"(?:\s+(?:area|areas|village|town|tehsil|"
    rf"sub-?division|locality|region|valley|bazaar|bazar|union\s+council|neighbou?rhood)"
    # ... or the place word is part of the name: "the Satellite Area of Kech"
    rf"|(?<=[ \t]Area)|(?<=[ \t]Village)|(?<=[ \t]Valley)|(?<=[ \t]Town)|(?<=[ \t]Colony))"
    # the province may stand before the town as a possessive: "the Naseerabad area of
    # Balochistan's Turbat" is in Turbat's district, whatever else Naseerabad names
    rf"\s+(?:of|in)\s+(?:the\s+)?(?:(?:Balochistan|Pakistan)(?:'s|’s)\s+)?"
    rf"(?P<dist>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,2}})"
    rf"(?P<dw>\s+(?:district|District|Distt\.?|DISTRICT))?"
    rf"|(?P<loc2>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,2}}),?\s+(?:in\s+)?(?:the\s+)?"
    rf"(?P<dist2>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,2}})(?P<dw2>\s+(?:district|District|Distt\.?))"
    rf"|(?P<dist3>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,2}})(?:'s|’s)\s+(?P<loc3>(?:{_CAP})"
    rf"(?:[ \t]+(?:{_CAP})){{0,2}})\s+(?:area|village|town|tehsil|locality)")
# "in Marwar, in the Bolan area", "near Shapuk in Kech": an unknown name in a place slot, then
# "in" and a known place (checked in code), then no further capitalised word of the name.
# A highway point sits on its road before its district: "by Zero Point on the National Highway
# in Khuzdar", "at Lakpass on the N-25 in Mastung".
# A work named after a place, its kind in lower case, sits in the place after it like a village:
# "on the Dhoro bridge in Kachhi", "near the Gazbur dam in Balochistan's Kalat area" ("on" only
# with such a word: "on Friday in Kech" names a day). The province's possessive before the
# container is its address, as in _LOCALITY.
_LOCALITY_IN = re.compile(
    # ("of" only after a place word: "the killing of Karim in Kalat" names a person)
    rf"\b(?:(?P<on>on)|in|at|near|from|"
    rf"(?:village|area|town|outskirts|vicinity|parts|residents?)\s+of)"
    rf"\s+(?:the\s+)?(?P<loc>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,2}}"
    rf"(?P<work>[ \t]+(?:{_FEATURE_WORD}))?)"
    rf"(?:\s+on\s+the\s+(?:[A-Z][\w-]*\s+)?(?:[Nn]ational\s+)?(?:[Hh]ighway|[Rr]oad|"
    rf"[NM]-\s?\d{{1,3}}(?:\s+[Hh]ighway)?))?"
    rf",?\s+in\s+(?:the\s+)?(?:(?:Balochistan|Pakistan)(?:'s|’s)\s+)?"
    rf"(?P<dist>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,2}})"
    rf"(?![ \t]*[A-Z])(?:\s+(?:area|region|valley|district|tehsil))?")
# "Kishingi, a village in Nushki district", "Khudabadan - a locality in Panjgur District": an
# apposition that says what a name is and where it lies.
_LOCALITY_APPOS = re.compile(
    rf"(?P<loc>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,2}})[ \t]*(?:,|–|—|-)[ \t]*(?:a|an)\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?(?:village|town|area|locality|hamlet|settlement|valley|suburb|"
    rf"neighbou?rhood|union\s+council)\s+(?:[a-z]+\s+){{0,2}}?(?:in|of)\s+(?:the\s+)?"
    rf"(?P<dist>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,2}})")
# A highway by its number, written as the name of a road: "the N-65 highway", "on the N-25"
# ("an M-16 rifle" is no road: the number alone needs a road word or a road's preposition)
# "Turbat's Satellite Town", "in Kolwah, Kech, with": a name inside a named container (the
# second form only as an address, not as a list: "Kolwah, Kech and Panjgur" is three places)
_TOWN_PART = re.compile(
    rf"(?P<town>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,1}})(?:'s|’s)[ \t]+"
    rf"(?P<loc>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,2}})(?![ \t]*(?:'s|’s))"
    rf"|\b(?:in|at|near|from)[ \t]+(?P<loc2>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,2}}),[ \t]*"
    rf"(?P<dist>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,1}})(?=[ \t]*[,.;]|[ \t]+(?:on|with|late|"
    rf"early|last|this|when|where|after)\b)(?![ \t]*,[ \t]*(?:[A-Z]|and\b))"
    rf"|\b[Tt]he[ \t]+(?:city|town)(?:'s|’s)[ \t]+(?P<loc3>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,2}})")


# A possessive town after a spatial preposition ("from Quetta's Red Zone") holds the name after
# it, whatever that name is; after other words the name may be an office ("Quetta's Governor")
_SPATIAL_OPENS = re.compile(r"\b(?:in|at|from|near|outside|inside|into)\s+(?:the\s+)?$")


# "the Kalat Road taxi stand in Mastung": a road named after a town, then (a few lowercase words
# on) the town it lies in
_ROAD_IN_TOWN = re.compile(
    rf"(?P<road>(?P<named>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,1}})[ \t]+Road)"
    rf"(?:[ \t]+[a-z][\w-]*){{0,3}}?,?[ \t]+in[ \t]+(?P<town>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,1}})"
    rf"(?![ \t]*(?:'s|’s|[A-Z]))")
# The last word of a name that says it is a part of a town: a street, square, colony or market
_TOWN_PART_WORDS = r"Road|Street|Chowk|Colony|Bazaa?r|Market|Mohalla|Square"
_TOWN_PART_WORD = re.compile(rf"\s(?:{_TOWN_PART_WORDS})$")
# A square, market or colony and then its town, with no comma between: "Karim Dad Chowk Turbat".
# (Not a road or street: those are named after the town they lead to, "Kalat Road Mastung".)
_SPOT_THEN_TOWN = re.compile(
    rf"(?P<spot>(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,3}}[ \t]+(?:Chowk|Square|Bazaa?r|Market|"
    rf"Colony))[ \t]+(?P<town>(?:{_CAP})(?:[ \t]+(?:{_CAP}))?)(?![ \t]*[A-Z])")


def _dateline_place(text: str, finder: PlaceFinder) -> Place | None:
    """The town of the report's dateline ("TURBAT:" on one of its first lines), if it has one."""
    pos = 0
    while pos < min(len(text), 400):
        m = re.match(r"[ \t]*([A-Z][A-Z.'-]*(?:[ \t]+[A-Z][A-Z.'-]*){0,2})", text[pos:])
        if m and len(m.group(1)) > 2 and _DATELINE_AFTER.match(text, pos + m.end()):
            place = finder.resolve(m.group(1)).place
            if place is not None:
                return place
        nl = text.find("\n", pos)
        if nl < 0:
            break
        pos = nl + 1
    return None
def report_town(text: str, finder: PlaceFinder) -> Place | None:
    """The town a report is filed from: its dateline's, or else the one Balochistan town its
    opening lines name (city reporting: "... a blast by a police post in Quetta on Monday",
    then "the city's Model Town"). Two towns in the opening lines give none."""
    town = _dateline_place(text, finder)
    if town is not None:
        return town
    towns: dict[str, Place] = {}
    for run in RUN_RE.finditer(text, 0, min(len(text), 500)):
        for word in re.finditer(r"[A-Z][\w-]*", run.group(0)):
            if not finder.known(word.group(0)):
                continue
            place = finder.resolve(word.group(0)).place
            if place is not None and place.kind == "town" and place.province == "Balochistan":
                towns[place.id] = place
    return next(iter(towns.values())) if len(towns) == 1 else None


_NAME_WITH_OF = re.compile(rf"\b(?:University|College|Institute|Hospital)[ \t]+of[ \t]+"
                           rf"(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,2}}")
_NAME_WITH_AND = re.compile(rf"\b(?:{_CAP})[ \t]+and[ \t]+(?:{_CAP})")
# An office word inside a run of capitalised words, between a place and the unit it lies in:
# "Minaz Tehsil Buleda", "Kallag Union Council Paroom".
_ADDRESS_WORD = re.compile(r"[ \t]+(?:Tehsil|Sub-Tehsil|District|Distt\.?|Union[ \t]+Council|UC)"
                           r"[ \t]+(?=[A-Z])")
_LEAD_WORD = re.compile(r"(?:(?:In|At|Near|On|From|Outside|Inside|The)[ \t]+)+")
_ROAD_NUMBER = re.compile(r"\b[NM]-\s?\d{1,3}\b")
_ROAD_AFTER = re.compile(r"\s+(?:[Nn]ational\s+)?(?:[Hh]ighway|[Mm]otorway|[Rr]oad)\b")
_ROAD_BEFORE = re.compile(r"\b(?:on|along|off|of|blocked|near|at)\s+the\s+$", re.IGNORECASE)
# Where a report puts a place: after these words a capitalised unknown is still worth reporting.
_PLACE_SLOT = re.compile(
    r"(?:\b(?:in|at|near|around|outskirts\s+of|vicinity\s+of|areas?\s+(?:of|including|such\s+as|"
    r"like)|including|from|to|towards|across|village|town|(?:district|town|city|village)\s+of|"
    r"parts\s+of|"
    # a home in a casualty list: "a resident of District Kharan"
    r"(?:residents?|natives?)\s+of)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'-]+\s+(?:and|,)\s+)*$)")
_NOT_PLACE_WORDS = """
January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An In On At Of And But For
He She They It We I His Her Their This That These Those Mr Mrs Dr Gen Lt Col Maj Capt
Sardar Mir Nawab Haji Syed Maulana Mullah Justice General Minister Chief President Prime
Army Police Levies Frontier Corps Security Forces Government Court Assembly Senate
Parliament National Movement Party Committee Front Islam Muslims Baloch Balochs Pashtun
Pashtuns Punjabi Sindhi Hazara Brahui Afghans Muslim Christian Hindu Chinese CPEC UN ICC
ICJ IBOs SF FIA ISI PM CM DG Twitter Facebook X Telegram WhatsApp Eid Ramadan Pakistani
Iranian Afghan Indian Watch Share Leave Reply Click Subscribe Read More Related Also
Meanwhile However According Earlier Later Since During After Before While Although Still
Many Some Several Dozens Hundreds Thousands Tens Speakers Demonstrators Protesters Members
Reports Sources Officials Residents Witnesses Police Station Hospital Civil District
"""
_NOT_PLACE = frozenset(name_key(w) for w in str.split(_NOT_PLACE_WORDS))
# The nouns of a trend ("a surge in attacks", "the brunt of the violence"): one vocabulary for the
# three ways a trend is told as background (_CONTEXT_BEFORE's "a rise in ..., mostly in",
# _AMID_TREND's "amid a wave of", _TREND_VERB's "has seen a sharp uptick").
_TREND_NOUN = r"(?:surge|rise|spate|wave|upsurge|uptick|increase|escalation|resurgence|spike)"
# The verbs that move the wounded or the dead somewhere else (_CONTEXT_BEFORE's "shifted to", and
# its "moved to Kharan and later to Quetta")
_MOVED = r"shifted|taken|moved|rushed|referred|transported|airlifted"
_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:resident|residents|native|natives|inhabitants?|belong(?:s|ed|ing)?\s+to|"
    r"hail(?:s|ed|ing)?\s+from|"
    # "sent to the drivers' hometowns in Punjab's Rahim Yar Khan district": several homes
    r"home\s*towns?\s+(?:of|in|was|is|were|are)?|native\s+(?:towns?|villages?)\s+"
    r"(?:of|in)?|originally\s+from|who\s+(?:is|was|were|are)\s+from|"
    # the verb of origin beside "hail from" and "belong to": "the workers, originating from Sind"
    r"originat(?:ed|es|ing)\s+from|"
    # people from the parts of a region: "targeting passengers from various parts of Punjab"
    r"(?:passengers|travell?ers|labou?rers|workers|people|pilgrims|men)\s+from\s+(?:the\s+)?"
    r"(?:(?:various|different|several|other|many)\s+(?:parts|regions|areas|districts|cities|"
    r"towns)\s+of|"
    # ... or its province named as such: "workers from Pakistan's eastern province of Punjab"
    r"(?:Pakistan(?:'s|’s)\s+)?(?:[\w-]+\s+){0,2}?province\s+of)|"
    # where goods went: "the trucks had delivered wheat to Quetta"
    r"(?:supplied|supplying|delivered|delivering)\s+(?:[\w-]+\s+){0,3}?to|"
    # the dead handed to whoever takes them home: "the dead were handed to the local
    # administration in Multan", "handed over to a tribal elder in"
    r"handed\s+over\s+to\s+(?:an?|the|their|his|local)\s+(?:[\w-]+\s+){1,3}?(?:in|at)"
    # (and the address of the spot there: "in the Sakhi Sarwar area of Dera Ghazi Khan")
    r"(?:\s+the\s+(?:[\w'-]+\s+){1,3}(?:area|district|tehsil|town|village)\s+of)?|"
    # a home told with a hedge: "the dead were reportedly from Punjab", "the victims were said
    # to be from Multan"
    r"(?:is|was|were|are)\s+(?:(?:reportedly|all|both|mostly)\s+|(?:said|reported|believed|"
    r"thought|understood|known)\s+to\s+(?:be|have\s+been)\s+)?from|"
    # (an organisation's base; a town that is "the tehsil (district) headquarters in X" is an
    # administrative seat, and X its address)
    r"(?<!tehsil\s)(?<!district\s)(?<!division\s)(?<!divisional\s)"
    r"headquarter(?:s|ed)\s+in|based\s+in|offices?\s+in|"
    r"(?:(?:news|press)\s+conference|presser)\s+in|(?:said|stated|announced|added|told\s+\w+)\s+(?:in|from)|"
    # "speaking to activists in Stockholm": where a speaker spoke, to whomever
    r"(?:speaking|spoke|talking|talked)\s+to\s+(?:[\w-]+\s+){1,2}?in|"
    r"(?:talking|speaking|told)\s+(?:to\s+)?(?:reporters|"
    r"journalists|the\s+media|media\s+persons)\s+in|press\s+club\s+in|"
    r"(?:analyst|advocate|consultant|correspondent|reporter|journalist|editor|spokes\w+|activist|"
    r"lawyer|professor|expert|bureau\s+chief|officers?|officials?|sources)\s+(?:based\s+)?in|"
    # "doctors at the Sandeman Hospital said": where the speakers work
    r"(?:doctors|medics|(?:medical|hospital)\s+(?:officials?|staff|sources))\s+at|"
    # ("sent to hell in an IBO in Kech" is the ISPR's word for killed there)
    r"(?:" + _MOVED + r"|shifting|dispatched|"
    r"sent(?!\s+to\s+hell)|handed\s+over|brought|flown|repatriated|driven|ferried|evacuated)\s+(?:back\s+|on\s+)?"
    r"(?:by\s+(?:road|air|helicopter|ambulances?)\s+)?"
    # ... and the craft it went by: "returned by a chartered plane to Multan", "flown on a
    # C-130 to Karachi"
    r"(?:(?:in|on|aboard|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:flight|plane|aircraft|"
    r"helicopter|chopper|C-130|ambulances?)\s+)?to|"
    # ... and where they were moved on to: "moved to Kharan and later to Quetta"
    r"(?:" + _MOVED + r")\s+to\s+[^.;\n]{1,60}?"
    r"\s+and\s+(?:later|then|subsequently)\s+(?:(?:shifted|moved|referred)\s+)?to|"
    # where the wounded died later is the hospital's town, not the scene: "four more
    # succumbed to their wounds in Sibi", "died of his wounds at"
    r"(?:succumbed|died|passed\s+away)\s+(?:to|of|from)\s+(?:(?:his|her|their|the)\s+)?"
    r"(?:injuries|wounds)\s+(?:at|in)|"
    # "evacuations to move the wounded to Quetta", "to transfer them to Karachi": the object
    # between the verb and "to"
    r"(?:transfer\w*|shift(?:ed|ing)?|transport\w*|airlift\w*|evacuat\w*|mov(?:e|ed|ing)|"
    r"take|took|rush(?:ed|ing)?|fly|flew|brought|bring|dispatch\w*|sen(?:d|t|ding))\s+"
    # (the act as a noun: "ordered the transfer of the critically wounded to Karachi")
    r"(?:of\s+)?(?:them|"
    r"him|her|the\s+(?:(?:seriously|critically|severely|badly|gravely)\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:injured|wounded|bodies|body|dead|deceased|victims|remains)"
    # ... both of them: "moved the dead and wounded to Quetta"
    r"(?:\s+and\s+(?:the\s+)?(?:injured|wounded|bodies|dead|deceased))?"
    # ... with the people word after it: "the injured persons", "the wounded soldiers"
    r"(?:\s+(?-i:[a-z]+)(?<!\bto)(?=\s+to\b))?"
    # ("dispatching the bodies of the slain workers to Punjab")
    r"(?:\s+of\s+the\s+(?:[\w-]+\s+){0,2}?[\w-]+)?)\s+to|transferred\s+to|"
    # "the border near the Bab-e-Dosti crossing", "the Iran border in Mashkel" place a spot on
    # the border: not context
    # (and "a border post near Taftan", "a border outpost in Mashkel"; "the border town of
    # Chaman" is the town itself, named by where it lies)
    r"(?:borders?(?!\s+(?:(?:post|posts|outposts?|check\s*-?posts?|pillar)\s+)?(?:near|at|in|"
    r"close\s+to|crossing\s+(?:at|near|in))\b|\s+(?:towns?|villages?|city|cities|districts?|"
    r"areas?|regions?|tehsils?)\s+of\b)|bordering|border\s+with|"
    r"neighbou?ring|adjoining|adjacent\s+to)|"
    r"told\s+(?:[\w-]+\s+){1,2}(?:by\s+(?:tele)?phone\s+)?from|"
    # "an official who spoke on condition of anonymity from Dalbandin"
    r"(?:spoke|speaking|talking|talked|wrote|writing|posting)\s+(?:[\w-]+\s+){0,5}?from|"
    # "funeral prayers for the soldiers were offered at the Loralai cantonment"
    r"(?:funeral(?:\s+prayers?)?|namaz-e-janaza|burial|buried|laid\s+to\s+rest|"
    r"for\s+burial|last\s+rites)(?:\s+(?:for|of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?"
    # (a headline drops the auxiliary: "Funeral prayers of slain miners held in Loralai")
    r"[\w'-]+(?=\s+(?:was|were|offered|held|performed)\b))?"
    r"(?:\s+(?:was|were|held|offered|performed))*\s+(?:in|at)|"
    r"(?:by\s+(?:tele)?phone|over\s+the\s+phone|on\s+the\s+phone)\s+from|"
    r"(?:had\s+)?(?:recently\s+|just\s+|only\s+)?(?:come|came|arrived|moved|migrated|relocated|"
    r"returned)\s+(?:back\s+|home\s+|here\s+)?from|"
    # where a journey began or a visit went: "the train, which had left Peshawar", "hours after
    # the minister visited Gwadar"
    # ("the blast left two dead in Quetta" is no departure: the place must follow "left")
    # "the march had set off from Hub": where a journey started, as "left"
    r"(?:set(?:s|ting)?|started)\s+(?:off|out)\s+from|"
    r"(?:had\s+|has\s+|having\s+)?(?:(?:left|departed(?:\s+from)?)(?=\s+(?-i:[A-Z])|\s*$)|visited|"
    r"visiting|toured|touring)|"
    r"(?:a|his|her|their|the)\s+(?:[\w-]+\s+)?(?:visit|trip|tour)\s+to|"
    # where help came from: "reinforcements had been sent from Bela", "the FC reached the town
    # from Kalat", "troops arrived at the camp from Turbat"
    r"(?:reached|arrived\s+(?:at|in)|came\s+to|rushed\s+to)\s+(?:the\s+)?[\w-]+\s+from|"
    # where a speaker was, not what happened: "speaking at a seminar in London"
    r"(?:speaking|spoke|addressing|addressed|told)\s+(?:at\s+|to\s+)?(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:seminar|conference|webinar|symposium|forum|summit|meeting|ceremony|"
    r"session|lecture|event|assembly|senate|parliament|house|jirga|gathering)\s+(?:in|at)|"
    r"(?:sent|dispatched|rushed|called\s+in|brought\s+in|deployed)\s+from|"

    r"(?:fled|escaped|retreated|sped\s+away)\s+(?:towards?|to|into|in\s+the\s+direction\s+of)|"
    r"hospitals?\s+(?:in|of|across)|"
    # the town the wounded lie in, told by the verb alone: "some were hospitalised in a
    # critical condition in Sibi"
    r"hospitali[sz]ed(?:\s+(?:in|with)\s+(?:a\s+)?(?:critical|serious|stable|precarious)\s+"
    r"(?:condition|state))?\s+(?:in|at)|(?:statement|press\s+release|communiqu[eé]|notification|"
    r"message|report)\s+(?:was\s+)?(?:issued|released|sent|circulated|launched)\s+(?:from|in|at)|"
    # where fighters came from: "militants had crossed over from Iran"
    r"(?:crossed|sneaked|slipped|infiltrated|infiltrate|infiltrating|cross)\s+(?:over\s+|back\s+|"
    r"in\s+)?(?:into\s+\w+\s+)?from|"
    # (not one's own: "kidnapped a doctor from his clinic in Khuzdar" is where he was taken)
    r"(?<!his\s)(?<!her\s)(?<!their\s)(?<!own\s)(?:health\s+(?:centre|center|unit)|clinic|"
    r"dispensary|RHC|BHU)\s+in|"
    # (its initials may follow in brackets: "the Civil Hospital (CHT) in Turbat")
    r"(?:civil|teaching|district|DHQ|CMH|combined\s+military|trauma)\s+hospital"
    r"(?:\s*\((?-i:[A-Z]{2,6})\))?(?:\s+of)?|"
    r"(?:police|levies)\s+(?:chief|lines)\s+(?:of|in)|"
    r"(?:told|addressing|addressed)\s+(?:reporters|journalists|a\s+news\s+conference|"
    r"a\s+press\s+conference)\s+(?:at|in)|"
    # where a person works or studies, posted or transferred: "two labourers who worked in
    # Gwadar", "a teacher posted in Kech", "transferred from Loralai"
    r"who\s+(?:had\s+)?(?:lived|worked|studied|taught|lives|works|studies|teaches)\s+(?:in|at)|"
    r"(?:posted|transferred|deputed|appointed)\s+(?:as\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?"
    r"(?:in|at|to|from)|"
    # the ends of a road named by what it links: "the highway linking Turbat with Gwadar"
    r"(?:linking|connecting|links|connects|linked|connected)(?:\s+(?:the\s+)?[A-Z][\w'-]*"
    r"(?:\s+[A-Z][\w'-]*){0,2}\s+(?:with|to|and))?|"
    # where an accused state's fighters are said to act from: "terrorists operating from
    # Afghanistan", "sanctuaries in Afghanistan"
    r"(?:operating|operate|operates|orchestrated|directed|controlled|masterminded|launched)\s+"
    r"from(?:\s+the\s+soil\s+of)?|(?:sanctuar(?:y|ies)|safe\s+havens?|hideouts?\s+across\s+the\s+"
    r"border)\s+in|"
    # a district's history, not a scene: "Hub district, carved out of Lasbela in 2022"
    r"(?:carved|created|formed)\s+out\s+of|bifurcat\w+\s+from|(?:was|were)\s+formerly\s+"
    r"(?:part\s+of|in)|(?:separated|split)\s+from\s+(?:the\s+)?(?:former\s+)?|"
    # a state a complaint went to: "Pakistan lodged a protest with Tehran", "took up the matter
    # with Kabul"
    r"(?:lodged|registered|conveyed|recorded)\s+(?:a\s+|its\s+)?(?:strong\s+|formal\s+)?"
    r"(?:protest|complaint)\s+with|took\s+up\s+the\s+(?:matter|issue)\s+with|"
    # where a case was filed: "a case was registered in Quetta"
    r"(?:FIR|case|complaint)s?\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?"
    r"(?:lodged|registered|filed)\s+(?:at|in|with)|"
    r"(?:MPA|MNA|senator|lawmaker|member)\s+(?:from|of)|(?:independence|secession|freedom|"
    r"separation|liberation)\s+(?:from|for|of)|"
    # a group described by where it is active: "the BLA, which operates in Balochistan"
    r"(?:which|that|who)\s+(?:\w+ly\s+)?(?:operates?|is\s+active|are\s+active|(?:has|have)\s+been\s+"
    r"(?:active|fighting)|is\s+fighting|are\s+fighting)\s+(?:mainly\s+|mostly\s+)?(?:in|across)|"
    # ... or by its kind: "one of several separatist groups active in Balochistan"
    r"(?:militant|insurgent|separatist|armed|terrorist|banned|rebel|nationalist|proscribed)\s+"
    r"(?:groups?|outfits?|organi[sz]ations?|movements?|factions?)\s+(?:(?:operating|active|based|"
    r"fighting)\s+)?(?:in|across)|"
    # a home told as who the victims were taken for: "after identifying them as coming from
    # Punjab"
    r"\bas\s+(?:being\s+)?(?:coming|hailing)\s+from|"
    # where people fled to, and an attack that did not happen: "walked seven kilometres to safety
    # at the railway station", "timely action prevented another attack in Pishin" (a foiled
    # attack did happen: its place stays the scene)
    r"to\s+safety\s+(?:at|in|to)|(?:prevented|averted)\s+(?:an?\s+|another\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|attempts?|bids?|plots?|plans?|disasters?)\s+in|"
    # a general state of a place, no event: "such abductions have become routine in Balochistan"
    r"(?:routine|commonplace|rampant|the\s+norm|a\s+norm|endemic)\s+(?:in|across)|"
    # a trend, not an event: "a rise in violence, mostly in Khyber Pakhtunkhwa"
    rf"{_TREND_NOUN}\s+in\s+(?:[\w-]+\s+){{0,3}}?[\w-]+,?\s+"
    r"(?:particularly|especially|mainly|mostly|notably)\s+in|"
    # money put into a place is no event there: "China, which has invested billions in Gwadar"
    r"invest(?:ed|ing|ment|ments|s)?|"
    # ... nor is money spent there: "stealing the region's resources to finance spending in
    # Punjab"
    r"(?:finance|fund)\s+(?:[\w-]+\s+){0,2}?spending)"
    r"\s+(?:the\s+)?(?:[A-Za-z'-]+\s+){0,3}$)", re.IGNORECASE)
_CONTEXT_AFTER = re.compile(
    # "Khuzdar's Azadi Chowk", "Turbat's main bazaar", "Pasni's Ward No 4": a spot in the town,
    # written either case
    # a compound adjective says who or what, not where: "Karachi-bound", "India-sponsored"
    r"^(?:-[a-z]|(?:'s|’s)\s(?!(?:[\w'-]+\s+){0,3}?(?i:area|district|division|village|"
    r"town|tehsil|city|valley|region|locality|neighbou?rhood|bazaa?r|market|chowk|road|"
    r"cross(?:ing)?|check\s*post|camp|street|colony|drive|square|bypass|harbou?r|airport|"
    r"jail|prison|cantonment|outskirts|suburbs?|ward|mohalla|sector|block|phase|stadium|"
    r"bus\s+(?:stand|terminal)|mosque|hotel|pass|mountains?|hills?)\b)(?![A-Z][\w'-]+\s+and\s+"
    r"[A-Z][\w'-]+\s+districts)|-based|-bound|\s+based\b|"
    # "waiting for the Karachi coach": a vehicle named by where it goes, not a stop on its way
    r"\s+(?:coach|coaches|bus|buses|train|flight|van|vans)\b(?!\s+(?:stand|terminal|stop|station|"
    r"depot|adda|yard)\b)|\s*-\s*[A-Z][a-z]+\s+(?:highway|road|motorway|"
    r"railway|train|route)|\s+(?:to|and)\s+[A-Z][a-z]+\s+(?:highway|road|route)|"
    # ... but a station's officer holds a title: "Gwadar Police Station SHO Ali" names his post
    r"\s+Police\s+[Ss]tation(?:'s)?\s+(?:Station\s+House\s+Officer|SHO|[Ii]n-?[Cc]harge)\b|"
    # "the Naseerabad Police Station was attacked": a station named after its area is a scene
    r"\s+(?:Police(?!\s+(?:[Ss]tation|[Ll]ines|[Pp]ost|[Cc]heck\s*-?[Pp]ost)\b)|Post|Liberation|Chief\s+Minister|Assembly|[Gg]overnment|[Gg]ovt\.?|High\s+Court|"
    r"University|National\s+(?:Party|Movement)|Awami|Levies|Frontier\s+Corps|Constabulary|"
    r"Times|Students|Bar|Press\s+Club|[Mm]ilitary|[Aa]dministration|[Ee]stablishment|"
    r"Yakjehti|Republican|Raaji|Mail|Express|Home\s+Department|Public|Cabinet|"
    r"(?:Deputy|Assistant|Divisional)\s+Commissioner|DC|AC|SSP|DPO|SHO|DIG|Tehsildar|"
    # the titles spelled out: "the home of Hub Station House Officer Karim" is the officer's
    r"Station\s+House\s+Officer|(?:Senior\s+)?Superintendent\s+of\s+Police|"
    r"Deputy\s+Inspector[\s-]+General|"
    # "Kalat Division Commissioner Naeem Bazai": the office of a division, not a scene
    r"[Dd]ivision(?:al)?\s+(?:[Cc]ommissioner|DIG|RPO|[Pp]olice\s+[Oo]fficer)|"
    # (and after the division's own name: "according to Kalat Division Commissioner X")
    r"[Cc]ommissioner(?=\s+[A-Z])|"
    r"(?:Teaching|Civil|District|DHQ|Divisional)?\s*Hospital|[Pp]ress\s+[Cc]lub|"
    # pages write the hospital in lower case: "the emergency ward of Khuzdar teaching hospital"
    r"(?:teaching|civil|district|DHQ|divisional|district\s+headquarters)\s+hospital|"
    r"(?:[Dd]eputy|[Aa]ssistant|[Dd]ivisional)\s+[Cc]ommissioner|"
    # a place that names an organisation: "the Balochistan Union of Journalists", "the Gwadar
    # Fishermen's Alliance", "the Quetta Electric Supply Company"
    # ("the Balochistan Professors and Lecturers Association": "and" may join its words)
    r"(?:(?:[A-Z][\w'’-]*|and|&)\s+){0,4}(?:Union|Association|Alliance|Company|Authority|Council|"
    r"Chamber|Federation|Forum|Board|Corporation|Agency|Institute|Organi[sz]ation|Network|"
    r"Society|Foundation|Ittehad|Tehreek|Jirga)|"
    r"[Pp]olice\s+(?:chief|said|officials?|sources)|"
    # "arrested by Gwadar police", "according to Panjgur police": the force, not a scene
    r"police(?!\s+(?:[Ss]tation|[Ll]ines|[Pp]osts?|[Cc]heck\s*-?posts?|[Cc]hecpoints?|"
    r"[Cc]heckpoints?|[Ss]tations)\b))\b)")
# The place an office is "of": "the Home Minister of Balochistan", "the Deputy Commissioner of
# Kech", "the Government of Balochistan" (the office's seat or charge, as "the Balochistan Chief
# Minister" is, whatever the sentence tells)
_OFFICE_OF = re.compile(r"\b(?:Chief\s+Minister|Governor|Government|(?:Home\s+|Interior\s+)?"
                        r"Minister|Chief\s+Secretary|(?:Deputy\s+|Assistant\s+)?Commissioner|"
                        r"Inspector[\s-]+General(?:\s+of\s+Police)?|Provincial\s+Assembly|"
                        r"Assembly|High\s+Court|Advocate[\s-]+General|Home\s+Department|"
                        r"Speaker|Secretary)\s+(?:of|for)\s+(?:the\s+)?$")
# A highway named by the one town it leads to ("near the Quetta National Highway") is the
# road's name, as a route's ends are ("the Quetta-Karachi highway"): the town is context.
# ("the Makran Coastal Highway": a region that names a road is the road's name too)
_HIGHWAY_AFTER = re.compile(r"\s+(?:[Nn]ational\s+|[Cc]oastal\s+)?(?:[Hh]ighway|[Mm]otorway)\b")
# A dateline opens the text with the place the story was filed from, in capitals or followed by
# a date: "TURBAT:", "QUETTA, March 3:", "QUETTA, Pakistan (AP) -", "GWADAR / QUETTA:".
_DATELINE_AFTER = re.compile(
    # wire copy brackets the province or country ("Lasbela [Balochistan], October 22 :"), and
    # its date may run straight into the lead ("Quetta, Nov 16 At least seven ..."); a capital
    # dateline may end in a semicolon ("ISLAMABAD; Security forces ...")
    r"\s*(?:\[[^\]\n]{1,30}\]\s*)?(?:[:;(/]|[-—–]\s|,\s*[A-Z][a-z]+\.?\s+\d{1,2}\s*[:(—–-]|"
    r",\s*" + MONTH_WORDS + r"\.?\s+\d{1,2}\s+(?=[A-Z][a-z])|"
    r",[^:.\n]{0,30}(?::|\(|\s[-—–]\s))")
# "six labourers from Punjab", "a vendor from Killa Abdullah": where people come from. Not after
# an abduction verb: "abducted three men from Hoshab" names the place it happened.
_PEOPLE_FROM = re.compile(
    r"\b(?:labou?rers?|workers?|passengers?|people|persons?|men|women|youths?|students?|"
    r"engineers?|employees?|vendors?|shopkeepers?|traders?|miners?|pilgrims?|drivers?|"
    r"barbers?|tailors?|masons?|carpenters?|cooks?|electricians?|mechanics?|porters?|"
    r"travell?ers?|tourists?|natives?|nationals?|families|family|man|woman|boy|girl|"
    r"victims?|deceased|dead|soldiers?|personnel|officials?|those|them|shepherds?|herders?|"
    r"fisherm[ae]n|farmers?|teachers?|doctors?|policem[ae]n|guards?|constables?|sepoys?|"
    r"brothers?|sons?|relatives|clerics?|individuals|residents|locals|"
    # a person by name and rank: "Captain Imran Ali from Muzaffarabad"
    r"(?-i:(?:Major|Captain|Lieutenant|Colonel|Naik|Sepoy|Havildar|Subedar|Constable)"
    r"(?:\s+[A-Z][a-z]+){1,4})|"
    r"(?-i:(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*))\s+"
    # "labourers said to be from Sindh": a home told at second hand is a home still
    r"(?:all\s+|both\s+|originally\s+|reportedly\s+|(?:said|believed|reported|thought|"
    r"understood)\s+to\s+(?:be|have\s+been)\s+)?"
    # "from southern Punjab": a direction word may come before the region, and a word that
    # sets it apart from the province ("workers from richer central Punjab")
    r"from\s+(?:the\s+)?(?:(?:richer|wealthier|wealthy|prosperous|populous|affluent|poorer|"
    r"neighbou?ring|more\s+(?:prosperous|populous|developed))\s+)?"
    r"(?:(?:southern|northern|eastern|western|central|upper|lower|south|north)"
    # ("from the southern region of Punjab": the region's word before its name)
    r"\s+)?(?:(?:region|province|parts?|areas?|districts?)\s+of\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}(?:,\s+|\s+and\s+))*"
    r"(?:[A-Z][\w'-]*\s+){0,2}$")
# Casualty lists give each person's age and home: "Naik Ali Raza, 27, from Swabi, and ...".
# ("Shafiq, age 23 from DI Khan": after "age" or "aged" the comma before "from" may go)
# ("a 31-year-old Naik Gul Zaman from Larkana": the age before the name, the home after it)
# ("Naik Ali Khan (30 years old, from Kohat)": the age and home in brackets after the name)
_AGE_FROM = re.compile(r"(?:[A-Z][\w'.-]*,?\s+\(?(?:aged?\s+\d{1,2}(?:\s+years?(?:\s+old)?)?,?\s*|"
                       r"\d{1,2}(?:\s+years?(?:\s+old)?)?,\s*)|"
                       r"\b\d{1,2}-years?-old\s+(?:[A-Z][\w'.-]*\s+){1,5})"
                       r"(?:originally\s+|hailing\s+)?from\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,2}$")
# A home given with its address: "a resident of the Gwargo area of Tump", "a resident of
# Gomazi in Kech", "residents of Parom, Panjgur". The town or district after the home is the
# home's address, not a scene.
_RESIDENT_AREA_OF = re.compile(r"\b(?:residents?|natives?|inhabitants?)\s+of\s+(?:the\s+)?"
                               r"(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){0,2}"
                               r"(?:\s+(?:area|village|town|locality|neighbou?rhood|mohalla|"
                               r"tehsil))?(?:\s+(?:of|in)\s+|\s*,\s*)(?:the\s+)?$",
                               re.IGNORECASE)
# A named person told by his town: "the other, Hafeez Ahmed of Dalbandin, was taken away",
# "a labourer named Gul Jan of Pishin", "a driver named Abdul Wahid Rind from Mashkai", "guards
# Karim Dad from Nal and Sabir Ali from Wadh" (a name of two to four words, "of" or "from"). The
# name follows a comma, "and" or "named"/"identified as", so "the Government of Balochistan" or
# "the Mawand area of Kohlu" never match.
# (the home's district after its spot is a home too: "Hamid from the Jhal Jhao area of Awaran")
_HOME_SPOT_OF = (r"(?:(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,3}(?:area|village|town|tehsil|locality)\s+"
                 r"of\s+)?$")
_PERSON_OF = re.compile(r"(?:,|\bnamed|\bidentified\s+as|\band)\s+(?:[A-Z][a-z]+\s+){1,3}"
                        r"[A-Z][a-z]+\s+(?:of|from)\s+" + _HOME_SPOT_OF + "|"
                        # a person told by a parent, then the home: "Karim, son of Dost Ali
                        # from Kolwah", "Naseer s/o Gul Jan from Absar"
                        r"(?:\b(?:son|daughter|wife|widow)\s+of|\b[SsDdWw]/[Oo])\s+"
                        r"(?:[A-Z][a-z]+\s+){1,3}(?:of|from)\s+" + _HOME_SPOT_OF)
_PERSON_OF_NOT = re.compile(r"\b(?:Government|University|College|School|Bank|Port|Area|Town|City|"
                            r"Village|District|Division|Province|Tehsil|Valley|Region|Outskirts|"
                            r"Department|Ministry|Minister|Commissioner|Chief|Governor|Khan|Nawab|"
                            r"Sardar|State|Republic|People|Chamber|Court|Police|Levies|Corps|"
                            r"Secretary|Office|Club|Union|Council|Assembly|Mayor)\s+"
                            r"(?:[A-Z][a-z]+\s+)?of\s+$")
# The scene named after where people came from: "... from Punjab province in Panjgur district"
_SCENE_AFTER_ORIGIN = re.compile(r"(?:\s+(?:province|district|region))?,?\s+(?:in|near|at)\s+"
                                 r"(?:the\s+)?(?:[a-z]+\s+){0,2}?[A-Z]")
# "The drivers, both from Dera Ghazi Khan", "the guards, all of them from Kohlu": an apposition
# that says where each of a group comes from, whatever the group is called.
_ALL_FROM = re.compile(r",\s*(?:all|both|each)\s+(?:of\s+them\s+)?(?:originally\s+)?from\s+"
                       r"(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,2}$")
# The ends of a journey: "a van heading for Gwadar", "en route to Karachi". The place must
# follow the verb at once: "heading for Gwadar near Ormara" puts the attack at Ormara.
_MOVEMENT = re.compile(
    r"\b(?:en\s+route|on\s+(?:the\s+)?route|on\s+(?:their|his|her|its|the)\s+way|travell?ing|"
    r"heading|going|bound|"
    r"coming|returning|plying|driving|flying|journey(?:ing)?|buses?|coach(?:es)?|trains?|"
    r"vehicles?|convoy|leaving|left|destined|departed|moving|travell?ed|travel|headed|"
    # "the convoy continued on to Gwadar unharmed", "the bus proceeded to Quetta"
    r"continued|continuing|proceeded|proceeding)\s+"
    r"(?:(?:back|safely|onwards?|on)\s+)*"
    # the journey's start told after its end: "on the way back to camp from Turbat"
    r"(?:to\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?=from\s))?"
    # "to and from Punjab"; "from the provincial capital, Quetta, to"; "en route from Quetta
    # toward Nokkundi" (a journey's start, then its end)
    r"(?:(?:from|to|for)\s+and\s+)?(?:from\s+(?:the\s+)?(?-i:[A-Z][\w'-]*\s+){1,3}(?=towards?\s))?"
    r"(?:from|to|for|towards?)\s+"
    # (the end described before its name: "on their way to the port city of Karachi")
    r"(?:the\s+)?(?:(?-i:[a-z][\w-]*\s+){0,2}?(?:city|town|port)\s+of\s+|"
    r"provincial\s+capital,?\s+)?"
    # ... or a spot there the journey made for: "travelling to a bazaar in Loralai", or what
    # took them there: "returning from duty in Sibi"
    r"(?:(?:(?:an?|the)\s+)?(?-i:[a-z][\w-]*\s+){1,2}(?:in|at)\s+)?"
    r"(?-i:[A-Z][\w'-]*\s+){0,3}?(?:in\s+)?$", re.IGNORECASE)
# A route's end may be named by what it is before its name: "from the district headquarters town
# of Turbat to the coastal town of Pasni" (a capital, city, town or port "of" the name)
_END_DESCRIBED = (r"(?:(?:[A-Z][\w'-]*\s+)?(?:[a-z][\w'-]*\s+){0,3}?"
                  r"(?:capital|city|town|port|village)\s+of\s+)?")
_ROUTE_TO = re.compile(r"\b(?:from|to)\s+(?:the\s+)?(?:provincial\s+capital,\s+)?"
                       + _END_DESCRIBED + r"[A-Z][\w'-]*"
                       r"(?:\s+[A-Z][\w'-]*){0,2}"
                       # the first end's address: "from Quetta in Pakistan's southwestern
                       # Balochistan province to Peshawar"
                       r"(?:\s+in\s+(?:[\w'’-]+\s+){0,3}?[A-Z][\w'’-]*(?:\s+province)?)?"
                       r",?\s+(?:to|from)\s+(?:the\s+)?"
                       # ... and the second end's district before it: "to Kalat from
                       # Khuzdar's Wadh town"
                       + _END_DESCRIBED + r"(?:[A-Z][\w'’-]*['’]s\s+)?$")
_TAKEN_FROM = re.compile(r"\b(?:(?:was|were|been|being|got)\s+(?:abducted|kidnapped|picked\s+up|"
                         r"taken\s+away|whisked\s+away|snatched|seized|arrested|detained)\s+"
                         r"from\s+(?:the\s+)?$|"
                         r"(?:abduct\w*|kidnap\w*|pick(?:ed)?\s+up|took\s+away|taken|"
                         r"whisked|disappear\w*|snatched|seized|arrest\w*|detain\w*|"
                         r"recovered|fled|escaped)\s+(?:at\s+least\s+|over\s+)?(?:\d+|one|two|"
                         r"three|four|five|six|seven|eight|nine|ten|a|an|the|his|her|their|"
                         r"several|some|dozens)\b|"
                         # ... or a man by name: "abducted Sepoy Karim Jan from Turbat"
                         r"(?:abduct\w*|kidnap\w*|pick(?:ed)?\s+up|arrest\w*|detain\w*)\s+"
                         r"(?-i:[A-Z][\w-]*\s+){1,5}from\s+(?:the\s+)?$|"
                         # the act as a noun: "the enforced disappearance of 83 people from"
                         r"(?:abductions?|disappearances?|kidnappings?|arrests?|detentions?)\s+"
                         r"of\s+(?:at\s+least\s+|over\s+|more\s+than\s+)?(?:\d[\d,]*|two|"
                         r"three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\b)",
                         re.IGNORECASE)
# The act a protest is against, told with its own place: "detained by the forces in Awaran"
_ACT_THEN_AT = re.compile(r"\b(?:abducted|kidnapped|picked\s+up|taken\s+away|detained|arrested|"
                          r"killed|shot(?:\s+dead)?|murdered)\s+(?:by\s+(?:the\s+)?"
                          r"(?:[\w'-]+\s+){1,3}?)?(?:in|at|near)\s+(?:the\s+)?$|"
                          # ... told as a noun: "condemning the killing of two students in
                          # Turbat", "against the abduction of a teacher from Hoshab"
                          r"\b(?:killings?|murders?|abductions?|kidnappings?|disappearances?|"
                          r"arrests?|detentions?)\s+of\s+(?:[\w'’-]+\s+){1,4}?"
                          r"(?:in|at|near)\s+(?:the\s+)?$",
                          re.IGNORECASE)
# People taken from their homes ("were forcibly picked up from their homes", "abducted him
# from his house"): where they live is where the act happened
_TAKEN_FROM_HOMES = re.compile(
    r"\b(?:abduct\w*|kidnap\w*|pick(?:ed|ing)?\s+up|took|taken|whisked|snatched|seized|"
    r"arrest\w*|detain\w*|dragged|disappeared)\s+(?:away\s+|up\s+|out\s+)?"
    r"(?:(?:him|her|them)\s+)?from\s+(?:their|his|her)\s+(?:respective\s+)?"
    r"(?:homes?|houses?|residences?)\b", re.IGNORECASE)
# "150 km from Turbat", "some 60 kilometres south-west of Quetta", "70km from here"
_DISTANCE_BEFORE = re.compile(
    # (the distance in words as well: "about one kilometre from", "a few miles from")
    r"(?:(?:\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|a\s+few|few|several|some))\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\s*(?:\([^)]{0,20}\)\s*)?(?:away\s+)?"
    r"(?:(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?\s+of|from|off|short\s+of)|"
    # a distance in travel time: "an hour's distance from Quetta", "two hours' drive from"
    r"\b(?:an|one|two|three|four|five|a\s+few|several|\d+)\s+hours?['’]?s?\s+(?:distance|drive|"
    r"journey|travel)\s+(?:away\s+)?from|"
    # a bearing with no distance is a reference as much: "a town east of Quetta", "located
    # south-west of the city of Quetta" ("in the east of the province" is a part of it)
    r"(?<!the\s)\b(?:north|south|east|west)(?:[\s-]?(?:east|west))?\s+of"
    r"(?:\s+the\s+(?:city|town)\s+of)?)"
    r"\s+(?:the\s+)?(?:provincial\s+capital\s+)?(?:[A-Z][\w'-]*\s+){0,2}$", re.IGNORECASE)
# A blast heard far off: "the sound of the blast was heard across Model Town"
_HEARD_IN = re.compile(r"\b(?:heard|felt)\s+(?:as\s+far\s+(?:away\s+)?as|across|in|throughout|"
                       r"all\s+over)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:(?:area|parts?|areas)\s+of\s+"
                       r"(?:the\s+)?)?$", re.IGNORECASE)
_INCIDENT_WORDS = re.compile(
    # ("explo[ds]": explode, explosion, explosive; not "exploit")
    r"\b(?:kill\w*|dead|died|death|martyr\w*|attack\w*|blast\w*|explo[ds]\w*|bomb\w*|ambush\w*|"
    r"raid\w*|operations?|clash\w*|gun\s*battle|fighting|firing|fired|shot|gunm[ae]n|militants?|"
    r"abduct\w*|kidnap\w*|forcibly|whisked|snatched|disappear\w*|missing|picked\s+up|arrest\w*|detain\w*|injur\w*|"
    r"wound\w*|protest\w*|demonstrat\w*|sit-in|rally|rallies|(?-i:march\w*)|strike|strikes|"
    # people coming together at a venue are a protest's (or a funeral's) act, told in the
    # sentence after the protest word: "relatives of the missing gathered at the chowk"
    r"gathered|assembled|converged|"
    r"grenade|ied|suicide|assault\w*|offensive|encounter|bodies|body|torched|set\s+ablaze|"
    r"crash\w*|hijack\w*|siege|stormed|targeted|seized|captured|insurgent\w*|terroris\w+|"
    r"violence|recovered|dumped|torture\w*|curfew|shut(?:ter)?-?down|blockade|released|"
    r"freed|gunned\s+down|(?:took|taken|taking)\s+away|bl[eo]w(?:n|ing)?\s+up|"
    # fire as the act: "opened fire on", "set a school on fire", "set fire to", "an exchange of
    # fire"; a death told as a loss: "lost their lives"; fighters crossing: "tried to infiltrate"
    r"(?:open(?:ed|ing|s)?|set(?:s|ting)?)\s+fire|on\s+fire|exchange\s+of\s+fire|gunfire|"
    r"(?:under|rocket|mortar|heavy|indiscriminate|sniper)\s+fire|went\s+off|detonat\w*|"
    r"destroyed|damaged|demolished|IBOs?|khwarij|khawarij|land\s*mines?|explosive\s+devices?|"
    r"burn(?:ed|t|ing)\s+(?:down|to)|lost\s+(?:their|his|her)\s+li(?:fe|ves)|infiltrat\w*|"
    r"casualt(?:y|ies)|assassinat\w*|"
    # the act told by its generic noun: "the incident took place in Gazi village"
    r"incidents?\s+(?:had\s+|has\s+)?(?:occurred|took\s+place|happened)|"
    # what attackers are said to do on a road or at a post: "blocked the highway ... and
    # offloaded passengers", "lobbed a grenade", "looted weapons"
    r"offload\w*|hostages?|loot\w*|burnt|burned|hurl\w*|lobb\w*|planted|shell(?:ed|ing)|"
    r"rockets?|mortars?|drones?|overr[au]n|besieg\w*|"
    r"block(?:ed|ing|s)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:highway|road|route))\b",
    re.IGNORECASE)


# A hospital named with its town: "Civil Hospital Quetta", "CMH Turbat", "Pasni Civil Hospital",
# "the District Headquarters Hospital, Kohlu". The facility is the place a report names (where the
# wounded were treated or the bodies kept), located in its town; a town named only to say which
# hospital is never where the incident happened, whatever the sentence's verb.
_HOSPITAL = (r"(?:(?:Civil|Teaching|Provincial|Divisional|District\s+Headquarters?|DHQ|"
             r"Tehsil\s+Headquarters?|THQ|Combined\s+Military|Military|Sandeman(?:\s+Provincial)?)"
             r"\s+Hospital|CMH|Trauma\s+Cent(?:re|er)|Rural\s+Health\s+Cent(?:re|er)|RHC|"
             r"Basic\s+Health\s+Unit|BHU)")
_FACILITY_BEFORE = re.compile(rf"\b{_HOSPITAL}(?:\s*,)?[ \t]+(?=[A-Z])")
# A press club is named the same way ("the Quetta Press Club") and is one place too: the venue
# of press conferences and protest camps, and the scene when people are arrested outside it.
# Papers also write the hospital after its town in lower case ("taken to the Kohlu district
# hospital", "shifted to Gwadar hospital"): the same one mention, the hospital of that town.
_FACILITY_AFTER = re.compile(rf"[ \t]+(?:(?:{_HOSPITAL}|Hospital|(?:(?:district|civil|teaching|"
                             rf"headquarters?|DHQ|THQ)[ \t]+)?hospital)s?|"
                             rf"(?P<club>[Pp]ress\s+[Cc]lub))\b")
# A hospital that was itself attacked is where the incident happened.
_ATTACK_AT = re.compile(
    r"\b(?:attack\w*|stormed|struck|raided|bomb\w*|blast|explosion|blew\s+(?:himself|herself)\s+"
    r"up|opened\s+fire|fired|targeted|hurled|thrown|suicide\s+bomber)\s+(?:\w+\s+){0,2}?"
    r"(?:on|at|in|inside|outside|near|into|the\s+(?:gate|entrance)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE)


# A health facility's name, however the text writes it: "Civil Hospital", "the Rural Health
# Centre", "CMH", "Baloch Hospital"
_HEALTH_FACILITY = re.compile(r"(?i:hospital|health\s+cent(?:re|er)|trauma\s+cent(?:re|er)|"
                              r"clinic|dispensary|medical\s+complex|health\s+headquarters)$|\b(?:CMH|BHU|RHC|BMC"
                              r"(?:\s+Complex)?)$")
# A building that an act is put beside ("were detained near the Civil Hospital", "shot outside
# the clinic") is a landmark of the scene: the wounded are taken to a hospital or treated in
# it, never "near" it, so these prepositions name the spot where the act happened.
_LANDMARK_BEFORE = re.compile(r"\b(?:near|outside|opposite|in\s+front\s+of|close\s+to)\s+"
                              r"(?:the\s+|a\s+)?$", re.IGNORECASE)
# a hospital named with its town after it: "near Karim Hospital in Turbat"
_HOSPITAL_IN = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}Hospital\s+in\s+(?:the\s+)?$")


def _beside_act(before: str) -> bool:
    """Whether the text before a building puts an act beside it ("were detained near the")."""
    return _LANDMARK_BEFORE.search(before) is not None and _EVENT_AT.search(before) is not None


# people taken from a place: "abducted from near Karim Hospital", "picked up from the area close
# to the clinic"
_TAKEN_FROM_SITE = re.compile(r"\bfrom\s+(?:the\s+|a\s+)?(?:(?:same|nearby)\s+)?"
                              r"(?:(?:vicinity|area)\s+"
                              r"(?:close\s+to|near|of)\s+|(?:near|outside|inside|opposite|"
                              r"in\s+front\s+of|close\s+to)\s+)?(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class PlaceHit:
    mention: str
    start: int
    end: int
    place: Place | None
    method: str
    score: float
    suggestions: tuple[tuple[str, float], ...] = ()
    role: str = "incident"
    note: str = ""

    @property
    def resolved(self) -> bool:
        return self.place is not None


@dataclass
class PlaceFinder:
    """Per-gazetteer lookup tables and a resolution cache; reuse one across many reports."""

    gazetteer: Gazetteer
    keys: set[str] = field(default_factory=set)
    sounds: set[str] = field(default_factory=set)
    max_words: int = 1
    _cache: dict[tuple[str, str | None], Resolution] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for place in self.gazetteer.places.values():
            for name in (place.name, *place.aliases):
                key, _ = mention_key(name)
                if key:
                    self.keys.add(key)
                    self.sounds.add(sound_key(name))
                    self.max_words = max(self.max_words, len(key.split()))
        self.sounds.discard("")

    def resolve(self, mention: str, hint: str | None = None) -> Resolution:
        k = (mention, hint)
        res = self._cache.get(k)
        if res is None:
            if len(self._cache) > 50_000:
                self._cache.clear()  # unbounded text must not grow memory without bound
            res = self.gazetteer.resolve(mention, district_hint=hint)
            self._cache[k] = res
        return res

    def known_as_written(self, mention: str) -> bool:
        return mention_key(mention)[0] in self.keys

    def known(self, mention: str) -> bool:
        """Whether the gazetteer holds the mention as written, in a spelling variant or typed
        with letters out of place."""
        return mention_key(mention)[0] in self.keys \
            or sound_key(mention, FUZZY_MIN_LETTERS) in self.sounds \
            or self.gazetteer.known_with_moved_letters(mention)


def _district_suffix(text: str, end: int, hi: int) -> int:
    m = re.match(r"\s+(?:district|District|DISTRICT|Distt\.?)(?![\w])", text[end:min(hi, end + 12)])
    return end + m.end() if m else end


_DIVISION_AFTER = re.compile(r"\s+division\b")


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < b and a < e for a, b in spans)


class _Marks:
    """Which characters of text[lo:hi] are taken; an overlap check costs the span's length."""

    def __init__(self, lo: int, hi: int, spans: list[tuple[int, int]] = ()) -> None:
        self.lo = lo
        self.marks = bytearray(max(0, hi - lo))
        for span in spans:
            self.append(span)

    def _clamp(self, s: int, e: int) -> tuple[int, int]:
        return max(s - self.lo, 0), min(e - self.lo, len(self.marks))

    def append(self, span: tuple[int, int]) -> None:
        a, b = self._clamp(*span)
        if b > a:
            self.marks[a:b] = b"\x01" * (b - a)

    def overlaps(self, s: int, e: int) -> bool:
        a, b = self._clamp(s, e)
        return b > a and any(self.marks[a:b])


def find_places(text: str, lo: int, hi: int, finder: PlaceFinder,
                blocked: list[tuple[int, int]],
                persons: list[tuple[int, int]] | None = None) -> list[PlaceHit]:
    """Place mentions in one sentence text[lo:hi]; `blocked` spans (claimant names) are skipped,
    and so are `persons` (an official's own name: "SHO Javed Lehri" names no place Lehri)."""
    persons = persons or []
    blocked = [*blocked, *persons]
    hits: list[PlaceHit] = []
    # Marks, not span lists: checking each candidate against every span taken so far was
    # quadratic in a sentence with thousands of places (a hostile text with no full stops).
    taken = _Marks(lo, hi)
    blocked_marks = _Marks(lo, hi, blocked)

    # 0. Hospitals named with their town: the facility is the mention, the town its place.
    # A speaker's name may take the hospital's words ("the medical superintendent of the District
    # Headquarters Hospital Loralai said"): the hospital is still the place, unless its town is
    # part of a name.
    for hit in _facilities(text, lo, hi, finder, blocked_marks):
        if not taken.overlaps(hit.start, hit.end):
            hits.append(hit)
            taken.append((hit.start, hit.end))

    # 1. Localities named with their district: the district decides, even for unknown localities.
    for m in _LOCALITY.finditer(text, lo, hi):
        loc_g = "loc" if m.group("loc") else ("loc2" if m.group("loc2") else "loc3")
        dist_g = {"loc": "dist", "loc2": "dist2", "loc3": "dist3"}[loc_g]
        dist_text = m.group(dist_g)
        d_s = m.start(dist_g)
        # "In Kalat's Makai area": a sentence's opening preposition is no part of the container
        lead = _LEAD_WORD.match(dist_text)
        if lead and lead.end() < len(dist_text):
            d_s += lead.end()
            dist_text = text[d_s:m.end(dist_g)]
        has_dw = bool(m.group("dw") or m.group("dw2")) if loc_g != "loc3" else False
        dist_res = finder.resolve(dist_text + (" District" if has_dw else ""))
        if dist_res.place is None or dist_res.place.district is None:
            continue
        district = finder.gazetteer.district_place(dist_res.place.district)
        loc_s, loc_e = m.start(loc_g), m.end(loc_g)
        loc_text = m.group(loc_g)
        # "In Gandawa, in Jhal Magsi district": a sentence's opening preposition is no part of
        # the name (only such words: "Muslim Bagh" keeps its "Muslim")
        lead = _LEAD_WORD.match(loc_text)
        if lead and lead.end() < len(loc_text):
            loc_s += lead.end()
            loc_text = text[loc_s:loc_e]
        # "in Balochistan's Kalat district": a possessive before the district is its province
        if name_key(loc_text) in _NOT_PLACE or blocked_marks.overlaps(loc_s, loc_e) \
                or loc_text.endswith(("'s", "’s")):
            continue
        res = finder.resolve(loc_text, dist_res.place.district)
        if res.place is not None and res.place.district == dist_res.place.district:
            hits.append(PlaceHit(loc_text, loc_s, loc_e, res.place, res.method, res.score,
                                 res.suggestions))
        elif res.place is not None and res.place.kind in ("country", "province"):
            # "a picket on the frontier with Iran in Panjgur district": a country or a province
            # holds districts and never lies inside one; the phrase only says where along it the
            # spot is, so both names are left to the ordinary search and the district keeps its
            # own role
            continue
        elif district is not None:
            hits.append(contained(
                loc_text, loc_s, loc_e, district,
                f"the same phrase puts it in {dist_text}: {quoted(text, m.start(), m.end())!r}",
                suggestions=res.suggestions,
                known=f"in the gazetteer only in {res.place.district}" if res.place else ""))
        else:
            continue
        taken.append((loc_s, loc_e))
        d_e = _district_suffix(text, m.end(dist_g), hi)
        if not taken.overlaps(d_s, d_e):
            hits.append(PlaceHit(text[d_s:d_e], d_s, d_e, dist_res.place, dist_res.method,
                                 dist_res.score, dist_res.suggestions))
            taken.append((d_s, d_e))

    # 1b. A locality the gazetteer lacks, said to lie in a place it knows: "a mine in Marwar, in
    # the Bolan area", "a raid in Shapuk in Kech". The text states the containment, so the
    # locality is placed in that place's district (district precision), never at a guessed point.
    for m in (*_LOCALITY_IN.finditer(text, lo, hi), *_LOCALITY_APPOS.finditer(text, lo, hi)):
        if m.re is _LOCALITY_IN and m.group("on") and not m.group("work"):
            continue
        loc_s, loc_e = m.span("loc")
        d_s, d_e = m.span("dist")
        loc_text, dist_text = m.group("loc"), m.group("dist")
        first = re.match(r"\S+\s+", loc_text)
        # "In Khudabadan" loses its "In"; "Civil Hospital Chowk" stays whole, as a name that
        # ends in a spot word opens a place whatever its first word (_opens_place)
        while first and name_key(first.group(0)) in _NOT_PLACE and not _opens_place(loc_text):
            loc_s += first.end()
            loc_text = text[loc_s:loc_e]
            first = re.match(r"\S+\s+", loc_text)
        # "from Minaz Tehsil Buleda in Kech": an address, a village and then the tehsil (union
        # council, district) it lies in, as forms and official lists write it. The village's
        # name ends before the office word; the office's own name is left to the search for
        # names the gazetteer holds.
        inner = _ADDRESS_WORD.search(loc_text)
        if inner and finder.known(loc_text[inner.end():]):
            loc_e = loc_s + inner.start()
            loc_text = text[loc_s:loc_e]
        if taken.overlaps(loc_s, loc_e) or blocked_marks.overlaps(loc_s, d_e) \
                or not _opens_place(loc_text) or finder.known(loc_text) \
                or not finder.known(dist_text):
            continue
        dist_res = finder.resolve(dist_text)
        container = dist_res.place
        if container is None or container.province != "Balochistan" or not container.district:
            continue
        district = finder.gazetteer.district_place(container.district)
        if district is None:
            continue
        hits.append(contained(
            loc_text, loc_s, loc_e, district,
            f"the same phrase puts it in {dist_text}: {quoted(text, m.start(), m.end())!r}"))
        taken.append((loc_s, loc_e))

    # 1c. A name the gazetteer knows only in another district, which the text puts inside a
    # place: "Turbat's Satellite Town" (not Quetta's: many towns have one), "an army camp in
    # Kolwah, Kech" (a valley two districts share). The text's container decides, at district
    # precision, as for a locality the gazetteer lacks.
    for m in _TOWN_PART.finditer(text, lo, hi):
        g = next(n for n in ("loc", "loc2", "loc3") if m.group(n))
        loc_s, loc_e = m.span(g)
        loc_text = m.group(g)
        # ("Civil" opens no place, but "Khuzdar's Civil Colony" is one)
        if taken.overlaps(loc_s, loc_e) or blocked_marks.overlaps(m.start(), m.end()) \
                or (name_key(loc_text.split()[0]) in _NOT_PLACE
                    and not (m.group("loc") and _TOWN_PART_WORD.search(loc_text))):
            continue
        own = finder.resolve(loc_text).place
        opener = _LEAD_WORD.match(m.group("town") or "")
        if m.group("loc"):  # "At Kalat's Sheikh Zaid Gate": the opening word is no part of it
            container = finder.resolve(m.group("town")[opener.end() if opener else 0:]).place
        elif m.group("loc2"):
            container = finder.resolve(m.group("dist")).place
        else:  # "in the city's Satellite Town": the town the report is filed from
            container = report_town(text, finder)
        # A part of a town the gazetteer lacks, named as a street, square, colony or market of
        # it ("Nushki's Mengal Colony", "Kalat's Shahi Bazaar"): the name says what it is, the
        # possessive where it lies. Other unknown names after a possessive stay unresolved
        # ("Quetta's Governor").
        unknown_part = own is None and bool(m.group("loc")) and not finder.known(loc_text) \
            and (bool(_TOWN_PART_WORD.search(loc_text)) or opener is not None
                 or _SPATIAL_OPENS.search(text, max(lo, m.start() - 12), m.start()) is not None)
        if (own is None and not unknown_part) or container is None \
                or container.province != "Balochistan" or not container.district \
                or (own is not None and own.district == container.district) \
                or (m.group("dist") and container.kind != "district"):
            continue
        district = finder.gazetteer.district_place(container.district)
        if district is None:
            continue
        hits.append(contained(
            loc_text, loc_s, loc_e, district,
            f"the same phrase puts it in {container.name}: "
            f"{quoted(text, m.start(), m.end())!r}",
            known=f"in the gazetteer only in {own.district}" if own is not None else ""))
        taken.append((loc_s, loc_e))

    # 1c2. A square, market or colony written with its town after it and no comma ("a blast on
    # Karim Dad Chowk Turbat", "shops in Nawab Market Kalat"), as a hospital is ("Civil Hospital
    # Quetta"): one mention, placed in the town's district at district precision.
    for m in _SPOT_THEN_TOWN.finditer(text, lo, hi):
        spot_s = m.start("spot")
        lead = _LEAD_WORD.match(m.group("spot"))
        if lead:  # "In Karim Chowk Turbat": the opening word is no part of the name
            spot_s += lead.end()
        spot = text[spot_s:m.end("spot")]
        if taken.overlaps(spot_s, m.end()) or blocked_marks.overlaps(spot_s, m.end()) \
                or not _opens_place(spot) or finder.known(spot) \
                or not finder.known_as_written(m.group("town")):
            continue
        town = finder.resolve(m.group("town")).place
        if town is None or town.kind != "town" or town.province != "Balochistan" \
                or not town.district:
            continue
        district = finder.gazetteer.district_place(town.district)
        if district is None:
            continue
        hits.append(contained(
            text[spot_s:m.end()], spot_s, m.end(), district,
            f"named with its town {town.name}: {quoted(text, spot_s, m.end())!r}"))
        taken.append((spot_s, m.end()))

    # 1d. A road named after another town, said to lie in the town it runs through: "a shop on
    # the Kalat Road in Mastung", "near the Surab Road bus stand in Khuzdar". The road is a
    # street of the second town, not the first town itself.
    for m in _ROAD_IN_TOWN.finditer(text, lo, hi):
        road_s, road_e = m.span("road")
        if taken.overlaps(road_s, road_e) or blocked_marks.overlaps(road_s, m.end()) \
                or not finder.known(m.group("named")) or not finder.known(m.group("town")):
            continue
        named = finder.resolve(m.group("named")).place
        container = finder.resolve(m.group("town")).place
        if named is None or container is None or container.province != "Balochistan" \
                or container.kind != "town" or not container.district \
                or named.district == container.district:
            continue
        district = finder.gazetteer.district_place(container.district)
        if district is None:
            continue
        hits.append(contained(
            m.group("road"), road_s, road_e, district,
            f"the same phrase puts it in {container.name}: "
            f"{quoted(text, m.start(), m.end())!r}", known=f"named after {named.name}"))
        taken.append((road_s, road_e))

    # 1e. An institution's name with "of" inside, which a run of capitalised words never spans:
    # "near the University of Turbat". Taken whole when the gazetteer knows the whole name.
    # A region named with "and" inside is taken whole the same way: "Iran's Sistan and
    # Balochistan province" is Iran's, and its "Balochistan" is no mention of the province.
    for m in (*_NAME_WITH_OF.finditer(text, lo, hi), *_NAME_WITH_AND.finditer(text, lo, hi)):
        if taken.overlaps(*m.span()) or blocked_marks.overlaps(*m.span()) \
                or not finder.known(m.group(0)):
            continue
        res = finder.resolve(m.group(0))
        hits.append(PlaceHit(m.group(0), m.start(), m.end(), res.place, res.method, res.score,
                             res.suggestions))
        taken.append(m.span())

    # 2a. A route named by its ends, "the Quetta-Karachi highway", or a border by its sides,
    # "the Pakistan-Afghanistan border": both ends, both context. Pages drop the hyphen ("the
    # Quetta Karachi Highway"): then both words must be places, so "the Makran Coastal Highway"
    # keeps Makran.
    spaced = [m for m in _ROUTE_NAME_SPACED.finditer(text, lo, hi)
              if finder.known(m.group(1)) and finder.known(m.group(2))]
    for m in [*_ROUTE_NAME.finditer(text, lo, hi), *spaced]:
        ends = 0
        for g in (1, 2):
            s, e = m.span(g)
            if finder.known(text[s:e]) and not taken.overlaps(s, e) \
                    and not blocked_marks.overlaps(s, e):
                res = finder.resolve(text[s:e])
                hits.append(PlaceHit(text[s:e], s, e, res.place, res.method, res.score,
                                     res.suggestions, role="context"))
                taken.append((s, e))
                ends += 1
        road = _ROUTE_WORD.match(text, m.end(2), hi)
        if ends and road:
            # the road itself, a line through the districts between its ends: unresolved here,
            # it takes the district its sentence or paragraph puts it in ("the Quetta-Taftan
            # highway at Kardgap in Mastung"), never an end's (settle_unknown_places)
            hits.append(PlaceHit(text[m.start():road.end()], m.start(), road.end(), None,
                                 ROUTE, 0.0, note="a road named by its ends"))

    # 2. Gazetteer names and aliases written as proper nouns; longest n-gram first.
    for run in RUN_RE.finditer(text, lo, hi):
        words = list(re.finditer(r"\S+", run.group(0)))
        i = 0
        while i < len(words):
            matched = False
            for n in range(min(finder.max_words + 1, len(words) - i), 0, -1):
                s = run.start() + words[i].start()
                e = run.start() + words[i + n - 1].end()
                if taken.overlaps(s, e) or blocked_marks.overlaps(s, e):
                    continue
                if text[e - 2:e] in ("'s", "’s"):
                    e -= 2  # "Pakistan's military": the place without its possessive
                # "a Karachi-bound bus", "India-sponsored", "Iran-backed": the place, a context
                suffix = re.search(r"-[a-z][a-z-]*$", text[s:e])
                if suffix:
                    e -= len(suffix.group(0))
                mention = text[s:e]
                if words[i].group(0) in ("The", "the") or not finder.known(mention):
                    continue
                # a spelling variant inside a longer name ("Kalay Peerabad") is that name's
                # part, not the place: a fold alone never splits a run after a name word; a
                # possessive ends the name before it ("Balochistan's Nuskhi district")
                if i > 0 and not finder.known_as_written(mention) \
                        and name_key(words[i - 1].group(0)) not in _NOT_PLACE \
                        and not words[i - 1].group(0).endswith(("'s", "’s")):
                    continue
                e2 = _district_suffix(text, e, hi)
                # "across Kalat division": the division, not its headquarters town (the run
                # stops at the lower-case word)
                div = _DIVISION_AFTER.match(text, e, hi)
                if e2 == e and div and finder.known_as_written(f"{mention} Division"):
                    e2 = div.end()
                res = finder.resolve(text[s:e2])
                hits.append(PlaceHit(text[s:e2], s, e2, res.place, res.method, res.score,
                                     res.suggestions))
                taken.append((s, e2))
                i += n
                matched = True
                break
            if not matched:
                i += 1

    # 2b. A place inside a speaker's name ("the Balochistan government", "Islamabad said"): the
    # report names the place, as the seat of whoever speaks, so it is kept, as context.
    for a, b in blocked:
        if (a, b) in persons:
            continue
        a, b = max(a, lo), min(b, hi)
        for word in re.finditer(r"[A-Z]\S*", text[a:b]):
            s = a + word.start()
            span = _longest_known(text, s, b, finder, from_left=True)
            if span is None or taken.overlaps(*span) or text[s:span[1]] in ("The", "the"):
                continue
            res = finder.resolve(text[s:span[1]])
            hits.append(PlaceHit(text[s:span[1]], s, span[1], res.place, res.method, res.score,
                                 res.suggestions, role="context",
                                 note="a place in a speaker's name"))
            taken.append(span)

    # 2c. A national highway or motorway by its number ("the N-65 highway", "along the N-25"): a
    # line across districts, never one point, so it is reported unresolved for a reviewer.
    for m in _ROAD_NUMBER.finditer(text, lo, hi):
        if taken.overlaps(*m.span()) or blocked_marks.overlaps(*m.span()) or not (
                _ROAD_AFTER.match(text, m.end(), hi)
                or _ROAD_BEFORE.search(text[max(lo, m.start() - 12):m.start()])):
            continue
        hits.append(PlaceHit(m.group(0), *m.span(), None, "road_number", 0.0,
                             note="a national highway: a line across districts, no point"))
        taken.append(m.span())

    # 3. Capitalised words in a place slot that the gazetteer lacks: unresolved, never dropped.
    # (the known places' ends and starts, for a name listed beside one: sets, not a scan of
    # every hit for every run, which was quadratic in a hostile sentence of thousands)
    known_ends = {h.end for h in hits if h.place is not None}
    known_starts = {h.start for h in hits if h.place is not None}
    for run in RUN_RE.finditer(text, lo, hi):
        s, e = run.start(), run.end()
        if taken.overlaps(s, e) or blocked_marks.overlaps(s, e):
            continue
        mention = run.group(0)
        words = mention.split()
        # a facility named after a person runs longer ("Sardar Karim Khan Memorial Hospital")
        if len(words) > (6 if _TOWN_SPOT_WORD.search(mention) else 3) \
                or not _opens_place(mention) or mention.isupper():
            continue
        slot = _PLACE_SLOT.search(text, max(lo, s - 80), s)
        noun_after = re.match(rf"\s+(?:{PLACE_NOUNS})\b", text[e:min(hi, e + 25)])
        # "a bakery on Faqir Dost Road": a name that ends as a street or landmark is a place
        # after any preposition
        spot = len(words) > 1 and _TOWN_SPOT_WORD.search(mention) is not None \
            and re.search(r"\b(?:(?:on|at|near|outside|inside|of|to|from|in)\s+(?:the\s+)?|"
                          r"(?:city|town)(?:'s|’s)\s+)$",
                          text[max(lo, s - 12):s]) is not None
        # a name listed beside a place the gazetteer knows, in a spelling close to one it
        # knows: "from Zhob (4) and Gowadar (3)", "Quetta, Kech, Maskay and Awaran"
        peer = _listed_beside(text, s, e, known_ends, known_starts)
        if not slot and not noun_after and not spot and not peer:
            continue
        if slot and not noun_after and s == lo:
            continue
        if re.match(r"\s*(?:'s|’s)\s", text[e:e + 4]) and not noun_after:
            continue
        res = finder.resolve(mention)
        if peer and not (slot or noun_after or spot) and (
                res.place is None or res.score < _PEER_SPELLING):
            continue
        spatial = re.search(r"\b(?:near|outskirts\s+of|vicinity\s+of|village\s+of|area\s+of|"
                            r"(?:residents?|natives?)\s+of)\s+"
                            r"(?:the\s+)?$", text[max(lo, s - 30):s])
        if not noun_after and not spatial and not spot and res.place is None \
                and not any(sc >= 60 for _, sc in res.suggestions):
            continue  # "in Washington Post", "at Eid": nothing place-like about it
        hits.append(PlaceHit(mention, s, e, res.place, res.method, res.score, res.suggestions))
        taken.append((s, e))
        if res.place is not None:
            known_ends.add(e)
            known_starts.add(s)
    hits.sort(key=lambda h: h.start)
    if any(h.place is not None and mention_key(h.mention)[0] == "qalat" for h in hits) \
            and _ZABUL.search(text, lo, hi):
        # "Qalat" is Kalat's alias, but beside Zabul it is that province's capital: no place
        # of the gazetteer's (kept as an unknown name, as a town abroad it does not hold)
        hits = [PlaceHit(h.mention, h.start, h.end, None, "unresolved", 0.0, [])
                if h.place is not None and mention_key(h.mention)[0] == "qalat" else h
                for h in hits]
    return hits


_ZABUL = re.compile(r"\bZabul\b")


def _opens_place(name: str) -> bool:
    """Whether a capitalised run can name a place: not when its first word never opens one (a
    month, a title, a people, "Civil"), unless that word is the first of two or more ending in
    a facility or a town's part ("Civil Hospital", "Baloch Hospital", "Police Colony"). An
    opening preposition or article ("In", "The") never opens one."""
    words = name.split()
    if name_key(words[0]) not in _NOT_PLACE or (words[0] == "District" and len(words) > 1):
        return True  # "District Kharan", as an official writes it, is the district
    return len(words) > 1 and not _LEAD_WORD.match(name) \
        and _TOWN_SPOT_WORD.search(name) is not None


def _longest_known(text: str, start: int, end: int, finder: PlaceFinder,
                   from_left: bool) -> tuple[int, int] | None:
    """The longest gazetteer name in the capitalised words that start (or end) text[start:end]."""
    if from_left:
        run = RUN_RE.match(text, start, end)
        if run is None:
            return None
        words = list(re.finditer(r"\S+", run.group(0)))[:finder.max_words]
        for n in range(len(words), 0, -1):
            e = run.start() + words[n - 1].end()
            if finder.known(text[run.start():e]):
                return run.start(), e
        return None
    tail = re.search(rf"(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,{finder.max_words - 1}}}$",
                     text[start:end])
    if tail is None:
        return None
    words = list(re.finditer(r"\S+", tail.group(0)))
    for i in range(len(words)):
        s = start + tail.start() + words[i].start()
        if text[s:end] not in ("The", "the") and finder.known(text[s:end]):
            return s, end
    return None


def _facilities(text: str, lo: int, hi: int, finder: PlaceFinder,
                blocked: _Marks) -> list[PlaceHit]:
    """Hospitals named with their town, as one mention placed at the town (context, unless the
    hospital itself was attacked)."""
    out: list[PlaceHit] = []
    if "ospital" not in text[lo:hi] and not re.search(r"CMH|RHC|BHU|Cent(?:re|er)|Unit|[Cc]lub",
                                                      text[lo:hi]):
        return out
    found: list[tuple[int, int, int, int, bool]] = []  # facility and town start/end, a club?
    for m in _FACILITY_BEFORE.finditer(text, lo, hi):
        town = _longest_known(text, m.end(), hi, finder, from_left=True)
        if town is not None:
            found.append((m.start(), town[1], *town, False))
    for m in _FACILITY_AFTER.finditer(text, lo, hi):
        town = _longest_known(text, max(lo, m.start() - 60), m.start(), finder, from_left=False)
        if town is not None and not any(a < m.end() and town[0] < b for a, b, *_ in found):
            found.append((town[0], m.end(), *town, m.group("club") is not None))
    for s, e, ts, te, club in sorted(found):
        if blocked.overlaps(ts, te):
            continue
        res = finder.resolve(text[ts:te])
        if res.place is None:
            continue
        before = text[max(lo, s - 90):s]
        attacked = _ATTACK_AT.search(before) is not None or (
            club and _EVENT_AT.search(before) is not None)
        out.append(PlaceHit(text[s:e], s, e, res.place, res.method, res.score, res.suggestions,
                            role="incident" if attacked else "context",
                            note=f"a building named with its town {res.place.name}"))
    return out


# (the far end may take more words: "the Loralai-Dera Ghazi Khan highway")
_ROUTE_NAME = re.compile(r"\b([A-Z][A-Za-z]+)\s*-\s*([A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,2}?)"
                         r"(?=\s+(?:[Nn]ational\s+)?"
                         r"(?:[Hh]ighway|[Mm]otorway|[Rr]oad|[Rr]ailway|[Rr]oute|[Tt]rain|"
                         r"[Cc]oach|[Bb]us|[Ff]light|(?:[Tt]ransmission\s+|[Pp]ower\s+)?[Ll]ine|"
                         r"[Pp]ipeline|[Bb]order|[Ff]rontier|[Bb]oundary|"
                         # a railway's or a road's stretch: "the Quetta-Sibi section"
                         r"[Ss]ection|[Ss]tretch|[Tt]rack)|"
                         # a passenger train named by its ends: "the Sibi-Lahore Akbar Express"
                         r"(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:Express|Mail)\b)")
# the road word after a route's ends ("-Karachi National Highway"): the road is a place too
_ROUTE_WORD = re.compile(r"[ \t]+(?:[Nn]ational[ \t]+)?(?:[Hh]ighway|[Mm]otorway|[Rr]oad)\b")
ROUTE = "route"
_ROUTE_NAME_SPACED = re.compile(r"\b([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)(?=[ \t]+(?:[Nn]ational[ \t]+)?"
                                r"(?:[Hh]ighway|[Mm]otorway|[Rr]ailway|[Rr]oad)\b)")


# A capital named for its government ("Islamabad alleges ...", "a ceasefire between the TTP
# and Islamabad", "recalled its ambassador from Tehran"): the state that speaks or is dealt
# with, as a country is (see role_of), not where something happened.
_CAPITAL = re.compile(r"(?:Islamabad|Tehran|Kabul|New\s+Delhi|Delhi|Beijing|Washington|Moscow|"
                      r"Riyadh)$")
_CAPITAL_SPEAKS_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+|also\s+)?(?:alleg|accus|claim|"
                                   r"blam|den(?:y|ie)|said|says|insist|maintain|warn|demand|urg|"
                                   r"want|reject|condemn|respond|retaliat|summon|recall)\w*\b")
_CAPITAL_DEALT_WITH_BEFORE = re.compile(
    r"\b(?:between\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}and|(?:recall\w*|summon\w*|expell?\w*|"
    r"withdr[ae]w\w*)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}(?:ambassador|envoy|diplomats?|"
    r"high\s+commissioner)\s+(?:from|to|in))\s+$", re.IGNORECASE)
# A place that names a project ("engineers of the Saindak copper project", "staff of the Saindak
# project"): the undertaking, not where something happened, unless the act falls on it
# ("militants attacked the Reko Diq project camp" puts a target word before it).
_PROJECT_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)*\s+(?:(?:mining|copper|"
                            r"gold|gas|coal|power|hydropower|development)\s+)?projects?\b")


def seat_of_a_teller(text: str, hit: PlaceHit, lo: int, hi: int) -> bool:
    """Whether the place is where a body that tells sits: "media outlets in Quetta reported",
    "a hospital in the town of Chaman reported three wounded" (see _BODY_IN)."""
    return _BODY_IN.search(text, max(lo, hit.start - 90), hit.start) is not None and \
        _BODY_TELLS_AFTER.match(text[hit.end:min(hi, hit.end + 40)]) is not None


def role_of(text: str, hit: PlaceHit, lo: int, hi: int) -> str:
    """'context' for home towns, route ends, headquarters, speakers' locations; else by sentence."""
    if hit.role == "context":
        return "context"  # decided where it was found (the ends of a named route)
    if hit.place is not None and hit.place.kind == "country":
        # The province's news names a country as a state that speaks, is accused, sits across
        # a border or is the address of a place, not as where an incident happened: a scene
        # inside a country is named by its town or area (round 17; the gold of real2..real14
        # holds a country as context in 39 of 40 mentions).
        return "context"
    before = text[max(lo, hit.start - 90):hit.start]
    after = text[hit.end:min(hi, hit.end + 40)]
    if _CAPITAL.match(hit.mention) and (_CAPITAL_SPEAKS_AFTER.match(after)
                                        or _CAPITAL_DEALT_WITH_BEFORE.search(before)):
        return "context"  # "Islamabad alleges ...": the state, as a country named is
    if _PROJECT_AFTER.match(text, hit.end, hi) and not _TARGET_BEFORE.search(before):
        return "context"  # "engineers of the Saindak copper project"
    if is_dateline(text, hit) or _dateline_address(text, hit):
        # a dateline ("QUETTA:", "KARACHI/QUETTA, Aug 22 -") says where filed, and so does the
        # address it gives its town ("Mastung, Balochistan:")
        return "context"
    if is_health_facility(hit.mention) and not (
            _ATTACK_AT.search(before) or _TARGET_BEFORE.search(before)
            or _TAKEN_FROM_SITE.search(before)
            or _beside_act(before)):
        # a hospital named alone ("the Civil Hospital", "the Rural Health Centre") is where the
        # wounded were treated or the bodies kept, as one named with its town is, whatever the
        # sentence's other verbs ("took in two bodies and five wounded from ..."); attacked,
        # people taken from it, or an act put beside it ("detained near Karim Hospital") it is
        # the scene
        return "context"
    if in_caption(text, hit.start) and not _caption_news(text, hit.start):
        return "context"  # a photo caption shows a scene, not the incident's place
    link_start = _line_start(text, hit.start, 200)
    if link_start is not None and _STORY_LINK.match(text, link_start, hit.start):
        return "context"  # "Read more: Post attacked in Zamuran": another story's headline
    if _FAMILY_IN.search(before) and _SAID_AFTER.match(after):
        return "context"  # "his family in Turbat said": where a speaker is, not what happened
    if _COURT_IN.search(before) and _COURT_ACTS.match(after):
        return "context"  # "the court in Quetta ordered": its seat
    if hit.place is not None and hit.place.kind == "province" \
            and _ADDRESS_BEFORE.search(before) and _ADDRESS_END.match(after):
        # "from Panjgur, Balochistan": the town's address, context here; settle_addresses makes
        # it the scene where the town is the scene
        return "context"
    if hit.place is not None and hit.place.kind == "province" \
            and _ADDRESS_IN_BEFORE.search(before):
        return "context"  # "Muslim Bagh in Pakistan's Balochistan province": as above
    if (_BACKGROUND_AFTER.match(text, hit.end, min(hi, hit.end + 160))
            and not _SCENE_BEFORE.search(before)):
        return "context"  # "Balochistan, where separatists have waged an insurgency for decades"
    if _ADDRESSED_AFTER.match(after) and _ADDRESSED_BEFORE.search(before):
        return "context"  # "Amnesty urged Pakistan to release ...": a state asked to act
    if _SEAT_IN.search(before) or _WORDS_GIVEN_AT.search(before):
        # "the Afghan embassy in Islamabad condemned": where a speaker sits; "in a speech
        # given at Oslo": where words were said
        return "context"
    if seat_of_a_teller(text, hit, lo, hi) or (
            _FORCE_IN.search(before) and _FILED_AFTER.match(after)):
        # "media outlets in Quetta reported", "an officer of the Interior Department in Quetta told
        # reporters", "the CTD in Quetta registered a case": where a body that tells or files sits
        # ("police in Quetta arrested two men" is an act there, and "police in Turbat said two
        # men were shot dead" often tells of the town itself: the police only by what they file)
        return "context"
    if _ARRIVED_IN.search(before) or (_SECURITY_IN.search(before)
                                      and _SECURITY_RAISED.match(text, hit.end, hi)):
        # "the freed passengers arrived in Quetta": where a journey ended; "security in and
        # around Chaman has been beefed up": a measure after the act, not the act's place
        return "context"
    if _HEARD_IN.search(before):
        return "context"  # "the explosion was heard as far as Jinnah Town"
    if _HELP_FROM.search(before):
        return "context"  # "reinforcements from Jiwani and Pasni reached the spot"
    if (home := _NAMED_HOME.search(before)) and not _TAKEN_BEFORE.search(before, 0, home.start()):
        return "context"  # "bus drivers Jalal Din from Quetta and ... were also killed"
    if _TITLE_IN.search(before) and after.startswith(","):
        return "context"  # "Ali Khan, the deputy commissioner in Pishin, said": a post's seat
    if _ADDRESS_OF_PEOPLE_BEFORE.search(before) or _ADDRESS_OF_PEOPLE_AFTER.match(after):
        return "context"  # "cards showing addresses in Punjab", "Punjab addresses": homes
    if text[lo:hit.start] in ("In ", "in ") and _SPOKE_AFTER.match(text, hit.end, hi) \
            and not _COUNT_AFTER.search(text, hit.end, hi):
        # "In Islamabad, Interior Minister Ali Raza condemned ...": a sentence that opens on a
        # place and goes on to what an official said there tells where a reaction came from
        return "context"
    if hit.place is not None and hit.place.kind == "province" and (
            _CAPITAL_OF.search(before) or _AGENCY_IN.search(before)
            or _AGENCY_AFTER.match(after)
            or _GENERIC_INQUIRY.search(text, max(lo, hit.start - 200), hit.start)
            or _CALL_TO_END.search(text, max(lo, hit.start - 160), hit.start)
            or ((_STATE_OF_AFFAIRS_IN.search(before) or _CHARACTERISED_AFTER.match(after))
                and not _POSSESSIVE_AFTER.match(after))
            or _OPERATES_IN.search(before) or _HOMES_IN.search(before)
            or _ENTERED.search(before)):
        # "the provincial capital of Balochistan" (the capital is the scene), "the CTD in
        # Balochistan", "the Balochistan Levies" (a force's remit), "demanded an inquiry into
        # all enforced disappearances in Balochistan" (a call about the province at large),
        # "a growing crisis in Balochistan" (a state of affairs), "a group operating mainly in
        # Sistan and Balochistan" (a group's ground), "drivers from Sadiqabad and Bahawalpur in
        # the Punjab province" (the homes' province), "suspects have entered Balochistan" (a
        # movement): the province is named, and nothing is said to have happened in it
        return "context"
    if "traffic" in before and _TRAFFIC_BETWEEN.search(before) \
            and _DISRUPTED.search(text, lo, hi):
        return "context"  # "traffic between Hub and other towns was disrupted": a knock-on
    # ("in Wana, South Waziristan, troops ...": a town's address, before the
    # clause's subject, is no state acting)
    if _ACTORS_AFTER.match(after) and not _SCENE_BEFORE.search(before) and not (
            _ADDRESS_BEFORE.search(before) and _SCENE_BEFORE.search(
                before, 0, _ADDRESS_BEFORE.search(before).start())):
        return "context"  # "coordination between Islamabad, the military and ...": a state
    if _TALLY_AFTER.match(after) and _TALLY_BEFORE.search(before):
        return "context"  # "the fourth journalist killed in Balochistan this year"
    # "the line feeding Naseerabad was blown up near Dera Murad Jamali": an act put at the place
    # by a preposition of its own clause outweighs a knock-on named before it
    if (_KNOCK_ON.search(before) and not _EVENT_AT.search(before)) or _COMPARED.search(before):
        return "context"
    if "from" in before and _EVENTS_FROM.search(before):
        return "incident"  # "most of the cases were from Kech, Awaran and Panjgur"
    if _SITE_AFTER.match(after) and _EVENT_AT.search(before):
        return "incident"  # "arrested outside the Quetta Press Club": a site, not a body
    if "eadquarter" in before and _HQ_SITE.search(before) and _incident_sentence(text, lo, hi):
        return "incident"  # "a bomber struck the FC headquarters in Quetta": the site attacked
    if "office" in before and _OFFICE_SITE.search(before) and _incident_sentence(text, lo, hi):
        return "incident"  # "blasts outside election offices in Pishin": the office is the site
    if "hospital" in before and _HOSPITAL_SITE.search(before) and _incident_sentence(text, lo, hi):
        return "incident"  # "a blast near a school and a hospital in Mastung": the scene
    if "Hospital" in before and (named := _HOSPITAL_IN.search(before)) \
            and _beside_act(before[:named.start()]):
        return "incident"  # "detained near Karim Hospital in Turbat": the landmark's town
    # "on the border between Kohlu and Barkhan districts" names two regions the spot lies on the
    # edge of, each of them its scene as much as the other: neither a border's far side ("the
    # border with Iran") nor a stretch's two ends ("between Quetta and Karachi")
    regions = "between" in before and _REGIONS_AFTER.match(after) is not None
    if (_CONTEXT_BEFORE.search(before) and not _CROSSED_INTO.search(before) and not regions
            and not _IN_NEIGHBOURING.search(before) and not _IN_HOLDER.search(before)
            and not _FOUGHT_WITH_IN.search(before)) \
            or _CONTEXT_AFTER.match(after) or _OFFICE_OF.search(before) \
            or (hit.place is not None and _HIGHWAY_AFTER.match(after)) \
            or _DISTANCE_BEFORE.search(before) \
            or (_EMPLOYER_BEFORE.search(before) and _EMPLOYER_AFTER.match(after)):
        return "context"
    if (listed := _LIST_BEFORE.search(before)) is not None and listed.start() > 0:
        # a name deep in a list the phrase before it opens: "belonged to the Lahore, Gujrat,
        # Khanewal ... and Attock districts", "hailed from Multan, Okara and Sahiwal"
        at = hit.start - len(before) + listed.start()
        if _HOMES_HEAD.search(text, max(lo, at - 90), at):
            return "context"
    if _ROUTE_TO.search(before) or _MOVEMENT.search(before) or _CARRIED_TO.search(before):
        return "context"  # "from Quetta to Taftan": the far end of a route
    # "Karim from Tump and Sabir from Hoshab were picked up from their homes": the homes the
    # people were taken from lie in the towns they are told by, so those towns are the scene
    rest = text[hit.end:hi]
    taken_home = ("hom" in rest or "hous" in rest) \
        and _TAKEN_FROM_HOMES.search(text, hit.end, hi) is not None
    if "from" in before and _AGE_FROM.search(before) and not taken_home:
        return "context"  # "Major Ali Khan, 31, from Narowal": a named person's home town
    if " of" in before and _RESIDENT_AREA_OF.search(before):
        return "context"  # "a resident of the Gwargo area of Tump": the home's town
    if (" of" in before or "from" in before) and _PERSON_OF.search(before) \
            and not _PERSON_OF_NOT.search(before) and not taken_home:
        return "context"  # "the other, Hafeez Ahmed of Dalbandin, was taken": his home town
    people = ("from" in before and not taken_home
              and (_PEOPLE_FROM.search(before) or _ALL_FROM.search(before))) or None
    if people:
        # "abducted three men from Hoshab" names where it happened; but only within the clause:
        # "abducted two men, one of them a clerk from Loralai" gives the clerk's home town. The
        # clause ends at the comma before "people from", not at a comma of the list after it
        # ("abducted 47 people from Kech, Awaran and Panjgur").
        start = hit.start - len(before) + people.start()
        clause = max(lo, hit.start - 80, text.rfind(",", lo, start) + 1)
        if not _TAKEN_FROM.search(text, clause, hit.start):
            return "context"
    # "between Quetta and Karachi": the two ends of a stretch (a road, a rail line), not a spot
    if "between" in before and not regions and ((_BETWEEN_FIRST.search(before)
            and _BETWEEN_SECOND_AFTER.match(after)) or _BETWEEN_SECOND.search(before)):
        return "context"
    # "belonged to Punjab's Mandi Bahauddin and Gujranwala": a name joined by "and" or a comma
    # to a home town, a hospital town or a headquarters is one too.
    # (a cheap test first: most places follow neither a comma nor "and")
    # Every name of a list inherits its head's role: "most of the dead were from Pishin, Killa
    # Saifullah and Afghanistan".
    s0 = hit.start
    for _ in range(8):
        tail = text[max(lo, s0 - 90):s0]
        if not tail.rstrip().endswith((",", " and", " in", " to", " from", " of")):
            break
        # "Swat in Khyber Pakhtunkhwa", "Mand in Kech": a home town's province or district; but
        # "labourers from Sukkur in Turbat" names the town where they were killed
        if s0 == hit.start and tail.rstrip().endswith((" in", " of")) and (
                hit.place is None or hit.place.kind not in ("province", "country", "district")):
            break
        coord = _COORDINATED.search(tail)
        if not coord:
            break
        if tail.rstrip().endswith(" in") and _HOLDS_DISTRICTS.fullmatch(coord.group(1)):
            # "raiders near the frontier with Afghanistan in Zhob district": a country never
            # lies in a district, so the district is no address of it and takes none of its role
            break
        s0 = s0 - len(tail) + coord.start(1)
        head = text[max(lo, s0 - 90):s0]
        # "the mission, which travelled to Turbat, Panjgur and Gwadar": every end of the journey;
        # "from Chaman to Multan in Punjab": the far end's address outside the province, as
        # the end itself ("from Turbat to Tump in Kech district" is where the stretch runs)
        if (_CONTEXT_BEFORE.search(head) and not _OFFICE_SITE.search(head) and not regions) \
                or _MOVEMENT.search(head) or ("from" in head and (
                _PEOPLE_FROM.search(head) or _ALL_FROM.search(head))
                and not _TAKEN_FROM.search(head)) or (
                _ROUTE_TO.search(head) and hit.place is not None
                and hit.place.province != "Balochistan"):
            return "context"
    # "abducted five labourers from Pakistan's Punjab province in Panjgur district": a
    # province or a place outside, with the scene named after it, is where the people came
    # from ("five labourers from Gichk in Panjgur" stays where they were taken)
    if hit.place is not None and (hit.place.kind in ("province", "country")
                                  or hit.place.province != "Balochistan") \
            and _PEOPLE_FROM.search(before) \
            and (_SCENE_AFTER_ORIGIN.match(text, hit.end, hi)
                 # (a province is no spot anyone is taken from in the province's news: "nine
                 # workers from the southern region of Punjab" were taken near Nushki)
                 or (hit.place.kind == "province" and hit.place.name != "Balochistan")):
        return "context"
    # "from Quetta to Peshawar": the first end of a route
    if re.search(r"\bfrom\s+(?:the\s+)?$", before, re.IGNORECASE) and re.match(
            r"\s+to\s+(?:the\s+)?[A-Z]", after):
        return "context"
    if ("plan" in before or "plot" in before) and _PLANNED.search(before):
        return "context"
    if ("offered" in before or "held" in before or "performed" in before) and \
            _FUNERAL_HELD_AT.search(text, max(lo, hit.start - 320), hit.start):
        return "context"  # "the funeral prayer of Sepoy X, who ..., was offered in Gwadar"
    if (foreseen := _FORESEEN.search(before)) and not _INCIDENT_WORDS.search(
            foreseen.group("gap")) and not _CASUALTY_ACT.search(foreseen.group("gap")):
        return "context"
    if _MISHAP_AT.search(before):
        return "context"  # "a sepoy died in a road accident near Karkh": no conflict incident
    if _STOP_PLANNED.search(before) or ("to " in before and _GOING_TO_ATTEND.search(before)):
        return "context"  # "the marchers had planned to halt for the night at Sonmiani"
    if _STATE_IN.search(before) and not _counted_here(text, hit.end, hi):
        return "context"  # "the deteriorating situation in Kech, where ..."
    # (a cheap test first: the words these two need are rare)
    window = text[max(lo, hit.start - 200):hit.start]
    if any(w in window for w in ("role", "nvolve", "aid", "ssist", "versee", "versaw",
                                 "acilitat", "omplicit", "articipat")) \
            and _ALLEGED_ROLE.search(window):
        return "context"  # "involved in abductions and killings in Buleda": a target's record
    if ("continue" in window or " on " in window) \
            and _VOWED_ON.search(text, max(lo, hit.start - 160), hit.start):
        return "context"  # "swore its strikes would go on until Kharan was freed"
    if (_trend_sentence(text, lo, hi) and not _NAMES_INCIDENT_AFTER.match(after)) \
            or ((amid := _AMID_TREND.search(text, max(lo, hit.start - 160), hit.start))
                and not _after_a_fronted_frame(text, lo, amid.start(), hit.start)):
        return "context"
    if _SCENE_ACTIVITY.search(before):
        return "incident"
    # a province is where the report's event happened only where its sentence tells an event,
    # not acts in general ("attacks have been rising in Balochistan"); a town or a district
    # named beside acts in general is most often a tally's or a claim's place, so it keeps the
    # wider test
    province = hit.place is not None and hit.place.kind == "province"
    if province and (_FRAMED_AS_PATTERN.search(text, lo, hi) or (
            (large := _AT_LARGE.search(text, lo, hi)) is not None
            # (the span's own number counts years, no people: "for the past twenty years")
            and not [n for n in find_numbers(text, lo, hi)
                     if not large.start() <= n.start < large.end()])):
        # "part of a systematic trend of killings in Balochistan", "have long documented
        # abuses in Balochistan", "their ongoing resistance in Balochistan": the province as
        # the ground of a pattern the sentence frames, not the scene of the report's event;
        # and "Kalat, like much of Balochistan, has seen attacks in recent years": the province
        # at large over a span of years (a background line with a count may still be a
        # tally's place)
        return "context"
    if _EXAMPLES_OF_A_KIND.search(before) and not find_numbers(text, lo, hi):
        # "reports of disappearances from various regions including Karachi, Awaran and
        # Kech": places listed as examples of a kind of act, in a line with no count, are the
        # ground of a pattern, not where the report's incident happened
        return "context"
    if (venue := _PROTEST_AT.search(before)) and not _THERE_AFTER.match(text, hit.end, hi) \
            and not _protest_hit_near(text, hit.start - len(before) + venue.start(), lo, hi):
        # "has led protests in Quetta and Hub", "shutter-down strikes across several towns of
        # Balochistan": the place a protest word governs is its venue, whatever else the
        # sentence tells elsewhere, unless someone acted on the protesters (ANNOTATION.md,
        # round 25)
        return "context"
    if (_tells_event(text, lo, hi) if province else _incident_sentence(text, lo, hi)) \
            and not (province and _general_act_at(text, hit, lo, hi)):
        if not in_scene_slot(text, hit, lo) or _AIM_BEFORE.search(before) \
                or _quiet_side_clause(text, hit, lo, hi):
            return "context"
        # (a road named by its ends lies in no gazetteer row: a protest on it is the province's)
        # (a name the gazetteer lacks is as much a venue: "a sit-in near Zero Point")
        # (a place's answer, "an emergency was imposed at hospitals in Quetta", is one whatever
        # the report leads with)
        # (a protest's venue outside the province is as much a reaction: "a rally in Lahore
        # against the disappearance of a Baloch student")
        reaction = _answers_elsewhere(text, lo, hi) or (
            _protest_only(text, lo, hi) and not _protest_lead(text, min(lo, 400)))
        # "protested against the abduction of three men from Hoshab", "demand the return of
        # Karim, allegedly detained by the forces in Awaran": where the protested act
        # happened, not the protest's venue
        if reaction and ((re.search(r"\bfrom\s+(?:the\s+)?$", before)
                         and _TAKEN_FROM.search(before)) or _ACT_THEN_AT.search(before)):
            return "incident"
        return "context" if reaction else "incident"
    return "context"


# A side clause describes someone or something the main clause names, and tells an act of its own
# only with an act word: "The cousins, living in Gichk, were detained in Turbat", "Karim, a
# 40-year-old from Kolwah, was shot", "..., urging action on the crisis in Kech", "the car, which
# had come from Iran". Its opener: a participle or an apposition after a comma, or "which". A
# comma before a capitalised word goes on with a list or an address ("Gichk, Panjgur"). The main
# clause's act happened at the main clause's places, not at those of a description.
_SIDE_OPEN = re.compile(r"(?:,|\s)\s*(?:"
                        # "which lies in Kech" gives the address of the place before it
                        r"(?:which|that)\s(?!(?:is|lies|falls|was)\s+(?:located\s+|situated\s+)?in\b)|"
                        r"(?!(?:including|according|following|during|regarding|concerning|"
                        r"notwithstanding|citing|saying|adding|claiming)\b)[a-z]+ing\s|"
                        # an apposition, unless it gives the address of the place before it
                        # ("Zehri, a small town in Khuzdar"): then it is that place's
                        rf"(?:a|an)\s+(?!(?:[\w'’-]+\s+){{0,2}}?(?:{PLACE_NOUNS}|city|district|"
                        # or where the person works or studies, which RULES.md makes the scene
                        r"province|student|employee|worker|teacher|member|officer|official|staff|"
                        r"graduate)\b)(?:[\w'’-]+\s+){0,3}?(?:of|in|from|at)\s)")
# "that" opens a side clause after a noun ("a group that operates in X"), not after a verb of
# saying or knowing ("said that", "claimed that", "adding that"), whose clause is the main news
_SIDE_BOUNDARY = re.compile(r"[,;:—–(]|\bwhich\b|(?<!ed\s)(?<!ing\s)(?<!\bsaid\s)(?<!\bsays\s)"
                            r"(?<!\btold\s)(?<!\bsay\s)\bthat\b")
_ACT_NOUN_BEFORE = re.compile(r"\b(?:operations?|IBOs?|attacks?|blasts?|explosions?|raids?|"
                              r"ambush(?:es)?|bombings?|clash(?:es)?|encounters?|offensive|"
                              r"incidents?|strikes?)\s*(?:\([^)]{0,12}\)\s*)?,?\s*$")
_CLAUSE_END = re.compile(r"[,;:—–(.!?]")
_LIST_GOES_ON_AT = re.compile(r",\s*(?:and\s+)?[A-Z]")
# A place told with the day ("..., demanding their release, in Turbat on Friday") goes with the
# main clause's act, as the day does
_DAY_AFTER = re.compile(r"(?:\s*,?\s*[A-Z][\w'’-]*)*\s+on\s+(?:(?:the\s+)?(?:night|morning|"
                        r"evening)\s+of\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                        rf"Sunday|{MONTH_WORDS}|\d)")
# What a side clause may tell that the act words miss: "which took place in X", "targeting X"
_SIDE_ACT = re.compile(r"\b(?:occur\w*|took\s+place|happen\w*|carried\s+out|target\w*|struck|"
                       r"hit|execut\w*|erupt\w*|captive)\b", re.IGNORECASE)


def _quiet_side_clause(text: str, hit: PlaceHit, lo: int, hi: int) -> bool:
    """Whether the place stands in a side clause that tells no act of its own."""
    if _DAY_AFTER.match(text, hit.end, hi):
        return False
    pos = hit.start
    start = None
    while pos > lo:
        b = max((m for m in _SIDE_BOUNDARY.finditer(text, max(lo, pos - 200), pos)),
                key=lambda m: m.start(), default=None)
        if b is None:
            return False
        if b.group(0) == ",":
            if _LIST_GOES_ON_AT.match(text, b.start()):
                pos = b.start()
                continue
            if not _SIDE_OPEN.match(text, b.start()):
                return False
        elif b.group(0) not in ("which", "that") or not _SIDE_OPEN.match(text, b.start() - 1):
            return False
        start = b.start()
        break
    # a clause that hangs on the act itself tells of it: "an operation that went on for days in
    # Kohlu", "an operation, combing the hills near Kahan"
    if start is None or _ACT_NOUN_BEFORE.search(text, max(lo, start - 40), start):
        return False
    end = hit.end
    while True:
        m = _CLAUSE_END.search(text, end, hi)
        if m is None:
            end = hi
            break
        if m.group(0) == "," and _LIST_GOES_ON_AT.match(text, m.start()):
            end = m.end()
            continue
        end = m.start()
        break
    return not _tells_act(text, start, end) and _SIDE_ACT.search(text, start, end) is None


# Where prose puts a scene: after a preposition of place ("in", "near", "on the outskirts of"),
# with up to three describing words between ("in Pakistan's restive southwestern Balochistan",
# "in the city's Model Town"), or after "the area/district/town of".
_SLOT_BEFORE = re.compile(
    r"(?:\b(?i:in|at|near|on|from|outside|inside|off|along(?!\s+with)|across|around|into|"
    r"through|throughout|"
    r"towards|between|within|via|beside|behind|opposite|past|followed\s+by|ahead\s+of|"
    # "the main bazaar of", "off the coast of", "areas such as"
    r"(?:areas?|districts?|outskirts|villages?|towns?|city|cities|tehsils?|parts?|province|"
    r"regions?|vicinity|suburbs?|valleys?|division|sub-?divisions?|mountains|hills|sector|belt|"
    r"bazaa?r|market|road|highway|chowk|square|coast|port|harbou?r|cent(?:re|er)|heart|streets?|"
    r"mohalla|neighbou?rhoods?|limits|jurisdiction|places)\s+(?:of|such\s+as|including|like)|"
    # a spot of the place, itself put by a preposition: "at the gate of", "in front of"
    r"(?:in|at|near|on|outside|inside|into|off)\s+(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){1,2}?of|"
    r"in\s+front\s+of|"
    # a list the places are set out in after a dash or a colon: "struck at three places - X, Y
    # and Z", "in four districts: X, Y ..." (the list's first name; the rest join it)
    r"(?i:places|locations|sites|spots|areas|districts|towns|cities)\s*[-–—:])"
    r"\s+(?i:the\s+|a\s+|an\s+)?"
    # describing words: "restive", "the city's", "Iran-administered", "Western"
    r"(?:(?:(?!(?:with|and|or|by|for|of|to|the|who|which|that|was|were|is|are|has|had|have|"
    # (a town's possessive may be two or three words long: "Dera Bugti's", "Killa Abdullah's")
    r"as|after|before|when|while|said|says)\b)[a-z][\w'’-]*|"
    # ("Kech district's": the region's word may stand before the possessive)
    r"(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:\s+(?-i:district|tehsil|division))?"
    r"(?:'s|’s)|"
    r"[A-Z]\w*-[a-z][\w-]*|"
    r"(?:North|South|East|West)(?:ern|-?(?:east|west)(?:ern)?)?|Central|Upper|Lower)\s+){0,3}?|"
    # "moved to Munir Chowk": but "to" takes no describing words, which may be a verb's
    # ("to destabilise Balochistan" is an aim)
    r"\b(?i:to|toward)\s+(?i:the\s+)?)$")
# A place named as the target of an act is where it happened: "gunmen stormed Washuk", "blocked
# the N-65 highway", "took control of Washuk town".
_TARGET_BEFORE = re.compile(
    r"\b(?:attack(?:ed|ing|s)?|storm(?:ed|ing|s)?|struck|strik(?:e|es|ing)|hit(?:s|ting)?|"
    r"target(?:ed|ing|s)?|raid(?:ed|ing|s)?|seiz(?:ed|ing|es)|besieg(?:ed|ing)|shell(?:ed|ing)|"
    r"bomb(?:ed|ing)|overr[au]n|"
    r"captur(?:ed|ing)|rock(?:ed|ing|s)?|shook|paralys(?:ed|ing)|cordon(?:ed|ing)\s+off|"
    r"block(?:ed|ing|s)?|took\s+control\s+of|taking\s+control\s+of|entered|besieging)\s+"
    r"(?:the\s+)?(?:(?:[a-z][\w'’-]*|[A-Z][\w'’-]*(?:'s|’s))\s+){0,2}?$", re.IGNORECASE)
# Where a vehicle was when the act fell on it, told by a time clause: "when the coach reached
# the Behman area, a car bomb hit it", "as the convoy was passing through Kalat" (a destination
# alone, "the bus was due to reach Gwadar", is no slot: the clause must say when)
_REACHED_WHEN = re.compile(r"\b(?:when|as|while|once)\s+(?:[\w'’-]+\s+){1,4}?(?:reached|approached|"
                           r"arrived\s+(?:at|in)|(?:was\s+|were\s+)?pass(?:ed|ing)\s+(?:through|by))"
                           r"\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}?$", re.IGNORECASE)
# The target as the subject of a passive act: "Quetta, Pishin and Chaman were hit by grenade
# attacks", "Washuk town was overrun".
_TARGET_AFTER = re.compile(
    r"(?:\s*(?:,|and)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})*"
    r"(?:\s+(?:districts?|towns?|areas?|city|cities))?\s+(?:was|were|has\s+been|have\s+been|"
    r"had\s+been)\s+(?:also\s+|again\s+)?(?:hit|rocked|struck|targeted|attacked|shelled|stormed|"
    r"raided|besieged|overrun|bombed|shaken|paralysed)\b", re.IGNORECASE)
# A place naming an event is its scene: "the Mastung blast", "both the Kalat and Zhob incidents".
_EVENT_NAMED_AFTER = re.compile(
    r"(?:[ \t]*[-–][ \t]*(?-i:[A-Z])[\w'’-]*)?(?:[ \t]+(?:and[ \t]+)?(?-i:[A-Z])[\w'’-]*)*[ \t]+"
    r"(?:attacks?|blasts?|bombings?|"
    r"explosions?|massacres?|incidents?|operations?|raids?|ambush(?:es)?|killings?|tragedy|"
    r"firing|encounters?|violence|unrest|siege|clashes|clash|strikes?|protests?|sit-ins?|"
    r"marches|march|shutdown|carnage|assault|abductions?|kidnappings?|disappearances?|"
    r"shootings?|suicide|grenade|IED|IBO|landmine)\b", re.IGNORECASE)
# A place a tally counts: "Quetta (41)", "Kech with 17 disappearances", "Kech district recorded
# the most cases", "Balochistan saw 171 attacks".
_TALLIED_AFTER = re.compile(
    r"(?:[ \t]+(?:district|division|province))?(?:[ \t]*\(\d[\d,]*\)|[ \t]+with[ \t]+(?:\d|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|"
    r"[ \t]+(?:has[ \t]+|had[ \t]+)?"
    r"(?:saw|seen|recorded|reported|registered|witnessed|accounted[ \t]+for)[ \t]+(?:the[ \t]+)?"
    r"(?:\d|most|highest|largest|one|two|three|four|five|six|seven|eight|nine|ten)|"
    # "named Kech as the worst-hit district"
    r"[ \t]+as[ \t]+the[ \t]+(?:worst|most|hardest|highest)[\w-]*|"
    # a periodic report's prose: "Kech was the worst affected, recording 26 disappearances",
    # "Balochistan witnessed widespread arrests" (the acts themselves, not "a rise in" them)
    r"[ \t]+(?:was|were)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?(?:afflicted|affected|hit)[ \t]*,[ \t]*"
    r"(?:reporting|recording|registering|with|accounting[ \t]+for)[ \t]+(?:\d|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve)|"
    r"[ \t]+(?:has[ \t]+|had[ \t]+)?(?:saw|seen|witnessed|recorded|reported)[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,2}?(?:arrests|abductions|disappearances|killings|executions|"
    r"detentions)\b)", re.IGNORECASE)
# A name that joins the one before it: a list ("Kech, Panjgur and Gwadar", "Quetta (41), Kachhi
# (19)", "Gwadar (32), followed by Kech"), or an address ("Zhob of Balochistan", "Khuzdar,
# Balochistan", "Turbat in Kech").
# (a bearing is no name: "in the Mach area, West of Sibi" measures from Sibi, as "west of" does)
_JOINED_TO = re.compile(
    r"((?!(?:North|South|East|West)(?:ern|-?(?:east|west)(?:ern)?)?\s+of\b)"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:\s+(?i:district|tehsil|area|town|city|province|"
    r"division|village))?(?:\s*\(\d[\d,]*\))?(?:[ \t]+with[ \t]+[\w-]+)?\s*"
    r"(?:,\s*(?:(?:and|or|followed\s+by|ahead\s+of|including|such\s+as|especially|particularly|"
    r"mainly|mostly|notably)\s+)?|\s+(?:and|or|of|in)\s+|"
    r"\s+(?:followed\s+by|ahead\s+of|including|such\s+as)\s+)(?:the\s+)?$")


# An aim of harm, told of a place: "a plot to spread chaos in Balochistan", "aimed at sabotaging
# peace in Kech", "to destabilise Pakistan". What someone wants to happen has not happened there.
_AIM_BEFORE = re.compile(r"\b(?:to|at|of|for)\s+(?:spread\w*|creat\w*|destabili[sz]\w*|sabotag\w*|"
                         r"disrupt\w*|undermin\w*|disturb\w*|derail\w*|foment\w*|incit\w*|sow\w*)"
                         r"\s+[^.;:]{0,60}$|"
                         # ... or the good it seeks for the place: "bringing lasting stability to
                         # Balochistan", "to restore peace in Kech"
                         r"\b(?:peace|stability|normalcy|prosperity|progress)\s+(?:to|in|of|"
                         r"across)\s+(?:the\s+)?$", re.IGNORECASE)


def in_scene_slot(text: str, hit: PlaceHit, lo: int) -> bool:
    """Whether news prose puts something at this place: after a preposition of place, as the
    target of an act, naming an event ("the Mastung blast"), counted by a tally ("Kech (17)"),
    or joined to a name that stands so ("in the Zehri, Wadh and Nal areas", "Zhob of
    Balochistan"). A place written as a subject or an object of any other verb ("Iran violated
    its airspace", "warned Tehran", "liberating Balochistan"), in a title ("ACS Home
    Balochistan") or in an organisation's name is what acts or is spoken of, not where
    something happened."""
    s0, e0 = hit.start, hit.end
    for _ in range(8):
        if _EVENT_NAMED_AFTER.match(text, e0, e0 + 60) or _TALLIED_AFTER.match(text, e0, e0 + 60) \
                or _TARGET_AFTER.match(text, e0, e0 + 80):
            return True
        before = text[max(lo, s0 - 90):s0]
        if _SLOT_BEFORE.search(before) or _TARGET_BEFORE.search(before) \
                or _REACHED_WHEN.search(before):
            return True
        joined = _JOINED_TO.search(before)
        if not joined:
            return False
        s0 = s0 - len(before) + joined.start(1)
        e0 = s0 + len(joined.group(1))
    return False


# An office struck where it stands: "twin blasts outside candidates' election offices in Pishin
# and Qila Saifullah", "gunmen stormed the party's offices in Turbat". Unlike "a group with
# offices in Quetta", which says where a body sits, the office is the scene. The spot may come
# with its town as a possessive ("an office in Sibi's Railway Colony"): the town is its address.
_OFFICE_SITE = re.compile(r"\b(?:outside|at|near|inside|on|stormed|attacked|targeted|targeting|"
                          r"torched|raided|bombed)\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}?offices?\s+in\s+(?:the\s+)?"
                          r"(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:,\s*|\s+and\s+))*"
                          r"(?-i:[A-Z][\w-]*(?:'s|’s)\s+)?$",
                          re.IGNORECASE)


# A hospital struck or near a blast is the scene, as an office is: "a bomb went off near a
# school and a hospital in Mastung". (The hospital the wounded were taken to stays context.)
_HOSPITAL_SITE = re.compile(r"(?<!\bdied\s)(?<!\btreated\s)(?<!\badmitted\s)(?<!\bsuccumbed\s)"
                            r"(?<!\btreatment\s)"
                            r"\b(?:near|outside|at|inside|targeted|targeting|attacked|stormed|"
                            r"struck|hit|bombed)\s+(?:(?!(?:taken|shifted|rushed|moved|referred|"
                            r"brought|treatment|treated|admitted|died|succumbed|under|undergoing)"
                            r"\b)[\w'’-]+\s+){0,6}?hospitals?\s+in\s+(?:the\s+)?"
                            r"(?:[A-Z][\w-]*(?:'s|’s)\s+)?$", re.IGNORECASE)


# A building named after its town where people are arrested and attacks strike: "protesters
# arrested outside the Quetta Press Club", "a blast at the Turbat University gate". An act done
# to people, in the same clause and put there by a preposition, makes it the scene, not the body
# the name also stands for. (A protest held there is a statement's venue, as a press
# conference is: it stays context.)
_SITE_AFTER = re.compile(r"^\s+(?:[Pp]ress\s+[Cc]lub|[Pp]olice\s+(?:[Ss]tation|[Ll]ines)|"
                         r"[Uu]niversity|[Cc]antonment|[Aa]irport|[Jj]ail|[Pp]rison)\b")
_EVENT_AT = re.compile(
    r"\b(?:arrest\w*|detain\w*|baton-charg\w*|tear-?gass\w*|dispers\w*|broke\s+up|"
    r"clash\w*|kill\w*|shot|attack\w*|bomb\w*|blast|explo\w+|went\s+off|fired|firing|"
    r"bl[eo]wn?\s+up|blew\s+up|destroyed|damaged|torched|set\s+ablaze|"
    r"stormed|raid\w*|abduct\w*|kidnap\w*|picked\s+up|injur\w*|wound\w*|hurled|thrown)"
    r"(?:\s+(?!(?:and|but|while|when|after|before|as|who|which)\b)[\w'-]+){0,4}?\s+"
    r"(?:in|at|near|outside|inside|in\s+front\s+of|opposite)\s+(?:the\s+)?$", re.IGNORECASE)


def is_health_facility(mention: str) -> bool:
    """A hospital, clinic or health centre by its name as written."""
    return _HEALTH_FACILITY.search(mention) is not None


def is_dateline(text: str, hit: PlaceHit) -> bool:
    """Whether hit is the place of a dateline: "QUETTA:", "KARACHI/QUETTA, Aug 22 -"."""
    line_start = _line_start(text, hit.start, 40)
    return line_start is not None and (hit.mention.isupper() or hit.start == line_start) \
        and _DATELINE_LEAD.fullmatch(text, line_start, hit.start) is not None \
        and _DATELINE_AFTER.match(text, hit.end) is not None


_DATELINE_TOWN = re.compile(r"[ \t]*[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,2},[ \t]*")


def _dateline_address(text: str, hit: PlaceHit) -> bool:
    """Whether hit is the address a dateline gives its town: "Mastung, Balochistan: ..."."""
    line_start = _line_start(text, hit.start, 40)
    return line_start is not None and line_start < hit.start \
        and _DATELINE_TOWN.fullmatch(text, line_start, hit.start) is not None \
        and re.match(r"\s*:", text[hit.end:hit.end + 3]) is not None


# A spot inside a town named by its street: "on Sariab Road", "at Meezan Chowk"
_STREET = re.compile(r"\s(?:[Rr]oad|[Ss]treet|[Cc]howk|[Bb]azaa?r|[Cc]olony|[Mm]arket)$")


_DISTRICT_READING_BEFORE = re.compile(r"(?:\b(?:area|areas|sector|tehsil|parts?|outskirts|"
                                      r"district)\s+of|\b[Dd]istrict)\s+(?:the\s+)?$")
_DISTRICT_READING_AFTER = re.compile(r"\s+(?:[Dd]istrict|[Rr]oad|[Hh]ighway|[Bb]ypass|"
                                     r"[Dd]ivision)\b")


_ADDRESS_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}?in\s+(?:(?:the\s+)?(?:Balochistan|province)"
                          r"(?:'s|\u2019s)\s+)?")


def _addresses_another(text: str, o: PlaceHit, inside: list[PlaceHit]) -> bool:
    """Whether o is written as the address of another scene of its district that is not known
    to lie in its town: "the Rakhni Market in Balochistan's Barkhan", or as its possessive:
    "in Gwadar's Kalmat area"."""
    home = o.place
    if home is None:
        return False
    return any(p is not o and p.place is not None and p.place.id != home.id
               and p.place.district == home.district
               and p.place.kind in ("locality", "town", "tehsil") and (
                   (p.end <= o.start and _ADDRESS_GAP.fullmatch(text, p.end, o.start) is not None)
                   # (a tehsil named after a quarter of the city, "Quetta's Sariab area",
                   # may lie in the town)
                   or (o.end <= p.start and p.place.kind != "tehsil"
                       and _ADDRESS_GAP_BEFORE.fullmatch(text, o.end, p.start) is not None))
               for p in inside)


def settle_datelines(text: str, hits: list[PlaceHit], roles: list[str]) -> list[str]:
    """A dateline is also the incident place when its own sentence puts the incident inside it:
    "QUETTA: ... opened fire on a patrol on Sariab Road" (a street or neighbourhood of the
    dateline's town), "SHERANI: ... attacked a post near Dhana Sar" (a place of the dateline's
    district). A town elsewhere in the dateline's district ("KHUZDAR: ... in Zehri") is not
    inside the dateline's town, which stays context. A dateline that names the province
    ("BALOCHISTAN: ... raids in Kharan") holds every scene of it, as a district's holds its
    spots."""
    out = list(roles)
    for i, h in enumerate(hits):
        if roles[i] == "context" and h.place is not None and h.place.kind == "province" \
                and is_dateline(text, h) and any(
                    o is not h and r == "incident" and o.place is not None
                    and (o.place.province or o.place.name) == (h.place.province or h.place.name)
                    for o, r in zip(hits, roles, strict=True)):
            out[i] = "incident"
    inside = [h for h, r in zip(hits, roles, strict=True) if r == "incident" and h.place
              and h.place.district and (h.place.kind == "neighbourhood" or _STREET.search(
                  h.mention) or h.place.kind in ("locality", "tehsil", "town"))]
    if not inside:
        return out
    for i, h in enumerate(hits):
        if roles[i] != "context" or h.place is None or not h.place.district \
                or not is_dateline(text, h):
            continue
        # "SOHBATPUR: ... fired on a check post on the main road of Sohbatpur": the lead puts
        # the incident in the dateline's town itself
        # (not "the Karkh area of Khuzdar" or "district Washuk", which name the district, nor
        # "the Barkhan road", a road named after the town)
        # (nor "inside the Rakhni Market in Balochistan's Barkhan" under "BARKHAN:": the name
        # given as another place's address, a place of the district not known to lie in the town)
        if any(o is not h and o.place is not None and o.place.id == h.place.id
               and not is_dateline(text, o) and h.place.kind == "town"
               and not _DISTRICT_READING_BEFORE.search(text, max(0, o.start - 30), o.start)
               and not _DISTRICT_READING_AFTER.match(text, o.end)
               and not _addresses_another(text, o, inside) for o in inside):
            out[i] = "incident"
            continue
        for o in inside:
            if o.place.district != h.place.district or o.place.id == h.place.id:
                continue
            if h.place.kind == "district" or o.place.kind == "neighbourhood" \
                    or _STREET.search(o.mention) \
                    or (o.place.kind == "locality" and _site_of_town(o.mention, h.mention)):
                out[i] = "incident"
                break
    return out


# A site named after the dateline's town ("GWADAR: ... an attack on the Gwadar Port Authority
# complex", "KHUZDAR: ... outside the Khuzdar Press Club") is the town's own, so inside it; a road
# named after a town leads to it and is not ("the Gwadar Road").
_NOT_A_SITE = re.compile(r"\b(?:road|highway|bypass|district|division|tehsil|route|motorway)\b",
                         re.IGNORECASE)


def _site_of_town(site: str, town: str) -> bool:
    return site.lower().startswith(town.lower() + " ") and not _NOT_A_SITE.search(site)


# What lies between a place and the province or district written as its address after it:
# "Tump, Balochistan", "Mand, Kech district", "a village in Washuk District, Balochistan",
# "Tump in Pakistan's Balochistan province", "Kech district of Balochistan".
_ADDRESS_GAP_AFTER = re.compile(
    # ("the Kharan and Washuk districts of Balochistan": the plural closes a list of scenes)
    r"(?:[ \t]+(?i:districts?|tehsils?|areas?|town|city|village|valley|division))?"
    # ("Quetta, the provincial capital of Balochistan": an apposition that names the town's
    # province is its address too)
    # ("Mand, Kech district – Balochistan": a dash sets the address off as a comma does)
    r"(?:\s*,\s*(?:in\s+)?|\s+(?:in|of)\s+|\s*,\s*(?:the\s+)?(?:provincial\s+)?capital\s+of\s+|"
    r"\s+[–—-]\s+)"
    r"(?:the\s+)?(?:Pakistan(?:'s|’s)\s+)?"
    r"(?:(?:restive|southwestern|south-western|western|troubled|insurgency-hit)\s+){0,2}")
# ... and before it, as a possessive: "Balochistan's Turbat", "Balochistan's restive Kech
# district".
_ADDRESS_GAP_BEFORE = re.compile(r"(?:'s|’s)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")


def settle_addresses(text: str, hits: list[PlaceHit], roles: list[str]) -> list[str]:
    """The province or a district written as the address of a scene in the same phrase ("shot
    dead in Tump, Balochistan", "in Balochistan's Turbat", "in Kech district of Balochistan")
    says where the scene is, so it is the scene too (ANNOTATION.md 8). Only the scene's role
    passes on: a district after a route's end ("heading from Turbat to Hoshab in Kech district") or
    before a region ("Kalat district's Mangochar area") may be the scene where the name it
    addresses is not, so an address of a context place keeps its own role."""
    out = list(roles)
    for i, a in enumerate(hits):
        # "Minaz Tehsil Buleda": a tehsil written with its office word after a place
        office = a.place is not None and a.place.kind == "tehsil" and i > 0 \
            and _ADDRESS_WORD.match(" " + a.mention) is not None \
            and not text[hits[i - 1].end:a.start].strip()
        if a.place is None or (a.place.kind not in ("province", "district") and not office):
            continue
        if a.role == "context":
            continue  # a name decided where it was found: "Kech district, The Balochistan Post"
        if _dateline_address(text, a):
            continue  # "Mastung, Balochistan:": the dateline's address, not the scene's
        addressed = None
        # the place before it: skip a country between ("Tump in Pakistan's Balochistan")
        j = i - 1
        while j >= 0 and hits[j].place is not None and hits[j].place.kind == "country":
            j -= 1
        if office:
            addressed = i - 1
        elif j >= 0 and _ADDRESS_GAP_AFTER.fullmatch(text, hits[j].end, a.start):
            addressed = j
        elif i + 1 < len(hits) and _ADDRESS_GAP_BEFORE.fullmatch(text, a.end, hits[i + 1].start):
            addressed = i + 1
        if addressed is None or out[addressed] != "incident" or out[i] == "incident":
            continue
        b = hits[addressed]
        if office:
            # a place the text put inside the tehsil's district, or the gazetteer did
            inside = b.place is None or b.method == CONTAINED \
                or b.place.district == a.place.district
        elif a.place.kind == "district":
            # a district addresses a place inside it: "Mand, Kech district"
            inside = b.place is None or (b.place.district == a.place.district
                                         and b.place.kind != "district")
        else:
            inside = b.place is None or (b.place.kind not in ("province", "country")
                                         and b.place.province == a.place.province)
        if inside:
            out[i] = "incident"
    return out


_BETWEEN_PAIR = re.compile(r"\bbetween\s+(?:the\s+)?$")


# a spot named right before the pair: "Kalmat area between", "Kalmat, between"
_SPOT_BETWEEN = re.compile(r"(?:\s+(?:area|village|town|region|locality|point|bazaar|valley))?"
                           r"\s*,?\s+(?:located\s+|lying\s+|situated\s+)?between\s+(?:the\s+)?",
                           re.IGNORECASE)


def settle_between(text: str, hits: list[PlaceHit], roles: list[str], lo: int,
                   hi: int) -> list[str]:
    """"A culvert between Kolpur and Mach was blasted": two places of one district
    bound a short stretch, and what happened on it happened there. (Between two districts,
    "the highway between Quetta and Karachi", the ends stay context: the spot is unknown.)"""
    if not _incident_sentence(text, lo, hi):
        return roles
    out = list(roles)
    for i, a in enumerate(hits[:-1]):
        b = hits[i + 1]
        if roles[i] != "context" or roles[i + 1] != "context" or a.place is None \
                or b.place is None or not a.place.district \
                or a.place.district != b.place.district or a.place.id == b.place.id \
                or not _BETWEEN_PAIR.search(text, max(lo, a.start - 20), a.start) \
                or not re.fullmatch(r"\s+and\s+(?:the\s+)?", text[a.end:b.start]):
            continue
        if i > 0 and _SPOT_BETWEEN.fullmatch(text, hits[i - 1].end, a.start):
            # "at the Kalmat spot, between Pasni and Ormara": a named spot's address, not the
            # stretch where it happened
            continue
        # the act must be told of the stretch itself, in the same clause: "the bridge between
        # Kolpur and Mach was destroyed", not "patrols were doubled between Sakran and Sonmiani"
        near = re.split(r"[,;:]", text[b.end:min(hi, b.end + 50)])[0] + " " + \
            re.split(r"[,;:]", text[max(lo, a.start - 50):a.start])[-1]
        if not _INCIDENT_WORDS.search(near):
            continue
        out[i] = out[i + 1] = "incident"
    return out


def settle_lone_dateline(text: str, hits: list[PlaceHit], roles: list[str],
                         sentences: list[tuple[int, int]]) -> None:
    """A dateline in the province is where it happened when its lead tells an incident and the
    report names no other place where anything happened ("QUETTA: Two traders were gunned down
    on Friday, police said."). `sentences` gives each hit's sentence. Changes roles in place."""
    if "incident" in roles:
        return
    for i, h in enumerate(hits):
        # (a lead that tells only a protest against an act told elsewhere, "QUETTA: Relatives
        # kept up their sit-in for a third day against a student's killing", names no scene)
        if h.place is not None and h.place.province == "Balochistan" and is_dateline(text, h) \
                and _incident_sentence(text, *sentences[i]) \
                and not (_protest_only(text, *sentences[i]) and not any(
                    _protest_hit_near(text, m.start(), *sentences[i])
                    for m in _PROTEST_LEAD.finditer(text, *sentences[i]))):
            roles[i] = "incident"
            return


def settle_dateline_scene(text: str, hits: list[PlaceHit], roles: list[str],
                          sentences: list[tuple[int, int]]) -> None:
    """A dateline is where it happened when its lead tells an incident without naming a place
    of its own province, and the next sentences put it in a street or neighbourhood of the
    dateline's town, or in the town itself ("HUB: Two guards were shot dead on Monday. The
    attack took place on the RCD Road ..."). `sentences` gives each hit's sentence. Changes
    roles in place. (A round-up filed from the capital that leads with "in Balochistan" and
    goes on to other districts keeps its dateline as context.)"""
    for i, h in enumerate(hits):
        if roles[i] != "context" or h.place is None or h.place.kind != "town" \
                or h.place.province != "Balochistan" or not is_dateline(text, h):
            continue
        lead = sentences[i]
        if not _incident_sentence(text, *lead):
            continue
        # a lead that names its own scene in the province has said where it happened; one
        # that says "across Balochistan" tells a province-wide tally, not a scene in the town
        if any(sentences[j] == lead and j != i and o.place is not None and roles[j] == "incident"
               and (o.place.province == "Balochistan" or o.place.id == "balochistan")
               for j, o in enumerate(hits)):
            continue
        following = sorted({sp for sp in sentences if sp[0] >= lead[1]})[:3]
        for j, o in enumerate(hits):
            if sentences[j] not in following or roles[j] != "incident" or o.place is None \
                    or o.place.district != h.place.district or is_dateline(text, o):
                continue
            if o.place.id == h.place.id or o.place.kind == "neighbourhood" \
                    or _STREET.search(o.mention):
                roles[i] = "incident"
                break


def settle_dateline_district(text: str, hits: list[PlaceHit], roles: list[str]) -> None:
    """A dateline that is also its district's name is the scene when the report writes the
    incident's place as that district and names no spot of it ("HARNAI: ... nine passengers
    were gunned down in Balochistan's Harnai district"): the dateline names the district the
    incident happened in (ANNOTATION.md 8). A spot of the district named anywhere in the report
    ("in the Kahan tehsil of Kohlu district", and later "in Gazag") may be a town elsewhere in
    it, which leaves the dateline context. Changes roles in place."""
    named = {mention_key(h.mention)[0]: h.place.district for h, r in zip(hits, roles, strict=True)
             if r == "incident" and h.place is not None and h.place.kind == "district"
             and h.place.district and mention_key(h.mention)[1]}
    if not named:
        return
    spots = {h.place.district for h, r in zip(hits, roles, strict=True)
             if r == "incident" and h.place is not None and h.place.district
             and mention_key(h.mention)[0] not in named and not is_dateline(text, h)}
    for i, h in enumerate(hits):
        key = mention_key(h.mention)[0]
        if roles[i] == "context" and h.place is not None and h.place.kind in ("town", "district") \
                and key in named and named[key] == h.place.district \
                and h.place.district not in spots and is_dateline(text, h):
            roles[i] = "incident"


# how close a listed name's spelling must be to a known place's to be taken as that place
_PEER_SPELLING = 90.0


def _in_peer_gap(ch: str) -> bool:
    """Whether ch may stand in a list's joint (_PEER_GAP: spaces, digits, brackets, a comma,
    "and", "or")."""
    return ch.isspace() or ch.isdecimal() or ch in ",()andor"


def _listed_beside(text: str, s: int, e: int, known_ends: set[int],
                   known_starts: set[int]) -> bool:
    """Whether text[s:e] is joined by a list's joint (_PEER_GAP) to a known place ending at one
    of `known_ends` before it or starting at one of `known_starts` after it. A joint holds
    only such characters (_in_peer_gap), so only the positions a run of them reaches are
    tried."""
    p = s
    while p > 0 and _in_peer_gap(text[p - 1]):
        p -= 1
        if p in known_ends and _PEER_GAP.fullmatch(text, p, s):
            return True
    q = e
    while q < len(text) and _in_peer_gap(text[q]):
        q += 1
        if q in known_starts and _PEER_GAP.fullmatch(text, e, q):
            return True
    return False
# A list's joints, a tally's count among them: "Kech (19), Naseerabad (1) and Gwadar (2)"
_PEER_GAP = re.compile(r"(?:\s*\(\s*\d[\d,]*\s*\))?(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)")


def _peers(text: str, hit: PlaceHit, hits: list[PlaceHit]) -> list[PlaceHit]:
    """The names listed beside hit ("in Mand, Kharan, Hub and Dalbandin"): peers of it, not
    places that hold it."""
    ordered = sorted(hits, key=lambda o: o.start)
    at = next(i for i, o in enumerate(ordered) if o is hit)
    out: list[PlaceHit] = []
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(ordered):
            a, b = sorted((ordered[i], ordered[i + step]), key=lambda o: o.start)
            if not _PEER_GAP.fullmatch(text, a.end, b.start):
                break
            i += step
            out.append(ordered[i])
    return out


def shared_row(text: str, hit: PlaceHit, rows: list[Place], sentence: list[PlaceHit],
               paragraph: list[PlaceHit], dateline_district: str | None) -> Place | None:
    """Which of the rows sharing a name ("Naseerabad": the district, and an area of Turbat;
    "Dasht": Kech's tehsil and Mastung's) the report means: the one in the district its sentence
    names (a peer in a list holds nothing, so it does not count), else its paragraph, else its
    dateline; a name listed among districts only ("Kech (19), Naseerabad (1)") is the district.
    None where the text does not say, or says two things."""
    by_district: dict[str, Place] = {}
    for row in rows:
        if row.district:
            by_district.setdefault(row.district, row)
    if len(by_district) < 2:
        return None
    peers = _peers(text, hit, sentence)
    key = mention_key(hit.mention)[0]
    for near in (sentence, paragraph):
        found = {o.place.district for o in near if o is not hit and o not in peers
                 and o.place is not None and o.place.district in by_district
                 and mention_key(o.mention)[0] != key}
        if len(found) > 1:
            return None
        if found:
            return by_district[found.pop()]
        if near is sentence and (row := _row_of_peers_kind(rows, peers)) is not None:
            # a list's members are of one tier, so a name listed among districts, towns and
            # tehsils ("strikes in Mand, Naseerabad, Pasni and Noshki") is the district, not
            # a neighbourhood of the same name; the list says so more directly than whatever
            # the paragraph names around it
            return row
    if dateline_district in by_district:
        return by_district[dateline_district]
    return None


_LIST_TIERS = {"district", "town", "tehsil", "city"}


def _row_of_peers_kind(rows: list[Place], peers: list[PlaceHit]) -> Place | None:
    """The district row of a shared name whose list peers are all districts, towns, tehsils or
    cities beyond the province (a peer named as its district counts: "Dera Bugti" the town
    bears its district's name)."""
    if not peers or not all(o.place is not None and (
            o.place.kind in _LIST_TIERS or (o.place.district and mention_key(o.mention)[0]
                                            == mention_key(o.place.district)[0]))
            for o in peers):
        return None
    return next((r for r in rows if r.kind == "district"), None)


# What the victims were doing where it happened, told in a sentence of its own: "The workers
# were building a link road near the village of Darg", "the guards were sitting outside the
# post in Rakhni". Living, working or studying somewhere says where people belong, not this.
_SCENE_ACTIVITY = re.compile(
    r"\b(?:was|were)\s+(?:busy\s+)?(?:building|constructing|repairing|digging|laying|installing|"
    r"guarding|waiting|sitting|standing|resting|sleeping|camping|grazing|fishing|playing|praying|"
    r"offering|unloading|loading|collecting|cutting|erecting|drilling|surveying|patrolling|"
    r"manning|parked)\b[^.;:,]{0,60}?\b(?:in|near|at|outside|inside|on|off)\s+(?:the\s+)?"
    r"(?:(?:village|town|area|outskirts|vicinity)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)


# Where a knock-on effect landed, not where the attack was: "cutting off gas supply to the power
# plant and parts of Sindh", "disrupted electricity supplies to Makran".
_KNOCK_ON = re.compile(
    r"\b(?:(?:cut(?:ting|s)?(?:\s+off)?|disrupt(?:ed|ing|s)?|suspend(?:ed|ing|s)?|halt(?:ed|ing|s)?|"
    r"restor(?:e|ed|ing))\s+(?:the\s+)?(?:(?:gas|power|electricity|water|fuel)\s+)?"
    r"(?:supply|supplies)|(?:line|lines|pipeline|grid)\s+(?:feeding|supplying|serving)|"
    r"(?:cut(?:ting|s)?(?:\s+off)?|disrupt(?:ed|ing|s)?|restor(?:e|ed|ing))\s+"
    r"(?:the\s+)?(?:power|electricity|gas|water)|(?:power|electricity|gas)\s+(?:outages?|"
    r"breakdowns?|shortages?))"
    r"(?:\s+(?:to|in|of|across)\b)?[^.;:]{0,60}$", re.IGNORECASE)
# "the fourth journalist killed in Balochistan this year": a place a running tally counts in,
# not where this report's incident happened.
_TALLY_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:such\s+)?(?:[\w-]+\s+){1,6}?(?:in|across)\s+(?:the\s+)?(?:province\s+of\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?$",
    re.IGNORECASE)
_TALLY_AFTER = re.compile(r"^\s+(?:this\s+(?:year|month)|so\s+far|since\b|in\s+(?:19|20)\d\d|"
                          # "the third kidnapping of road crews in Balochistan within a week"
                          r"within\s+(?:\d+|a|an|one|two|three|a\s+few)\s+(?:hours?|days?|"
                          r"weeks?|months?)|"
                          r"(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:past|last)\s+(?:year|"
                          r"month|\w+\s+(?:years|months)))", re.IGNORECASE)
# A place a tally is compared with: "second only to Khyber Pakhtunkhwa in the national tally".
_COMPARED = re.compile(r"\b(?:second|third|next)\s+only\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# Events "were from" a place happened there; people "were from" a place live there. "Most of the
# cases were from Kech, Awaran and Panjgur" (a list of names may come between).
# A tally of disappearances split by place counts where people were taken, not where they
# live: "Of the disappeared, 19 were from Kech", "17 of the people who went missing in
# October were from Kech" (unlike "the dead were from Pishin", a home district).
_TALLY_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|most|many|half)"
_EVENTS_FROM = re.compile(
    r"(?:\b(?:cases|incidents|disappearances|abductions|kidnappings|killings|attacks|complaints)"
    r"\s+(?:[\w-]+\s+){0,2}?|"
    rf"(?i:\b(?:disappeared|missing)\b[^.;:]{{0,40}}?\b{_TALLY_COUNT}\s+(?:of\s+them\s+)?)|"
    rf"(?i:\b{_TALLY_COUNT}\s+of\s+(?:the|those)\s+(?:[\w-]+\s+){{0,4}}?(?:forcibly\s+)?"
    r"(?:disappeared|missing)\b[^.;:]{0,40}?))"
    r"(?:were|was|are|is|came)\s+(?:reported\s+|registered\s+)?from\s+"
    r"(?:the\s+)?(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}(?:\s*,\s*|\s+and\s+))*$")
# "Shangla and Swat", "Larkana and two to Shikarpur" (an ellipsis of "belonged to"), "Swat in
# Khyber Pakhtunkhwa" (the province a home town lies in)
_COORDINATED = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*(?:,\s*|\s+and\s+"
                          r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|the\s+"
                          r"others?|others|the\s+rest)\s+(?:to|from)\s+)?|\s+in\s+|"
                          # "the Shangla and Swat districts of Khyber Pakhtunkhwa"
                          r"\s+(?:districts?|tehsils?|areas?)\s+of\s+(?:the\s+)?)$")
# An enterprise named after its site, as people's employer: "engineers of the Saindak copper-gold
# project", "workers of the Reko Diq mine". Where they work is not where they were attacked.
_EMPLOYER_BEFORE = re.compile(r"\b(?:engineers?|workers?|employees?|staff|labou?rers?|"
                              r"contractors?|technicians?|experts?|officials?|personnel|"
                              # what moves for it: "a convoy of the Saindak project"
                              r"convoys?|vehicles?|buses|trucks?)\s+"
                              r"(?:of|with|at|working\s+(?:on|for|at)|for)\s+(?:the\s+)?$",
                              re.IGNORECASE)
_EMPLOYER_AFTER = re.compile(r"^(?:\s+[\w-]+){0,2}\s+(?:project|mine|mines|company|plant|"
                             r"scheme|dam|refinery)\b", re.IGNORECASE)
# A place a plan aimed at: "had been planning attacks on a community in Marriabad and on polio
# teams in Kuchlak". Nothing happened there yet.
# ("had planned to plant explosives under a bridge in Jacobabad": the device never went off)
_PLANNED = re.compile(r"\b(?:plann|plott)\w*\s+(?:to\s+(?:carry\s+out|launch|stage|plant|place|"
                      r"detonate|set\s+off)\s+)?"
                      # ("planning a suicide bombing in Turbat")
                      r"(?:an?\s+|more\s+|further\s+)?(?:(?:suicide|terrorist|terror|major|big|"
                      r"large|deadly|bomb|grenade|militant)\s+)?(?:attacks?|strikes?|bombings?|assaults?|"
                      r"sabotage|assassinations?|bombs?|explosives?|(?:explosive\s+)?devices?|"
                      r"IEDs?)\b[^.;:]{0,80}$", re.IGNORECASE)
# Where a funeral was held, however long the clause that tells whose it was: "the funeral prayer
# of Sepoy X, resident of Y, who fell in Z the day before, was offered in Gwadar"
_FUNERAL_HELD_AT = re.compile(r"\b(?:funeral|namaz-e-janaza|janaza)\b[^.;]{0,300}?\b(?:(?:was|were|"
                              r"has\s+been|have\s+been|had\s+been)\s+)?(?:offered|held|performed)"
                              r"\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# A place an attack is only feared at: "intelligence agencies warned of possible terrorist attacks
# in Sibi and Dera Murad Jamali", "a threat alert of an imminent attack in
# Quetta". Nothing happened there (the gap after the feared act holds no act of its own).
_FORESEEN = re.compile(r"\b(?:(?:possible|potential|likely|imminent|impending|feared|expected)\s+"
                       r"|(?:threats?|warnings?|alerts?|fears?)\s+(?:of|about)\s+"
                       r"(?:an?\s+|the\s+|more\s+|further\s+)?(?:[\w-]+\s+){0,2}?)"
                       r"(?:(?:terrorist|militant|suicide|terror)\s+)?(?:attacks?|strikes?|"
                       r"bombings?|assaults?|blasts?|violence)\b(?P<gap>[^.;:]{0,80})$",
                       re.IGNORECASE)
# Where fighters crossing over were stopped, not where they came from: "an attempt to infiltrate
# from Afghanistan in the Badini sector of Qila Saifullah" (the origin is the name after "from").
_CROSSED_INTO = re.compile(r"\b(?:infiltrat\w*|cross(?:ed|ing)?|sneak\w*|sneaked|slipp\w*)\b"
                           r"[^.;]{0,40}?\bfrom\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+"
                           r"(?:in|into|near|at)\s+(?:the\s+)?$")
# Officials an act was fought with, not ones who spoke: "killed in a shootout with police
# officials in the Kohlu area" puts the shootout there ("officials in Kohlu said" is a seat)
# ... and officials the act was aimed at: "a bomb aimed at officers in Pishin town",
# "gunmen targeting police officers in Turbat"
_FOUGHT_WITH_IN = re.compile(r"\b(?:(?:gun\s*fight|gun\s*battle|shoot-?out|clash(?:es)?|"
                             r"encounter|exchange\s+of\s+fire|firefight|skirmish)\s+with|"
                             r"aimed\s+at|target(?:ed|ing)|attack(?:ed|ing|s)?(?:\s+on)?|"
                             r"ambush(?:ed|ing)?)\s+"
                             r"[^.;:,]{0,60}?\b(?:officers?|officials?|personnel)\s+in\s+"
                             r"(?:the\s+)?$", re.IGNORECASE)
# "a device planted at Loti in neighbouring Dera Bugti district": an act put in the neighbouring
# place by its own preposition happened there ("Sibi, neighbouring Kohlu" stays a side remark)
_IN_NEIGHBOURING = re.compile(r"\b(?:in|at|near|into|across)\s+(?:the\s+)?neighbou?ring\s+$",
                              re.IGNORECASE)
# A stop a journey meant to make, not one it made: "had planned to halt for the night at
# Sonmiani", "were due to reach Gwadar on Monday".
_STOP_PLANNED = re.compile(r"\b(?:plann\w*|intend\w*|scheduled|due|hop(?:ed|ing))\s+to\s+"
                           r"(?:halt|stop|stay|camp|rest|spend\s+the\s+night|reach|arrive|end|"
                           r"culminate|proceed|move\s+on)\b"
                           r"(?:(?!\b(?:but|and|when|where|after|before)\b)[^.;:,]){0,40}?"
                           r"\b(?:at|in|to|near)?\s*(?:the\s+)?$", re.IGNORECASE)
# A gathering people were on their way to names where they meant to go, not where they were
# hurt: "hurt while heading to join a rally in Turbat", "on their way to join a sit-in at"
_ATTEND = r"\b(?:to|for)\s+(?:attend|join|take\s+part\s+in|participate\s+in)\s+"
_GOING_TO_ATTEND = re.compile(rf"{_ATTEND}(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:in|at)\s+"
                              r"(?:the\s+)?$", re.IGNORECASE)
# A campaign vowed to go on names where it means to act, not where anything happened: "the
# group swore its strikes would go on until the province was freed", "operations will go on
# across Kharan until the last fighter is caught". No act of the report is put there.
_VOWED_ON = re.compile(r"\b(?:will|shall|would|vow(?:ed|s)?\s+to|pledg(?:ed|es)?\s+to|"
                       r"determined\s+to)\s+(?:not\s+)?(?:continue|go\s+on|carry\s+on)\b"
                       r"[^.;!?]{0,110}$", re.IGNORECASE)
# The state of a place told as background: "the deteriorating situation in Kech", "the unrest
# in the province", "such raids are common in Awaran", "abductions have become commonplace in
# Kharan". It says what the place is like, not that this report's act happened there; a count
# after it in the sentence ("the situation in Kech worsened, with nine people killed") is a
# tally of the place and keeps it the scene.
# (a lasting threat or tension is such a state too: "the militant threat in Kech")
_STATE_IN = re.compile(r"\b(?:situation|unrest|insurgency|uprising|(?:un)?common(?:place)?|"
                       r"threats?|tensions?|instability|turmoil|lawlessness|"
                       # the answer a death finds across a region: "sparked outrage across"
                       r"outrage|anger|grief|mourning|"
                       r"routine|rampant|rife)(?:\s+(?:occurrences?|events?))?\s+"
                       r"(?:in|across|throughout)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$",
                       re.IGNORECASE)
_COUNT_AFTER = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"dozens?|scores|hundreds)\b", re.IGNORECASE)
# ... put in a place of its own after the count: "amid the situation in Balochistan, three
# youths were picked up in Kech district"
_SCENE_OF_ITS_OWN = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+")


def _counted_here(text: str, start: int, hi: int) -> bool:
    """Whether the rest of a sentence after a region's state counts people there: a count
    after it, not put in another place of its own."""
    count = _COUNT_AFTER.search(text, start, hi)
    return count is not None and not _SCENE_OF_ITS_OWN.search(text, count.end(), hi)
# What a target is said to have had a hand in, given as the grounds for attacking him: "he
# had a role in overseeing raids in Kech", "involved in abductions and killings in Buleda,
# Zamuran and Kolwah", "admitted to aiding the army's operations in Mand". The places of those
# alleged deeds are the claim's reasons, not where the report's act happened.
_ALLEGED_ROLE = re.compile(
    r"\b(?:role\s+in|involve(?:d|ment)\s+in|aid(?:ing|ed)|assist(?:ing|ed)|overs(?:ee|eeing|aw)|"
    r"facilitat(?:ing|ed)|complicit\s+in|participat(?:ing|ed)\s+in)\b[^.;]{0,60}?"
    r"(?:\b(?:operations?|raids?|disappearances?|killings?|abductions?|crackdowns?)\b[^.;]{0,60}?"
    r"\b(?:in|across)|"
    # crimes in general, told in the plural, also along a road ("involved in robberies on the
    # Kalat highway"); one crime told as an event ("the killing of a guard on X Road") is not
    r"\b(?:robberies|crimes|extortion|smuggling|attacks|kidnappings)\b[^.;]{0,60}?"
    r"\b(?:in|across|on|along))\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,\s*(?:and\s+)?)*$", re.IGNORECASE)
# A death or injury by mishap, not by any act of the conflict: "the death of a Levies sepoy in a
# road accident near Karkh", "two policemen were hurt when their van overturned in a collision
# at Bela". A map of claimed conflict incidents does not place it.
_MISHAP_AT = re.compile(r"\b(?:(?:road|traffic|car|bus|coach|motorcycle|motorbike|van|truck)\s+"
                        r"(?:accident|crash|collision|mishap)s?|collision|drown(?:ed|ing)?)"
                        r"\s+(?:[\w'-]+\s+){0,3}?(?:in|near|at|on|off)\s+(?:the\s+)?$|"
                        # a coal mine's methane going off: "the methane gas explosion that
                        # took nine lives in the Zardalo area"
                        rf"{MINE_GAS_BLAST}[^.;:]{{0,60}}?\b(?:in|near|at)\s+(?:the\s+)?$",
                        re.IGNORECASE)
# (the ends may be named with their kind first: "between tehsil Dasht and Mand")
_END_KIND = r"(?:(?:the\s+)?(?:tehsil|town|city|district|village)\s+)?"
_BETWEEN_FIRST = re.compile(rf"\bbetween\s+(?:the\s+)?{_END_KIND}$")
_BETWEEN_SECOND_AFTER = re.compile(rf"\s+and\s+(?:the\s+)?{_END_KIND}[A-Z]")
_REGIONS_AFTER = re.compile(r"(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s+"
                            r"(?:districts|tehsils|provinces|divisions)\b")
_BETWEEN_SECOND = re.compile(rf"\bbetween\s+(?:the\s+)?{_END_KIND}[A-Z][\w'-]*"
                             rf"(?:\s+[A-Z][\w'-]*){{0,2}}\s+and\s+(?:the\s+)?{_END_KIND}$")
_CAPTION = re.compile(r"(?:photo(?:\s+caption)?|caption|picture|image|file\s+photo)\s*[:|-]",
                      re.IGNORECASE)


# What may stand before a dateline's place on its line: other places of a joint dateline.
_DATELINE_LEAD = re.compile(r"[ \t]*(?:[A-Z][A-Z.'-]*(?:[ \t]+[A-Z][A-Z.'-]*){0,2}[ \t]*/[ \t]*)*")
# A place listed among institutions: "coordination between Islamabad, the military and the
# provincial leaders" names a government, not a spot.
_ACTORS_AFTER = re.compile(
    r"^\s*(?:,|and)\s+(?:the\s+)?(?:military|army|government|establishment|security\s+"
    r"(?:forces|agencies)|provincial\s+(?:government|leaders?|leadership|political)|federal\s+"
    r"government|political\s+leaders?)\b"
    # "..., the military said", "..., the military's media wing said": an attribution after the
    # place, not a list of actors
    r"(?!(?:'s|’s)?\s+(?:has\s+|had\s+)?(?:said|says|told|claimed|stated|added|announced|"
    r"confirmed|spokes\w+|media\s+wing|press\s+wing|public\s+relations))")


# A place described in a background clause rather than as the scene: "Balochistan, where
# separatists have waged an insurgency for decades", "China, which borders ...", "Balochistan,
# Pakistan's largest province, has long seen ...".
_BACKGROUND_VERB = (r"(?:has|have|had)\s+(?:long\s+|for\s+(?:years|decades)\s+)?"
                    r"(?:been|seen|witnessed|waged|fought|faced|suffered|experienced|borne|hosted|"
                    r"invested|simmered|"
                    r"remained)")
_BACKGROUND_AFTER = re.compile(
    rf"\s*,\s*(?:(?:where|which|whose)\b[^.;]{{0,100}}?\b{_BACKGROUND_VERB}|"
    rf"which\s+(?:borders|seeks|is|lies|hosts|shares|has\s+long)\b|"
    rf"[^,.;]{{3,60}}\b(?:province|country|city|capital|port|region|nation)\s*,\s*"
    rf"{_BACKGROUND_VERB})")
# "stormed a camp in Mand, which has been under curfew": a place bound to the act is its scene
_SCENE_BEFORE = re.compile(r"\b(?:in|near|at|outside|inside|into|on|from|(?:province|district|"
                           r"city|town|region|area|village|valley)\s+of)\s+(?:the\s+)?$",
                           re.IGNORECASE)
# The country, its neighbours and the provinces: names that hold districts, never lie in one.
_HOLDS_DISTRICTS = re.compile(r"Pakistan|Iran|Afghanistan|India|China|Balochistan|Sindh|Punjab|"
                              r"Khyber\s+Pakhtunkhwa|Gilgit-Baltistan")
# "a post on the frontier with Iran in Washuk district": the context word before ("frontier") is
# about the country; the district after it says where the spot is, and takes no role from it
_IN_HOLDER = re.compile(rf"\b(?:{_HOLDS_DISTRICTS.pattern})\s+in\s+(?:the\s+)?$")
# A province or country that completes a town's address: "Panjgur, Balochistan," "Zahedan, Iran."
_ADDRESS_BEFORE = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s*$")
# Wire copy gives a town its address as "<town> in Pakistan's southwestern Balochistan
# province": the province locates the town named just before, which is the scene.
_ADDRESS_IN_BEFORE = re.compile(r"\b(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+in\s+"
                                r"(?:Pakistan|Iran|Afghanistan)(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,2}$")
_ADDRESS_END = re.compile(r"^\s*(?:[,.;:)—–]|$|(?:on|at|during|late|early|earlier|last|this|"
                          r"when|after|before)\b)")
# A state asked to act: "urged Pakistan to release the activists", "called on Iran to probe",
# "urged the federal government in Islamabad to act"
_ADDRESSED_BEFORE = re.compile(r"\b(?:urged|urges|urging|called\s+(?:on|upon)|calls\s+(?:on|upon)|"
                               r"asked|asks|pressed|presses|requested)\s+(?:the\s+)?"
                               r"(?:(?:(?:federal|central|provincial|national|interim|caretaker|"
                               r"civilian|military)\s+)?(?:government|authorities)\s+(?:of|in)\s+)?$",
                               re.IGNORECASE)
_ADDRESSED_AFTER = re.compile(r"^(?:'s\s+(?:government|authorities))?\s+to\s+[a-z]")
# Where a foreign state's people sit: "the Iranian embassy in Islamabad", "Chinese officials in
# Karachi" (a foreign nationality before officials or diplomats says they are not local ones:
# "Levies officials in Kalat said" may well be at the scene)
_ADDRESS_OF_PEOPLE_BEFORE = re.compile(r"\b(?:address(?:es)?|domiciles?|domiciled)\s+"
                                       r"(?:in|of|from)\s+(?:the\s+)?$", re.IGNORECASE)
_ADDRESS_OF_PEOPLE_AFTER = re.compile(r"\s+(?:addresses|address|domiciles?)\b", re.IGNORECASE)
_SPOKE_AFTER = re.compile(
    # (the day may come first: "In Lahore on May 2, officials reported that ...")
    r"(?:\s+on\s+(?-i:[A-Z][a-z]+)(?:\s+\d{1,2}(?:,\s+\d{4})?)?)?"
    r",\s+(?:(?-i:[A-Z])[\w.'-]*\s+|(?:the|a|an|provincial|federal|interior|chief|prime|home|"
    r"senior|foreign|information|police|officials|authorities)\s+){1,7}(?:said|blamed|condemned|told|expressed|vowed|urged|"
    r"demanded|announced|ordered|directed|termed|called|stressed|paid|chaired|visited|met|"
    r"addressed|reiterated|reported)\b")
_FORCE_IN = re.compile(r"\b(?:CTD|police|Levies)\s+in\s+$", re.IGNORECASE)
# (a day or an auxiliary may stand between the town and the verb: "in Quetta on Saturday filed")
_BEFORE_VERB = r"\s+(?:on\s+\w+\s+|also\s+|had\s+|has\s+|have\s+)?"
_FILED = r"registered|lodged|filed"
_FILED_AFTER = re.compile(rf"{_BEFORE_VERB}(?:{_FILED})\b")
# (any department's name ends in the word: "the Home Department in Quetta")
_BODY_IN = re.compile(r"\b(?:media(?:\s+outlets)?|outlets|newspapers?|channels?|journalists|"
                      r"reporters|department|ministry|directorate|secretariat|"
                      # "a hospital in the border town of Chaman said two were hurt"
                      r"hospitals?)\s+in\s+(?:the\s+(?:[\w-]+\s+){0,2}(?:town|city|district|"
                      r"village)\s+of\s+)?$", re.IGNORECASE)
_BODY_TELLS_AFTER = re.compile(
    rf"{_BEFORE_VERB}(?:{_FILED}|said|told|reported|confirmed|stated|claimed)\b")
_WORDS_GIVEN_AT = re.compile(r"\b(?:statement|speech|address|remarks|talk|lecture|interview|"
                             r"briefing)\s+(?:[\w-]+\s+){0,2}?(?:given|delivered|made|issued|"
                             r"held)\s+(?:at|in)\s+(?:the\s+)?$", re.IGNORECASE)
_SEAT_IN = re.compile(r"\b(?:(?i:embass(?:y|ies)|consulates?|high\s+commission|ambassadors?|"
                      r"envoys?|diplomatic\s+missions?)|(?:Iranian|Afghan|Chinese|American|British|U\.?S\.?|"
                      r"Indian|Saudi|Emirati|Turkish|Russian|[Ff]oreign|Western)\s+(?i:officials|"
                      r"diplomats|(?:diplomatic\s+)?missions?))\s+in\s+(?:the\s+)?$")
# A post named in an apposition after a name, its place closing the apposition: "Ali Khan, the
# deputy commissioner in Pishin, said", "X, head of the information department in Spin Boldak,
# accused". The place is the post's seat, not a scene.
_TITLE_IN = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:commissioner|officer|official|head|chief|"
    r"spokes(?:man|person|woman)|in-charge|SHO|SSP|DPO|DSP|SP|administrator|director|chairman|"
    r"minister|governor|commander)(?:\s+of\s+(?:the\s+)?(?:[\w&-]+\s+){1,5}?)?\s*(?:\([^()]{1,20}\)\s*)?"
    r"(?:in|of|at|for)\s+(?:the\s+)?$", re.IGNORECASE)
# "the provincial capital of Balochistan": the capital is the scene, the province its address
_CAPITAL_OF = re.compile(r"\bcapital\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# A force or department by its remit: "the CTD in Balochistan", "the police department in Sindh"
_AGENCY_IN = re.compile(r"\b(?:CTD|[Dd]epartment|[Pp]olice|FC|Levies|Frontier\s+Corps|"
                        r"[Gg]overnment|[Aa]dministration)[ \t]*(?:\([A-Z]{2,6}\)[ \t]*)?\s+in\s+$")
_AGENCY_AFTER = re.compile(r"^\s+(?:CTD|Levies|FC|Frontier\s+Corps|[Pp]olice|[Gg]overnment|"
                           r"[Hh]ome\s+[Dd]epartment|[Aa]ssembly|[Cc]abinet)\b")
# a span of years or a trend, the words of a background line ("in recent years", "for
# decades", "a resurgence of terrorism across ..."); "decades-long" and "long-running" frame a
# pattern whatever the line counts (_FRAMED_AS_PATTERN)
_AT_LARGE = re.compile(
    r"\b(?:in\s+recent\s+(?:years|decades)|for\s+(?:many\s+)?(?:years|decades)|(?:over|for)\s+"
    r"the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:years|decades)|decade-long|years-long|"
    r"(?:re)?surgence\s+of|upsurge\s+(?:of|in)|no\s+connection\s+(?:to|with)|"
    # a count that grows over time, not one incident: "the growing number of disappearances"
    r"(?:growing|rising|increasing|mounting)\s+(?:number|tide|toll)\s+of)\b",
    re.IGNORECASE)
# A province named as the ground of a state of affairs, not of an act: "the enforced
# disappearances in Balochistan are ...", "concern over the crisis in Balochistan", "silencing
# dissent across the province", "a vaccination drive in Balochistan". An act has its own place
# below the province ("two men were abducted in Turbat"); a province's tally of acts is context
# too (ANNOTATION.md). Kept to nouns of a condition or a campaign: "attacks in Balochistan" may
# still be this report's.
_STATE_OF_AFFAIRS_IN = re.compile(
    # people at large over the province: "a loss for party workers across Balochistan"
    r"\b(?:(?:activists|people|residents|families|communities|citizens|workers)"
    r"(?=\s+(?:across|throughout)\b)|"
    r"crisis|crises|dissent|unrest|insurgency|insurgencies|militancy|lawlessness|situation|"
    r"repression|oppression|persecution|conditions?|tensions?|conflict|campaign|drive|"
    # acts only as an ongoing pattern: "the rise in disappearances in Balochistan" may open the
    # province's tally, which is where its counts happened (ANNOTATION.md)
    # ("the latest wave of killings in Balochistan" may be this report's own acts: not listed)
    r"(?:ongoing|continuing|persistent|widespread|rampant)\s+(?:enforced\s+)?disappearances)\s+"
    r"(?:in|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
# A line that says what something in the province is: "the disappearances in Balochistan are a
# grave violation", "militancy in the province remains one of ..."
_CHARACTERISED_AFTER = re.compile(r"\s+(?:are|is|remains?)\s+(?:a|an|one\s+of)\s")
_POSSESSIVE_AFTER = re.compile(r"(?:'s|\u2019s)\b")
# The province of a list of home towns: "truckers from Sadiqabad and Okara in the Punjab
# province" (the towns are homes, and so is the province that addresses them)
_HOMES_IN = re.compile(r"\bfrom\s+(?-i:[A-Z][\w'’-]*)(?:(?:\s+|\s*,\s*|\s+and\s+)"
                       r"(?-i:[A-Z][\w'’-]*)){0,6}\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)
# Going into the province is a movement, not an act there: "suspects have entered Balochistan"
_ENTERED = re.compile(r"\b(?:entered|entering|infiltrated|sneaked\s+into|"
                      r"crossed\s+(?:over\s+)?into)\s+(?:the\s+)?$", re.IGNORECASE)
# (not "pupils who had recently come to Hub for classes" told as "had ... arrived": a move long
# before, to the scene)
_ARRIVED_IN = re.compile(r"\b(?<!had\s)(?<!recently\s)(?:arrived|arriving|arrive|arrives)\s+"
                         r"(?:safely\s+|back\s+)?"
                         r"(?:in|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
_SECURITY_IN = re.compile(r"\bsecurity\s+(?:(?:in|around|across|at)\s+(?:and\s+around\s+)?)"
                         r"(?:(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)*\s+(?:and|,)\s+)?$",
                         re.IGNORECASE)
_SECURITY_RAISED = re.compile(r"[^.;]{0,60}?\b(?:beefed\s+up|tightened|heightened|stepped\s+up|"
                              r"enhanced|increased|reinforced|put\s+on\s+(?:high\s+)?alert)\b",
                              re.IGNORECASE)
# Where a group works, not where it struck: "an outfit operating mostly in Iran's Sistan and
# Balochistan province", "outfits active in Balochistan"
_OPERATES_IN = re.compile(r"\b(?:operat(?:es|ing)|active|based)\s+(?:[\w-]+,?\s+){0,5}?"
                          r"(?:(?:mainly|mostly|primarily|largely)\s+)?in\s+(?:the\s+)?$",
                          re.IGNORECASE)
# Places named as examples across a region: "from various regions including", "in several
# districts such as", "in areas like" ... and every name of the list it opens.
_EXAMPLES_OF_A_KIND = re.compile(
    r"\b(?:various|several|many|different|other|numerous)\s+(?:regions|areas|parts|districts|"
    r"cities|towns|places)(?:\s+of\s+(?:the\s+)?[\w-]+)?,?\s+(?:including|such\s+as|like)\s+"
    r"(?:(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*))?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$",
    re.IGNORECASE)
# A call for an inquiry into every case of a kind in a region: "demanded an impartial probe into
# all extrajudicial killings in Balochistan" (not "a probe into the killing of two men in Kech",
# which names this report's incident)
_GENERIC_INQUIRY = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)|demand(?:ed|s|ing)?|conduct|seek(?:s|ing)?|"
    r"sought)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:investigations?|inquir(?:y|ies)|"
    r"probes?)\s+(?:in)?(?:to|of)\s+(?:all\s+)?(?:(?:the\s+)?(?:extra-?judicial|custodial|"
    r"enforced|targeted|alleged)\s+)?[a-z]+s\b[^.;:]{0,60}$", re.IGNORECASE)
# Where help came from: "reinforcements from Jiwani and Pasni reached the spot" (the town
# named right after "from", or a list of them; "taken by personnel from their homes in Surab"
# is where people were taken from)
_HELP_FROM = re.compile(r"\b(?:forces|troops|reinforcements|contingents?)\s+from\s+"
                        r"(?:(?-i:[A-Z][\w'’-]*)\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$",
                        re.IGNORECASE)
# A named victim's home after a title or trade and the name: "bus drivers Jalal Din from Quetta
# and Naeem Khan from Kharan", "Driver Jalal Din, from Quetta" ...
_NAMED_HOME = re.compile(r"\b(?:drivers?|sepoys?|constables?|soldiers?|labou?rers?|workers?|"
                         r"passengers?|teachers?|students?|naik|havildar|sub-?inspector|"
                         r"shopkeepers?|victims?|journalists?)\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}"
                         r"(?-i:[A-Z])[\w'’-]*,?\s+from\s+(?:the\s+)?$", re.IGNORECASE)
# ... unless the man was taken there: "gunmen abducted Sepoy Karim Jan from Turbat"
_TAKEN_BEFORE = re.compile(r"\b(?:abduct\w*|kidnap\w*|picked\s+up|took|taken|taking|"
                           r"arrest\w*|detain\w*|seiz\w*|whisk\w*|dragged|pulled)\s+(?:away\s+)?"
                           r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# The words that give where people came from: "belonged to", "hailed from", "were from",
# "residents of" (ingest reads a breakdown of a group by them too)
ORIGIN_WORDS = (r"belong(?:s|ed|ing)?\s+to|hail(?:s|ed|ing)?\s+from|"
                r"(?:were|was|are|is)\s+(?:all\s+|originally\s+)?from|(?:residents?|natives?)\s+of")
# ... opening a list of homes: "belonged to the", "hailed from", "inhabitants of"
_HOMES_HEAD = re.compile(rf"\b(?:{ORIGIN_WORDS}|inhabitants?\s+of|originally\s+from|"
                         r"home\s*towns?\s+(?:of|in|were))\s+(?:the\s+)?$", re.IGNORECASE)
# The names of a list before a name: "Lahore, Gujrat, Khanewal and "
_LIST_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*"
                          r"(?:,\s*(?:and\s+)?|\s+and\s+))+$")
# A headquarters attacked is a site in its town, not a body's seat: "struck the FC headquarters in
# Quetta", "an attack on the police headquarters in Turbat"
_HQ_SITE = re.compile(r"\b(?:on|outside|near|inside|struck|attacked|targeted|stormed|hit|"
                      r"raided)\s+(?:the\s+|a\s+)?(?:[\w()'’-]+\s+){0,4}?headquarters\s+(?:in|of)\s+"
                      r"(?:the\s+)?$", re.IGNORECASE)
# A call to end a kind of act across a region: "the elders urged the state to end abductions
# in Balochistan"
_CALL_TO_END = re.compile(r"\b(?:calls?|called|calling|demand\w*|urg\w+|vow\w*|pledg\w*)\s+"
                         r"(?:[\w-]+\s+){0,3}?to\s+(?:end|stop|halt|curb|eliminate)\s+"
                         r"[^.;:]{0,60}$", re.IGNORECASE)
# Traffic cut between places by an incident elsewhere: a knock-on, told with a disruption word
_TRAFFIC_BETWEEN = re.compile(r"\btraffic\s+(?:between|to|from)\b[^.;:]{0,60}$", re.IGNORECASE)
_DISRUPTED = re.compile(r"\b(?:disrupt\w*|suspend(?:ed|ing)|halt(?:ed|ing)|"
                        r"came\s+to\s+a\s+(?:halt|standstill)|blocked)\b", re.IGNORECASE)
# Where people or goods were being carried, to or from: "a convoy carrying engineers to the
# Gwadar port", "lorries transporting wheat for Iran from Karachi port" (the cargo's ends)
_CARRIED_TO = re.compile(r"\b(?:carrying|transporting|ferrying|escorting|taking)\s+"
                         r"(?:[\w'’-]+\s+){1,4}?(?:to|for|from)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*\s+){0,3}?$",
                         re.IGNORECASE)
_FAMILY_IN = re.compile(r"\b(?:relatives?|family|families|father|mother|brothers?|sisters?|sons?|"
                        r"daughters?|wife|widow|heirs|uncle|parents|elders?)\s+in\s+$",
                        re.IGNORECASE)
_SAID_AFTER = re.compile(r"^[^.;:]{0,40}?\b(?:said|say|says|told|alleged|claimed|demanded)\b")
_COURT_IN = re.compile(r"\b(?:court|tribunal|bench|registry)\s+(?:in|at)\s+$", re.IGNORECASE)
_COURT_ACTS = re.compile(r"^\s*(?:,\s*)?(?:has\s+|had\s+|on\s+\w+\s+)?(?:ordered|directed|"
                         r"sentenced|acquitted|adjourned|heard|granted|issued|summoned|sought|"
                         r"remanded|dismissed|rejected|accepted|convicted|handed|sent|told)\b")


# A link to another story, set in the page as its headline: "Read more: Levies post attacked in
# Zamuran", "Related: BYC announces protest in Turbat". Its places belong to that story.
# (or a bare "READ:")
_STORY_LINK = re.compile(r"[ \t]*(?:read(?:\s+(?:more|also))?|also\s+read|see\s+also|related"
                         r"(?:\s+(?:stories|story|news|articles?))?|more\s+on\s+this)\s*[:|—–-]",
                         re.IGNORECASE)


def _caption_news(text: str, pos: int) -> bool:
    """Whether pos lies after the first sentence of a caption line: a caption that runs on into
    the story ("Caption: Fishermen carry a coffin in Jiwani. Two fishermen were killed off
    Jiwani on Sunday, ...") tells the news in its later sentences, not what a picture shows."""
    line_start = _line_start(text, pos, 600)
    if line_start is None:
        return False
    first_end = re.search(r"[.!?]\s+(?=[A-Z\"“])", text[line_start:pos])
    if first_end is None:
        return False
    rest = text[line_start + first_end.end():pos]
    return not re.match(r"\s*(?:[—–-]\s*)?(?:Photo|Picture|Image|File|Courtesy|AP|AFP|Reuters)\b",
                        rest)


def _line_start(text: str, pos: int, within: int) -> int | None:
    """Where pos's line starts, if no more than `within` characters back. Bounded: an unbounded
    look back per place made a text with no line breaks quadratic."""
    start = text.rfind("\n", max(0, pos - within), pos)
    if start >= 0:
        return start + 1
    return 0 if pos <= within else None


# A caption may end with its credit instead: "Mourners carry a coffin in Zhob on Monday. — Photo
# by the writer", "... (Photo: AFP)".
# Or with a grab's or a file picture's credit, its sources joined by slashes: "— screengrab",
# "— YouTube/ISPR/Screengrab", "— Reuters/File".
_CREDIT_END = re.compile(r"(?:[—–-]|\()\s*(?:Photo|Picture|Image|File\s+photo)(?:\s+(?:by|"
                         r"courtesy)\b|\s*:)[^\n.]{0,60}\)?\.?[ \t]*$|"
                         r"(?:[—–]|\s-|\()\s*(?:[\w.' -]{1,30}/\s*){0,3}"
                         r"(?:screen\s?grab|screenshot|file)\)?\.?[ \t]*$|"
                         # a wire photo's caption closes on its weekday and full date: "...
                         # is carried on a stretcher at a station in Mach, Wednesday, March 12,
                         # 2025." (prose says "on Wednesday")
                         r",[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t]+"
                         rf"(?:{MONTH_WORDS})\.?[ \t]+\d{{1,2}},[ \t]+(?:19|20)\d\d\.?"
                         r"(?:[ \t]*\([^)\n]{0,60}\))?[ \t]*$", re.IGNORECASE)


_AGENCY_CREDIT_END = re.compile(r"\.?\s*[—–-]\s*(?:Reuters|AFP|AP|Xinhua|Anadolu(?:\s+Agency)?|EPA|"
                                r"Getty\s+Images|APP|Online|PPI|INP|File)\.?[ \t]*$")


# A wire photo's caption tells its scene in the present tense and dates it in full: "A soldier
# stands guard at a border crossing in Chaman on January 27, 2019.", "Mourners gather outside
# a clinic in Sibi on May 4, 2021." (news prose tells in the past tense, dated by
# weekday); or it marks who stands where: "A policeman (R) and soldiers (L) ...".
_WIRE_CAPTION = re.compile(r"\b(?:stands?\s+guard|takes?\s+(?:up\s+)?positions?|mourns?|"
                           r"gathers?|carr(?:y|ies)|looks?\s+on|"
                           r"inspects?|walks?|sits?|offers?\s+(?:funeral\s+)?prayers|reacts?|"
                           r"chants?|waits?|patrols?|arrives?|examines?|surveys?|prays?|"
                           r"consoles?|comforts?|(?:is|are)\s+(?:seen|consoled|pictured))\b"
                           r"[^\n]{0,250}?(?:\bon\s+|,\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
                           r"Sun)day,\s+)?)(?:" + MONTH_WORDS + r")\.?\s+\d{1,2},\s+"
                           r"(?:19|20)\d\d\b|\((?:L|C|centre|center|left)\)")


@lru_cache(maxsize=4096)  # ingest asks it of the lead's sentences once for every undated one
def in_caption(text: str, pos: int) -> bool:
    """Whether pos lies in a line that is a photo caption ("Photo: ...", "Caption - ...", or a
    short line ending with a photo credit)."""
    if pos > 0 and (pos == len(text) or text[pos] == "\n"):
        pos -= 1  # a sentence's end at its line's end lies on that line, not the next
    line_start = _line_start(text, pos, 600)
    if line_start is None:
        return False
    if _CAPTION.match(text, line_start, min(pos, line_start + 30)) is not None:
        return True
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start <= 400 and _CREDIT_END.search(text, line_start, line_end):
        return True
    # a photo's agency credit after a one-sentence line: "Soldiers stand guard in Rawalpindi on
    # July 24, 2018. —Reuters" (a paragraph of the story is longer than one sentence)
    if line_end - line_start <= 300 and (credit := _AGENCY_CREDIT_END.search(
            text, line_start, line_end)) and text.find(". ", line_start, credit.start()) in (
            -1, credit.start() - 1):
        return True
    # (a wire caption is the line's first sentence, which a page may run on into the story:
    # "... on January 27, 2019. - Afghans ...")
    first_end = text.find(". ", line_start, line_end)
    first_end = line_end if first_end < 0 else first_end
    m = _WIRE_CAPTION.search(text, line_start, line_end)
    if m is None or m.start() >= first_end:
        return False
    end = text.find(". ", m.end(), line_end)
    end = line_end if end < 0 else end
    return pos < end and end - line_start <= 400


# A trend over a period, told as background: "the BLA has stepped up attacks on the railway
# through the Bolan Pass over the past year". It names where things have tended to happen, not
# where this report's incident did.
# ("Balochistan and Khyber Pakhtunkhwa have seen a sharp uptick in attacks over the past year",
# "the region, which has borne the brunt of the violence of late": the same trend told
# as what a region has lived through)
_TREND_VERB = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:stepped\s+up|intensified|escalated|"
                         r"increased|stepping\s+up|intensifying|on\s+the\s+rise)\b|"
                         r"\b(?:is|are)\s+on\s+the\s+rise\b|"
                         r"\b(?:(?:has|have|had)\s+(?:also\s+)?(?:seen|suffered|borne)|"
                         # without an auxiliary only these two: "KP witnessed a sharp rise"
                         r"(?:(?:has|have|had)\s+(?:also\s+)?)?(?:witnessed|experienced))"
                         rf"\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_TREND_NOUN}|brunt)\b",
                         re.IGNORECASE)
_TREND_PERIOD = re.compile(r"\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|"
                           r"two\s+|three\s+)?(?:years?|months|decades?)|in\s+recent\s+(?:years|months|"
                           r"times|weeks|days)|"
                           r"since\s+(?:19|20)\d\d|"
                           # a trend dated from an earlier turn: "since the truce collapsed in
                           # March 2024", "following the talks' failure in 2023"
                           r"(?:following|since|after)\s+(?:the\s+)?[^.;:,]{0,60}?\b"
                           r"(?:in\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b", re.IGNORECASE)


# "The killing comes amid a rise in attacks nationwide, mostly in
# Balochistan and Khyber Pakhtunkhwa": places after a trend phrase name where violence has grown,
# not where this incident happened. Places before it keep their role ("killed in Quetta amid a
# wave of attacks").
# ... and so after "follows", "comes after", "the latest in" a run of acts: "This escalation
# follows a string of deadly raids across Kech and Panjgur"
# ... and so after "which adds to a long list of" those taken, a run counted as a whole
_AMID_TREND = re.compile(rf"\b(?:amid|follows|following|(?:comes|came)\s+after|latest\s+in|"
                         rf"add(?:s|ed|ing)\s+to)\s+"
                         rf"(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_TREND_NOUN}|series|string|"
                         r"(?:growing|long|lengthening|rising|mounting|increasing)\s+"
                         r"(?:list|number|tally|toll)|"
                         # (a trend set off by dashes or brackets ends there: "The bomb -
                         # the latest in a run of such attacks - went off in Loralai")
                         r"spree|chain)\s+(?:in|of)\b(?:(?!\s-\s)[^.;)])*$", re.IGNORECASE)


# A trend phrase that opens its sentence ends at the comma before the main clause: "Amid a wave
# of disappearances, forces detained two men at a checkpoint in Gwadar" (not at a comma of a
# list of places: "Amid attacks in Kech, Panjgur and Gwadar, ...")
_MAIN_CLAUSE_AFTER = re.compile(r",[^,]*?\b(?!(?:and|or|the|in|of|at|near|from|district|"
                                r"districts|areas?|regions?|province)\b)(?-i:[a-z]{3,})\b")


def _after_a_fronted_frame(text: str, lo: int, frame: int, at: int) -> bool:
    """Whether the trend phrase at `frame` opens the sentence and a comma closes it before the
    clause that names the place at `at`."""
    return not text[lo:frame].strip(" \t\n\"'“‘") and \
        _MAIN_CLAUSE_AFTER.search(text, frame, at) is not None


# A trend sentence may name this report's incidents by their places: "both the Musakhel and
# Panjgur incidents reflect the rise". Those names are still the incidents' places.
_NAMES_INCIDENT_AFTER = re.compile(r"^(?:\s*(?:,|and)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})*\s+"
                                   r"(?:incidents?|attacks?|blasts?|bombings?|killings?|massacre|"
                                   r"abductions?|ambush)\b")


@lru_cache(maxsize=64)
def _trend_sentence(text: str, lo: int, hi: int) -> bool:
    return _TREND_VERB.search(text, lo, hi) is not None and \
        _TREND_PERIOD.search(text, lo, hi) is not None


# A protest told with nothing done to anyone at it: "teachers staged a protest in Chitkan bazaar",
# "relatives blocked the main road in Panjgur", "transporters went on strike in Turbat". It
# answers an incident told elsewhere; where police arrest or fire on the protesters, those acts
# are incident words of their own and the place stays the scene.
# When the report leads with a protest ("police broke up the BYC's sit-in on Sariab Road"), the
# protest is its news and stays the scene. A road blocked with no protest word is armed men's
# act ("gunmen blocked the highway near Khad Kucha"), not a protest.
_PROTEST_WORD = re.compile(r"(?:protest\w*|demonstrat\w*|demos?|sit-in|rall(?:y|ies)|march\w*|"
                           r"strikes?|gathered|assembled|converged|"
                           r"shut(?:ter)?-?down)$", re.IGNORECASE)
# ("March" with a capital is the month: "its monthly report for March")
_PROTEST_LEAD = re.compile(r"\b(?:protest\w*|demonstrat\w*|demos?|sit-ins?|rall(?:y|ies)|"
                           r"(?-i:march(?:es|ed|ers)?)|strike|shut(?:ter)?-?down)\b",
                           re.IGNORECASE)


# The venue a protest word governs: "protests in", "demonstrations were held at", "shutter-down
# strikes across various cities of" (a drone strike is no protest: only a strike of a protest's
# kind counts)
_PROTEST_AT = re.compile(
    r"\b(?:protests?|demonstrations?|demos?|sit-ins?|rall(?:y|ies)|(?-i:march(?:es)?)|"
    r"(?:shutter-?down|wheel-?jam|general|hunger)\s+strikes?|"
    # the shut shops and markets of a strike: "with businesses closed in Chagai and Surab"
    r"(?:businesses|shops|markets|bazaars)(?:\s+(?:were|remained|stayed))?\s+(?:closed|shut)"
    r"(?:\s+and\s+roads\s+(?:were\s+)?blocked)?)\s+(?:(?:were|was|had\s+been|"
    # ("a rally was also held in Kharan": another protest beside the lead's)
    r"have\s+been)\s+)?(?:(?:also|again|later|simultaneously)\s+)?(?:(?:held|staged|observed|organi[sz]ed|taken\s+out|"
    # a protest's own verb: "protests erupted in Mastung and Turbat", "the sit-in entered its
    # third day at"
    r"erupted|broke\s+out|spread|continued|took\s+place|"
    # whose protest it is, between: "a sit-in by his family at", "organised by the BYC at"
    r"(?:(?:organi[sz]ed|staged|held|led)\s+)?by\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w'’()-]+\s+){0,5}?[\w'’()-]+|"
    r"(?:entered|reached)\s+(?:its|their|the)\s+[\w-]+\s+day)\s+)?"
    r"(?:in|at|across|outside|throughout)\s+(?:the\s+)?(?:(?:various|several|many|other|"
    r"different|major|all)\s+)?(?:(?:cities|towns|districts|parts|areas)\s+of\s+(?:the\s+)?)?"
    # ... and every name of the list it opens: "protests in Quetta and Karachi"
    r"(?:(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*))?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$",
    re.IGNORECASE)


# A protest the lead's people were on their way to ("supporters heading to Gwadar to attend a
# rally came under fire in Mastung") is the journey's purpose; what happened on the way is the
# news, so the protest does not lead the report.
_TO_ATTEND = re.compile(rf"{_ATTEND}(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w-]+\s+)?$",
                        re.IGNORECASE)


_HIT_NEAR = 100  # characters between a protest word and the act that hit it


# What ends a protest word's clause between it and an act: a sentence's end, ", and".
_CLAUSE_BREAK = r"[.!?;]\s|,\s+and\s"
# ... and, for a venue, a cause told as what set the protest off ("The arrest of the leader
# sparked strikes in ..."), and a comma before it (an act listed before the protest is another
# item of the list: "has recorded abductions, led protests in Quetta")
_VENUE_BREAK = _CLAUSE_BREAK + r"|\bsparked\b|\bprompted\b|\btriggered\b|\bset\s+off\b"


def _act_on_protest(text: str, at: int, lo: int, acts: list[re.Match[str]], breaks: str,
                    breaks_before: str) -> bool:
    """Whether one of `acts` fell on the protest word at `at`: near it (_HIT_NEAR), with nothing
    of `breaks` between them (`breaks_before` when the act is told first), and not the act the
    protest is against ("against the killing of")."""
    return any(not _PROTESTED_ACT.search(text, max(lo, h.start() - 130), h.start())
               and abs(h.start() - at) <= _HIT_NEAR
               and not re.search(breaks_before if h.start() < at else breaks,
                                 text[min(h.start(), at):max(h.start(), at)])
               for h in acts)


def _protest_hit_near(text: str, at: int, lo: int, hi: int) -> bool:
    """Whether an act in the sentence fell on the protest word at `at` ("police baton-charged a
    rally in Turbat", "a suicide bomber struck a rally"): the act words, any casualty phrasing
    and a bomb's words, in the venue's clause."""
    acts = [*_PROTEST_HIT.finditer(text, lo, hi), *_BOMB_HIT.finditer(text, lo, hi),
            *_CASUALTY_ACT.finditer(text, lo, hi)]
    return _act_on_protest(text, at, lo, acts, _VENUE_BREAK, _VENUE_BREAK + r"|,")


# ... or a bomb that struck it: "a suicide bomber struck a rally in Mastung"
_BOMB_HIT = re.compile(r"\b(?:struck|targeted|targeting|bomb(?:er|ing|ed|s)?|blasts?|explosions?|"
                       r"suicide|grenades?|gunmen|opened\s+fire)\b", re.IGNORECASE)


def _protest_lead(text: str, end: int) -> bool:
    """The report leads with a protest that was itself hit (ANNOTATION.md, round 25: a venue
    where only a protest took place is context; one where the protest was attacked, broken up
    with casualties or its people detained is the scene)."""
    protests = [m for m in _PROTEST_LEAD.finditer(text, 0, end)
                if not _TO_ATTEND.search(text, max(0, m.start() - 40), m.start())]
    # (the act the protest is against is no hit on it: "demanding the release of people
    # arrested after the attack"; and the hit falls on the protest only near it, in its clause:
    # "a report on disappearances, protests by the families, and the killing of two men
    # previously detained" lists a protest beside other people's acts)
    acts = list(_PROTEST_HIT.finditer(text, 0, end)) if protests else []
    return any(_act_on_protest(text, m.start(), 0, acts, _CLAUSE_BREAK, _CLAUSE_BREAK)
               for m in protests)


_PROTEST_HIT = re.compile(r"\b(?:arrest\w*|detain\w*|batons?|baton-charg\w*|tear[\s-]?gas|"
                          r"br(?:oke|eak|eaking)\s+up|dispers\w*|suppress\w*|crack(?:ed)?\s*down|"
                          r"fired|shot|shelled|injur\w*|wound\w*|killed|lathi|rounded\s+up|"
                          r"taken\s+into\s+custody|clash\w*|attack\w*|raid\w*|picked\s+up)\b",
                          re.IGNORECASE)


# The dead carried by protesters ("a sit-in with the bodies", "marched with their son's body")
# are what the protest shows, no act told at its venue.
_WITH_BODY = re.compile(r"\bwith\s+(?:the|their|his|her|its)?\s*(?:(?:[A-Z][\w.]*\s+){0,3}"
                        r"[\w.]+(?:'s|’s|s')\s+)?(?:dead\s+)?$")


# What a protest is against or asks for is its cause, and the families of the missing are who
# protests: no act told at its venue ("protested against the abduction of two students", "a
# rally demanding the release of the detained", "calling for the recovery of ...", "advocating
# for Karim's release", "relatives of three missing men staged a sit-in")
# ("to protest the enforced disappearances of ...", "demanding the recovery of enforced
# disappearance": the verb itself, and up to three words between)
_PROTESTED_ACT = re.compile(r"\b(?:against|over|demand\w*|(?:call\w*|ask\w*|advocat\w*|press\w*)\s+"
                            r"for|seek\w*|urg\w*|protest(?:ing|ed|s)?(?!\s+(?:against|over)\b)|"
                            # "chanting slogans condemning enforced disappearances", "a rally
                            # in favour of the missing persons"
                            r"condemn(?:ing|ed|s)?|in\s+(?:favou?r|support)\s+of|"
                            # "to raise their voice for disappeared youths", "due to an increase
                            # in the number of enforced disappearances"
                            r"rais\w*\s+(?:their\s+|its\s+|our\s+|a\s+)?voices?\s+(?:for|against)|"
                            r"(?:increase|rise|surge|spike)\s+in(?:\s+the\s+number\s+of)?|"
                            # "In response to his disappearance, the family blocked the road"
                            r"in\s+(?:response|reaction)\s+to|"
                            r"(?:famil(?:y|ies)|relatives|kin|mothers|heirs|"
                            r"parents)\s+of(?:\s+(?:the|two|three|four|five|six|\d+))?)\s+"
                            r"(?:the\s+|their\s+|his\s+|her\s+|"
                            r"(?-i:[A-Z][\w'’-]*\s+){0,2}(?-i:[A-Z][\w'’-]*)(?:'s|’s)\s+)?"
                            r"(?:[a-z][\w-]*\s+){0,3}$|"
                            # what is demanded runs to the clause's end: "demanding the freedom
                            # of young men held after a raid on a Levies post"
                            r"\b(?:demand(?:ing|ed|s)?|(?:call|ask|press)(?:ing|ed|s)?\s+for)\s+"
                            r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:release|recovery|return|arrest|"
                            r"justice)\b"
                            # ... through the descriptions of whoever is demanded: "the
                            # recovery of Sherjan, who went missing on May 5, and Irshad, son of
                            # Ghafoor, who was taken a day later", "the return of Dilawar,
                            # allegedly detained by the forces"
                            r"(?:[^,.;:()\"]|,(?=\s+(?:(?:who|whom|son|daughter|wife|brother|"
                            r"allegedly|reportedly|apparently|(?:19|20)\d\d)\b|and\s+[A-Z]))"
                            r"){0,200}$|"
                            # ... and so does what it is against: "a rally against fake encounters
                            # and forced disappearances"
                            r"\bagainst\s+[^,.;:()\"]{0,100}$", re.IGNORECASE)


# ... unless the cause happened at the venue itself: "a rally in Turbat against the killing of
# a student there"
_THERE_AFTER = re.compile(r"[^.;,]{0,40}?\bthere\b")


# A road blocked by the people an attack left behind, not by armed men: the blocking is their
# protest even with no protest word ("villagers blocked the main road on Monday")
_PROTESTERS_BLOCK = re.compile(r"\b(?:residents|locals|relatives|families|family|family\s+members|"
                               r"villagers|traders|shopkeepers|transporters|protesters|"
                               r"demonstrators|mourners|heirs|students|workers)\b"
                               # ("went on to block the N-65": the bare verb too)
                               r"[^.;:]{0,60}?\bblock(?:ed|ing|s)?\b", re.IGNORECASE)


# (a name goes on to a place noun, or is the missing persons' own: "Voice for Baloch Missing
# Persons", the province's most quoted group, "Missing Persons Chowk")
_NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][\w'’-]*)+\s+(?:Chowk|Camp|Square|Road|Club|Park|Ground)\b|"
                           r"(?<=Missing)\s+Persons\b")


# What a place does in answer to an incident told elsewhere, with the incident named only as its
# cause: "Security was tightened in Quetta after the attack", "Markets remained closed in Turbat
# to mourn the killings", "mobile internet was suspended in Kech following the blast". The
# place is where the answer happened, not the scene (as a protest's venue is not).
_RESPONSE = re.compile(
    r"\b(?:an\s+|a\s+state\s+of\s+)?emergency\s+(?:was|has\s+been|had\s+been)\s+(?:imposed|declared|"
    r"enforced)\b|"
    # ... and told actively: "the health secretary declared a state of emergency in hospitals"
    r"\b(?:declared|imposed|announced|enforced)\s+(?:an\s+|a\s+)?(?:state\s+of\s+)?emergency\b|"
    # ("Security in Turbat has been tightened": the place may stand inside)
    r"\bsecurity\s+(?:(?:in|across|around)\s+(?:the\s+)?(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*))?"
    r"\s+)?(?:was|has\s+been|had\s+been|were|is)\s+(?:further\s+)?(?:tightened|beefed\s+up|"
    r"heightened|stepped\s+up|increased|enhanced|put\s+on\s+(?:high\s+)?alert)\b|"
    r"\b(?:markets|shops|businesses|bazaars?|schools|educational\s+institutions)\s+(?:remained|"
    r"were|stayed|have\s+been|had\s+been)\s+(?:closed|shut)\b|\b(?:mourning|a\s+strike|a\s+shutter-?"
    r"down\s+strike)\s+(?:was|is|has\s+been)\s+observed\b|\b(?:mobile|cellular|internet)\s+"
    r"(?:phone\s+|data\s+)?(?:services?|internet)?\s*(?:was|were|remained|has\s+been|have\s+been)"
    r"\s+(?:suspended|shut\s+down|cut)\b|"
    # a funeral's people, wherever it is held: "Relatives in Multan carried the coffin of a victim"
    r"\b(?:carr(?:y|ies|ied|ying)|shoulder(?:s|ed|ing)?)\s+(?:the\s+|a\s+)?(?:coffins?|caskets?)\b",
    re.IGNORECASE)
# The incident named as what the answer follows: "after the attack", "to mourn the killings"
# (or whose dead the funeral buries: "the coffin of one of the slain", "a victim of the blast")
_AS_CAUSE = re.compile(r"\b(?:after|following|in\s+the\s+wake\s+of|in\s+response\s+to|to\s+mourn|"
                       r"mourning|"
                       r"search(?:es|ing)?\s+for|hunt(?:s|ing)?\s+for|to\s+(?:arrest|trace|nab)|"
                       r"to\s+condemn|condemning|against|victims?\s+of|"
                       r"(?:coffins?|caskets?)\s+of(?:\s+one\s+of)?)\s+(?:the\s+|this\s+|these\s+|that\s+|"
                       r"those\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


@lru_cache(maxsize=64)
def _answers_elsewhere(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence tells only a place's answer to an incident it names as a cause
    ("Security was tightened in Quetta after the attack"; see _RESPONSE)."""
    return _RESPONSE.search(text, lo, hi) is not None and not [
        m for m in (*_INCIDENT_WORDS.finditer(text, lo, hi), *_CASUALTY_ACT.finditer(text, lo, hi))
        if not _PROTEST_WORD.match(m.group(0))
        and not _AS_CAUSE.search(text, max(lo, m.start() - 40), m.start())]


@lru_cache(maxsize=64)
def _protest_only(text: str, lo: int, hi: int) -> bool:
    words = [m.group(0) for m in (*_INCIDENT_WORDS.finditer(text, lo, hi),
                                  *_CASUALTY_ACT.finditer(text, lo, hi))
             if not (m.group(0).lower().startswith("bod")
                     and _WITH_BODY.search(text, max(lo, m.start() - 40), m.start()))
             # (the protest itself is never its own cause: "the family of Nadir has been
             # protesting on Jinnah Road" is a protest, whoever protests)
             and not (_PROTESTED_ACT.search(text, max(lo, m.start() - 260), m.start())
                      and not _THERE_AFTER.match(text, m.end(), hi)
                      and not _PROTEST_WORD.match(m.group(0)))
             # a word of a place's name: "demonstrating at Missing Persons Chowk"
             and not (m.group(0)[0].isupper() and m.start() > lo + 1
                      and _NAME_GOES_ON.match(text, m.end(), hi))]
    blocked = [w for w in words if w.lower().startswith("block")]
    if blocked and len(words) == len(blocked) and _PROTESTERS_BLOCK.search(text, lo, hi):
        return True  # "residents blocked the highway after the attack": a protest
    return len(words) > len(blocked) and all(
        _PROTEST_WORD.match(w) for w in words if w not in blocked)


# Every phrasing the figures count as a casualty's act tells an act for the role as well: the
# role and the figure read one vocabulary ("was taken by forces", "apprehended", "bodies")
_CASUALTY_ACT = re.compile("|".join(rf"\b(?:{p})\b" for p, _ in CATEGORY_WORDS), re.IGNORECASE)


# A hold-up is an act of its own: armed men stopping or intercepting a vehicle ("gunmen
# stopped a coach near Kalat"), told apart from what they did to the people in it
_HOLD_UP = re.compile(r"\b(?:gunm[ae]n|armed\s+(?:m[ae]n|individuals|persons|assailants)|"
                      r"assailants|attackers|militants|terrorists|kidnappers|abductors|"
                      r"miscreants)\b[^.;]{0,40}?\b(?:stopp(?:ed|ing)|intercept(?:ed|ing)|"
                      r"halt(?:ed|ing))\b", re.IGNORECASE)


def _tells_act(text: str, lo: int, hi: int) -> bool:
    return _INCIDENT_WORDS.search(text, lo, hi) is not None \
        or _CASUALTY_ACT.search(text, lo, hi) is not None \
        or TOLD_TAKEN.search(text, lo, hi) is not None \
        or _HOLD_UP.search(text, lo, hi) is not None


# A province named where acts are told in general says what the province is like, not that the
# report's event happened there (round 20): a bare plural or mass noun ("attacks have been rising
# in X", "violence in X", "killings across X"), or a word for those who do such acts ("militants
# in X"). An act told as done (a verb: "were shot", "exploded") or made particular by an
# article, a count, a tally's word or a day ("a blast", "the raids", "a series of attacks", "98
# cases", "during March") is an event. Disappearances, abductions, arrests and detentions are
# left out: the rights groups' periodic reports tally them across the province, and there the
# province is the scene (ANNOTATION.md 3; in development 5 of 7 such mentions were).
_GENERAL_ACT = re.compile(
    r"(?:attacks|blasts|explosions|bombings|ambushes|raids|operations|clashes|"
    r"killings|deaths|strikes|protests|demonstrations|"
    r"rallies|incidents|assaults|encounters|rockets|mortars|drones|IBOs|casualties|fatalities|"
    r"violence|protest|militants?|insurgents?|insurgency|terroris\w+|gunm[ae]n|"
    r"crimes|violations)",
    re.IGNORECASE)
# what makes an act noun one event: an article, a demonstrative or a count, within three words
_PARTICULAR_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|these|those|both|another|twin|\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|several|multiple|numerous|many|series\s+of)\s+"
    r"(?:(?!(?:of|in|on|by|to|for|with|from|at)\b)[\w'’-]+,?\s+){0,3}$", re.IGNORECASE)
# a day, a month or a count anywhere in the sentence ties its acts to events: "during March",
# "98 cases of enforced disappearances in Kech" (a tally counts events); a year alone does not
_DAY_TOLD = re.compile(r"\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                       r"January|February|March|April|June|July|August|September|October|"
                       r"November|December)\b|May\s+\d|\d{1,2}\s+May\b|"
                       r"(?!(?:19|20)\d\d\b)\d+\b|(?i:one|two|three|four|five|six|seven|eight|"
                       r"nine|ten|eleven|twelve|dozens?|hundreds|scores)\b|"
                       r"(?i:cases|recorded|documented|registered)\b|"
                       r"(?i:yesterday|last\s+night|(?:this|on\s+the)\s+(?:morning|evening|night)))")


@lru_cache(maxsize=64)
def _tells_event(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence tells an act as an event, not only acts in general."""
    if _DAY_TOLD.search(text, lo, hi):
        return _tells_act(text, lo, hi)
    for rx in (_INCIDENT_WORDS, _CASUALTY_ACT, TOLD_TAKEN):
        for m in rx.finditer(text, lo, hi):
            if not _GENERAL_ACT.fullmatch(m.group(0)) or _PARTICULAR_BEFORE.search(
                    text, max(lo, m.start() - 60), m.start()):
                return True
    return False


# a place named as where acts in general happen: "violence in X", "operations across X"
_GENERAL_ACT_IN = re.compile(rf"\b({_GENERAL_ACT.pattern})\s+(?:in|across|throughout)\s+"
                             r"(?:the\s+)?(?:(?:occupied|restive|troubled|volatile|"
                             r"resource-rich|southwestern|western)\s+)?$", re.IGNORECASE)


_FRAMED_AS_PATTERN = re.compile(
    r"\b(?:part\s+of\s+(?:a|an|the|their|its|his)\s+(?:[\w-]+\s+){0,3}?(?:trend|campaign|pattern|"
    r"efforts?|struggle|resistance|policy|drive)|(?:have|has|had)\s+long\s+(?:been\s+)?"
    r"(?:documented|faced|suffered|accused|alleged|witnessed|seen)|systematic(?:ally)?\b|"
    r"broader\s+(?:issue|pattern|problem|campaign)|long-running|decades-long|"
    r"ongoing\s+(?:insurgency|conflict|resistance|campaign|struggle|protests?|crackdown|"
    r"violence)|"
    # "the ongoing issue of abductions in the province", "the grave issue of"
    r"(?:ongoing|grave|persistent|chronic|longstanding|long-standing)\s+(?:issue|problem|"
    r"crisis)\s+of|"
    # "In continuation of the custodial killings in Balochistan, two more ...", "the problem
    # persists in many parts of Balochistan"
    r"in\s+continuation\s+of|persist(?:s|ed|ing)?\s+(?:across|in|throughout))", re.IGNORECASE)


def _home_or_seat(before: str) -> bool:
    """Whether the words before a place make it someone's home or where a speaker spoke ("a
    resident of", "Captain Karim, 31, from", "speaking to reporters in"): the phrases role_of
    reads as context of that kind. ("Miners from X" is left out: "taking miners from X to Y"
    names a route's end, which the sentence's district does place.)"""
    return _CONTEXT_BEFORE.search(before) is not None or _AGE_FROM.search(before) is not None


def _general_act_at(text: str, hit: PlaceHit, lo: int, hi: int) -> bool:
    """Whether the place is where acts in general happen, in a sentence that dates or counts
    none of them."""
    m = _GENERAL_ACT_IN.search(text, max(lo, hit.start - 80), hit.start)
    return m is not None and not _DAY_TOLD.search(text, lo, hi) and not \
        _PARTICULAR_BEFORE.search(text, max(lo, m.start() - 60), m.start())


@lru_cache(maxsize=64)
def _incident_sentence(text: str, lo: int, hi: int) -> bool:
    # Once per sentence, not once per place in it: a sentence with thousands of places (a
    # hostile text with no full stops) made the repeated scan quadratic. A str caches its hash,
    # so keying on the whole text is cheap.
    return _tells_act(text, lo, hi) and not tells_an_accident(text, lo, hi)


# The last word of a name for a spot inside a town: a street, quarter, market or a building
# that serves the town (a stadium, university, college or hospital)
_TOWN_SPOT_WORD = re.compile(rf"\s(?:{_TOWN_PART_WORDS}|Town|Stadium|University|College|"
                             r"Hospital)$")
# Of those, the ones a town names after another place ("Kalat Road" is a street of Quetta)
_NAMED_AFTER_WORD = re.compile(r"\s(?:Road|Street|Chowk)$")
_NAMED_AFTER = re.compile(r"[ \t]+(?:Road|Street|Chowk)\b")


def contained(mention: str, start: int, end: int, district: Place, why: str, *,
              score: float = 100.0, suggestions: tuple[tuple[str, float], ...] = (),
              role: str = "incident", known: str = "") -> PlaceHit:
    """A name placed at the district of the place that holds it, at district precision; its
    note (the cue a reviewer reads) says which evidence decided: the same phrase ("the Kank
    area of Khuzdar"), the sentence, the paragraph, the report's town or its one district.
    `known` says why a name the gazetteer holds is placed otherwise ("named after Zhob")."""
    what = f"{mention!r} is {known or 'not in the gazetteer'}"
    return PlaceHit(mention, start, end, district, CONTAINED, score, suggestions, role=role,
                    note=f"{what}; {why}: placed at {district.name} (district precision)")


def _evidence(hit: PlaceHit, role: str) -> str | None:
    """What a place of a sentence says about where the sentence's other names lie: a Balochistan
    district, "outside" (a place beyond the province, where the sentence's names may lie as
    well), or nothing (the province or the country hold everything; a route end, a home town or
    a hospital the wounded were taken to holds nothing of the scene). An official's seat in a
    speaker's name ("the Noshki SSP said") is the district the speaker answers for."""
    p = hit.place
    if p is None or (p.kind == "province" and p.province == "Balochistan") \
            or (p.kind == "country" and p.country == "PK"):
        return None
    if role != "incident" and hit.note != "a place in a speaker's name":
        return None
    if p.country != "PK" or (p.province or "Balochistan") != "Balochistan":
        return "outside" if role == "incident" else None
    return p.district or None


def settle_unknown_places(text: str, sentences: list[tuple[int, int, int]],
                          hits: list[list[PlaceHit]], roles: list[list[str]],
                          finder: PlaceFinder, town: Place | None) -> None:
    """News prose names a village, area, street or hospital the gazetteer lacks inside a larger
    place it knows: in the same sentence ("a grenade hit a shop in Soranj, and a second went
    off in Mastung an hour later"), in the same paragraph, or through the report's one
    incident district (its dateline or lead). Such a name (unresolved, in `hits`, one list per
    sentence; `sentences` gives each one's start, end and paragraph) takes that district, at
    district precision, with low confidence and a note naming the evidence. The nearest
    evidence decides: the sentence, then the last sentence before it that names a scene (a
    story names its district, then goes on about a market or a road there without naming it
    again: "A blast hit Turbat. The market near the bus stand was closed"), then the paragraph.
    A scope naming two districts, or a place outside the province, places nothing (nor does
    the report level then). A name that says it is part of
    a town (a street, colony, market, stadium, hospital ...) takes the report's town
    (`report_town`: the dateline's, or the one town of the lead) before the report's incident
    district. A name that is no scene (a home town, a speaker's seat) or that is a region
    itself ("X district of Sindh") takes nothing but its own phrase. Changes `hits` in place."""
    home = town if town is not None and town.province == "Balochistan" and town.district \
        else None
    if home is not None:  # "Zhob Road" in a Quetta report: a street, not the far town
        for hs in hits:
            for i, h in enumerate(hs):
                if _named_after(text, h, home):
                    road = _NAMED_AFTER.match(text, h.end)
                    end = road.end() if road else h.end
                    hs[i] = PlaceHit(text[h.start:end], h.start, end, None, h.method, h.score,
                                     h.suggestions, role=h.role)
    # A street or square the gazetteer holds in one town only ("Jinnah Road", "GPO Chowk" of
    # Quetta): towns across the province name a main road after the founder and a square after
    # the post office, so in a report none of whose scenes lies in that town's district the
    # name is a street of the story's own town, placed as an unknown name would be (and kept
    # as found where nothing places it)
    own = {e for hs, rs in zip(hits, roles, strict=True) for h, r in zip(hs, rs, strict=True)
           if not _town_street(h) and (e := _evidence(h, r))}
    streets: dict[tuple[int, int], PlaceHit] = {}
    if own and "outside" not in own:
        for si, hs in enumerate(hits):
            for i, h in enumerate(hs):
                if _town_street(h) and h.place is not None and h.place.district not in own:
                    streets[(si, i)] = h
                    hs[i] = PlaceHit(h.mention, h.start, h.end, None, h.method, h.score,
                                     h.suggestions, role=h.role)
    found = [[_evidence(h, r) for h, r in zip(hs, rs, strict=True)] for hs, rs in zip(
        hits, roles, strict=True)]
    by_para: dict[int, set[str]] = {}
    for (_, _, para), ev in zip(sentences, found, strict=True):
        by_para.setdefault(para, set()).update(e for e in ev if e)
    report = {e for ev in found for e in ev if e}
    # the evidence of the last sentence before that had any, and that sentence's paragraph
    before: set[str] = set()
    before_para = -1
    for index, ((_, _, para), hs, ev) in enumerate(zip(sentences, hits, found, strict=True)):
        sentence = {e for e in ev if e}
        # the districts the sentence names in any role: a route end or a distance reference
        # ("20 km from Turbat") places nothing, but a wider answer must agree with them
        named = _districts_named(hs)
        for i, h in enumerate(hs):
            if h.method == ROUTE:
                # a road named by its ends is not in either end: only the sentence's other
                # districts must agree with where it is put
                named_here = _districts_named([o for o in hs if not h.start <= o.start < h.end])
            elif h.place is not None or h.method == "road_number" or not _place_like(text, h) \
                    or _listed_with_known(text, h, hs):
                continue
            else:
                named_here = named
            why = _container_of(text, h, hs, sentence, before, before_para == para,
                                by_para[para], report, home, roles[index][i] == "incident"
                                # a road's protest or traffic is told where it runs
                                or h.method == ROUTE)
            if why is None or (named_here and why[0] not in named_here):
                continue
            district_name, cue = why
            district = finder.gazetteer.district_place(district_name)
            if district is None:
                continue
            street = streets.pop((index, i), None)
            hs[i] = contained(h.mention, h.start, h.end, district, cue, score=50.0,
                              suggestions=h.suggestions, role=h.role,
                              known=f"in the gazetteer only in {street.place.district}"
                              if street is not None and street.place is not None else "")
        if sentence:
            before, before_para = sentence, para
    for (si, i), h in streets.items():
        if hits[si][i].place is None:
            hits[si][i] = h


def _town_street(hit: PlaceHit) -> bool:
    """A street or square of a town the gazetteer holds as found by its own name ("Jinnah
    Road" of Quetta), not one placed by the words around it."""
    return hit.place is not None and hit.place.kind == "neighbourhood" \
        and hit.method in ("exact", "alias") and _NAMED_AFTER_WORD.search(hit.mention) is not None


def _districts_named(hits: list[PlaceHit]) -> set[str]:
    """The Balochistan districts these places lie in, whatever their roles."""
    return {h.place.district for h in hits if h.place is not None and h.place.district
            and h.place.province == "Balochistan"}


# Where prose puts a place: after a spatial preposition, or in a list that one opens ("in
# Gichk, Soler and Raghe"), or as someone's home ("a resident of Askani")
_SPATIAL_BEFORE = re.compile(
    r"\b(?:in|at|near|from|towards?|outskirts\s+of|vicinity\s+of|(?:village|area|town|city)\s+of|"
    r"parts\s+of|(?:residents?|natives?)\s+of)\s+(?:the\s+)?"
    rf"(?:(?:{_CAP})(?:[ \t]+(?:{_CAP})){{0,2}}(?:\s*,\s*(?:and\s+)?|\s+and\s+)){{0,4}}$")


def _place_like(text: str, hit: PlaceHit) -> bool:
    """An unknown name worth placing: one that says it is a spot of a town, one a place noun
    follows ("Kank area"), or one a spatial preposition opens and no "of" continues ("in Kank";
    not "resulting in Shahadat of nine soldiers", a word, nor "including Karim", a person)."""
    if (mention_key(hit.mention)[1] and not _TOWN_SPOT_WORD.search(hit.mention)) \
            or _REGION_AFTER.match(text, hit.end):
        return False  # "District Badin", "the Zabul province": a region, not a place in one
    if len(hit.mention.split()) > 1 and _TOWN_SPOT_WORD.search(hit.mention):
        return True
    if re.match(rf"\s+(?:{PLACE_NOUNS})\b", text[hit.end:hit.end + 25]):
        return True
    return _SPATIAL_BEFORE.search(text[max(0, hit.start - 80):hit.start]) is not None \
        and not re.match(r"\s+of\b", text[hit.end:hit.end + 4])


# A name followed by one of these is a region itself: "Thatta district of Sindh", "the Mardan
# region", "Zabul province"
_REGION_AFTER = re.compile(r"\s+(?:district|province|region|division|state|country)\b",
                           re.IGNORECASE)


# Between a name and the place that holds it: "X in Y", "X near the Y", "X, Y", "X (Y)"
# A bearing with no distance is as near as "near": "the general area of X, south of Sibi"
_HOLDER_GAP = re.compile(r",?\s+(?:in|at|near|of|outside)\s+(?:the\s+)?|\s*,\s*|\s*\(\s*|"
                         r",?\s+(?i:north|south|east|west)(?i:[\s-]?(?:east|west))?(?i:ern)?"
                         r"\s+of\s+(?:the\s+)?")


def _phrase_holder(text: str, hit: PlaceHit, hits: list[PlaceHit]) -> PlaceHit | None:
    """The known place the same phrase puts a name in, right after it: "taken to the Civil
    Hospital in Mastung", "a sit-in at Karim Chowk, Turbat", "Soranj (Kalat)"."""
    after = [o for o in hits if o.start >= hit.end and o.place is not None]
    if not after:
        return None
    nearest = min(after, key=lambda o: o.start)
    return nearest if _HOLDER_GAP.fullmatch(text, hit.end, nearest.start) else None


# Names listed side by side: "Sheban and Panjgur", "Gichk, Soler, and Raghe"
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+")
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:and\s+)?[A-Z]|\s+(?:and|or)\s+[A-Z]")


def _listed_with_known(text: str, hit: PlaceHit, hits: list[PlaceHit]) -> bool:
    """A name listed beside a place the gazetteer knows is that place's peer, not inside it:
    "raids in Sheban and Panjgur" says nothing of where Sheban lies, nor "in Gichk, Soler and
    Raghe" of Raghe. A name, a comma and one known place is an address, not a list ("at X
    Chowk, Turbat, on Friday")."""
    ordered = sorted(hits, key=lambda o: o.start)
    at = next(i for i, o in enumerate(ordered) if o is hit)
    for step in (-1, 1):  # walk the list both ways from the name
        i = at
        while 0 <= i + step < len(ordered):
            a, b = sorted((ordered[i], ordered[i + step]), key=lambda o: o.start)
            gap = text[a.end:b.start]
            if not _LIST_GAP.fullmatch(gap):
                break
            # a comma and a known place closing the run is an address
            if step == 1 and gap.strip() == "," and b.place is not None \
                    and not _LIST_GOES_ON.match(text, b.end):
                break
            i += step
            if ordered[i].place is not None:
                return True
    return False


def _named_after(text: str, hit: PlaceHit, town: Place) -> bool:
    """A street of the report's town named after a far place: "Zhob Road" in a Quetta report."""
    p = hit.place
    if p is None or p.district == town.district or hit.method in (
            "district_context", "same_name_in_report", CONTAINED):
        return False
    if _NAMED_AFTER.match(text, hit.end):
        return text[hit.start - 1:hit.start] not in ("-", "–")
    if not _NAMED_AFTER_WORD.search(hit.mention):
        return False
    # the row is the street itself when one of its spellings ends in the same word: "Sariyab
    # Road" found as Sariab, whose spellings include "Sariab Road"
    word = mention_key(hit.mention.rsplit(None, 1)[1])[0]
    return not any(mention_key(n)[0].endswith(word) for n in (p.name, *p.aliases))


def _names_one(scope: set[str], where: str) -> tuple[str, str] | None:
    """The district a scope of evidence names, with the words saying so, when it names exactly
    one inside the province."""
    if len(scope) == 1 and "outside" not in scope:
        district = next(iter(scope))
        return district, f"{where} names one district: {district}"
    return None


def _container_of(text: str, hit: PlaceHit, hits: list[PlaceHit], sentence: set[str],
                  before: set[str], before_here: bool, paragraph: set[str], report: set[str],
                  town: Place | None, scene: bool) -> tuple[str, str] | None:
    """The district that holds an unknown name, and the words saying why, from the nearest
    evidence: the phrase right after it, its sentence, the last sentence before it that names
    a scene (`before`: where the story last was) when that sentence is in its paragraph
    (`before_here`), its paragraph, that last sentence when it is in an earlier paragraph (a
    paragraph goes on with a story before turning to the next), the report's town (for a
    spot of a town, or when the report names no incident district) or the report's one district.
    None when the nearest evidence is split or lies outside the province. A name that is not
    the scene (`scene` false: a home town, a speaker's seat, a route end) is often far from it
    ("a major from Narowal", "speaking in Qalat"): only its phrase, the report's town for a
    spot of a town (the hospital the wounded were taken to), or, for a route's end or a spot
    that is neither a home nor a speaker's seat, its own sentence when that names one district
    ("a bus taking miners from the X coal field" in a sentence set in Harnai), places it."""
    holder = _phrase_holder(text, hit, hits)
    if holder is not None:
        held = _evidence(holder, "incident")  # whatever its role, the phrase puts it there
        if held == "outside":
            return None  # "the Civil Hospital in Karachi": never a place of the province
        if held:
            return held, (f"the same phrase puts it in {holder.mention}: "
                          f"{quoted(text, hit.start, holder.end)!r}")
    spot = len(hit.mention.split()) > 1 and _TOWN_SPOT_WORD.search(hit.mention) is not None
    last = (before, "the last sentence before it with a scene")
    if not scene:
        if spot and town is not None and "outside" not in report:
            return town.district or "", f"the report's town: {town.name}"
        if spot and before_here and (named := _names_one(*last)):
            # a square or a hospital of the town the paragraph's story is in, with no dateline
            # to name it: "a protest was held in Turbat. Relatives gathered at Fida Chowk"
            return named
        if not _home_or_seat(text[max(0, hit.start - 90):hit.start]):
            # a route's end or a spot beside the one district its own sentence names ("taking
            # miners from the Kalli Dostan coal field to the market" in a sentence set in Harnai)
            # lies in it; a home or a speaker's seat may lie anywhere ("Captain Karim, from
            # Pasrur, was killed in Zhob")
            return _names_one(sentence, "the same sentence")
        return None
    for scope, where in ((sentence, "the same sentence"), *([last] if before_here else []),
                         (paragraph, "the same paragraph"), *([] if before_here else [last])):
        if scope:
            return _names_one(scope, where)
    if town is not None and (spot or not report) and "outside" not in report:
        return town.district or "", f"the report's town: {town.name}"
    if len(report) == 1 and "outside" not in report:
        return next(iter(report)), f"the report's only district: {next(iter(report))}"
    return None
