"""The review page (`/review`, only with `serve --review`): a signed-in reviewer brings a report
in, checks the extractor's candidate claims against the highlighted text, edits, accepts,
rejects or merges them, picks their events and overrides labels. Every save goes through
dashboard.curation.workbench; this file only draws widgets and reads them back.

Everything a report or a reviewer typed is shown as text: plain st.text, dataframes, or the
escaped HTML of dashboard.curation.highlight. Nothing from an upload is rendered as markup.
"""

from __future__ import annotations

import math
from urllib.parse import quote

import pandas as pd
import streamlit as st

from dashboard.curation.archive import (
    MAX_UPLOAD_BYTES,
    ReportDraft,
    draft_from_text,
    draft_from_upload,
)
from dashboard.curation.candidates import Candidate, MergeError, spans
from dashboard.curation.highlight import legend_html, marked_text
from dashboard.curation.reviewers import ReviewerError, SignInGuard, check_name
from dashboard.curation.workbench import ReportUnderReview, ReviewError, Workbench
from dashboard.extract.text import InputError
from dashboard.models import (
    FIGURE_CATEGORIES,
    FIGURE_WHO,
    INCIDENT_TYPE_NAMES,
    INCIDENT_TYPES,
    LABELS,
    QUALIFIERS,
    SOURCE_TYPE_NAMES,
    SOURCE_TYPES,
    Dataset,
)
from dashboard.ui.panels import verbatim

NEW = "__new__"
UNRESOLVED = "__unresolved__"
REMOVE = "__remove__"


@st.cache_resource
def _guard() -> SignInGuard:
    # One per server process: failures count across sessions, so a new tab does not reset them.
    return SignInGuard()


def _signed_in(header: str | None) -> str | None:
    if header:
        value = st.context.headers.get(header)
        if not value:
            st.error(f"This server takes reviewers from the {header} header of an "
                     "authenticating proxy, and this request has none.")
            return None
        try:
            return check_name(value)
        except ReviewerError as exc:
            st.error(verbatim(str(exc)))
            return None
    if st.session_state.get("reviewer"):
        return str(st.session_state["reviewer"])
    st.subheader("Sign in to review")
    with st.form("sign_in"):
        name = st.text_input("Reviewer", key="sign_in_name")
        password = st.text_input("Password", type="password", key="sign_in_password")
        go = st.form_submit_button("Sign in")
    if go:
        who = _guard().sign_in(name, password, client=str(st.context.ip_address or "this machine"))
        if who:
            st.session_state["reviewer"] = who
            st.rerun()
        st.error("Wrong name or password. Each failed attempt makes the next one wait longer.")
    return None


def page(directory: str, header: str | None = None) -> None:
    st.title("Review: reports in, claims checked")
    reviewer = _signed_in(header)
    if reviewer is None:
        return
    with st.sidebar:
        st.text(f"Signed in as {reviewer}")
        if not header and st.button("Sign out"):
            for k in ("reviewer", "under", "draft"):
                st.session_state.pop(k, None)
            st.rerun()
    bench = Workbench(directory, reviewer)
    for kind, message in st.session_state.pop("flash", []):
        (st.success if kind == "ok" else st.error)(verbatim(message))
    under: ReportUnderReview | None = st.session_state.get("under")
    if under is None:
        _report_in(bench)
    else:
        if st.button("Bring in another report"):
            st.session_state.pop("under", None)
            st.session_state.pop("draft", None)
            st.rerun()
        _review(bench, under)
    _override(bench)


def _flash(kind: str, message: str) -> None:
    st.session_state.setdefault("flash", []).append((kind, message))


# --------------------------------------------------------------------------- report in


def _report_in(bench: Workbench) -> None:
    st.subheader("1. Bring in a report")
    how = st.radio("From", ["Upload a saved page (.html) or a text file", "Paste the text"],
                   key="report_from", horizontal=True)
    draft: ReportDraft | None = st.session_state.get("draft")
    try:
        if how.startswith("Upload"):
            up = st.file_uploader(f"Report file (.html, .htm or .txt, at most "
                                  f"{MAX_UPLOAD_BYTES // 1_000_000} MB)",
                                  type=["html", "htm", "txt"], key="report_file")
            if up is not None and st.button("Read the file"):
                if up.size > MAX_UPLOAD_BYTES:
                    raise InputError(f"{up.name}: larger than {MAX_UPLOAD_BYTES:,} bytes")
                draft = draft_from_upload(up.name, up.getvalue())
        else:
            pasted = st.text_area("Report text", height=220, key="report_paste")
            if st.button("Read the text"):
                draft = draft_from_text(pasted)
    except InputError as exc:
        st.error(verbatim(str(exc)))
        return
    if draft is None:
        return
    st.session_state["draft"] = draft
    st.subheader("2. Confirm or correct what was read")
    st.caption("From an HTML page these come from the page's own metadata; check each one.")
    with st.form("report_fields"):
        title = st.text_input("Title (our own description is fine)", draft.title)
        outlet = st.text_input("Outlet", draft.outlet)
        url = st.text_input("URL", draft.url)
        published = st.text_input("Published (2026-03-04, 2026-03, 2026 or unknown)",
                                  draft.published)
        basis = st.text_input("How the publication date is known", draft.published_basis)
        st.text_area("Text to archive (read-only here)", draft.text, height=160, disabled=True)
        go = st.form_submit_button("Add the report and extract its claims")
    if go:
        draft = draft.with_(title=title, outlet=outlet, url=url, published=published.strip(),
                            published_basis=basis,
                            outlet_basis=draft.outlet_basis if outlet == draft.outlet else "")
        try:
            under = bench.add_report(draft)
        except (ReviewError, InputError) as exc:
            st.error(verbatim(f"Not added: {exc}"))
            return
        st.session_state["under"] = under
        st.session_state.pop("draft", None)
        if under.duplicate:
            _flash("ok", f"This text is already in the dataset as report {under.report_id} "
                         f"(added by {under.added_by or 'hand curation'}); reopened it.")
        else:
            _flash("ok", f"Report {under.report_id} archived; "
                         f"{len(under.candidates)} candidate claims.")
        st.rerun()


# --------------------------------------------------------------------------- review


def _label(under: ReportUnderReview, c: Candidate) -> str:
    # Only what never changes while the candidate is edited: a label that changed would make
    # Streamlit treat the radio as a new widget and drop the reviewer's pick.
    lo, hi = c.evidence
    start = " ".join(under.text[lo:hi].split())
    # radio labels are read as Markdown: the report's words must stay words
    return verbatim(f"{c.id} · {start[:70]}{'…' if len(start) > 70 else ''}")


def _review(bench: Workbench, under: ReportUnderReview) -> None:
    st.subheader(f"Report {under.report_id}")
    if under.duplicate:
        st.info("The same text was added before: decisions already taken are kept.")
    # merged-away candidates are hidden, except those reopened with the claim they became
    shown = [c for c in under.candidates if c.status != "merged" or c.claim_id]
    for warning in under.result.get("warnings") or []:
        st.warning(verbatim(warning))
    if not shown:
        st.warning("The extractor found no candidate claim in this text.")
        return
    left, right = st.columns([3, 2])
    with right:
        st.markdown("**Candidate claims** (click one to see its evidence)")
        pick = st.radio("Candidate", [c.id for c in shown], key=f"pick:{under.report_id}",
                        format_func=lambda cid: _label(under, under.candidate(cid)),
                        label_visibility="collapsed")
        cand = under.candidate(pick)
        st.dataframe(pd.DataFrame(
            [{"Candidate": c.id, "Status": c.status, "Claimant": c.values["claimant"],
              "Incident": c.values["incident_type"], "Saved as": c.claim_id or "—"}
             for c in shown]), hide_index=True, width="stretch",
            key=f"status:{under.report_id}")
        st.markdown("**Extractor's confidence, lowest first**")
        st.dataframe(pd.DataFrame(
            [{"Field": f, "Confidence": _level(c), "Cue": c["cue"]}
             for f, c in cand.low_first()]),
            hide_index=True, width="stretch", key=f"conf:{under.report_id}:{cand.id}")
        st.caption("Beside each level: how many fields decided by cues of the same kind were "
                   "right, of those checked on real published reports no rule was tuned on. "
                   "Low fields come first, the least often right first.")
        weighed = cand.confidence["claimant"].get("evidence") or []
        if len(weighed) > 1:
            # why this claimant and not another: every cue the extractor found, deciding first
            st.caption(verbatim("Claimant cues weighed, deciding first: "
                                + " | ".join(f"{i}. {e}" for i, e in enumerate(weighed, 1))))
        if cand.claim_id:
            st.markdown(f"[History of {verbatim(cand.claim_id)}]"
                        f"(history?claim={quote(cand.claim_id)})")
    with left:
        st.html(legend_html())
        st.html(marked_text(under.text, spans(under.result, under.text, under.candidates),
                            cand.evidence))
    if cand.status == "pending":
        _editor(bench, under, cand)
    _merge(bench, under)


def _options_claimant(bench: Workbench, ds: Dataset, current: str) -> list[str]:
    ids = list(ds.claimants)
    extra = [cid for cid in bench.register if cid not in ds.claimants]
    opts = [current] + [i for i in ids + extra if i != current]
    return [*opts, NEW]


def _editor(bench: Workbench, under: ReportUnderReview, cand: Candidate) -> None:
    key = f"{under.report_id}:{cand.id}"
    ds = bench.dataset()
    names = {cid: c.name for cid, c in ds.claimants.items()}
    names.update({cid: d.name for cid, d in bench.register.items() if cid not in names})
    st.subheader(f"Check {cand.id}")
    v = dict(cand.values)
    c1, c2 = st.columns(2)
    with c1:
        who = st.selectbox("Claimant", _options_claimant(bench, ds, v["claimant"]),
                           help=_confidence(cand, "claimant"),
                           key=f"{key}:claimant",
                           format_func=lambda i: "Create a new claimant…" if i == NEW
                           else f"{names.get(i, i)} ({i})")
        new_claimant = None
        if who == NEW:
            n = st.text_input("New claimant's name", key=f"{key}:new_name")
            t = st.selectbox("Source type", SOURCE_TYPES, key=f"{key}:new_type",
                             format_func=lambda s: SOURCE_TYPE_NAMES[s])
            o = st.text_input("Organisation (claimants of one body never corroborate each "
                              "other)", key=f"{key}:new_org")
            if n.strip():
                try:
                    new_claimant = bench.new_claimant(n, t, o)
                except ReviewError as exc:
                    st.error(verbatim(f"New claimant: {exc}"))
        else:
            v["claimant"] = who
        v["incident_type"] = st.selectbox(
            "Incident type", INCIDENT_TYPES, index=INCIDENT_TYPES.index(v["incident_type"]),
            help=_confidence(cand, "incident_type"),
            key=f"{key}:incident", format_func=lambda i: INCIDENT_TYPE_NAMES[i])
        v["date"] = st.text_input("Date (2026-03-03, 2026-03-01/2026-03-03, 2026-03, unknown)",
                                  v["date"], key=f"{key}:date", help=_confidence(cand, "date"))
        v["date_basis"] = st.text_input("How the date is known", v["date_basis"],
                                        key=f"{key}:date_basis")
    with c2:
        v["places"] = _places(bench, key, v["places"])
        st.caption(_confidence(cand, "places"))
    v["figures"] = _figures(key, v["figures"])
    st.caption(_confidence(cand, "figures"))
    v["summary"] = st.text_area("Summary, in our own words", v["summary"], key=f"{key}:summary")
    cand.values = v
    if new_claimant is not None:
        cand.values["claimant"] = new_claimant["id"]

    st.markdown("**Which event does it describe?**")
    suggestions = bench.suggest_events(cand, ds)
    options = [s.event_id for s in suggestions] + ["", NEW, *[
        e for e in ds.events if e not in {s.event_id for s in suggestions}]]
    titles = {e: ds.events[e].title for e in ds.events}
    # Keyed by the suggestions too: when an edit brings new suggestions, the pick starts again
    # from the best one instead of keeping "no event" chosen before they existed.
    sig = ",".join(s.event_id for s in suggestions)
    choice = st.selectbox("Event", options, key=f"{key}:event:{sig}",
                          format_func=lambda e: "A new event…" if e == NEW else
                          "No event (a claim of its own)" if e == "" else
                          f"{'Suggested: ' if e in {s.event_id for s in suggestions} else ''}"
                          f"{titles.get(e, e)}")
    for s in suggestions:
        if s.event_id == choice:
            st.caption(verbatim(f"Suggested because: {s.why}. Other claimants' figures:"))
            st.dataframe(pd.DataFrame(s.claims), hide_index=True, width="stretch",
                         key=f"{key}:side:{s.event_id}")
    new_event = None
    if choice == NEW:
        new_event = {"title": st.text_input("New event's title", key=f"{key}:ev_title"),
                     "summary": st.text_area("New event's summary, in our own words",
                                             key=f"{key}:ev_summary")}
    a, r = st.columns(2)
    with a:
        if st.button("Accept", key=f"{key}:accept", type="primary"):
            if who == NEW and new_claimant is None:
                st.error("Claimant: give the new claimant's name, source type and organisation")
            else:
                try:
                    existing = choice if choice not in (NEW, "") else None
                    done = bench.accept(under, cand, event_id=existing,
                                        new_event=new_event, claimant=new_claimant)
                except ReviewError as exc:
                    st.error(verbatim(f"Not saved: {exc}"))
                else:
                    moved = "; ".join(f"{k}: {b} → {a}" for k, (b, a) in done.relabelled.items())
                    _flash("ok", f"Saved {done.claim_id} ({done.label.label}: "
                                 f"{done.label.reason})" + (f". Relabelled: {moved}" if moved
                                                            else ""))
                    st.rerun()
    with r:
        reason = st.text_input("Reason to reject", key=f"{key}:reject_reason")
        if st.button("Reject", key=f"{key}:reject"):
            try:
                bench.reject(under, cand, reason)
            except ReviewError as exc:
                st.error(verbatim(f"Not rejected: {exc}"))
            else:
                _flash("ok", f"Rejected {cand.id}: {reason}")
                st.rerun()


def _level(c: dict) -> str:
    """'high · 210/211': the level and how often cues of its kind were right on real reports
    (what the level rests on); the level alone where that was never measured."""
    r = c.get("record")
    return f"{c['level']} · {r['right']}/{r['fields']}" if r else c["level"]


def _confidence(cand: Candidate, name: str) -> str:
    c = cand.confidence[name]
    return verbatim(f"Extractor's confidence: {c['level']} ({c['cue']})")


def _places(bench: Workbench, key: str, places: list[dict]) -> list[dict]:
    gaz = bench.gazetteer
    everything = sorted(gaz.places, key=lambda p: gaz.places[p].name)
    out: list[dict] = []
    st.markdown("**Places** (as the report wrote them)")
    for i, p in enumerate(places):
        suggested = [pid for pid, _ in gaz.resolve(p["mention"]).suggestions]
        first = [p["place_id"]] if p.get("place_id") else [UNRESOLVED]
        opts = list(dict.fromkeys(first + suggested + [UNRESOLVED, REMOVE] + everything))
        pick = st.selectbox(
            verbatim(f"“{p['mention']}”"), opts, key=f"{key}:place:{i}",
            format_func=lambda pid, suggested=suggested:
            "Leave unresolved" if pid == UNRESOLVED else
            "Remove this place" if pid == REMOVE else
            f"{gaz.places[pid].name} ({gaz.places[pid].geo_precision}"
            f"{', ' + gaz.places[pid].district if gaz.places[pid].district else ''})"
            + (" · close match" if pid in suggested else ""))
        if pick != REMOVE:
            out.append({"mention": p["mention"], "place_id": None if pick == UNRESOLVED
                        else pick})
    added = st.multiselect("Add places from the gazetteer", everything, key=f"{key}:add_places",
                           format_func=lambda pid: gaz.places[pid].name)
    out += [{"mention": gaz.places[pid].name, "place_id": pid} for pid in added]
    return out


def _figures(key: str, figures: list[dict]) -> list[dict]:
    st.markdown("**Figures** (one row each; raw is the figure as printed)")
    frame = pd.DataFrame(figures, columns=["count", "raw", "category", "who", "qualifier"])
    edited = st.data_editor(
        frame, num_rows="dynamic", hide_index=True, width="stretch", key=f"{key}:figures",
        column_config={
            "count": st.column_config.NumberColumn("Count", min_value=0, step=1),
            "raw": st.column_config.TextColumn("Raw"),
            "category": st.column_config.SelectboxColumn("Category", options=FIGURE_CATEGORIES),
            "who": st.column_config.SelectboxColumn("Who", options=FIGURE_WHO),
            "qualifier": st.column_config.SelectboxColumn("Qualifier", options=QUALIFIERS),
        })
    out = []
    for row in edited.to_dict("records"):
        count = row.get("count")
        if count is None or (isinstance(count, float) and math.isnan(count)):
            count = None
        else:
            count = int(count)
        if any(row.get(k) not in (None, "") for k in ("raw", "category", "qualifier")):
            out.append({"count": count, "raw": str(row.get("raw") or ""),
                        "category": row.get("category"), "who": row.get("who") or "unspecified",
                        "qualifier": row.get("qualifier")})
    return out


def _merge(bench: Workbench, under: ReportUnderReview) -> None:
    pending = [c.id for c in under.candidates if c.status == "pending"]
    if len(pending) < 2:
        return
    with st.expander("Merge two candidates into one claim"):
        two = st.multiselect("Candidates", pending, max_selections=2,
                             key=f"{under.report_id}:merge")
        if st.button("Merge", key=f"{under.report_id}:merge_go", disabled=len(two) != 2):
            try:
                merged = bench.merge(under, under.candidate(two[0]), under.candidate(two[1]))
            except MergeError as exc:
                st.error(verbatim(f"Not merged: {exc}"))
            else:
                st.session_state[f"pick:{under.report_id}"] = merged.id
                _flash("ok", f"Merged into {merged.id}")
                st.rerun()


def _override(bench: Workbench) -> None:
    with st.expander("Analyst override of a claim's label (needs its evidence)"):
        with st.form("override"):
            claim = st.text_input("Claim id")
            label = st.selectbox("Label", LABELS)
            reason = st.text_input("Reason")
            evidence = st.text_area("Evidence: what was checked, where, by whom")
            go = st.form_submit_button("Save the override")
        if go:
            try:
                after = bench.override(claim.strip(), label, reason, evidence)
            except ReviewError as exc:
                st.error(verbatim(f"Not saved: {exc}"))
            else:
                st.success(verbatim(f"{claim.strip()} is now {after.label}"))
