"""The page's shell, gzipped once at level 9 for the proxy of ``serve --workers`` to send as is.

The shell is what every first visit downloads whatever the data: Streamlit's scripts and styles,
the map frame's script (streamlit-folium) and the vendored Leaflet, jQuery, Bootstrap and Font
Awesome. Debian's HAProxy compresses with libslz, at about zlib level 1's ratio: Streamlit's
bundles come out ~35 % larger than at level 9. So ``serve`` writes a level-9 copy of each of
these files once, under the app's static folder (which every worker serves at /app/static), and
the proxy rewrites a request for the original to its copy (``serving.proxy_config``).

The copies mirror the URL they stand for: ``/static/js/index.X.js`` is packed as
``dashboard/ui/static/shell/static/js/index.X.js.gz``, served at
``/app/static/shell/static/js/index.X.js.gz``.
"""

from __future__ import annotations

import gzip
import importlib.util
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dashboard.storage import write_atomic

PACKED_DIR = Path(__file__).resolve().parent / "ui" / "static" / "shell"
# Where the workers serve PACKED_DIR (Streamlit's server.enableStaticServing).
PACKED_URL = "/app/static/shell"
# Only text compresses; images and woff2 fonts are compressed already.
CONTENT_TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
                 ".svg": "image/svg+xml", ".json": "application/json"}
# Below this a file's headers cost more than level 9 saves over level 1.
MIN_BYTES = 1024
# A content-hashed name never changes content: browsers may keep it for a year unasked.
IMMUTABLE = "public,max-age=31536000,immutable"
# Anything else keeps the caching the worker gives it: Streamlit's file handler answers a
# revalidation with the whole file, so "no-cache" would cost a returning reader every file.
_PLAIN_URL = re.compile(r"[A-Za-z0-9._/~-]+")


@dataclass(frozen=True)
class ShellFolder:
    """A folder of files the workers serve under one URL prefix."""

    url: str  # e.g. "/static/"
    directory: Path
    hashed_names: bool  # whether every file name carries a hash of its content


@dataclass(frozen=True)
class PackedFile:
    url: str  # the path a browser asks for
    content_type: str
    cache_control: str | None  # None: whatever the worker sends


def _package_dir(name: str) -> Path:
    # found, not imported: the core never imports the UI's libraries (and this runs before
    # the workers start, in a process that needs nothing else of them)
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return Path("/nonexistent")
    return Path(next(iter(spec.submodule_search_locations))).resolve()


def shell_folders() -> list[ShellFolder]:
    """Streamlit's bundles, the map frame's, and the app's vendored libraries, where present."""
    st_static = _package_dir("streamlit") / "static" / "static"
    folium_build = _package_dir("streamlit_folium") / "frontend" / "build"
    vendor = Path(__file__).resolve().parent / "ui" / "static" / "vendor"
    # streamlit-folium declares its component as "st_folium" inside the module streamlit_folium:
    # Streamlit serves it at /component/<module>.<name>/
    component = "/component/streamlit_folium.st_folium/"
    folders = [ShellFolder("/static/", st_static, True),
               ShellFolder(component + "static/", folium_build / "static", True),
               ShellFolder(component, folium_build, False),
               ShellFolder("/app/static/vendor/", vendor, False)]
    return [f for f in folders if f.directory.is_dir()]


def _files(folder: ShellFolder) -> Iterable[tuple[str, Path]]:
    # the component's root folder holds its static/ folder, packed as its own entry
    nested = folder.directory / "static" if not folder.hashed_names else None
    for path in sorted(folder.directory.rglob("*")):
        if nested is not None and nested in path.parents:
            continue
        url = folder.url + path.relative_to(folder.directory).as_posix()
        # a map file's key ends at the first space, and a URL would carry %-escapes
        if (path.is_file() and path.suffix in CONTENT_TYPES and _PLAIN_URL.fullmatch(url)
                and path.stat().st_size >= MIN_BYTES):
            yield url, path


def packed_path(url: str, packed_dir: Path = PACKED_DIR) -> Path:
    return packed_dir / (url.lstrip("/") + ".gz")


def pack_shell(folders: Iterable[ShellFolder] | None = None,
               packed_dir: Path = PACKED_DIR) -> list[PackedFile]:
    """Write (or keep, when newer than its original) a level-9 gzip copy of every shell file,
    delete copies of files that are gone (an upgraded Streamlit's old bundles), and return what
    was packed. An unwritable folder packs nothing: the proxy then compresses as before."""
    folders = shell_folders() if folders is None else list(folders)
    packed: list[PackedFile] = []
    keep: set[Path] = set()
    try:
        for folder in folders:
            for url, source in _files(folder):
                target = packed_path(url, packed_dir)
                keep.add(target)
                if (not target.exists()
                        or target.stat().st_mtime_ns < source.stat().st_mtime_ns):
                    # mtime=0: the same original always gives the same bytes (and ETag)
                    write_atomic(target, gzip.compress(source.read_bytes(), 9, mtime=0))
                packed.append(PackedFile(url, CONTENT_TYPES[source.suffix],
                                         IMMUTABLE if folder.hashed_names else None))
    except OSError:
        return []
    if packed_dir.is_dir():
        for stale in packed_dir.rglob("*.gz"):
            if stale not in keep:
                stale.unlink(missing_ok=True)
    return packed


def write_maps(packed: Iterable[PackedFile], runtime: Path) -> tuple[Path, Path]:
    """HAProxy map files (one ``key value`` a line): a shell URL to its content type, and a
    content-hashed one to its Cache-Control."""
    packed = list(packed)
    types = runtime / "shell_types.map"
    caching = runtime / "shell_cache.map"
    write_atomic(types, "".join(f"{p.url} {p.content_type}\n" for p in packed))
    write_atomic(caching, "".join(f"{p.url} {p.cache_control}\n" for p in packed
                                  if p.cache_control))
    for path in (types, caching):
        os.chmod(path, 0o600)
    return types, caching
