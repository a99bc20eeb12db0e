"""`python -m dashboard reviewer add` and `python -m dashboard review add`: the review loop
without a browser, on the same core as the review page."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from dashboard.curation.archive import draft_from_upload
from dashboard.curation.reviewers import ReviewerError, add_reviewer, known_reviewers
from dashboard.curation.workbench import ReviewError, Workbench
from dashboard.dataset import data_dir
from dashboard.extract.text import InputError


def main_reviewer_add(name: str, *, password_stdin: bool = False) -> int:
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"Password for reviewer {name}: ")
        if getpass.getpass("Again: ") != password:
            print("the two passwords differ; nothing stored", file=sys.stderr)
            return 1
    try:
        path = add_reviewer(name, password)
    except ReviewerError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"reviewer {name.strip()} stored in {path} (argon2 hash, readable by this account "
          "only)", file=sys.stderr)
    return 0


def main_review_add(file: str, *, reviewer: str, url: str | None = None,
                    published: str | None = None, outlet: str | None = None,
                    title: str | None = None, accept: str | None = None,
                    data: str | None = None) -> int:
    """Archive one report, extract its candidates, accept some or all, print what happened."""
    if reviewer not in known_reviewers():
        print(f"{reviewer!r} is not a reviewer; add one with `python -m dashboard reviewer add "
              "NAME`", file=sys.stderr)
        return 2
    path = Path(file)
    try:
        draft = draft_from_upload(path.name, path.read_bytes())
    except (OSError, InputError) as exc:
        print(f"{file}: {exc}", file=sys.stderr)
        return 1
    changes = {k: v for k, v in (("url", url), ("published", published), ("outlet", outlet),
                                 ("title", title)) if v}
    if published:
        changes["published_basis"] = "given on the command line (--published)"
    if outlet:
        changes["outlet_basis"] = "given on the command line (--outlet)"
    draft = draft.with_(**changes)
    bench = Workbench(data_dir(data), reviewer)
    try:
        under = bench.add_report(draft)
    except (ReviewError, InputError) as exc:
        print(f"{file}: {exc}", file=sys.stderr)
        return 1
    state = "already in the dataset (same text)" if under.duplicate else "added"
    print(f"report {under.report_id} {state}; {len(under.candidates)} candidate claims")
    wanted = {c.id for c in under.candidates} if accept == "all" else set(
        filter(None, (accept or "").split(",")))
    unknown = wanted - {c.id for c in under.candidates}
    failed = bool(unknown)
    for cid in sorted(unknown):
        print(f"--accept: no candidate {cid!r}", file=sys.stderr)
    for cand in under.candidates:
        line = (f"  {cand.id} [{cand.status}] {cand.values['claimant']}: "
                f"{cand.values['incident_type']}, {cand.values['date']}; "
                + "; ".join(bench.figures_of(cand)))
        if cand.id in wanted and cand.status == "pending":
            try:
                done = bench.accept(under, cand)
                line += f" -> accepted as {done.claim_id} ({done.label.label})"
            except ReviewError as exc:
                failed = True
                line += f" -> not accepted: {exc}"
        print(line)
    return 1 if failed else 0
