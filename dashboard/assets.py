"""Serve folium's scripts and stylesheets from the project, so the map works with no internet.

folium links Leaflet, jQuery, Bootstrap, Font Awesome and its plugins from public CDNs. The
dashboard must render where those hosts are unreachable, so the exact files (same versions as
folium's links) are vendored in ``dashboard/ui/static/vendor`` by ``update_vendor.sh`` there.

Three tools:

- :func:`use_local_assets` points folium's class-level ``default_js``/``default_css`` at the
  vendored files. folium writes its ``<script>``/``<link>`` tags from those attributes and
  streamlit-folium reads the same attributes to build its iframe, so one call fixes both.
- :class:`IconImagePath` tells Leaflet where its default marker images are (see its docstring).
- :func:`inline_assets` turns a rendered map into one HTML file that opens offline from disk.

Pure core: no streamlit import here (ruff's banned-api rule and a unit test enforce it).
"""

from __future__ import annotations

import base64
import posixpath
import re
from pathlib import Path
from typing import Final

import folium
import folium.plugins
from folium.elements import JSCSSMixin, MacroElement
from folium.template import Template

VENDOR_DIR: Final[Path] = Path(__file__).resolve().parent / "ui" / "static" / "vendor"

# Streamlit serves `<main script dir>/static` at /app/static when server.enableStaticServing is
# true; the main script is dashboard/ui/app.py. The URL is root-relative so that it works both in
# the Streamlit page and inside st_folium's iframe (served by Streamlit from the same origin).
# Behind server.baseUrlPath, pass f"/{base}/app/static/vendor" instead.
STATIC_URL: Final[str] = "/app/static/vendor"

# folium's own names for its links (the first item of each default_js/default_css pair), mapped
# to the vendored file, relative to VENDOR_DIR. Names are shared across classes in folium (Map and
# Vega both call jQuery "jquery"), so one table serves every class.
LOCAL_ASSETS: Final[dict[str, str]] = {
    # folium.Map
    "leaflet": "leaflet/leaflet.js",
    "jquery": "jquery/jquery.min.js",
    "bootstrap": "bootstrap/js/bootstrap.bundle.min.js",
    "awesome_markers": "awesome-markers/leaflet.awesome-markers.js",
    "leaflet_css": "leaflet/leaflet.css",
    "bootstrap_css": "bootstrap/css/bootstrap.min.css",
    "glyphicons_css": "glyphicons/bootstrap-3-glyphicons.css",
    "awesome_markers_font_css": "fontawesome/css/all.min.css",
    "awesome_markers_css": "awesome-markers/leaflet.awesome-markers.css",
    "awesome_rotate_css": "folium/leaflet.awesome.rotate.css",
    # folium.plugins.MarkerCluster (and FastMarkerCluster, which inherits its links)
    "markerclusterjs": "leaflet.markercluster/leaflet.markercluster.js",
    "markerclustercss": "leaflet.markercluster/MarkerCluster.css",
    "markerclusterdefaultcss": "leaflet.markercluster/MarkerCluster.Default.css",
}

# The classes whose links use_local_assets rewrites. To use another plugin offline: vendor its
# files in update_vendor.sh, add its link names to LOCAL_ASSETS and its class here. A link whose
# name is missing from LOCAL_ASSETS is left pointing at the CDN, where the unit tests catch it.
LOCAL_ASSET_CLASSES: Final[tuple[type[JSCSSMixin], ...]] = (
    folium.Map,
    folium.plugins.MarkerCluster,
)

# The CDN address folium uses for each vendored file, captured before any rewrite. inline_assets
# uses it so that even a map rendered without use_local_assets can be exported offline.
_CDN_TO_LOCAL: Final[dict[str, str]] = {
    url: LOCAL_ASSETS[name]
    for cls in LOCAL_ASSET_CLASSES
    for name, url in (*cls.default_js, *cls.default_css)
    if name in LOCAL_ASSETS and url.startswith(("http://", "https://"))
}

LEAFLET_IMAGES: Final[str] = "leaflet/images/"


def _localised(links: list[tuple[str, str]], base: str) -> list[tuple[str, str]]:
    # Rewrite by name, not by URL, so a second call (already local) gives the same list.
    return [
        (name, f"{base}/{LOCAL_ASSETS[name]}" if name in LOCAL_ASSETS else url)
        for name, url in links
    ]


def use_local_assets(base_url: str = STATIC_URL) -> None:
    """Point folium's script and stylesheet links at the vendored files under ``base_url``.

    Changes class attributes, so it affects every map built afterwards in this process, in
    ``Map.get_root().render()`` and in ``st_folium`` alike. Calling it again is harmless.
    """
    base = base_url.rstrip("/")
    for cls in LOCAL_ASSET_CLASSES:
        # Assign new lists rather than editing in place: folium's module-level defaults are the
        # same list objects, and a fresh list keeps each class's attribute its own.
        cls.default_js = _localised(list(cls.default_js), base)
        cls.default_css = _localised(list(cls.default_css), base)


class IconImagePath(MacroElement):
    """Set ``L.Icon.Default.imagePath`` to the vendored Leaflet images folder.

    Leaflet finds its default marker images by reading a URL out of leaflet.css the first time a
    marker is drawn. In st_folium's iframe the stylesheet is attached after the map script has
    run, so that lookup comes back empty and default markers request ``marker-icon.png`` from the
    wrong place. Setting the path explicitly avoids the race.

    Add it to the map *before* any marker with a default icon: folium and streamlit-folium emit
    scripts in the order elements were added. Circle markers and awesome-marker icons need no
    images and do not depend on it.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            L.Icon.Default.imagePath = {{ this.image_path|tojson }};
        {% endmacro %}
        """
    )

    def __init__(self, base_url: str = STATIC_URL) -> None:
        super().__init__()
        self._name = "IconImagePath"
        self.image_path = f"{base_url.rstrip('/')}/{LEAFLET_IMAGES}"


# <script src="..."></script> as branca writes it (attributes in any order, either quote).
_SCRIPT_TAG = re.compile(
    r"<script\b[^>]*?\bsrc\s*=\s*([\"'])(?P<url>[^\"']+)\1[^>]*>\s*</script\s*>", re.IGNORECASE
)
_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(f"{_SCRIPT_TAG.pattern}|{_LINK_TAG.pattern}", re.IGNORECASE)
_HREF = re.compile(r"\bhref\s*=\s*([\"'])(?P<url>[^\"']+)\1", re.IGNORECASE)
_REL_STYLESHEET = re.compile(r"\brel\s*=\s*([\"'])?stylesheet\b", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*([\"']?)(?P<ref>[^\"')]*)\1\s*\)")
_SOURCE_MAP = re.compile(r"^\s*(//# sourceMappingURL=.*|/\*# sourceMappingURL=.*?\*/)\s*$", re.M)

_MIME_TYPES: Final[dict[str, str]] = {
    ".png": "image/png",
    ".gif": "image/gif",
    ".jpg": "image/jpeg",
    ".svg": "image/svg+xml",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".ttf": "font/ttf",
    ".eot": "application/vnd.ms-fontobject",
}
_FONT_SUFFIXES: Final[frozenset[str]] = frozenset({".woff2", ".woff", ".ttf", ".eot", ".otf"})

# An empty resource: what a url() becomes when the file is not vendored (the .ttf fallbacks that
# follow a woff2 source) or fonts are not wanted. The browser then simply has nothing to load.
_EMPTY_DATA_URI: Final[str] = "data:,"


def _data_uri(path: Path) -> str:
    mime = _MIME_TYPES.get(path.suffix.lower(), "application/octet-stream")
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def _vendored_relpath(url: str, base: str) -> str | None:
    """The file under VENDOR_DIR that ``url`` refers to, or None if it is not a vendored link."""
    if url in _CDN_TO_LOCAL:
        return _CDN_TO_LOCAL[url]
    if not url.startswith(base + "/"):
        return None
    rel = posixpath.normpath(url[len(base) + 1 :].split("?", 1)[0].split("#", 1)[0])
    if rel.startswith(("../", "/")) or rel == "..":
        raise ValueError(f"asset URL leaves the vendor folder: {url}")
    return rel


def _read_vendored(rel: str, vendor_dir: Path) -> str:
    path = vendor_dir / rel
    if not path.is_file():
        raise FileNotFoundError(f"vendored asset missing: {path} (run update_vendor.sh)")
    return path.read_text(encoding="utf-8")


def _inline_css_urls(css: str, css_rel: str, vendor_dir: Path, *, embed_fonts: bool) -> str:
    """Replace each url() in a vendored stylesheet with a data: URI of the file it names."""
    css_dir = posixpath.dirname(css_rel)

    def replace(match: re.Match[str]) -> str:
        ref = match.group("ref").strip()
        # data: URIs are already inline; "#default#VML" is an old IE behaviour, not a file.
        if not ref or ref.startswith(("data:", "#")):
            return match.group(0)
        target = posixpath.normpath(posixpath.join(css_dir, ref.split("?", 1)[0].split("#", 1)[0]))
        path = vendor_dir / target
        is_font = path.suffix.lower() in _FONT_SUFFIXES
        if (
            ref.startswith(("http:", "https:", "//"))
            or target.startswith("..")
            or not path.is_file()
            or (is_font and not embed_fonts)
        ):
            return f'url("{_EMPTY_DATA_URI}")'
        return f'url("{_data_uri(path)}")'

    return _CSS_URL.sub(replace, css)


def _default_icon_script(vendor_dir: Path) -> str:
    # With no server, Leaflet's default marker images come as data URIs. imagePath is pinned to ""
    # because Leaflet prefixes it to each icon URL, and an IconImagePath written for the served
    # app (which runs later, in the body) would otherwise turn the data URIs into broken paths.
    images = vendor_dir / LEAFLET_IMAGES
    return (
        "<script>\n"
        "L.Icon.Default.mergeOptions({"
        f'iconUrl: "{_data_uri(images / "marker-icon.png")}", '
        f'iconRetinaUrl: "{_data_uri(images / "marker-icon-2x.png")}", '
        f'shadowUrl: "{_data_uri(images / "marker-shadow.png")}"}});\n'
        'Object.defineProperty(L.Icon.Default, "imagePath", '
        '{get: function () { return ""; }, set: function () {}, configurable: true});\n'
        "</script>"
    )


def inline_assets(
    html: str,
    *,
    base_url: str = STATIC_URL,
    vendor_dir: Path = VENDOR_DIR,
    embed_fonts: bool = True,
) -> str:
    """Return ``html`` with every vendored ``<script src>``/``<link rel=stylesheet>`` inlined.

    For exports that must open from a file with no server and no internet. Links to the vendored
    files (under ``base_url``, or folium's own CDN addresses for them) become ``<script>`` and
    ``<style>`` blocks; images and fonts the stylesheets use become data: URIs, and so do
    Leaflet's default marker images. ``embed_fonts=False`` leaves icon fonts out (about 0.4 MB)
    for maps that draw no glyph icons.

    Raises ValueError if a script or stylesheet remains that is not vendored, since the result
    would silently need the internet.
    """
    base = base_url.rstrip("/")
    not_vendored: list[str] = []

    def inline_script(match: re.Match[str]) -> str:
        url = match.group("url")
        rel = _vendored_relpath(url, base)
        if rel is None:
            not_vendored.append(url)
            return match.group(0)
        js = _SOURCE_MAP.sub("", _read_vendored(rel, vendor_dir))
        # "</script" inside the code would end the element early; "<\/script" means the same in JS.
        js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
        block = f"<script>/* {rel} */\n{js}\n</script>"
        if rel == LOCAL_ASSETS["leaflet"]:
            block += "\n" + _default_icon_script(vendor_dir)
        return block

    def inline_link(match: re.Match[str]) -> str:
        tag = match.group(0)
        href = _HREF.search(tag)
        if href is None or not _REL_STYLESHEET.search(tag):
            return tag  # a preconnect or icon link, not a stylesheet
        rel = _vendored_relpath(href.group("url"), base)
        if rel is None:
            not_vendored.append(href.group("url"))
            return tag
        css = _SOURCE_MAP.sub("", _read_vendored(rel, vendor_dir))
        css = _inline_css_urls(css, rel, vendor_dir, embed_fonts=embed_fonts)
        css = re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)
        return f"<style>/* {rel} */\n{css}\n</style>"

    def inline_tag(match: re.Match[str]) -> str:
        return inline_script(match) if match.group("url") else inline_link(match)

    # One pass over the original page, so text inside inlined files is never taken for a tag.
    out = _TAG.sub(inline_tag, html)
    if not_vendored:
        raise ValueError(
            "scripts or stylesheets that are not vendored remain: " + ", ".join(not_vendored)
        )
    return out
