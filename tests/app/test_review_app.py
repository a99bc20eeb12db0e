"""AppTest of the review page: sign-in gate, a pasted report, an edit, accept, reject, and the
read-only history page; always on a temp copy of data/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from dashboard.curation.reviewers import add_reviewer
from tests.conftest import REPO

REPORT = (
    "Officials said on Tuesday that security forces killed 6 militants during a raid close to "
    "Turbat in Kech district.\n\n"
    "In a statement the Balochistan Liberation Army said its fighters killed 3 soldiers near "
    "Turbat.\n\n"
    "Relatives said 2 students were abducted from Panjgur on Monday.\n"
)


def _script() -> None:
    import os

    from dashboard.ui import review

    review.page(os.environ["DASHBOARD_DATA"], os.environ.get("TEST_PROXY_HEADER") or None)


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "data"
    shutil.copytree(REPO / "data", target)
    monkeypatch.setenv("DASHBOARD_DATA", str(target))
    monkeypatch.setenv("DASHBOARD_REVIEWERS", str(tmp_path / "reviewers.json"))
    add_reviewer("alice", "a long enough password", tmp_path / "reviewers.json")
    return target


def _texts(at: AppTest) -> str:
    return " ".join(str(e.value) for e in [*at.text, *at.success, *at.error, *at.info])


def test_no_write_without_sign_in(data: Path) -> None:
    at = AppTest.from_function(_script, default_timeout=60).run()
    assert at.text_input(key="sign_in_name") is not None
    assert not at.text_area  # no report box before signing in
    at.text_input(key="sign_in_name").input("alice")
    at.text_input(key="sign_in_password").input("wrong password!!")
    at.button[0].click().run()
    assert any("Wrong name or password" in e.value for e in at.error)
    assert not (data / "audit.jsonl").exists()
    assert not at.text_area


def test_paste_edit_accept_reject(data: Path) -> None:
    at = AppTest.from_function(_script, default_timeout=60).run()
    at.text_input(key="sign_in_name").input("alice")
    at.text_input(key="sign_in_password").input("a long enough password")
    at.button[0].click().run()
    assert "Signed in as alice" in _texts(at)
    at.radio(key="report_from").set_value("Paste the text").run()
    at.text_area(key="report_paste").input(REPORT)
    next(b for b in at.button if b.label == "Read the text").click().run()
    # the form's fields: title, outlet, url, published, basis
    form_inputs = [t for t in at.text_input if t.label.startswith(("Title", "Outlet", "URL",
                                                                   "Published", "How"))]
    form_inputs[0].input("Raid near Turbat, test report")
    form_inputs[1].input("Test Daily")
    form_inputs[3].input("2026-03-04")
    next(b for b in at.button if b.label.startswith("Add the report")).click().run()
    assert "candidate claims" in _texts(at), _texts(at)
    # why the claimant: every cue weighed, the deciding one first, the outlet last
    weighed = [c.value for c in at.caption if "Claimant cues weighed" in c.value]
    assert weighed and "Officials said" in weighed[0], [c.value for c in at.caption]
    # The first candidate: change its incident type, then accept it.
    rid = next(r.key for r in at.radio if (r.key or "").startswith("pick:"))[5:]
    at.selectbox(key=f"{rid}:x001:incident").set_value("attack").run()
    at.button(key=f"{rid}:x001:accept").click().run()
    # messages are Markdown-escaped: compare without the escapes
    assert any(f"Saved {rid}-x001" in s.value.replace("\\", "") for s in at.success), _texts(at)
    claims = yaml.safe_load((data / "claims.yaml").read_text())
    saved = next(c for c in claims if c["id"] == f"{rid}-x001")
    assert saved["incident_type"] == "attack"
    # Reject the third with a reason.
    at.radio(key=f"pick:{rid}").set_value("x003").run()
    at.text_input(key=f"{rid}:x003:reject_reason").input("background, not an incident")
    at.button(key=f"{rid}:x003:reject").click().run()
    log = [json.loads(line) for line in (data / "audit.jsonl").read_text().splitlines()]
    actions = [(e["action"], e.get("candidate")) for e in log]
    assert ("edit+accept", "x001") in actions and ("reject", "x003") in actions
    edit = next(e for e in log if e["action"] == "edit+accept")
    assert edit["changes"]["incident_type"]["after"] == "attack"
    assert edit["changes"]["incident_type"]["extractor"] != "attack"
    assert not any(c["id"] == f"{rid}-x003" for c in
                   yaml.safe_load((data / "claims.yaml").read_text()))


def test_proxy_header_missing_means_no_page(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With --trust-proxy-header, a request without the header gets no form and no password box:
    the proxy is the only way in."""
    monkeypatch.setenv("TEST_PROXY_HEADER", "X-Forwarded-User")
    at = AppTest.from_function(_script, default_timeout=60).run()
    assert any("X-Forwarded-User" in e.value for e in at.error)
    assert not at.text_input and not at.text_area and not at.button


def test_reader_table_links_each_claim_to_its_history(app: AppTest) -> None:
    from tests.app.conftest import claims_table

    table = claims_table(app)
    assert list(table["History"]) == [f"history?claim={c}" for c in table["Claim"]]


def test_override_from_the_page_needs_evidence(data: Path) -> None:
    at = AppTest.from_function(_script, default_timeout=60).run()
    at.text_input(key="sign_in_name").input("alice")
    at.text_input(key="sign_in_password").input("a long enough password")
    at.button[0].click().run()
    fields = {t.label: t for t in at.text_input}
    fields["Claim id"].input("c-002-03")
    fields["Reason"].input("matched against two hospital lists")
    at.selectbox[0].set_value("verified")
    next(b for b in at.button if b.label == "Save the override").click().run()
    assert any("evidence" in e.value for e in at.error)  # refused: no evidence
    assert yaml.safe_load((data / "overrides.yaml").read_text()) == []
    next(t for t in at.text_area if t.label.startswith("Evidence")).input(
        "Lists from two hospitals, read by alice on 2 March")
    next(b for b in at.button if b.label == "Save the override").click().run()
    assert any("verified" in s.value for s in at.success), [e.value for e in at.error]
    saved = yaml.safe_load((data / "overrides.yaml").read_text())
    assert saved[0]["claim"] == "c-002-03" and saved[0]["analyst"].startswith("alice")


def test_event_suggested_with_figures_side_by_side(data: Path) -> None:
    at = AppTest.from_function(_script, default_timeout=60).run()
    at.text_input(key="sign_in_name").input("alice")
    at.text_input(key="sign_in_password").input("a long enough password")
    at.button[0].click().run()
    at.radio(key="report_from").set_value("Paste the text").run()
    at.text_area(key="report_paste").input(REPORT.replace("near Turbat.", "near Turbat on "
                                                          "Tuesday."))
    next(b for b in at.button if b.label == "Read the text").click().run()
    next(t for t in at.text_input if t.label.startswith("Published")).input("2026-03-04")
    next(b for b in at.button if b.label.startswith("Add the report")).click().run()
    rid = next(r.key for r in at.radio if (r.key or "").startswith("pick:"))[5:]
    # x001 opens a new event
    at.selectbox(key=f"{rid}:x001:incident").set_value("attack").run()
    at.selectbox(key=f"{rid}:x001:event:").set_value("__new__").run()
    at.text_input(key=f"{rid}:x001:ev_title").input("Raid and clash near Turbat")
    at.text_area(key=f"{rid}:x001:ev_summary").input("Officials and the BLA give tolls.")
    at.button(key=f"{rid}:x001:accept").click().run()
    assert any(f"Saved {rid}-x001" in s.value.replace("\\", "") for s in at.success)
    # x002, the armed group's account of the same day and place: that event comes first
    at.radio(key=f"pick:{rid}").set_value("x002").run()
    at.selectbox(key=f"{rid}:x002:incident").set_value("attack").run()
    event = next(b for b in at.selectbox if b.label == "Event")
    assert event.value.startswith("ev-2026-03-03-raid-and-clash"), event.options
    side = next(d.value for d in at.dataframe if "figures" in d.value.columns)
    assert "6 militants killed" in " ".join(side["figures"])
    at.button(key=f"{rid}:x002:accept").click().run()
    saved = " ".join(s.value.replace("\\", "") for s in at.success)
    assert f"Saved {rid}-x002 (corroborated" in saved and "unverified → corroborated" in saved
