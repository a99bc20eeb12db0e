"""Events: several claims about one incident, compared side by side and never summed."""

from __future__ import annotations

import pandas as pd

from dashboard.figures import short
from dashboard.models import SOURCE_TYPE_NAMES, Figure
from dashboard.table import claims_of


def compare(table: pd.DataFrame, event_id: str) -> pd.DataFrame:
    """One row per claim of the event, one column per figure kind (category + who)."""
    rows = claims_of(table[table["event_id"] == event_id]).sort_values("date_start")
    records = []
    columns: list[str] = []
    for r in rows.itertuples(index=False):
        rec = {
            "Claimant": r.claimant,
            "Source type": SOURCE_TYPE_NAMES.get(r.source_type, r.source_type),
            "Date": r.date_label,
            "Label": r.label,
        }
        for f in r.figures:
            who = f["who"].replace("_", " ")
            col = f"{f['category']} ({who})" if who != "unspecified" else f["category"]
            fig = Figure(f["raw"], f["count"], f["category"], f["who"], f["qualifier"])
            value = short(fig)
            rec[col] = f"{rec[col]}; {value}" if col in rec else value
            if col not in columns:
                columns.append(col)
        rec["Report"] = r.report
        rec["Claim"] = r.claim_id
        records.append(rec)
    order = ["Claimant", "Source type", "Date", *columns, "Label", "Report", "Claim"]
    return pd.DataFrame(records, columns=order).fillna("—")
