"""The claim table: one row per claim-place, geocoded and labelled, ready to filter and draw.

This is the one flat shape every later step reads (filters, map, tables, exports), built once per
dataset. A claim naming five districts gives five rows sharing a claim_id; a claim whose place is
province- or country-wide gives a row with no coordinates, so it can never be drawn at a town.
"""

from __future__ import annotations

import pandas as pd

from dashboard.gazetteer import Resolution
from dashboard.geocode import Geocoded
from dashboard.models import (
    INCIDENT_TYPE_NAMES,
    MAPPED_GEO_PRECISIONS,
    SOURCE_TYPE_NAMES,
    Dataset,
    Label,
)

COLUMNS = [
    "claim_id", "event_id", "event", "report_id", "report", "outlet", "claimant_id", "claimant",
    "source_type", "organisation", "incident_type", "place_mention", "place_id", "place",
    "district", "province", "geo_precision", "lat", "lon", "mapped", "place_index", "n_places",
    "all_places", "date_start", "date_end", "time_precision", "date_text", "date_label",
    "date_basis", "figures", "figures_text", "label", "label_reason", "summary",
    "review_status", "passage",
]


def build_table(ds: Dataset, geocoded: list[Geocoded],
                labels: dict[str, Label]) -> pd.DataFrame:
    """Flatten geocoded, labelled claims into the claim table.

    Built column by column, with every text derived once per distinct value (dates, figures,
    places): at 100,000 claims a dict per row and a describe() per row cost seconds.
    """
    cols: dict[str, list] = {c: [] for c in COLUMNS}
    date_words: dict[object, tuple] = {}
    figure_words: dict[tuple, tuple] = {}
    place_cols: dict[Resolution, tuple] = {}
    shared: dict[tuple, list] = {}
    per_claim = ("claim_id", "event_id", "event", "report_id", "report", "outlet",
                 "claimant_id", "claimant", "source_type", "organisation", "incident_type",
                 "n_places", "all_places", "date_start", "date_end", "time_precision",
                 "date_text", "date_label", "date_basis", "figures", "figures_text", "label",
                 "label_reason", "summary", "review_status", "passage")
    per_place = ("place_mention", "place_id", "place", "district", "province",
                 "geo_precision", "lat", "lon", "mapped")
    claim_lists = [cols[k] for k in per_claim]
    place_lists = [cols[k] for k in per_place]
    index_list = cols["place_index"]
    for g in geocoded:
        c = g.claim
        claimant = ds.claimants[c.claimant_id]
        report = ds.reports[c.report_id]
        event = ds.events.get(c.event_id) if c.event_id else None
        label = labels[c.id]
        dated = date_words.get(c.date)
        if dated is None:
            dated = (pd.Timestamp(c.date.start) if c.date.start else pd.NaT,
                     pd.Timestamp(c.date.end) if c.date.end else pd.NaT,
                     c.date.precision, c.date.text, c.date.describe())
            date_words[c.date] = dated
        figs = figure_words.get(c.figures)
        if figs is None:
            figs = ([{"count": f.count, "raw": f.raw, "category": f.category, "who": f.who,
                      "qualifier": f.qualifier, "note": f.note} for f in c.figures],
                    "; ".join(f.describe() for f in c.figures))
            figure_words[c.figures] = figs
        names = [r.place.name if r.place else f"{r.mention} (unresolved)" for r in g.resolutions]
        # one list object per distinct value: the table's memory and its pickle stay small
        names = shared.setdefault(("places", *names), names)
        passage = shared.setdefault(("passage", *c.passage), list(c.passage))
        values = (c.id, c.event_id, event.title if event else None, c.report_id, report.title,
                  report.outlet, c.claimant_id, claimant.name, claimant.source_type,
                  claimant.organisation, c.incident_type, len(g.resolutions), names,
                  dated[0], dated[1], dated[2], dated[3], dated[4], c.date_basis, figs[0],
                  figs[1], label.label, label.reason, c.summary, c.review_status,
                  passage)
        for i, res in enumerate(g.resolutions):
            for column, value in zip(claim_lists, values, strict=True):
                column.append(value)
            placed = place_cols.get(res)
            if placed is None:
                placed = _place_columns(res)
                place_cols[res] = placed
            for column, value in zip(place_lists, placed, strict=True):
                column.append(value)
            index_list.append(i)
    table = pd.DataFrame(cols, columns=COLUMNS)
    for col in ("date_start", "date_end"):
        table[col] = pd.to_datetime(table[col])
    for col in ("lat", "lon"):
        table[col] = pd.to_numeric(table[col])
    # An empty table (every claim rejected) would make "mapped" float, and `table[~mapped]`
    # then selects columns instead of rows: the page lost every column and failed.
    table["mapped"] = table["mapped"].astype(bool)
    return table


def _place_columns(res: Resolution) -> tuple:
    p = res.place
    precision = p.geo_precision if p else "unresolved"
    drawn = bool(p and precision in MAPPED_GEO_PRECISIONS)
    return (res.mention, (p.id or None) if p else None, p.name if p else res.mention,
            p.district if p else None, p.province if p else None, precision,
            p.lat if drawn else None, p.lon if drawn else None,  # type: ignore[union-attr]
            bool(drawn and p.lat is not None and p.lon is not None))  # type: ignore[union-attr]


def claims_of(table: pd.DataFrame) -> pd.DataFrame:
    """One row per claim (its first place), for tables that list claims rather than places."""
    return table.drop_duplicates("claim_id", keep="first")


def source_type_name(value: str) -> str:
    return SOURCE_TYPE_NAMES.get(value, value)


def incident_type_name(value: str) -> str:
    return INCIDENT_TYPE_NAMES.get(value, value)
