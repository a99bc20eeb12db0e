"""The map draws with no internet: every script and stylesheet comes from the project.

Runs a throwaway Streamlit page (fixtures/offline_map_app.py) while every request off this
machine is refused, and opens an inlined HTML export from a file the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import folium
import folium.plugins

from dashboard.assets import LOCAL_ASSETS, STATIC_URL, inline_assets
from tests.browser.harness import FIXTURES, BrowserLog, map_frame, save_screenshot, wait_for_app

FIXTURE_APP = FIXTURES / "offline_map_app.py"

# Leaflet's stylesheet makes the container clip its panes; without leaflet.css it does not.
LEAFLET_CSS_APPLIED = "el => getComputedStyle(el).overflow === 'hidden'"
IMAGES_LOADED = "imgs => imgs.length > 0 && imgs.every(i => i.complete && i.naturalWidth > 0)"


def _assert_nothing_needed_from_internet(log: BrowserLog) -> None:
    assert log.refused_except_tiles() == [], "page asked the internet for more than tiles"
    assert log.bad_responses() == []
    assert log.failed == []
    assert log.page_errors == []
    assert log.console_errors_except_refused() == []
    assert log.dialogs == []


def test_streamlit_map_renders_with_internet_refused(
    start_app: Callable[..., str], page, browser_log: BrowserLog, tmp_path: Path
) -> None:
    assert (FIXTURES / "static" / "vendor").is_dir(), (
        "tests/browser/fixtures/static must be a symlink to dashboard/ui/static "
        "(checked out without symlink support?)"
    )
    base_url = start_app(tmp_path, script=FIXTURE_APP)

    page.goto(base_url)
    wait_for_app(page)
    frame = map_frame(page)

    # The stylesheet is a <link> that may land after the map's div exists: wait for it to take
    # hold (a stylesheet that never loads fails here by timeout, as it should).
    frame.wait_for_function(
        f"() => [...document.querySelectorAll('.leaflet-container')].some({LEAFLET_CSS_APPLIED})"
    )
    # The CircleMarker is an SVG path; the default marker icon is an <img> that must load.
    frame.locator("path.leaflet-interactive").first.wait_for()
    frame.wait_for_function(
        f"() => ({IMAGES_LOADED})([...document.querySelectorAll('img.leaflet-marker-icon')])"
    )
    icon_src = frame.locator("img.leaflet-marker-icon").first.get_attribute("src")
    assert icon_src == f"{STATIC_URL}/leaflet/images/marker-icon.png"

    vendored = {url for status, url in browser_log.responses if f"{STATIC_URL}/" in url}
    for rel in ("leaflet/leaflet.js", "leaflet/leaflet.css", "jquery/jquery.min.js"):
        assert f"{base_url}{STATIC_URL}/{rel}" in vendored
    # OpenStreetMap tiles were asked for and refused; the map drew anyway.
    assert browser_log.refused, "expected the tile requests to be refused"
    _assert_nothing_needed_from_internet(browser_log)

    shot = save_screenshot(page, "offline_smoke_streamlit")
    assert shot.stat().st_size > 10_000


def test_inlined_export_opens_from_file_with_internet_refused(
    page, browser_log: BrowserLog, tmp_path: Path
) -> None:
    # Rendered with folium's CDN links (no use_local_assets here, to leave folium's global state
    # alone): inline_assets knows those addresses too.
    # With no tile layer Leaflet has no maxZoom, which MarkerCluster requires: give it one.
    m = folium.Map(location=[28.5, 65.5], zoom_start=6, tiles=None, maxZoom=18)
    cluster = folium.plugins.MarkerCluster().add_to(m)
    folium.Marker([30.18, 66.99], popup="Quetta").add_to(cluster)
    folium.Marker([25.12, 62.32], icon=folium.Icon(icon="info-sign")).add_to(m)
    folium.CircleMarker([29.0, 64.0], radius=10, fill=True).add_to(m)
    path = tmp_path / "export.html"
    path.write_text(inline_assets(m.get_root().render()), encoding="utf-8")

    page.goto(path.as_uri())
    page.wait_for_selector(".leaflet-container")
    assert page.locator(".leaflet-container").evaluate(LEAFLET_CSS_APPLIED)
    page.locator("path.leaflet-interactive").first.wait_for()
    page.wait_for_function(
        f"() => ({IMAGES_LOADED})([...document.querySelectorAll('img.leaflet-marker-icon')])"
    )
    # The awesome-marker's glyph drew from the inlined Glyphicons font.
    assert page.locator(".awesome-marker i.glyphicon-info-sign").count() == 1
    page.wait_for_function(
        "() => [...document.fonts].some("
        "f => f.family.includes('Glyphicons') && f.status === 'loaded')"
    )

    assert browser_log.refused == []
    assert not [url for _, url in browser_log.responses if url.startswith("http")]
    _assert_nothing_needed_from_internet(browser_log)
    assert LOCAL_ASSETS["leaflet"] in path.read_text(encoding="utf-8")  # the inlined marker
    save_screenshot(page, "offline_smoke_export")
