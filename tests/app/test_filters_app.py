"""The Streamlit shell, driven as a user drives it: widgets in, counts, map and table out."""

from __future__ import annotations

from datetime import date

from tests.app.conftest import APP, claims_table, event_table, map_markers, map_script, metric


def test_page_carries_title_caveat_and_every_claim(app, loaded):
    assert "Balochistan" in app.title[0].value
    assert any("not verified facts" in w.value for w in app.warning)
    total = loaded.table["claim_id"].nunique()
    assert metric(app, "Claims shown") == f"{total} of {total}"
    markers = map_markers(app)
    assert len(markers) == int(loaded.table["mapped"].sum())
    assert {"Quetta District", "Mastung District", "Gwadar District", "Dera Bugti District",
            "Mashkai"} <= {m["place"] for m in markers}


def test_source_type_filter_changes_counts_map_and_table(app, loaded):
    app.sidebar.multiselect(key="f_source_types").set_value(["media"]).run()
    assert not app.exception
    t = loaded.table
    media = t[t["source_type"] == "media"]
    shown = media["claim_id"].nunique()
    assert metric(app, "Claims shown").startswith(f"{shown} of ")
    markers = map_markers(app)
    assert markers and {m["st"] for m in markers} == {"media"}
    table = claims_table(app)
    assert set(table["Source type"]) == {"Media"}
    assert len(table) == shown
    assert any("Media claims" in c.value for c in app.caption)


def test_date_filter_keeps_overlapping_claims_and_can_drop_undated(app, loaded):
    app.sidebar.date_input(key="f_dates").set_value((date(2026, 1, 29), date(2026, 2, 5))).run()
    t = loaded.table
    in_range = t[(t["date_end"] >= "2026-01-29") & (t["date_start"] <= "2026-02-05")]
    undated = t[t["date_start"].isna()]
    expected = in_range["claim_id"].nunique() + undated["claim_id"].nunique()
    assert metric(app, "Claims shown").startswith(f"{expected} of ")
    app.sidebar.checkbox(key="f_undated").uncheck().run()
    assert metric(app, "Claims shown").startswith(f"{in_range['claim_id'].nunique()} of ")
    assert "ISPR" in {m["claimant"] for m in map_markers(app)}
    assert "2021" not in " ".join(m["date"] for m in map_markers(app))


def test_label_filter_and_event_view(app, loaded):
    app.sidebar.multiselect(key="f_labels").set_value(["disputed"]).run()
    t = loaded.table
    disputed = t[t["label"] == "disputed"]["claim_id"].nunique()
    assert metric(app, "Claims shown").startswith(f"{disputed} of ")
    event = event_table(app)
    assert {"CM Balochistan (Sarfraz Bugti)", "Pakistan military"} <= set(event["Claimant"])
    assert "killed (civilians)" in event.columns


def test_province_wide_claims_are_never_drawn_at_a_point(app, loaded):
    markers = map_markers(app)
    wide = set(loaded.table.loc[loaded.table["geo_precision"].isin(
        ["province", "country", "abroad"]), "claim_id"])
    only_wide = wide - set(loaded.table.loc[loaded.table["mapped"], "claim_id"])
    assert only_wide and not only_wide & {m["id"] for m in markers}


def test_hostile_claimant_name_reaches_the_map_only_as_json_text(monkeypatch, data_copy):
    from streamlit.testing.v1 import AppTest

    evil = '<img src=x onerror="alert(1)">'
    text = (data_copy / "claimants.yaml").read_text(encoding="utf-8")
    text = text.replace("name: SOFREP", f"name: '{evil}'")
    (data_copy / "claimants.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("DASHBOARD_DATA", str(data_copy))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    script = map_script(at)
    assert "<img" not in script
    assert evil in {m["claimant"] for m in map_markers(at)}


def test_the_selections_box_is_sent_beside_the_map_not_in_its_script(app, loaded):
    """The map's script (made once per dataset) opens on the province; each filter's view
    brings the box the opening view frames while the reader has not moved the map."""
    import json
    import re

    from dashboard.render import opening_bounds, province_bounds
    from tests.app.conftest import map_args

    def sent_box() -> list:
        found = re.search(r"window\.claimsFrame\((.*?)\);", map_args(app)["feature_group"])
        assert found, "no framing beside the map"
        return json.loads(found.group(1))

    script = map_args(app)["script"]
    assert sent_box() == province_bounds()
    app.sidebar.multiselect(key="f_source_types").set_value(["media"]).run()
    media = loaded.table[loaded.table["source_type"] == "media"]
    assert sent_box() == opening_bounds(media) != province_bounds()
    assert map_args(app)["script"] == script, "a filter change must not make a new map"
