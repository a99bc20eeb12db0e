"""Numbers as news prose writes them: digits, words, vague words, and malformed figures.

A figure is never repaired: "22,6000" stays raw with count None and qualifier "malformed".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.figures import VAGUE_RANGES, is_well_formed_number

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "lakh": 100_000}

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "a"], key=len, reverse=True))
# "three hundred", "twenty-five", "two thousand five hundred", "a hundred"
WORD_NUMBER = (rf"(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{'|'.join([*UNITS, *TENS, *SCALES])}))*")
# A comma ends a number unless a digit follows it: "risen to 56, while" is 56.
# A page that drops the space ("30others sustained injuries") still counts the digits before
# the lower-case word; a unit or a suffix of two letters ("10km", "3rd") stays no number.
_GLUED = r"(?=(?-i:[a-z]{3,})\b)"
DIGIT_NUMBER = r"\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s*(?:million|lakh|thousand))?"
VAGUE = "|".join(re.escape(w) for w in sorted(VAGUE_RANGES, key=len, reverse=True))

QUALIFIERS = [
    ("at_least", r"at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of"),
    ("more_than", r"more\s+than|over|upwards\s+of|in\s+excess\s+of|above|exceeding"),
    ("up_to", r"up\s+to|as\s+many\s+as|as\s+much\s+as"),
    ("about", r"about|around|nearly|almost|close\s+to|roughly|approximately|some|an\s+estimated"
              r"|approx\.?|about\s+a"),
]
_QUALIFIER_RE = "|".join(f"(?P<{name}>{pat})" for name, pat in QUALIFIERS)

# (every number and qualifier starts a word: the leading \b lets the engine pass over the inside
# of words at once instead of trying each qualifier there, about half the time on a report)
NUMBER_RE = re.compile(
    rf"\b(?:(?:{_QUALIFIER_RE})\s+)?"
    rf"(?P<num>(?<![\w,.])(?:{DIGIT_NUMBER})(?:(?![\w])|{_GLUED})|\b(?:{VAGUE})\b(?:\s+of)?|\b{WORD_NUMBER}\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Number:
    raw: str  # as printed, qualifier words included ("at least 145")
    number: str  # just the number part ("145")
    count: int | None
    qualifier: str
    start: int
    end: int


def word_value(text: str) -> int | None:
    """Value of an English number phrase, None when it is not one."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w and w != "and"]
    if not words:
        return None
    total, current = 0, 0
    seen = False
    for w in words:
        if w == "a" and not seen:
            current = 1
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in SCALES:
            scale = SCALES[w]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
        seen = True
    if not seen:
        return None
    return total + current


def parse_number(raw: str) -> tuple[int | None, str]:
    """(count, qualifier) of a bare number; qualifier is exact, vague or malformed."""
    s = raw.strip()
    low = s.lower()
    if low.endswith(" of"):
        low = low[:-3].strip()
    if low in VAGUE_RANGES:
        return None, "vague"
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)\s*(million|lakh|thousand)?", low)
    if m:
        digits, scale = m.group(1), m.group(2)
        if "." in digits:
            whole, _, frac = digits.partition(".")
            if scale and is_well_formed_number(whole):
                value = float(whole.replace(",", "") + "." + frac) * SCALES[scale]
                return round(value), "exact"
            return None, "malformed"
        if not is_well_formed_number(digits):
            return None, "malformed"
        value = int(digits.replace(",", ""))
        return value * (SCALES[scale] if scale else 1), "exact"
    value = word_value(low)
    if value is None:
        return None, "malformed"
    return value, "exact"


_HALF_A_DOZEN = re.compile(rf"(?:(?:{_QUALIFIER_RE})\s+)?\bhalf\s+$", re.IGNORECASE)


# an amount of money: a currency before the digits, or the digits glued to it ("Rs90")
_MONEY_BEFORE = re.compile(r"(?:\bRs\.?|\bPKR|\bUSD|US\$|\$|£|€|\brupees?)\s*(?:[\d,.]+\s*)?$",
                           re.IGNORECASE)


def find_numbers(text: str, lo: int = 0, hi: int | None = None) -> list[Number]:
    """Every number in text[lo:hi], with the qualifier that precedes it."""
    hi = len(text) if hi is None else hi
    out: list[Number] = []
    covered = lo  # "two dozen" is one number: its "dozen" is not another
    for m in NUMBER_RE.finditer(text, lo, hi):
        num = m.group("num")
        if num.lower() == "a" or m.start() < covered:
            continue
        if _MONEY_BEFORE.search(text, max(lo, m.start("num") - 16), m.start("num")):
            continue  # "looted Rs90 million", "a ransom of $50,000": money, no count of anyone
        count, qualifier = parse_number(num)
        if qualifier == "malformed" and not re.search(r"\d", num):
            continue
        a_dozen = qualifier == "vague" and bool(
            re.fullmatch(r"(?:a\s+)?dozen(?:\s+of)?", num.strip(), re.IGNORECASE))
        if a_dozen:
            # "a dozen" is about 12, as "two dozen" below is about 24: a count with a
            # qualifier, unlike "dozens", whose reach has no middle
            count, qualifier = 12, "exact"
        for name, _ in QUALIFIERS:
            if m.group(name) and qualifier == "exact":
                qualifier = name
                break
        if a_dozen and qualifier == "exact":
            qualifier = "about"
        half = _HALF_A_DOZEN.search(text, max(lo, m.start("num") - 30), m.start("num")) \
            if a_dozen else None
        if half:
            # "over half a dozen injured" is six or more, not a dozen
            count = 6
            qualifier = next((name for name, _ in QUALIFIERS if half.group(name)), "about")
        start = half.start() if half else \
            m.start() if qualifier not in ("exact", "vague", "malformed") else m.start("num")
        if qualifier in ("vague",) and m.group(0) != num:
            start = m.start("num")
        number = num[:-3].rstrip() if num.lower().endswith(" of") else num
        end = m.start("num") + len(number)
        if half:
            number = text[half.start() + half.group(0).lower().rindex("half"):end]
        dozen = re.match(r"\s+dozen\b", text[end:min(hi, end + 10)], re.IGNORECASE)
        if dozen and count is not None and qualifier not in ("vague", "malformed"):
            # "two dozen" is about 24, as loosely as "a dozen" is about 12
            end += dozen.end()
            number, count = text[m.start("num"):end], count * 12
            qualifier = "about" if qualifier == "exact" else qualifier
        covered = end
        out.append(Number(text[start:end], number, count, qualifier, start, end))
    return _ranges(text, out)


_RANGE_JOIN = re.compile(r"\s*(?:-|to)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _ranges(text: str, numbers: list[Number]) -> list[Number]:
    """A range is one figure: "between 10 and 15", "12 to 15", "15-20" count at least the
    lower bound (about it, when a qualifier says so); the raw text keeps the whole range."""
    out: list[Number] = []
    i = 0
    while i < len(numbers):
        a = numbers[i]
        b = numbers[i + 1] if i + 1 < len(numbers) else None
        gap = text[a.end:b.start] if b is not None else ""
        between = _BETWEEN.search(text, max(0, a.start - 10), a.start)
        years = b is not None and all(
            x.count is not None and 1800 <= x.count <= 2100 and "," not in x.number for x in (a, b))
        if b is not None and a.count is not None and b.count is not None and a.count < b.count \
                and not years \
                and (_RANGE_JOIN.fullmatch(gap) or (between and re.fullmatch(r"\s+and\s+", gap))):
            start = between.start() if between else a.start
            qualifier = a.qualifier if a.qualifier not in ("exact",) else "at_least"
            out.append(Number(text[start:b.end], text[a.start:b.end], a.count, qualifier,
                              start, b.end))
            i += 2
            continue
        out.append(a)
        i += 1
    return out
