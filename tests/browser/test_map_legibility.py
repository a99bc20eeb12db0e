"""What a reader sees on the map, measured in chromium: the legend and every control clear of
the claims and the province, town names that never overprint each other or a claim, district-
level claims ringed, the tile credit only when tiles drew, and the province filling the frame.

Each check runs in explore and screenshot mode at 1280x720 and 1920x1080, with the internet
refused and with a stand-in tile server (every tile request answered with a local PNG), and on
the standalone HTML export. The geometry comes from the page itself (measure.js): boxes of the
DOM elements, points along the province's SVG outline, and the outline's fill."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.harness import (
    ARTIFACTS,
    BrowserLog,
    install_offline_guard,
    map_frame,
    wait_for_app,
    watch_page,
)

MEASURE = (Path(__file__).resolve().parent / "measure.js").read_text(encoding="utf-8")
SIZES = [(1280, 720), (1920, 1080)]
TILE_HOST = "https://tile.openstreetmap.org/"
TILE_CREDIT = "OpenStreetMap contributors"


def _tile_png() -> bytes:
    """A plain 256x256 tile: what a tile server would send, made here."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (256, 256), (214, 222, 206)).save(out, format="PNG")
    return out.getvalue()


def _serve_tiles(context: Any) -> list[str]:
    """Answer every tile request with a local PNG (registered after the offline guard, so it
    is asked first); returns the list of tile URLs served."""
    png, served = _tile_png(), []

    def handle(route: Any) -> None:
        served.append(route.request.url)
        route.fulfill(status=200, content_type="image/png", body=png)

    context.route(f"{TILE_HOST}**", handle)
    return served


def _hit(a: dict, b: dict, slack: float = 0.5) -> bool:
    return (a["x0"] + slack < b["x1"] and b["x0"] + slack < a["x1"]
            and a["y0"] + slack < b["y1"] and b["y0"] + slack < a["y1"])


def _assert_legible(m: dict, *, opening: bool = True, claims_named: bool = False) -> None:
    """The checks a reader's eye makes, on one measurement. `claims_named`: every town a claim
    marker sits on shows its name (the bundled data's few markers leave room for them)."""
    labels, claims = m["labels"], m["claims"]
    assert labels, "no town name is shown at all"
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not _hit(a, b), f"{a['name']} overprints {b['name']}"
        for c in claims:
            assert not _hit(a, c), f"{a['name']} overprints a claim marker"
    if m["legend"] is not None:
        for c in claims:
            assert not _hit(m["legend"], c), "the legend covers a claim"
        assert not m["legendTouchesProvince"], "the legend covers part of the province"
        assert not any(x >= m["legend"]["x0"] and x <= m["legend"]["x1"] and
                       y >= m["legend"]["y0"] and y <= m["legend"]["y1"]
                       for x, y in m["outlinePoints"])
    if opening and claims_named:
        # a claim marker on a town carries the town's name: a briefer's slide must say where
        # each marker is
        for dot in m["hiddenDots"]:
            under = [c for c in claims if c["x0"] <= dot["x"] <= c["x1"]
                     and c["y0"] <= dot["y"] <= c["y1"]]
            assert not under, f"{dot['name']} has a claim marker on it but no name"
        for control in m["controls"]:
            assert not control["province"], f"{control['name']} covers part of the province"
            for c in claims:
                assert not _hit(control, c), f"{control['name']} covers a claim"
        # the province fits the frame, and fills it in at least one direction
        p, f = m["provinceBox"], m["frame"]
        assert p["x0"] >= f["x0"] - 1 and p["x1"] <= f["x1"] + 1
        assert p["y0"] >= f["y0"] - 1 and p["y1"] <= f["y1"] + 1
        fill = max((p["x1"] - p["x0"]) / (f["x1"] - f["x0"]),
                   (p["y1"] - p["y0"]) / (f["y1"] - f["y0"]))
        assert fill > 0.75, f"the province fills only {fill:.0%} of the frame"


def _settle(frame: Any) -> dict:
    frame.wait_for_selector(".hq-label[data-side]", state="attached")
    frame.wait_for_timeout(600)  # the names are placed on the next animation frames
    return frame.evaluate(MEASURE)


def _shot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


@pytest.fixture
def sized(browser: Any) -> Iterator[Any]:
    """Factory: a fresh page of the given viewport, offline guard installed, tiles optional."""
    made: list[Any] = []

    def make(width: int, height: int, *, tiles: bool) -> tuple[Any, BrowserLog, list[str]]:
        log = BrowserLog()
        context = browser.new_context(viewport={"width": width, "height": height})
        made.append(context)
        install_offline_guard(context, log)
        served = _serve_tiles(context) if tiles else []
        page = context.new_page()
        watch_page(page, log)
        return page, log, served

    yield make
    for context in made:
        context.close()


# ------------------------------------------------------------------ the dashboard


@pytest.mark.parametrize("tiles", [False, True], ids=["offline", "tiles"])
@pytest.mark.parametrize("mode", ["explore", "brief"])
@pytest.mark.parametrize(("width", "height"), SIZES, ids=["1280x720", "1920x1080"])
def test_dashboard_map_hides_nothing(app_server: str, sized: Any, width: int, height: int,
                                     mode: str, tiles: bool) -> None:
    page, log, served = sized(width, height, tiles=tiles)
    page.goto(app_server + ("/?mode=brief" if mode == "brief" else "/"))
    wait_for_app(page)
    frame = map_frame(page)
    iframe = page.locator("iframe[title='streamlit_folium.st_folium']")
    iframe.scroll_into_view_if_needed()
    m = _settle(frame)
    # (a screenshot must name every marker's town; the explorer's smaller map at 1280x720 may
    # still drop one in a crowd of towns, which comes back as the reader zooms in)
    _assert_legible(m, claims_named=mode == "brief")
    if mode == "explore":
        # the legend is in the map's frame, under the map: inside the iframe's box, whole
        assert m["legend"] is not None and m["legend"]["y0"] >= m["frame"]["y1"] - 1
        legend_text = frame.locator(".claims-legend-panel").inner_text()
        assert "only the district is known" in legend_text
        frame_box = iframe.bounding_box()
        assert m["legend"]["y1"] <= frame_box["height"] + 1, "the frame cuts the legend off"
    else:
        # screenshot mode: the legend is beside the map, clear of the map's frame
        legend = page.get_by_test_id("brief-legend").bounding_box()
        frame_box = iframe.bounding_box()
        assert legend["x"] >= frame_box["x"] + frame_box["width"] - 1
        assert legend["y"] + legend["height"] <= height, "the legend runs off the slide"
        assert "only the district is known" in page.get_by_test_id("brief-legend").inner_text()
    assert m["rings"] >= 1, "district-level claims carry their dashed ring"
    if tiles:
        assert served, "the stand-in tile server was never asked"
        frame.wait_for_function(
            "t => document.querySelector('.leaflet-control-attribution').textContent"
            ".includes(t)", arg=TILE_CREDIT)
    else:
        assert TILE_CREDIT not in frame.evaluate(MEASURE)["attribution"]
        assert any("tile.openstreetmap.org" in u for u in log.refused)
    assert "Natural Earth" in m["attribution"]
    _shot(page, f"legible_{mode}_{width}x{height}_{'tiles' if tiles else 'offline'}")


# ------------------------------------------------------------------ the browser code itself


@pytest.fixture(scope="module")
def export_file(loaded: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The standalone HTML export of the bundled data, as the sidebar's button builds it."""
    from dashboard.assets import inline_assets
    from dashboard.legend import offmap_counts
    from dashboard.render import build_map

    hq = [(p.name, p.lat, p.lon) for p in loaded.gazetteer.headquarters()
          if p.lat is not None and p.lon is not None]
    m = build_map(loaded.table, hq=hq, summary="Claims of every source type, all dates",
                  offmap_counts=offmap_counts(loaded.table))
    path = tmp_path_factory.mktemp("export") / "map.html"
    path.write_text(inline_assets(m.get_root().render(), embed_fonts=False), encoding="utf-8")
    return path


def _open_export(page: Any, path: Path) -> Any:
    page.goto(path.as_uri())
    page.wait_for_selector(".hq-label[data-side]", state="attached")
    return page.main_frame


@pytest.mark.parametrize(("width", "height"), SIZES, ids=["1280x720", "1920x1080"])
def test_export_hides_nothing_and_credits_no_tiles_offline(export_file: Path, sized: Any,
                                                           width: int, height: int) -> None:
    page, log, _ = sized(width, height, tiles=False)
    frame = _open_export(page, export_file)
    m = _settle(frame)
    _assert_legible(m, claims_named=True)
    # the legend panel is under the map and wholly inside the window
    assert m["legend"]["y0"] >= m["frame"]["y1"] - 1 and m["legend"]["y1"] <= height + 1
    assert TILE_CREDIT not in m["attribution"]
    assert log.page_errors == []
    _shot(page, f"legible_export_{width}x{height}_offline")


def test_names_give_way_and_come_back_on_zoom(export_file: Path, sized: Any) -> None:
    page, _, _ = sized(1280, 720, tiles=False)
    frame = _open_export(page, export_file)
    opening = _settle(frame)
    counts = {}
    for zoom in (4, 8, 10):
        frame.evaluate(f"() => window.claimMap.setZoom({zoom}, {{animate: false}})")
        frame.wait_for_timeout(400)
        m = frame.evaluate(MEASURE)
        _assert_legible(m, opening=False)
        counts[zoom] = (len(m["labels"]), m["hidden"])
    assert counts[4][1] > opening["hidden"], "zoomed out, more names must give way"
    # Zoomed in on the crowded Nasirabad plain: the names hidden at the opening view come back.
    frame.evaluate("() => window.claimMap.setView([28.4, 68.25], 9, {animate: false})")
    frame.wait_for_timeout(400)
    near = frame.evaluate(MEASURE)
    _assert_legible(near, opening=False)
    shown = {label["name"] for label in near["labels"]}
    assert {"Dera Murad Jamali", "Dera Allahyar", "Usta Muhammad", "Sohbatpur"} <= shown
    # the most populous town keeps its name at every zoom
    assert "Quetta" in {label["name"] for label in opening["labels"]}


def test_tile_credit_follows_the_tiles(export_file: Path, sized: Any) -> None:
    page, _, served = sized(1280, 720, tiles=True)
    frame = _open_export(page, export_file)
    frame.wait_for_function(
        "t => document.querySelector('.leaflet-control-attribution').textContent.includes(t)",
        arg=TILE_CREDIT)
    assert served
    # switched off in the layer control: the credit goes with the tiles
    frame.evaluate("""() => { const m = window.claimMap;
      m.eachLayer(l => { if (l instanceof L.TileLayer) { m.removeLayer(l); } }); }""")
    assert TILE_CREDIT not in frame.evaluate(MEASURE)["attribution"]


def test_district_claims_are_ringed_and_point_claims_are_not(export_file: Path, sized: Any,
                                                             loaded: Any) -> None:
    page, _, _ = sized(1280, 720, tiles=False)
    frame = _open_export(page, export_file)
    mapped = loaded.table[loaded.table["mapped"]]
    district = mapped[mapped["geo_precision"] == "district"][["lat", "lon"]].drop_duplicates()
    points = mapped[mapped["geo_precision"] != "district"]
    assert len(district) and len(points), "the bundled data has both kinds"
    assert frame.evaluate(MEASURE)["rings"] == len(district)
    # each ring is centred on a district-level spot, none on a point claim's spot
    centres = frame.evaluate("""() => [...document.querySelectorAll('path.claim-precision-ring')]
      .map(p => { const r = p.getBoundingClientRect();
                  const c = window.claimMap.containerPointToLatLng(
                    [(r.left + r.right) / 2, (r.top + r.bottom) / 2]);
                  return [c.lat, c.lng]; })""")
    for lat, lon in centres:
        near = ((district["lat"] - lat).abs() < 0.05) & ((district["lon"] - lon).abs() < 0.05)
        assert near.any(), (lat, lon)


def test_canvas_layer_names_clear_of_claims(loaded: Any, sized: Any, tmp_path: Path) -> None:
    """Above CANVAS_ABOVE claim-places the claims are one canvas: the names keep clear of the
    spots it drew (claim_canvas.js tells headquarters.js where they are)."""
    import pandas as pd

    from dashboard.assets import inline_assets
    from dashboard.render import CANVAS_ABOVE, build_map, province_bounds

    mapped = loaded.table[loaded.table["mapped"]]
    copies = CANVAS_ABOVE // len(mapped) + 1
    big = pd.concat([mapped.assign(claim_id=mapped["claim_id"] + f"-{k}") for k in range(copies)],
                    ignore_index=True)
    hq = [(p.name, p.lat, p.lon) for p in loaded.gazetteer.headquarters()
          if p.lat is not None and p.lon is not None]
    path = tmp_path / "canvas.html"
    path.write_text(inline_assets(build_map(big, hq=hq).get_root().render(), embed_fonts=False),
                    encoding="utf-8")
    page, log, _ = sized(1280, 720, tiles=False)
    frame = _open_export(page, path)
    page.wait_for_selector("canvas.claim-canvas[data-drawn]")
    m = _settle(frame)
    (south, west), (north, east) = province_bounds()
    spots = mapped[["lat", "lon"]].drop_duplicates()
    in_view = spots[spots["lat"].between(south, north) & spots["lon"].between(west, east)]
    assert len(m["claims"]) == len(in_view), "one box per spot the canvas drew in view"
    _assert_legible(m)
    assert log.page_errors == []
    _shot(page, "legible_canvas_1280x720_offline")


# ------------------------------------------------------------------ the selection's framing

FRAMING = """([box, province]) => {
  const m = window.claimMap, b = m.getBounds(), size = m.getSize();
  const frame = m.getContainer().getBoundingClientRect();
  const markers = [...document.querySelectorAll('.claim-marker')].map((e) => {
    const r = e.getBoundingClientRect();
    return {lat: m.containerPointToLatLng([r.left + r.width / 2 - frame.left,
                                           r.top + r.height / 2 - frame.top]).lat,
            x0: r.left, y0: r.top, x1: r.right, y1: r.bottom};
  });
  const a = m.latLngToContainerPoint(box[0]), c = m.latLngToContainerPoint(box[1]);
  return {zoom: m.getZoom(), provinceZoom: m.getBoundsZoom(province),
          view: [[b.getSouth(), b.getWest()], [b.getNorth(), b.getEast()]],
          box: {x0: a.x, y0: c.y, x1: c.x, y1: a.y}, width: size.x, height: size.y,
          frame: {x0: frame.left, y0: frame.top, x1: frame.right, y1: frame.bottom},
          markers};
}"""


@pytest.mark.parametrize(("query", "single"), [
    ("source_types=media", False),
    ("source_types=media&geo_precisions=point", True),
], ids=["two-districts", "one-claim"])
@pytest.mark.parametrize(("width", "height"), SIZES, ids=["1280x720", "1920x1080"])
def test_opening_view_fits_the_selection(app_server: str, sized: Any, loaded: Any, width: int,
                                         height: int, query: str, single: bool) -> None:
    """A link with a filter and no view opens on the claims that filter leaves, when they lie in
    part of the province; never closer than a district's surroundings around one claim."""
    from dashboard.filters import ClaimFilter
    from dashboard.render import province_bounds
    from dashboard.render.view import MIN_EXTENT_DEG, opening_bounds

    params = dict(p.split("=") for p in query.split("&"))
    shown = ClaimFilter.from_params(params).apply(loaded.table)
    box, province = opening_bounds(shown), province_bounds()
    assert box != province, "the selection must lie in part of the province"
    (south, west), (north, east) = province
    mapped = shown[shown["mapped"]]
    inside = mapped[mapped["lat"].between(south, north) & mapped["lon"].between(west, east)]
    assert (inside[["lat", "lon"]].drop_duplicates().shape[0] == 1) == single

    page, _, _ = sized(width, height, tiles=False)
    page.goto(f"{app_server}/?{query}")
    wait_for_app(page)
    frame = map_frame(page)
    page.locator("iframe[title='streamlit_folium.st_folium']").scroll_into_view_if_needed()
    m = _settle(frame)
    frame.wait_for_function("""([province]) => window.claimMap.getZoom() >
                               window.claimMap.getBoundsZoom(province) + 0.4""", arg=[province],
                            timeout=15000)
    frame.wait_for_timeout(400)
    f = frame.evaluate(FRAMING, [box, province])
    m = frame.evaluate(MEASURE)
    _assert_legible(m, opening=False)
    # closer than the province's framing, by at least one zoom step
    assert f["zoom"] >= f["provinceZoom"] + 0.5, f
    # the selection's box is in the frame and fills it in one direction
    b = f["box"]
    assert b["x0"] >= -1 and b["y0"] >= -1 and b["x1"] <= f["width"] + 1 and \
        b["y1"] <= f["height"] + 1, f
    fill = max((b["x1"] - b["x0"]) / f["width"], (b["y1"] - b["y0"]) / f["height"])
    # zoom steps of a quarter (2 ** -0.25 = 0.84) and the controls' padding: 0.7 at worst
    assert fill > 0.7, f"the selection fills only {fill:.0%} of the frame"
    # every claim of the selection in the province is drawn whole in the frame, clear of controls
    drawn = [c for c in f["markers"] if south <= c["lat"] <= north]
    assert len(drawn) == len(inside)
    for c in drawn:
        assert c["x0"] >= f["frame"]["x0"] and c["x1"] <= f["frame"]["x1"]
        assert c["y0"] >= f["frame"]["y0"] and c["y1"] <= f["frame"]["y1"]
        for control in m["controls"]:
            assert not _hit(control, c), f"{control['name']} covers a claim"
    # never closer than the district around a lone claim
    (vs, vw), (vn, ve) = f["view"]
    assert vn - vs >= MIN_EXTENT_DEG and ve - vw >= MIN_EXTENT_DEG, f["view"]
    _shot(page, f"opening_{'one' if single else 'two'}_{width}x{height}")


@pytest.mark.parametrize(("width", "height"), SIZES, ids=["1280x720", "1920x1080"])
def test_export_of_a_selection_opens_on_it_and_lists_what_it_cannot_draw(
        loaded: Any, sized: Any, tmp_path: Path, width: int, height: int) -> None:
    """The standalone export of a selection in part of the province opens on its claims, and
    its legend lists (escaped, folded) the claims it draws no point for: nothing is beside it."""
    from dashboard.assets import inline_assets
    from dashboard.legend import offmap_counts
    from dashboard.render import build_map, opening_bounds, province_bounds

    shown = loaded.table[loaded.table["source_type"] == "media"]
    hq = [(p.name, p.lat, p.lon) for p in loaded.gazetteer.headquarters()
          if p.lat is not None and p.lon is not None]
    m = build_map(shown, hq=hq, summary="Media claims, all dates",
                  offmap_counts=offmap_counts(shown))
    path = tmp_path / "media.html"
    path.write_text(inline_assets(m.get_root().render(), embed_fonts=False), encoding="utf-8")
    page, log, _ = sized(width, height, tiles=False)
    frame = _open_export(page, path)
    before = _settle(frame)
    _assert_legible(before, opening=False)
    box, province = opening_bounds(shown), province_bounds()
    f = frame.evaluate(FRAMING, [box, province])
    assert f["zoom"] >= f["provinceZoom"] + 0.5, f
    legend = page.locator(".claims-legend-panel")
    assert "beside the map" not in legend.inner_text()
    unmapped = shown.loc[~shown["mapped"], "claim_id"].nunique()
    assert f"{unmapped} province-wide" in legend.inner_text()
    items = page.locator(".lg-offmap-list li")
    assert items.count() == unmapped and not items.first.is_visible()
    page.locator(".lg-offmap summary").click()
    items.first.wait_for()
    page.wait_for_timeout(400)
    opened = frame.evaluate(MEASURE)
    # the list took its room from the map, not from the window: legend whole, under the map
    assert opened["legend"]["y0"] >= opened["frame"]["y1"] - 1
    assert opened["legend"]["y1"] <= height + 1
    assert opened["frame"]["y1"] < before["frame"]["y1"]
    _assert_legible(opened, opening=False)
    # every claim of the selection in the province still in the (smaller) frame
    g = frame.evaluate(FRAMING, [box, province])
    (south, _), (north, _) = province
    for c in [c for c in g["markers"] if south <= c["lat"] <= north]:
        assert c["y0"] >= g["frame"]["y0"] and c["y1"] <= g["frame"]["y1"], c
    assert log.page_errors == []
    _shot(page, f"export_selection_list_{width}x{height}")
