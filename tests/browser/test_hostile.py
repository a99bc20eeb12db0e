"""Hostile texts in every field a reader sees: nothing runs, nothing is injected, the text is shown
as typed. In chromium, on the dashboard (map tooltips and popups, not-drawn panel, claims table,
event view, problems banner, screenshot mode) and on the standalone HTML export.

The dataset is the bundled one with payloads appended to claimant names, summaries, place
mentions, outlets, report titles, figure texts and notes, event titles and summaries, plus a
record whose rejection message quotes a payload. Each payload, if it ever ran, would call
alert(); the harness records every dialog in every frame.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
import yaml
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.harness import (
    DEFAULT_DATA,
    BrowserLog,
    install_offline_guard,
    map_frame,
    save_screenshot,
    wait_for_app,
    wait_for_popup_shown,
    watch_page,
)

PAYLOADS = [
    "<script>alert('s1')</script>",
    "<img src=x onerror=alert('i2')>",
    "javascript:alert('j3')",
    '"><svg onload=alert(\'v4\')>',
    "<b>unclosed <i>tag & ampersand",
    "[click me](javascript:alert('m6'))",
    "`tick` **bold** $x^2$ <!-- comment",
]
SHEBAN = "Sheban <img src=x onerror=alert('h8')> [x](javascript:alert('h8'))"
BAD_INCIDENT = "<img src=x onerror=alert('p9')>"

# Evaluated in every frame: injected elements and live javascript: links the payloads would make.
FIND_INJECTED = """() => {
  const bad = [];
  document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], iframe[srcdoc]')
    .forEach(e => bad.push(e.outerHTML.slice(0, 120)));
  document.querySelectorAll('a[href]').forEach(a => {
    if (a.getAttribute('href').trim().toLowerCase().startsWith('javascript:'))
      bad.push(a.outerHTML.slice(0, 120));
  });
  document.querySelectorAll('script').forEach(s => {
    if (/^\\s*alert\\(/.test(s.textContent)) bad.push(s.outerHTML.slice(0, 120));
  });
  document.querySelectorAll('b, i').forEach(e => {
    if (e.textContent.startsWith('unclosed') || e.textContent === 'tag & ampersand')
      bad.push(e.outerHTML.slice(0, 120));
  });
  // Markdown in data rendered as markup (a link, bold, code, maths) rather than shown as typed.
  document.querySelectorAll('a, strong, em, code, del, .katex').forEach(e => {
    const t = e.textContent.trim();
    if (['click me', 'bold', 'tick', 'x'].includes(t) || t.startsWith('x2'))
      bad.push(e.outerHTML.slice(0, 120));
  });
  return bad;
}"""


def _payload(i: int) -> str:
    return PAYLOADS[i % len(PAYLOADS)]


def _load(path: Path) -> list[dict[str, Any]]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def _dump(path: Path, records: list[dict[str, Any]]) -> None:
    path.write_text(yaml.safe_dump(records, sort_keys=False, allow_unicode=True, width=1000),
                    encoding="utf-8")


def build_hostile_dataset(target: Path) -> dict[str, Any]:
    """Copy data/ to target and poison every text a reader sees; return what was written."""
    shutil.copytree(DEFAULT_DATA, target)
    claimants = _load(target / "claimants.yaml")
    for i, c in enumerate(claimants):
        c["name"] = f"{c['name']} {_payload(i)}"
    _dump(target / "claimants.yaml", claimants)
    reports = _load(target / "reports.yaml")
    for i, r in enumerate(reports):
        r["title"] = f"{r['title']} {_payload(i + 1)}"
        r["outlet"] = f"Outlet {_payload(i + 2)}"
    _dump(target / "reports.yaml", reports)
    events = _load(target / "events.yaml")
    for i, e in enumerate(events):
        e["title"] = f"{e['title']} {_payload(i + 3)}"
        e["summary"] = f"{e['summary']} {_payload(i + 4)}"
    _dump(target / "events.yaml", events)
    claims = _load(target / "claims.yaml")
    for i, c in enumerate(claims):
        c["summary"] = f"{c['summary']} {_payload(i)}"
        for f in c.get("figures") or []:
            f["note"] = f"{f.get('note') or 'note'} {_payload(i + 5)}"
            if f.get("qualifier") == "vague":
                f["raw"] = f"{f['raw']} {_payload(i + 1)}"
        # The one place the gazetteer cannot resolve is listed in the not-drawn panel as typed.
        for k, p in enumerate(c["places"]):
            if p == "Sheban":
                c["places"][k] = SHEBAN
            elif isinstance(p, dict) and p.get("mention") == "Sheban":
                p["mention"] = SHEBAN
        if i % 3 == 0:
            # Unresolvable, so it is listed as typed; the claim's other places stay on the map.
            c["places"] = [*c["places"], f"Nowhere {_payload(i + 2)}"]
    claims.append({"id": "c-hostile-rejected", "report": "r000", "claimant": "ispr",
                   "incident_type": BAD_INCIDENT, "places": ["Quetta"], "date": "2025-11-05",
                   "summary": "Rejected: its incident type is not one we know."})
    _dump(target / "claims.yaml", claims)
    return {"claimants": claimants, "reports": reports, "events": events, "claims": claims}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    target = tmp_path_factory.mktemp("hostile") / "data"
    return target, build_hostile_dataset(target)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _assert_popup_shows_its_claim(text: str, written: dict[str, Any]) -> None:
    """Each text of the claim behind a popup is in it, whole and as typed."""
    claim_id = re.search(r"Claim (\S+) · a claim", text)
    assert claim_id, text
    claim = next(c for c in written["claims"] if c["id"] == claim_id.group(1))
    claimant = next(c for c in written["claimants"] if c["id"] == claim["claimant"])
    report = next(r for r in written["reports"] if r["id"] == claim["report"])
    flat = _flat(text)
    wanted = [claimant["name"], claim["summary"], report["title"], report["outlet"]]
    wanted += [f["note"] for f in claim.get("figures") or []]
    wanted += [f["raw"] for f in claim.get("figures") or [] if f.get("qualifier") == "vague"]
    if claim.get("event"):
        wanted.append(next(e["title"] for e in written["events"] if e["id"] == claim["event"]))
    for w in wanted:
        assert _flat(w) in flat, (w, text)


def _injected(page) -> list[str]:
    found: list[str] = []
    for frame in page.frames:
        try:
            found += [f"{frame.url[:60]}: {b}" for b in frame.evaluate(FIND_INJECTED)]
        except Exception as exc:  # a frame that navigated away mid-check
            if "detached" not in str(exc).lower():
                raise
    return found


def _assert_nothing_ran(page, log: BrowserLog) -> None:
    assert log.dialogs == [], log.dialogs
    assert _injected(page) == []
    for frame in page.frames:
        assert frame.evaluate("() => window.__pwned === undefined")


def test_map_popups_and_tooltips_show_payloads_as_text(start_app: Callable[..., str], page,
                                                      browser_log: BrowserLog, hostile) -> None:
    directory, written = hostile
    page.goto(start_app(directory))
    wait_for_app(page)
    frame = map_frame(page)
    markers = frame.locator(".claim-marker")
    markers.first.wait_for()
    from dashboard.pipeline import load

    count = markers.count()
    assert count == int(load(directory).table["mapped"].sum()) > 5
    names = {c["name"] for c in written["claimants"]}
    popup_texts: list[str] = []
    for i in range(count):
        marker = markers.nth(i)
        marker.dispatch_event("mouseover")
        tip = frame.locator(".claim-tooltip").last
        tip.wait_for()
        assert tip.locator("b").first.text_content() in names
        marker.dispatch_event("click")
        popup = frame.locator(".claim-popup")
        popup.wait_for()
        popup_texts.append(popup.text_content() or "")
        title = popup.locator(".claim-title").text_content()
        assert title in names
        # The marker's own title attribute carries the name as typed, too.
        assert (marker.get_attribute("title") or "").startswith(title)
        if i == 0:
            frame.locator(".leaflet-container").scroll_into_view_if_needed()
            wait_for_popup_shown(frame)
            save_screenshot(page, "hostile_map_popup")
        marker.dispatch_event("mouseout")
        frame.evaluate("() => document.querySelector('.leaflet-popup-close-button')?.click()")
        frame.wait_for_function("() => !document.querySelector('.claim-popup')")
    for text in popup_texts:
        _assert_popup_shows_its_claim(text, written)
    seen = [p for p in PAYLOADS if p in "\n".join(popup_texts)]
    assert len(seen) >= 5, seen
    _assert_nothing_ran(page, browser_log)


def _open_options(page, field):
    """Open a select box's option list and return its options. The list opens on a click in
    some runs, only on ArrowDown in others, and now and then on neither while the page is
    still rerunning: each try clicks and presses again, up to three times."""
    options = page.locator("[role='option']")
    for _ in range(3):
        field.click()
        page.wait_for_timeout(300)
        if not options.first.is_visible():
            field.press("ArrowDown")
        try:
            options.first.wait_for(timeout=8000)
            return options
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    options.first.wait_for()
    return options


def test_page_panels_show_payloads_as_text(start_app: Callable[..., str], page,
                                           browser_log: BrowserLog, hostile) -> None:
    directory, written = hostile
    page.goto(start_app(directory))
    wait_for_app(page)
    map_frame(page).locator(".claim-marker").first.wait_for()
    body = page.locator("[data-testid='stMain']").inner_text()
    # The problems banner says why the poisoned record was rejected, quoting it as typed.
    banner = page.locator("[data-testid='stAlertContentError']").first.inner_text()
    assert "incident_type" in banner and BAD_INCIDENT in banner, banner
    # Not-drawn panel: claimants, places and figures of province-wide and unresolved claims.
    assert f"{SHEBAN} (unresolved)" in body
    offmap_names = [c["name"] for c in written["claimants"] if c["name"] in body]
    assert offmap_names, "claimant names appear in the not-drawn panel as typed"
    # Event view: the picked event's title (in the picker) and summary, as typed.
    events = {e["title"]: e["summary"] for e in written["events"]}
    pick = page.locator("[data-testid='stSelectbox']").filter(has_text="Event")
    picked_title = pick.locator("input").input_value()
    assert picked_title in events, picked_title
    # Its options list every event title as typed.
    options = _open_options(page, pick.locator("input"))
    assert {options.nth(i).inner_text() for i in range(options.count())} <= set(events)
    assert options.count() >= 2
    page.keyboard.press("Escape")
    assert " ".join(events[picked_title].split()) in " ".join(body.split())
    # Filter pickers: claimant names and report titles are options, shown as typed.
    sidebar = page.locator("[data-testid='stSidebar']")
    sidebar.get_by_text("More filters").click()
    for label, wanted in (("Claimant", {c["name"] for c in written["claimants"]}),
                          ("Report", {f"{r['id']}: {r['title']}" for r in written["reports"]})):
        options = _open_options(page, sidebar.locator("[data-testid='stMultiSelect']").filter(
            has=page.get_by_text(label, exact=True)).locator("input"))
        # The list is virtualised (only the rows in view exist) and starts with "Select all".
        texts = {options.nth(i).inner_text() for i in range(options.count())} - {"Select all"}
        assert len(texts) >= 3 and texts <= wanted, texts - wanted
        page.keyboard.press("Escape")
    # The compact comparison (a table for slides) inside its expander.
    page.get_by_text("Compact comparison for a slide").click()
    sheet = page.locator("[data-testid='stTable']").first
    sheet.wait_for()
    sheet_text = sheet.inner_text()
    assert any(c["name"] in sheet_text for c in written["claimants"]), sheet_text[:300]
    page.locator("[data-testid='stDataFrame']").first.scroll_into_view_if_needed()
    save_screenshot(page, "hostile_page")
    _assert_nothing_ran(page, browser_log)


def test_screenshot_mode_with_hostile_names_in_the_filter(start_app: Callable[..., str], page,
                                                          browser_log: BrowserLog,
                                                          hostile) -> None:
    directory, written = hostile
    event = written["events"][0]
    claimant_ids = [c["id"] for c in written["claimants"][:4]]
    # Unknown ids in a link are hostile text too: the summary prints them as typed.
    query = {"claimants": ",".join([*claimant_ids, "<svg onload=alert('u1')>"]),
             "event": event["id"], "compare": "1", "mode": "brief"}
    page.goto(f"{start_app(directory)}/?{urlencode(query)}")
    wait_for_app(page)
    map_frame(page)
    summary = page.locator("[data-testid='brief-summary']")
    summary.wait_for()
    text = summary.inner_text()
    for c in written["claimants"][:4]:
        assert c["name"] in text
    assert "<svg onload=alert('u1')>" in text
    body = page.locator("body").inner_text()
    assert event["title"] in body
    save_screenshot(page, "hostile_screenshot_mode")
    _assert_nothing_ran(page, browser_log)


@contextmanager
def _standalone_page(browser, log: BrowserLog, path: Path,
                     viewport: tuple[int, int] = (1400, 1000)) -> Iterator[Any]:
    """A standalone map file open in a fresh page, the internet refused and the page watched."""
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    install_offline_guard(context, log)
    page = context.new_page()
    watch_page(page, log)
    try:
        page.goto(path.as_uri())
        yield page
    finally:
        context.close()


def test_standalone_html_export_shows_payloads_as_text(browser, browser_log: BrowserLog,
                                                       hostile, tmp_path: Path) -> None:
    from dashboard.assets import inline_assets
    from dashboard.pipeline import load
    from dashboard.render import build_map

    directory, written = hostile
    loaded = load(directory)
    names = {c["name"] for c in written["claimants"]}
    summary = "Claims by " + ", ".join(sorted(names)[:3])
    html_text = inline_assets(build_map(loaded.table, summary=summary).get_root().render())
    path = tmp_path / "hostile_map.html"
    path.write_text(html_text, encoding="utf-8")
    with _standalone_page(browser, browser_log, path) as page:
        page.wait_for_selector(".claim-marker")
        legend = page.locator(".claims-legend .lg-summary").inner_text()
        assert legend == summary
        markers = page.locator(".claim-marker")
        texts = []
        for i in range(markers.count()):
            markers.nth(i).dispatch_event("click")
            texts.append(page.locator(".claim-popup").text_content() or "")
            page.evaluate("() => document.querySelector('.leaflet-popup-close-button').click()")
            page.wait_for_function("() => !document.querySelector('.claim-popup')")
        for text in texts:
            _assert_popup_shows_its_claim(text, written)
        save_screenshot(page, "hostile_html_export")
        _assert_nothing_ran(page, browser_log)
        assert browser_log.refused_except_tiles() == []


def test_large_map_canvas_popup_shows_payloads_as_text(browser, browser_log: BrowserLog,
                                                       hostile, tmp_path: Path) -> None:
    """Above CANVAS_ABOVE claim-places the map is one canvas whose click popup lists claims:
    the same texts, through a different code path."""
    import pandas as pd

    from dashboard.assets import inline_assets
    from dashboard.pipeline import load
    from dashboard.render import CANVAS_ABOVE, build_map

    directory, written = hostile
    table = load(directory).table
    mapped = table[table["mapped"]]
    copies = CANVAS_ABOVE // len(mapped) + 1
    big = pd.concat([mapped.assign(claim_id=mapped["claim_id"] + f"-{k}") for k in range(copies)],
                    ignore_index=True)
    path = tmp_path / "hostile_canvas.html"
    path.write_text(inline_assets(build_map(big).get_root().render()), encoding="utf-8")
    with _standalone_page(browser, browser_log, path) as page:
        page.wait_for_selector("canvas.claim-canvas")
        names = {c["name"] for c in written["claimants"]}
        seen: set[str] = set()
        for lat, lon in mapped[["lat", "lon"]].drop_duplicates().itertuples(index=False):
            x, y, covered = page.evaluate(
                """([lat, lon]) => {
                     const m = Object.values(window).find(v => v instanceof L.Map);
                     const p = m.latLngToContainerPoint([lat, lon]);
                     const r = m.getContainer().getBoundingClientRect();
                     const x = r.left + p.x, y = r.top + p.y;
                     const top = document.elementFromPoint(x, y);
                     return [x, y, !top || !top.closest('.leaflet-container') ||
                             !!top.closest('.leaflet-control')];
                   }""", [lat, lon])
            # under a control, or panned (by a popup) off the map into the legend under it:
            # not clickable, and not the point of this test
            if covered:
                continue
            page.mouse.click(x, y)
            popup = page.locator(".claim-canvas-popup")
            popup.wait_for()
            seen |= {t for t in popup.locator(".claim-entry .claim-title").all_text_contents()}
            page.evaluate("() => document.querySelector('.leaflet-popup-close-button').click()")
            page.wait_for_function("() => !document.querySelector('.claim-canvas-popup')")
        assert seen and seen <= names, seen - names
        save_screenshot(page, "hostile_canvas_map")
        _assert_nothing_ran(page, browser_log)


HOSTILE_IDS = ['c"><img src=x onerror="window.__pwned=1">', "c/../../review?x=1#frag",
               "javascript:window.__pwned=1", "c&claim=other <b>bold</b>"]


@pytest.mark.parametrize("canvas", [False, True], ids=["markers", "canvas"])
def test_history_link_keeps_a_hostile_claim_id_as_text(browser, browser_log: BrowserLog,
                                                       loaded, tmp_path: Path,
                                                       canvas: bool) -> None:
    """The popup's history link carries the claim id encoded into one query value, and shows
    it nowhere as markup, through both claim layers (the dataset refuses such ids; the map
    must not depend on that)."""
    from urllib.parse import parse_qs, urlsplit

    import pandas as pd

    from dashboard.assets import inline_assets
    from dashboard.render import CANVAS_ABOVE, build_map, claim_layer

    mapped = loaded.table[loaded.table["mapped"]]
    spot = mapped[mapped["place"] == "Mashkai"].head(1)
    copies = CANVAS_ABOVE + 1 if canvas else 1
    rows = [spot.assign(claim_id=HOSTILE_IDS[k % len(HOSTILE_IDS)] + ("" if k < len(HOSTILE_IDS)
                                                                       else f"-{k}"))
            for k in range(max(copies, len(HOSTILE_IDS)))]
    table = pd.concat(rows, ignore_index=True)
    layer = claim_layer(table, history="history?claim=")
    html_text = inline_assets(build_map(table, layer=layer).get_root().render())
    path = tmp_path / "hostile_ids.html"
    path.write_text(html_text, encoding="utf-8")
    with _standalone_page(browser, browser_log, path, viewport=(1280, 900)) as page:
        if canvas:
            page.wait_for_selector("canvas.claim-canvas[data-drawn]")
            x, y = page.evaluate("""([lat, lon]) => {
                const m = window.claimMap, p = m.latLngToContainerPoint([lat, lon]);
                const r = m.getContainer().getBoundingClientRect();
                return [r.left + p.x, r.top + p.y]; }""",
                [float(spot["lat"].iloc[0]), float(spot["lon"].iloc[0])])
            page.mouse.click(x, y)
        else:
            page.locator(".claim-marker").first.dispatch_event("click")
        links = page.locator(".leaflet-popup a.claim-history")
        links.first.wait_for()
        hrefs = links.evaluate_all("as => as.map(a => a.href)")
        ids = set()
        for href in hrefs:
            parts = urlsplit(href)
            assert parts.scheme == "file" and parts.path.endswith("/history"), href
            assert not parts.fragment, href
            query = parse_qs(parts.query)
            assert list(query) == ["claim"], href
            ids.add(query["claim"][0])
        assert ids & set(HOSTILE_IDS), ids
        assert ids <= set(table["claim_id"]), ids - set(table["claim_id"])
        text = page.locator(".leaflet-popup").text_content() or ""
        assert any(f"Claim {i}" in text for i in HOSTILE_IDS), text
        assert page.locator("img[src='x']").count() == 0
        assert page.locator(".leaflet-popup b:text-is('bold')").count() == 0
        save_screenshot(page, f"hostile_history_link_{'canvas' if canvas else 'markers'}")
        _assert_nothing_ran(page, browser_log)
