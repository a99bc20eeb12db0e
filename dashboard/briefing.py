"""What a briefing view says beside the map: its title, when it was made, and one event's
figures laid out claimant by claimant for a screenshot."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd

from dashboard import events
from dashboard.legend import label_mark

TITLE = "Claimed conflict incidents in Balochistan"
FIGURE_ROWS_AFTER = ("Claimant", "Source type", "Date")


def view_made(now: datetime | None = None) -> str:
    """'View made 2026-02-05 14:03 UTC': a screenshot says how old it is."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return f"View made {moment:%Y-%m-%d %H:%M} UTC"


def event_sheet(table: pd.DataFrame, event_id: str) -> pd.DataFrame:
    """One column per claim of the event and one row per kind of figure: every claimant's
    figures side by side, never summed. Rows read claimant, source type, date, figures, label,
    report; a claimant with two claims gets two columns, told apart by date."""
    wide = events.compare(table, event_id)
    if wide.empty:
        return pd.DataFrame()
    wide = wide.assign(Label=wide["Label"].map(label_mark))
    heads = wide["Claimant"].astype(str)
    repeated = heads.duplicated(keep=False)
    heads = heads.where(~repeated, heads + " (" + wide["Date"].astype(str) + ")")
    # Unique column names even if claimant and date both repeat.
    heads = heads.where(~heads.duplicated(keep=False), heads + " · " + wide["Claim"].astype(str))
    sheet = wide.drop(columns=["Claimant", "Claim"]).T
    sheet.columns = list(heads)
    sheet.index.name = "Claimant"
    return sheet
