"""Geocoding: every place a claim names, resolved through the gazetteer or kept unresolved.

The step between reading the dataset (dataset.py) and labelling (labels.py) on the way to the
claim table (table.py). A mention is never guessed: one the gazetteer cannot resolve is kept,
with a warning and the closest names, and is never drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.gazetteer import Gazetteer, Resolution
from dashboard.models import Claim, Dataset, Place, PlaceMention, Problem


@dataclass(frozen=True)
class Geocoded:
    """A claim with one resolution per place it names, in the same order."""

    claim: Claim
    resolutions: tuple[Resolution, ...]


def geocode(ds: Dataset, gazetteer: Gazetteer) -> tuple[list[Geocoded], list[Problem]]:
    """Resolve every place mention; unresolved ones are reported and kept, never guessed.

    Resolutions are memoised per distinct mention within a call: imported datasets repeat a few
    thousand place names across a hundred thousand claims, and resolving is deterministic.
    """
    out: list[Geocoded] = []
    problems: list[Problem] = []
    memo: dict[PlaceMention, Resolution] = {}
    for claim in ds.claims:
        resolutions = []
        for i, mention in enumerate(claim.places):
            res = memo.get(mention)
            if res is None:
                res = _resolve(mention, gazetteer)
                memo[mention] = res
            if res.place is None:
                if mention.place_id:
                    problems.append(Problem(claim.file, claim.line, f"places[{i}].place_id",
                                            f"{mention.place_id!r} is not in the gazetteer"))
                hint = ", ".join(f"{pid} ({score:.0f})" for pid, score in res.suggestions[:3])
                problems.append(Problem(
                    claim.file, claim.line, f"places[{i}]",
                    f"{mention.mention!r} is not in the gazetteer; kept unresolved"
                    + (f" (closest: {hint})" if hint else ""), "warning"))
            resolutions.append(res)
        out.append(Geocoded(claim, tuple(resolutions)))
    return out, problems


def _resolve(mention: PlaceMention, gazetteer: Gazetteer) -> Resolution:
    if mention.lat is not None and mention.lon is not None and not mention.place_id:
        return _own_coordinates(mention)
    if mention.place_id:
        place = gazetteer.get(mention.place_id)
        return Resolution(mention.mention, place, "id" if place else "unresolved",
                          100.0 if place else 0.0)
    return gazetteer.resolve(mention.mention)


def _own_coordinates(mention: PlaceMention) -> Resolution:
    """A dataset record's own coordinates, at the precision the dataset states for them."""
    place = Place(id="", name=mention.mention, kind="locality",
                  geo_precision=mention.geo_precision or "point", lat=mention.lat,
                  lon=mention.lon, district=None, province=None, country="",
                  source=mention.note)
    return Resolution(mention.mention, place, "coordinates", 100.0)
