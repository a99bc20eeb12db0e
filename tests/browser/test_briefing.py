"""Briefing in a real browser: shared links, screenshot mode, exports, timeline.

Every page here runs with the internet refused (the harness's offline guard). Screenshots are
saved to tests/artifacts/ (briefing_*.png) for a person to look at.
"""

from __future__ import annotations

import io
import re
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import numpy as np
import pytest

from dashboard.legend import SOURCE_COLOURS
from tests.browser.harness import (
    ARTIFACTS,
    VIEWPORT,
    BrowserLog,
    install_offline_guard,
    map_frame,
    save_screenshot,
    wait_for_app,
    watch_page,
)

MAP_IFRAME = "iframe[title='streamlit_folium.st_folium']"


def _wait_until(check: Callable[[], object], what: str, timeout_s: float = 45) -> object:
    deadline = time.monotonic() + timeout_s
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            value = check()
            if value:
                return value
        except Exception as exc:  # the page may be mid-rerun: frames come and go
            last = exc
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what} (last error: {last})")


def _markers(page) -> list[str]:
    frame = map_frame(page)
    return sorted(frame.eval_on_selector_all(
        ".claim-marker", "els => els.map(e => e.dataset.claimId + '@' + e.dataset.place)"))


def _map_view(page) -> tuple[float, float, int]:
    frame = map_frame(page)
    return tuple(frame.evaluate(
        "() => [window.map.getCenter().lat, window.map.getCenter().lng, window.map.getZoom()]"))


def _url(page) -> str:
    # Read from the page: Playwright's cached page.url misses history.replaceState updates
    # while the test sleeps between polls.
    return str(page.evaluate("() => location.href"))


def _params(url: str) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlsplit(url).query).items()}


def _summary(page) -> str:
    caption = page.locator("[data-testid='stCaptionContainer']", has_text="Showing:").first
    return caption.inner_text().strip()


@pytest.fixture
def new_page(browser) -> Iterator[Callable[..., tuple[object, BrowserLog]]]:
    """Pages in fresh browser contexts (a new session each: nothing shared but the link)."""
    contexts = []

    def make(viewport: dict[str, int] = VIEWPORT, **options) -> tuple[object, BrowserLog]:
        log = BrowserLog()
        context = browser.new_context(viewport=viewport, **options)
        install_offline_guard(context, log)
        contexts.append(context)
        page = context.new_page()
        watch_page(page, log)
        return page, log

    yield make
    for context in contexts:
        context.close()


def test_a_copied_link_reproduces_the_view_in_another_browser(app_server, new_page, loaded):
    page, log = new_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto(app_server)
    wait_for_app(page)
    first = _wait_until(lambda: _markers(page), "markers")
    # Change a filter, then zoom the map in: both must travel in the link.
    page.locator("[data-testid='stSidebar'] button[aria-label='Remove Media']").first.click()
    _wait_until(lambda: "source_types=" in _url(page), "the filter in the URL")
    _wait_until(lambda: _markers(page) != first, "the map to redraw")
    wait_for_app(page)
    zoom_before = _map_view(page)[2]
    map_frame(page).locator(".leaflet-control-zoom-in").click()
    _wait_until(lambda: _params(_url(page)).get("zoom") == str(zoom_before + 1), "zoom in URL")
    wait_for_app(page)
    # Pick the second event for comparison.
    picker = page.locator("[data-testid='stSelectbox']").filter(has_text="Event")
    field = picker.locator("input")
    field.scroll_into_view_if_needed()
    field.click()
    page.keyboard.press("ArrowDown")  # the combobox lists its options on a key, not a click
    page.get_by_role("option").nth(1).click()
    _wait_until(lambda: "event=" in _url(page) and _params(_url(page))["event"] != "", "event")
    wait_for_app(page)

    # The copy-link control: the code box in the sidebar and its copy button.
    page.locator("[data-testid='stSidebar'] [data-testid='stPopover'] button").first.click()
    code = page.locator("[data-testid='stPopoverBody'] [data-testid='stCode']").first
    code.hover()
    code.locator("button").first.click()
    link = _wait_until(lambda: page.evaluate("() => navigator.clipboard.readText()"),
                       "the clipboard")
    assert link == _url(page), (link, _url(page))
    assert code.inner_text().replace("\n", "") == link
    seen = {"markers": _markers(page), "summary": _summary(page), "view": _map_view(page),
            "event": _params(link)["event"]}
    assert "media" not in seen["summary"].lower() and seen["markers"]
    save_screenshot(page, "briefing_link_source")

    other, other_log = new_page()
    other.goto(link)
    wait_for_app(other)
    _wait_until(lambda: _markers(other), "markers in the second browser")
    assert _markers(other) == seen["markers"]
    assert _summary(other) == seen["summary"]
    lat, lon, zoom = _map_view(other)
    assert zoom == seen["view"][2]
    # Within a pixel and a half: Leaflet snaps the centre to whole pixels on each setView.
    pixel = 360 / (256 * 2 ** zoom)
    assert lat == pytest.approx(seen["view"][0], abs=1.5 * pixel)
    assert lon == pytest.approx(seen["view"][1], abs=1.5 * pixel)
    picked = other.locator("[data-testid='stSelectbox']").filter(has_text="Event")
    assert picked.locator("input").input_value() == loaded.dataset.events[seen["event"]].title
    widget = other.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first
    assert "Media" not in widget.inner_text() and "State" in widget.inner_text()
    assert other_log.refused_except_tiles() == [] and log.refused_except_tiles() == []
    save_screenshot(other, "briefing_link_reopened")


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 720},
                                      {"width": 1920, "height": 1080}],
                         ids=["1280x720", "1920x1080"])
def test_screenshot_mode_fits_one_frame_without_scrolling(app_server, new_page, loaded,
                                                          viewport):
    page, log = new_page(viewport=viewport)
    page.goto(f"{app_server}/?mode=brief&source_types=state,media,armed_group")
    wait_for_app(page)
    markers = _settled(page)
    t = loaded.table
    wanted = t["mapped"] & t["source_type"].isin(["state", "media", "armed_group"])
    assert len(markers) == int(wanted.sum())
    page.wait_for_timeout(500)  # let the map settle into its resized frame

    parts = {
        "title": page.locator(".brief-title"),
        "summary": page.locator("[data-testid='brief-summary']"),
        "caveat": page.locator(".brief-caveat"),
        "legend": page.locator("[data-testid='brief-legend'] .lg-cols"),
        "attribution": page.locator("[data-testid='brief-attribution']"),
        "made": page.locator(".brief-made"),
        "map": page.locator(MAP_IFRAME),
    }
    texts = {name: loc.inner_text() for name, loc in parts.items() if name != "map"}
    assert texts["title"] == "Claimed conflict incidents in Balochistan"
    assert texts["summary"] == "State, media and armed group claims, all dates"
    assert texts["caveat"] == "Claims as reported, not verified facts."
    assert "GeoNames" in texts["attribution"] and "Natural Earth" in texts["attribution"]
    assert re.fullmatch(r"View made \d{4}-\d\d-\d\d \d\d:\d\d UTC", texts["made"])
    for word in ("State", "Armed group", "Media", "Verified", "Disputed", "Unverified"):
        assert word in texts["legend"], word
    for name, loc in parts.items():
        box = loc.bounding_box()
        assert box is not None, name
        assert box["x"] >= 0 and box["y"] >= 0, (name, box)
        assert box["x"] + box["width"] <= viewport["width"] + 0.5, (name, box)
        assert box["y"] + box["height"] <= viewport["height"] + 0.5, (name, box)
    # The map takes most of the frame rather than a postage stamp.
    assert parts["map"].bounding_box()["height"] >= 0.6 * viewport["height"]
    # No widget, and nothing to scroll.
    assert page.locator("[data-testid='stSidebar']:visible").count() == 0
    assert page.locator("[data-testid='stMultiSelect'], [data-testid='stButton'], "
                        "[data-testid='stDownloadButton']").count() == 0
    scroll = page.evaluate("""() => {
        const main = document.querySelector("[data-testid='stMain']");
        return [document.documentElement.scrollHeight, window.innerHeight,
                main.scrollHeight, main.clientHeight];
    }""")
    assert scroll[0] <= scroll[1] and scroll[2] <= scroll[3] + 1, scroll
    # Legible on a slide: no text below 14 px.
    sizes = page.evaluate("""() => Array.from(document.querySelectorAll(
        '.brief-title, .brief-summary, .brief-made, .brief-side, .brief-side *, .brief-foot, '
        + '.brief-foot *')).filter(e => e.innerText && e.innerText.trim())
        .map(e => parseFloat(getComputedStyle(e).fontSize))""")
    assert sizes and min(sizes) >= 14, sorted(sizes)[:5]
    # Colour is not the only carrier: every label in the legend has its shape image.
    assert page.locator("[data-testid='brief-legend'] img").count() >= 5
    assert log.refused_except_tiles() == [] and log.page_errors == []
    path = ARTIFACTS / f"briefing_brief_{viewport['width']}x{viewport['height']}.png"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    _not_stale(page)
    page.screenshot(path=str(path))  # the visible frame only: what a briefer captures


def _colour_pixels(image: np.ndarray, colour: str, box: tuple[int, int, int, int]) -> int:
    rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    x0, y0, x1, y1 = box
    return int((np.abs(image[y0:y1, x0:x1, :3] - rgb).max(axis=2) < 0.02).sum())


def _not_stale(page) -> None:
    """Streamlit fades elements while a rerun is under way; a screenshot then looks washed out."""
    wait_for_app(page)
    page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')",
                           timeout=30_000)


def _settled(page) -> list[str]:
    """Markers drawn and the page's run finished (a click during a run can be swallowed).
    The map does not report its starting position (the server knows it), so no rerun
    follows the map's load."""
    markers = _wait_until(lambda: _markers(page), "markers")
    wait_for_app(page)
    return markers


def _download(page, label: str, target: Path) -> Path:
    # A button with help text is rendered twice (one hidden, by screen width): take the shown one.
    button = page.locator("[data-testid='stDownloadButton'] button:visible", has_text=label)
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=60_000) as info:
        button.click()
    download = info.value
    path = target / download.suggested_filename
    download.save_as(path)
    return path


def test_png_export_shows_the_same_claims_as_the_map(app_server, page, tmp_path,
                                                     browser_log):
    from matplotlib.image import imread
    from PIL import Image

    page.goto(f"{app_server}/?source_types=state")
    wait_for_app(page)
    on_map = _settled(page)
    path = _download(page, "PNG image of the map", tmp_path)
    assert re.fullmatch(r"balochistan-claims_state_\d{4}-\d\d-\d\d\.png", path.name), path.name
    shutil.copy(path, ARTIFACTS / "briefing_export.png")
    data = path.read_bytes()
    image = imread(io.BytesIO(data))
    assert image.shape[:2] == (1000, 1600)
    assert image[..., :3].std() > 0.05  # not a blank canvas
    drawn = Image.open(io.BytesIO(data)).text["Comment"].removeprefix("Claims drawn: ")
    assert set(drawn.split(",")) == {m.split("@")[0] for m in on_map}
    # Pixels agree: state blue is drawn on the map area, no other source type's colour is.
    map_box = (40, 130, 1130, 900)
    assert _colour_pixels(image, SOURCE_COLOURS["state"], map_box) > 100
    for other in ("armed_group", "media", "political", "rights_group"):
        assert _colour_pixels(image, SOURCE_COLOURS[other], map_box) == 0, other
    assert browser_log.refused_except_tiles() == []


def test_html_export_opens_offline_with_the_same_claims(app_server, page, new_page,
                                                        tmp_path):
    page.goto(f"{app_server}/?source_types=state,media")
    wait_for_app(page)
    on_map = _settled(page)
    path = _download(page, "Standalone HTML map", tmp_path)
    assert path.name.startswith("balochistan-claims_state-media_") and path.suffix == ".html"
    offline, log = new_page()
    offline.goto(path.as_uri())
    offline.wait_for_selector(".claim-marker", timeout=30_000)
    found = sorted(offline.eval_on_selector_all(
        ".claim-marker", "els => els.map(e => e.dataset.claimId + '@' + e.dataset.place)"))
    assert found == on_map
    assert "not verified facts" in offline.locator(".claims-legend").inner_text()
    assert log.refused_except_tiles() == [], log.refused_except_tiles()
    assert log.page_errors == [] and log.failed == []
    save_screenshot(offline, "briefing_html_export_offline")


def test_brushing_the_timeline_sets_the_date_filter(app_server, page):
    page.goto(app_server)
    wait_for_app(page)
    _settled(page)
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    box = chart.bounding_box()
    # Inside the plot: a third of the way down, across the middle of the x axis.
    y = box["y"] + box["height"] * 0.3
    page.mouse.move(box["x"] + box["width"] * 0.45, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=8)
    page.mouse.up()
    _wait_until(lambda: "date_from=" in _url(page) and "date_to=" in _url(page), "dates in URL")
    wait_for_app(page)
    params = _params(_url(page))
    assert params["date_from"] < params["date_to"]
    dates = page.locator("[data-testid='stSidebar'] [data-testid='stDateInput'] input")
    assert dates.first.input_value() == params["date_from"]
    assert params["date_from"][:4] in _summary(page)
    chart.scroll_into_view_if_needed()
    save_screenshot(page, "briefing_timeline_brushed")


def test_screenshot_mode_event_comparison_fits_1280x720(app_server, new_page, loaded):
    event = "ev-2026-01-31-attacks"
    viewport = {"width": 1280, "height": 720}
    page, log = new_page(viewport=viewport)
    page.goto(f"{app_server}/?mode=brief&event={event}&compare=1")
    wait_for_app(page)
    _settled(page)
    sheet = page.locator("[data-testid='brief-event']")
    text = sheet.inner_text()
    claims = loaded.table[loaded.table["event_id"] == event].drop_duplicates("claim_id")
    for claimant in set(claims["claimant"]):
        assert claimant in text, claimant
    # Every claim is one column (plus the row headings), figures never summed into one.
    assert sheet.locator("thead th").count() == len(claims) + 1
    for name in ("caveat", "sheet", "title", "summary", "attribution", "legend"):
        loc = {"caveat": page.locator(".brief-caveat"), "sheet": sheet,
               "title": page.locator(".brief-title"),
               "summary": page.locator("[data-testid='brief-summary']"),
               "attribution": page.locator("[data-testid='brief-attribution']"),
               "legend": page.locator("[data-testid='brief-legend'] .lg-cols")}[name]
        box = loc.bounding_box()
        assert box and box["y"] + box["height"] <= viewport["height"] + 0.5, (name, box)
        assert box["x"] + box["width"] <= viewport["width"] + 0.5, (name, box)
    assert log.refused_except_tiles() == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    _not_stale(page)
    page.screenshot(path=str(ARTIFACTS / "briefing_brief_event_1280x720.png"))
