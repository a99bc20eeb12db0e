"""The confidence interface a review page reads: per claim and field, level, cue and offsets."""

import json

from dashboard.dates import parse_date
from dashboard.extract.ingest import ingest_text


def _ingest(text, gaz, outlet=None):
    return ingest_text(text, published=parse_date("2025-05-20"), outlet=outlet, gazetteer=gaz)


def test_every_claim_has_four_judgements_with_offsets_into_the_text(gaz):
    r = _ingest("A roadside bomb killed four policemen in Turbat on Sunday, police said. "
                "Dozens of people were wounded, residents told the paper.", gaz)
    d = r.as_dict()
    json.dumps(d)
    assert d["text"].startswith("A roadside bomb")
    assert d["claims"]
    for claim in d["claims"]:
        conf = claim["confidence"]
        assert set(conf) == {"claimant", "date", "places", "figures"}
        for c in conf.values():
            assert c["level"] in ("high", "low") and c["cue"]
            if c["start"] is not None:
                assert 0 <= c["start"] < c["end"] <= len(d["text"])
        for f in claim["figures"]:
            assert f["raw"] in d["text"][f["start"]:f["end"]]


def test_a_speaker_in_the_sentence_is_high_and_points_at_the_cue(gaz):
    r = _ingest("A roadside bomb killed four policemen in Turbat on Sunday, police said.", gaz)
    conf = r.claims[0]["confidence"]["claimant"]
    assert conf["level"] == "high"
    assert "police said" in r.text[conf["start"]:conf["end"]]
    date = r.claims[0]["confidence"]["date"]
    assert date["level"] == "high" and r.text[date["start"]:date["end"]].endswith("Sunday")


def test_no_speaker_is_low_and_says_the_outlet(gaz):
    r = _ingest("A bomb blast in Turbat killed three people on Monday.", gaz, outlet="Daily X")
    conf = r.claims[0]["confidence"]["claimant"]
    assert conf["level"] == "low" and "outlet" in conf["cue"] and conf["start"] is None


def test_vague_figures_and_missing_dates_are_low(gaz):
    r = _ingest("The HRCP said dozens of people had gone missing in Kech.", gaz)
    conf = r.claims[0]["confidence"]
    assert conf["figures"]["level"] == "low" and "vague" in conf["figures"]["cue"]
    assert conf["date"]["level"] == "low"


def test_dates_and_cues_are_listed_with_offsets(gaz):
    r = _ingest("Levies said on Tuesday that two labourers were shot dead in Kharan.", gaz)
    d = r.as_dict()
    assert [x["text"] for x in d["dates"]] == ["on Tuesday"]
    x = d["dates"][0]
    assert d["text"][x["start"]:x["end"]] == "on Tuesday" and x["precision"] == "day"
    assert d["cues"] and d["cues"][0]["claimant"] == "police"
    assert d["text"][d["cues"][0]["start"]:d["cues"][0]["end"]] == d["cues"][0]["text"]
