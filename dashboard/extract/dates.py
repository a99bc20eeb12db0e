"""Dates in report prose, resolved against the report's publication date.

Precision is never invented: "on Thursday" in a report dated only to a month becomes the range of
Thursdays it could be; a relative phrase with no publication date stays unknown.
The result is written in the dataset notation by dashboard.dates.span_notation.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dashboard.dates import span_notation
from dashboard.extract.numbers import UNITS
from dashboard.extract.text import line_bounds
from dashboard.models import DateSpan

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
# The months' names as written in prose, one alternation for every pattern that names a month
# (case as the pattern that uses it decides: "(?-i:...)" where a capital says it is the month).
MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|"
               "December")
# ... and written whole or cut short, as datelines and day openers write them ("Oct 31",
# "Sept. 3"), to be matched with their capital
MONTH_WORDS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
               r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_YEAR2 = _YEAR.replace("?P<year>", "?P<year2>")
_WD = r"(?P<wd>" + "|".join(WEEKDAYS) + r")"
_NUM = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|24|48|72)"
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "twelve": 12}

# A night told with no day: the last night before publication, when nothing else dates it.
OVERNIGHT = (r"\b(?:overnight|(?:late\s+)?last\s+night|(?:during|throughout)\s+the\s+night|"
             r"in\s+the\s+early\s+hours(?!\s+of))\b")

PATTERNS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(pat, re.IGNORECASE)) for
                                               name, pat in [
    # ("on night 3/4 May": military releases drop the "of")
    # (and an editor's "[of]" put back in a quoted release: "on night [of] 29/30 August")
    ("night_of_days", rf"\bnight\s+(?:\[?(?:of|between)\]?\s+)?(?:the\s+)?(?P<day>[0-3]?\d)"
                      rf"(?:st|nd|rd|th)?\s*(?:/|and|-|to)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}"
                      rf"(?:,?\s+{_YEAR})?"),
    # a night across a month's end: "on the night between 30 April/1 May 2024"
    ("night_of_months", rf"\bnight\s+(?:of|between)\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}\s*"
                        rf"(?:/|and|-|to)\s*{_DAY2}\s+(?:of\s+)?{_MON2}(?:,?\s+{_YEAR})?"),
    ("night_of_days2", rf"\bnight\s+(?:of|between)\s+(?:the\s+)?{_MON}\s+(?P<day>[0-3]?\d)"
                       rf"(?:st|nd|rd|th)?\s*(?:/|and|-|to)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
                       rf"(?:,?\s+{_YEAR})?"),
    # a part of a named month or year a periodic report counts over: "the first half of
    # October", "the second half of 2023", "the first two weeks of June", "the last fortnight
    # of May 2023", "from the 1st to the 15th of August"
    # ("the first week of March", "the last week of February": seven days of the month)
    # (a think tank's quarter of a year: "the second quarter of 2024", "of the year")
    ("part_period", rf"\bthe\s+(?P<which>first|second|third|fourth|last)\s+"
                    rf"(?P<part>half|fortnight|two\s+weeks|week|quarter|(?:two|three|four|five|six|"
                    rf"seven|eight|nine|ten|eleven)\s+months)"
                    rf"\s+of\s+(?:{_MON}(?:,?\s+{_YEAR})?|(?P<year2>(?:19|20)\d\d)\b|"
                    r"(?P<this>(?:the\s+)?(?:current|this)\s+year|the\s+year)\b)"),
    ("day_range", rf"\bfrom\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\s+(?:to|till|until)\s+the\s+"
                  rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+{_MON}(?:,?\s+{_YEAR})?"),
    # "a few days ago", "a couple of weeks back", "two days back": a loose count is a few
    ("ago", r"\b(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
            r"(?:a\s+)?few|a\s+couple\s+of|couple\s+of|several)\s+"
            r"(?P<unit>days?|weeks?|fortnights?|months?|years?)\s+(?:ago|back)\b"),
    ("day_before", r"\b(?:a\s+day\s+(?:earlier|before|prior)|the\s+(?:previous|preceding)\s+"
                   r"(?:day|night)|the\s+(?:day|night)\s+(?:before|prior))\b"),
    ("night_of", rf"\bnight\s+(?:of|between)\s+(?:the\s+)?{_WD}\s*(?:/|and|-|to)\s*"
                 rf"(?P<wd2>{'|'.join(WEEKDAYS)})\b"),
    # the two days named first and the night after them: "between Thursday and Friday night",
    # "on the Sunday-Monday night"
    ("night_of", rf"\b(?:between\s+|on\s+)?(?:the\s+)?{_WD}\s*(?:/|and|-|to)\s*"
                 rf"(?P<wd2>{'|'.join(WEEKDAYS)})\s+night\b"),
    ("overnight", OVERNIGHT),
    ("day_range", rf"\b(?:from|between)\s+{_MON}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+"
                  rf"(?:to|and|-|till|until)\s+(?:{_MON2}\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b"
                  rf"(?:,?\s+{_YEAR})?"),
    # the day before the month: "between 1 and 10 March", "from 28 February to 3 March 2024"
    ("day_range_dm", rf"\b(?:from|between)\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
                     rf"(?:\s+(?:of\s+)?{_MON2})?\s+(?:to|and|till|until|-)\s+(?:the\s+)?"
                     rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?"),
    # two days joined by a dash after the month: "on Mar. 25-26", "on March 25-26, 2024"; or by
    # "and"/"&" ("on August 28 & 29"), unless the second number counts people
    ("day_range", rf"\b{_MON}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|(?P<and>&|and))\s*"
                  rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!-)"
                  r"(?(and)(?!\s+(?:[a-z]+s|people|men|women|children)\b))"
                  rf"(?:,?\s+{_YEAR})?"),
    # the same two days written day-first after "on": "On 14 & 15 June", "on 3 and 4 March"
    ("day_range_dm", rf"\bon\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:&|and|/)\s*"
                     rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?"),
    # a period of whole months a statement counts over: "from March 2021 to February 2022",
    # "between January and December 2022" (one range, not two months)
    ("month_range", rf"\b(?:from|between)\s+{_MON}\s*,?\s+(?:{_YEAR}\s+)?(?:to|and|till|until|"
                    rf"through|-)\s+{_MON2}\s*,?\s+{_YEAR2}\b"),
    ("dmy_num", r"\b(?P<day>[0-3]?\d)[-./](?P<mnum>[01]?\d)[-./](?P<year>(?:19|20)\d\d)\b"),
    ("part_month", rf"\b(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
                   rf"the\s+middle\s+of)[\s-]+{_MON}(?!\s+\d{{1,2}}\b)(?:,?\s+{_YEAR})?"),
    # "in August last year", "March this year": one month of the year named, not the year
    ("month_rel_year", rf"\b(?:(?:in|during|throughout|of|since)\s+)?{_MON}\s+(?:of\s+)?"
                       r"(?P<rel>last|this|the\s+previous|the\s+current)\s+year\b"),
    # ("since May 2011" is a month and year, not the 20th: no digit may follow the day)
    ("since_date", rf"\bsince\s+(?:(?:{_DAY}\s+{_MON})|(?:{_MON2}\s+{_DAY2}(?!\d)))"
                   rf"(?:,?\s+{_YEAR})?"),
    ("since_begin", rf"\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:the\s+year\s+)?{_YEAR}"),
    # "since the start of the year": this year's, up to publication
    ("since_this_year", r"\bsince\s+the\s+(?:beginning|start|turn)\s+of\s+(?:the|this)\s+year\b"),
    # "had cost 11 lives since 2021": from that year's start up to publication, not that year
    ("since_year", rf"\bsince\s+{_YEAR}\b(?![-,]?\d)"),
    ("since_month", rf"\bsince\s+{_MON}(?:,?\s+{_YEAR})?\b"),
    # a year in two digits after the day and the month: "on 7 February 24" is 7 February 2024,
    # not 24 February; a count after a month ("in March 24 people died") takes a plural noun
    ("dmy_yy", rf"\b{_DAY}\s+{_MON}\s+(?P<yy>\d\d)\b(?![.,:/-]?\d|\s+(?:[a-z]+s|people|men|"
               r"women|children|of|and|to|or)\b)"),
    ("mdy", rf"\b{_MON}\s+{_DAY}\b(?:,?\s+{_YEAR})?"),
    ("dmy", rf"\b{_DAY}\s+(?:of\s+)?{_MON}\b(?:,?\s+{_YEAR})?"),
    ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("month_year", rf"\b{_MON}\s*,?\s+{_YEAR}\b"),
    # "on Thursday last week", "Thursday of last week": that weekday
    # of the calendar week before publication's, not the last one before publication
    ("weekday_last_week", rf"\b(?:on\s+)?{_WD}(?:\s+(?:night|morning|evening|afternoon))?"
                          r"\s+(?:of\s+)?last\s+week\b"),
    # "on the 12th of this month", "on 5th of last month"
    ("day_of_month_rel", r"\b(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+(?P<rel>this|"
                         r"last|the\s+current|the\s+previous|the\s+last)\s+month\b"),
    ("last_week", r"\blast\s+week\b(?!\s+of\b)"),
    ("weekend", r"\b(?:(?:over|during|at)\s+the\s+(?:past\s+|last\s+)?|this\s+(?:past\s+)?)"
                r"weekend\b"),
    # two days joined as one stretch: "from Friday to Sunday", "between Monday and Wednesday"
    ("weekday_range", rf"\b(?:from|between)\s+{_WD}\s+(?:to|and|till|until|through)\s+"
                      rf"(?P<wd2>{'|'.join(WEEKDAYS)})\b(?!\s+night)"),
    ("since_weekday", rf"\bsince\s+(?:last\s+)?{_WD}\b"),
    # an operation, siege or protest "entered its third day", "went on for a second straight
    # day": it began that many days before the day told (publication) and runs up to it
    ("nth_day", r"\b(?:into|entered|entering|enters|for|on)\s+(?:its|their|the|a)\s+"
                r"(?P<nth>second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th|6th|7th)\s+"
                r"(?:straight\s+|consecutive\s+|successive\s+)?day\b"
                # ... up to the weekday named right after it ("for a third day on Saturday")
                rf"(?:\s+on\s+(?P<on>{'|'.join(WEEKDAYS)})\b)?"),
    ("past_n", rf"\b(?:past|last|previous)\s+{_NUM}\s+(?P<unit>hours?|days?|weeks?|months?"
               r"|years?)\b"),
    ("past_unit", r"\b(?:the\s+)?(?:past|last|previous)\s+(?P<unit>24\s+hours|day|week|"
                  r"fortnight|month|year)\b"
                  # "the last week of February" is part of that month (part_period)
                  rf"(?!\s+of\s+(?:the\s+month\b|(?-i:{MONTH_NAMES})|\d))"),
    ("this_unit", r"\b(?:this|the\s+current)\s+(?P<unit>week|month|year)\b"),
    ("earlier_week", r"\bearlier\s+(?:in\s+the|this)\s+week\b"),
    ("yesterday", r"\byesterday\b"),
    ("today", r"\b(?:today|tonight|this\s+morning|this\s+evening|this\s+afternoon)\b"),
    ("weekday", rf"\b(?:on\s+|last\s+|late\s+|early\s+|this\s+)?{_WD}\b"
                r"(?:\s+(?:night|morning|evening|afternoon|midnight))?"),
    # "in January and February": both months, one range
    ("month_pair", rf"\b(?:in|during|between|throughout)\s+{_MON}\s+(?:and|to|-)\s+{_MON2}\b"
                   rf"(?!\s+\d)"),
    # "in March, 19 of whom were freed": after a comma, a number that counts people or cases
    # ("In April, 50 individuals were freed", "in May, 12 bodies") is a figure of the next
    # clause, not the month's day.
    ("month_only", rf"\b(?:in|during|throughout|for|of|last)\s+(?:the\s+month\s+of\s+)?{_MON}"
                   rf"(?!\s*,?\s*(?:\d|of\s+\d)(?<!,\s\d)|\s*,\s*\d+\b(?!\s+(?:of\s+(?:whom|them|"
                   rf"those|these)|people|men|women|were|was|had|have|more|other|others|"
                   rf"additional|further|[a-z]+s)\b))\b"),
    # "May witnessed over 100 cases", "March saw ...": the month named as the subject of a
    # tally's verb counts its period as "in May" does (capitalised: never the verb "may")
    ("month_only", rf"\b{_MON}(?=\s+(?:saw|witnessed|recorded|registered)\b)"),
    # "the year 2019 saw ...": the year named as the subject counts its period as "in 2019" does
    ("in_year", rf"\b(?:(?:in|during|throughout|of|for)\s+(?:the\s+year\s+)?|the\s+year\s+)"
                rf"{_YEAR}\b(?![-,]?\d)"),
    # ... and a year as the subject the period's tally is told of: "2023 proved the
    # bloodiest year for the forces", "2023 was the bloodiest year in a decade"
    ("in_year", rf"(?<!\d,\s)(?<![\w,/-]){_YEAR}(?=\s+(?:was|has\s+been|turned\s+out\s+to\s+be|"
                r"proved(?:\s+to\s+be)?|became|remained)\s+(?:the\s+)?(?:(?:most|least)\s+)?"
                r"(?:deadliest|bloodiest|worst|most\s+violent|[a-z]+est)\s+year\b)"),
    # "it recalled a 2013 massacre near Hub in which 14 died": a year standing before
    # a noun dates the event it names
    ("year_noun", rf"\b(?:a|an|the|its|their)\s+{_YEAR}\s+(?=[a-z])"),
]]


# find_dates runs once a sentence, and most sentences name no month and no weekday: it skips
# the patterns that cannot match without one. A name only counts capitalised (find_dates drops
# "may" and "sat"), so a passage with no capitalised month or weekday name can skip them all.
# ("part_period" names a month in only one of its branches: it waits on its own words below.)
def _capitalised(names: dict[str, int]) -> re.Pattern[str]:
    return re.compile("|".join(f"{n[0].upper()}(?i:{n[1:]})" for n in names))


# Each other pattern needs one of a few words of its own, or a digit: a passage with none of
# them skips it. The words are looked for as the patterns look, without regard to case.
_WORDS_NEEDED = {
    "part_period": "half|fortnight|week|quarter|months", "ago": "ago|back",
    "day_of_month_rel": "month",
    "day_before": "day|night",
    "overnight": "night|early", "since_begin": "since", "since_this_year": "since",
    "since_year": "since", "last_week": "week", "weekend": "weekend",
    "past_n": "past|last|previous", "past_unit": "past|last|previous",
    "this_unit": "this|current", "earlier_week": "earlier", "yesterday": "yesterday",
    "today": "today|tonight|this", "dmy_num": r"\d", "iso": r"\d", "in_year": r"\d",
    "year_noun": r"\d",
}
_GATE_RX = {"mon": _capitalised(MONTHS), "wd": _capitalised(WEEKDAYS),
               **{kind: re.compile(words, re.IGNORECASE) for kind, words in _WORDS_NEEDED.items()}}
GATES: list[str | None] = [
    "wd" if "(?P<wd>" in pat.pattern else
    "mon" if "(?P<mon>" in pat.pattern and kind != "part_period" else
    kind if kind in _WORDS_NEEDED else None
    for kind, pat in PATTERNS]


@dataclass(frozen=True)
class DateMention:
    raw: str
    start: int
    end: int
    span: DateSpan
    basis: str  # how it was resolved, in words fit for `date_basis`


def _span(start: date | None, end: date | None, precision: str) -> DateSpan:
    if start is None or end is None:
        return DateSpan(None, None, "unknown", "unknown")
    if start == end and precision in ("day", "range"):
        precision = "day"
    return DateSpan(start, end, precision, span_notation(start, end, precision))


def _year_of_month(written: str | None, month: int, pub: tuple[date, date] | None) -> int | None:
    """A month named without a year is the latest such month not after publication."""
    if written:
        return int(written)
    if pub is None:
        return None
    return pub[1].year if month <= pub[1].month else pub[1].year - 1


def _month_span(year: int, month: int) -> DateSpan:
    last = calendar.monthrange(year, month)[1]
    return _span(date(year, month, 1), date(year, month, last), "month")


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# A day named without its year up to this many days after publication is the coming one ("the
# Feb 8 elections" in a report of Feb 2; "ISLAMABAD, Aug 16" over a page dated Aug 15); a report
# that means a day eleven months back gives its year
_UPCOMING_DAYS = 31


def _infer_year(month: int, day: int, published: DateSpan | None) -> tuple[date | None, str]:
    """A month and day with no year: the nearest such date, the latest not after the
    publication date unless the coming one is within a month (`_UPCOMING_DAYS`)."""
    if published is None or published.end is None:
        return None, "no year given and no publication date"
    ref = published.end
    d = _day(ref.year, month, day)
    if d is None or (d - ref).days > _UPCOMING_DAYS:
        d = _day(ref.year - 1, month, day)
    if d is None:
        return None, "no such day"
    return d, f"year inferred from the publication date ({published.text})"


def _pub(published: DateSpan | None) -> tuple[date, date] | None:
    if published is None or published.start is None or published.end is None:
        return None
    return published.start, published.end


def _weekday_span(wd: int, published: DateSpan | None,
                  last: bool = False) -> tuple[DateSpan, str]:
    pub = _pub(published)
    if pub is None:
        return _span(None, None, "unknown"), "weekday with no publication date"
    lo, hi = pub
    if last and lo == hi and hi.weekday() == wd:
        # "last Friday" in Friday's paper is the Friday a week before, never the day itself
        lo = hi = hi - timedelta(days=7)
    # The weekday in the seven days up to publication; a publication range widens that window.
    candidates = [hi - timedelta(days=i) for i in range((hi - lo).days + 7)
                  if (hi - timedelta(days=i)).weekday() == wd]
    candidates = [d for d in candidates if d >= lo - timedelta(days=6)]
    if not candidates:
        return _span(None, None, "unknown"), "weekday outside the publication window"
    first, last = min(candidates), max(candidates)
    if first == last:
        return _span(first, last, "day"), (
            f"the {calendar.day_name[wd]} before publication ({_text(published)})")
    return _span(first, last, "range"), (
        f"a {calendar.day_name[wd]} in the week before publication ({_text(published)}), "
        "which is itself only known as a range")


def _text(published: DateSpan | None) -> str:
    return published.text if published is not None else "unknown"


def _relative(days_back_lo: int, days_back_hi: int, published: DateSpan | None,
              what: str) -> tuple[DateSpan, str]:
    pub = _pub(published)
    if pub is None:
        return _span(None, None, "unknown"), f"'{what}' with no publication date"
    lo, hi = pub
    start, end = lo - timedelta(days=days_back_lo), hi - timedelta(days=days_back_hi)
    if end < start:
        end = start
    return _span(start, end, "range"), f"'{what}' counted back from publication ({published.text})"  # type: ignore[union-attr]


_ORDINAL_DAYS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}


def _n(text: str) -> int:
    return int(text) if text.isdigit() else _SMALL.get(text.lower(), 1)


def _resolve(kind: str, m: re.Match[str],
             published: DateSpan | None) -> tuple[DateSpan, str] | None:
    g = m.groupdict()
    raw = m.group(0)
    pub = _pub(published)
    if kind in ("day_range", "day_range_dm"):
        month = MONTHS[g["mon"].lower()]
        month2 = MONTHS[g["mon2"].lower()] if g.get("mon2") else month
        if kind == "day_range_dm":
            # written day-first, the named month ends the range and the optional one starts it
            month, month2 = month2, month
        if g.get("year"):
            d1 = _day(int(g["year"]), month, int(g["day"]))
            d2 = _day(int(g["year"]), month2, int(g["day2"]))
            basis = "dates as written"
        else:
            d2, basis = _infer_year(month2, int(g["day2"]), published)
            d1 = _day(d2.year - (1 if month > month2 else 0), month, int(g["day"])) if d2 else None
        if d1 is None or d2 is None or d2 < d1:
            return None
        return _span(d1, d2, "range"), basis
    if kind == "part_period":
        first = g["which"].lower() == "first"
        if g.get("year2") or g.get("this"):
            part = g["part"].lower()
            if not (part in ("half", "quarter") or part.endswith("months")) \
                    or (g.get("this") and pub is None):
                return None
            y = int(g["year2"]) if g.get("year2") else pub[1].year  # type: ignore[index]
            if part.endswith("months"):
                # "the first nine months of 2022": a think tank's or a rights group's span of
                # months from the year's start (or up to its end, "the last three months of")
                if g["which"].lower() not in ("first", "last"):
                    return None
                n = UNITS[part.split()[0]]
                return (_span(date(y, 1, 1), _month_span(y, n).end, "range") if first else
                        _span(date(y, 13 - n, 1), date(y, 12, 31), "range")), \
                    "months of a year as written"
            if part == "quarter":
                q = {"first": 1, "second": 2, "third": 3}.get(g["which"].lower(), 4)
                return _span(date(y, 3 * q - 2, 1), _month_span(y, 3 * q).end, "range"), \
                    "quarter of a year as written"
            return (_span(date(y, 1, 1), date(y, 6, 30), "range") if first else
                    _span(date(y, 7, 1), date(y, 12, 31), "range")), "half of a year as written"
        month = MONTHS[g["mon"].lower()]
        year = _year_of_month(g.get("year"), month, pub)
        if year is None:
            return None
        whole = _month_span(year, month)
        end = whole.end
        assert end is not None
        if g["part"].lower() == "week":
            # the k-th week of a month told loosely: its k-th seven days; the last, its last seven
            k = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(g["which"].lower())
            start = end - timedelta(days=6) if k is None else date(year, month, 7 * k - 6)
            return _span(start, min(end, start + timedelta(days=6)), "range"), \
                "a week of a month as written"
        if g["which"].lower() not in ("first", "second", "last"):
            return None
        # a fortnight or two weeks are 14 days; half a month ends on the 15th
        cut = 15 if g["part"].lower() == "half" else 14
        if first:
            return _span(date(year, month, 1), date(year, month, cut), "range"), \
                "part of a month as written"
        start = date(year, month, 16) if g["part"].lower() == "half" else \
            end - timedelta(days=13)  # type: ignore[operator]
        return _span(start, end, "range"), "part of a month as written"
    if kind == "part_month":
        month = MONTHS[g["mon"].lower()]
        year = _year_of_month(g.get("year"), month, pub)
        if year is None:
            return _span(None, None, "unknown"), f"'{raw}' with no publication date"
        return _month_span(year, month), "part of a month: the whole month, honestly"
    if kind == "dmy_yy":
        year = 2000 + int(g["yy"])
        # a two-digit year names a recent year: never one after publication
        if pub is not None and year > pub[1].year:
            return None
        d = _day(year, MONTHS[g["mon"].lower()], int(g["day"]))
        return (_span(d, d, "day"), "date as written, the year in two digits") if d else None
    if kind in ("mdy", "dmy", "iso", "since_date", "dmy_num"):
        name = (g.get("mon") or g.get("mon2") or "").lower()
        month = int(g["mnum"]) if g.get("mnum") else MONTHS[name]
        day = int(g.get("day") or g.get("day2") or 0)
        if g.get("year"):
            d = _day(int(g["year"]), month, day)
            basis = "date as written"
        else:
            d, basis = _infer_year(month, day, published)
        if d is None:
            return None
        if kind != "since_date":
            return _span(d, d, "day"), basis
        if pub is None:
            return _span(None, None, "unknown"), f"'{raw}' with no publication date"
        return _span(d, max(d, pub[1]), "range"), f"from {d.isoformat()} to publication"
    if kind == "since_begin":
        year = int(g["year"])
        if pub is None:
            return _span(date(year, 1, 1), date(year, 12, 31), "year"), "year as written"
        return _span(date(year, 1, 1), max(date(year, 1, 1), pub[1]), "range"), (
            "from the start of the year to publication")
    if kind == "since_this_year":
        if pub is None:
            return _span(None, None, "unknown"), f"'{raw}' with no publication date"
        return _span(date(pub[1].year, 1, 1), pub[1], "range"), (
            "from the start of the publication year to publication")
    if kind == "since_year":
        year = int(g["year"])
        if pub is None:
            return _span(date(year, 1, 1), date(year, 12, 31), "year"), "year as written"
        return _span(date(year, 1, 1), max(date(year, 1, 1), pub[1]), "range"), (
            "from the start of that year to publication")
    if kind == "since_month":
        month = MONTHS[g["mon"].lower()]
        year = _year_of_month(g.get("year"), month, pub)
        if year is None:
            return _span(None, None, "unknown"), f"'{raw}' with no publication date"
        if pub is None:
            return _month_span(year, month), "month as written"
        return _span(date(year, month, 1), max(date(year, month, 1), pub[1]), "range"), (
            "from the start of that month to publication")
    if kind == "month_range":
        m1, m2 = MONTHS[g["mon"].lower()], MONTHS[g["mon2"].lower()]
        y2 = int(g["year2"])
        y1 = int(g["year"]) if g.get("year") else (y2 if m1 <= m2 else y2 - 1)
        first, last = _month_span(y1, m1), _month_span(y2, m2)
        if first.start is None or last.end is None or first.start > last.end:
            return None
        return _span(first.start, last.end, "range"), (
            f"{calendar.month_name[m1]} {y1} to {calendar.month_name[m2]} {y2}, as written")
    if kind == "month_pair":
        if pub is None:
            return _span(None, None, "unknown"), f"'{raw}' with no publication date"
        m1, m2 = MONTHS[g["mon"].lower()], MONTHS[g["mon2"].lower()]
        y2 = pub[1].year if m2 <= pub[1].month else pub[1].year - 1
        y1 = y2 if m1 <= m2 else y2 - 1
        first, last = _month_span(y1, m1), _month_span(y2, m2)
        return _span(first.start, last.end, "range"), (
            f"the latest {calendar.month_name[m1]} to {calendar.month_name[m2]} up to "
            f"publication ({_text(published)})")
    if kind == "month_rel_year":
        if pub is None:
            return _span(None, None, "unknown"), f"'{raw}' with no publication date"
        month = MONTHS[g["mon"].lower()]
        year = pub[1].year - (0 if g["rel"].lower() in ("this", "the current") else 1)
        if raw.lower().startswith("since"):
            return _span(date(year, month, 1), max(date(year, month, 1), pub[1]), "range"), (
                "from the start of that month to publication")
        return _month_span(year, month), f"{calendar.month_name[month]} of the year named"
    if kind == "month_year":
        return _month_span(int(g["year"]), MONTHS[g["mon"].lower()]), "month as written"
    if kind == "month_only":
        # A month named without its year is the latest such month not after publication.
        month = MONTHS[g["mon"].lower()]
        if pub is None:
            return _span(None, None, "unknown"), f"'{raw}' with no publication date"
        year = pub[1].year if month <= pub[1].month else pub[1].year - 1
        return _month_span(year, month), (
            f"the latest {calendar.month_name[month]} up to publication ({_text(published)})")
    if kind in ("in_year", "year_noun"):
        year = int(g["year"])
        return _span(date(year, 1, 1), date(year, 12, 31), "year"), "year as written"
    if kind == "nth_day":
        nth = g["nth"].lower()
        n = _ORDINAL_DAYS.get(nth) or int(nth[0])
        if g.get("on") and g["on"][0].isupper():
            told, basis = _weekday_span(WEEKDAYS[g["on"].lower()], published)
            if told.start is None or told.end is None:
                return told, basis
            return _span(told.start - timedelta(days=n - 1), told.end, "range"), \
                f"'{raw}': {n - 1} days before {basis} up to it"
        return _relative(n - 1, 0, published, raw)
    if kind == "past_n":
        n, unit = _n(g["n"]), g["unit"].lower().rstrip("s")
        days = {"hour": math.ceil(n / 24), "day": n, "week": 7 * n, "month": 31 * n,
                "year": 366 * n}[unit]
        return _relative(days, 0, published, raw)
    if kind == "past_unit":
        unit = g["unit"].lower()
        days = {"day": 1, "week": 7, "fortnight": 14, "month": 31, "year": 366}.get(unit, 1)
        if unit == "year" and raw.lower().startswith("last") and pub is not None:
            # "last year" names the calendar year; "the past year" counts back.
            year = pub[1].year - 1
            return _span(date(year, 1, 1), date(year, 12, 31), "year"), (
                f"the year before publication ({published.text})")  # type: ignore[union-attr]
        if unit == "month" and raw.lower().startswith(("last", "the last", "previous",
                                                       "the previous")) and pub is not None:
            first = pub[1].replace(day=1) - timedelta(days=1)
            before = _month_span(first.year, first.month)
            if raw.lower().startswith("last"):
                return before, "the month before publication"
            # "in the last month alone", "in the previous month": the calendar month before
            # publication or the weeks up to it, as writers use both; the text bounds it no
            # closer than the two together
            return _span(before.start, pub[1], "range"), (
                f"the month before or the weeks up to it, counted back from publication "
                f"({_text(published)})")
        if unit == "week" and raw.lower().startswith("last"):
            return _relative(13, 7, published, raw)
        return _relative(days, 0, published, raw)
    if kind == "this_unit":
        unit = g["unit"].lower()
        if pub is None:
            return _span(None, None, "unknown"), f"'{raw}' with no publication date"
        if unit == "year":
            if pub[0].year == pub[1].year:
                y = pub[1].year
                return _span(date(y, 1, 1), date(y, 12, 31), "year"), (
                    "the year of publication")
            return None
        if unit == "month":
            if (pub[0].year, pub[0].month) == (pub[1].year, pub[1].month):
                return _month_span(pub[1].year, pub[1].month), "the month of publication"
            return _relative(31, 0, published, raw)
        return _relative(6, 0, published, raw)
    if kind == "ago":
        loose = g["n"].lower().split()[-1] in ("few", "of", "several")
        n = 1 if g["n"].lower() in ("a", "an") else 3 if loose else _n(g["n"])
        unit = g["unit"].lower().rstrip("s")
        if loose:
            # "a few days ago" is two to about five of them: the whole stretch, no day picked
            if pub is None:
                return _span(None, None, "unknown"), f"'{raw}' with no publication date"
            days = {"day": (1, 6), "week": (7, 42), "fortnight": (14, 70), "month": (28, 200),
                    "year": (365, 2200)}[unit]
            return _relative(days[1], days[0], published, raw)
        if unit == "fortnight":
            n, unit = 2 * n, "week"
        if pub is None:
            return _span(None, None, "unknown"), f"'{raw}' with no publication date"
        if unit == "day":
            return _span(pub[0] - timedelta(days=n), pub[1] - timedelta(days=n), "range"), (
                f"'{raw}' counted back from publication ({_text(published)})")
        if unit == "week":
            # "two weeks ago" is loose: the whole week it points at, give or take.
            return _span(pub[0] - timedelta(days=7 * n + 6), pub[1] - timedelta(days=7 * n - 6),
                         "range"), f"'{raw}' counted back from publication, loosely"
        if unit == "year":
            # "abducted two years ago": the calendar year it points at, loosely
            year = pub[1].year - n
            return _span(date(year, 1, 1), date(year, 12, 31), "year"), (
                f"'{raw}' counted back from publication, as a year ({_text(published)})")
        month_end = pub[1].replace(day=1)
        for _ in range(n):
            month_end = month_end - timedelta(days=1)
            month_end = month_end.replace(day=1)
        return _month_span(month_end.year, month_end.month), (
            f"'{raw}' counted back from publication ({_text(published)})")
    if kind == "day_before":
        # relative to a date the report just gave, or to publication: honest as a range
        return _relative(2, 1, published, raw)
    if kind == "night_of_months":
        m1, m2 = MONTHS[g["mon"].lower()], MONTHS[g["mon2"].lower()]
        if g.get("year"):
            y2 = int(g["year"])
            d1 = _day(y2 - 1 if m1 > m2 else y2, m1, int(g["day"]))
            d2, basis = _day(y2, m2, int(g["day2"])), "night as written"
        else:
            d1, basis = _infer_year(m1, int(g["day"]), published)
            d2 = d1 + timedelta(days=1) if d1 is not None else None
        if d1 is None or d2 is None or d2 < d1:
            return None
        return _span(d1, d2, "range"), f"a night spanning two dates ({basis})"
    if kind in ("night_of_days", "night_of_days2"):
        month = MONTHS[g["mon"].lower()]
        first, second = int(g["day"]), int(g["day2"])
        if g.get("year"):
            d1, d2 = _day(int(g["year"]), month, first), _day(int(g["year"]), month, second)
            basis = "night as written"
        else:
            d1, basis = _infer_year(month, first, published)
            d2 = d1 + timedelta(days=second - first) if d1 is not None else None
        if d1 is None or d2 is None or d2 < d1:
            return None
        return _span(d1, d2, "range"), f"a night spanning two dates ({basis})"
    if kind == "night_of":
        first, _ = _weekday_span(WEEKDAYS[g["wd"].lower()], published)
        if first.start is None or first.precision != "day":
            return first, "a night given by weekdays, publication date not precise enough"
        end = first.start + timedelta(days=1)
        return _span(first.start, end, "range"), (
            f"the night from {first.start.isoformat()} to {end.isoformat()}, the last such "
            f"night before publication ({_text(published)})")
    if kind == "weekday_last_week":
        if pub is None:
            return _span(None, None, "unknown"), f"'{raw}' with no publication date"
        monday = pub[0] - timedelta(days=pub[0].weekday()) - timedelta(days=7)
        d = monday + timedelta(days=WEEKDAYS[g["wd"].lower()])
        return _span(d, d, "day"), f"the {calendar.day_name[d.weekday()]} of the week before " \
            f"publication's ({_text(published)})"
    if kind == "weekday_range":
        first, basis = _weekday_span(WEEKDAYS[g["wd"].lower()], published)
        if first.start is None or first.precision != "day" or pub is None:
            return first, basis
        gap = (WEEKDAYS[g["wd2"].lower()] - first.start.weekday()) % 7
        end = min(first.start + timedelta(days=gap), max(first.start, pub[1]))
        return _span(first.start, end, "range"), f"from {basis}, {gap} days on"
    if kind == "day_of_month_rel":
        if pub is None:
            return _span(None, None, "unknown"), f"'{raw}' with no publication date"
        this = g["rel"].lower() in ("this", "the current")
        anchor = pub[1] if this else pub[1].replace(day=1) - timedelta(days=1)
        d = _day(anchor.year, anchor.month, int(g["day"]))
        if d is None or d > pub[1]:
            return None
        return _span(d, d, "day"), f"the day of {'the' if this else 'the previous'} month of " \
            f"publication ({_text(published)})"
    if kind == "since_weekday":
        first, _ = _weekday_span(WEEKDAYS[g["wd"].lower()], published,
                                 last=" last " in f" {raw.lower()} ")
        if first.start is None or pub is None:
            return first, f"'{raw}' with no precise publication date"
        return _span(first.start, max(first.start, pub[1]), "range"), (
            f"from {first.start.isoformat()} to publication ({_text(published)})")
    if kind == "overnight":
        return _relative(1, 0, published, raw)
    if kind == "weekend":
        sat, _ = _weekday_span(WEEKDAYS["saturday"], published)
        if sat.start is None or sat.precision != "day":
            return sat, "a weekend with no precise publication date"
        sun = min(sat.start + timedelta(days=1), pub[1]) if pub else sat.start
        return _span(sat.start, sun, "range"), (
            f"the weekend before publication ({_text(published)})")
    if kind == "last_week":
        if pub is None:
            return _span(None, None, "unknown"), f"'{raw}' with no publication date"
        monday = pub[0] - timedelta(days=pub[0].weekday())
        return _span(monday - timedelta(days=7), monday - timedelta(days=1), "range"), (
            f"the calendar week before publication ({_text(published)})")
    if kind == "earlier_week":
        return _relative(6, 1, published, raw)
    if kind == "yesterday":
        return _relative(1, 1, published, raw)
    if kind == "today":
        return _relative(0, 0, published, raw)
    if kind == "weekday":
        day, basis = _weekday_span(WEEKDAYS[g["wd"].lower()], published,
                                   last=raw.lower().startswith("last"))
        # ("Sunday midnight" is the same night's turn into Monday)
        if raw.lower().endswith("night") and day.start is not None and day.end is not None \
                and pub is not None and day.end < pub[1]:
            # "on Sunday night": the night runs into Monday's small hours, which reporters
            # still call Sunday night; the text bounds it no closer than the two dates
            return _span(day.start, day.end + timedelta(days=1), "range"), \
                f"the night after {basis}"
        return day, basis
    return None


def _day_before_told(text: str, m: re.Match[str],
                     published: DateSpan | None) -> tuple[DateSpan, str] | None:
    """"The previous night", "a day earlier" counted from the last single day the text named
    before it, a statement's day too ("The ISPR said on Tuesday that ... the previous night"):
    the day before that day, or the night that ended on it. None when no day was named."""
    lo = max(0, m.start() - 600)
    told = [d for d in find_dates(text, lo, m.start(), published, relative=False)
            if d.span.start is not None and d.span.start == d.span.end
            and not is_to_come(d, published)]
    if not told:
        return None
    anchor = told[-1].span.start
    assert anchor is not None
    before = anchor - timedelta(days=1)
    if "night" in m.group(0).lower():
        return _span(before, anchor, "range"), f"the night before '{told[-1].raw}'"
    return _span(before, before, "day"), f"the day before '{told[-1].raw}'"


def is_overnight(d: DateMention) -> bool:
    """Whether d is a night told with no day (see OVERNIGHT), read as the night before
    publication."""
    return re.fullmatch(OVERNIGHT, d.raw, re.IGNORECASE) is not None


def find_dates(text: str, lo: int = 0, hi: int | None = None,
               published: DateSpan | None = None, relative: bool = True) -> list[DateMention]:
    """Date phrases in text[lo:hi]; overlapping matches keep the earliest pattern that matched.
    `relative` also resolves steps from an earlier date ("two days later") against the last day
    named in the 600 characters before the step, which may lie before lo."""
    hi = len(text) if hi is None else hi
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    named: dict[str, bool] = {}
    for (kind, pat), gate in zip(PATTERNS, GATES, strict=True):
        if gate is not None:
            if gate not in named:
                named[gate] = _GATE_RX[gate].search(text, lo, hi) is not None
            if not named[gate]:
                continue
        for m in pat.finditer(text, lo, hi):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            # Month and weekday names are proper nouns: "may" and "sat" in lower case are verbs.
            name = m.groupdict().get("mon") or m.groupdict().get("mon2") or m.groupdict().get("wd")
            if name and not name[0].isupper():
                continue
            try:
                resolved = _resolve(kind, m, published)
                if kind == "day_before" and relative:
                    resolved = _day_before_told(text, m, published) or resolved
            except (ValueError, KeyError, OverflowError):
                resolved = None
            if resolved is None:
                continue
            span, basis = resolved
            taken.append((m.start(), m.end()))
            out.append(DateMention(m.group(0), m.start(), m.end(), span, basis))
    if relative:
        for m in _SAME_PERIOD.finditer(text, lo, hi):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            same = _period_told(text, m, published)
            if same is not None:
                taken.append((m.start(), m.end()))
                out.append(same)
        for m in _SHIFT.finditer(text, lo, hi):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if (told := _DAY_NAMED_AFTER.match(text, m.end(), hi)) and any(
                    d.start == told.end() and d.span.precision == "day" for d in out):
                continue  # "Two days earlier, on May 9, 2024, ...": the day as written
            shifted = _shifted(text, m, published)
            if shifted is not None:
                taken.append((m.start(), m.end()))
                out.append(shifted)
    out.sort(key=lambda d: d.start)
    return out


# A period named again by a word that points back: "during the month", "in that period", "over
# the same period", "that same year", "during this period" ("this month" and "this year" point
# at the publication's own, and are read so above).
_SAME_PERIOD = re.compile(
    r"\b(?:(?:during|in|over|throughout|within|for)\s+(?:the|that)\s+(?:same\s+)?"
    r"(?P<unit>month|period|year|week|quarter)|(?:the|that)\s+same\s+"
    r"(?P<unit2>month|period|year|week)|(?:during|in|over|throughout|within)\s+this\s+(?:same\s+)?"
    r"(?P<unit3>period))\b", re.IGNORECASE)
# how long a time the word points back to may be, in days
_PERIOD_DAYS = {"week": (6, 8), "month": (27, 31), "quarter": (88, 93), "year": (364, 366),
                "period": (6, 100000)}


def _period_told(text: str, m: re.Match[str], published: DateSpan | None) -> DateMention | None:
    """A period named again is one the report told before it: "during the month" the last month
    told ("in March ... during the month"), and an unmeasured "period" the longest time told
    before, the one the passage counts over ("between January and June ... in July ... the same
    period" is January to June); nothing when there is none."""
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
    least, most = _PERIOD_DAYS[unit]
    told = [d for d in find_dates(text, max(0, m.start() - 3000), m.start(), published,
                                  relative=False)
            if d.span.start is not None and d.span.end is not None
            and least <= (d.span.end - d.span.start).days + 1 <= most
            and not is_statement_date(text, d)]
    if not told:
        return None
    if unit == "period":
        last = max(told, key=lambda d: (d.span.end - d.span.start).days)  # type: ignore[operator]
    else:
        last = told[-1]
    return DateMention(m.group(0), m.start(), m.end(), last.span,
                       f"the {unit} told before ('{last.raw}': {last.basis})")


# The day an account has just told, named again inside a step within it: "earlier in the day",
# "later that day" (ingest's _EARLIER_SAME_DAY steps back within it too).
DAY_TOLD_AGAIN = r"(?:in\s+the|that|on\s+the\s+same)\s+day\b"


# A step from the date told just before, not from publication: "The deadliest came on September
# 24 ... Two days later, a bomb went off", "found on Thursday ... killed two or three days earlier".
_SHIFT = re.compile(
    r"\b(?:(?P<n>\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:or|to)\s+"
    r"(?P<n2>\d|two|three|four|five|six|seven|eight|nine|ten))?\s+days?\s+(?P<dir>later|earlier|"
    r"afterwards|before)(?!\s+(?:the|a|an|his|her|their|its|this|that)\b)|the\s+(?P<next>next|"
    r"following)\s+day|"
    # "Earlier in the day, two blasts ...": the day the account has just told, even when that
    # is only the day something was said or reported on
    rf"(?P<same>(?:earlier|later)\s+{DAY_TOLD_AGAIN})|"
    # "re-arrested by morning" after a night: that day or the next
    r"(?P<by>by\s+(?:the\s+(?:next|following)\s+)?(?:morning|dawn|daybreak))|"
    # "Tuesday's assault ... in a day-long standoff": a siege that lasted a day (or two) from
    # the day it began ran into the next day
    r"(?P<long>(?:day-?long|24-hour|(?:two|three|2|3)-day|(?:2[4-9]|[3-6]\d)-hour)\s+"
    r"(?:hostage\s+)?(?:stand-?off|siege|hostage\s+crisis|hostage-taking|gun\s*battle|"
    r"operation|ordeal))|"
    # "The ambush follows by five days the killing of a Levies man in Pasni": what follows
    # happened that long before the incident just told
    r"(?P<after>(?:comes?|came|coming)\s+(?P<less>(?:less\s+than|within|barely|just|only)\s+)?"
    r"(?P<k>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?P<unit>days?|weeks?)"
    r"\s+after))\b", re.IGNORECASE)


# A step that names its day at once: "Two days earlier, on May 9, 2024, the camp ...".
_DAY_NAMED_AFTER = re.compile(r"\s*,?\s*(?:on\s+)?")


# A background line counts its day from the story's: "The raid comes three days after a
# bombing in Sibi on Monday". "Earlier in the day" after such a line is the story's own day.
_STEP_BACK_LINE = re.compile(r"\b(?:comes|came|coming)\s+(?:[\w-]+\s+){0,4}?(?:after|before)\b",
                             re.IGNORECASE)


def _in_a_step_back(text: str, at: int) -> bool:
    line = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    return _STEP_BACK_LINE.search(text, line, at) is not None


_NIGHT_OF_A_DAY = re.compile(r"^(?:(?:late\s+)?on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+"
                             r"(?:night|evening)$", re.IGNORECASE)


def span_between(start: date, end: date) -> DateSpan:
    """The range from start to end, written in the dataset notation."""
    return _span(start, max(start, end), "range")


def _shifted(text: str, m: re.Match[str], published: DateSpan | None) -> DateMention | None:
    """A relative step resolved against the last single day named before it (within a few
    sentences); nothing when there is none: publication is not what "later" counts from."""
    same = m.group("same") is not None
    # ("earlier in the day" points back at the story's own day, often the lead's, paragraphs up;
    # so does "the operation comes a day after", which a writer adds after the whole account)
    lo = max(0, m.start() - (1500 if same or m.group("after") else 600))
    # ("Earlier in the day" after "on Sunday night" is Sunday: a night told by its evening's
    # day names that day)
    anchors = [d for d in find_dates(text, lo, m.start(), published, relative=False)
               if d.span.start is not None and not (same and _in_a_step_back(text, d.start))
               and (
                   d.span.start == d.span.end
                   or (same and d.span.end is not None and (d.span.end - d.span.start).days == 1
                       and _NIGHT_OF_A_DAY.search(d.raw)))
               and (not is_statement_date(text, d)
                    or (same and not is_publication_date(text, d)))]
    if not anchors:
        return None
    anchor = anchors[-1].span.start
    assert anchor is not None
    if m.group("after"):
        # "comes a week after": about a week before (a week is loosely told); "comes less than a
        # week after": any day of that week
        week = m.group("unit").lower().startswith("week")
        k = (1 if m.group("k").lower() in ("a", "an") else _n(m.group("k"))) * (7 if week else 1)
        slack = 1 if week else 0
        lo_n, hi_n = (-k, 0) if m.group("less") else (-k - slack, -k + slack)
    elif m.group("long"):
        # a day or two (up to 47 hours) reaches into the next day; three days or 48 hours and
        # more, into the day after
        hours = re.match(r"(\d+)-hour", m.group("long"))
        long = m.group("long").lower().startswith(("three-", "3-")) or (
            hours is not None and int(hours.group(1)) >= 48)
        lo_n, hi_n = 0, 2 if long else 1
    elif m.group("by"):
        # "re-arrested by morning": that night or the morning after it
        lo_n, hi_n = 0, 1
    elif m.group("next"):
        lo_n = hi_n = 1
    elif same:
        lo_n = hi_n = 0
    else:
        lo_n = 1 if m.group("n").lower() in ("a", "an") else _n(m.group("n"))
        hi_n = _n(m.group("n2")) if m.group("n2") else lo_n
        if m.group("dir").lower() in ("earlier", "before"):
            lo_n, hi_n = -hi_n, -lo_n
    start, end = anchor + timedelta(days=lo_n), anchor + timedelta(days=hi_n)
    return DateMention(m.group(0), m.start(), m.end(), _span(start, end, "range"),
                       f"counted from '{anchors[-1].raw}' ({anchor.isoformat()})")


_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|stated|told\s+(?:\w+\s+){0,2}|announced|added|claimed|confirmed|"
    # an outlet's report day: "the Frontier Post reported on Friday that ..." (not "a blast
    # was reported on Sunday", the incident's own day)
    r"(?:(?-i:[A-Z][\w.'’-]*)|newspaper|daily|channel|agency|media|outlet|television)\s+"
    r"reported|"
    r"(?:(?:issued|released)\s+(?:a\s+|its\s+|their\s+)?(?:\w+\s+)?)?(?:statement|"
    r"press\s+release|news\s+conference|press\s+conference|briefing|video\s+message)"
    r"(?:\s+\w+){0,3}?|"
    # "its monthly report, released on Tuesday": when a report came out, not what it counts
    r"(?:report|statement|press\s+release|bulletin|communiqu[eé]|findings|data|figures|tally),?\s+"
    r"(?:was\s+|were\s+)?(?:issued|released|published|made\s+public|shared)(?:\s+on)?)"
    # where it was said may come between: "he told reporters in Quetta on Wednesday"
    # or two: "told a news conference at the Civil Secretariat in Quetta on Wednesday"; and who
    # published it: "a report the Daily Example (Urdu) carried on June 3"
    r"(?:(?:\s*\b(?:in|at|from|by)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
    r"(?:\s*\([^()]{1,30}\))?){1,2}|"
    # the speaker after its verb: "said the ISPR on Wednesday", "said Levies on Monday"
    r"(?-i:\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}))?(?:\s+on)?\s*$",
    re.IGNORECASE)
# ... and a day the verb's comma sets off at the clause's end: "officials said, yesterday."
_SAID_COMMA = re.compile(r"\b(?:said|says|stated|added|confirmed),\s*$", re.IGNORECASE)
# The speaker after its verb named by what it is, not by name: "..., said the military on
# Sunday.", "..., police officials said", "..., said the provincial government on Monday". Only
# where the clause ends with the date: in "Residents said the police on Sunday raided the
# village" the police are the subject of what was said, and the day is the raid's.
_KIND_SPEAKER_BEFORE = re.compile(
    r"\b(?:said|says|stated|announced|added|claimed|confirmed)\s+(?:the\s+)?(?:[\w'-]+\s+)?"
    r"(?:military|army|police|officials|authorities|spokes(?:man|person|woman)|government|"
    r"administration|ministry|department)(?:\s+on)?\s*$", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?)\"'\u201d]|$)")
# ("a blast on Monday claimed the lives of four", "claimed 12 lives": a toll taken, no statement,
# as attribution's SPEECH reads it too)
_SPEECH_AFTER = re.compile(r"\s*,?\s*(?:said|called|announced|told|stated|issued\s+a|"
                           r"claimed(?!\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}?lives\b|"
                           r"\s+(?:a|an|the)\s+(?:heavy\s+)?toll)|"
                           r"released\s+a|urged|demanded|confirmed)\b", re.IGNORECASE)

# A quote closed by an inverted speaker: "... in Harnai on Friday, confirmed Deputy Commissioner
# X.", "..., said the Levies." The date ends the clause that was said, so it is that clause's
# day, as in "... on Friday, police said"; only a verb with no speaker after it ("the ISPR on
# Friday said that ...") tells when something was said.
_INVERTED_SPEAKER = re.compile(
    r"\s*,\s*(?:said|says|confirmed|stated|added|claimed)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:[A-Z][\w'\u2019.-]*|\([^()]{1,30}\)|of|and|district|deputy|assistant|senior|local|"
    r"provincial|police|levies|officials?|sources?|spokes(?:man|person|woman)|commissioner|"
    r"officer|administration|authorities|government|military|army|station|house|in-charge|"
    r"superintendent)\s*){1,8}(?:[.;]|,\s|$)")


# "In a statement issued from its regional office in Colombo on Monday, Amnesty said": a date
# anywhere in the opening phrase that names the statement dates the statement.
_IN_A_STATEMENT = re.compile(
    r"\bin\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|press\s+release|"
    r"video\s+message|message|post|letter|communiqu[eé]|press\s+conference|news\s+conference)"
    r"(?:(?!\b(?:for|about|over|that|which|who|when|after|before)\b)[^,.;:\"\d]){0,100}$",
    re.IGNORECASE)


# A web page's own stamp on a line of its own: "Published October 14, 2023 Updated ... 02:56pm",
# "Tue, 14 May 2024 09:15:02 PKT", "Web Desk May 14, 2024", "APP Published 09 Jan, 2025",
# a print edition's footer "Published in Dawn, May 2nd, 2025".
# Once the dates, clock times and stamp words are taken out, such a line holds at most a name
# (the author, the desk, the agency): no verb, nothing that happened.
_STAMP_WORDS = re.compile(
    r"\b(?:published(?:\s+in)?|updated|last\s+updated|posted|first\s+published|modified|on|at|"
    r"by|and|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?|"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?|\d{1,2}\s*(?:am|pm)|pkt|pst|gmt|utc|ist)\b",
    re.IGNORECASE)
_STAMP_NAME = re.compile(r"(?:[A-Z][\w.'&-]*|of|the|and|\|)"
                         r"(?:\s+(?:[A-Z][\w.'&-]*|of|the|and|\|))*")


# A newspaper site's edition line: "Today's Paper | November 22, 2024", "E-Paper | July 28".
_EDITION = re.compile(r"\b(?:today'?s\s+paper|e-?paper|print\s+edition)\b", re.IGNORECASE)


# A periodic report's title names it by its period: "April 2024 Report", "2023 Annual Review"
# (a byline's "Staff Report, May 3, 2025" puts the date after the word, and stays a stamp).
# ingest's _PERIODIC_REPORT knows such a report by the same words.
TITLED_BY_PERIOD = re.compile(r"(?:19|20)\d\d\s+(?:[\w-]+\s+)?(?:report|review)\b",
                              re.IGNORECASE)


def in_stamp_line(text: str, pos: int) -> bool:
    """Whether pos lies on a publication stamp line (see _STAMP_WORDS)."""
    start, end = line_bounds(text, pos)
    if end - start > 160:
        return False
    return _stamp_line(text, start, end)


@lru_cache(maxsize=1024)
def _stamp_line(text: str, start: int, end: int) -> bool:
    # a line is asked about once for each date and place on it
    line = _EDITION.sub(" ", text[start:end])
    if TITLED_BY_PERIOD.search(line):
        return False  # "March 2025 Report": a periodic report's title, not a page's stamp
    for d in find_dates(line, relative=False):
        line = line[:d.start] + " " * (d.end - d.start) + line[d.end:]
    rest = re.sub(r"[\s,;:.\-|()\u2013\u2014]+", " ", _STAMP_WORDS.sub(" ", line)).strip()
    return rest == "" or (len(rest) <= 60 and _STAMP_NAME.fullmatch(rest) is not None)


# A dateline's date is the day the report was filed, not the day of its incident:
# "QUETTA, March 3:", "Quetta (Balochistan), October 20 (Agency):", "Islamabad, Feb 19 (PTI)";
# a wire service puts the country in square brackets, "Kech [Pakistan], June 4 :", with or
# without a space before it: the same dateline, so its day is the filing day too.
_DATELINE_HEAD = re.compile(r"[ \t]*[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*){0,3}"
                            r"(?:[ \t]*(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\]))?[ \t]*,[ \t]*$")
_DATELINE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?::|-|\u2013|\u2014|(?=[A-Z]))")


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a date, is the date of a dateline opening its line (see
    _DATELINE_HEAD)."""
    line_start, _ = line_bounds(text, start)
    return _DATELINE_HEAD.fullmatch(text, line_start, start) is not None \
        and _DATELINE_TAIL.match(text, end) is not None


def is_to_come(d: DateMention, published: DateSpan | None) -> bool:
    """Whether d is a day still to come when the report was published ("ahead of the February 8
    polls"): no time of what happened, and no day an earlier act is counted from."""
    return published is not None and published.end is not None \
        and d.span.start is not None and d.span.start > published.end


def is_publication_date(text: str, d: DateMention) -> bool:
    """Whether d is a dateline's or a page stamp's date: when the report was filed, which bounds
    nothing the report tells (its incident may be days old), so it never dates a claim."""
    return _publication_date_at(text, d.start, d.end)


def _publication_date_at(text: str, start: int, end: int) -> bool:
    return in_dateline(text, start, end) or in_stamp_line(text, start)


def is_statement_date(text: str, d: DateMention) -> bool:
    """Whether a date says when something was *said* or published ("police said on Monday", "in
    a statement issued on Tuesday", "Amnesty on Tuesday called on", a dateline's or a page's
    stamp), not when the incident happened."""
    return _statement_date_at(text, d.start, d.end)


# ingest asks this of one date once for every passage it might date: six times a date, on average
@lru_cache(maxsize=4096)
def _statement_date_at(text: str, start: int, end: int) -> bool:
    return bool(_SPEECH_BEFORE.search(text, max(0, start - 70), start)
                or (_SPEECH_AFTER.match(text, end) and not _INVERTED_SPEAKER.match(text, end))
                or _IN_A_STATEMENT.search(text, max(0, start - 140), start)
                or _publication_date_at(text, start, end)
                # (a speaker named by its kind, or a day the verb's comma sets off, only where
                # the clause ends with the date)
                or ((_KIND_SPEAKER_BEFORE.search(text, max(0, start - 70), start) is not None
                     or _SAID_COMMA.search(text, max(0, start - 20), start) is not None)
                    and _CLAUSE_ENDS.match(text, end) is not None))


# A day set for something still to come: "families will hold a rally on Sunday", "announced
# a shutter-down strike for Saturday", "a gathering to be held in Kharan on May 5", "called a
# protest for Friday". It is the day the plan is for, not the day of anything the report counts.
_EVENT = (r"(?:strikes?|shutter-?downs?|wheel-?jams?|shutdowns?|rall(?:y|ies)|protests?|"
          r"sit-?ins?|march(?:es)?|gatherings?|demonstrations?|jirgas?|conferences?)")
# (the event is named: "police will investigate the killing on Monday" plans nothing)
_PLANNED = re.compile(
    rf"(?:\b(?:will|shall|announced|announces|called|calls|gave\s+a\s+call|planned|plans|"
    rf"scheduled)\b[^.;:,\"]{{0,60}}\b{_EVENT}|\b{_EVENT}\s+to\s+be\s+(?:held|staged|observed))\b"
    r"[^.;:,\"]{0,60}?\b(?:on|for)\s+(?:the\s+)?$", re.IGNORECASE)


def is_planned_date(text: str, d: DateMention) -> bool:
    """Whether d is the day a coming event is set for (see _PLANNED)."""
    # the mention may hold its own "on" ("on Sunday")
    lead = re.match(r"(?:on|for)\s+(?:the\s+)?", d.raw, re.IGNORECASE)
    end = d.start + (lead.end() if lead else 0)
    return _PLANNED.search(text, max(0, d.start - 140), end) is not None


# A comment that compares the figure with another period, set off after a comma: "..., a sharp
# rise on the year before", "..., showing more abductions than in 2022", "..., up from
# 40 in 2022". Its date is the other period's, not the figure's.
_COMPARISON = re.compile(
    r",\s*(?:indicating|showing|reflecting|suggesting|signalling|signaling|marking|up|down|"
    r"compared|as\s+against|against|a\s+(?:sharp\s+|steep\s+|significant\s+)?(?:rise|drop|"
    r"increase|decrease|fall|jump))\b[^.;:,]{0,80}$", re.IGNORECASE)


def in_comparison(text: str, pos: int) -> bool:
    """Whether the date at pos sits in a comma clause comparing the figure with another time."""
    return _COMPARISON.search(text, max(0, pos - 100), pos) is not None


# "the third such attack this year", "for the second time this month", "the fourth journalist
# killed in Balochistan this year": a period after an ordinal counts earlier incidents; it dates
# neither the incident of the sentence nor makes its figures a total.
_ORDINAL_TALLY = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest)"
    r"\b(?:(?!\b(?:said|says|told)\b)[^.;:,\d]){0,70}$", re.IGNORECASE)


def in_ordinal_tally(text: str, pos: int) -> bool:
    """Whether a period phrase at pos follows an ordinal in its clause (see _ORDINAL_TALLY)."""
    return _ORDINAL_TALLY.search(text, max(0, pos - 80), pos) is not None


def combine(mentions: list[DateMention]) -> tuple[DateSpan, str]:
    """One date for a claim: the single date given, or the range covering all of them."""
    known = [d for d in mentions if d.span.start is not None]
    if not known:
        if mentions:
            return mentions[0].span, mentions[0].basis
        return DateSpan(None, None, "unknown", "unknown"), "the passage gives no date"
    if len(known) == 1:
        return known[0].span, f"'{known[0].raw}': {known[0].basis}"
    start = min(d.span.start for d in known)  # type: ignore[type-var]
    end = max(d.span.end for d in known)  # type: ignore[type-var]
    if start == end:
        return known[0].span, f"'{known[0].raw}': {known[0].basis}"
    precs = {d.span.precision for d in known}
    if len({d.span.text for d in known}) == 1 or (precs == {"year"} and start.year == end.year):
        return known[0].span, known[0].basis
    return _span(start, end, "range"), "range covering " + "; ".join(
        f"'{d.raw}' ({d.basis})" for d in known)
