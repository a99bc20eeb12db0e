"""Claimed figures: what a qualifier or a vague word allows the true number to be.

Figures are never summed or "fixed". To decide whether two claimants' figures conflict, each figure
is read as the interval of counts it admits; figures whose intervals do not overlap conflict.
The ranges for vague words are deliberately wide: a dispute is only declared when no reasonable
reading reconciles the two figures.
"""

from __future__ import annotations

import math
import re

from dashboard.models import Figure

# Lowest and highest counts a vague word admits. ACLED codes "dozens" as 12; we keep an interval
# because we compare claimants rather than code a single best figure.
VAGUE_RANGES: dict[str, tuple[float, float]] = {
    "a few": (2, 9),
    "few": (2, 9),
    "several": (3, 19),
    "multiple": (2, 99),
    "some": (2, 99),
    "many": (10, math.inf),
    "dozen": (10, 15),
    "a dozen": (10, 15),
    "dozens": (24, 199),
    "scores": (40, 199),
    "hundreds": (200, 1999),
    "thousands": (2000, 19999),
    "tens of thousands": (20000, 199999),
    "hundreds of thousands": (200000, 1999999),
}

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})*$|^\d+$")


def vague_range(raw: str) -> tuple[float, float] | None:
    """The interval a vague phrase admits, found by its longest known wording."""
    text = raw.lower().strip()
    for word in sorted(VAGUE_RANGES, key=len, reverse=True):
        if re.search(rf"\b{re.escape(word)}\b", text):
            return VAGUE_RANGES[word]
    return None


def is_well_formed_number(raw: str) -> bool:
    """True for 1873, 1,873 or 67,023; False for 22,6000 (a misplaced separator)."""
    return bool(_DIGITS.match(raw.strip()))


def interval(figure: Figure) -> tuple[float, float] | None:
    """The counts a figure admits, or None when it cannot be compared (malformed, unreadable)."""
    q = figure.qualifier
    if q == "malformed":
        return None
    if q == "vague" or figure.count is None:
        return vague_range(figure.raw)
    n = float(figure.count)
    if q == "exact":
        return (n, n)
    if q == "at_least":
        return (n, math.inf)
    if q == "more_than":
        return (n + 1, math.inf)
    if q == "up_to":
        return (0, n)
    if q == "about":
        # "around 40" admits roughly a tenth either side; at least one either side for small n.
        slack = max(1.0, round(n * 0.1))
        return (n - slack, n + slack)
    return None


def conflict(a: Figure, b: Figure) -> bool:
    """Two figures of the same category and who whose admissible counts cannot both be true."""
    if (a.category, a.who) != (b.category, b.who):
        return False
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return False
    return ia[1] < ib[0] or ib[1] < ia[0]


def short(figure: Figure) -> str:
    """Compact wording for label reasons: 'at least 145', 'dozens', '22,6000 (malformed)'."""
    lead = {"at_least": "at least ", "more_than": "more than ", "about": "about ",
            "up_to": "up to "}.get(figure.qualifier, "")
    number = figure.raw if figure.count is None else f"{figure.count:,}"
    return f"{lead}{number}"
