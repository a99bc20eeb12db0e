"""Offline front-end assets: folium's links point at vendored files that exist, and exports inline
them so a saved map needs nothing from the internet."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import folium
import folium.plugins
import pytest

from dashboard import assets
from dashboard.assets import (
    LOCAL_ASSET_CLASSES,
    LOCAL_ASSETS,
    STATIC_URL,
    VENDOR_DIR,
    IconImagePath,
    inline_assets,
    use_local_assets,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
# Files in the vendor folder that are about the vendored files rather than vendored themselves.
VENDOR_META = {"VENDOR.md", "SHA256SUMS", "update_vendor.sh"}
# Font formats that stylesheets list as fallbacks after woff2 and that are not vendored.
FONT_FALLBACKS = {".ttf", ".eot", ".woff", ".svg"}

SCRIPT_SRC = re.compile(r"<script\b[^>]*\bsrc=[\"']([^\"']+)", re.IGNORECASE)
STYLESHEET_HREF = re.compile(r"<link\b[^>]*\bhref=[\"']([^\"']+)", re.IGNORECASE)


@pytest.fixture(autouse=True)
def restore_folium_links() -> Iterator[None]:
    """use_local_assets changes folium's classes; put them back so other tests see folium as is."""
    saved = {cls: dict(vars(cls)) for cls in LOCAL_ASSET_CLASSES}
    yield
    for cls, attrs in saved.items():
        for attr in ("default_js", "default_css"):
            if attr in attrs:
                setattr(cls, attr, attrs[attr])
            elif attr in vars(cls):
                delattr(cls, attr)


def _sample_map() -> folium.Map:
    # Everything the dashboard may draw: clusters, default and awesome-marker pins, circles.
    m = folium.Map(location=[28.5, 65.5], zoom_start=6, tiles=None, maxZoom=18)
    IconImagePath().add_to(m)
    cluster = folium.plugins.MarkerCluster().add_to(m)
    folium.Marker([30.18, 66.99], popup="Quetta").add_to(cluster)
    folium.Marker([25.12, 62.32], icon=folium.Icon(icon="info-sign", angle=45)).add_to(m)
    folium.CircleMarker([29.0, 64.0], radius=6, popup="<b>claim</b>").add_to(m)
    folium.plugins.FastMarkerCluster([[27.0, 66.0], [27.1, 66.1]]).add_to(m)
    return m


def _links(html: str) -> list[str]:
    return SCRIPT_SRC.findall(html) + STYLESHEET_HREF.findall(html)


def test_rendered_map_links_only_vendored_files() -> None:
    use_local_assets()
    links = _links(_sample_map().get_root().render())
    assert links, "expected folium to write script and stylesheet links"
    assert [u for u in links if not u.startswith(f"{STATIC_URL}/")] == []
    assert not [u for u in links if "://" in u or u.startswith("//")]


def test_every_linked_file_exists_on_disk() -> None:
    use_local_assets()
    for cls in LOCAL_ASSET_CLASSES:
        for name, url in (*cls.default_js, *cls.default_css):
            assert name in LOCAL_ASSETS, f"{cls.__name__} links {name} ({url}): not vendored"
            path = VENDOR_DIR / url.removeprefix(f"{STATIC_URL}/")
            assert path.is_file(), f"{cls.__name__}.{name}: {path} missing"


def test_use_local_assets_is_idempotent_and_takes_a_base_url() -> None:
    use_local_assets()
    once = (list(folium.Map.default_js), list(folium.Map.default_css))
    use_local_assets()
    assert (folium.Map.default_js, folium.Map.default_css) == once
    use_local_assets("/base/app/static/vendor/")
    assert dict(folium.plugins.MarkerCluster.default_js)["markerclusterjs"] == (
        "/base/app/static/vendor/leaflet.markercluster/leaflet.markercluster.js"
    )


def test_fast_marker_cluster_inherits_the_local_links() -> None:
    use_local_assets()
    assert folium.plugins.FastMarkerCluster.default_js == folium.plugins.MarkerCluster.default_js


def test_icon_image_path_is_set_before_markers_are_made() -> None:
    use_local_assets()
    html = _sample_map().get_root().render()
    setting = html.index(f'L.Icon.Default.imagePath = "{STATIC_URL}/leaflet/images/";')
    assert setting < html.index("L.marker(")
    assert (VENDOR_DIR / "leaflet" / "images" / "marker-icon.png").is_file()


def test_every_url_in_vendored_stylesheets_resolves() -> None:
    for css in VENDOR_DIR.rglob("*.css"):
        for ref in re.findall(r"url\(\s*[\"']?([^\"')]+)", css.read_text(encoding="utf-8")):
            if ref.startswith(("data:", "#")):
                continue
            assert not ref.startswith(("http:", "https:", "//")), f"{css}: {ref}"
            target = (css.parent / ref.split("?")[0].split("#")[0]).resolve()
            if target.suffix in FONT_FALLBACKS and target.with_suffix(".woff2").is_file():
                continue  # a fallback format listed after the vendored woff2
            assert target.is_file(), f"{css.relative_to(VENDOR_DIR)} needs {ref}"


def _with_cdn_links(html: str) -> str:
    """The page as folium writes it before use_local_assets, whatever other tests did to folium."""
    for cdn_url, rel in assets._CDN_TO_LOCAL.items():
        html = html.replace(f'"{STATIC_URL}/{rel}"', f'"{cdn_url}"')
    return html


@pytest.mark.parametrize("cdn", [False, True], ids=["local-links", "cdn-links"])
def test_inline_assets_makes_a_self_contained_page(cdn: bool) -> None:
    use_local_assets()
    page = _sample_map().get_root().render()
    if cdn:
        page = _with_cdn_links(page)
        assert all(u.startswith("https://") for u in _links(page))
    html = inline_assets(page)

    assert _links(html) == []  # no <script src> and no <link href> of any kind left
    assert not re.search(r"url\(\s*[\"']?(https?:|//|/app/)", html)
    assert "sourceMappingURL" not in html
    for rel in ("leaflet/leaflet.js", "leaflet.markercluster/leaflet.markercluster.js"):
        assert f"<script>/* {rel} */" in html
    assert "<style>/* leaflet/leaflet.css */" in html
    # Leaflet's default marker images come as data URIs, fixed against later imagePath changes.
    assert 'iconUrl: "data:image/png;base64,' in html
    assert 'Object.defineProperty(L.Icon.Default, "imagePath"' in html
    # Icon fonts and sprites are embedded.
    assert "data:font/woff2;base64," in html
    assert "data:image/png;base64," in html


def test_inline_assets_can_leave_fonts_out() -> None:
    use_local_assets()
    html = inline_assets(_sample_map().get_root().render(), embed_fonts=False)
    assert "data:font/" not in html
    assert _links(html) == []


class _ScriptBodies(HTMLParser):
    """The text of each <script> element, split as a browser's parser splits it."""

    def __init__(self) -> None:
        super().__init__()
        self.bodies: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_script = tag == "script"
        if self._in_script:
            self.bodies.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.bodies[-1] += data


def test_inlined_scripts_arrive_whole() -> None:
    use_local_assets()
    parser = _ScriptBodies()
    parser.feed(inline_assets(_sample_map().get_root().render()))
    inlined = {
        b.split(" */", 1)[0].removeprefix("/* "): b for b in parser.bodies if b.startswith("/* ")
    }
    assert set(inlined) == {rel for rel in LOCAL_ASSETS.values() if rel.endswith(".js")}
    for rel, body in inlined.items():
        source = (VENDOR_DIR / rel).read_text(encoding="utf-8")
        last_code_line = [line for line in source.splitlines() if "sourceMappingURL" not in line][
            -1
        ]
        # Nothing inside the file ended the <script> element early.
        assert body.rstrip().endswith(last_code_line.rstrip()), rel


@pytest.mark.parametrize(
    "tag",
    [
        '<script src="https://example.org/d3.min.js"></script>',
        '<link rel="stylesheet" href="//example.org/x.css"/>',
        '<script src="local-but-not-vendored.js"></script>',
    ],
)
def test_inline_assets_refuses_what_it_cannot_inline(tag: str) -> None:
    with pytest.raises(ValueError, match="not vendored"):
        inline_assets(f"<html><head>{tag}</head><body></body></html>")


def test_inline_assets_rejects_paths_outside_the_vendor_folder() -> None:
    with pytest.raises(ValueError, match="leaves the vendor folder"):
        inline_assets(f'<script src="{STATIC_URL}/../../app.py"></script>')


def test_inline_assets_reports_a_missing_vendored_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"update_vendor\.sh"):
        inline_assets(
            f'<script src="{STATIC_URL}/leaflet/leaflet.js"></script>', vendor_dir=tmp_path
        )


def test_vendor_md_lists_every_vendored_file_and_checksums_match() -> None:
    listed = (VENDOR_DIR / "VENDOR.md").read_text(encoding="utf-8")
    sums = dict(
        reversed(line.split(None, 1))
        for line in (VENDOR_DIR / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    )
    files = sorted(
        p.relative_to(VENDOR_DIR).as_posix()
        for p in VENDOR_DIR.rglob("*")
        if p.is_file() and p.name not in VENDOR_META
    )
    assert files == sorted(sums), "SHA256SUMS out of date: run update_vendor.sh"
    for rel in files:
        assert f"`{rel}`" in listed, f"VENDOR.md does not list {rel}"
        digest = hashlib.sha256((VENDOR_DIR / rel).read_bytes()).hexdigest()
        assert sums[rel] == digest, f"{rel} differs from what update_vendor.sh produced"


def test_every_vendored_package_carries_its_licence() -> None:
    for folder in {Path(rel).parts[0] for rel in LOCAL_ASSETS.values()} - {"folium"}:
        assert (VENDOR_DIR / folder / "LICENSE").is_file(), f"{folder} has no LICENSE"


def test_assets_module_does_not_import_streamlit() -> None:
    code = "import sys, dashboard.assets; print('streamlit' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
    assert assets.__name__ == "dashboard.assets"
