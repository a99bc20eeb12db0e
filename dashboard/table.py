"""The claim table: one row per claim-place, geocoded and labelled, ready to filter and draw.

This is the one flat shape every later step reads (filters, map, tables, exports), built once per
dataset. A claim naming five districts gives five rows sharing a claim_id; a claim whose place is
province- or country-wide gives a row with no coordinates, so it can never be drawn at a town.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dashboard.dataset import load_dataset
from dashboard.gazetteer import Gazetteer, Resolution, load_gazetteer
from dashboard.labels import compute_labels
from dashboard.models import (
    INCIDENT_TYPE_NAMES,
    MAPPED_GEO_PRECISIONS,
    SOURCE_TYPE_NAMES,
    Claim,
    Dataset,
    Label,
    Place,
    PlaceMention,
    Problem,
)

COLUMNS = [
    "claim_id", "event_id", "event", "report_id", "report", "outlet", "claimant_id", "claimant",
    "source_type", "organisation", "incident_type", "place_mention", "place_id", "place",
    "district", "province", "geo_precision", "lat", "lon", "mapped", "place_index", "n_places",
    "all_places", "date_start", "date_end", "time_precision", "date_text", "date_label",
    "date_basis", "figures", "figures_text", "label", "label_reason", "summary",
    "review_status", "passage",
]


@dataclass(frozen=True)
class Geocoded:
    claim: Claim
    resolutions: tuple[Resolution, ...]


def geocode(ds: Dataset, gazetteer: Gazetteer) -> tuple[list[Geocoded], list[Problem]]:
    """Resolve every place mention; unresolved ones are reported and kept, never guessed."""
    out: list[Geocoded] = []
    problems: list[Problem] = []
    for claim in ds.claims:
        resolutions = []
        for i, mention in enumerate(claim.places):
            if mention.lat is not None and mention.lon is not None and not mention.place_id:
                resolutions.append(_own_coordinates(mention))
                continue
            if mention.place_id:
                place = gazetteer.get(mention.place_id)
                if place is None:
                    problems.append(Problem(claim.file, claim.line, f"places[{i}].place_id",
                                            f"{mention.place_id!r} is not in the gazetteer"))
                res = Resolution(mention.mention, place, "id" if place else "unresolved",
                                 100.0 if place else 0.0)
            else:
                res = gazetteer.resolve(mention.mention)
            if res.place is None:
                hint = ", ".join(f"{pid} ({score:.0f})" for pid, score in res.suggestions[:3])
                problems.append(Problem(
                    claim.file, claim.line, f"places[{i}]",
                    f"{mention.mention!r} is not in the gazetteer; kept unresolved"
                    + (f" (closest: {hint})" if hint else ""), "warning"))
            resolutions.append(res)
        out.append(Geocoded(claim, tuple(resolutions)))
    return out, problems


def _own_coordinates(mention: PlaceMention) -> Resolution:
    """A dataset record's own coordinates, at the precision the dataset states for them."""
    place = Place(id="", name=mention.mention, kind="locality",
                  geo_precision=mention.geo_precision or "point", lat=mention.lat,
                  lon=mention.lon, district=None, province=None, country="",
                  source=mention.note)
    return Resolution(mention.mention, place, "coordinates", 100.0)


def build_table(ds: Dataset, gazetteer: Gazetteer,
                labels: dict[str, Label] | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """Geocode, label and flatten a dataset into the claim table."""
    labels = labels if labels is not None else compute_labels(ds)
    geocoded, problems = geocode(ds, gazetteer)
    rows: list[dict] = []
    for g in geocoded:
        c = g.claim
        claimant = ds.claimants[c.claimant_id]
        report = ds.reports[c.report_id]
        event = ds.events.get(c.event_id) if c.event_id else None
        label = labels[c.id]
        names = [r.place.name if r.place else f"{r.mention} (unresolved)" for r in g.resolutions]
        figures = [
            {"count": f.count, "raw": f.raw, "category": f.category, "who": f.who,
             "qualifier": f.qualifier, "note": f.note}
            for f in c.figures
        ]
        base = {
            "claim_id": c.id, "event_id": c.event_id, "event": event.title if event else None,
            "report_id": c.report_id, "report": report.title, "outlet": report.outlet,
            "claimant_id": c.claimant_id, "claimant": claimant.name,
            "source_type": claimant.source_type, "organisation": claimant.organisation,
            "incident_type": c.incident_type,
            "n_places": len(g.resolutions), "all_places": names,
            "date_start": pd.Timestamp(c.date.start) if c.date.start else pd.NaT,
            "date_end": pd.Timestamp(c.date.end) if c.date.end else pd.NaT,
            "time_precision": c.date.precision, "date_text": c.date.text,
            "date_label": c.date.describe(), "date_basis": c.date_basis,
            "figures": figures, "figures_text": "; ".join(f.describe() for f in c.figures),
            "label": label.label, "label_reason": label.reason, "summary": c.summary,
            "review_status": c.review_status, "passage": list(c.passage),
        }
        for i, res in enumerate(g.resolutions):
            p = res.place
            precision = p.geo_precision if p else "unresolved"
            rows.append({
                **base, "place_mention": res.mention, "place_id": (p.id or None) if p else None,
                "place": p.name if p else res.mention,
                "district": p.district if p else None, "province": p.province if p else None,
                "geo_precision": precision,
                "lat": p.lat if p and precision in MAPPED_GEO_PRECISIONS else None,
                "lon": p.lon if p and precision in MAPPED_GEO_PRECISIONS else None,
                "mapped": bool(p and precision in MAPPED_GEO_PRECISIONS
                               and p.lat is not None and p.lon is not None),
                "place_index": i,
            })
    table = pd.DataFrame(rows, columns=COLUMNS)
    for col in ("date_start", "date_end"):
        table[col] = pd.to_datetime(table[col])
    for col in ("lat", "lon"):
        table[col] = pd.to_numeric(table[col])
    return table, problems


def claims_of(table: pd.DataFrame) -> pd.DataFrame:
    """One row per claim (its first place), for tables that list claims rather than places."""
    return table.drop_duplicates("claim_id", keep="first")


def source_type_name(value: str) -> str:
    return SOURCE_TYPE_NAMES.get(value, value)


def incident_type_name(value: str) -> str:
    return INCIDENT_TYPE_NAMES.get(value, value)


@dataclass(frozen=True)
class Loaded:
    """A dataset directory taken all the way to the claim table, with every problem found."""

    dataset: Dataset
    gazetteer: Gazetteer
    table: pd.DataFrame
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def load(data: str | Path | None = None, *, gazetteer_path: str | Path | None = None,
         extra_files: tuple[Path, ...] = ()) -> Loaded:
    """reports -> claims -> geocoded -> labelled: everything before filtering."""
    ds = load_dataset(data, extra_files=extra_files)
    gazetteer, gaz_problems = load_gazetteer(Path(gazetteer_path) if gazetteer_path else None)
    table, geo_problems = build_table(ds, gazetteer)
    problems = tuple(ds.problems) + tuple(gaz_problems) + tuple(geo_problems)
    return Loaded(ds, gazetteer, table, problems)
