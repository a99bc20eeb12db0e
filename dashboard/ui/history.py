"""The claim history page (`/history?claim=ID`): read-only, open to every reader.

Shows what the core's curation.history gathers; every value goes out as plain text (st.text)
or in a table whose every cell is HTML-escaped (st.table would read its cells as Markdown).
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.curation.history import claim_history, describe_change, plain_table
from dashboard.ui.state import cached_load

# A claim's history page, relative to the reader page, up to the (URL-encoded) claim id: the
# claims table and the map's popups link there.
HISTORY_LINK = "history?claim="


def page(directory: str) -> None:
    st.title("Claim history")
    claim_id = st.query_params.get("claim", "")
    loaded = cached_load(directory)
    found = claim_history(Path(directory), loaded.dataset.claims, loaded.dataset.reports,
                          claim_id) if claim_id else None
    if found is None:
        st.info("No such claim in this dataset. Open a claim's history from the claims table "
                "on the map page.")
        st.text(f"Asked for: {claim_id[:200]}")
        return
    c, r = found.claim, found.report
    labels = loaded.table[loaded.table["claim_id"] == c.id]
    st.subheader("The claim")
    rows = [("Claim", c.id), ("Claimant", loaded.dataset.claimants[c.claimant_id].name),
            ("Incident type", c.incident_type), ("Date", c.date.describe()),
            ("Date basis", c.date_basis), ("Places", ", ".join(p.mention for p in c.places)),
            ("Figures", "; ".join(f.describe() for f in c.figures) or "none"),
            ("Summary", c.summary), ("Event", c.event_id or "none")]
    if not labels.empty:
        rows += [("Label", labels.iloc[0]["label"]), ("Why", labels.iloc[0]["label_reason"])]
    st.html(plain_table(["Field", "Value"], rows))
    st.subheader("The report and its provenance")
    if r is not None:
        prov = [("Report", r.id), ("Title", r.title), ("Outlet", r.outlet or "not known"),
                ("Published", f"{r.published.describe()} ({r.published.precision})"),
                ("Publication date basis", r.published_basis), ("URL", r.url or "none"),
                ("Retrieved at", r.retrieved_at or "not recorded"),
                ("SHA-256 of the text", r.sha256 or "not recorded"),
                ("Added by", r.added_by or "curated by hand")]
        st.html(plain_table(["Field", "Value"], prov))
    st.subheader("Source passage")
    st.caption(f"Read from the {found.text_source}.")
    for n, text in found.passage:
        st.text(f"¶{n}  {text}")
    if not found.passage:
        st.text("The passage is not available.")
    st.subheader("Every decision on record")
    if not found.entries:
        st.text("No review decisions recorded (a claim curated by hand before the review log).")
    table = []
    for e in found.entries:
        changes = e.get("changes") or {}
        what = "; ".join(f"{k}: {_before(v)} → {describe_change(v.get('after'))}"
                         for k, v in changes.items())
        extra = e.get("reason") or e.get("because") or ""
        table.append({"When (UTC)": e.get("at"), "Who": e.get("reviewer"),
                      "Action": e.get("action"), "Changes": what or "—",
                      "Reason / evidence": f"{extra} {e.get('evidence') or ''}".strip() or "—"})
    if table:
        st.html(plain_table(list(table[0]), [list(r.values()) for r in table]))


def _before(change: dict) -> str:
    """The value before a decision, saying when it was the extractor's proposal."""
    before = describe_change(change.get("before"))
    if "extractor" not in change:
        return before
    proposed = describe_change(change["extractor"])
    if change["extractor"] == change.get("before"):
        return f"extractor proposed {proposed}"
    return f"extractor proposed {proposed}, then {before}"
