"""ACLED export (CSV, the published column layout) -> claims coded by ACLED.

Precision, following ACLED's codebook:
- geo_precision 1 (the named town or locality itself) -> `point` at ACLED's coordinates;
- 2 (somewhere near or in part of that area; ACLED gives the nearest town) -> `district`,
  at the gazetteer's district when admin2 matches, else ACLED's coordinates at district
  precision: the point is only a stand-in for an area, so it is never offered as a town;
- 3 (only a larger region is known) -> `province` (admin1): never drawn as a point.
- time_precision 1 (the day) -> that day; 2 (only the week; ACLED codes a day within it) ->
  a range of three days either side of the coded day; 3 (only the month) -> the month.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from dashboard.dataset import latest_possible_day
from dashboard.importers.source_file import (
    ExportFormat,
    PlaceRules,
    RowRejected,
    SourceRow,
    code,
    parse_coordinates,
    parse_count,
    split_sources,
)

REQUIRED = ("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
            "actor1", "actor2", "country", "admin1", "admin2", "location", "latitude",
            "longitude", "geo_precision", "source", "fatalities")
GEO = {"1": ("point", "ACLED geo_precision 1: the named location itself"),
       "2": ("district", "ACLED geo_precision 2: near or in part of this area; placed at the "
                         "district, not at a town"),
       "3": ("province", "ACLED geo_precision 3: only a larger region is known")}
TIME = {"1": "ACLED time_precision 1: the day is known",
        "2": "ACLED time_precision 2: only the week is known; ACLED codes a day in it, shown "
             "here as that day plus or minus three days",
        "3": "ACLED time_precision 3: only the month is known"}
# (event_type, sub_event_type) -> incident type; "*" matches any sub-event type.
INCIDENTS = {
    ("battles", "government regains territory"): "security_operation",
    ("battles", "*"): "attack",
    ("explosions/remote violence", "*"): "attack",
    ("violence against civilians", "abduction/forced disappearance"): "abduction",
    ("violence against civilians", "*"): "killing",
    ("protests", "*"): "protest",
    ("riots", "*"): "protest",
    ("strategic developments", "arrests"): "security_operation",
    ("strategic developments", "disrupted weapons use"): "security_operation",
    ("strategic developments", "looting/property destruction"): "attack",
}
CLAIMANT = {
    "id": "acled",
    "name": "ACLED",
    "source_type": "dataset",
    "organisation": "acled",
    "description": "Armed Conflict Location & Event Data: a curated event dataset. Each record is "
                   "ACLED's coding of the sources it lists, with its own fatality figure; "
                   "a dataset's coding, not independent verification.",
}


def incident_type(event_type: str, sub_event_type: str, fatalities: int | None) -> str | None:
    et, sub = event_type.strip().lower(), sub_event_type.strip().lower()
    found = INCIDENTS.get((et, sub)) or INCIDENTS.get((et, "*"))
    if found == "killing" and sub == "attack" and not fatalities:
        return "attack"  # an attack on civilians with no fatality coded is not a killing
    return found


def _claim(row: SourceRow, day: date, _last: date,
           places: PlaceRules) -> tuple[dict[str, Any], date]:
    """ACLED's coding of one row (event_date is both first and last day of the loop's dates)."""
    tp = code(row.get("time_precision"))
    if tp not in TIME:
        raise RowRejected("time_precision", f"{tp!r}; expected 1, 2 or 3")
    if tp == "1":
        notation, end = day.isoformat(), day
    elif tp == "2":
        lo, end = day - timedelta(days=3), min(day + timedelta(days=3), latest_possible_day())
        notation = f"{lo.isoformat()}/{end.isoformat()}"
    else:
        notation, end = day.strftime("%Y-%m"), day
    gp = code(row.get("geo_precision"))
    if gp not in GEO:
        raise RowRejected("geo_precision", f"{gp!r}; expected 1, 2 or 3")
    precision, note = GEO[gp]
    fatalities = parse_count(row.get("fatalities"))
    if fatalities is None and row.get("fatalities"):
        row.warn("fatalities", f"unreadable count {row.get('fatalities')!r}; no figure kept")
    incident = incident_type(row.get("event_type"), row.get("sub_event_type"), fatalities)
    if incident is None:
        raise RowRejected("event_type", f"{row.get('event_type')!r} / "
                                        f"{row.get('sub_event_type')!r} has no incident type "
                                        "in this project")
    coords = parse_coordinates(row.get("latitude"), row.get("longitude"))
    if coords is None and precision == "point":
        row.warn("latitude", f"unreadable coordinates {row.get('latitude')!r}, "
                             f"{row.get('longitude')!r}")
    place, why = places.place(precision, location=row.get("location"), coords=coords,
                              admin1=row.get("admin1"), admin2=row.get("admin2"),
                              country=row.get("country"), note=note)
    if place is None:
        raise RowRejected("latitude", why)
    sources = split_sources(row.get("source"))
    if not sources:
        row.warn("source", "ACLED lists no source for this event")
    figures = []
    if fatalities is not None:
        figures.append({"raw": str(fatalities), "count": fatalities, "category": "killed",
                        "who": "unspecified", "qualifier": "exact",
                        "note": "ACLED's fatality figure: the most conservative its "
                                "sources give"})
    return {"incident_type": incident, "places": [place], "date": notation,
            "date_basis": TIME[tp], "figures": figures, "summary": _summary(row),
            "sources": sources}, end


FORMAT = ExportFormat(name="ACLED", claimant=CLAIMANT, required=REQUIRED,
                      id_column="event_id_cnty", admin1_column="admin1",
                      date_columns=("event_date", "event_date"), rules=_claim)
# The row loop is the one every export shares; this dataset supplies only its format.
import_acled = FORMAT.read


def _summary(row: SourceRow) -> str:
    def actor(name: str, assoc: str) -> str:
        return f"{name} (with {assoc})" if assoc else name

    a1 = actor(row.get("actor1"), row.get("assoc_actor_1"))
    a2 = actor(row.get("actor2"), row.get("assoc_actor_2"))
    who = f"{a1} and {a2}" if row.get("actor2") else a1
    where = ", ".join(x for x in (row.get("location"), row.get("admin2"), row.get("admin1")) if x)
    parts = [f"ACLED codes {row.get('sub_event_type') or 'an event'} "
             f"({row.get('event_type')}) involving {who or 'unnamed actors'} at {where}."]
    if row.get("civilian_targeting"):
        parts.append("ACLED marks civilians as targeted.")
    if row.get("source_scale"):
        parts.append(f"Source scale: {row.get('source_scale')}.")
    if row.get("notes"):
        parts.append(f"ACLED's notes: {row.get('notes')[:3000]}")
    if row.get("tags"):
        parts.append(f"Tags: {row.get('tags')[:300]}.")
    return " ".join(parts)
