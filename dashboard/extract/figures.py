"""Casualty and operation figures: a number, who it counts, and what happened to them.

Rules over regexes: a number counts as a figure only when a word for people (or for operations)
follows it, or a casualty verb sits right beside it. Vague-word intervals and the well-formedness
test come from dashboard.figures; this module only finds and classifies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from dashboard.extract.dates import MONTH_NAMES, in_ordinal_tally
from dashboard.extract.numbers import WORD_NUMBER, Number, find_numbers

# "other" standing for "others" as pages print it: the verb or participle follows at once
# ("five other were wounded", and without the auxiliary, "dozens other injured")
_OTHER_AS_PEOPLE = r"\s+(?:were|have|had|are|injured|wounded|hurt|killed|dead)\b"

# (pattern, who). Longer phrases first: "security personnel" before "personnel".
WHO_WORDS: list[tuple[str, str]] = [
    # the forces of the coast and the border: "two Coast Guards personnel", "three Rangers"
    (r"coast\s*guards?(?:\s+(?:personnel|men|officials))?|rangers(?:\s+personnel)?|"
     r"(?:anf|msa|maritime\s+security)\s+(?:personnel|men|officials)|"
     r"security\s+(?:forces?\s+)?(?:service\s+)?personnel|law[\s-]+enforce(?:ment|rs?)"
     r"(?:\s+(?:personnel|officials|agencies))?|security\s+(?:officials|men|guards)|"
     r"soldiers?|troops|servicem[ae]n|army\s+(?:men|personnel|officers|jawans)|jawans|"
     r"policem[ae]n|(?:head\s+)?constable|police(?:\s+(?:officials|officers|personnel|constables))?|cops|"
     r"constables|levies(?:\s+(?:personnel|men|officials|sepoys))?|fc\s+(?:personnel|men|officials?|soldiers?|officers?)|"
     r"frontier\s+corps\s+personnel|sf|officers|personnel|sepoys?|guards?|troopers?|jawan|"
     r"sentr(?:y|ies)|"
     r"(?:railway|traffic|jail|prison)\s+(?:policem[ae]n|police|officials?|guards?)|"
     # "30 paramilitary force members", "six security force personnel": the force's people
     r"military\s+personnel|(?:(?:paramilitary|security|police)\s+)?forces?\s+(?:members|personnel|men)|"
     r"paramilitar(?:y|ies)(?:\s+(?:troops|soldiers|personnel|members|men))?|"
     # ("two Counter Terrorism Department (CTD) officials": the force's initials in brackets)
     r"martyrs|(?:customs|security|police|levies|government|ctd|cid|atf|fc|(?:counter[\s-]"
     r"terrorism\s+department\s+)?\(ctd\))\s+officials?|"
     # the military's own idiom for its dead: "two brave sons of soil embraced shahadat"
     r"(?:brave\s+)?sons\s+of\s+(?:the\s+)?soil", "security_personnel"),
    (r"(?:suicide\s+)?bombers?|militants?|terrorists?|fighters?|insurgents?|rebels?|khwarij|"
     r"attackers?|gunm[ae]n|assailants?|separatists?|miscreants|khawarij|kharijis?|"
     r"(?:hardcore\s+)?(?:bla|blf|ttp|brg|bra|bras|bnp)\s+(?:members|fighters|militants|"
     r"commanders|terrorists|operatives|insurgents)|"
     r"commanders?|operatives|sleeper\s+cells?|facilitators?|handlers?|abettors?|"
     r"accomplices?", "militants"),
    (r"civilians?(?:\s+(?:lives|deaths|casualties))?|passengers?|labou?rers?|workers?|wom[ae]n|"
     r"girls?|boys?|child(?:ren)?|kids|students?|teachers?|doctors?|journalists?|pilgrims?|villagers?|"
     r"shopkeepers?|traders?|travell?ers|tourists?|residents?|farmers?|(?:coal\s+)?miners|"
     r"innocent\s+(?:people|persons|civilians)|non[\s-]locals|bystanders?|activists?|lawyers?|"
     r"brothers|sisters|cousins|sons|daughters|siblings|nephews|"
     r"barbers?|tailors?|masons?|carpenters?|cooks?|electricians?|mechanics?|porters?|"
    r"drivers?|daily\s+wagers|fishermen|passers?-?by|pedestrians|shepherds?|vendors?|"
    r"spectators?|onlookers?|players?|footballers?|cricketers?|athletes?|herders?|hawkers?|"
     r"employees?|engineers?|(?:coal\s+)?miners|worshipp?ers|mourners|commuters?|"
     r"(?:protesters?|demonstrators?)|voters?|customers?|vaccinators?|(?:lady\s+)?health\s+"
     r"workers?|polling\s+staff|polio\s+workers?|fisherm[ae]n|cleric|prayer\s+leader|"
     r"(?:bank|shop|factory|mine)\s+(?:employees?|workers?|guards?)|watchm[ae]n|"
     r"chowkidars?|clerks?|nurses?|paramedics?|patients?|tribesm[ae]n|elders?|"
     r"(?:school)?teachers?|academics|professors?|lecturers?|researchers?|scholars|"
     # "two Pakistani citizens", "20 participants of the march": people by no trade, yet civil
     r"citizens?|participants|marchers", "civilians"),
    (r"people|persons?|individuals|m[ae]n|baloch(?:s|\s+(?:people|nationals|youths?|men))?|"
     r"nationals|adults|afghans?|youths?|youngsters|others|more|victims|suspects|"
     # pages drop the plural: "two were killed and five other were wounded"
     rf"other(?={_OTHER_AS_PEOPLE})|"
     # the act counted as a noun: "one death and multiple injuries"
     r"family\s+members|relatives|bodies|dead\s+bodies|lives|deaths?|casualties|injur(?:y|ies)|"
     r"missing\s+persons|hostages|captives|abductees|cases?|of\s+them|of\s+whom|of\s+which|of\s+those|members|comrades|"
     # one man's people: "the commander and five of his companions"
     r"companions|associates|official|officer", "unspecified"),
]
# (pattern, category); each is looked for near a number.
CATEGORY_WORDS: list[tuple[str, str]] = [
    # "fatally shot six labourers", "were fatally wounded": the wound killed them (first, so
    # "wounded" does not take it for the injured)
    (r"fatally\s+(?:shot|wounded|injured|stabbed|hit)", "killed"),
    # "hit by bullets", "struck by shrapnel": the person was hit and lived (a death has its verb)
    # "received serious bullet wounds", "suffered minor injuries": the injury as a noun
    (r"injur(?:e|ed|es|ies|ing)|wounded|wounding|hurt|(?:received|receiving|suffered|suffering|"
     r"sustain(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,2}?(?:wounds|injuries)|"
     r"(?:hit|struck)\s+by\s+(?:stray\s+)?(?:bullets?|gunfire|shrapnel|splinters)|"
     r"remain(?:ed|s)?\s+(?:in\s+hospital|hospitali[sz]ed)|hospitali[sz]ed|"
     r"(?:under|receiving)\s+treatment|being\s+treated", "injured"),
    (r"kill(?:ed|ing|ings|s)?|dead|deaths?|died|die|slain|martyr(?:ed|ing|dom)|"
     r"lost\s+(?:their|his|her)\s+li(?:fe|ves)|succumbed\s+to\s+(?:[\w-]+\s+){0,2}?(?:wounds|injuries)|"
     r"(?:civilian\s+)?lives|(?<=one\s)life|shot\s+dead|fatally\s+(?:shot|wounded|injured|stabbed)|gunned\s+down|eliminat(?:ed|ing)|neutrali[sz](?:ed|ing|es?)|perished|"
     r"massacr(?:ed|ing)|murdered|assassinated|executed|sent\s+to\s+hell|(?<=\s)to\s+hell|bodies|fatalities|casualt(?:y|ies)|"
     r"claimed\s+the\s+lives|expired|dumped|(?:death\s+)?toll|embraced\s+(?:shahadat|martyrdom)|"
     r"laid\s+down\s+(?:their|his)\s+lives|"
     # a side's losses told by what it lost: "the Levies force had lost more than 40 men";
     # the dead found: "two miners were found lifeless"
     r"(?:has|have|had)\s+lost|(?:found|lying|lay|left)\s+lifeless|"
     # "five militants met their end in the raid"
     r"met\s+(?:their|his|her)\s+(?:end|death)", "killed"),
    (r"forcibly\s+disappeared|forced\s+to\s+disappear|disappeared|disappearances?|missing|"
     r"went\s+missing|vanished|"
     r"whereabouts", "disappeared"),
    (r"abduct(?:ed|ion|ions|ing)|kidnapp?(?:ed|ing|ings)|picked\s+up|forcibly\s+removed|"
     # ("the raiders took three guards captive", as "hostage")
     r"taken\s+away|took\s+away|whisked\s+away|hostages?|held\s+hostage|captive|seized|"
     # "was taken by law enforcement": taken by whoever took them, not to hospital
     r"taken\s+by\s+(?:the\s+)?(?:law[\s-]+enforce\w*|security\s+forces|(?:state\s+|"
     r"intelligence\s+)?agencies|personnel|armed\s+men|gunmen|unknown|men\s+in)|"
     # "forcibly taken", "taken by Pakistani forces": whoever the forces are
     r"forcibly\s+(?:taken|took|taking)|taken\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
     r"(?:forces|troops)\b|"
     r"offloaded\s+and\s+(?:took|taken)|taking\s+away|still\s+(?:held|captive|in\s+captivity)|"
     r"in\s+(?:their\s+)?captivity|(?:hold|holds|held|holding)\s+(?:\w+\s+)?captive|"
     # forced into a car, or moved where no one is told: "bundled into a vehicle", "shifted to
     # an unknown location" (never "shifted to hospital")
     r"bundl(?:ed|ing)\s+(?:\w+\s+){0,3}?into|"
     r"(?:shifted|moved|taken)\s+to\s+(?:an\s+)?(?:unknown|undisclosed)\s+(?:location|place)s?",
     "abducted"),
    # "released a video of 20 soldiers it holds captive" publishes; it frees nobody
    (r"released(?!\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:video|statement|"
     r"report|list|footage|photos?|pictures?|audio|message|details|figures|data|names|"
     r"documents?))|freed|set\s+free|returned\s+home|returned\s+to\s+(?:their|his|her)\s+"
     r"(?:homes?|families)|(?:come|came|reached|made\s+it)\s+(?:back\s+)?"
     r"home|returned\s+(?:safely|unharmed)|resurfaced|recovered\s+alive|"
     r"recovered\s+from\s+(?:their\s+|his\s+|her\s+)?captivity|rescued|"
     # "with 21 people returning home from detention"
     r"return(?:ed|ing|s)?\s+(?:home\s+)?from\s+(?:detention|captivity|(?:illegal\s+)?custody)",
     "released"),
    # every act's "-ing" form is its word, as "killing" and "abducting" are
    # ("captured alive": fighters taken in a clash, not a post or an area seized)
    (r"(?:re-?)?arrest(?:ed|s|ing)?|apprehend(?:ed|ing)|nabbed|rounded\s+up|"
     r"taken\s+into\s+custody|(?:captured|caught)\s+alive",
     "arrested"),
    # a court's remand keeps the person in custody: "remanded him in police custody"
    # "were in internment centres": where the state holds them says they are held
    (r"detain(?:ed|ing)|detentions?|detainees|in\s+custody|remanded|(?:in|at)\s+(?:detention|"
     r"internment)\s+(?:cent(?:re|er)s?|camps?|facilit(?:y|ies))|"
     # "were held at a police station", "held in Quetta's district jail": where they are kept
     r"held\s+(?:initially\s+)?(?:at|in)\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:police\s+"
     r"stations?|lock-?ups?|jails?|prisons?|cells?|thanas?)", "detained"),
    (r"tortur(?:ed|e)", "tortured"),
    (r"enslaved|slavery", "enslaved"),
]
# what the operations were for may stand before the noun: "93 anti-terror operations", "three
# different counter-terrorism operations", "two sanitisation operations"
OPERATION_NOUNS = (r"(?:(?:separate|different|simultaneous|joint|parallel)\s+)?"
                   r"(?:intelligence[\s-]based\s+|combing\s+|search\s+|security\s+|military\s+"
                   r"|targeted\s+|(?:anti|counter)[\s-]?terror(?:ist|ism)?\s+|"
                   r"sanit[iy][sz]ation\s+|clearance\s+)?(?:operations|raids|ibos|strikes|sweeps)")

# "30others": a people word glued to the digits of its count (numbers.py) starts at them too
_WHO_RE = [(re.compile(rf"(?:\b|(?<=\d))(?:{p})\b", re.IGNORECASE), w) for p, w in WHO_WORDS]
_CAT_RE = [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), c) for p, c in CATEGORY_WORDS]
_OPS_RE = re.compile(rf"\b{OPERATION_NOUNS}\b", re.IGNORECASE)
# Words allowed between a number and its noun: "36 innocent Baloch civilians", "17 law-enforcement".
_FILLER = re.compile(
    r"(?:\s+|\s*['\"]\s*|\s*\(\s*)(?:of\s+(?:the\s+)?)?(?:more|"
    rf"other(?!{_OTHER_AS_PEOPLE})|additional|further|armed|"
    r"innocent|suspected|alleged|so-called|local|ethnic|baloch|pakistani|pakistan|afghan|"
    r"chinese|punjabi|"
    # who backs them: "30 Indian-backed militants", "12 foreign-sponsored terrorists", and as
    # pages print it without the hyphen after the backer's name, "five Indian sponsored
    # terrorists" (never "six terrorists affiliated with", a noun and then its participle)
    r"(?:[a-z]+-|(?-i:[A-Z][a-z]+)\s+)(?:backed|sponsored|funded|linked|affiliated|trained)|"
    r"pashtun|hazara|unarmed|young|foreign|heavily|wanted|hardcore|"
    # the military's praise for its dead: "two brave soldiers ... embraced shahadat"
    r"brave|gallant|valiant|courageous|"
    # "nine new cases", "five fresh cases": cases of the act already counted
    r"new|fresh|"
    r"security|service|federal|provincial|frontier|corps|fc|levies|police|"
    r"army|military|paramilitary|border|non-local|female|male)(?=[\s'\"-])",
    re.IGNORECASE)
# how badly counts too: "one other child was seriously injured" is the figure's own predicate
# ("a guard was martyred and three more injured": "more" says more of the same people)
_ADVERB = r"(?:\s+(?:were|was|had|have|has|been|being|are|allegedly|reportedly|also|later|" \
          r"subsequently|subjected|to|enforced|forcibly|brutally|mercilessly|who|then|all|" \
          r"found|remain|remains|remained|still|left|" \
          r"seriously|critically|badly|severely|gravely|grievously|slightly|mildly|fatally|" \
          r"more))*"
# "were later found shot dead", "six others remain missing": found and remain are copulas
# ... and so is "left": "one man was left injured", "were left dead"
# "the bodies of N ...": whatever befell them before (kidnapped, missing), they are now dead.
_BODIES_OF = re.compile(r"\b(?:(?:dead\s+)?bodies|remains|corpses)\s+of\s+(?:the\s+|all\s+)?$",
                        re.IGNORECASE)
# "two of them (were) brothers": kinship after "N of them" says how the victims are related,
# not a count of its own ("five of them children" still counts the children).
_BREAKDOWN_NOUN = re.compile(
    r"\s*,?\s*(?:were\s+|are\s+|being\s+)?(?:\w+\s+)?(?:brothers|sisters|sons|daughters|"
    r"cousins|relatives|siblings|twins)\b",
    re.IGNORECASE)
# A tally listed place by place: "Kech with 17, ahead of Awaran with nine and Panjgur with eight".
# So is one with the count in brackets after each place: "arrests in Quetta (17), Kech (9)".
_TALLY_WITH = re.compile(r"\b[A-Z][\w-]+\s+(?:with\s+|\(\s*)$")
# "36 suspects in all" closes such a list: the sum of its parts, in their category.
_IN_ALL_AFTER = re.compile(r"\s+(?:in\s+all|in\s+total|altogether)\b", re.IGNORECASE)
# Only auxiliaries between a figure and a casualty word: the word is the figure's predicate.
# An aside set off by commas may sit between them: "18 people, including a boy of 16, were
# detained"; "three of them, among them a student, were freed"; "two brothers, both
# shopkeepers in the bazaar, were picked up".
# So may a relative clause telling where they were: "two passers-by who were standing at a tea
# stall were also hit"; the verb after the clause is the figure's own.
_ASIDE = (r"(?:\s*,\s*(?:including|among\s+them|among\s+whom|all\s+of\s+them|most\s+of\s+them|"
          r"some\s+of\s+them|both|all|each|who)\b[^,.;:]{0,80},|\s+(?:who|that)\s+(?:were|was|had\s+been)\s+"
          r"\w+ing\b[^,.;:]{0,60}?(?=\s+(?:were|was|had)\b))?")
# "four of them were later found dead": the part's verb, past "of them", is its predicate.
_PREDICATE_GAP = re.compile(rf"(?:\s+of\s+(?:them|whom))?{_ASIDE}{_ADVERB}\s*", re.IGNORECASE)
# A part of a group: "five of the eleven hostages ... were freed", "three of the people it
# campaigned for, among them a student, were released". What befell the part is the clause's
# main verb after the group, not the participle that names the group.
_PART_OF = re.compile(r"\s+of\s+(?:the|those|these|its|their)\b", re.IGNORECASE)
_MAIN_VERB = re.compile(r",?\s+(?:were|was|(?:have|had|has)\s+(?:since\s+)?been)\s+"
                        r"(?:(?:later|since|also|all|then|now|finally|eventually)\s+)?",
                        re.IGNORECASE)
# An ellipsis after a part: "three of the dead were from Larkana and two from Shikarpur" — the
# "two" leaves out "of the dead were" and breaks the same group down by origin.
_ELLIPTIC_PART = re.compile(r"\s+(?:from|to|in|of)\b", re.IGNORECASE)
# A verb and its particle around the object: "taking three others away with them", "took two
# men away". The verb names the figure's category though the number sits inside the phrase.
_TAKE_BEFORE = re.compile(r"\b(?:tak(?:e|es|ing)|took|taken|carr(?:y|ied|ying)|dragg(?:ed|ing)|"
                          r"whisk(?:ed|ing)|led|leading|march(?:ed|ing))\s+$", re.IGNORECASE)
# (one more taken may be joined before the particle: "took seven labourers and the cleaner away")
_AWAY_AFTER = re.compile(r"(?:\s+and\s+(?:the|a|an|their|his|her)\s+[\w-]+(?:\s+[\w-]+)?)?"
                         r"\s+(?:away|off)\b", re.IGNORECASE)
# A list opened by a colon breaks the figure before it down: "killed 12 militants in two
# operations: eight in Kachhi on Thursday and four in Kharan on Friday". A bare number followed
# by a place in the list is a part of that figure, with its category and its people.
_LISTED_PART = re.compile(r"\s+(?:in|at|from|near)\s+(?:the\s+)?[A-Z]")
# So does a list set off by a comma: "arrested 12 suspects, seven in Chattar and five in
# Tamboo". Between the figure and each part: only the parts before it.
_PARTS_BETWEEN = re.compile(
    r"\s*,\s*(?:[\w-]+\s+(?:in|at|from|near)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
    r"(?:\s+(?:late\s+)?on\s+[A-Z][a-z]+(?:\s+\d{1,2})?)?\s*(?:,\s*(?:and\s+)?|and\s+))*")
# The attackers counted as they act: "two men on a motorbike hurled a grenade", "three gunmen
# riding a car opened fire". Riders or the subject of an attack verb are perpetrators.
_PERPETRATORS_AFTER = re.compile(
    # (what they carried may come first: "some 30 gunmen armed with rifles and grenades
    # stormed a police station")
    r"(?:,?\s+(?:heavily\s+)?(?:armed|equipped)\s+with\s+[^,.;:]{1,60}?,?)?"
    r"\s+(?:on\s+(?:a\s+|two\s+)?(?:motor\s*(?:bike|cycle)s?|bikes?)|riding\b|(?:hurled|threw|lobbed|"
    # "scores of armed fighters launched an assault"
    r"launched\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|raids?|"
    r"offensive)|"
    # "some 40 armed militants attacked a post, killing ...": the subject of the attack
    r"opened\s+fire|sprayed|stormed|ambushed|planted|attacked|raided|assaulted)\b|"
    # "some 40 militants took control of the bazaar for hours": a force acting
    r"(?:[a-z]+ly\s+)?(?:seized|took|wrested|captured)\s+(?:control|over)\b|"
    r"(?:[a-z]+ly\s+)?(?:besieged|surrounded|cordoned\s+off|blocked|occupied)\s)", re.IGNORECASE)
# A crowd's size: "Hundreds of people, most of them women holding pictures of missing relatives,
# marched to the press club". The number counts who took part, not who came to harm.
_CROWD_AFTER = re.compile(
    r"(?:\s*,[^.;:]{0,100}?,)?\s+(?:(?:also|then|later)\s+)?(?:marched|rallied|gathered|"
    r"protested|demonstrated|staged|took\s+part|attended|joined|chanted|(?:held|staged)\s+a\s+"
    r"(?:sit-in|rally|protest))\b", re.IGNORECASE)
# People counted as they speak: "two police officials told reporters that ...", "three
# witnesses said". The count is of the sources, whatever act their words report.
_SPEAKERS_AFTER = re.compile(
    r"\s+(?:(?:also|later|separately)\s+)?(?:told|said|says|say|confirmed\s+to|spoke\s+to|"
    r"speaking\s+to|talking\s+to)\b(?!\s+to\s+(?:be|have)\b)", re.IGNORECASE)
# People who got away: "four were killed and two others managed to escape", "three guards
# fled unhurt". Their own verb says nothing befell them, whatever act the sentence told before.
# ("two accomplices of the dead raiders fled": whose accomplices they were may come
# between)
_GOT_AWAY_AFTER = re.compile(
    r"(?:\s+of\s+(?:the|their|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
    r"\s+(?:(?:also|later)\s+)?(?:managed\s+to\s+|were\s+able\s+to\s+)?(?:escape[ds]?|fle[de]|"
    r"got\s+away|survived|(?:were|was|remained)\s+(?:unhurt|unharmed|safe))\b", re.IGNORECASE)
# A group named first, then broken down: "Of the dead, 112 were soldiers and 94 civilians".
# Each part takes the group's category; its people follow "were".
# "Of the six killed, four were labourers": the group may carry its count.
_GROUP_LEAD = re.compile(r"\b(?:of|among)\s+(?:the|those)\s+(?:[\w-]+\s+)?(dead|killed|injured|"
                         r"wounded|abducted|kidnapped|missing|disappeared|detained|arrested|released|"
                         r"freed)\s*,",
                         re.IGNORECASE)
_PART_IS = re.compile(r"\s+(?:were|was)\b", re.IGNORECASE)
# the attackers counted in an aside: "the assailants, numbering around 15, fled"
_NUMBERING_ATTACKERS = re.compile(
    r"\b(?:assailants|attackers|gunmen|militants|terrorists|armed\s+men|kidnappers|abductors|"
    r"insurgents|fighters|miscreants|raiders)\s*,?\s+(?:who\s+were\s+)?numbering\s+(?:about\s+|"
    r"around\s+|some\s+|over\s+|nearly\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+)?$",
    re.IGNORECASE)
# ... and the group as the subject of "included": "The deceased included three women", "the
# injured include two policemen" (not "casualties", which may be either)
_INCLUDED_LEAD = re.compile(r"\b(?:the\s+)?(dead|deceased|killed|injured|wounded|abducted|"
                            r"kidnapped|detained|arrested|martyred|martyrs)\s+(?:also\s+)?(?:included|"
                            r"include|includes|comprised)\s+(?:at\s+least\s+)?$", re.IGNORECASE)
# Kin in the plural: how some counted people are related ("two were brothers", "two cousins were
# among the dead"), read by _MEMBERS_ARE and _KIN_AMONG alike
_KIN_PLURAL = r"(?:brothers|sisters|sons|daughters|cousins|relatives|siblings|twins)"
# What a part of a counted group is, when it says no act and no kind of person: where its people
# came from ("two were residents of the area and seven hailed from Punjab", "three of the
# victims belonged to Sadiqabad"), how they are related ("two were brothers"), how badly they
# were hurt.
# (Not a bare "were from": "Of the disappeared, 19 were from Kech" shares a tally out by place.)
# ANNOTATION.md 3: kinship, origin and condition describe members; they are no figures.
_MEMBERS_ARE = re.compile(
    r"\s*,?\s*(?:of\s+(?:them|whom|the\s+(?:[\w-]+\s+)?(?:victims|dead|deceased|abducted|"
    r"injured|wounded|kidnapped|martyred|slain|passengers|labourers|workers|men))\s*,?\s*)?"
    r"(?:were\s+|are\s+|was\s+)?(?:(?:local\s+|permanent\s+)?(?:residents?|natives?|"
    r"inhabitants?)\b|(?:originally\s+from|hailed\s+from|hail\s+from|hailing\s+from|"
    r"belong(?:ed|s)?\s+to|came\s+from|come\s+from)\b|"
    # who they were: "three of the dead have since been identified as Karim, ..."
    r"(?:(?:have|has|had)\s+)?(?:been\s+)?(?:(?:later|since|subsequently|so\s+far)\s+)?"
    r"(?:been\s+)?identified\s+as\b|(?:\w+\s+)?" + _KIN_PLURAL + r"\b|"
    r"(?:seriously|critically|badly|severely|gravely|slightly)\b|"
    r"in\s+(?:a\s+)?(?:critical|serious|stable)\b)", re.IGNORECASE)


_RANGE_ON = re.compile(r"\s*(?:to|-|\u2013|or)\s*(?:\d+|one|two|three|four|five|six|seven|eight|"
                       r"nine|ten)\b", re.IGNORECASE)


def measures_a_thing(text: str, at: int, hi: int) -> bool:
    """Whether the number ending at `at` measures or counts a thing, not people: "five
    kilograms", "two vehicles", "four to five kg of explosive" (see _NOT_COUNT_AFTER)."""
    rng = _RANGE_ON.match(text, at, hi)
    end = rng.end() if rng else at
    return _NOT_COUNT_AFTER.match(text, end, min(hi, end + 30)) is not None


# Kin among a counted group say how its members are related (ANNOTATION.md 3), unlike a kind of
# person among them ("two children were among the dead" is a part of its own)
_KIN_AMONG = re.compile(r"\s+(?:[\w-]+\s+)?" + _KIN_PLURAL + r"\s+(?:were|are)\s+(?:also\s+)?"
                        r"among\s+(?:the\s+|those\s+(?:who\s+(?:were|had\s+been)\s+)?)?"
                        r"(?:dead|deceased|killed|injured|wounded|victims|martyred)\b",
                        re.IGNORECASE)


# Kin named as a part of a group counted before them ("including two brothers", "the dead
# included an elder and his two sons"): kinship describes members (ANNOTATION.md 3)
_KIN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?" + _KIN_PLURAL + r"\b", re.IGNORECASE)
_PART_MARK_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|included|"
                               r"include|includes)\b[^,.;:\d]{0,60}$", re.IGNORECASE)


def describes_members(text: str, at: int, hi: int) -> bool:
    """Whether the words at `at` say who some counted people are rather than what befell them
    ("two are brothers", "three of them were residents of Turbat"): see _MEMBERS_ARE."""
    return _MEMBERS_ARE.match(text, at, hi) is not None


# A clause in which an armed group (not the state) seizes people: "armed men blocked the highway
# and forced passengers out of their vehicles; ... five others are still missing".
_TAKEN_BY_ARMED = re.compile(
    r"\b(?:armed\s+men|gunmen|militants|attackers|assailants|kidnappers|abductors)\s+"
    r"(?:[\w-]+\s+){0,12}?(?:forced|offloaded|dragged|herded|took|seized|abducted|kidnapped|"
    r"stopped)\b", re.IGNORECASE)
_STATE_ACTORS = re.compile(r"\b(?:security\s+forces|troops|agencies|police|fc|frontier\s+corps|"
                           r"ctd|soldiers|army|levies|personnel)\b", re.IGNORECASE)
# The agent of a passive: "taken away by about 30 armed men", "stopped by 20 gunmen". The number
# counts the perpetrators, never a casualty.
_AGENT_BEFORE = re.compile(r"\bby\s*$", re.IGNORECASE)
# ... unless what the number counts is acts, which do nothing: "a month marked by 13 killings"
_ACTS_COUNTED_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:killings|murders|deaths|abductions|"
                                 r"disappearances|kidnappings|arrests)\b", re.IGNORECASE)
# A definite article before a number and a casualty adjective points back to people already
# counted: "the two wounded men were flown to Karachi", "the three dead were buried".
_ANAPHOR = re.compile(r"(?<!of\s)\bthe\s*$", re.IGNORECASE)
_ANAPHOR_AFTER = re.compile(r"\s+(?:wounded|injured|dead|slain|abducted|kidnapped|missing|"
                            r"released|freed|detained|arrested)\b", re.IGNORECASE)
# What a number may count that is not people: animals, vehicles, buildings, arms, the sides
# of a clash, events, places and rooms.
_THINGS = (
    r"(?:camels?|goats?|sheep|cattle|cows?|buffalo(?:es)?|donkeys?|horses?|mules?|livestock|"
    r"animals?|dogs?|heads\s+of\s+cattle|vehicles?|trucks?|lorries|buses|cars?|motorcycles?|"
    r"houses?|homes|shops?|towers?|schools?|"
    # machines, buildings and arms destroyed or seized beside the people: "torching five
    # vehicles and two excavators and taking away three employees"
    r"excavators?|bulldozers?|tractors?|cranes?|machines?|machinery|generators?|dumpers?|"
    r"trailers?|pick-?ups?|rickshaws?|vans?|jeeps?|coaches|wagons?|boats?|launches|poles?|"
    r"bogies|carriages|compartments|"
    r"pylons?|bridges?|buildings?|offices?|mosques?|camps?|check-?posts?|posts?|"
    r"kalashnikovs?|rifles?|pistols?|guns?|weapons?|grenades?|rockets?|mortars?|shells?|"
    r"(?:land)?mines|bombs|IEDs|devices|explosives|"
    r"magazines?|vests?|(?:mobile\s+)?phones?|laptops?|"
    # documents a police tally counts beside the dead: "5,988 FIRs were registered"
    r"FIRs|first\s+information\s+reports|"
    # the parties to a clash: "a clash between two groups" counts sides, not casualties
    r"groups|sides|factions|tribes|clans|(?:oil\s+)?tankers?|containers?|rounds|"
    # the shots that hit one body: "received 15 bullets", "eight bullet wounds"
    r"bullets?|bullet\s+(?:wounds|injuries|marks)|gunshot\s+wounds|shots|stab\s+wounds|"
    # what a raid destroys beside its dead: "busting multiple terrorist hideouts"
    r"hide-?outs?|hiding\s+places|sanctuar(?:y|ies)|dens|safe\s+houses?|"
    r"(?:(?:terrorist|militant|security|violent|separate|different|coordinated|simultaneous|"
    r"suicide|bomb|gun|rocket|grenade|targeted|drive-by|sectarian)\s+)*(?:incidents|attacks|"
    # "died in three shootings": a count of events, not of people ("14 killings" is of people)
    r"blasts|explosions|events|clashes|encounters|ambushes|shootings|bombings|firings|"
    r"hijackings)|families|households|"
    # places and rooms are counted as things: "reported from 11 districts", "seventy rooms"
    r"districts|tehsils|provinces|countries|towns|cities|villages|areas|regions|rooms|cells)\b"
    # "four truck drivers", "two bus conductors": the vehicle names the people's trade
    # and "two office-bearers", "three mosque guards", "two check post staff" are people
    r"(?![\s-]+(?:drivers?|owners?|passengers?|conductors?|cleaners?|helpers?|operators?|"
    r"bearers?|holders?|workers?|staff|employees?|guards?|keepers?|attendants?|crews?|"
    # "five school students", "two mosque imams"
    r"students?|pupils?|children|boys|girls|teachers?|imams?|prayer\s+leaders?))")
# A thing right after a people word, which then only says whose it is: "three militant camps"
_THING_AFTER = re.compile(rf"[ \t]+(?:{_THINGS})", re.IGNORECASE)
# A word that cannot describe a thing before its noun: a people word ("two men days later"
# counts the men), a casualty word, or a word that joins, points or places ("two motorcyclists
# outside his house" ends the count's words at "outside").
_NOT_A_THINGS_WORD = (rf"(?!(?:{'|'.join(p for p, _ in WHO_WORDS)}|and|or|but|nor|of|in|on|at|"
                      r"to|for|from|by|with|into|onto|near|outside|inside|after|before|during|"
                      r"since|behind|under|over|across|through|the|a|an|his|her|their|its|our|"
                      r"this|that|these|those|each|every|all|both|who|which|whom|whose|as|while|"
                      r"when|where|were|was|are|is|be|been|being|had|have|has|said|also|later|"
                      r"then|more|other|others|killed|dead|injured|wounded|hurt|abducted|missing|"
                      r"arrested|detained)\b)")
# Numbers that measure something else: time spans, distances, money, percentages, ages.
# match() at a position anchors there; a "^" would only ever match at the text's start.
_NOT_COUNT_AFTER = re.compile(
    # "13 automatic guns", "two heavy machine guns": an arm's kind before the arm
    r"(?:\s*(?:-|\s)\s*(?:(?:automatic|semi-automatic|assault|heavy|light|sophisticated|"
    r"modern|sniper|hunting|machine|sub-?machine)\s+)*(?:(?:hours?|days?|weeks?|months?|years?|decades?|minutes?|km|"
    r"kilomet(?:er|re)s?|miles?|percent|per\s*cent|kg|kilo(?:gram|gramme)?s?|grams?|tonnes?|"
    r"acres?|feet|metres?|meters?|litres?|liters?|"
    r"rupees|billion|crore|dollars|million\s+(?:rupees|dollars)|year-old|years-old|"
    r"o'clock|am|pm|times|wars?|points?|members?\s+of\s+parliament|mps|seats|th|st|nd|rd)\b|"
    rf"{_THINGS})|"
    # a thing is a thing whatever words before its noun say of it: "5 military camps", "two FC
    # vehicles", "three long-body trailers", "six Bolan Mail bogies"
    rf"\s+(?:{_NOT_A_THINGS_WORD}[\w-]+\s+){{1,3}}(?:{_THINGS})|"
    r"\s*%|\s*-\w|"
    # a clock time ("at 11:00 AM", "around 4:15pm", "17:00"): its hour is no count
    r":\d\d(?!\d))", re.IGNORECASE)
_NOT_COUNT_BEFORE = re.compile(
    # a hyphen joined to the word before ("N-70", "Rs-5"); a dash between spaces is punctuation,
    # as after a wire dateline ("QUETTA, March 21 (Wire) - Five people ...")
    r"(?:rs\.?|\$|usd|pkr|no\.|number|article|section|aged|age|page|phase|chapter|(?<=\S)-|"
    # ... nor its minutes ("11:00")
    r"(?<=\d):$|"
    r"over\s+the\s+last|in\s+the\s+last|past|last|first|within|top|grade|class|"
    # "no one was hurt" denies a casualty; it counts no one
    r"\bno|"
    # an age: "a boy of 16"
    r"(?:boy|girl|child|son|daughter|student|youth|man|woman)\s+of)\s*$",
    re.IGNORECASE)
_WOUNDS_RECEIVED_BEFORE = re.compile(r"\b(?:received|sustained|suffered|receiving|sustaining|"
                                     r"suffering)\s+$", re.IGNORECASE)
_WOUNDS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:injur(?:y|ies)|wounds?)\b", re.IGNORECASE)
# A casualty list gives each person's age between commas after the name: "Naik Ali Raza, 27,
# from Swabi", "Imran Ali, 24, and Sajid, 30, were shot dead".
_AGE_BEFORE = re.compile(r"(?-i:[A-Z][a-z]+)\s*,\s*$")
_AGE_AFTER = re.compile(r"\s*,\s*(?:from|of|a|an|the|and|resident|hailing|son|who|were|was)\b",
                        re.IGNORECASE)
# ... or in brackets after the name, alone or with the home: "Captain Rashid Khan (27, from
# Zhob)", "Naik Sabir (31), a resident of Kohat". A tally by place writes its counts the same way
# ("Kech (19), Panjgur (11)"), so the bracket is an age only when a home or a word about the person
# follows the number; the count of a place is followed by the next place.
_AGE_IN_BRACKETS_BEFORE = re.compile(r"(?-i:[A-Z][a-z]+)\s*\(\s*$")
# ... but a bracket that goes on a list of bracketed counts ("Gwadar (3) and Kharan (4), the
# group said") is the list's last share, whatever follows it
_AFTER_A_BRACKETED_COUNT = re.compile(r"\(\s*\d+\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                                      r"(?-i:[A-Z][\w'-]*\s+){0,2}?(?-i:[A-Z][a-z]+)\s*\(\s*$")
_BEFORE_A_BRACKETED_COUNT = re.compile(r"\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                                       r"(?-i:[A-Z][\w'-]*\s+){0,2}?(?-i:[A-Z][a-z]+)\s*\(\s*\d")


def _in_a_bracketed_list(text: str, n: Number, lo: int, hi: int,
                         places: list[tuple[int, int]]) -> bool:
    """Whether n is one place's count in a list of bracketed counts ("Naseerabad (1)"): the
    bracket follows a place's name (a list of names with ages, "Sepoy Akbar (23) and Naik Sabir
    (31)", is written the same way)."""
    return _after_a_place(text, n, places) and (
        _AFTER_A_BRACKETED_COUNT.search(text, max(lo, n.start - 60), n.start) is not None
        or _BEFORE_A_BRACKETED_COUNT.match(text, n.end, hi) is not None)


def _after_a_place(text: str, n: Number, places: list[tuple[int, int]]) -> bool:
    """Whether the bracket n stands in opens right after a place's (or claimant's) name."""
    return any(e <= n.start and _BRACKET_OPEN.fullmatch(text, e, n.start) for _, e in places)


_BRACKET_OPEN = re.compile(r"\s*\(\s*")


_AGE_IN_BRACKETS_AFTER = re.compile(
    r"\s*,(?!\s*(?:including|of\s+whom|among)\b)[^()\d]{1,40}\)|"
    r"\s*\)\s*,\s*(?:from|of|a|an|the|resident|hailing|son|who|having|belonging)\b",
    re.IGNORECASE)
# Naming the dead already counted: "police identified the two slain men as ...", "identified
# all three victims as residents of Kech".
_IDENTIFIED_BEFORE = re.compile(r"\bidentified\s+(?:the\s+|all\s+|both\s+)?$", re.IGNORECASE)
_AS_NAMES_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}\s+as\b", re.IGNORECASE)
_CONDITION_BEFORE = re.compile(r"\bcondition\s+of\s+(?:the\s+|at\s+least\s+)?$", re.IGNORECASE)
_SHARES_VERB = re.compile(
    r"[^\d.;:]{0,40}?\bincluding\b[^\d.;:]{0,60}?|(?:\s*,)?\s*(?:(?:and|as\s+well\s+as|besides|plus|along\s+with)|(?:,\s*)?including"
    r"(?:\s+[\w-]+){0,6}?(?:,?\s+and)?|while|with|of\s+whom|among\s+them)?\s*",
    re.IGNORECASE)
# The next clause's act with a count of its own: "killed eight people, including four children,
# and injured 15 others" -- "injured" is the 15's verb, so the part takes its group's act.
_NEXT_ACT_COUNTED = re.compile(
    r"\s*,?\s*(?:and|while)\s+(?:[\w-]+\s+)?(?:injur\w*|wound\w*|kill\w*|martyr\w*|abduct\w*|"
    r"kidnapp?\w*|arrest\w*|detain\w*)\s+(?:(?:at\s+least|more\s+than|over|nearly|about|some|"
    r"another|other)\s+)?(?:\d|(?:" + WORD_NUMBER + r")\b)", re.IGNORECASE)
_WEAK_VAGUE = frozenset({"some", "many", "few", "a few"})
# A toll given as a sum: "the death toll from Friday's bombing has risen to 56".
# ("the number of people killed in the Mastung blast has reached 60"; the injured's count told
# so is the injured's: "the number of injured rose to 30")
_TOLL_NOUN = (r"\b(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:(?:people|persons|those|"
              r"civilians|passengers|soldiers|victims)\s+)?(?P<act>dead|deaths|killed|fatalities|"
              r"injured|wounded|injuries))")
_TOLL_BEFORE = re.compile(
    _TOLL_NOUN + r"\b[^.;:\d]{0,60}?\b(?:rose|risen|climbed|reached|jumped|increased|mounted|"
    r"stands|stood|is|was|has\s+been)\s+(?:to|at)?\s*$", re.IGNORECASE)
# A toll that runs on to its new sum: "bringing the death toll to seven", "raising the toll to
# 7", "the death toll had risen to eleven". The sum counts the same dead as the report's toll
# before it, so when the numbers meet it is that toll told again.
_RUNNING_TOLL_BEFORE = re.compile(
    r"\b(?:(?:bringing|raising|taking|pushing)\s+(?:the\s+)?(?:death\s+|casualty\s+)?"
    r"(?:toll|tally|figure|number\s+of\s+(?:the\s+)?(?:dead|deaths))\s+(?:up\s+)?to|"
    r"(?:death\s+)?toll\b[^.;:\d]{0,40}?\b(?:rose|risen|climbed|jumped|increased|mounted|"
    r"reached|gone\s+up|went\s+up)\s+to)\s+(?:a\s+total\s+of\s+)?$", re.IGNORECASE)


def runs_on_a_toll(text: str, figure: FigureMention) -> bool:
    """Whether the figure is a toll's new sum ("bringing the death toll to seven")."""
    return _RUNNING_TOLL_BEFORE.search(text, max(0, figure.start - 60), figure.start) is not None


# The count a toll rose from: "climbed to 12 from seven", "rose from seven to 12". The new
# count is the figure; the old one was told before or is superseded.
_EARLIER_TOLL_BEFORE = re.compile(
    r"\b(?:rose|risen|climbed|jumped|increased|mounted|gone\s+up|went\s+up|surged)\s+"
    r"(?:to\s+(?:[\w-]+\s+){1,2}from|from)\s+$", re.IGNORECASE)
# A sentence that sums: "two separate attacks have left nine dead", "19 ... this year",
# "bringing the toll to 40", "in total". Its figures are totals, kept and marked as such.
# A count told of two or more places named before a plural place noun, "in the Kalat and Surab
# areas", "from Kech, Awaran and Panjgur districts": a sum over the incidents in each.
_PLACE_WORD = r"(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
# ("across A, B and C districts" is left to the dates rule of a dateless lead told again below:
# marked a total, such a lead would no longer take the time its parts give)
_SEVERAL_PLACES = (rf"(?:in|from)\s+(?:the\s+)?{_PLACE_WORD}(?:\s*,\s*{_PLACE_WORD})*"
                   rf"\s*,?\s+and\s+{_PLACE_WORD}\s+(?:areas|districts|tehsils|towns|regions)")
_TOTAL = re.compile(
    # ("these incidents" looks back on several told before: "11 drivers had lost their lives in
    # these incidents so far")
    r"\b(?:(?:two|three|four|several|multiple|different|separate|these|those|such)\s+"
    r"(?:separate\s+)?"
    # a word of kind may stand before the noun: "three violent incidents", "separate military
    # operations", "two suicide attacks"
    r"(?:(?!and\b|or\b|in\b|of\b)[a-z][\w-]+\s+)?"
    # "Earlier this year, on March 9" and "in March this year" date one incident
    r"(?:attacks|incidents|engagements|operations|clashes|blasts|raids)|(?<!earlier\s)(?<!later\s)"
    r"this\s+year|"
    r"in\s+total|in\s+all|altogether|combined|total(?:led|ing)?|(?:bringing|taking|raising)\s+the\s+"
    r"(?:death\s+)?(?:toll|number|tally)|since\s+(?:January|the\s+(?:start|beginning))|"
    r"across\s+the\s+province|over\s+the\s+past\s+(?:week|month|year)|(?:over|during|in)\s+"
    r"(?:the\s+same|that)\s+(?:period|months?|weeks?|year)|"
    # a periodic report's tallies: "its annual report", "across Balochistan in February",
    # "the worst-hit district with 17", "during the year"
    r"(?:monthly|annual|yearly|quarterly|half-?yearly)\s+(?:(?:security|conflict|rights|violence)\s+)?"
    r"(?:report|tall(?:y|ies)|figures|data|"
    r"review|bulletin|assessment|overview)|across\s+(?:Balochistan|Pakistan|the\s+country)|worst[\s-]hit|"
    rf"during\s+the\s+year|in\s+(?:19|20)\d\d|{_SEVERAL_PLACES})\b", re.IGNORECASE)
# A tally over a period in an area: "43 people were forcibly disappeared in the province in
# October", "27 people ... from Kech district last month alone", "11 lives since 2021". A
# period alone is not enough ("a shepherd was killed last month" is one incident); with an
# area, "alone", "since" or a span of months it counts many.
_MONTH_NAME = rf"(?-i:{MONTH_NAMES})"
_AREA = r"(?:the\s+province|Balochistan|the\s+district|[A-Z][\w-]+\s+district)"
_MONTH_PERIOD = (rf"(?:(?:in|during)\s+(?:{_MONTH_NAME}(?:\s+and\s+{_MONTH_NAME})?|the\s+month)|"
                 r"last\s+(?:month|year))")
_PERIOD_TOTAL = re.compile(
    rf"\b(?:(?:in|across|from)\s+{_AREA}\s+{_MONTH_PERIOD}|{_MONTH_PERIOD}\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:in|across|from)\s+{_AREA}|(?:month|year|week|months|years|weeks|{_MONTH_NAME})\s+alone|"
    r"(?:in|over|during)\s+the\s+(?:past|last)\s+(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|\d+|several|few)\s+(?:weeks|months|years)|"
    # "since" a time counts everyone up to now, but "missing since May" is how long one is gone
    rf"(?<!missing\s)(?<!custody\s)(?<!captivity\s)(?<!held\s)since\s+(?:(?:19|20)\d\d|"
    rf"{_MONTH_NAME}|last\s+(?:year|month)|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday))|"
    r"(?:report|tally|figures|data|count|review)\s+for\s+(?:19|20)\d\d)\b", re.IGNORECASE)
# A sentence about one incident is dated by a period, not a tally over it: "two soldiers were
# killed in an ambush in Kech district last month".
_ONE_INCIDENT = re.compile(
    r"\b(?:an?|the|one|this|that)\s+(?:[\w-]+\s+)?(?:attack|blast|explosion|ambush|raid|clash|shooting|"
    r"incident|bombing|encounter|shootout|operation)\b|\bwhen\b", re.IGNORECASE)


_A_TOTAL_OF = re.compile(r"a\stotal\sof", re.IGNORECASE)


def tells_one_incident(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ties what it tells to one incident ("in an ambush", "when ...")."""
    return _ONE_INCIDENT.search(text, lo, hi) is not None


# "four of the disappeared were released": the group named after "of the" is who they are,
# not what happened to them this time.
_OF_GROUP = re.compile(r"\s+of\s+(?:the|those|these)\s+(?:injured|wounded|dead|disappeared|"
                       r"abducted|missing|detained|arrested|kidnapped|victims|hostages)\b",
                       re.IGNORECASE)


# Categories a headline may use loosely for the body's act: "two missing in Kharan" over "two
# brothers were picked up"; "20 held" over "20 were arrested".
_ACT_FAMILY = {"disappeared": "taken", "abducted": "taken", "arrested": "held",
               "detained": "held"}


def act_end(text: str, figure: FigureMention, hi: int) -> int:
    """Where the word naming what befell the figure's people ends, after the figure ("11
    workers abducted from the site on Monday": after "abducted"); the figure's end if its
    sentence names it only before the number."""
    for rx, cat in _CAT_RE:
        if cat == figure.category:
            m = rx.search(text, figure.end, hi)
            if m:
                return m.end()
    return figure.end


def act_family(category: str) -> str:
    """The act a category belongs to, for telling whether a headline repeats the body."""
    return _ACT_FAMILY.get(category, category)


@dataclass(frozen=True)
class FigureMention:
    raw: str
    count: int | None
    category: str
    who: str
    qualifier: str
    start: int
    end: int
    note: str = ""
    total: bool = False  # a sum over several incidents or a period, never a third incident
    name: str = ""  # the person a pronoun stands for ("he was picked up"), when it has one

    def as_dict(self) -> dict[str, object]:
        return {"count": self.count, "raw": self.raw, "category": self.category,
                "who": self.who, "qualifier": self.qualifier,
                **({"total": True} if self.total else {})}


# Where the hurt were taken or how they were cared for ("later shifted", "airlifted", "treated"):
# said of people a report has counted, it tells where some of them went, not a new count (a
# part "of them" in _is_breakdown, or a count of the injured in _MOVED_PART).
_MOVED_TO_CARE = (r"(?:later\s+|also\s+|then\s+)?(?:referred|shifted|moved|taken|airlifted|"
                  r"flown|evacuated|transferred|rushed|treated)\b")


# (the text is normalised first: a dash may come as a hyphen with a space after it)
_DASH = r"(?:[—–]|-(?=\s))"
# (from a group's count past its noun to the dash: "eight people -")
_DASH_OPENS = rf"[^.;:,\d—–-]{{0,25}}?\s*{_DASH}\s*"
_DASH_LIST_AFTER = re.compile(rf"{_DASH_OPENS}([^.;:—–]{{1,80}}?)"
                              rf"(?=\s*(?:{_DASH}|[.;:]|\s+in\s|\s+(?:were|was|had|have)\b))")


def _is_breakdown(text: str, prev: FigureMention, n: Number,
                  who_hit: tuple[str, int, str] | None, hi: int) -> bool:
    """A number that breaks the figure before it down, not a new figure: "five men, two of them
    brothers"; "three people, two children and a woman"."""
    of_them = re.match(r"\s+of\s+(?:them|whom)", text[n.end:min(hi, n.end + 20)], re.IGNORECASE)
    if of_them and re.match(r"\s*,?\s*(?:were\s+|are\s+)?(?:seriously|critically|badly|severely|"
                            r"gravely|slightly|in\s+(?:a\s+)?(?:critical|serious|stable)\b|"
                            # "five of whom were shifted to Quetta": where they were taken
                            rf"{_MOVED_TO_CARE})",
                            text[n.end + of_them.end():min(hi, n.end + of_them.end() + 40)],
                            re.IGNORECASE):
        return True  # "six were wounded, two of them seriously": how badly, not a new count
    if of_them and re.match(r"\s*,?\s*(?:were\s+|are\s+)?(?:from|hailing\s+from|belonged\s+to|"
                            r"residents?\s+of|natives?\s+of)\b",
                            text[n.end + of_them.end():min(hi, n.end + of_them.end() + 30)],
                            re.IGNORECASE):
        return True  # "eleven miners, nine of them from Shangla": where they came from
    if of_them:
        # "two of them brothers" names who they are; "two of them were killed" says what befell
        return bool(_BREAKDOWN_NOUN.match(text, n.end + of_them.end(), min(hi, n.end + 60)))
    if who_hit is None:
        return False
    if prev.count is None or n.count is None or n.count >= prev.count:
        return False
    # bare apposition right after a figure counted in general words
    if prev.who == "unspecified" and re.fullmatch(r"\s*,\s*", text[prev.end:n.start]):
        return True
    # ... or set off by a dash, the whole list restating the group ("at least eight people —
    # three workers and three policemen", ANNOTATION.md 3)
    if prev.who == "unspecified" and re.fullmatch(rf"{_DASH_OPENS}(?:[^.;:\d]{{0,40}}?\s+and\s+)?",
                                                  text[prev.end:n.start]):
        return True
    # an apposition listing the whole group, closed before the group's verb: "four people, a
    # man, his wife and their two sons, were killed"
    return prev.who == "unspecified" and bool(
        re.fullmatch(r"\s*[,-](?!\s*(?:including|among|such\s+as|of\s+whom|mostly|most\s+of|"
                     r"all\s+of))[^.;:\d]{0,60}", text[prev.end:n.start])) and bool(
        re.match(r"[^.;:\d,-]{0,40}[,-]\s*(?:were|was|had|have|are)\b",
                 text[who_hit[1]:min(hi, who_hit[1] + 60)]))


# News prose puts any word that describes people between a count and its people noun ("36
# fallen fighters", "one enemy soldier", "four Frontier Constabulary (FC) personnel", "81
# security forces personnel"), not only the words _FILLER lists: up to two such words are read
# past when a people noun follows them. Not a word that joins, points, places, states or acts
# (no "-ing"/"-ed" form, no adverb), and the noun reached must be a person's, never the act
# told as a noun ("multiple bullet injuries") or a tally's "cases" ("90 such cases").
_DESCRIBING = re.compile(
    r"\s+(?:\((?-i:[A-Z]{2,6})\)|" + _NOT_A_THINGS_WORD +
    r"(?!(?:[a-z-]+(?:ing|ed)|(?!elderly)[a-z]+ly)\b)[a-z][a-z'-]*)(?=\s)", re.IGNORECASE)


_NOT_PERSON_NOUN = re.compile(
    r"(?:.*\s)?(?:injur(?:y|ies)|deaths?|lives|casualties|bodies|cases?|others?|more|members|"
    r"comrades|of\s+\w+)", re.IGNORECASE)


def _people_at(text: str, p: int, window_end: int, more: int = 0, ops: bool = True) -> bool:
    """A people noun at p, after filler or up to `more` describing words; an operations noun
    too when `ops` ("six covert operations" is left to the operations pattern's own words)."""
    for _ in range(5):
        q = p + len(text[p:window_end]) - len(text[p:window_end].lstrip())
        if _OPS_RE.match(text, q, window_end):
            return ops
        if any((w := rx.match(text, q, window_end)) and not _NOT_PERSON_NOUN.fullmatch(w.group(0))
               for rx, _ in _WHO_RE):
            return True
        m = _FILLER.match(text, p, window_end)
        if not m and more > 0 and (m := _DESCRIBING.match(text, p, window_end)):
            more -= 1
        if not m:
            return False
        p = m.end()
    return False


def _who_after(text: str, pos: int, hi: int) -> tuple[str, int, str] | None:
    """The people-noun right after a number: (who, end offset, noun as written)."""
    window_end = min(hi, pos + 80)
    p = pos
    described = 0  # words read as describing the people though the filler list lacks them
    for _ in range(5):
        m = _FILLER.match(text, p, window_end)
        if not m and described < 2 and not _people_at(text, p, window_end):
            d = _DESCRIBING.match(text, p, window_end)
            if d and _people_at(text, d.end(), window_end, more=1 - described, ops=False):
                m, described = d, described + 1
        if not m:
            break
        p = m.end()
    ops = _OPS_RE.match(text, p + (len(text[p:window_end]) - len(text[p:window_end].lstrip())))
    if ops:
        return "operations", ops.end(), ops.group(0)
    gap = re.match(r"[\s'\"(]*(?:of\s+(?:the\s+(?:group's\s+|organi[sz]ation's\s+)?|its\s+|"
                   r"their\s+|our\s+|his\s+|her\s+)?(?:own\s+)?)?", text[p:window_end],
                   re.IGNORECASE)
    q = p + (gap.end() if gap else 0)
    for rx, who in _WHO_RE:
        m = rx.match(text, q, window_end)
        if m:
            return who, m.end(), m.group(0)
    # "Baloch" alone after filler consumed it: "300 Baloch were killed"
    if p > pos and re.search(r"baloch|afghan", text[pos:p], re.IGNORECASE):
        return "unspecified", p, text[pos:p].strip()
    # a force's name alone counts its men: "one FC and three policemen were martyred"
    if p > pos and re.search(r"\b(?:fc|levies)\s*$", text[pos:p], re.IGNORECASE):
        return "security_personnel", p, text[pos:p].strip()
    return None


_BRACKETS = re.compile(r"\([^()]{0,80}\)")
# (a semicolon that opens the list of the counted men's ranks and names, as the ISPR writes
# "two soldiers; Sepoy X (age 35) and Sepoy Y (age 28), having fought gallantly, embraced
# shahadat", goes on with the same clause)
_OTHER_CLAUSE = re.compile(r",\s*(?:while|but|whereas)\b|;(?!\s*(?:Sepoy|Sipahi|Naik|Lance\s+Naik|"
                           r"Havaldar|Havildar|Subedar|Naib\s+Subedar|Captain|Capt\.?|Major|Maj\.?|"
                           r"Lieutenant|Lt\.?|Constable|Sepoys)\b)", re.IGNORECASE)
_INCLUDING_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s*$", re.IGNORECASE)


# "the front lost four of its men", "the group lost three fighters": a side's own dead
_LOST_BEFORE = re.compile(r"\blost\s+$", re.IGNORECASE)
_OWN_AFTER = re.compile(r"[\w-]+\s+(?:of\s+)?(?:(?:its|their|his|our)\s+)?(?:own\s+)?"
                        r"(?:members|men|fighters|comrades|soldiers|personnel|companions|"
                        r"colleagues|sons)\b", re.IGNORECASE)


_INCLUDED_LEAD = re.compile(
    r"\b(?:the|those)\s+(dead|deceased|killed|injured|wounded|casualties|martyred|abducted|"
    r"kidnapped|arrested|detained)\s+(?:included|include|includes|were|are|comprised)\s+"
    r"[^.;:]{0,140}$", re.IGNORECASE)
def _included_category(word: str) -> str | None:
    """The act of the group an "included" names: "the deceased", "the martyred" are dead."""
    word = word.lower()
    return "killed" if word.startswith(("deceased", "martyr")) else next(
        (c for rx, c in _CAT_RE if rx.fullmatch(word)), None)


# A sentence that opens with a pronoun for the group the sentence before counted and lists its
# parts: "The clashes left 40 dead. They included 25 fighters, nine guards and six villagers";
# "These comprised ...". Each part takes the act of the figure counted just before.
_PRONOUN_INCLUDED_LEAD = re.compile(
    r"\s*(?:these|those|they)\s+(?:included|include|comprised|comprise)\s+[^.;:]{0,140}",
    re.IGNORECASE)


def _verb_right_before(text: str, lo: int, start: int) -> str | None:
    """The category of a casualty verb that ends right before a number: "killed 12 people,
    including a child, and injured more than 20 others" gives the 20 its own verb, however the
    aside between the two figures reads."""
    for rx, cat in _CAT_RE:
        for m in rx.finditer(text, max(lo, start - 30), start):
            if not text[m.end():start].strip():
                return cat
    return None


_ACT_PAIR_BEFORE = re.compile(
    r"\b(arrests?|detentions?|abductions?|kidnappings?|killings?)\s+(?:and|or)\s+(?:the\s+)?"
    r"(?:arrests?|detentions?|abductions?|kidnappings?|killings?|disappearances?|torture)\s+of\s+"
    r"(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+)?$", re.IGNORECASE)


# A verb that frees the people it counts, whatever noun names them: "rescued five hostages",
# "secured the release of three abducted labourers", "freed all 11 captives"
# (not "recovered" nor "released", which take things too: "recovered 12 kilograms of explosives")
_FREED_BEFORE = re.compile(r"\b(?:rescued|freed|secured\s+the\s+release\s+of|"
                           r"ensured\s+the\s+safe\s+release\s+of)\s+(?:all\s+|the\s+)?(?:at\s+"
                           r"least\s+)?$", re.IGNORECASE)


# An act named as what another followed: "disappeared following their arrests", "killed after
# being abducted": the act it follows is the one counted.
_FRAMED_BEFORE = re.compile(r"\b(?:following|after|before)\s+(?:being\s+|having\s+been\s+|"
                            r"(?:their|his|her|the)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _category_near(text: str, start: int, end: int, lo: int, hi: int,
                   number_ends: list[int]) -> tuple[str, int] | None:
    """The casualty word nearest the figure in its sentence, with its distance in characters."""
    if _LOST_BEFORE.search(text, max(lo, start - 12), start) and _OWN_AFTER.match(text, start, hi):
        return "killed", 0
    if _FREED_BEFORE.search(text, max(lo, start - 40), start):
        return "released", 0  # "rescued five hostages": the act is the rescue
    pair = _ACT_PAIR_BEFORE.search(text, max(lo, start - 60), start)
    if pair:
        # "the arrests and detentions of 25 marchers": two words for one act, named by the first
        first = next((cat for rx, cat in _CAT_RE if rx.fullmatch(pair.group(1))), None)
        if first is not None:
            return first, 0
    best: tuple[str, int] | None = None
    # Brackets do not count towards the reach: "two soldiers, Naik A (age 31, from X) and
    # Sepoy B (age 23, from Y), having fought gallantly, embraced shahadat" names the two men
    # in an aside before their verb.
    reach, skipped = end + 140, []
    for br in _BRACKETS.finditer(text, end, min(hi, end + 400)):
        if br.start() >= reach:
            break
        reach += br.end() - br.start()
        skipped.append(br)
    fwd_hi = min(hi, reach)
    back_lo = max(lo, start - 70)
    # a casualty word across "while"/"but"/";" belongs to the other clause: "234 were killed,
    # including 97 soldiers, while 310 suspects were arrested"
    stop = _OTHER_CLAUSE.search(text, end, fwd_hi)
    if stop:
        fwd_hi = stop.start()
    back_lo = max([back_lo, *(m.end() for m in _OTHER_CLAUSE.finditer(text, back_lo, start))])
    for rx, cat in _CAT_RE:
        m = rx.search(text, end, fwd_hi)
        if m and _PREDICATE_GAP.fullmatch(text, end, m.start()):
            # The figure's own predicate: "two were martyred and three were hurt" — "hurt"
            # belongs to "three" even though "martyred" sits closer behind it.
            return cat, 0
        if m:
            dist = m.start() - end - sum(br.end() - br.start() for br in skipped
                                         if br.end() <= m.start())
            if best is None or dist < best[1]:
                best = (cat, dist)
        for mb in rx.finditer(text, back_lo, start):
            # a casualty verb before an earlier number belongs to that number
            if any(mb.end() <= e <= start and e != end for e in number_ends):
                continue
            dist = start - mb.end()
            if best is None or dist < best[1]:
                best = (cat, dist)
    return best


# A count of one without a number: "a customer was injured", "gunmen shot dead a young man",
# "two passengers and a railway policeman were killed", "a third Levies sepoy was wounded",
# "the body of a man was found". The article counts one person only when a casualty verb
# governs the noun in its own clause; "six people, among them a minor", "a policeman was among
# the dead" and "the killing of a student" name someone without claiming a new act.
_ONE_PERSON = (
    r"(?:wom[ae]n|man|boy|girl|child|minor|youth|youngster|person|civilian|passenger|national|"
    r"citizen|foreigner|expatriate|"
    r"labou?rer|(?:health\s+|polio\s+|aid\s+)?worker|student|teacher|doctor|journalist|reporter|"
    r"shopkeeper|trader|customer|voter|vaccinator|driver|shepherd|farmer|fisherman|miner|"
    r"villager|resident|pedestrian|passer-?by|vendor|employee|engineer|mechanic|tailor|barber|"
    r"cleric|prayer\s+leader|activist|lawyer|pilgrim|travell?er|tourist|policeman|constable|"
    r"soldier|sepoy|guard|jawan|trooper|cop|official|officer|militant|terrorist|insurgent|"
    r"commander|suspect|sentry|cook|chowkidar|clerk|nurse|paramedic|patient|infant|baby|"
    r"teenager|elder|notable|politician|leader|councillor|candidate|contractor|surveyor|imam|victim|"
    r"refugee|migrant|son|daughter|brother|sister|nephew|niece|cousin|father|mother|husband|"
    r"wife|uncle|colleague|companion|friend|cleaner|conductor|helper|sweeper|gardener|cashier|"
    r"manager|owner|accountant|contractor|guest|spectator|onlooker|bystander|player|"
    r"footballer|cricketer|athlete|worshipp?er|mourner|participant|herder|hawker|porter|"
    # a police rank written out: "a sub-inspector of police", "a deputy
    # superintendent of police"
    r"(?:sub-)?inspector(?:\s+of\s+police)?|superintendent(?:\s+of\s+police)?|"
    # the press's singular of the forces' word: "a Levies personnel", "an FC personnel"
    r"personnel|"
    # an officer or soldier named by rank alone: "a captain of the Frontier Corps was martyred"
    # (only before what a person noun takes: "a major operation" is no major)
    r"(?:captain|major|lieutenant(?:\s+colonel)?|colonel|brigadier|(?:naib\s+)?subedar|"
    r"havildar|havaldar|(?:lance\s+)?naik)(?=\s+(?:of|in|from|with|was|were|had|has|who)\b|"
    # ... or before the others counted with him: "a captain and four other soldiers"
    r"\s+and\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s|\s*,|"
    # ... or at the end of the words before "and" that a pair is read from ("a Levies captain
    # and a police constable were killed")
    r"\s*$)|"
    # compounds name people by their trade: watchman, tribesman, schoolteacher, shopkeeper
    # (never "human": a report "detailing grave human rights violations" names no one)
    r"(?!human\b)\w+(?:man|keeper|teacher|worker|guard|driver|seller|maker))")
# the kin a person is named by: "the minister's brother", "the nephew of a judge"
_KIN_WORDS = r"(?:son|daughter|brother|sister|nephew|niece|cousin|father|mother|husband|wife|uncle)"
# ... and one person known only as someone's kin ("his brother", "Karim's son")
_KIN_OF_SOMEONE = re.compile(rf"(?:his|her|their|(?-i:[A-Z][\w-]+)'s)\s+(?:[\w-]+\s+)?{_KIN_WORDS}",
                             re.IGNORECASE)
_ONE_PERSON_RE = re.compile(
    # "two were injured while a third went missing": an ordinal alone stands for one more person
    # "seven were killed and another was injured": "another" alone is one more person too
    rf"\b(?P<ordinal>a\s+(?:second|third|fourth|fifth)|another|one\s+more)(?=\s+(?:was|went|"
    rf"died|had|"
    rf"has|got|lost|suffered|sustained|received|remains|is)\b)|"
    rf"\b(?P<art>an?|another|a\s+(?:second|third|fourth|fifth)|(?:his|her|their|"
    # a possessive name: "the minister's brother", "Karim's son was shot dead"
    rf"(?-i:[A-Z][\w-]+)'s)(?=\s+(?:[\w-]+\s+)?"
    rf"(?:{_KIN_WORDS}|guard|driver|colleague|companion|friend)\b)|"
    # "gunned down the cousin of a former minister": a relative named by whose relative
    rf"the(?=\s+(?:[\w-]+\s+)?{_KIN_WORDS}\s+of\s+(?:a|an|the|his|her|their|(?-i:[A-Z]))))\s+"
    # (the last person noun heads the phrase: "a woman civilian was killed")
    # ("a second villager said his nephew died": a speech verb ends the words before the noun)
    rf"(?:(?!(?:was|were|and|who|of|in|at|on|by|from|said|says|told|added)\b)[\w'-]+\s+){{0,3}}"
    rf"(?P<noun>{_ONE_PERSON})\b", re.IGNORECASE)
# Between the noun and its verb: an apposition in commas ("A shepherd, Dur Muhammad, was shot
# dead") or a participle or relative phrase without a number or a speech verb ("a policeman
# guarding a polio team was shot dead").
_ONE_GAP = (r"(?:(?:\s*,(?:[^,.;:\d\"]|(?<=aged\s)\d|(?<=aged\sabout\s)\d|(?<=aged\saround\s)\d|"
            r"\d(?=\d?\s*(?:,|years?\b))){1,100}){1,3}\s*,|\s+(?!said\b|told\b)(?:\w+ing|who|in|at|"
            r"on|from|of)\b(?:(?!\bsaid\b|\btold\b)[^,.;:\d\"]){0,70}?)?")
# the adverbs that may stand between a person's "was"/"were" and the act's verb, for every
# form of a person or pair as the subject ("were allegedly detained", "was also injured")
# ... with a floating quantifier ("were both detained", "were all shot") and "found" as a
# copula ("was found badly injured", "were later discovered shot dead") among them
# ("fatally" is part of the act: "fatally shot" is killed)
# ("BLA fighter Riaz was reported killed", "was confirmed dead": the act as told of)
_ACT_ADVERBS = (r"(?:(?:also|later|both|all|found|discovered|reported|confirmed|"
                r"(?!forcibly|fatally)(?-i:[a-z]{2,}ly))\s+)*")
_VERB_AFTER = re.compile(
    rf"{_ONE_GAP}\s+(?:(?:was|has\s+been|had\s+been|got|being)\s+|(?=(?:died|perished|suffered|"
    rf"went\s+missing|succumbed|embraced\s+(?:shahadat|martyrdom)|"
    rf"received|sustained|lost\s+(?:his|her)\s+life)\b)){_ACT_ADVERBS}", re.IGNORECASE)
# A noun joined to a figure before it shares that figure's verb: "two passengers and a railway
# policeman were killed", "two shopkeepers were shot dead and a customer injured".
_JOINED_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)
_JOINED_VERB_AFTER = re.compile(rf"\s+(?:were\s+|was\s+)?{_ACT_ADVERBS}", re.IGNORECASE)
# a small count joined to a single person, with up to three words for whom it counts
_JOINED_COUNT = (r"(?:at\s+least\s+|some\s+|about\s+)?(?:\d+|two|three|four|five|six|seven|"
                 r"eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,3}?")
# ... and before one: "A policeman and four labourers were killed" is 1 and 4 killed.
_JOINED_FIGURE_AFTER = re.compile(
    rf"\s+and\s+{_JOINED_COUNT}(?:(?:were|have\s+been|had\s+been)\s+{_ACT_ADVERBS}|"
    # ... or an intransitive act: "A policeman and two civilians lost their lives"
    r"(?=(?:died|perished|lost\s+their\s+lives|succumbed|sustained|suffered|received|"
    r"went\s+missing)\b))", re.IGNORECASE)
# ... and after one, as the object of the verb before the count: "gunmen shot dead two guards
# and a driver", "killing three pupils and a teacher"
_COUNT_JOINED_BEFORE = re.compile(rf"{_JOINED_COUNT}and\s+$", re.IGNORECASE)
# one person closing the list of an "including" aside names a member of the group counted
# before it: "nine people, including six pupils and a guard" (ANNOTATION.md 2)
_INCLUDED_LIST_BEFORE = re.compile(
    r"\b(?:including|among\s+(?:them|whom))\s+(?:[\w'-]+,?\s+){1,6}?and\s+$", re.IGNORECASE)
_ELIDED_BEFORE = re.compile(r"\b(?:while|whereas)\s+$", re.IGNORECASE)
_ACT_VERBS = (
    r"kill(?:ed|ing)|shot\s+dead|shooting\s+dead|fatally\s+(?:shot|shooting|stabbed)|gunned\s+down|"
    r"gunning\s+down|murder(?:ed|"
    r"ing)|injur(?:ed|ing)|wound(?:ed|ing)|abduct(?:ed|ing)|kidnapp?(?:ed|ing)|martyr(?:ed|ing)|"
    r"picked\s+up|pick(?:ing)?\s+up|took\s+away|taking\s+away|forcibly\s+(?:took|taken|"
    r"taking)|"
    # the state's acts on a person take an object as the others do: "police arrested Karim
    # Jan", "detaining a shopkeeper", "forcibly disappeared a student"
    r"arrest(?:ed|ing)|detain(?:ed|ing)|apprehend(?:ed|ing)|forcibly\s+disappear(?:ed|ing)")
_ACT_BEFORE = re.compile(rf"\b(?:{_ACT_VERBS})\s+$", re.IGNORECASE)
_BODY_OF = re.compile(r"\b(?:dead\s+|bullet-riddled\s+|mutilated\s+|tortured\s+)?body\s+of\s+$",
                      re.IGNORECASE)
_BODY_FOUND = re.compile(r"\b(?:found|recovered|dumped|discovered|retrieved)\b", re.IGNORECASE)
# A member of a group already counted, or a noun inside a noun phrase: not a new act.
_MEMBER_BEFORE = re.compile(
    r"(?:\b(?:including|among\s+(?:them|whom|the\s+\w+)|one\s+of\s+them|of\s+whom|such\s+as|"
    r"like)\s*,?\s*|\bof\s+|\b(?:against|for|over)\s+)$", re.IGNORECASE)


# "was forcibly abducted", "were forcibly picked up": force said of a verb that is an act on its
# own; "forcibly disappeared", "forcibly taken" are phrasings of their own in CATEGORY_WORDS
_FORCIBLY = re.compile(r"forcibly\s+", re.IGNORECASE)


# People "recovered" are brought back alive from whoever held them (ANNOTATION.md, round 23):
# said of a person as the verb's subject or object, it is a release. Near a bare number it
# is not an act ("recovered 12 rifles", "bodies were recovered"), so it is no CATEGORY_WORDS
# entry; it is read only where the verb's person is known (a body found stays a killing).
_RECOVERED = re.compile(r"(?:safely\s+)?recovered\b(?!\s+(?:dead|lifeless|unconscious)\b)",
                        re.IGNORECASE)


_RECOVERED_BEFORE = re.compile(rf"\b{_RECOVERED.pattern}\s+$", re.IGNORECASE)


def _casualty_at(text: str, pos: int, hi: int) -> str | None:
    """The category of the act whose verb starts at `pos` (its subject a person); an adverb of
    force before a verb that names the act by itself tells that act."""
    for rx, cat in _CAT_RE:
        if rx.match(text, pos, hi):
            return cat
    if (force := _FORCIBLY.match(text, pos, hi)) is not None:
        return _casualty_at(text, force.end(), hi)
    if _RECOVERED.match(text, pos, hi):
        return "released"
    return None


def _first_of_pair(text: str, lo: int, and_at: int, taken: list[tuple[int, int]]) -> int | None:
    """Where the first of two joined people starts, if the words before "and" name one person:
    a name ("Khalil and ...") or a singular noun with its article, an apposition after it
    allowed ("A local journalist, Zubair Ahmed, and ..."). None if a figure counted it."""
    head = text[lo:and_at].rstrip().rstrip(",")
    base = lo
    clause = max(head.rfind(";"), head.rfind(":"), head.rfind(". "))
    if clause >= 0:
        base, head = lo + clause + 1, head[clause + 1:]
    # "the driver and a passenger were killed": a definite singular noun joined to a counted
    # one is one person too
    the = re.search(rf"\bthe\s+(?:[\w'-]+\s+){{0,2}}?{_ONE_PERSON}$", head, re.IGNORECASE)
    if the and not any(s <= base + the.start() < e for s, e in taken):
        return base + the.start()
    for m in reversed(list(_ONE_PERSON_RE.finditer(head))):
        rest = head[m.end():]
        if not rest.strip() or re.fullmatch(r"\s*,[^,;:.\d]{1,60}", rest):
            start = base + m.start()
            return None if any(s <= start < e for s, e in taken) else start
        break
    name = re.search(r"(?:^|\s)((?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}))$", head)
    # "in Quetta and a soldier": a place after a preposition is no person, nor a force the
    # counted men serve in ("four personnel of the Levies and a civilian")
    if name and re.search(r"\b(?:in|at|near|from|of|to|into|across|between|outside|inside|"
                          r"towards|via)(?:\s+the)?\s*$", head[:name.start(1)], re.IGNORECASE):
        name = None
    if name and not any(s <= base + name.start(1) < e for s, e in taken):
        return base + name.start(1)
    return None


def _one_person_figures(text: str, lo: int, hi: int,
                        taken: list[tuple[int, int]]) -> list[FigureMention]:
    """Counts of one written with an article (see _ONE_PERSON_RE)."""
    out: list[FigureMention] = []
    for m in _ONE_PERSON_RE.finditer(text, lo, hi):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        before = text[max(lo, m.start() - 40):m.start()]
        category = None
        start, count = m.start(), 1
        if (listed := _INCLUDED_LIST_BEFORE.search(text, max(lo, m.start() - 90), m.start())) \
                and not any(rx.search(listed.group(0)) for rx, _ in _CAT_RE):
            continue
        if _BODY_OF.search(before):
            if _BODY_FOUND.search(text, lo, hi):  # "recovered the body of", "was found"
                category = "killed"
        elif (caused := _caused_act(text, lo, m.start())) is not None:
            category = caused  # "resulted in the death of a sailor"
        elif _MEMBER_BEFORE.search(before):
            continue
        elif re.search(r"\b(?:not|never|nor|no)\s*$", before, re.IGNORECASE):
            continue  # "Not a single official lost his life": a denial counts no one
        elif _RECOVERED_BEFORE.search(before):
            category = "released"  # "police recovered a kidnapped boy"
        elif _ACT_BEFORE.search(before):
            category = next((c for rx, c in _CAT_RE if rx.search(before)), None)
            if re.search(r"pick|took|taking", before[-20:], re.IGNORECASE):
                category = "abducted"
        if category is None and (v := _VERB_AFTER.match(text, m.end(), hi)):
            category = _casualty_at(text, v.end(), hi)
        if category is None and _JOINED_BEFORE.search(before):
            j = _JOINED_VERB_AFTER.match(text, m.end(), hi)
            category = _casualty_at(text, j.end(), hi) if j else None
        if category is None and (j := _JOINED_FIGURE_AFTER.match(text, m.end(), hi)):
            category = _casualty_at(text, j.end(), hi)  # "a policeman and four labourers were"
        if category is None and (j := _COUNT_JOINED_BEFORE.search(
                text, max(lo, m.start() - 60), m.start())) and \
                _ACT_BEFORE.search(text, max(lo, j.start() - 30), j.start()):
            # "killing two children and a woman": the verb before the count governs both
            category = next((c for rx, c in _CAT_RE
                             if rx.search(text, max(lo, j.start() - 30), j.start())), None)
        if category is None and _ELIDED_BEFORE.search(before) \
                and _PASSIVE.search(text, lo, m.start()):
            # "a guard was killed while a cook injured": the second clause drops the "was"
            j = _JOINED_VERB_AFTER.match(text, m.end(), hi)
            category = _casualty_at(text, j.end(), hi) if j else None
        if category is None:
            continue
        # Two people joined by "and" share the verb: "Khalil and another fisherman were killed",
        # "a journalist, Zubair Ahmed, and his younger brother were shot dead". The first is
        # a name or a singular noun no figure has counted.
        if _JOINED_BEFORE.search(before):
            first = _first_of_pair(text, max(lo, m.start() - 90), m.start() - len(
                _JOINED_BEFORE.search(before).group(0)), taken + [(f.start, f.end) for f in out])
            if first is not None:
                start, count = first, 2
        noun = m.group("noun") or ""
        # who from the whole phrase: "a police officer" is security personnel
        phrase = text[m.start():m.end()]
        who = next((w for rx, w in _WHO_RE if rx.search(phrase)), "unspecified") if noun \
            else "unspecified"
        end = m.end()
        if count == 1 and _ACT_BEFORE.search(before) and (
                pair := re.match(r"\s+and\s+", text[end:hi])) and (
                second := _ONE_PERSON_RE.match(text, end + pair.end(), hi)) and \
                second.group("art") is not None:
            # the verb before a pair of single people governs both: "wounding a guard and a
            # passer-by" is one figure of 2, as "a guard and a passer-by were wounded" is
            count, end = 2, second.end()
            if who != next((w for rx, w in _WHO_RE if rx.search(second.group(0))),
                           "unspecified"):
                who = "unspecified"
        out.append(FigureMention(text[start:end], count, category, who, "exact", start,
                                 end, note="a count of one written with an article"))
    # "resulted in the death of a sailor and the injury of another": "another" alone after a
    # claimed act's noun is one more person
    for m in re.finditer(r"\banother\b(?!\s+(?:[\w-]+\s+)?(?:was|were|had|has)\b)", text[lo:hi]):
        a, b = lo + m.start(), lo + m.end()
        if any(a < e and s < b for s, e in taken + [(f.start, f.end) for f in out]):
            continue
        caused = _caused_act(text, lo, a)
        if caused is not None:
            out.append(FigureMention(text[a:b], 1, caused, "unspecified", "exact", a, b,
                                     note="a count of one written with an article"))
    # "killing one soldier and injuring another", "shot dead two guards and wounded another":
    # "another" (or "a third") alone after its own casualty verb is one more person of the
    # group just counted
    for m in _ANOTHER_OBJECT.finditer(text, lo, hi):
        a, b = m.start("who"), m.end("who")
        if any(a < e and s < b for s, e in taken + [(f.start, f.end) for f in out]):
            continue
        category = "abducted" if re.search(r"pick|took|taking", m.group("verb"), re.IGNORECASE) \
            else next((c for rx, c in _CAT_RE if rx.search(m.group("verb"))), None)
        if category is not None:
            out.append(FigureMention(text[a:b], 1, category, "unspecified", "exact", a, b,
                                     note="a count of one written with an article"))
    return out


# "one" alone counts a person only beside its act: its own predicate after it ("one was
# hurt", "while one got injured", "one sustained wounds") or the act's verb right before it
# ("injuring one"); the nouns of CATEGORY_WORDS ("one lives", "one toll") are no predicate
_ONE_OWN_VERB = re.compile(rf"\s+(?:(?:was|were|got|has\s+been|had\s+been)\s+)?{_ACT_ADVERBS}",
                           re.IGNORECASE)
_ACT_AS_NOUN = re.compile(r"(?:lives|toll|bodies|fatalities|casualt|deaths?\b|whereabouts|"
                          r"disappearances?|hostages?|detentions?|detainees)", re.IGNORECASE)


def _one_acted_on(text: str, n: Number, lo: int, hi: int) -> bool:
    """Whether a bare "one" has its act's verb right beside it (see _ONE_OWN_VERB)."""
    own = _ONE_OWN_VERB.match(text, n.end, hi)
    if own is not None and _casualty_at(text, own.end(), hi) is not None and \
            not _ACT_AS_NOUN.match(text, own.end(), hi):
        return True
    return _ACT_BEFORE.search(text, max(lo, n.start - 30), n.start) is not None


_ANOTHER_OBJECT = re.compile(
    r"\b(?P<verb>kill(?:ed|ing)|shot\s+dead|shooting\s+dead|gunned\s+down|injur(?:ed|ing)|"
    r"wound(?:ed|ing)|abduct(?:ed|ing)|kidnapp?(?:ed|ing))\s+"
    # ... or an ordinal alone: "killing two guards and wounding a third"
    r"(?P<who>another|a\s+(?:second|third|fourth|fifth))"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|in|on|at|near|while|during|when|after|before)\b)",
    re.IGNORECASE)


# Named victims count one each (ANNOTATION.md 2): "Abdul Wahab was abducted", "gunmen shot dead
# journalist Imtiaz Dashti", "brothers Karim and Sabir Jan were taken away". Places,
# claimants and dates are passed in `taken`, so "Turbat was ..." names no one.
_NAME = r"(?-i:[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|alias)){0,3})"
_NAME_LIST = rf"{_NAME}(?:\s*,\s*{_NAME}){{0,4}}(?:\s*,?\s+and\s+{_NAME})?"
# a rank may follow the force it serves in ("Levies sepoy X", "police constable X", "FC naik X")
_TITLE = (r"(?:(?:(?:levies|police|fc|frontier\s+corps)\s+(?=(?:constable|sepoy|sepai|naik|"
          r"havildar|subedar)\b))?"
          # a grade before the rank: "head constable", "lance naik", "assistant sub-inspector"
          r"(?:(?:head|lance|assistant\s+sub-?|sub-?)\s*(?=(?:constable|naik|inspector)\b))?"
          r"(?:brothers|cousins|journalist|reporter|teacher|master|constable|sepoy|sepai|naik|"
          r"inspector|asi|havildar|subedar|major|captain|lieutenant|dr|mr|mir|sardar|maulana|haji|"
          r"advocate|"
          r"student|activist|leader|trader|engineer|driver|shepherd|labourer|laborer|"
          # the soldier's and the civilian's trade as plainly ("martyring soldier X")
          r"soldier|policeman|cop|guard|trooper|jawan|fisherman|shopkeeper|farmer|vendor|"
          r"lawyer|doctor|youth)\.?\s+)?")
# the opening words of an aside that says whose kin a person is or where they live
_KIN_OR_HOME = (r"(?:(?:the|a|an)\s+)?(?:(?:son|daughter|wife|widow|brother|sister|father|mother|"
                r"nephew|niece|cousin)\s+of|residents?\b|natives?\b|hailing\b|aged\b)")
# ... and the town an address ends with ("who lived in Kalag Bazar, Panjgur,")
_ADDRESS_PART = r"(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?=\s*,)"
# The act is the name's own predicate: the verb of its clause once the asides that say who the
# person is are passed. Its forms: a passive ("X was abducted", "X, who was taken"), an act told
# with no object ("X disappeared", "X, who vanished", "X succumbed to his wounds"), a participle
# after a comma ("X, abducted in June", "X, a student seized in Quetta"), or a second verb of the
# same subject ("X stood his ground and was killed"). A name inside a group's phrase that shares
# the group's verb ("11 people including X were injured") is a member, not its own predicate.
_INTRANSITIVE_ACT = (r"(?:disappeared|vanished|went\s+missing|died|perished|succumbed|"
                     r"lost\s+(?:his|her)\s+life|embraced\s+(?:shahadat|martyrdom))\b")
_PARTICIPLE_ACT = r"(?-i:[a-z]+(?:ed|en)\b|picked\s+up\b|shot\s+dead\b|gunned\s+down\b)"
_NAMED_SUBJECT = re.compile(
    # the asides that say who a person is may run on ("X, son of Y, a resident of Z, was"):
    # one aside of any words (an age written "a 25-year-old" among them), then up to three more
    # that name a kin, a home or its town
    rf"(?<![\w'-])(?P<names>{_TITLE}{_NAME_LIST})(?:\s*,(?:[^,.;:\d\"]|\d+-year-old){{1,120}}"
    rf"(?:\s*,\s*(?:{_KIN_OR_HOME}[^,.;:\d\"]{{0,100}}|{_ADDRESS_PART})){{0,3}},)?"
    # a relative clause after the names or their asides, set off by a comma or not ("the
    # family of Karim Jan who was taken a year ago", "X, a tailor of Tump, who was held")
    rf"(?:(?P<own>(?:\s*,)?\s+who)?"
    rf"(?P<appos>\s*,(?=\s+(?:was|were)\b))?\s+(?:(?:was|were|"
    # any adverb of manner may stand before the verb ("was reportedly shot"); "forcibly"
    # belongs to the verbs that take it ("forcibly disappeared", "forcibly removed")
    rf"had\s+been|has\s+been|have\s+been)\s+|(?P<intransitive>(?=(?:also\s+|later\s+)?{_INTRANSITIVE_ACT})))"
    rf"|(?P<participle>\s*,\s*(?:(?:a|an)\s+(?:(?!who\b|that\b|which\b)[\w-]+\s+){{1,3}}?)?"
    # a verb with no object after the comma is the main verb of a subject before the names
    # ("two guards, Karim and Sabir, died"): no participle of theirs
    rf"(?!{_INTRANSITIVE_ACT})(?={_PARTICIPLE_ACT}))"
    rf"|(?P<second>\s+(?:(?-i:[a-z][\w'-]*)\s+){{1,8}}?and\s+(?:was|were)\s+))"
    rf"{_ACT_ADVERBS}",
    re.IGNORECASE)
# A name after a count in one clause, with no verb or break between, sits inside the counted
# people's noun phrase ("three men behind the attack on a convoy of Senator X were killed"):
# the verb after it is theirs, not the named person's.
_CLAUSE_BREAK = re.compile(r"[,;:.()\"]|\b(?:and|or|but|while|whereas|when|as|after|before|"
                           r"because|was|were|is|are|has|have|had)\b", re.IGNORECASE)
# a name after these is the object of a preposition or the agent, not the clause's subject
_AGENT_OR_OBJECT = re.compile(r"\b(?:by|of|from|to|with|against|for)\s+(?:the\s+)?"
                              r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# a sentence with none of these has no subject form to look for (the pattern is costly)
_SUBJECT_ACT = re.compile(rf"\b(?:was|were|been)\b|\b{_INTRANSITIVE_ACT}|,\s*(?:a\s+|an\s+)?"
                          r"(?-i:[a-z])", re.IGNORECASE)
# "X was taken on May 4", "X, who was taken from his shop": a person taken, not to a place of
# care or into custody (those have their own words), is taken captive (ANNOTATION.md 4)
_TAKEN = re.compile(r"taken\s+(?:from|on|by(?!\s+(?:ambulance|road|air|surprise|helicopter))|"
                    rf"in\s+(?=(?:{MONTH_NAMES}|\d)))\b", re.IGNORECASE)
# A named person's body found is one killed: "Karim Jan's bullet-riddled body was found",
# "Qadir, whose bullet-riddled body was found near Tump", and with the name after the body: "the
# tortured body of Karim Jan, a shopkeeper of Tump, was found" (an aside between commas).
_BODY_FOUND_VERB = (r"(?:was|had\s+been|has\s+been)\s+(?:[\w-]+\s+){0,2}?(?:found|recovered|"
                    r"discovered|dumped|retrieved)\b")
_NAMED_BODY = re.compile(
    rf"(?<![\w'-])(?P<names>{_TITLE}{_NAME})(?:'s|\s*,\s*whose)\s+(?:[\w-]+\s+){{0,2}}?body\s+"
    rf"{_BODY_FOUND_VERB}|"
    rf"\b(?-i:[Tt]he)\s+(?:[\w-]+\s+){{0,2}}?body\s+of\s+(?P<named>{_TITLE}{_NAME})"
    rf"(?:\s*,[^,.;:\d\"]{{1,120}},)?\s+{_BODY_FOUND_VERB}")
_NAMED_OBJECT = re.compile(
    rf"(?P<names>{_TITLE}{_NAME_LIST})(?=\s*[,.;]|\s+(?:in|on|near|from|at|and|while|after|"
    rf"before|outside|inside|late|early|during)\b)", re.IGNORECASE)
# A captive's "taken" (_TAKEN) as a passive anywhere in a sentence ("two brothers were taken
# from their home"): the place's role reads the figures' act vocabulary, this phrase among it
TOLD_TAKEN = re.compile(rf"\b(?:was|were|been|being)\s+{_ACT_ADVERBS}{_TAKEN.pattern}",
                        re.IGNORECASE)


# A name right after "son of" (daughter, wife, father of ...) names the kin a victim is known
# by, not the victim: "Karim, son of Wali, and Sabir, son of Dost, were detained" counts Karim
# and Sabir. `_KIN_BEFORE` finds the person a kin aside follows, `_KIN_PAIR_BEFORE` a person and
# their kin listed before them, `_KIN_ASIDE` is what to strip before counting the persons.
_KIN = r"(?:the\s+)?(?:son|daughter|wife|widow|brother|sister|father|mother|nephew|niece)\s+of"
_KIN_BEFORE = re.compile(rf"(?<![\w'-]){_NAME}\s*,?\s+{_KIN}\s+$")
_KIN_PAIR_BEFORE = re.compile(rf"(?<![\w'-]){_NAME}\s*,\s*{_KIN}\s+{_NAME}"
                              r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
_KIN_ASIDE = re.compile(rf"\s*,?\s+{_KIN}\s+{_NAME}\s*(?:,(?=\s+and\b))?")


def _kin_named(text: str, lo: int, a: int) -> int:
    """Where the persons start whose kin the name at `a` is (`a` itself when it is no one's
    kin): "Nawab, son of Hasil" is Nawab, and so is the pair listed before him."""
    head = text[max(lo, a - 80):a]
    m = _KIN_BEFORE.search(head)
    if not m:
        return a
    a -= len(head) - m.start()
    while (pair := _KIN_PAIR_BEFORE.search(text[max(lo, a - 120):a])):
        a -= len(text[max(lo, a - 120):a]) - pair.start()
    return a


# A noun that names set off by commas stand for, governed by a preposition: "by the spokesman, "
_OBJECT_SET_OFF_BEFORE = re.compile(r"\b(?:by|to|with|against|for|about)\s+(?:the\s+|a\s+|"
                                    r"an\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+\s*,\s*$",
                                    re.IGNORECASE)
# Names set off after a counted plural name its people, whether or not the count is a figure
# of this sentence (it may restate one told before): "two Levies officials, X and Y, were held"
_COUNTED_BEFORE_NAMES = re.compile(
    rf"\b(?:\d+|(?!a\b){WORD_NUMBER})\s+(?:[\w-]+\s+){{0,3}}?(?-i:[a-z][\w-]*s)\s*,\s*$",
    re.IGNORECASE)
# a person's name: two to four capitalised words, none of them an institution's
_PERSON_NAME = re.compile(r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})")


def _subjects(text: str, lo: int, hi: int,
              taken: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The matches of _NAMED_SUBJECT. One whose names are no one (a place, a date, an opener)
    is tried again after them: "In Kalat, a young man, Karim Jan, son of Wali, died" is tried
    from "In Kalat" and then from ", a young man" on, which finds "Karim Jan"."""
    out: list[re.Match[str]] = []
    pos, inside = lo, lo
    while (m := _NAMED_SUBJECT.search(text, pos, hi)) is not None:
        a, b = m.span("names")
        while a < b and (opener := _OPENER.match(text, a, hi)):
            a = opener.end()
        items = [a + i.start() for i in re.finditer(r"[^,\s](?:[^,]*?)(?=\s*,|\s+and\s|$)",
                                                     text[a:b])]
        no_one = _NOT_A_NAME.fullmatch(text[a:b]) or all(
            any(s <= i < e for s, e in taken) for i in items) or (
            a < inside and not _PERSON_NAME.fullmatch(text[a:b]))
        if not no_one:
            out.append(m)
            pos = m.end()
            continue
        # "Kech's Karim Jan was taken": after a place that opens the names, a whole person's
        # name may follow (not one word of a body's name: "Balochistan Constabulary")
        lead = next((e for s, e in taken if s <= a < e and e < b), None)
        pos = lead if lead is not None else b
        inside = b
    return out


_COUNT_RIGHT_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                                 r"eleven|twelve)\s+$", re.IGNORECASE)


def _named_figures(text: str, lo: int, hi: int, counted: list[FigureMention],
                   taken: list[tuple[int, int]],
                   speakers: list[tuple[int, int]] = ()) -> list[FigureMention]:  # type: ignore[assignment]
    """Victims counted by name (see _NAMED_SUBJECT). A person the register knows as a speaker
    ("Sammi Baloch", in `speakers`) is a victim too where the name is the subject of the act
    ("Sammi Baloch was detained in Karachi"): the passive verb says what befell them, and they
    say nothing in that clause."""
    out: list[FigureMention] = []
    found: list[tuple[int, int, str]] = []
    subjects: set[int] = set()  # where a passive subject's names start
    # the subject form needs a passive verb: most sentences have none, and the name pattern
    # is costly to try at every word
    own: set[int] = set()  # ... and those whose act is told in a clause of their own
    for m in (_subjects(text, lo, hi, taken) if _SUBJECT_ACT.search(text, lo, hi) else ()):
        # a relative clause after the names may hold the verb matched here; the main
        # clause's verb is the act
        category = _clause_act(text, m.end("names"), hi, relative_only=True) or \
            _casualty_at(text, m.end(), hi) or (
            "abducted" if _TAKEN.match(text, m.end(), hi) else None)
        if m.group("appos") and _OBJECT_SET_OFF_BEFORE.search(
                text, max(lo, m.start("names") - 50), m.start("names")):
            # names set off by commas before the verb stand for the noun before them ("The
            # victims, Karim and Sabir, were shot"), which is no subject after a preposition
            # ("Statements by the spokesman, Karim Dad, were released")
            continue
        if _COUNT_RIGHT_BEFORE.search(text, max(lo, m.start("names") - 12), m.start("names")):
            continue  # "two Kalashnikovs were recovered": a counted plural, no one's name
        if not (m.group("own") or m.group("participle")) and _kin_named(
                text, lo, m.start("names")) == m.start("names") and _AGENT_OR_OBJECT.search(
                text, max(lo, m.start("names") - 30), m.start("names")):
            continue  # "condemnations by Minister X were released": X is no subject
        if any(f.end <= m.start("names") and not _CLAUSE_BREAK.search(text, f.end,
                                                                      m.start("names"))
               for f in counted if f.start >= lo):
            continue  # "three men behind the attack on a convoy of Senator X were killed"
        if (m.group("intransitive") is not None or m.group("second") is not None) and not (
                _PERSON_NAME.fullmatch(re.sub(rf"^{_TITLE}", "", m.group("names"),
                                              flags=re.IGNORECASE))
                or m.end("names") < m.start("intransitive" if m.group("intransitive") is not None
                                            else "second") - 1):
            continue  # a verb of no object after a bare word ("BLA died") names no person
        if category:
            found.append((m.start("names"), m.end("names"), category))
            subjects.add(m.start("names"))
            if m.group("own") or m.group("participle"):
                own.add(m.start("names"))
    if "body" in text[lo:hi]:
        found += [(m.start(g), m.end(g), "killed") for m in _NAMED_BODY.finditer(text, lo, hi)
                  for g in ("names" if m.group("names") else "named",)]
    if "of " in text[lo:hi]:
        # "claimed responsibility for the killing of Karim Jan": named victims of a claimed act
        for of in re.finditer(r"\bof\s+", text[lo:hi]):
            at = lo + of.end()
            if (caused := _caused_act(text, lo, at)) is not None and \
                    (m := _NAMED_OBJECT.match(text, at, hi)):
                found.append((m.start("names"), m.end("names"), caused))
    for v in _ACT_VERB.finditer(text, lo, hi):
        m = _NAMED_OBJECT.match(text, v.end(), hi)
        if m:
            verb = v.group(0)
            category = "abducted" if re.search(r"pick|took|taking", verb, re.IGNORECASE) else \
                next((c for rx, c in _CAT_RE if rx.search(verb)), None)
            if category:
                found.append((m.start("names"), m.end("names"), category))
    for a, b, category in found:
        a = _kin_named(text, lo, a)
        while (opener := _OPENER.match(text, a, b)):
            a = opener.end()  # "Earlier, Sabir Jan was ...": the sentence's opener is no one
        while (item := re.match(r"[^,]+?(?:,\s*(?:and\s+)?|\s+and\s+)", text[a:b])) and any(
                a < e and s < a + len(item.group(0).rstrip(", ")) for s, e in taken):
            a += item.end()  # "in Tump, and Sabir Jan, a teacher seized": a list's lead is a place
        # the force a rank names ("Levies sepoy X") may be taken as a body; the person is not
        titled = a + len(re.match(_TITLE, text[a:b], re.IGNORECASE).group(0))
        if any(titled < e and s < b for s, e in taken + [(f.start, f.end) for f in out]):
            continue
        names = text[titled:b]
        # a speaker's name is a victim as the subject of the act, or as its object where a
        # rank or trade says who the person is ("abducted Levies sepoy X"): an office named
        # so is what the speaker rule reads, but the verb's object suffered the act
        if any(titled < e and s < b for s, e in speakers) and not (
                a in subjects and _PERSON_NAME.fullmatch(names)) and not (
                a not in subjects and titled > a):
            continue
        if not re.match(r"(?-i:[A-Z])", names) or _NOT_A_NAME.match(names):
            continue
        if any(re.fullmatch(r"\s*,\s*(?:(?:who\s+was\s+)?(?:identified\s+as|named)\s+)?",
                            text[f.end:a]) for f in counted if f.end <= a):
            continue  # "A local journalist, Imtiaz Dashti, ... was shot dead": counted already
        if a not in own and _NAMED_MEMBER.search(text, max(lo, a - 80), a):
            continue  # "11 people including JUI-F leader Hafiz Hamdullah were injured"
        if _COUNTED_BEFORE_NAMES.search(text, max(lo, a - 60), a):
            continue  # "two Levies officials, X and Y, were arrested": the count's people
        if _IDENTIFIED_AS.search(text, max(lo, a - 80), a):
            # "the two men, identified as Karim and Sabir, were picked up": names given to
            # people the report has counted, not more people
            continue
        persons = _KIN_ASIDE.sub("", names.strip())
        count = len(re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", persons))
        out.append(FigureMention(text[a:b], count, category, "unspecified", "exact", a, b,
                                 note="named"))
    return out


# "he was picked up", "she was shot dead": a pronoun as the subject of the act
# ... and "his body was found" (the killing told by the body found, as for a name's body),
# an aside on its state between them as "the body of X, ..., was found" allows ("her body,
# bearing marks of torture, was recovered")
_PRONOUN_SUBJECT = re.compile(
    rf"\b(?:he|she)\s+(?:was|had\s+been|has\s+been)\s+{_ACT_ADVERBS}|"
    rf"\b(?P<body>(?:his|her)\s+(?:[\w-]+\s+){{0,2}}?body)(?=(?:\s*,[^,.;:\d\"]{{1,120}},)?"
    rf"\s+{_BODY_FOUND_VERB})",
    re.IGNORECASE)
_BODY_NAME = re.compile(r"\b(?:Department|Army|Police|Front|Committee|Government|Forces?|"
                        r"Corps|Movement|Party|Organi[sz]ation|Council|Commission|Ministry|"
                        r"Agency|Levies|Court|Assembly|Hospital|University|Press|Club)\b")
_CALENDAR = re.compile(rf"\b(?:{MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday)\b")


def _pronoun_victims(text: str, lo: int, hi: int, counted: list[FigureMention],
                     taken: list[tuple[int, int]]) -> list[FigureMention]:
    """A pronoun victim counts one when it stands for a person named just before (in its
    sentence or the one before) whom no figure of the same act has counted yet: "Karim's body
    was found two days after he was seized" (1 abducted), "while travelling to Karachi, he was
    taken into custody" (1 arrested). A pronoun with no name before it, or for a person the
    sentence has already counted with that act, adds no one (ANNOTATION.md 2)."""
    out: list[FigureMention] = []
    if not re.search(r"\b(?:he|she|his|her)\s", text[lo:hi], re.IGNORECASE):
        return out
    for m in _PRONOUN_SUBJECT.finditer(text, lo, hi):
        category = "killed" if m.group("body") else _casualty_at(text, m.end(), hi)
        if category is None or re.match(r"in\s", text[m.end():m.end() + 3]):
            continue  # "he was in custody" tells where he was, not an act
        # the person it stands for: the last name before it, over at most two sentences
        window = text[max(0, lo - 300):m.start()]
        base = max(0, lo - 300)
        victims = {(f.start, f.end) for f in counted if f.note == "named"}
        names = [n for n in re.finditer(rf"(?<![\w'-]){_NAME}", window)
                 if not _NOT_A_NAME.fullmatch(n.group(0))
                 and ((base + n.start(), base + n.end()) in victims
                      or not any(base + n.start() < e and s < base + n.end() for s, e in taken))
                 # an organisation or a date is no "he"
                 and " " in n.group(0) and not _CALENDAR.search(n.group(0))
                 and not _BODY_NAME.search(n.group(0))]
        if not names:
            continue
        name = names[-1].group(0)
        if any(f.count == 1 and base + names[-1].end() <= f.start < m.start() for f in counted):
            # a person counted after the name ("a young man was taken ... when he was
            # shot") is whom the pronoun stands for
            continue
        family = act_family(category)
        if any(act_family(f.category) == family and (f.name == name or name in f.raw)
               for f in counted):
            continue
        a, b = m.start(), m.end() + len(re.match(r"\S+", text[m.end():hi]).group(0)) \
            if re.match(r"\S+", text[m.end():hi]) else m.end()
        if m.group("body"):
            b = m.end("body")
        out.append(FigureMention(text[a:b], 1, category, "unspecified", "exact", a, b,
                                 note="named", name=name))
    return out


# A group in the plural named after it is counted: "the two men, identified as Karim and Sabir"
# (the list may run on: "identified as Sadiq, son of Karim, Muslim and Kaleem"); one person
# named so ("a Baloch identified as Abdul Wahab") is counted by the name.
_IDENTIFIED_AS = re.compile(
    r"\b(?:\w+s|men|women|people|children|them)\s*,?\s+(?:(?:who\s+)?(?:were|have\s+been|had\s+"
    r"been)\s+)?(?:identified|named)\s+as\b[^.;:]*$", re.IGNORECASE)
# A name inside a counted group names one of its members: no new figure.
_NAMED_MEMBER = re.compile(r"\b(?:including|among\s+them|among\s+whom|such\s+as)\s+"
                           r"[^,.;:\d\"]{0,60}$", re.IGNORECASE)


# Capitalised words that open a sentence without naming anyone.
_OPENING_WORD = re.compile(
    r"(?:Nobody|None|No|They|He|She|It|We|I|You|All|Both|Some|Many|Most|Several|Others|Those|"
    r"These|This|That|The|A|An|One|Police|Officials|Militants|Gunmen|Attackers|Troops|Soldiers|"
    r"Residents|Relatives|Families|Sources|Witnesses|Eyewitnesses|Locals|Everyone|Anyone|"
    r"Someone|Each|Another|Neither|Either|His|Her|Their|Its|Our|My|Later|Earlier|Meanwhile|"
    r"However|Separately|Also|Then|Yesterday|Today|"
    # a people named by nation or region in the plural: "killing Pakistanis", "Afghans",
    # "Punjabis", "Balochs" are no one person's name
    r"Pakistanis|Afghans|Iranians|Indians|Chinese|Punjabis|Sindhis|Pashtuns|Pakhtuns|Balochs|"
    r"Baloches|Hazaras|Muslims|Shias|Sunnis|Hindus|Christians|Sikhs|Foreigners|Locals)\b")
# Words of a closed class are no one's name, though a title-case headline or a sentence's
# opening puts them in capitals: a preposition ("Martyred In Terrorist Attack"), a sentence
# adverb ("Similarly, a man was shot"), a weekday ("killed on Sunday, and two others").
_NOT_A_NAME = re.compile(
    r"(?:In|On|At|Of|For|From|With|After|Amid|During|Near|Over|Against|Similarly|Likewise|"
    r"Additionally|Moreover|Furthermore|Subsequently|Consequently|Accordingly|Previously|"
    r"Recently|Reportedly|Allegedly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    rf"Sunday)\b|{_OPENING_WORD.pattern}")
_PASSIVE = re.compile(r"\b(?:was|were|been)\s", re.IGNORECASE)
# A sentence's opening adverbial before a name, set off by a comma: "Earlier, ", "On Monday, "
_OPENER = re.compile(r"(?:(?:On|In|At|Since|Last|This|Late|Early|By)\s+(?-i:[A-Z][a-z]+)|"
                     rf"{_OPENING_WORD.pattern})\s*,\s*")
_ACT_VERB = re.compile(_ACT_BEFORE.pattern.replace(r"\s+$", r"\s+"), re.IGNORECASE)


_KIN_OF_ONE_OF = re.compile(r"\b(?:famil(?:y|ies)|relatives|kin|mother|father|parents|wife|"
                            r"widow|brother|sister|son|daughter)\s+of\s+$", re.IGNORECASE)
# People set beside the news by "in addition to the two youths", "besides the two" are people the
# report has told of already (or the sentence's other figure is the news): no count of their own.
_BESIDES_THE = re.compile(r"\b(?:in\s+addition\s+to|besides|apart\s+from|other\s+than|except"
                          r"(?:\s+for)?)\s+(?:the|these|those)\s+$", re.IGNORECASE)
# "All four died on the spot", "the three were buried": a number after these words restates a
# figure already given when the report has counted the same number with the same verb before.
_RESTATES = re.compile(r"\b(?:all|both|the|these|those)\s*$", re.IGNORECASE)


# Part of the injured told by condition and where they were moved: "three critically wounded
# were referred to Quetta", "two of the injured, in a serious condition, were airlifted"; or all
# of them: "the six injured persons were shifted to Sibi".
_MOVED_PART = re.compile(
    r"\s*(?:of\s+(?:them|the\s+(?:injured|wounded))\s*,?\s*|others?\s+)?(?:(?:(?:critically|"
    r"seriously|severely|badly|gravely)\s+)?(?:wounded|injured|hurt)\s+(?:(?:people|persons|"
    r"individuals|men|victims)\s+)?|(?:in\s+(?:a\s+)?(?:critical|serious)"
    r"\s+condition\s*,?\s*))?"
    # "three injured including the party's leader had been shifted": a member named on the way
    r"(?:,?\s*including\s+[^,.;\d]{1,60}?,?\s+)?"
    rf"(?:were|was|have\s+been|had\s+been|are\s+being|were\s+being)\s+{_MOVED_TO_CARE}",
    re.IGNORECASE)


def restates(text: str, figure: FigureMention, counted: set[tuple[int | None, str]],
             previous: frozenset[tuple[int | None, str, str, str]] = frozenset(),
             sentence_start: int = 0, continues: bool = False) -> bool:
    """Whether figure repeats one of the report's earlier (count, category) pairs.

    Three ways: "all four died" points back with its article; a part of the injured counted
    before is told by where it was moved ("three critically wounded were referred to
    Quetta"); and a quote right after the narrative repeats its figure in the speaker's words
    ("Two shopkeepers were shot dead ..., police said. 'Two men have died,' the SSP said."):
    one figure, not two. The quote
    must give the same count, category and qualifier as the sentence just before it; "at least
    nine were killed" and a doctor's "we received nine bodies" stay two figures.
    """
    if _BESIDES_THE.search(text, max(0, figure.start - 30), figure.start):
        return True  # "In addition to the two youths, six students were held"
    if re.search(r"\bincluding\s+$", text[max(0, figure.start - 12):figure.start],
                 re.IGNORECASE) and _BREAKDOWN_NOUN.match(text, figure.end,
                                                          min(len(text), figure.end + 40)):
        return True  # "Four men, including two are brothers, went missing": kinship of members
    if figure.count == 1 and _KIN_OF_ONE_OF.search(text, max(0, figure.start - 30),
                                                   figure.start) and \
            text.startswith(" of the", figure.start + len(figure.raw)):
        return True  # "the mother of one of the disappeared men": who the family is
    if figure.category == "injured" and _CONDITION_AFTER.match(text, figure.end) \
            and any(cat == "injured" for _, cat in counted):
        # "several injured were in critical condition": members of the injured counted before,
        # told by their condition (ANNOTATION.md 3)
        return True
    if figure.note == "named" and _member_later(text, figure):
        return True
    if figure.count is None:
        return False
    if figure.note == "named" and any(c == figure.count and act_family(cat) == act_family(
            figure.category) for c, cat in counted):
        return True  # "Two men were shot dead ... Ali and Usman were killed": counted already
    if (figure.count, figure.category) in counted and \
            _RESTATES.search(text, max(0, figure.start - 8), figure.start) is not None:
        return True
    moved = _MOVED_PART.match(text, figure.start + len(figure.raw))
    if moved and re.match(r"\s*of\s+the\s+(?:injured|wounded)", moved.group(0), re.IGNORECASE):
        # "Nine of the hurt were sent on to Quetta, where a boy succumbed": the part moved
        # is of the injured, whatever act the rest of the sentence tells (ANNOTATION.md 1)
        return True
    if figure.category == "injured" and moved \
            and any(c is not None and c >= figure.count and cat == "injured"
                    for c, cat in counted):
        return True
    quoted = text.count('"', sentence_start, figure.start) % 2 == 1
    if quoted and _told_just_before(figure, previous):
        return True
    # A source's next sentence tells its own account again in other words: "more than 20
    # labourers were abducted, police said. The gunmen ... took away over 20 labourers, the police
    # added." The same count of the same act in the sentence right after, with no turn to another
    # incident or time and no "more"/"other", is the figure told twice.
    # ("at least nine were killed" and a doctor's "nine bodies" differ in qualifier: two figures)
    return continues and _told_just_before(figure, previous) \
        and not _MORE_AFTER.match(text, figure.end)


def _told_just_before(figure: FigureMention,
                      previous: frozenset[tuple[int | None, str, str, str]]) -> bool:
    """Whether the sentence before gave figure's count, act and qualifier, of the same people:
    "three soldiers died ... Three attackers were shot dead" are two groups, whatever
    their count (people of no stated kind may be either)."""
    return any((c, cat, q) == (figure.count, figure.category, figure.qualifier)
               and (who == figure.who or "unspecified" in (who, figure.who))
               for c, cat, q, who in previous)


# "Abdul Rahim, one of the wounded, was moved to Loralai", "Rahim was among the injured": the
# named person is a member of a group the report counts, not a figure of one of their own.
_MEMBER_OF_GROUP = (r"\s*,?\s+(?:(?:who\s+)?(?:was|is)\s+)?(?:one\s+of|among)\s+the\s+"
                    r"(?:\w+\s+)?(?:wounded|injured|dead|deceased|killed|victims|abducted|"
                    r"kidnapped|missing|hostages|casualties)\b")
_MEMBER_REACH = 3000


def _member_later(text: str, figure: FigureMention) -> bool:
    """Whether the report later calls the named person one of a group it counts."""
    # the name without a rank before it: "Inspector Karim Dad" is later "Karim Dad"
    name = re.escape(" ".join(figure.raw.split()[-2:]))
    return re.match(_MEMBER_OF_GROUP, text[figure.end:figure.end + 80], re.IGNORECASE) \
        is not None or re.search(name + _MEMBER_OF_GROUP,
                                 text[figure.end:figure.end + _MEMBER_REACH],
                                 re.IGNORECASE) is not None


_CONDITION_AFTER = re.compile(
    r"(?:\s+(?:(?:of|among)\s+(?:them|the\s+(?:injured|wounded))|(?:injured|wounded)"
    r"(?:\s+(?:people|persons))?))?"
    r"\s+(?:were|are|was|is|remained|remain)\s+(?:still\s+)?(?:in\s+(?:a\s+)?(?:critical|serious|"
    r"precarious|stable)\s+condition|critical\b)", re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s*(?:more|further|additional|also|another)\b", re.IGNORECASE)


_DIED_AFTER = re.compile(r"\s+(?:(?:later|also|subsequently|then)\s+)?(?:died|succumbed)\b",
                         re.IGNORECASE)


def _part_act(text: str, pos: int, hi: int) -> str | None:
    """What befell "one of the <group>" at pos: its own clause's verb ("was freed", "later
    died", "returned home"), None when the clause has none."""
    group = re.match(r"\s+of\s+(?:the|these|those|its|his|her|their|them)\b", text[pos:pos + 12],
                     re.IGNORECASE)
    if group is None:
        return None
    at = pos + group.end()
    for _ in range(6):  # the group's own words: "of the three", "of those taken in August"
        own = re.match(r"\s+(?:(?:later|also|subsequently|then)\s+)?", text[at:hi])
        if _DIED_AFTER.match(text, at, hi):
            return "killed"
        verb = _MAIN_VERB.match(text, at, hi)
        if verb:
            return _casualty_at(text, verb.end(), hi)
        if own and re.match(r"(?:returned|reached|came|made|resurfaced|recovered)\b",
                            text[at + own.end():hi]):
            return _casualty_at(text, at + own.end(), hi)
        word = re.match(r"\s+[\w-]+", text[at:hi])
        if word is None:
            return None
        at += word.end()
    return None


def _main_verb_category(text: str, pos: int, hi: int) -> str | None:
    """The category of the first "were/was <casualty word>" after pos in the clause."""
    for m in _MAIN_VERB.finditer(text, pos, min(hi, pos + 160)):
        if re.search(r"[;:]", text[pos:m.start()]):
            return None
        for rx, cat in _CAT_RE:
            if rx.match(text, m.end(), hi):
                return cat
    return None


# "The remaining five are still missing", "a search for the remaining twelve": the rest of a
# group counted before. With no casualty word of its own, the rest are still in the state the
# group's act put them in: the report's latest act that is not a release; the rest of people
# abducted who are "still missing" are still captives (ANNOTATION.md 4).
# A whole group put first and its part after the comma: "Of the 52 people, 20 had come back
# home", "of the 240 cases registered, only 90 were traced". The whole takes no verb of its part.
_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the|these|those)\s+$", re.IGNORECASE)
_PART_AFTER_WHOLE = re.compile(r"[^,.;:\d]{0,40}?,\s*(?:only\s+|just\s+|some\s+|about\s+)?"
                               r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                               r"twelve|none|most|all|half)\b", re.IGNORECASE)
_REST_BEFORE = re.compile(r"\b(?:the\s+)?(?:remaining|rest\s+of\s+the)\s*$", re.IGNORECASE)
REST_NOTE = "the rest of a group counted before"
# a count of cases: a tally of a kind of act, no group of people a later name belongs to
CASES_NOTE = "a count of cases"
# a part by kind of the group the sentence before counted ("They included ..."): a total when
# that group's count is one
KIND_PART_NOTE = "a part by kind of the group counted before"

# A number counting acts named by their noun: "31 enforced disappearances and 14 extrajudicial
# killings", also through a word for one case of it ("33 cases of extrajudicial killings",
# "eight instances of custodial killings", "three murders"). The noun is the figure's own
# category, whatever word stands nearer before it (the act of the count before, or after).
_OWN_NOUN_AFTER = re.compile(
    r"\s+(?:(?:cases|instances)\s+of\s+)?(?:[\w-]+\s+){0,2}?(killings|murders|deaths|"
    r"fatalities|disappearances|abductions|kidnappings|arrests|detentions|injuries)\b",
    re.IGNORECASE)
_CASE_WORD = re.compile(r"cases|instances", re.IGNORECASE)
# Court cases a person faces are no cases of an act: "named in several cases", "booked in
# three cases of rioting", "nominated in 12 cases"
_CHARGED_IN = re.compile(r"\b(?:named|booked|charged|nominated|implicated|indicted|wanted|"
                         r"accused)\s+in\s+$", re.IGNORECASE)

_FIGURE_AT_BEFORE = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|gave|give|gives)\s+(?:the|their|its|this)\s+"
    r"(?:figure|number|count|tally)\s+(?:at|as)\s*$|"
    # "the BLA claimed 30, a figure the ISPR put at four"
    r"\b(?:figure|number|toll|count)\s+(?:that\s+|which\s+)?(?:[\w'-]+\s+){1,4}?(?:put|puts|"
    r"placed|places)\s+at\s*$", re.IGNORECASE)

# The group a part is taken from: "four of the five had been taken away". A bare number after
# "N of the" points back to people already counted; "five of the 11 workers abducted" names its
# people and is the group's own first count.
_GROUP_OF_PART = re.compile(
    r"(?:\b(?:all|most|some|many|none|each|both|several)|\d|\b[a-z]+(?<!the))\s+of\s+(?:the|"
    r"those|these)\s+$", re.IGNORECASE)
# Who attacks is counted to describe the attack: "some 20 attackers surrounded the post",
# "scores of gunmen stormed the mines, killing a dozen miners". Such a count is a figure only
# when the casualty word is its own predicate ("three attackers were killed") or its verb comes
# right before it ("killing two of the attackers").
_ATTACKER_NOUN = re.compile(r"\b(?:attackers?|gunm[ae]n|assailants?|raiders|(?:armed\s+)?men)$",
                            re.IGNORECASE)
_ACT_RIGHT_BEFORE = re.compile(
    # (the plain verb too: "Levies managed to kill two raiders and injure five")
    r"\b(?:kill(?:ed|ing)?|shot\s+dead|gunned\s+down|injur(?:e|ed|ing)|wound(?:ed|ing)|"
    r"arrest(?:ed|ing)?|captur(?:e|ed|ing)|apprehend(?:ed|ing)?|neutrali[sz](?:e|ed|ing)|"
    r"eliminat(?:e|ed|ing))\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
# A figure counted through "the number of <people> <verb>": "CRSS puts the number of security
# personnel killed in 2023 at 97"; "the number of those who disappeared runs into the hundreds".
_NUMBER_OF_BEFORE = re.compile(
    r"\b(?:number|toll|tally|count)\s+of\s+(?P<np>[^.;:]{1,100}?)\s+(?:at|to|into(?:\s+the)?|"
    r"(?:is|was|stands|stood)(?:\s+at)?)\s*$", re.IGNORECASE)


def _attacker_count(text: str, n: Number, who_hit: tuple[str, int, str], lo: int,
                    hi: int) -> bool:
    """Whether the number counts attackers as they act rather than casualties among them."""
    noun = who_hit[2] if who_hit[0] == "militants" else text[n.end:who_hit[1]]
    if not _ATTACKER_NOUN.search(noun.strip()) or (
            who_hit[0] == "unspecified" and "armed" not in noun.lower()):
        return False
    if _ACT_RIGHT_BEFORE.search(text, max(lo, n.start - 25), n.start):
        return False
    for rx, _ in _CAT_RE:
        m = rx.search(text, who_hit[1], min(hi, who_hit[1] + 140))
        if m and _PREDICATE_GAP.fullmatch(text, who_hit[1], m.start()):
            return False
    return True


_CASUALTY_RIGHT_AFTER = re.compile(r"\s+(?:killed|dead|injured|wounded|hurt|abducted|"
                                   r"kidnapped|arrested|detained|missing)\b", re.IGNORECASE)


# The act told as a noun that a clause claims ("the blast resulted in the death of a sailor and
# the injury of another", "claimed responsibility for the killing of X"): the people after "of"
# are its victims. The act noun alone in a noun phrase ("protests against the killing of a
# student") claims nothing (ANNOTATION.md 2).
# ("resulting in the elimination of six suspects": the military's word for killing them)
_ACT_NOUNS = (r"deaths?|killings?|murders?|martyrdom|shahadat|eliminations?|injur(?:y|ies)|"
              r"abductions?|kidnappings?")
_CAUSED_ACT_OF = re.compile(
    r"\b(?:(?:result(?:ed|ing|s)?\s+in|(?:led|leading|lead|leads)\s+to|caus(?:ed|ing|es)|"
    r"claim(?:ed|ing|s)?\s+(?:the\s+)?responsibility\s+for)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    rf"(?P<act>{_ACT_NOUNS})|"
    # a blast or an attack that "claimed the life of a guard": the lives it took
    r"claim(?:ed|ing|s)?\s+the\s+li(?:fe|ves)|"
    # a toll that rose "following the deaths of two critically injured guards": they died,
    # however the words after the count describe them
    r"(?:following|after)\s+the\s+deaths)\s+of\s+"
    # the next of its victims ("the deaths of five pupils and a teacher") or of another act
    # ("the death of a sailor and the injury of another")
    rf"(?:[^.;:]{{0,80}}?\s+and\s+(?:(?:the\s+)?(?:[\w-]+\s+)?"
    rf"(?P<act2>{_ACT_NOUNS})\s+of\s+)?)?$", re.IGNORECASE)


def _caused_act(text: str, lo: int, pos: int) -> str | None:
    """The category of the act noun a claiming clause puts right before ``pos``, if any."""
    m = _CAUSED_ACT_OF.search(text, max(lo, pos - 200), pos)
    if m is None:
        return None
    act = (m.group("act2") or m.group("act") or "death").lower()
    return "killed" if act.startswith(("death", "kill", "murder", "martyr", "shahadat",
                                       "elimination")) else \
        "injured" if act.startswith("injur") else "abducted"


# A periodic report's breakdown by place, in a sentence that names no act of its own: the count
# bound to a place name ("Kech (19)", "Kech 88, Gwadar 41", "Kech with 46", "eight cases were
# reported from Kech") is that place's share of the tally the report has just given.
_COUNT_CLOSES = re.compile(r"\s*(?:\)|,|;|\.(?!\d)|\band\b|$)", re.MULTILINE)
_PLACE_BEFORE = re.compile(r"\b[A-Z][\w'-]*(?:\s+(?:district|tehsil))?\s*(?:\(\s*|with\s+|:\s*)?$")
# A place's share of a tally told with a verb: "Gwadar followed closely with six", "Dera Bugti
# saw two", "Zhob and Sibi each recorded one case", "Kech, accounting for 10 cases"
TALLY_VERB = (r"(?:each[ \t]+)?(?:(?:followed|came|ranked)[ \t]+(?:closely[ \t]+|next[ \t]+|"
              r"second[ \t]+)?with|saw|recorded|registered|reported|witnessed|"
              r"accounting[ \t]+for|accounted[ \t]+for)")
_TALLY_VERB_BEFORE = re.compile(rf"[ \t]*,?[ \t]+{TALLY_VERB}[ \t]+$", re.IGNORECASE)
# a bare count's place in a list of cases ("..., three from Quetta"), and the cases before it
_FROM_PLACE = re.compile(r"\s+(?:from|in)\s+(?:the\s+)?(?=[A-Z])")
_COUNT_CLOSES_OR_CASES = re.compile(r"\s+(?:reported\s+|recorded\s+)?(?:cases?|incidents?)\b|"
                                   + _COUNT_CLOSES.pattern, re.MULTILINE)
_CASES_EARLIER = re.compile(r"\b(?:cases|incidents)\b", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:(?:cases?|were|was|have\s+been|had\s+been|reported|recorded|"
                          r"registered|documented)\s+)*(?:from|in)\s+(?:the\s+)?(?=[A-Z])")


def _at_place(text: str, pos: int, places: list[tuple[int, int]]) -> bool:
    """Whether a place (or claimant) name found in the sentence starts at ``pos``."""
    return any(s == pos for s, _ in places)


def _place_part(text: str, n: Number, who_hit: tuple[str, int, str] | None,
                places: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether number ``n`` is a place's share of a tally: "Kech (19)", "Kech 88,", "Kech with
    46", or "eight cases (were reported) from Kech"."""
    if not n.count:
        return False  # "Recommended (0)" under a comment counts nothing
    if who_hit is None:
        if _TALLY_WITH.search(text, max(lo, n.start - 40), n.start):
            return True  # "Kech with 17", "Quetta (17)": the form itself binds them
        before = _PLACE_BEFORE.search(text, max(lo, n.start - 40), n.start)
        if before and _at_place(text, before.start(), places) and \
                _COUNT_CLOSES.match(text, n.end, hi):
            return True  # "Kech 88, Gwadar 41": a bare count after a known place
        if (verb := _TALLY_VERB_BEFORE.search(text, max(lo, n.start - 40), n.start)) and \
                any(e == verb.start() for _, e in places) and _COUNT_CLOSES_OR_CASES.match(
                    text, n.end, hi):
            return True  # "Dera Bugti saw two": the place, a tally's verb, the bare count
        if _CASES_EARLIER.search(text, lo, n.start) and \
                (bare := _FROM_PLACE.match(text, n.end, hi)) and \
                _at_place(text, bare.end(), places):
            # "four cases of detention were noted from Mashkay, three from Quetta and one from
            # Pasni": a list of cases goes on with bare counts, each from its place
            return True
    # "All nine were from Punjab" tells where people came from: only cases are shared out so
    if who_hit is None or not re.fullmatch(r"cases", who_hit[2], re.IGNORECASE):
        return False
    after = _PLACE_AFTER.match(text, who_hit[1], hi)
    return after is not None and _at_place(text, after.end(), places)


# Cases a body closed or settled count its work on them, not people an act befell.
_CASES_HANDLED = re.compile(r"(?:[^.;:]|\.(?=\d)){0,100}?\b(?:were|was|(?:had|have|has)\s+been)\s+"
                            r"(?:closed|resolved|disposed|dismissed|settled|decided|traced)\b",
                            re.IGNORECASE)


# A count's act is the predicate of its own clause, however far past its people the verb
# stands: "26 hostages, among them nine soldiers, lost their lives", "five men, who had been
# missing for a year, were later found dead", "40 detainees held without charge were released".
# Between the people and the verb: an aside in commas, a bracket, or a relative or participle
# phrase with no number and no other clause ("and", "while", a speech verb); after the
# auxiliary, a verb that is no act may lead to one ("were labelled militants and then killed").
_CLAUSE_GAP = re.compile(
    r"(?:\s*\([^()]{0,80}\))?(?:\s*,[^,.;:\d()\"\u201c\u201d]{1,120},|"
    # a part of the group in commas may carry its own count: "26 hostages, including 18
    # soldiers, lost their lives"
    r"\s*,\s*(?:including|among\s+them|among\s+whom|of\s+whom)\b[^,.;:()\"\u201c\u201d]{1,100},|"
    r"(?:(?!\b(?:and|or|while|whereas|but|said|says|told|after|before|when|since|as|in\s+which|"
    r"where)\b)[^,.;:\d()\"\u201c\u201d]){1,110}?(?=\s(?:were|was|have|has|had|are|is)\s))?",
    re.IGNORECASE)
_CLAUSE_AUX = re.compile(
    r"\s*,?\s+(?:(?:were|was|are|is|have|has|had)\s+(?:been\s+|being\s+)?)"
    r"(?:(?:(?!fatally|forcibly)[a-z]+ly|later|also|then|since|all|still|now|found|both)\s+)*",
    re.IGNORECASE)
_CLAUSE_CHAIN = re.compile(
    r"(?:[\w'-]+\s+){1,4}?and\s+(?:(?:[a-z]+ly|later|then|were|was)\s+)*", re.IGNORECASE)
_BARE_ACT = re.compile(r"\s*,?\s+(?:(?:later|then|also|subsequently)\s+)?(?=lost\s|died\b|"
                       r"perished\b|went\s+missing\b|succumbed\b)", re.IGNORECASE)
# A relative clause ("who had been held in army cells", "who came home from a camp") tells
# what befell the people before; the main clause's predicate after it, up to 140 characters
# on, is the act ("five men, who had been forcibly disappeared, were later killed"). A main
# clause in the past perfect ("... had been picked up in March") tells what came before the
# relative clause's act, which is then the later one and stands.
_CLAUSE_RELATIVE = re.compile(
    r"(?:\s+[\w-]+){0,4}?,?\s+who\s+(?:had\s+been|have\s+been|were|was|had|came|went)\b"
    r"[^.;:\"\u201c\u201d]{0,140}?,?\s+(?:were|was|have\s+been|are)\s+"
    r"(?:(?:later|subsequently|then|also|allegedly|reportedly)\s+)*"
    r"(?P<predicate>[^.;:\"\u201c\u201d]{0,80})", re.IGNORECASE)


# People counted first and acted on later in the sentence through "them": "some 30 villagers
# were returning from a wedding when gunmen stopped their bus and took them away". With no act
# word of their own, the act on "them" is theirs (no other count may stand between). Verbs
# that name the act alone ("killed them", "shot them dead") are found by CATEGORY_WORDS
# already; these are phrases "them" splits.
# (a breakdown between dashes or in brackets is the counted people's own: "11 villagers — six
# from the first car, five from the second — and marched them off")
_DASH_ASIDE = re.compile(r"\s[\u2014\u2013-]{1,2}\s[^\u2014\u2013.;:]{1,100}?"
                         r"\s[\u2014\u2013-]{1,2}\s|\([^()]{1,100}\)")
_ACT_ON_THEM = re.compile(
    r"\b(?:(?P<taken>took|taken|taking|whisked|dragged|carried|drove|marched)\s+them\s+"
    r"(?:away|off)|gunned\s+them\s+down)\b", re.IGNORECASE)


def _clause_act(text: str, end: int, hi: int, relative_only: bool = False) -> str | None:
    """The act the main verb of a count's clause tells of its people, whose words end at
    `end`; None when the clause has no such verb (the nearest act word decides then).
    `relative_only`: the people are a name or a bare count ("nine who had been held ..."),
    whose clause is read past a relative clause only (the looser asides and participles a
    people word may take would run a name on into its predicate: "Karim was among the guards who
    were ...")."""
    if (rel := _CLAUSE_RELATIVE.match(text, end, hi)) is not None:
        # the first act word of the main clause's predicate
        acts = [(m.start(), cat) for rx, cat in _CAT_RE
                for m in [rx.search(text, *rel.span("predicate"))] if m is not None]
        if acts:
            return min(acts)[1]
        if (act := _casualty_at(text, rel.start("predicate"), hi)) is not None:
            return act  # "..., who were abducted in May, have been recovered"
    if relative_only:
        return None
    gap = _CLAUSE_GAP.match(text, end, hi)
    at = gap.end() if gap else end
    if (bare := _BARE_ACT.match(text, at, hi)) is not None:
        return _casualty_at(text, bare.end(), hi)
    aux = _CLAUSE_AUX.match(text, at, hi)
    if aux is None:
        return None
    act = _casualty_at(text, aux.end(), hi)
    if act is None and (chain := _CLAUSE_CHAIN.match(text, aux.end(), hi)) is not None:
        act = _casualty_at(text, chain.end(), hi)
    return act


# A tally shared out place by place before one verb: "3 from Kharan, 4 from Kech, ... and one
# student from Hub were forcibly disappeared"
_SHARE_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SHARE_ITEM = (rf"{_SHARE_COUNT}(?:\s+(?-i:[a-z]+))?\s+from\s+(?:the\s+)?"
               r"(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){0,2}(?:\s+district)?")
_SHARE_LIST = re.compile(rf"\b{_SHARE_ITEM}(?:\s*,\s*(?:and\s+)?{_SHARE_ITEM}|\s+and\s+"
                         rf"{_SHARE_ITEM})+(?=\s+(?:were|was|had\s+been|have\s+been)\s)",
                         re.IGNORECASE)


def find_figures(text: str, lo: int, hi: int,
                 exclude: list[tuple[int, int]] = (),  # type: ignore[assignment]
                 earlier: tuple[str, ...] = (),
                 not_people: list[tuple[int, int]] = (),  # type: ignore[assignment]
                 lead_act: str | None = None,
                 speakers: list[tuple[int, int]] = ()) -> list[FigureMention]:  # type: ignore[assignment]
    """Figures in one sentence text[lo:hi]; spans in `exclude` (dates) are not numbers;
    `earlier` holds the categories of the report's figures before this sentence, in order;
    `not_people` are names of places and claimants, which no victim's name can be;
    `lead_act` is the category of the first figure of the last sentence that had one;
    `speakers` are the claimants' names among them, a person of which may be a victim named
    as the subject of the act."""
    out: list[FigureMention] = []
    restated: list[tuple[int, int]] = []  # the spans of counts that restate the one before
    # the speakers who are persons (not a body's name), whom a victim's name may be
    people_named = [(a, b) for a, b in speakers if not _BODY_NAME.search(text, a, b)]
    numbers: list[Number] = [
        n for n in find_numbers(text, lo, hi)
        if not any(n.start < e and s < n.end for s, e in exclude)
    ]
    ends = [n.end for n in numbers]
    # the place-by-place lists of the sentence, read once for all its numbers
    shares = list(_SHARE_LIST.finditer(text, lo, hi))
    prev_who = "unspecified"
    part_seen = False  # a "N of the <group>" earlier in the sentence
    parts: dict[int, list[int]] = {}  # a figure's start -> the counts of its parts by place
    parts_of: int | None = None  # where a place-by-place list of an earlier tally starts
    for n in numbers:
        low = n.number.lower()
        if _NOT_COUNT_AFTER.match(text, n.end, min(hi, n.end + 30)):
            continue
        if _NOT_COUNT_BEFORE.search(text, max(lo, n.start - 25), n.start):
            continue
        if _AGENT_BEFORE.search(text, max(lo, n.start - 5), n.start) \
                and not _ACTS_COUNTED_AFTER.match(text, n.end, hi):
            continue  # "attacked by 13 militants"; not "marked by 13 extrajudicial killings"
        if _WOUNDS_RECEIVED_BEFORE.search(text, max(lo, n.start - 12), n.start) \
                and _WOUNDS_AFTER.match(text, n.end, min(hi, n.end + 40)):
            continue  # "received multiple injuries": one person's wounds, no people
        if _AGE_BEFORE.search(text, max(lo, n.start - 30), n.start) and \
                _AGE_AFTER.match(text, n.end, hi):
            continue  # "Major Ali Khan, 31, from Narowal": an age between commas after a name
        if n.count is not None and n.count < 100 and \
                _AGE_IN_BRACKETS_BEFORE.search(text, max(lo, n.start - 30), n.start) and \
                _AGE_IN_BRACKETS_AFTER.match(text, n.end, hi) and \
                not _in_a_bracketed_list(text, n, lo, hi, not_people):
            continue  # "Sepoy Akbar (23, from Kech)": an age in brackets after a name
        if _IDENTIFIED_BEFORE.search(text, max(lo, n.start - 25), n.start) and \
                _AS_NAMES_AFTER.match(text, n.end, hi):
            continue  # "identified the two slain men as A and B": the dead named, no new count
        if _CONDITION_BEFORE.search(text, max(lo, n.start - 30), n.start):
            continue  # "the condition of 3 of the injured is critical": members, no new figure
        if _ANAPHOR.search(text, max(lo, n.start - 6), n.start) and \
                _ANAPHOR_AFTER.match(text, n.end, min(hi, n.end + 20)) and \
                not re.search(r"\bamong\s+the\s*$", text[max(lo, n.start - 12):n.start],
                              re.IGNORECASE):
            # "women and children were among the 40 injured" gives the count it names
            continue
        if low in _WEAK_VAGUE and n.qualifier == "vague":
            continue
        if _EARLIER_TOLL_BEFORE.search(text, max(lo, n.start - 60), n.start):
            continue  # "the toll rose to 12 from seven": the count it rose from is superseded
        if n.count is not None and n.count < 100 and re.search(
                r"(?-i:[A-Z][a-z]+)\s*,\s*$", text[max(lo, n.start - 30):n.start]) and \
                re.match(r"\s*(?:,|\)|years?\b)", text[n.end:n.end + 8]):
            continue  # "Sepoy Imran Khan, 24, of Kohat": an age set off after a name
        if n.count is not None and 1800 <= n.count <= 2100 and "," not in n.number \
                and n.qualifier == "exact":
            continue  # a year, not a count
        group = _OF_GROUP.match(text, n.end, hi)
        if _GROUP_OF_PART.search(text, max(lo, n.start - 30), n.start) and \
                _who_after(text, n.end, hi) is None and not group:
            continue
        if part_seen and re.search(r"\band\s*$", text[max(lo, n.start - 6):n.start]) and \
                _ELLIPTIC_PART.match(text, n.end, hi):
            continue
        part_seen = part_seen or bool(_PART_OF.match(text, n.end, hi))
        # "one of the attackers" names a person; "one of their guards had been killed" is a
        # figure with its own perfect-tense casualty verb
        one_perfect = low in ("one", "1") and re.match(
            r"\s+of\s+\w+\s+(?:[\w-]+\s+){0,2}?(?:had|has|have)\s+been\s+(?:killed|martyred|"
            r"shot\s+dead|wounded|injured|abducted|kidnapped)\b", text[n.end:n.end + 70],
            re.IGNORECASE)
        one_part: str | None = None
        if low in ("one", "1") and _AGE_BEFORE.search(text, max(lo, n.start - 40), n.start) \
                and re.match(r"\s+of\s+the\b", text[n.end:n.end + 12]):
            continue  # "Abdul Rahim, one of the wounded, ...": who a named person is
        if re.match(r"\s+of\s+(?:the|these|those|its|his|her|their|them)\b",
                    text[n.end:n.end + 12]) and low in ("one", "1") and not group \
                and not one_perfect:
            # "One of the three was freed", "one of the abducted men later died": one of a
            # group counted before, to whom another thing happened, is a figure of that act
            # (ANNOTATION.md 3); "one of the attackers" or "one of the five was a student"
            # names a member only.
            one_part = _part_act(text, n.end, hi)
            latest = next((f.category for f in reversed(out)), earlier[-1] if earlier else None)
            if one_part is None or one_part == latest:
                continue
        who_hit = ("unspecified", group.end(), group.group(0)) if group else \
            _who_after(text, n.end, hi)
        if who_hit and who_hit[0] != "operations" and _THING_AFTER.match(text, who_hit[1], hi):
            continue  # "three militant camps", "multiple terrorist hideouts": people's things
        if low == "multiple" and not (who_hit and who_hit[0] != "operations") and not \
                _CASUALTY_RIGHT_AFTER.match(text, n.end, hi):
            # "multiple" is vague as "several" is, but as often an adjective of a thing
            # ("multiple operations", "multiple bullet wounds"): a count of people only with
            # its people or its act right after it ("multiple wounded", "multiple injuries")
            continue
        if who_hit and who_hit[0] != "operations" and (_PERPETRATORS_AFTER.match(
                text, who_hit[1], hi) or _CROWD_AFTER.match(text, who_hit[1], hi)
                or _GOT_AWAY_AFTER.match(text, who_hit[1], hi)
                # ("relatives of the two men told reporters ..." are not the two who speak)
                or (_SPEAKERS_AFTER.match(text, who_hit[1], hi) and not re.search(
                    r"\bof\s+(?:the\s+|these\s+|those\s+)?$", text[max(lo, n.start - 12):n.start],
                    re.IGNORECASE))
                or _attacker_count(text, n, who_hit, lo, hi)):
            continue
        if _NUMBERING_ATTACKERS.search(text, max(lo, n.start - 60), n.start):
            continue  # "the assailants, numbering around 15, fled": the attackers' number
        lead = _GROUP_LEAD.search(text, max(lo, n.start - 200), n.start)  # bounded: per number
        part_is = _PART_IS.match(text, n.end, hi) if lead and who_hit is None else None
        lead_category = None
        if lead and part_is and (part_who := _who_after(text, part_is.end(), hi)):
            # only a people word after "were" makes a part; "20 were wounded" has its own verb
            who_hit = part_who
            lead_category = next((c for rx, c in _CAT_RE if rx.fullmatch(lead.group(1))), None)
        if _MINE_GAS_BLAST.search(text, max(lo, n.start - 80), n.start):
            continue  # "a methane gas explosion took nine lives": a mine's accident
        if out and _is_breakdown(text, out[-1], n, who_hit, hi):
            # (its phrase is read by no later pass either: "eight people — four labourers and
            # four police personnel" restates the eight)
            restated.append((n.start, who_hit[1] if who_hit else n.end))
            continue
        if (lead or re.match(r"\s+of\s+the\s", text[n.end:n.end + 8])) and \
                _MEMBERS_ARE.match(text, n.end, hi):
            continue  # "Among the kidnapped, two were residents of the area": who they are
        if _KIN_AMONG.match(text, n.end, hi) or (
                _KIN_AFTER.match(text, n.end, hi)
                and _PART_MARK_BEFORE.search(text, max(lo, n.start - 80), n.start)):
            # "two cousins were among those killed", "four men, among them two brothers",
            # "the dead included the elder and his two sons": who some of them are
            continue
        # a count of cases: a tally of a kind of act, whose act the report names elsewhere
        cases = who_hit is not None and re.search(r"\bcases?$", who_hit[2], re.IGNORECASE)
        category: str | None = one_part or lead_category
        if category is None and (inc := _INCLUDED_LEAD.search(text, max(lo, n.start - 40),
                                                               n.start)):
            # "The deceased included three women": a part of the dead, by kind
            category = _included_category(inc.group(1))
        who = "unspecified"
        end = n.end
        if who_hit and who_hit[0] != "operations" and _TAKE_BEFORE.search(
                text, max(lo, n.start - 12), n.start) and _AWAY_AFTER.match(text, who_hit[1], hi):
            category = "abducted"
        listed = next((f for f in reversed(out) if f.category != "operations"
                       and (":" in text[f.end:n.start]
                            or _PARTS_BETWEEN.fullmatch(text, f.end, n.start))), None)
        if category is None and who_hit is None and listed is not None and n.count is not None \
                and listed.count is not None and n.count < listed.count \
                and _LISTED_PART.match(text, n.end, hi):
            category, who = listed.category, listed.who
            parts.setdefault(listed.start, []).append(n.count)
        share = next((m for m in shares if m.start() <= n.start < m.end()), None)
        if category is None and share is not None:
            # "3 from Kharan, 4 from Kech and 9 from Awaran were forcibly disappeared": every
            # place's count shares the verb after the list's last
            own = _category_near(text, share.end(), share.end(), share.end(),
                                 min(hi, share.end() + 40), [])
            category = own[0] if own is not None else None
        if category is None and _place_part(text, n, who_hit, not_people, lo, hi):
            # A tally shared out place by place ("Kech with 17 disappearances, Awaran with
            # nine"; "Kech (19), Panjgur (11)"; "eight cases were reported from Kech"): each
            # place's count is a part of the tally told just before it, in its sentence or,
            # when the sentence names no act of its own, the first count of the sentence before.
            if out and who_hit is None:
                category = out[-1].category
            elif not out and lead_act not in (None, "released") and not any(
                    rx.search(text, lo, hi) for rx, _ in _CAT_RE):
                category, parts_of = lead_act, n.start
            elif not out and who_hit is None and _CASES_EARLIER.search(text, lo, n.start):
                # "most cases of disappearance were reported from Barkhan (8) and Gwadar (8)":
                # the cases named before the list, with no count of their own, are its act
                acts = [(m.start(), c) for rx, c in _CAT_RE for m in rx.finditer(text, lo, n.start)
                        # ("disappeared following extrajudicial arrests, with cases in Kech (19)")
                        if not _FRAMED_BEFORE.search(text, max(lo, m.start() - 40), m.start())]
                if acts:
                    category = max(acts)[1]
        if category is None and who_hit is None and out and _BRINGING_TO.search(
                text, max(lo, n.start - 90), n.start):
            # "nine more died, taking the toll by then to 31": the sum of the same
            category, who = out[-1].category, out[-1].who
        if who_hit:
            who, end, noun = who_hit
            if who == "operations":
                category, who = "operations", "unspecified"
            elif re.match(r"of\s+(?:them|whom|which|those)", noun, re.IGNORECASE):
                who = prev_who
            elif re.search(r"(?:bodies|lives|deaths?|casualties)$", noun, re.IGNORECASE):
                category = "killed"
            elif re.search(r"injur(?:y|ies)$", noun, re.IGNORECASE):
                category = "injured"
            elif re.search(r"(?:hostages|captives|abductees)$", noun, re.IGNORECASE):
                # people named by their captivity: still held unless their own verb tells
                # more ("190 hostages freed", "26 hostages ... lost their lives")
                # ... or the verb that freed them: "rescued five hostages"
                own = _category_near(text, end, end, end, min(hi, end + 30), [])
                category = own[0] if own is not None and own[1] == 0 else \
                    "released" if _FREED_BEFORE.search(text, max(lo, n.start - 40), n.start) \
                    else "abducted"
            elif re.search(r"missing\s+persons$", noun, re.IGNORECASE) and not \
                    _BODIES_OF.search(text, max(lo, n.start - 30), n.start):
                category = "disappeared"  # "the families of 43 missing persons"
            elif out and _IN_ALL_AFTER.match(text, end, hi):
                category = out[-1].category  # "Quetta (17), Kech (9), 26 suspects in all"
        if category is None and _BODIES_OF.search(text, max(lo, n.start - 30), n.start):
            category = "killed"  # "the bodies of three men kidnapped last week were found"
        if category is None and out and _SHARES_VERB.fullmatch(text, out[-1].end, n.start):
            # "31 civilians and 17 soldiers killed", "92 fighters, including three bombers";
            # but "56 killed, while more than 70 people remain in hospital" has its own verb.
            own = _category_near(text, end, end, end, min(hi, end + 30), [])
            if own is not None and own[1] > 0 and _NEXT_ACT_COUNTED.match(text, end, hi):
                own = None  # "eight people, including four children, and injured 15 others"
            category = own[0] if own is not None and own[1] <= 25 else \
                _verb_right_before(text, out[-1].end, n.start) or out[-1].category
        if category is None and out and who_hit is not None and _INCLUDING_BEFORE.search(
                text, max(lo, n.start - 20), n.start) and not _OTHER_CLAUSE.search(
                    text, out[-1].end, n.start):
            # "234 people had been killed in attacks across the province so far this year,
            # including 97 security personnel": a part by kind takes the group's act, however
            # far the group's verb stands, unless it has its own
            own = _category_near(text, end, end, end, min(hi, end + 30), [])
            category = own[0] if own is not None and own[1] == 0 else out[-1].category
        if category is None and who_hit is None and (toll := _TOLL_BEFORE.search(
                text, max(lo, n.start - 90), n.start)):
            # "the death toll has risen to 56"
            category = "injured" if (toll.group("act") or "").lower().startswith(
                ("inj", "wou")) else "killed"
        if category is None and _WHOLE_BEFORE.search(text, max(lo, n.start - 12), n.start) and \
                _PART_AFTER_WHOLE.match(text, end, hi):
            # "Of the 52 people, 20 had come back home": the whole group is the people the
            # report's act befell before, unless its own words name one ("Of the 30 men
            # picked up, 12 were freed"); the part's verb after the comma is the part's only
            whole_end = text.index(",", end)
            category = next((c for rx, c in _CAT_RE if rx.search(text, end, whole_end)), None) \
                or next((c for c in reversed(earlier + tuple(f.category for f in out))
                         if c != "released"), None)
            if category is None:
                continue
        if category is None and who_hit is None and out and _FIGURE_AT_BEFORE.search(
                text, max(lo, n.start - 40), n.start):
            # "the BYC said 200 were detained, while police put the figure at 41": the other
            # side's count of the same people
            category, who = out[-1].category, out[-1].who
        if category is None and who_hit is None and (
                number_of := _NUMBER_OF_BEFORE.search(text, max(lo, n.start - 160), n.start)):
            np_lo, np_hi = number_of.span("np")
            category = next((c for rx, c in _CAT_RE if rx.search(text, np_lo, np_hi)), None)
            who = next((w for rx, w in _WHO_RE if rx.search(text, np_lo, np_hi)), who)
        if category is None and _PART_OF.match(text, n.end, hi):
            # the part's own verb first: "one of the injured later died, ..., while six others
            # were being treated"
            category = _part_act(text, n.end, hi) or _main_verb_category(text, end, hi)
        if category is None and group and (is_ := _PART_IS.match(text, group.end(), hi)) and \
                (kind := _who_after(text, is_.end(), hi)) and kind[0] != "operations":
            # "a dozen of those arrested were alleged facilitators": a part told by kind
            category = next((c for rx, c in _CAT_RE if rx.search(group.group(0))), None)
            who = kind[0]
        if category is None and who_hit is None and _REST_BEFORE.search(
                text, max(lo, n.start - 25), n.start):
            own = _category_near(text, n.end, n.end, n.end, min(hi, n.end + 90), [])
            if own is not None and own[1] == 0:
                # the rest of a group abducted who are "still missing" are still captives
                category = "abducted" if own[0] == "disappeared" and "abducted" in earlier \
                    else own[0]
            else:
                category = next((c for c in reversed(earlier) if c != "released"), None)
        if category is None and who_hit is not None and (
                inc := _INCLUDED_LEAD.search(text, max(lo, n.start - 160), n.start)):
            # "Among the dead were a police constable, three Levies men and six
            # passers-by": each part takes the category of the group that includes it
            # ("the deceased included an ASI, two Levies sepoys ...")
            category = _included_category(inc.group(1))
        kind_part = (who_hit is None or who_hit[0] != "operations") and bool(earlier) and \
            _PRONOUN_INCLUDED_LEAD.fullmatch(text, lo, n.start) is not None
        if category is None and kind_part and who_hit is not None and not (
                _BREAKDOWN_NOUN.match(text, n.end, min(hi, n.end + 40))):
            # ("They included two brothers": how members are related is no part counted by
            # kind, ANNOTATION.md 3)
            category = earlier[-1]
        if category is None and (who_hit is None or _CASE_WORD.fullmatch(who_hit[2])) and (
                own_noun := _OWN_NOUN_AFTER.match(text, n.end, hi)):
            category = "killed" if own_noun.group(1).lower() == "murders" else \
                next((c for rx, c in _CAT_RE if rx.search(own_noun.group(1))), None)
        caused = _caused_act(text, lo, n.start)
        if category is None and caused is not None:
            category = caused  # "caused the death of one naval rating"
        if category is None:
            near = _category_near(text, n.start, end, lo, hi, ends)
            if near is None and who_hit is not None and \
                    re.fullmatch(r"others", who_hit[2], re.IGNORECASE) and \
                    (named_first := _NAME_AND.search(text, max(lo, n.start - 60), n.start)):
                # "arrested on Monday the union's leader Abdul Karim Baloch along with four
                # others": the verb's reach runs from the named man the others go with
                near = _category_near(text, named_first.start(1), end, lo, hi, ends)
            if near is None and cases and not _CHARGED_IN.search(text, max(lo, n.start - 30),
                                                                 n.start):
                # A count of cases that names no act counts cases of the act the report's cases
                # are of: "43 people disappeared in October, while the department admits only
                # nine new cases" (the act the sentence has just counted); "documented 90
                # cases of enforced disappearance. The FC was involved in 41 cases" (the act
                # the report named its cases by before)
                act = out[-1].category if out else lead_act
                near = (act, 0) if act is not None and not _CASES_HANDLED.match(
                    text, who_hit[1], hi) else None
            if near is None and parts_of is not None and who_hit is None and out and \
                    (nxt := _PLACE_AFTER.match(text, n.end, hi)) and \
                    _at_place(text, nxt.end(), not_people):
                near = (out[-1].category, 0)  # "... from Kech, six from Awaran": the list goes on
            if near is None and who_hit is not None and who_hit[0] != "operations" and (
                    them := _ACT_ON_THEM.search(text, end, hi)) is not None and \
                    not any(end <= e <= them.start() and not any(
                        a.start() < e < a.end() for a in _DASH_ASIDE.finditer(
                            text, end, them.start())) for e in ends):
                near = ("abducted" if them.group("taken") else "killed", 0)
            if near is None and who_hit is not None and who_hit[0] != "operations" and \
                    not re.search(r"\b(?:bod(?:y|ies)|remains|corpses?)\b", text[n.end:end],
                                  re.IGNORECASE) and \
                    not _WHOLE_BEFORE.search(text, max(lo, n.start - 12), n.start) and \
                    (own := _clause_act(text, end, hi)) is not None:
                # a verb that is an act only with a person as its subject: "11 employees were
                # recovered last night" (no act word near the count: its clause's verb tells it)
                near = (own, 0)
            if near is None:
                continue
            cat, dist = near
            if who_hit is None and dist > 25:
                continue  # a bare number far from any casualty word is not a figure
            if cat == "killed" and re.match(r"\s*civilian", text[n.end:end], re.IGNORECASE):
                who = "civilians"
            category = cat
        if who_hit is None and not one_perfect and not one_part and caused is None \
                and n.qualifier not in ("vague",) \
                and n.count is not None \
                and n.count < 2 and category != "operations" and share is None \
                and not _one_acted_on(text, n, lo, hi) \
                and not _in_a_bracketed_list(text, n, lo, hi, not_people):
            continue  # "one" is a figure only with a people word or its verb right beside it
        # the whole of a part ("five of the 11 workers abducted ... were freed") is no subject
        # (a bare count, "nine who had been held ...", is read past a relative clause only)
        own_act = _clause_act(text, end, hi, relative_only=who_hit is None) \
            if category != "operations" and \
            not _WHOLE_BEFORE.search(text, max(lo, n.start - 12), n.start) else None
        if own_act is not None and own_act != category and not (
                own_act == "disappeared" and category == "abducted") and not (
                own_act == "released" and category == "killed"):
            # (the dead "recovered" are bodies found: "two bodies were recovered")
            # the words that name the group say who they were; its clause's verb says what
            # befell them (captives still missing stay captives, ANNOTATION.md 4)
            category = own_act
        seized = _TAKEN_BY_ARMED.search(text, max(lo, n.start - 300), n.start) \
            if category == "disappeared" else None
        if seized and not _STATE_ACTORS.search(text, seized.end(), hi) and \
                re.match(r"[^.;:]{0,40}?\bmissing\b", text[end:min(hi, end + 50)], re.IGNORECASE):
            # people an armed group carried off and who are "still missing" are its captives;
            # with the state's forces in the sentence, "missing" may be an enforced disappearance
            category = "abducted"
        prev_who = who
        if category in ("disappeared", "abducted") and (rel := _WHO_WERE.match(text, end, hi)):
            # "four missing individuals who were allegedly killed": the relative clause says
            # what befell them; "missing" only says who they were
            category = _casualty_at(text, rel.end(), hi) or category
        if category in ("disappeared", "abducted", "arrested", "detained") and \
                (freed := _FREED_AFTER.match(text, end, min(hi, end + 170))) and \
                not re.search(r"\b(?:bod(?:y|ies)|remains)\b", freed.group(0), re.IGNORECASE) and \
                not re.search(r"\bof\s+(?:the|those|these|its|their)\s+$", text[lo:n.start],
                              re.IGNORECASE):
            # "two missing youths resurfaced", "seven who had been picked up were freed": the
            # word for their captivity names who they were; the clause's verb is the release.
            # The whole group of a part ("five of the 11 workers abducted ... were freed")
            # keeps its own act: only the part was freed.
            category = "released"
        if category in ("disappeared", "abducted", "arrested", "detained") and \
                _KILLED_AFTER.match(text, end, min(hi, end + 170)) and \
                not re.search(r"\bof\s+(?:the|those|these|its|their)\s+$", text[lo:n.start],
                              re.IGNORECASE):
            # "five detainees killed in staged encounters": killed, named by their captivity
            category = "killed"
        named = _NAME_AND.search(text, max(lo, n.start - 60), n.start) \
            if who_hit and n.count is not None and (
                re.fullmatch(r"others", who_hit[2], re.I)
                or re.match(r"\s+other\s", text[n.end:n.end + 8], re.I)
                # "the commander and five of his men": his men and he
                or re.match(r"\s+of\s+(?:his|her)\s", text[n.end:n.end + 9], re.I)) else None
        # (a person who speaks elsewhere in the report may be one of them: "police arrested
        # Mahrang Baloch and nine other marchers", the BYC's leader and nine more)
        if named and not _NOT_A_NAME.fullmatch(named.group(1)) and not any(
                s < named.end(1) and named.start(1) < e for s, e in not_people
                if (s, e) not in people_named):
            # "arrested Lala Wahab and four others": the named one and the others, five people
            out.append(FigureMention(text[named.start(1):end], n.count + 1, category, who,
                                     n.qualifier, named.start(1), end,
                                     note="a named person and the others counted with them"))
            continue
        rest = _REST_BEFORE.search(text, max(lo, n.start - 25), n.start) is not None
        out.append(FigureMention(n.raw, n.count, category, who, n.qualifier, n.start, end,
                                 REST_NOTE if rest else CASES_NOTE if cases else
                                 KIND_PART_NOTE if kind_part else ""))
    out = sorted(out + _one_person_figures(text, lo, hi,
                                           [(f.start, f.end) for f in out] + list(exclude)),
                 key=lambda f: f.start)
    out = sorted(out + _named_figures(text, lo, hi, out, [(f.start, f.end) for f in out]
                                      + list(exclude) + [x for x in not_people
                                                         if x not in people_named],
                                      people_named),
                 key=lambda f: f.start)
    out = sorted(out + _died_of_wounds(text, lo, hi, out, earlier), key=lambda f: f.start)
    out = sorted(out + _pronoun_victims(text, lo, hi, out, list(exclude) + list(not_people)),
                 key=lambda f: f.start)
    out = sorted(out + _second_acts(text, hi, out), key=lambda f: f.start)
    # (a claimant's name may be the head of a counted phrase: "seven security officials")
    # a dash's list after a group counted in general words restates it, whole (ANNOTATION.md 3)
    restated += [(m.start(1), m.end(1)) for f in out if f.who == "unspecified"
                 and f.count is not None
                 and (m := _DASH_LIST_AFTER.match(text, f.end, hi)) is not None]
    out = sorted(out + clause_figures(text, lo, hi, [(f.start, f.end) for f in out]
                                      + list(exclude) + restated
                                      + [x for x in not_people if x not in speakers], numbers),
                 key=lambda f: f.start)
    # a trigger inside a longer date ("in March this year") is part of that date, no tally
    one_incident = bool(out) and _ONE_INCIDENT.search(text, lo, hi) is not None
    triggers = [m for m in _TOTAL.finditer(text, lo, hi)
                if not in_ordinal_tally(text, m.start()) and not any(
                    s <= m.start() and m.end() <= e and (s, e) != m.span()
                    for s, e in exclude)
                # "the blast left a total of 40 people injured": one incident's whole count
                and not (one_incident and _A_TOTAL_OF.fullmatch(
                    text, max(lo, m.start() - 2), min(hi, m.end() + 3)))] if out else []
    if out and not one_incident:
        triggers += [m for m in _PERIOD_TOTAL.finditer(text, lo, hi)
                     if not in_ordinal_tally(text, m.start())]
    # "killed three more, bringing the total to 50": the sum is the number it brings to; the
    # figures before it are this incident's own
    bringing = list(_BRINGING.finditer(text, lo, hi)) if triggers else []
    # "12 suspects, seven in Chattar and five in Tamboo": a figure its parts by place add up
    # to is their sum, a total (ANNOTATION.md 3)
    summed = {start for start, counts in parts.items() if len(counts) > 1
              and any(f.start == start and f.count == sum(counts) for f in out)}
    if triggers or summed:
        out = [FigureMention(f.raw, f.count, f.category, f.who, f.qualifier, f.start, f.end,
                             f.note, total=f.start in summed or (bool(triggers) and _sums(
                                 text, f, [m for m in triggers if not any(
                                     b.start() <= m.start() < b.end() and f.start < b.start()
                                     for b in bringing)])))
               for f in out]
    return [f for f in out if not _targets_shared_out(text, f, out, hi)]


# The people an attack was aimed at, and what befell each of them after: "targeted two people
# in Buleda, killing one and injuring the other", "fired on four men, killing three and
# wounding one", "attacked five labourers, killing two". The aimed-at count is no casualty
# count: its parts are.
_AIMED_AT_GROUP = re.compile(r"\b(?:opened\s+fire\s+(?:on|at)|fired\s+(?:up)?on|fired\s+at|"
                             r"shot\s+at|attacked|targeted|ambushed)\s+$", re.IGNORECASE)
_SHARED_OUT = re.compile(r"[^.;:]{0,60}?,\s*(?:thus\s+)?(?:killing|injuring|wounding)\b",
                         re.IGNORECASE)


def _targets_shared_out(text: str, f: FigureMention, figures: list[FigureMention],
                        hi: int) -> bool:
    if f.count is None or f.count < 2 \
            or not _AIMED_AT_GROUP.search(text, max(0, f.start - 40), f.start):
        return False
    shared = _SHARED_OUT.match(text, f.end, hi)
    if shared is None:
        return False
    parts = [g.count for g in figures if g.start >= shared.end() - 8 and g is not f
             and g.count is not None and g.start < shared.end() + 80]
    # (some of them only: "attacked five labourers, killing two")
    return bool(parts) and sum(parts) <= f.count


# Two acts told of one group in one clause: "nine passengers were abducted and killed", "X was
# picked up from Tump on May 3 and found dead a week later", "X, who was abducted in Kech and
# later executed". The group is counted once in each act (ANNOTATION.md 3, a part to whom
# something else happened); a second count ("abducted five and killed two") is its own figure.
_TAKEN_THEN_KILLED = re.compile(
    r"[^.;:]{0,120}?\b(?:abducted|kidnapped|picked\s+up|taken\s+away|whisked\s+away|detained|"
    r"arrested|disappeared)\b[^.;:,]{0,80}?\band\s+(?:were\s+|was\s+|had\s+been\s+)?"
    r"(?:(?:later|then|subsequently|eventually|allegedly|reportedly|(?-i:[a-z]+ly))\s+)?"
    r"(?P<act>found\s+dead|executed|killed|shot\s+dead|murdered|gunned\s+down|"
    r"tortured\s+to\s+death)\b", re.IGNORECASE)


# ... and told actively, the people the object of both verbs: "gunmen abducted four passengers
# and later killed them", "took two men away and shot them dead"
_THEN_KILLED_THEM = re.compile(
    r"[^.;:]{0,100}?\band\s+(?:(?:later|then|subsequently|eventually|allegedly|reportedly)\s+)?"
    r"(?P<act>(?:killed|executed|murdered|shot)\s+them(?:\s+dead)?|gunned\s+them\s+down|"
    r"tortured\s+them\s+to\s+death)\b", re.IGNORECASE)


SECOND_ACT_NOTE = "the same people, taken and then killed"


def one_known_person(f: FigureMention) -> bool:
    """Whether f counts one person the report identifies, by name or as someone's kin ("Karim
    Jan", "his brother"): no group a later name could belong to."""
    return f.count == 1 and (f.note in ("named", SECOND_ACT_NOTE)
                             or _KIN_OF_SOMEONE.fullmatch(f.raw) is not None)


# ... and the taking told as the killed group's description: "two youths picked up by
# plainclothesmen in Hub died in a staged encounter" (ANNOTATION.md round 25: one count under
# two acts)
_TAKEN_THEN_SUBJECT = re.compile(
    r"(?:\s+(?-i:[a-z][\w-]*)){0,2}?\s+(?P<act>picked\s+up|abducted|kidnapped|taken\s+away|"
    r"whisked\s+away|forcibly\s+disappeared)\s+(?:by|from|in|on|earlier|last|months?|weeks?|"
    r"days?)\b[^.;:,]{0,80}?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:(?:later|then|subsequently|allegedly|reportedly)\s+)?(?:found\s+dead|executed|killed|"
    r"shot\s+dead|murdered|gunned\s+down|tortured\s+to\s+death)\b", re.IGNORECASE)


_TAKEN_AND_KILLED_BEFORE = re.compile(
    r"\b(?P<act>abducted|kidnapped|picked\s+up)\s+and\s+(?:later\s+|then\s+)?(?:killed|"
    r"shot\s+dead|murdered|executed)\s+(?:at\s+least\s+|some\s+|all\s+)?$", re.IGNORECASE)
_AFTER_TAKING_THEM = re.compile(
    r"(?:\s+[\w'-]+){0,6}?\s+after\s+(?:(?P<act>abducting|kidnapping|picking\s+up|"
    r"taking)\s+them\b|"
    # "were killed after being abducted", "... after armed men kidnapped and then
    # slaughtered them"
    r"being\s+(?P<act2>abducted|kidnapped|picked\s+up|taken\s+away)\b|"
    r"(?:[\w-]+\s+){1,3}?(?P<act3>abducted|kidnapped|picked\s+up)\b[^.;:]{0,40}?\bthem\b)",
    re.IGNORECASE)


def _second_acts(text: str, hi: int, found: list[FigureMention]) -> list[FigureMention]:
    """The killed figure of a group taken and then killed in the same clause (see
    _TAKEN_THEN_KILLED), one for each such figure that has no killed figure of its own there;
    and the abducted figure of a killed group the clause describes as taken before
    (_TAKEN_THEN_SUBJECT)."""
    out: list[FigureMention] = []
    for f in found:
        if f.category == "killed" and f.count is not None and (
                (m := _TAKEN_AND_KILLED_BEFORE.search(text, max(0, f.start - 60), f.start))
                or (m := _AFTER_TAKING_THEM.match(text, f.end, hi))) is not None and not any(
                g is not f and g.start < m.end() and m.start() < g.end and g.start > f.end
                for g in found):
            # "abducted and killed seven travellers", "killed seven after abducting them"
            act = next(k for k in ("act", "act2", "act3") if m.groupdict().get(k))
            out.append(FigureMention(m.group(act), f.count, "abducted", f.who, f.qualifier,
                                     m.start(act), m.end(act), note=SECOND_ACT_NOTE))
            continue
        if f.category == "killed" and f.count is not None and (
                m := _TAKEN_THEN_SUBJECT.match(text, f.end, hi)) is not None and not any(
                g is not f and g.start < m.end() and m.start() < g.end for g in found):
            out.append(FigureMention(m.group("act"), f.count, "abducted", f.who, f.qualifier,
                                     m.start("act"), m.end("act"), note=SECOND_ACT_NOTE))
            continue
        if f.category not in ("abducted", "disappeared", "detained", "arrested") or \
                f.count is None:
            continue
        m = _TAKEN_THEN_KILLED.match(text, f.end, hi) or _THEN_KILLED_THEM.match(text, f.end, hi)
        if m is not None and m.group("act").lower().startswith("shot") and \
                not m.group("act").lower().endswith("dead"):
            m = None  # "shot them" alone may wound
        if m is None or any(g.start < m.end() and m.start("act") < g.end for g in found):
            continue
        if any(g.start > f.end and g.start < m.start("act") for g in found):
            continue  # another figure between: the act is that one's
        out.append(FigureMention(m.group("act"), f.count, "killed", f.who, f.qualifier,
                                 m.start("act"), m.end("act"),
                                 note=SECOND_ACT_NOTE))
    return out


# "A cook was hurt in the blast ... he later died of his injuries": the one injured person
# died, a figure of its own (ANNOTATION.md 5: another category).
_SUCCUMBED = re.compile(r"\b(?:he|she)\s+(?:later\s+|also\s+|subsequently\s+)?(?:succumbed\s+to|"
                        r"died\s+(?:of|from))\s+(?:his|her)\s+(?:wounds|injuries)", re.IGNORECASE)


def _died_of_wounds(text: str, lo: int, hi: int, found: list[FigureMention],
                    earlier: tuple[str, ...]) -> list[FigureMention]:
    """One killed where "she died of her injuries" (or "he succumbed to ...") follows one
    person injured, in the same sentence or the one before (whose last figure was an
    injury)."""
    m = _SUCCUMBED.search(text, lo, hi)
    if m is None:
        return []
    hurt = [f for f in found if f.end <= m.start() and f.category == "injured"]
    if hurt and hurt[-1].count == 1:
        who = hurt[-1].who
    elif not hurt and not any(f.end <= m.start() for f in found) and earlier \
            and earlier[-1] == "injured":
        who = "unspecified"
    else:
        return []
    return [FigureMention(m.group(0), 1, "killed", who, "exact", m.start(), m.end(),
                          note="the one injured died of the wounds")]


_BRINGING = re.compile(r"\b(?:bringing|taking|raising|pushing)\s+the\s+(?:overall\s+|total\s+|"
                       r"death\s+)?(?:total|toll|tally|number)\b[^.;:\d]{0,60}?\bto\b",
                       re.IGNORECASE)
_BRINGING_TO = re.compile(_BRINGING.pattern + r"\s+(?:at\s+least\s+)?$", re.IGNORECASE)
# People named by their captivity (an adjective, a noun such as "detainees", a relative clause
# "who had been taken", "it had campaigned for") whose clause then tells what befell them: the
# release or the killing is the act; the captivity word only says who they were. The group's own
# words run up to that verb with no other count, comma, "and" or new clause between ("and later
# released", "while three were killed" are acts of their own).
# ("and a manager of the company" joins one more captive to the subject, no new clause)
_CAPTIVES_GAP = (r"(?:(?!\b(?:and(?!\s+(?:a|an|the|their|his|her|its)\s)|while|whereas|but|after|"
                 r"when|where|which|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                 r"twelve)\b)[^,.;:\d]){0,130}?")
_FREED_AFTER = re.compile(
    _CAPTIVES_GAP + r"\b(?:(?:were|was|have|has|had)\s+(?:since\s+|later\s+|"
    r"now\s+|finally\s+|all\s+)?(?:been\s+)?(?:(?:since|later|safely)\s+)?(?:released|freed|"
    r"set\s+free)|returned\s+(?:home|safely|to\s+(?:their|his|her)\s+(?:homes?|families))|"
    r"(?:came|come)\s+back\s+home|resurfaced|"
    # "..., were recovered" and a headline's bare "recovered": brought back alive (a body
    # found is told with its body, see _RECOVERED)
    # ("would be recovered", "being recovered" is a hope or a search, no release yet)
    r"(?:(?:were|was|have|has|had)\s+(?:been\s+)?)?(?<!\bbe\s)(?<!\bbeing\s)(?:safely\s+)?"
    r"recovered(?!\s+(?:dead|lifeless)\b))\b", re.IGNORECASE)
_KILLED_AFTER = re.compile(
    _CAPTIVES_GAP + r"\b(?:(?:were|was|have|has|had)\s+(?:(?:since|later|allegedly|reportedly|"
    r"then|subsequently)\s+)*(?:been\s+)?(?:(?:allegedly|reportedly|later|found)\s+)*)?"
    r"(?:killed|shot\s+dead|murdered|executed|found\s+dead)\b", re.IGNORECASE)
_WHO_WERE = re.compile(
    r"(?:\s+(?:missing|disappeared|abducted)\s+(?:persons|people|individuals|men|youths|"
    r"students))?\s+who\s+(?:were|had\s+been|have\s+been)\s+(?:(?:allegedly|reportedly|"
    r"later|then|subsequently)\s+)*(?:found\s+(?=dead\b))?(?=(?:killed|shot|murdered|gunned|"
    r"dead|executed)\b)", re.IGNORECASE)
# A named person joined to a count of others: "Lala Wahab and four others were arrested".
# ... and with them: "Mr Karim, along with two other men, was killed" is three.
_NAME_AND = re.compile(r"((?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,3}),?\s+(?:and|"
                       r"(?:along|together)\s+with)\s+$")
_SEVERAL_INCIDENTS = re.compile(r"(?:two|three|four|several|multiple|different|separate)\s",
                                re.IGNORECASE)
_SEVERAL_PLACES_RE = re.compile(_SEVERAL_PLACES, re.IGNORECASE)


def _sums(text: str, f: FigureMention, triggers: list[re.Match[str]]) -> bool:
    """Whether a figure in a summing sentence is a total. "Nine militants in two operations:
    five in Kech on Friday and four in Panjgur on Saturday": the parts after the colon are one
    incident each; a period's tally ("its monthly report: 17 in Kech, nine in Awaran") stays a
    total in every part."""
    colon = text.rfind(":", 0, f.start)
    return any(not (_SEVERAL_INCIDENTS.match(m.group(0)) and m.end() <= colon)
               # "in three separate operations" counted as operations: the words that say the
               # others are a sum are the figure's own, a count of acts and no sum of them
               and not f.start <= m.start() < f.end
               # "nine people, including two guards, were killed in three attacks": a sum of
               # incidents counts its whole; the part after "including" says who was among them
               and not ((_SEVERAL_INCIDENTS.match(m.group(0))
                         or _SEVERAL_PLACES_RE.match(m.group(0)))
                        and _INCLUDING_BEFORE.search(text, max(0, f.start - 20), f.start))
               # "one of the injured later died, taking the death toll to three": the toll
               # is the figure it brings, not the death that raised it
               and not (_RUNNING_TOLL.match(m.group(0)) and not
                        m.end() <= f.start <= m.end() + 20)
               for m in triggers)


_RUNNING_TOLL = re.compile(r"(?:bringing|taking|raising)\s", re.IGNORECASE)


# "multiple casualties", "several deaths and injuries": the dead and the hurt told as one
_BOTH_ACTS_NOUN = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:casualties|(?:deaths?|dead|killed)\s+and\s+(?:injuries|injured|"
    r"wounded))\b", re.IGNORECASE)


def tells_an_act(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] has a word of CATEGORY_WORDS: an act that befell people."""
    return any(rx.search(text, lo, hi) for rx, _ in _CAT_RE)


def names_no_act(text: str, figure: FigureMention) -> bool:
    """Whether a vague count lumps the dead and the hurt together ("caused multiple
    casualties", "resulting in several deaths and injuries"): it says neither how many died
    nor how many were hurt, so it is a figure of no category (ANNOTATION.md 4: the category
    follows the verb; a word for both names none). A counted "12 casualties" is left as the
    rules read it."""
    return figure.count is None and _BOTH_ACTS_NOUN.match(
        text, figure.start + len(figure.raw)) is not None



# --- The clause reader --------------------------------------------------------------------
# The phrase rules above read a figure from the words around a number. News prose also tells a
# casualty figure by the shape of its clause, whatever the words: a counted noun phrase of
# people ("seven security officials", "a shopkeeper's brother", "the nephew of a judge")
# that is the subject of an act ("... were injured in the blast", "... suffered injuries"), the
# object of one ("freed four prisoners", "took eight suspects into custody", "left a
# constable wounded", "the loss of three fighters"), or an act counted as a noun after a verb of
# result ("causing one death and two serious injuries"). This pass reads those three
# shapes over lists of such phrases ("seven officials and a porter were injured") and adds the
# figures the phrase rules left out; it never reads a phrase a figure already covers.

_ONE_WORD = r"(?:an?|another|one)"
# words that end a noun phrase's modifiers: a verb, a preposition, a conjunction
_NOT_MODIFIER = (r"(?!(?:were|was|is|are|be|been|had|have|has|and|or|but|who|whom|which|that|of|in|"
                 r"at|on|by|from|with|to|for|after|before|when|while|as|into|than|near|during|"
                 r"said|says|told|the|a|an|this|these|those|their|his|her|its|where|what|whose|"
                 r"there|here|more(?=\s+than\b)|then)\b)"
                 # a noun before the head stands in the singular ("security officials",
                 # "company employees"): a plural is a head of its own ("thirty cells where
                 # people were kept")
                 r"(?!(?-i:[a-z]+[^su\W]s)\b)")
_HELD_PEOPLE = (r"(?:under[\s-]?trial\s+)?(?:prisoners|inmates|convicts|detainees|captives|"
                r"abductees)|"
                r"supporters|followers|loyalists|volunteers")
_PEOPLE_HEAD = re.compile(
    "(?:" + "|".join(f"(?:{p})" for p, _ in WHO_WORDS) + f"|{_HELD_PEOPLE}" + r")(?![\w'-])",
    re.IGNORECASE)
# heads the phrase rules read better or that count no people: tallies, parts, acts as nouns
_NOT_A_HEAD = re.compile(
    r"cases?|of\s+(?:them|whom|which|those)|lives|deaths?|casualties|injur(?:y|ies)|bodies|"
    r"dead\s+bodies|more|others?|official|officer|members", re.IGNORECASE)
# (the one-person nouns, and those of the other side: "one raider, Sabir, was killed")
_ONE_HEAD = re.compile(rf"(?:{_ONE_PERSON}|attacker|assailant|gunman|bomber|fighter|abductor|"
                       rf"kidnapper|supporter|raider|(?:under[\s-]?trial\s+)?(?:prisoner|inmate|detainee|captive|"
                       rf"hostage))(?![\w'-])", re.IGNORECASE)
# a person by name, a title before it allowed ("Kharan Deputy Commissioner (DC) Naveed Akhtar"),
# and "... and his son": two people
_NAMED = re.compile(r"(?-i:(?:[A-Z][a-z]+|\([A-Z]{2,5}\))"
                    r"(?:\s+(?:[A-Z][a-z]+|\([A-Z]{2,5}\))){1,6})"
                    rf"(?P<kin>\s+and\s+(?:his|her)\s+{_KIN_WORDS})?")
# "the nephew of a retired judge": one person, named by whose relative
_KIN_OF = re.compile(rf"\bthe\s+(?:[\w-]+\s+)?{_KIN_WORDS}\s+of\s+(?:(?:an?|the|his|her|their)\s+)?"
                     rf"{_NOT_MODIFIER}[\w'-]+(?:\s+{_NOT_MODIFIER}[\w'-]+){{0,3}}", re.IGNORECASE)
# an act counted as a noun: "one fatality", "a critical injury", "two deaths"
_ACT_NOUN = re.compile(
    r"(?:(?:critical|serious|grave|minor|further|additional|more)\s+)?"
    r"(?:(?P<killed>fatalit(?:y|ies)|deaths?)|(?P<injured>injur(?:y|ies)))\b", re.IGNORECASE)
_RESULT_BEFORE = re.compile(r"\b(?:resulting\s+in|resulted\s+in|causing|caused|leaving|left)\s+$",
                            re.IGNORECASE)
_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
# what may stand between a subject and its act's verb: an apposition in commas ("one raider,
# Sabir, was killed"), a participle phrase ("23 workers belonging to the union suffered
# injuries"), auxiliaries and adverbs
_SUBJECT_GAP = (r"(?:\s*,[^,.;:\"\d]{1,40},)?"
                r"(?:\s+(?:belonging|hailing|travell?ing|working|going|coming|returning|posted|"
                r"deployed|stationed|aboard|riding|sitting|standing|"
                # "five more people wounded in the blast succumbed": hurt before, dead now
                r"(?:injured|wounded|hurt)(?=\s+(?:in|during|at|on)\b))\b[^,.;:\"\d]{0,60}?)?"
                r"(?P<aux>(?:\s+(?:were|was|have|has|had|been|being|got|are|is|also|later|reportedly|"
                r"allegedly|all|both|each|critically|seriously|severely|badly|fatally|mortally|"
                r"subsequently|then|too|immediately))*)\s+")
# the act's verb of a subject, or its predicate adjective after "left"
_TRANSITIVE_ACT = (r"(?P<t>killed|shot\s+dead|gunned\s+down|slain|murdered|executed|assassinated|"
                   r"martyred|injured|wounded|hurt|abducted|kidnapped|picked\s+up|arrested|"
                   r"apprehended|nabbed|detained|released|freed|rescued)")
_INTRANSITIVE = (r"(?P<i>died|perished|succumbed|found\s+dead|"
                 r"lost\s+(?:their|his|her)\s+li(?:fe|ves)|"
                 r"embraced\s+(?:shahadat|martyrdom)|went\s+missing|disappeared|"
                 r"(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,2}?(?:injur(?:y|ies)|wounds))")
_ACT_OF_SUBJECT = re.compile(rf"{_SUBJECT_GAP}(?:{_TRANSITIVE_ACT}|{_INTRANSITIVE})\b",
                             re.IGNORECASE)
# an active verb takes an object after it: "two militants killed a soldier" names no victims in
# its subject
_OBJECT_NEXT = re.compile(r"\s+(?:an?|the|his|her|their|its|several|many|dozens|scores|some|all|"
                          r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b|(?-i:[A-Z]))",
                          re.IGNORECASE)
# the acts whose object the clause reader counts: the acts a count follows (_ACT_VERBS), and
# those that end a captivity or a life by a decision, and the acts as nouns ("the loss of")
_OBJECT_BEFORE = re.compile(
    rf"\b(?P<verb>{_ACT_VERBS}|kills|abducts|kidnaps|arrests|detains|injures|execut(?:ed|ing)|"
    r"assassinat(?:ed|ing)|free(?:d|ing|s)?|releas(?:ed|ing|e)|rescu(?:ed|ing|e)|"
    r"(?:the\s+)?(?:loss|deaths?|killings?|murders?|martyrdom|injur(?:y|ies)|abductions?|"
    r"kidnappings?|arrests?|detentions?|release|rescue)\s+of)\s+$", re.IGNORECASE)
# "opened fire on a trader, identified as X, killing him": the act falls on whom it was aimed at
_AIMED_AT_BEFORE = re.compile(r"\b(?:opened\s+fire\s+(?:on|at)|fired\s+(?:up)?on|shot\s+at|"
                              r"attacked|targeted|ambushed)\s+$", re.IGNORECASE)
_AIMED_ACT_AFTER = re.compile(r"(?:\s*,[^,.;:\"\d]{1,40},|\s*,)?\s*(?:(?:and|thus)\s+)?"
                              r"(?P<act>killing|injuring|wounding)\s+(?:him|her|them|both|all)\b",
                              re.IGNORECASE)
_CUSTODY_AFTER = re.compile(r"\s+into\s+(?:their\s+|police\s+)?custody\b", re.IGNORECASE)
_TAKE_BEFORE_CUSTODY = re.compile(r"\b(?:took|taken|taking|take)\s+$", re.IGNORECASE)
_LEFT_BEFORE = re.compile(r"\b(?:left|leaving)\s+$", re.IGNORECASE)
_LEFT_STATE = re.compile(r"\s+(?:(?:critically|seriously|severely|badly)\s+)?(?P<s>dead|injured|"
                         r"wounded|hurt)\b|\s+with\s+(?:[\w-]+\s+){0,2}?(?P<w>injuries|wounds)\b",
                         re.IGNORECASE)
# "and another injured", "while another sustained injuries": one more, the verb elided or not
_ONE_MORE = re.compile(
    r"(?:,\s*|\s+)(?:and|while|whereas)\s+(?P<np>another|one\s+other|the\s+other)\s+"
    rf"(?:(?:was|got)\s+)?(?:(?:critically|seriously|severely|badly)\s+)?"
    rf"(?:{_TRANSITIVE_ACT}|{_INTRANSITIVE})\b", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(?:(?:of|among|amongst)\s+(?:the|those|these|its|their)|including|"
                          r"condition\s+of|"
                          # "said an official, three people ...": the speaker, no victim
                          r"said|says|told|according\s+to|"
                          r"identified(?:\s+the|\s+as)?|named(?:\s+as)?|"
                          r"bodies\s+of(?:\s+the)?)\s+$", re.IGNORECASE)
_PHRASE_OPENER = re.compile(rf"\b(?:{_ONE_WORD}|the)\b|(?<![\w'-])(?-i:[A-Z(])", re.IGNORECASE)
_ONE_OPENER = re.compile(rf"{_ONE_WORD}\b", re.IGNORECASE)
_GAP = re.compile(r"\s+")
_MODIFIER_WORD = re.compile(rf"{_NOT_MODIFIER}[\w'-]+", re.IGNORECASE)
# "X and his son, who were abducted a month ago, have been killed": a second act of the same people
_RELATIVE_ACT = re.compile(r"\s*,\s*who\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
                           r"(?:(?:allegedly|reportedly|later|also|forcibly)\s+)?"
                           rf"(?:{_TRANSITIVE_ACT}|{_INTRANSITIVE})\b", re.IGNORECASE)
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|got|is|are)\b", re.IGNORECASE)
_CLAUSE_OPENS = re.compile(r"(?:[,;:]|\b(?:and|but|while|whereas|when|after|as|that|because|"
                           r"since|where|before|though|although|if|to))\s*$", re.IGNORECASE)
# a name after a word or two that say who the person is: "Days later, Baloch activist Nadeem
# Jan went missing"
_DESCRIBED_NAME_BEFORE = re.compile(
    r"(?:[,;:]|\b(?:and|but|while|after|when|as|that))\s+(?:(?!(?:of|in|on|at|for|with|by|from|"
    r"to|the|a|an)\b)[\w'-]+\s+){1,3}$", re.IGNORECASE)
_DENIED_BEFORE = re.compile(r"\b(?:not|no|nor|never|without)\s+$", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(r"\s+(?:said|says|told|added|confirmed|stated|claimed|reported)\b",
                            re.IGNORECASE)
_PLACE_NAME_WORD = re.compile(r"\b(?:Lines|Guards?|Road|Highway|Station|Bazaar|Market|Chowk|"
                              r"Town|Colony|Area|District|Tehsil|Province|Valley|Pass|Port|"
                              r"Camp|Cantonment|Jail|Prison|School|College|Mosque|Express)\b")
# every act word the shapes above can read, for a test that skips a sentence with none
_ACT_GATE = re.compile(r"kill|dead|die|injur|wound|hurt|abduct|kidnap|picked|arrest|apprehend|"
                       r"nabbed|detain|releas|free|rescu|shot|gunned|slain|murder|execut|assassin|"
                       r"martyr|perish|succumb|shahadat|missing|disappear|custody|fatalit|death|"
                       r"loss", re.IGNORECASE)
CLAUSE_READ_NOTE = "read from the clause: a counted noun phrase and its act"


# An accident is no conflict incident (ANNOTATION.md 1, settled in round 28): a road crash, a
# drowning, a mine's roof caving in. A sentence that tells one and no violence counts no
# figures and names no scene ("Two passengers died when the coach overturned near Khuzdar").
# Any word of violence keeps the sentence an incident's ("a car overturned after gunmen fired
# on it", "bogies derailed after the blast"). A blast, even of a gas cylinder, stays an
# incident's: the corpus counts its dead (dev d47), and a bomb is often first reported so.
_ACCIDENT = re.compile(
    r"\b(?:(?:road|traffic)\s+accidents?|accident|collided|collision|overturn(?:ed|ing)|"
    r"turned\s+turtle|plunged|skidded|fell\s+into\s+(?:a\s+|the\s+)?(?:ravine|gorge|ditch|"
    r"river|well)|drown(?:ed|ing)|electrocut\w+|mishap|head-on|roof\s+(?:caved|collapsed)|"
    r"mine\s+collapse\w*)\b", re.IGNORECASE)
_VIOLENCE = re.compile(
    r"\b(?:attack\w*|gunm[ae]n|armed\s+(?:m[ae]n|persons|individuals)|fir(?:ing|ed)|shot|"
    r"shooting|militants?|terroris\w+|insurgents?|separatists?|IEDs?|improvised|bomb\w*|suicide|"
    r"explosi\w+|blasts?|blew|grenades?|rockets?|mortars?|abduct\w*|kidnap\w*|ambush\w*|"
    r"assailants?|miscreants|target(?:ed|ing)|torched|sabotage\w*|encounters?|operations?|"
    r"clash\w*|martyr\w*|violen\w*|claimed\s+responsibility|landmines?|planted|"
    r"remote[\s-]controlled)\b",
    re.IGNORECASE)


# A coal mine's methane going off is the mine's accident, not a bomb ("a methane gas explosion
# claimed 12 lives in Zardalo"): its blast word is no violence.
# (MINE_GAS_BLAST is the places' test too: such a blast's place is no scene)
_MINE_GAS = re.compile(r"\b(?:methane|firedamp)\b", re.IGNORECASE)
MINE_GAS_BLAST = r"\b(?:methane|firedamp)\s+(?:gas\s+)?(?:explosions?|blasts?)\b"
_MINE_GAS_BLAST = re.compile(rf"{MINE_GAS_BLAST}[^.;:]{{0,60}}$", re.IGNORECASE)


def tells_an_accident(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] tells an accident and no violence (see _ACCIDENT, _MINE_GAS)."""
    if _MINE_GAS.search(text, lo, hi) and not [
            m for m in _VIOLENCE.finditer(text, lo, hi)
            if not re.match(r"explosi|blast", m.group(0), re.IGNORECASE)]:
        return True
    return _ACCIDENT.search(text, lo, hi) is not None and _VIOLENCE.search(text, lo, hi) is None


@dataclass(frozen=True)
class _Phrase:
    start: int
    end: int
    count: int | None
    qualifier: str
    who: str
    act_noun: str = ""  # "killed"/"injured" for an act counted as a noun ("one fatality")
    kind: str = "count"  # "count", "one" (a/an/another/one ...), "the" (the driver), "named"
    lead: int = -1  # where the phrase's words begin, a place in a title before a name included


def _category_of(words: str) -> str | None:
    if re.match(r"(?:succumbed|died|perished|found\s+dead)\b", words, re.IGNORECASE):
        return "killed"
    if re.search(r"injur|wound", words, re.IGNORECASE):
        return "injured"  # "suffered injury": the singular the category words lack
    if re.search(r"assassinat", words, re.IGNORECASE):
        return "killed"
    for rx, category in _CAT_RE:
        if rx.search(words):
            return category
    return None


def _who_of(noun: str, default: str) -> str:
    """Who a people noun counts (WHO_WORDS), or `default` for a noun those words lack."""
    return next((w for rx, w in _WHO_RE if rx.fullmatch(noun)), default)


def _phrase_at(text: str, p: int, hi: int, numbers: dict[int, Number]) -> _Phrase | None:
    """The counted noun phrase starting at p, if one does."""
    kin = _KIN_OF.match(text, p, hi)
    if kin:
        return _Phrase(p, kin.end(), 1, "exact", "civilians")
    n = numbers.get(p)
    if n is None and text.startswith(("the ", "The "), p):
        other = re.match(r"the\s+other\b(?!\s+(?:side|hand|day|group|party|way)\b)",
                         text[p:hi], re.IGNORECASE)
        if other:
            return _Phrase(p, p + other.end(), 1, "exact", "unspecified", kind="one")
        head = _ONE_HEAD.match(text, p + 4, hi)
        # ("the hostage passengers": a noun before a plural noun describes it)
        if head and not re.match(r"\s+of\b", text[head.end():head.end() + 4]) and not \
                re.match(r"\s+(?:passengers|people|men|women|workers|labourers|soldiers|"
                         r"personnel|children|students|families|miners|travellers)\b",
                         text[head.end():head.end() + 14], re.IGNORECASE):
            return _Phrase(p, head.end(), 1, "exact", _who_of(head.group(0), "civilians"),
                           kind="the")
        return None
    one = _ONE_OPENER.match(text, p, hi) if n is None else None
    if n is None and one is None:
        named = _NAMED.match(text, p, hi)
        if not named or _NOT_A_NAME.match(text, p, hi) \
                or _BODY_NAME.search(text, p, named.end()) \
                or _PLACE_NAME_WORD.search(named.group(0)):
            return None  # a body or a place ("the Police Lines", "Union Council") is no person
        return _Phrase(p, named.end(), 2 if named.group("kin") else 1, "exact", "unspecified",
                       kind="named")
    if n is not None and n.count is None:
        return None  # "some passengers", "dozens of": the phrase rules weigh a vague count
    if n is not None:
        start, q, count, qualifier = n.start, n.end, n.count, n.qualifier
    else:
        start, q, count, qualifier = p, one.end(), 1, "exact"
    kind = "count" if n is not None else "one"
    # an act counted as a noun follows the count at once ("one fatality", "two serious injuries")
    gap = _GAP.match(text, q, hi)
    act = _ACT_NOUN.match(text, gap.end() if gap else q, hi)
    if act:
        if n is None and text[start:q].lower() == "another":
            return None
        return _Phrase(start, act.end(), count, qualifier, "unspecified",
                       "killed" if act.group("killed") else "injured")
    # the head is the first people noun after up to three describing words
    pos = q
    for _ in range(4):
        gap = _GAP.match(text, pos, hi)
        if not gap:
            return None
        h = gap.end()
        head = _ONE_HEAD.match(text, h, hi) if count == 1 else None
        if head and not re.match(r"\s+of\b", text[head.end():head.end() + 4]):
            return _Phrase(start, head.end(), 1, qualifier, _who_of(head.group(0), "civilians"),
                           kind=kind)
        if n is not None:
            head = _PEOPLE_HEAD.match(text, h, hi)
            if head and not _NOT_A_HEAD.fullmatch(head.group(0)):
                return _Phrase(start, head.end(), count, qualifier,
                               _who_of(head.group(0), "unspecified"))
        word = _MODIFIER_WORD.match(text, h, hi)
        if not word:
            return None
        pos = word.end()
    return None


def clause_figures(text: str, lo: int, hi: int, taken: list[tuple[int, int]],
                   numbers_found: list[Number] | None = None) -> list[FigureMention]:
    """Figures told by a clause's shape (see above) that no span in `taken` covers;
    `numbers_found` are the sentence's numbers when the caller has read them already."""
    if not _ACT_GATE.search(text, lo, hi):
        return []  # (a cheap test first: most sentences of a report tell no act)
    numbers = {n.start: n for n in (find_numbers(text, lo, hi) if numbers_found is None
                                    else numbers_found)}
    starts = sorted(set(numbers) | {m.start() for m in _PHRASE_OPENER.finditer(text, lo, hi)})
    phrases: list[_Phrase] = []
    for p in starts:
        if phrases and p < phrases[-1].end:
            continue
        ph = _phrase_at(text, p, hi, numbers)
        if ph is not None and ph.kind == "named":
            # a place named in a title before the name ("Kharan Deputy Commissioner Naveed
            # Akhtar"): the person is the words after it
            inside = [e for s, e in taken if s < ph.end and ph.start < e]
            if inside:
                rest = _NAMED.fullmatch(text, max(inside) + 1, ph.end) \
                    if max(inside) + 1 < ph.end else None
                if rest is None:
                    continue
                ph = _Phrase(rest.start(), ph.end, ph.count, ph.qualifier, ph.who, kind="named",
                             lead=ph.start)
        if ph is not None:
            phrases.append(ph)
    # lists: phrases joined by a comma or "and"
    lists: list[list[_Phrase]] = []
    for ph in phrases:
        if lists and _JOIN.fullmatch(text, lists[-1][-1].end, ph.start) \
                and not _SPEAKER_AFTER.match(text, ph.end, hi):
            lists[-1].append(ph)
        else:
            lists.append([ph])
    # a list joined by commas alone goes on to describe its first phrase ("killing two
    # travellers, a teacher and his nephew"); an "and" before its last member adds people
    lists = [group if any(re.search(r"\band\b", text[a.end:b.start], re.IGNORECASE)
                          for a, b in pairwise(group)) else group[:1]
              for group in lists]
    found: list[tuple[_Phrase, str]] = []  # each phrase read, with the act it tells
    for group in lists:
        first, last = group[0], group[-1]
        lead = first.lead if first.lead >= 0 else first.start
        before = text[max(lo, lead - 40):lead]
        if _PART_BEFORE.search(before):
            continue
        category: str | None = None
        if all(ph.act_noun for ph in group):
            if _RESULT_BEFORE.search(before):
                found += [(ph, ph.act_noun) for ph in group]
            continue
        group = [ph for ph in group if not ph.act_noun]
        if _DENIED_BEFORE.search(before) or _SPEAKER_AFTER.match(text, last.end, hi):
            continue  # "not a single soldier was hurt"; "..., a Levies spokesman said"
        obj = _OBJECT_BEFORE.search(before)
        if obj and obj.group("verb").lower().endswith("of") and first.kind != "count":
            # "the killing of a student" names an act a protest or a report recalls, most
            # often one counted in its own account or none at all; a counted "loss of two
            # fighters" is the figure
            obj = None
        subj = _ACT_OF_SUBJECT.match(text, last.end, hi)
        passive = subj is not None and _PASSIVE_AUX.search(subj.group("aux")) is not None
        if subj and (any(ph.kind == "the" for ph in group)
                     or not (lead == lo or _CLAUSE_OPENS.search(before) or (
                         first.kind == "named" and _DESCRIBED_NAME_BEFORE.search(before)))
                     or (subj.group("t") and not passive and (
                         _OBJECT_NEXT.match(text, subj.end(), hi) or first.kind != "count"))):
            # A subject opens its clause: "a convoy of elder Sardar Khan were killed" is not
            # what was killed. An act's verb with an object after it and no "was" is active:
            # the phrase did the act ("the Police Lines had killed scores"). And "a student
            # picked up last month" with no "was" is a phrase inside another clause, where a
            # counted headline ("Five soldiers killed in ...") is a clause of its own.
            subj = None
        aimed = _AIMED_ACT_AFTER.match(text, last.end, hi) \
            if _AIMED_AT_BEFORE.search(before) else None
        if _TAKE_BEFORE_CUSTODY.search(before) and _CUSTODY_AFTER.match(text, last.end, hi):
            category = "arrested"
        elif aimed:
            category = _category_of(aimed.group("act"))
        elif _LEFT_BEFORE.search(before) and (state := _LEFT_STATE.match(text, last.end, hi)):
            category = "killed" if (state.group("s") or "").lower() == "dead" else "injured"
        elif obj:
            verb = obj.group("verb").lower().removeprefix("the ")
            category = "killed" if verb.startswith(("loss", "martyrdom")) else \
                "released" if verb.startswith("free") else _category_of(verb)
        elif subj:
            # the main verb of the phrase's clause, as _clause_act reads it for the phrase rules
            # (auxiliaries, asides, relative clauses); the shapes it leaves (no "was" in a
            # headline, "suffered injury", "being killed") by the act word found here
            category = _clause_act(text, last.end, hi) or \
                _category_of(subj.group("t") or subj.group("i"))
        if category is None:
            continue
        if len(group) > 1 and all(ph.kind != "count" for ph in group):
            # "Raheem Bakhsh and Noor Jan were taken", "a constable and a prisoner were killed":
            # one figure of the people the names or nouns count one by one
            group = [_Phrase(first.start, last.end, sum(ph.count or 0 for ph in group), "exact",
                             first.who if len({ph.who for ph in group}) == 1 else "unspecified",
                             kind="named", lead=first.lead)]
        relative = _RELATIVE_ACT.match(text, group[0].end, hi) if len(group) == 1 else None
        second = _category_of(relative.group("t") or relative.group("i")) if relative else None
        for ph in group:
            found.append((ph, category))
            if second and second != category:
                found.append((ph, second))
    for m in _ONE_MORE.finditer(text, lo, hi):
        if category := _category_of(m.group("t") or m.group("i")):
            found.append((_Phrase(m.start("np"), m.end("np"), 1, "exact", "unspecified",
                                  kind="one"), category))
    # (the phrase's own words are what another figure or a place must not cover; the figure is
    # written whole, the place in a title before a name included, so the place reads as part of
    # the name and not as a place the figure is shared out to)
    return [FigureMention(text[start:ph.end], ph.count, category, ph.who, ph.qualifier, start,
                          ph.end, CLAUSE_READ_NOTE)
            for ph, category in found
            if not any(ph.start < e and s < ph.end for s, e in taken)
            for start in [ph.lead if ph.lead >= 0 else ph.start]]
