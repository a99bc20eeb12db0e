"""The page URL as the view: links seed the widgets, widgets write the link, screenshot mode."""

from __future__ import annotations

from datetime import date

from streamlit.testing.v1 import AppTest

from tests.app.conftest import (
    APP,
    claims_table,
    map_args,
    map_markers,
    map_script,
    metric,
)


def _run(monkeypatch, data_dir, **params) -> AppTest:
    monkeypatch.setenv("DASHBOARD_DATA", str(data_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def _html(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def test_link_seeds_every_filter_widget_and_the_map(monkeypatch, loaded):
    from tests.conftest import REPO

    at = _run(monkeypatch, REPO / "data", source_types="state,media", labels="disputed",
              date_from="2026-01-29", date_to="2026-02-05", include_undated="0",
              lat="29.5", lon="67.25", zoom="8")
    assert at.sidebar.multiselect(key="f_source_types").value == ["state", "media"]
    assert at.sidebar.multiselect(key="f_labels").value == ["disputed"]
    assert at.sidebar.date_input(key="f_dates").value == (date(2026, 1, 29), date(2026, 2, 5))
    assert at.sidebar.checkbox(key="f_undated").value is False
    t = loaded.table
    expected = t[t["source_type"].isin(["state", "media"]) & (t["label"] == "disputed")
                 & (t["date_end"] >= "2026-01-29") & (t["date_start"] <= "2026-02-05")]
    assert metric(at, "Claims shown").startswith(f"{expected['claim_id'].nunique()} of ")
    assert {m["id"] for m in map_markers(at)} == set(expected.loc[expected["mapped"],
                                                                  "claim_id"])
    # The map opens where the link says, not framed on the province.
    script = map_script(at)
    assert "[29.5, 67.25]" in script and '"zoom": 8' in script
    assert "fitBounds" not in script
    # And the URL still says so after the run.
    assert at.query_params["lat"] == ["29.5"] or at.query_params["lat"] == "29.5"


def test_widget_changes_are_written_to_the_url(app):
    app.sidebar.multiselect(key="f_source_types").set_value(["media"]).run()
    app.sidebar.multiselect(key="f_labels").set_value(["unverified"]).run()
    params = {k: (v[-1] if isinstance(v, list) else v) for k, v in app.query_params.items()}
    assert params["source_types"] == "media"
    assert params["labels"] == "unverified"
    assert "mode" not in params


def test_unreadable_link_opens_the_default_view(monkeypatch, loaded):
    from tests.conftest import REPO

    at = _run(monkeypatch, REPO / "data", source_types="nonsense,media", lat="abc",
              lon="1", zoom="x", date_from="2099-01-01", labels="", mode="sideways",
              event="<script>")
    assert at.sidebar.multiselect(key="f_source_types").value == ["media"]
    assert at.title  # the normal page, not screenshot mode
    assert "fitBounds" in map_script(at)


def test_screenshot_mode_has_no_widgets_and_every_part_of_a_slide(monkeypatch, loaded):
    from tests.conftest import REPO

    at = _run(monkeypatch, REPO / "data", mode="brief", source_types="state")
    assert len(at.sidebar.multiselect) == 0 and len(at.multiselect) == 0
    assert len(at.selectbox) == 0 and len(at.button) == 0 and len(at.toggle) == 0
    html = _html(at)
    for expected in ("Claimed conflict incidents in Balochistan", "State claims, all dates",
                     "Claims as reported, not verified facts.", "GeoNames (CC BY 4.0)",
                     "View made ", "Verification label", "Claimant source type",
                     "Interactive view"):
        assert expected in html, expected
    markers = map_markers(at)
    t = loaded.table
    assert len(markers) == int((t["mapped"] & (t["source_type"] == "state")).sum())
    # The map's own legend box is hidden in this mode (the page shows a bigger one) and the
    # map fills the frame the page sizes.
    header = map_args(at)["header"]
    assert ".claims-legend, .leaflet-control-zoom, .leaflet-control-layers { display: none; }" \
        in header and "100vh" in header
    params = {k: (v[-1] if isinstance(v, list) else v) for k, v in at.query_params.items()}
    assert params["mode"] == "brief" and params["source_types"] == "state"


def test_screenshot_mode_can_show_one_event_side_by_side(monkeypatch, loaded):
    from tests.conftest import REPO

    event = "ev-2026-01-31-attacks"
    at = _run(monkeypatch, REPO / "data", mode="brief", event=event, compare="1")
    html = _html(at)
    assert 'data-testid="brief-event"' in html
    assert loaded.dataset.events[event].title in html
    for name in ("Pakistan military", "ISPR", "Balochistan Liberation Army (BLA)"):
        assert name in html, name
    assert "killed (civilians)" in html and "△ disputed" in html
    # Without compare=1 the event stays in the link but the slide shows the legend only.
    at = _run(monkeypatch, REPO / "data", mode="brief", event=event)
    assert 'data-testid="brief-event"' not in _html(at)


def test_hostile_event_title_is_escaped_in_screenshot_mode(monkeypatch, data_copy, loaded):
    event = "ev-2026-01-31-attacks"
    title = loaded.dataset.events[event].title
    evil = '<img src=x onerror="alert(1)">'
    path = next(p for p in data_copy.glob("*.yaml")
                if f"title: {title}" in p.read_text(encoding="utf-8"))
    path.write_text(path.read_text(encoding="utf-8").replace(
        f"title: {title}", f"title: '{evil}'"), encoding="utf-8")
    at = _run(monkeypatch, data_copy, mode="brief", event=event, compare="1")
    html = _html(at)
    assert "&lt;img src=x" in html and "<img src=x" not in html


def test_event_picked_goes_in_the_link_and_a_link_picks_it(monkeypatch, loaded):
    from tests.conftest import REPO

    events = list(loaded.dataset.events)
    at = _run(monkeypatch, REPO / "data", event=events[1])
    assert at.selectbox(key="event_pick").value == events[1]
    at.selectbox(key="event_pick").set_value(events[0]).run()
    params = {k: (v[-1] if isinstance(v, list) else v) for k, v in at.query_params.items()}
    assert params["event"] == events[0]
    at.checkbox(key="event_in_brief").check().run()
    params = {k: (v[-1] if isinstance(v, list) else v) for k, v in at.query_params.items()}
    assert params["compare"] == "1"


def test_screenshot_switch_turns_the_page_into_the_briefing_view(app):
    app.sidebar.multiselect(key="f_source_types").set_value(["media"]).run()
    app.sidebar.toggle(key="brief_mode").set_value(True).run()
    assert not app.exception
    html = _html(app)
    assert "Media claims, all dates" in html and len(app.sidebar.multiselect) == 0
    params = {k: (v[-1] if isinstance(v, list) else v) for k, v in app.query_params.items()}
    assert params["mode"] == "brief" and params["source_types"] == "media"


def test_claims_table_label_column_keeps_the_shape(app):
    labels = set(claims_table(app)["Label"])
    assert labels and all(label[0] in "○△□◇" for label in labels)
