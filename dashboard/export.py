"""The claim table as data: GeoJSON (one feature per claim-place) and CSV.

Exports take the already-filtered table, so what is exported is what is shown.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pandas as pd

from dashboard.table import COLUMNS

PROPERTIES = [
    "claim_id", "event_id", "report_id", "report", "outlet", "claimant_id", "claimant",
    "source_type", "incident_type", "place_mention", "place_id", "place", "district",
    "geo_precision", "date_start", "date_end", "time_precision", "figures", "label",
    "label_reason", "summary", "review_status",
]
CSV_COLUMNS = [c for c in COLUMNS if c not in ("all_places", "figures", "mapped", "passage")]


def _day(value: Any) -> str | None:
    return None if pd.isna(value) else pd.Timestamp(value).date().isoformat()


def _plain(value: Any) -> Any:
    if isinstance(value, float) and pd.isna(value):
        return None
    if value is pd.NaT:
        return None
    return value


def to_geojson(table: pd.DataFrame, *, gazetteer_coords: dict[str, tuple[float, float]] | None
               = None) -> dict[str, Any]:
    """A FeatureCollection. Province- and country-wide rows carry a null geometry; a place abroad
    keeps its point when the gazetteer has one (it is precise, just not in Pakistan)."""
    coords = gazetteer_coords or {}
    features = []
    for row in table.to_dict("records"):
        geometry = None
        if row["mapped"]:
            geometry = {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
        elif row["geo_precision"] == "abroad" and row["place_id"] in coords:
            lat, lon = coords[row["place_id"]]
            geometry = {"type": "Point", "coordinates": [lon, lat]}
        props = {k: _plain(row[k]) for k in PROPERTIES}
        props["date_start"] = _day(row["date_start"])
        props["date_end"] = _day(row["date_end"])
        props["figures"] = [
            {k: f[k] for k in ("count", "raw", "category", "who", "qualifier", "note")}
            for f in row["figures"]
        ]
        props["also_placed_at"] = [p for i, p in enumerate(row["all_places"])
                                   if i != row["place_index"]]
        features.append({"type": "Feature", "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def geojson_text(table: pd.DataFrame, **kwargs: Any) -> str:
    return json.dumps(to_geojson(table, **kwargs), ensure_ascii=False, indent=1)


def to_csv(table: pd.DataFrame) -> str:
    """CSV with one row per claim-place; figures kept whole as a JSON column."""
    out = table[CSV_COLUMNS].copy()
    for col in ("date_start", "date_end"):
        out[col] = out[col].map(_day)
    out.insert(out.columns.get_loc("figures_text"), "figures_json",
               table["figures"].map(lambda f: json.dumps(f, ensure_ascii=False)))
    out = out.map(_defuse)
    buf = io.StringIO()
    out.to_csv(buf, index=False)
    return buf.getvalue()


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _defuse(value: Any) -> Any:
    """Spreadsheets run a cell that starts like a formula; a leading quote keeps it text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
