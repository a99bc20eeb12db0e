"""Small claim sets built in code, for tests of the rules (labels, filters, events).

As datasette builds its fixture database in code, a rule test here states exactly the claims
the rule needs, so it tests the rule and not data/: an edit to the curated dataset can break a
data test (tests/unit/test_dataset.py), never a rule test. Everything returned is the project's
own model objects, and a claim table is built by the real pipeline (``geocode``, then
``build_table``) over a three-place gazetteer built here too.

    ds = make_dataset(
        make_claim("a", CHIEF_MINISTER, event="e", figures=[make_figure(31, "civilians")]),
        make_claim("b", MILITARY, event="e", figures=[make_figure(36, "civilians")]),
    )
    labels = compute_labels(ds)          # or: table = make_table(ds)

The claimants are invented voices of each source type (two state voices share one
organisation, as ISPR and "the military" do); their names are not the curated dataset's.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pandas as pd

from dashboard.dates import parse_date
from dashboard.gazetteer import Gazetteer
from dashboard.geocode import geocode
from dashboard.labels import compute_labels
from dashboard.models import (
    Claim,
    Claimant,
    Dataset,
    DateSpan,
    Event,
    Figure,
    Override,
    Place,
    PlaceMention,
    Report,
)
from dashboard.table import build_table

# ---------------------------------------------------------------- claimants


def make_claimant(claimant_id: str, source_type: str, *, name: str | None = None,
                  organisation: str | None = None) -> Claimant:
    """A claimant; its organisation defaults to its own id (a voice of its own)."""
    return Claimant(claimant_id, name or claimant_id.replace("-", " ").title(), source_type,
                    organisation or claimant_id)


# Two voices of one organisation: they never dispute or corroborate each other.
PRESS_WING = make_claimant("press-wing", "state", name="Army Press Wing",
                           organisation="army")
MILITARY = make_claimant("military", "state", name="The Army", organisation="army")
CHIEF_MINISTER = make_claimant("chief-minister", "state", name="Provincial Chief Minister",
                               organisation="provincial-government")
FRONT = make_claimant("front", "armed_group", name="Liberation Front")
MOVEMENT = make_claimant("movement", "political", name="National Movement")
WATCH = make_claimant("watch", "rights_group", name="Rights Watch")
OUTLET = make_claimant("outlet", "media", name="Daily Outlet")
EVENT_DATA = make_claimant("event-data", "dataset", name="Event Dataset")
CLAIMANTS: tuple[Claimant, ...] = (PRESS_WING, MILITARY, CHIEF_MINISTER, FRONT, MOVEMENT, WATCH,
                                   OUTLET, EVENT_DATA)

# ---------------------------------------------------------------- places

QUETTA = Place("quetta", "Quetta", "town", "point", 30.18, 66.99, "Quetta", "Balochistan", "PK")
MASTUNG = Place("mastung-district", "Mastung District", "district", "district", 29.80, 66.85,
                "Mastung", "Balochistan", "PK", aliases=("Mastung",))
PROVINCE = Place("balochistan", "Balochistan", "province", "province", 27.5, 65.5, None,
                 "Balochistan", "PK")
PLACES: tuple[Place, ...] = (QUETTA, MASTUNG, PROVINCE)


def make_gazetteer(places: Iterable[Place] = PLACES) -> Gazetteer:
    return Gazetteer({p.id: p for p in places})


# ---------------------------------------------------------------- claims


def make_figure(count: int | None, who: str = "unspecified", category: str = "killed", *,
                qualifier: str = "exact", raw: str | None = None) -> Figure:
    """A claimed figure; ``raw`` (as printed) defaults to the count."""
    return Figure(raw if raw is not None else str(count), count, category, who, qualifier)


def make_date(text: str | None) -> DateSpan:
    """A date in the dataset's notation ("2026-01-31", "2026-01-29/2026-02-05", "2026-02",
    None for unknown), parsed by the dataset's own parser."""
    return parse_date(text)


def make_claim(claim_id: str, claimant: Claimant, *, event: str | None = None,
               figures: Iterable[Figure] = (), date: str | None = "2026-01-31",
               places: Iterable[str] = ("Quetta",), report: str = "r1",
               incident_type: str = "attack", derived_from: Iterable[str] = (),
               review_status: str = "reviewed", summary: str = "",
               sources: Iterable[str] = ()) -> Claim:
    return Claim(
        id=claim_id, report_id=report, claimant_id=claimant.id, incident_type=incident_type,
        places=tuple(PlaceMention(p) for p in places), date=make_date(date),
        figures=tuple(figures), summary=summary or f"claim {claim_id} by {claimant.name}",
        event_id=event, derived_from=tuple(derived_from), review_status=review_status,
        file="built-in-test", line=1, sources=tuple(sources))


def make_override(claim_id: str, label: str = "verified", *, reason: str = "checked",
                  evidence: str = "seen by the analyst", analyst: str = "A. Analyst"
                  ) -> Override:
    return Override(claim_id, label, reason, evidence, analyst)


def make_dataset(*claims: Claim, claimants: Iterable[Claimant] = CLAIMANTS,
                 overrides: Iterable[Override] = ()) -> Dataset:
    """A dataset holding ``claims``, with a report for every report id and an event for every
    event id they name (published 2026-02-03, titled after their ids)."""
    reports = {c.report_id: Report(c.report_id, f"Report {c.report_id}", "Daily Outlet",
                                   "masthead", DateSpan(date(2026, 2, 3), date(2026, 2, 3),
                                                        "day", "2026-02-03"), "dateline",
                                   None) for c in claims}
    events = {c.event_id: Event(c.event_id, f"Event {c.event_id}", "built for a test")
              for c in claims if c.event_id}
    return Dataset(reports=reports, claimants={c.id: c for c in claimants}, events=events,
                   claims=list(claims), overrides={o.claim_id: o for o in overrides})


def make_table(ds: Dataset, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """The claim table the real pipeline builds (geocoded, labelled, one row per place)."""
    geocoded, _ = geocode(ds, gazetteer or make_gazetteer())
    return build_table(ds, geocoded, compute_labels(ds))
