"""The review core: provenance, duplicates, accept / edit / reject / merge, events, labels,
overrides, the audit log, concurrent writers and reviewer sign-in; on temp copies of data/."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from dashboard.curation import ledger
from dashboard.curation.archive import (
    ReportDraft,
    archive_path,
    draft_from_html,
    draft_from_text,
    draft_from_upload,
    sha256_of,
)
from dashboard.curation.candidates import NO_CONFIDENCE, Candidate, MergeError, from_extraction
from dashboard.curation.highlight import marked_text
from dashboard.curation.history import claim_history
from dashboard.curation.reviewers import ReviewerError, SignInGuard, add_reviewer
from dashboard.curation.workbench import ReviewError, Workbench
from dashboard.dataset import load_dataset
from dashboard.extract.text import InputError
from dashboard.labels import compute_labels
from tests.conftest import REPO

# A report written for these tests (not a real article).
REPORT = (
    "Officials said on Tuesday that security forces killed 6 militants during a raid close to "
    "Turbat in Kech district.\n\n"
    "In a statement the Balochistan Liberation Army said its fighters killed 9 soldiers near "
    "Turbat on Tuesday.\n\n"
    "Relatives said 2 students were abducted from Panjgur on Monday.\n"
)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(REPO / "data", target)
    return target


def _draft(text: str = REPORT) -> ReportDraft:
    return draft_from_text(text).with_(title="Test raid near Turbat", outlet="Test Daily",
                                       published="2026-03-04", url="https://example.org/r/1")


def _validate(data: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "dashboard", "validate", "--data", str(data)],
                         capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0, out.stdout + out.stderr


def test_report_archived_with_provenance(data: Path) -> None:
    wb = Workbench(data, "alice")
    under = wb.add_report(_draft())
    sha = sha256_of(REPORT)
    assert under.report_id == f"rep-{sha[:12]}" and not under.duplicate
    assert archive_path(data, sha).read_text() == REPORT
    rec = next(r for r in yaml.safe_load((data / "reports.yaml").read_text())
               if r["id"] == under.report_id)
    assert rec["sha256"] == sha and rec["added_by"] == "alice"
    assert rec["url"] == "https://example.org/r/1" and rec["outlet"] == "Test Daily"
    assert rec["published"] == "2026-03-04" and rec["published_basis"]
    assert rec["retrieved_at"].endswith("Z")
    # the curated file's comments survive the append
    assert (data / "reports.yaml").read_text().startswith("# The five seed reports")
    report = load_dataset(data).reports[under.report_id]
    assert report.sha256 == sha and report.published.precision == "day"
    _validate(data)


def test_same_text_twice_is_recognised(data: Path) -> None:
    wb = Workbench(data, "alice")
    first = wb.add_report(_draft())
    wb.accept(first, first.candidates[0])
    # the same text, re-saved with Windows line endings and trailing spaces, by someone else
    again = Workbench(data, "bob").add_report(_draft(REPORT.replace("\n", "  \r\n")))
    assert again.duplicate and again.report_id == first.report_id
    assert again.added_by == "alice"
    assert [c.status for c in again.candidates][:1] == ["accepted"]
    ids = [r["id"] for r in yaml.safe_load((data / "reports.yaml").read_text())]
    assert ids.count(first.report_id) == 1


def test_accept_edit_reject_write_valid_files_and_audit(data: Path) -> None:
    wb = Workbench(data, "alice")
    under = wb.add_report(_draft())
    x1, x2, x3 = under.candidates[:3]
    # The extractor's own confidence reaches the candidate, cue and all.
    claimant_conf = x1.confidence["claimant"]
    assert claimant_conf["level"] in ("high", "low") and claimant_conf["cue"] != NO_CONFIDENCE
    assert set(x1.confidence) >= {"claimant", "date", "places", "figures"}
    # ... with how often cues of its kind were right on real reports, where that was measured
    records = [c["record"] for c in x1.confidence.values() if c["record"]]
    assert records and all(0 < r["right"] <= r["fields"] and r["sets"] >= 1 for r in records)
    extracted_type = x1.values["incident_type"]
    x1.values["incident_type"] = "attack" if extracted_type != "attack" else "killing"
    x1.values["figures"][0]["qualifier"] = "at_least"
    done = wb.accept(under, x1)
    assert done.claim_id == f"{under.report_id}-x001" and done.label.label == "unverified"
    wb.reject(under, x3, "a family's account, kept for a later report")
    with pytest.raises(ReviewError, match="reason"):
        wb.reject(under, x2, "  ")
    with pytest.raises(ReviewError, match="already accepted"):
        wb.accept(under, x1)
    _validate(data)
    ds = load_dataset(data)
    claim = next(c for c in ds.claims if c.id == done.claim_id)
    assert claim.incident_type == x1.values["incident_type"]
    assert claim.figures[0].qualifier == "at_least" and claim.review_status == "reviewed"
    assert not any(c.id.endswith("-x003") and c.report_id == under.report_id
                   for c in ds.claims)
    log = ledger.read_audit(data)
    assert [e["action"] for e in log] == ["add_report", "edit+accept", "reject"]
    accept = log[1]
    assert accept["reviewer"] == "alice" and accept["claim"] == done.claim_id
    assert accept["changes"]["incident_type"] == {
        "extractor": extracted_type, "before": extracted_type,
        "after": x1.values["incident_type"]}
    assert accept["changes"]["figures"]["after"][0]["qualifier"] == "at_least"
    assert set(accept["changes"]) == {"incident_type", "figures"}
    assert log[2]["reason"].startswith("a family's") and log[2]["extractor"]["claimant"]


def test_bad_edit_is_refused_with_the_field_and_nothing_written(data: Path) -> None:
    wb = Workbench(data, "alice")
    under = wb.add_report(_draft())
    cand = under.candidates[0]
    before = (data / "claims.yaml").read_text()
    cand.values["date"] = "2026-05-01"  # after the report's publication
    with pytest.raises(ReviewError, match="date"):
        wb.accept(under, cand)
    cand.values["date"] = "2026-03-03"
    cand.values["figures"] = [{"raw": "22,6000", "count": 226000, "category": "killed",
                               "who": "militants", "qualifier": "exact"}]
    with pytest.raises(ReviewError, match="malformed"):
        wb.accept(under, cand)
    assert (data / "claims.yaml").read_text() == before
    assert cand.status == "pending"


def test_merge_two_candidates(data: Path) -> None:
    wb = Workbench(data, "alice")
    under = wb.add_report(_draft())
    x1, x2 = under.candidates[:2]
    if x1.values["claimant"] == x2.values["claimant"]:
        pytest.fail("the test report should give two claimants")
    with pytest.raises(MergeError, match="different claimants"):
        wb.merge(under, x1, x2)
    x2.values["claimant"] = x1.values["claimant"]
    merged = wb.merge(under, x1, x2)
    assert merged.id == "x001-x002" and x1.status == x2.status == "merged"
    assert len(merged.values["figures"]) == 2 and merged.passage == [1, 2]
    assert merged.extractor["claimant"] == [x1.extractor["claimant"], x2.extractor["claimant"]]
    done = wb.accept(under, merged)
    entry = ledger.history(data, done.claim_id)
    assert [e["action"] for e in entry] == ["merge", "accept"]
    assert entry[0]["merged"] == [f"{under.report_id}-x001", f"{under.report_id}-x002"]
    _validate(data)
    reopened = wb.add_report(_draft())
    assert [(c.status, c.claim_id) for c in reopened.candidates[:3]] == [
        ("merged", done.claim_id), ("merged", done.claim_id), ("pending", None)]


def test_events_suggested_and_labels_recomputed(data: Path) -> None:
    wb = Workbench(data, "alice")
    under = wb.add_report(_draft())
    x1, x2 = under.candidates[:2]
    x1.values["incident_type"] = x2.values["incident_type"] = "attack"
    x2.values["date"] = "2026-03-03"
    first = wb.accept(under, x1, new_event={"title": "Clash near Turbat",
                                            "summary": "Both sides give figures for one raid."})
    event_id = next(c.event_id for c in load_dataset(data).claims if c.id == first.claim_id)
    suggested = wb.suggest_events(x2)
    assert [s.event_id for s in suggested] == [event_id]
    assert "Kech" in suggested[0].why
    assert suggested[0].claims[0]["figures"].startswith("6 militants killed")
    second = wb.accept(under, x2, event_id=event_id)
    # an armed group's claim on the state's event: another source type describes it
    assert second.label.label == "corroborated"
    assert second.relabelled == {first.claim_id: ("unverified", "corroborated")}
    labels = compute_labels(load_dataset(data))
    assert labels[first.claim_id].label == "corroborated"
    relabel = [e for e in ledger.read_audit(data) if e["action"] == "relabel"]
    assert relabel[0]["claim"] == first.claim_id
    _validate(data)


def test_unrelated_event_not_suggested(data: Path) -> None:
    wb = Workbench(data, "alice")
    under = wb.add_report(_draft())
    x3 = under.candidates[2]  # Panjgur, an abduction: no event of the seed data fits
    assert wb.suggest_events(x3) == []


def test_override_needs_evidence_and_is_logged(data: Path) -> None:
    wb = Workbench(data, "alice")
    with pytest.raises(ReviewError, match="evidence"):
        wb.override("c-002-03", "verified", "checked", "")
    after = wb.override("c-002-03", "verified", "matches hospital lists",
                        "Lists from two hospitals, read by alice")
    assert after.label == "verified" and after.overridden
    with pytest.raises(ReviewError, match="already carries"):
        wb.override("c-002-03", "disputed", "x", "y")
    assert load_dataset(data).overrides["c-002-03"].evidence.startswith("Lists from")
    entry = ledger.history(data, "c-002-03")[-1]
    assert entry["action"] == "override" and entry["changes"]["label"]["after"] == "verified"
    assert entry["changes"]["label"]["before"] != "verified"
    _validate(data)


def test_new_claimant_created(data: Path) -> None:
    wb = Workbench(data, "alice")
    under = wb.add_report(_draft())
    new = wb.new_claimant("Kech traders' association", "political", "Kech traders")
    done = wb.accept(under, under.candidates[2], claimant=new)
    ds = load_dataset(data)
    claimant = ds.claimants[new["id"]]
    assert claimant.source_type == "political" and claimant.organisation == "kech-traders"
    assert next(c for c in ds.claims if c.id == done.claim_id).claimant_id == new["id"]
    with pytest.raises(ReviewError, match="source_type"):
        wb.new_claimant("Someone", "gossip")


WRITER = textwrap.dedent("""
    import sys
    from dashboard.curation.archive import draft_from_text
    from dashboard.curation.workbench import Workbench
    data, who, text = sys.argv[1], sys.argv[2], sys.argv[3]
    wb = Workbench(data, who)
    draft = draft_from_text(text).with_(title="Concurrent " + who, published="2026-03-04")
    under = wb.add_report(draft)
    for cand in under.candidates:
        wb.accept(under, cand)
    print(len(under.candidates))
""")


def test_two_writers_at_once_both_keep_their_work(data: Path) -> None:
    texts = {
        "alice": "Officials said security forces killed 5 militants near Turbat on Monday.\n",
        "bob": "Relatives said 4 students were abducted from Panjgur on Monday.\n",
    }
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(data), who, text],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for who, text in texts.items()]
    counts = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        counts.append(int(out.strip()))
    ds = load_dataset(data)
    for who, text in texts.items():
        rid = f"rep-{sha256_of(text)[:12]}"
        assert rid in ds.reports, who
        assert any(c.report_id == rid for c in ds.claims), who
    log = ledger.read_audit(data)
    assert {e["reviewer"] for e in log if e["action"] == "accept"} == {"alice", "bob"}
    assert sum(1 for e in log if e["action"] == "accept") == sum(counts)
    _validate(data)


def test_append_to_empty_flow_list(tmp_path: Path) -> None:
    path = tmp_path / "overrides.yaml"
    path.write_text("# comment kept\n[]\n")
    ledger.append_records(path, [{"claim": "a", "label": "verified"}])
    assert path.read_text().startswith("# comment kept\n")
    assert yaml.safe_load(path.read_text()) == [{"claim": "a", "label": "verified"}]
    path.write_text("[{id: a}]\n")
    with pytest.raises(ledger.LedgerError, match="block style"):
        ledger.append_records(path, [{"id": "b"}])


def test_html_page_read_by_trafilatura() -> None:
    page = (b"<html><head><title>Raid near Turbat | Test Daily</title>"
            b'<link rel="canonical" href="https://example.org/news/raid">'
            b'<meta property="og:site_name" content="Test Daily">'
            b'<meta property="og:title" content="Raid near Turbat">'
            b'<meta property="article:published_time" content="2026-03-04T08:00:00Z">'
            b"</head><body><nav>Home | World</nav><article><h1>Raid near Turbat</h1>"
            b"<p>Officials said on Tuesday that forces killed 6 militants near Turbat in "
            b"Kech district during a raid that lasted most of the night.</p>"
            b"<p>The BLA said in a statement that 9 soldiers were killed in the clash.</p>"
            b"<script>alert(1)</script></article><footer>Contact us</footer></body></html>")
    draft = draft_from_upload("raid.html", page)
    assert draft.url == "https://example.org/news/raid" and draft.outlet == "Test Daily"
    assert draft.published == "2026-03-04" and "trafilatura" in draft.published_basis
    assert "killed 6 militants" in draft.text and "alert" not in draft.text
    assert "Home | World" not in draft.text and "Contact us" not in draft.text
    with pytest.raises(InputError, match="limit"):
        draft_from_upload("big.html", b"x" * 3_000_000)
    with pytest.raises(InputError, match="only"):
        draft_from_upload("report.pdf", b"%PDF")
    with pytest.raises(InputError, match="no article text"):
        draft_from_html(b"<html><body></body></html>")


def test_marked_text_escapes_everything() -> None:
    text = "A <script>alert(1)</script> & <img src=x onerror=alert(2)> near Turbat.\nNext."
    claim = {"id": "x001", "claimant": "c", "incident_type": "attack",
             "evidence": {"start": 0, "end": len(text)}, "figures": []}
    from dashboard.curation.candidates import Span
    html = marked_text(text, [Span(text.index("Turbat"), text.index("Turbat") + 6, "place",
                                   'place: "><b>x')], (0, 10))
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html
    assert '"><b>' not in html and "&quot;&gt;&lt;b&gt;x" in html
    assert html.count("<p>") == 2
    assert from_extraction(claim).confidence["places"]["cue"] == NO_CONFIDENCE


def test_history_has_passage_and_entries(data: Path) -> None:
    wb = Workbench(data, "alice")
    under = wb.add_report(_draft())
    done = wb.accept(under, under.candidates[1])
    ds = load_dataset(data)
    h = claim_history(data, ds.claims, ds.reports, done.claim_id)
    assert h is not None and h.passage and h.passage[0][0] == 2
    assert "9 soldiers" in h.passage[0][1] and "archived copy" in h.text_source
    assert [e["action"] for e in h.entries] == ["accept"]


def test_sign_in_slowed_and_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "reviewers.json"
    add_reviewer("alice", "correct horse battery", path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert "correct horse" not in path.read_text()
    with pytest.raises(ReviewerError):
        add_reviewer("alice", "short", path)
    with pytest.raises(ReviewerError):
        add_reviewer("<b>x</b>", "long enough password", path)
    waits: list[float] = []
    guard = SignInGuard(path, sleep=waits.append)
    assert guard.sign_in("alice", "wrong one") is None
    assert guard.sign_in("ALICE", "wrong two") is None
    assert guard.sign_in("mallory", "anything") is None
    assert guard.sign_in("alice", "correct horse battery") == "alice"
    assert waits == [0.5, 1.0]  # the second and third tries for alice waited, doubling
    assert guard.delay_for("alice") == 0.0
    assert sum("failed sign-in" in r.message for r in caplog.records) == 3
    assert json.loads(path.read_text())["alice"]["hash"].startswith("$argon2")


def test_command_line_loop(data: Path, tmp_path: Path) -> None:
    env = dict(__import__("os").environ, DASHBOARD_REVIEWERS=str(tmp_path / "rev.json"))
    run = lambda *a, stdin=None: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "dashboard", *a], input=stdin, capture_output=True, text=True,
        cwd=REPO, env=env)
    assert run("reviewer", "add", "carol", "--password-stdin", stdin="carol's password\n"
               ).returncode == 0
    report = tmp_path / "report.txt"
    report.write_text(REPORT)
    out = run("review", "add", str(report), "--reviewer", "nobody", "--data", str(data))
    assert out.returncode == 2 and "not a reviewer" in out.stderr
    out = run("review", "add", str(report), "--reviewer", "carol", "--published", "2026-03-04",
              "--outlet", "Test Daily", "--accept", "x001,x002", "--data", str(data))
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("-> accepted as") == 2
    again = run("review", "add", str(report), "--reviewer", "carol", "--data", str(data))
    assert "already in the dataset" in again.stdout and "[accepted]" in again.stdout
    log = ledger.read_audit(data)
    assert [e["action"] for e in log] == ["add_report", "accept", "accept", "reopen_report"]
    assert all(e["reviewer"] == "carol" for e in log)
    _validate(data)


def test_a_rule_failing_on_a_report_leaves_it_archived_for_review_by_hand(
        data: Path, monkeypatch) -> None:
    import dashboard.curation.workbench as workbench

    def tripping(*args, **kwargs):
        raise StopIteration  # the kind of slip a rule made on an unseen report

    monkeypatch.setattr(workbench, "ingest_text", tripping)
    under = Workbench(data, "alice").add_report(_draft())
    assert under.candidates == []
    assert any("StopIteration" in w and "by hand" in w for w in under.result["warnings"])
    assert archive_path(data, sha256_of(REPORT)).read_text() == REPORT
    _validate(data)


# Round 17: with levels measured on reports no rule was tuned on, most fields are low; the
# review page orders them by how often their kind of cue was right.

def test_low_fields_are_ordered_by_their_cues_record_unmeasured_first() -> None:
    def conf(level: str, right: int | None = None, fields: int = 100) -> dict:
        record = None if right is None else {"right": right, "fields": fields, "sets": 6}
        return {"level": level, "cue": "c", "start": None, "end": None, "evidence": [],
                "record": record}

    cand = Candidate(id="c1", values={}, original={}, evidence=(0, 1), passage=[0],
                     confidence={"claimant": conf("low", 92), "incident_type": conf("low"),
                                 "places": conf("high", 97), "date": conf("low", 84),
                                 "figures": conf("low", 76)})
    assert [f for f, _ in cand.low_first()] == ["incident_type", "figures", "date", "claimant",
                                                "places"]
