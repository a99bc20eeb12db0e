"""The claims map as a reader meets it: in headless chromium, with the internet refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.browser.harness import (
    BrowserLog,
    map_frame,
    save_screenshot,
    wait_for_app,
    wait_for_popup_shown,
)

SEED_PLACES = ["Quetta District", "Mastung District", "Gwadar District", "Dera Bugti District",
               "Mashkai"]


def _places(frame) -> set[str]:
    return set(frame.eval_on_selector_all(
        ".claim-marker", "els => els.map(e => e.getAttribute('data-place'))"))


def _wait_rerun(page, frame_change: Callable[[], bool], timeout_s: float = 30) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if frame_change():
            return
        time.sleep(0.2)
    raise AssertionError("the page did not change")


def test_markers_for_the_seed_places_are_on_the_map(app_server: str, page,
                                                     browser_log: BrowserLog,
                                                     loaded) -> None:
    page.goto(app_server)
    wait_for_app(page)
    frame = map_frame(page)
    frame.locator(".claim-marker").first.wait_for()
    places = _places(frame)
    for name in SEED_PLACES:
        assert name in places, name
    # Awaran's locality (Mashkai) carries its district in the popup.
    assert frame.locator(".claim-marker").count() == int(loaded.table["mapped"].sum())
    # Legend and caveat are in the map's frame (under the map), so a screenshot of it carries them.
    legend = frame.locator(".claims-legend")
    assert "not verified facts" in legend.inner_text()
    assert "Disputed" in legend.inner_text() and "Armed group" in legend.inner_text()
    # Nothing but map tiles was asked of the internet, and the map drew without them.
    assert browser_log.refused_except_tiles() == []
    assert browser_log.bad_responses() == []
    assert browser_log.dialogs == []
    page.locator("iframe[title='streamlit_folium.st_folium']").scroll_into_view_if_needed()
    save_screenshot(page, "claims_map_offline")


def test_popup_says_who_when_how_precise_and_label(app_server: str, page) -> None:
    page.goto(app_server)
    wait_for_app(page)
    frame = map_frame(page)
    marker = frame.locator(".claim-marker[data-place='Mastung District']").first
    marker.dispatch_event("click")
    popup = frame.locator(".claim-popup")
    popup.wait_for()
    text = popup.inner_text()
    for expected in ("ISPR", "Source type: State", "31 Jan 2026", "district precision",
                     "Corroborated", "Quetta District", "a claim, not a verified fact"):
        assert expected in text, expected
    page.locator("iframe[title='streamlit_folium.st_folium']").scroll_into_view_if_needed()
    wait_for_popup_shown(frame)
    save_screenshot(page, "claims_map_popup")


def test_source_type_filter_changes_what_is_shown(app_server: str, page, loaded) -> None:
    page.goto(app_server)
    wait_for_app(page)
    frame = map_frame(page)
    frame.locator(".claim-marker").first.wait_for()
    before = _places(frame)
    assert "Quetta District" in before and "Dera Bugti District" in before
    # Remove "State" from the source-type multiselect.
    page.locator("[data-testid='stSidebar'] button[aria-label='Remove State']").first.click()
    wait_for_app(page)

    def changed() -> bool:
        try:
            return _places(map_frame(page)) != before
        except Exception:
            return False

    _wait_rerun(page, changed)
    after = _places(map_frame(page))
    state_only = set(loaded.table.loc[(loaded.table["source_type"] == "state")
                                      & loaded.table["mapped"], "place"])
    assert "Dera Bugti District" in after
    assert not (state_only - (set(loaded.table.loc[(loaded.table["source_type"] != "state")
                                                   & loaded.table["mapped"], "place"]))) & after
    save_screenshot(page, "claims_map_no_state")


def test_claimant_name_with_html_is_shown_as_text(start_app: Callable[..., str], page,
                                                  browser_log: BrowserLog,
                                                  data_copy: Path) -> None:
    evil = '<img src=x onerror="window.__pwned=1">SOFREP<b>bold</b>'
    path = data_copy / "claimants.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name: SOFREP", f"name: '{evil}'"),
                    encoding="utf-8")
    base = start_app(data_copy)
    page.goto(base)
    wait_for_app(page)
    frame = map_frame(page)
    marker = frame.locator(".claim-marker[data-place='Mashkai']").first
    marker.dispatch_event("click")
    title = frame.locator(".claim-popup .claim-title")
    title.wait_for()
    assert title.inner_text() == evil
    assert frame.locator("img[src='x']").count() == 0
    assert frame.locator(".claim-popup b:text-is('bold')").count() == 0
    assert frame.evaluate("() => window.__pwned === undefined")
    assert page.evaluate("() => window.__pwned === undefined")
    # The not-drawn panel and claims table show the same name as text too.
    assert page.locator("img[src='x']").count() == 0
    assert browser_log.dialogs == []
    page.locator("iframe[title='streamlit_folium.st_folium']").scroll_into_view_if_needed()
    save_screenshot(page, "claims_map_hostile_name")


def test_popup_links_to_the_claims_history(app_server: str, page) -> None:
    """A claim's popup links to its history page, as its table row does; the link leaves the
    map's frame and opens that claim's history page."""
    page.goto(app_server)
    wait_for_app(page)
    frame = map_frame(page)
    marker = frame.locator(".claim-marker[data-place='Mashkai']").first
    claim_id = marker.get_attribute("data-claim-id")
    marker.dispatch_event("click")
    link = frame.locator(".claim-popup a.claim-history")
    link.wait_for()
    # the component's frame is sandboxed without allow-top-navigation: a new tab, as the
    # claims table's link opens
    assert link.get_attribute("target") == "_blank"
    href = link.get_attribute("href") or ""
    # resolved against the reader page, not the component's own address inside the frame
    assert href == f"{app_server}/history?claim={claim_id}", href
    page.locator("iframe[title='streamlit_folium.st_folium']").scroll_into_view_if_needed()
    wait_for_popup_shown(frame)
    save_screenshot(page, "claims_map_popup_history_link")
    with page.context.expect_page() as opened:
        link.click()
    history = opened.value
    history.wait_for_url("**/history?claim=*")
    wait_for_app(history)
    history.get_by_text("Every decision on record").wait_for()
    assert history.get_by_role("heading", name="Claim history").count() == 1
    # the history page shows the claim the popup was about
    history.locator("td", has_text=claim_id).first.wait_for()
    save_screenshot(history, "claims_map_history_page")
    history.close()


def _count_runs(page) -> list[str]:
    """Record every script run the page asks the server for (Streamlit's rerun_script
    message), with the widget ids whose values it sends, as they leave the browser."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    runs: list[str] = []

    def on_frame(payload: bytes | str) -> None:
        if isinstance(payload, str):
            return
        msg = BackMsg()
        msg.ParseFromString(payload)
        if msg.WhichOneof("type") == "rerun_script":
            widgets = msg.rerun_script.widget_states.widgets
            runs.append(",".join(sorted(w.id.rsplit("-", 1)[-1][:16] for w in widgets)))

    page.on("websocket", lambda ws: ws.on("framesent", on_frame))
    return runs


def test_the_map_does_not_rerun_the_page_on_load(app_server: str, page) -> None:
    """st_folium reports the map's centre and zoom once the map exists, and each report reruns
    the whole script. KnownPosition (dashboard/render/known_position.js) seeds
    streamlit-folium's frame state with the starting view, so loading the page runs the script
    once; a pan of the reader's still reports (and reruns), so the count below can see it."""
    runs = _count_runs(page)
    page.goto(app_server)
    wait_for_app(page)
    frame = map_frame(page)
    frame.locator(".claim-marker").first.wait_for()
    # streamlit-folium reports 250 ms after the map settles; the opening view re-frames the
    # province after the frame is sized: give both time to report if they were going to.
    page.wait_for_timeout(4000)
    wait_for_app(page)
    assert len(runs) == 1, f"the page ran {len(runs)} times on load: {runs}"

    # A frame one pixel taller moves the map's centre by half a pixel and fires no move event
    # (Leaflet pans only by whole pixels); st_folium's next report, whatever prompts it (here
    # a layer added, as the layer switch does), still finds nothing the reader did.
    frame.evaluate("""() => {
        var box = claimMap.getContainer();
        box.style.height = (box.offsetHeight + 1) + "px";
        claimMap.invalidateSize();
        claimMap.fire("overlayadd", {layer: {}});
    }""")
    page.wait_for_timeout(1500)
    assert len(runs) == 1, f"a resize the reader did not make reran the page: {runs}"

    box = page.locator("iframe[title='streamlit_folium.st_folium']").bounding_box()
    assert box is not None
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x - 150, y - 80, steps=10)
    page.mouse.up()
    deadline = page.evaluate("Date.now()") + 30_000
    while len(runs) < 2 and page.evaluate("Date.now()") < deadline:
        page.wait_for_timeout(200)
    assert len(runs) == 2, f"a pan should report the new view once: {runs}"
