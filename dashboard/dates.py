"""The dataset's date notation: a day, a month, a year, a range of those, or unknown.

One notation for report publication dates and claim dates keeps the precision explicit: a claim
dated "2025-11" covers the whole month and is never drawn as if it happened on the 1st.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from dashboard.models import DateSpan

_PART = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
UNKNOWN_WORDS = frozenset({"", "unknown", "undated", "none", "null"})


class DateNotationError(ValueError):
    """Raised with a message fit to show a person who typed the date."""


def _part(text: str) -> tuple[date, date, str]:
    m = _PART.match(text.strip())
    if not m:
        raise DateNotationError(
            f"{text!r} is not a date: use YYYY-MM-DD, YYYY-MM, YYYY, a range A/B, or 'unknown'"
        )
    year = int(m.group(1))
    if not 1800 <= year <= 2200:
        raise DateNotationError(f"{text!r}: year {year} is out of range")
    if m.group(2) is None:
        return date(year, 1, 1), date(year, 12, 31), "year"
    month = int(m.group(2))
    if not 1 <= month <= 12:
        raise DateNotationError(f"{text!r}: month {month} does not exist")
    last = calendar.monthrange(year, month)[1]
    if m.group(3) is None:
        return date(year, month, 1), date(year, month, last), "month"
    day = int(m.group(3))
    if not 1 <= day <= last:
        raise DateNotationError(f"{text!r}: day {day} does not exist in {year}-{month:02d}")
    d = date(year, month, day)
    return d, d, "day"


def parse_date(text: object) -> DateSpan:
    """Parse the notation; raise DateNotationError with a readable reason when it is wrong."""
    if isinstance(text, date):  # YAML turns 2026-01-31 into a date object
        return DateSpan(text, text, "day", text.isoformat())
    if isinstance(text, int):  # YAML turns 2025 into an int
        text = str(text)
    if text is None:
        return DateSpan(None, None, "unknown", "unknown")
    if not isinstance(text, str):
        raise DateNotationError(f"expected a date string, got {type(text).__name__}")
    s = text.strip()
    if s.lower() in UNKNOWN_WORDS:
        return DateSpan(None, None, "unknown", "unknown")
    if "/" in s:
        left, _, right = s.partition("/")
        start, _, _ = _part(left)
        _, end, _ = _part(right)
        if end < start:
            raise DateNotationError(f"{s!r}: the range ends before it starts")
        return DateSpan(start, end, "range", s)
    start, end, precision = _part(s)
    return DateSpan(start, end, precision, s)


def span_notation(start: date | None, end: date | None, precision: str) -> str:
    """Write a span back in the notation (used by exports and by the ingest review files)."""
    if start is None or end is None or precision == "unknown":
        return "unknown"
    if precision == "day":
        return start.isoformat()
    if precision == "month":
        return start.strftime("%Y-%m")
    if precision == "year":
        return str(start.year)
    return f"{start.isoformat()}/{end.isoformat()}"
