"""What a reader sees to decode the map, whatever draws it: the colour of each claimant source
type, the shape of each verification label, the district-precision ring, the caveat, the credit
lines, and the legend's entries for a selection.

This is the one home of that visual language. The web map (HTML legend), the screenshot page,
the PNG (matplotlib) and the timeline (altair) each only draw these entries in their own medium,
so a colour, a shape or a wording changed here changes in all four at once. Plain data: no
folium, matplotlib, altair or streamlit import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from dashboard.models import LABELS, SOURCE_TYPE_NAMES, SOURCE_TYPES

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
SOURCE_COLOURS: dict[str, str] = {
    "state": "#0072B2",
    "armed_group": "#D55E00",
    "political": "#CC79A7",
    "rights_group": "#009E73",
    "media": "#E69F00",
    "dataset": "#56B4E9",
}
# The label is carried by shape as well as words, never by colour alone.
LABEL_SHAPES: dict[str, str] = {
    "unverified": "circle",
    "disputed": "triangle",
    "corroborated": "square",
    "verified": "diamond",
}
# The legend's label samples are grey, so that no source type's colour seems tied to a label.
SAMPLE_GREY = "#777777"
# The shapes as characters, so a label in a table or a line of text keeps its shape (colour is
# never the only carrier) and reads the same as the legend.
SHAPE_CHARS: dict[str, str] = {"circle": "○", "triangle": "△", "square": "□", "diamond": "◇"}
LABEL_MARKS: dict[str, str] = {
    label: f"{SHAPE_CHARS[LABEL_SHAPES[label]]} {label}" for label in LABELS
}

CAVEAT = "Claims as reported, not verified facts."
# What one marker stands for ("Each marker is ..."); each medium words the sentence its own way.
MARKER_MEANING = "one claimant's assertion as a report carried it"
DATA_ATTRIBUTION = (
    "Claims: curated from news reports (see each claim's report). Places: GeoNames (CC BY 4.0). "
    "Outlines: Natural Earth (public domain)."
)
# Plain text: a medium that writes HTML escapes it like any other text.
TILE_ATTRIBUTION = "© OpenStreetMap contributors"

# A claim whose report named only the district is drawn at the district's headquarters; the
# dashed ring says so on the map itself, where a screenshot has no popup.
DISTRICT_PRECISION = "district"
DISTRICT_RING_TEXT = "Dashed ring: only the district is known (somewhere in this district)"
# A claim the extractor proposed and nobody reviewed yet is drawn hollow.
MACHINE_EXTRACTED = "machine_extracted"
MACHINE_EXTRACTED_TEXT = "Machine-extracted, not reviewed"
OFFMAP_TITLE = "Not drawn as points"
# Why a claim of the selection has no point to draw (its geo precision), in the legend's words.
OFFMAP_TEXT: dict[str, str] = {"province": "province-wide", "country": "country-wide",
                               "abroad": "abroad", "unresolved": "unresolved place"}


@dataclass(frozen=True)
class LegendSection:
    """A group of entries under a title; ``carrier`` is what the map varies to show it."""

    key: str
    title: str
    carrier: str
    entries: tuple[LegendEntry, ...]


@dataclass(frozen=True)
class LegendEntry:
    """One line of the legend: what the reader reads (``text``) beside a sample of the mark.

    ``shape`` is one of LABEL_SHAPES' values, "swatch" (a square of the colour) or "ring" (the
    district ring); None for a line with no mark (a count of claims not drawn). ``hollow``: the
    mark is drawn as an outline in ``colour``, as a machine-extracted claim is. ``count``: how
    many claims of the selection the entry stands for, where the legend says so.
    """

    key: str
    text: str
    colour: str | None = None
    shape: str | None = None
    hollow: bool = False
    count: int | None = None


def sections(offmap: Mapping[str, int] | None = None) -> dict[str, LegendSection]:
    """The legend in reading order, by section key: "source_type" (colour), "label" (shape),
    "place" (the district ring) and "offmap" (the selection's claims not drawn as points, one
    entry with its count per reason: ``offmap`` is offmap_counts of the selection; no entries
    without it)."""
    source_types = tuple(
        LegendEntry(st, SOURCE_TYPE_NAMES[st], SOURCE_COLOURS[st], "swatch")
        for st in SOURCE_TYPES)
    labels = (
        *(LegendEntry(label, label.capitalize(), SAMPLE_GREY, LABEL_SHAPES[label])
          for label in LABELS),
        LegendEntry(MACHINE_EXTRACTED, MACHINE_EXTRACTED_TEXT, SAMPLE_GREY, "circle",
                    hollow=True),
    )
    place = (LegendEntry(DISTRICT_PRECISION, DISTRICT_RING_TEXT, shape="ring"),)
    off = tuple(LegendEntry(why, why, count=n) for why, n in (offmap or {}).items() if n)
    return {
        "source_type": LegendSection("source_type", "Claimant source type", "colour",
                                     source_types),
        "label": LegendSection("label", "Verification label", "shape", labels),
        "place": LegendSection("place", "Place", "ring", place),
        "offmap": LegendSection("offmap", OFFMAP_TITLE, "", off),
    }


def offmap_counts(table: pd.DataFrame) -> dict[str, int]:
    """How many claims of the selection have no point to draw, by why (in OFFMAP_TEXT's
    words)."""
    rows = table[~table["mapped"]]
    return {OFFMAP_TEXT.get(k, k): int(v) for k, v in
            rows.groupby("geo_precision")["claim_id"].nunique().items()}


def offmap_lines(table: pd.DataFrame) -> list[str]:
    """One plain line per claim of the selection with no point to draw: who, where and how
    precisely, when, its label and what it claims (a medium writing HTML escapes it)."""
    rows = table[~table["mapped"]].sort_values(["geo_precision", "date_start"], kind="stable")
    rows = rows.drop_duplicates("claim_id", keep="first")
    return [
        f"{r.claimant} ({SOURCE_TYPE_NAMES.get(r.source_type, r.source_type)}) · {r.place} "
        f"({r.geo_precision}) · {r.date_label} · {r.label} · {r.figures_text or r.summary}"
        f" · claim {r.claim_id}"
        for r in rows.itertuples(index=False)]


def label_mark(label: str) -> str:
    """A label as text with its shape ("△ disputed"), as tables and lines of text show it."""
    return LABEL_MARKS.get(label, label)
