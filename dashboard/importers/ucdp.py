"""UCDP GED export (CSV, the published column layout) -> claims coded by UCDP.

Precision, following the GED codebook:
- where_prec 1 (the exact location) -> `point` at UCDP's coordinates;
- 2 (within about 25 km of a known place) -> `point`, with that caveat in the place note;
- 3 (only the district, ADM2, is known; UCDP uses its centroid) -> `district`: the gazetteer's
  district when adm_2 matches, else UCDP's centroid at district precision;
- 4 (only the province, ADM1) and 5 (a larger part of the country) -> `province`: never
  drawn as a point (5 without an adm_1 -> `country`);
- 6 (only the country) -> `country`; 7 (international waters or airspace) -> `abroad`.
- date_start/date_end are kept as UCDP gives them (one day, a month, a year or a range), with
  date_prec in the date basis.
Deaths: UCDP's best estimate is the figure; low and high stay beside it, never summed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dashboard.importers.source_file import (
    ExportFormat,
    PlaceRules,
    RowRejected,
    SourceRow,
    code,
    date_notation,
    parse_coordinates,
    parse_count,
    split_sources,
)

REQUIRED = ("id", "type_of_violence", "side_a", "side_b", "where_prec", "latitude",
            "longitude", "date_prec", "date_start", "date_end", "best", "country")
WHERE = {
    "1": ("point", "UCDP where_prec 1: the exact location"),
    "2": ("point", "UCDP where_prec 2: within about 25 km of this place"),
    "3": ("district", "UCDP where_prec 3: only the district (ADM2) is known"),
    "4": ("province", "UCDP where_prec 4: only the province (ADM1) is known"),
    "5": ("province", "UCDP where_prec 5: a larger part of the country"),
    "6": ("country", "UCDP where_prec 6: only the country is known"),
    "7": ("abroad", "UCDP where_prec 7: international waters or airspace"),
}
DATE_PREC = {
    "1": "UCDP date_prec 1: the exact day",
    "2": "UCDP date_prec 2: within 2-6 days",
    "3": "UCDP date_prec 3: only the week",
    "4": "UCDP date_prec 4: only the month",
    "5": "UCDP date_prec 5: more than a month, within the year",
}
VIOLENCE = {"1": ("attack", "state-based armed conflict"),
            "2": ("attack", "non-state conflict"),
            "3": ("killing", "one-sided violence against civilians")}
CLAIMANT = {
    "id": "ucdp",
    "name": "UCDP GED",
    "source_type": "dataset",
    "organisation": "ucdp",
    "description": "Uppsala Conflict Data Program, Georeferenced Event Dataset: a curated event "
                   "dataset. Each record is UCDP's coding of the source articles it lists, with "
                   "low, best and high death estimates; not independent verification.",
}


def _claim(row: SourceRow, start: date, end: date,
           places: PlaceRules) -> tuple[dict[str, Any], date]:
    """UCDP's coding of one row; date_start and date_end arrive read and checked."""
    dp = code(row.get("date_prec"))
    basis = DATE_PREC.get(dp)
    if basis is None:
        row.warn("date_prec", f"unknown value {dp!r}; the dates are kept as given")
        basis = f"UCDP date_prec {dp or '(blank)'}"
    wp = code(row.get("where_prec"))
    if wp not in WHERE:
        raise RowRejected("where_prec", f"{wp!r}; expected 1 to 7")
    precision, note = WHERE[wp]
    adm1 = row.get("adm_1")
    if precision == "province" and not adm1:
        precision, note = "country", note + "; no province given"
    violence = VIOLENCE.get(code(row.get("type_of_violence")))
    if violence is None:
        raise RowRejected("type_of_violence",
                          f"{row.get('type_of_violence')!r}; expected 1, 2 or 3")
    best = parse_count(row.get("best"))
    if best is None:
        raise RowRejected("best", f"unreadable death estimate {row.get('best')!r}")
    coords = parse_coordinates(row.get("latitude"), row.get("longitude"))
    if coords is None and precision == "point":
        row.warn("latitude", f"unreadable coordinates {row.get('latitude')!r}, "
                             f"{row.get('longitude')!r}")
    place, why = places.place(
        precision, location=row.get("where_coordinates"), coords=coords,
        admin1=adm1, admin2=row.get("adm_2"), country=row.get("country"), note=note)
    if place is None:
        raise RowRejected("latitude", why)
    sources = split_sources(row.get("source_article"))
    if not sources:
        row.warn("source_article", "UCDP lists no source article for this event")
    return {"incident_type": violence[0], "places": [place],
            "date": date_notation(start, end), "date_basis": basis,
            "figures": _figures(row, best), "summary": _summary(row, violence[1]),
            "sources": sources}, end


FORMAT = ExportFormat(name="UCDP GED", claimant=CLAIMANT, required=REQUIRED, id_column="id",
                      admin1_column="adm_1", date_columns=("date_start", "date_end"),
                      rules=_claim)
# The row loop is the one every export shares; this dataset supplies only its format.
import_ucdp = FORMAT.read


def _figures(row: SourceRow, best: int) -> list[dict]:
    low, high = parse_count(row.get("low")), parse_count(row.get("high"))
    for name, value in (("low", low), ("high", high)):
        if value is None and row.get(name):
            row.warn(name, f"unreadable estimate {row.get(name)!r}")
    if low is not None and high is not None and not low <= best <= high:
        row.warn("best", f"best {best} is outside low {low} - high {high}; all three kept")
    spread = low is not None and high is not None and (low, high) != (best, best)
    figures = [{
        "raw": f"{best} (low {low}, high {high})" if spread else str(best),
        "count": best, "category": "killed", "who": "unspecified",
        "qualifier": "about" if spread else "exact",
        "note": "UCDP's best estimate of deaths" + (
            f"; its low and high estimates are {low} and {high}" if spread else ""),
    }]
    civilians = parse_count(row.get("deaths_civilians"))
    if civilians:
        figures.append({"raw": str(civilians), "count": civilians, "category": "killed",
                        "who": "civilians", "qualifier": "exact",
                        "note": "UCDP deaths_civilians, part of the best estimate"})
    return figures


def _summary(row: SourceRow, violence: str) -> str:
    where = ", ".join(x for x in (row.get("where_coordinates"), row.get("adm_2"),
                                  row.get("adm_1")) if x)
    parts = [f"UCDP GED codes {violence}: {row.get('side_a') or 'an unnamed side'} against "
             f"{row.get('side_b') or 'an unnamed side'} at {where or 'an unnamed place'}."]
    if row.get("conflict_name"):
        parts.append(f"Conflict: {row.get('conflict_name')}.")
    if code(row.get("event_clarity")) == "2":
        parts.append("UCDP event clarity 2: an aggregate of several events, not one event.")
    if row.get("where_description"):
        parts.append(f"UCDP's place description: {row.get('where_description')[:500]}.")
    if row.get("number_of_sources"):
        parts.append(f"Number of sources: {row.get('number_of_sources')}.")
    return " ".join(parts)
