"""A large dataset's map data, published once as a file the map's frame fetches.

At 100,000 claims the canvas layer's data is ~2 MB. Inside the map's script it would travel
over the websocket on every rerun and make every filter change a new map (st_folium keys its
frame by the script). As a file under Streamlit's static folder it is written once per dataset,
fetched once per page, and the script that loads it stays the same whatever the filters are.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from dashboard.pipeline import Loaded
from dashboard.render import CanvasClaimLayer, compact_json, compact_records, outlines_script
from dashboard.serving import OUTLINES_PREFIX, PUBLISHED_DATA_PATH
from dashboard.storage import write_atomic
from dashboard.ui.history import HISTORY_LINK

# Streamlit serves <main script dir>/static at /app/static (server.enableStaticServing).
PUBLISH_DIR = Path(__file__).resolve().parent / "static" / "claims"
# the proxy of `serve --workers` sends the .gz copy of these files as they are
PUBLISH_URL = PUBLISHED_DATA_PATH.rstrip("/")
STALE_AFTER_S = 7 * 24 * 3600  # files of datasets no server has published for a week


@dataclass(frozen=True)
class Published:
    rows: pd.Index  # the claim table's index of each row of the data, in order
    url: str | None  # None: the folder was not writable, the data goes inside the script
    payload: dict[str, Any] | None = None

    def layer(self) -> CanvasClaimLayer:
        """A new layer each run: folium elements are mutable and sessions run in parallel."""
        if self.url is not None:
            return CanvasClaimLayer(url=self.url, history=HISTORY_LINK)
        return CanvasClaimLayer(self.payload, history=HISTORY_LINK)


_lock = threading.Lock()
_published: dict[int, tuple[Loaded, Published]] = {}


def published(loaded: Loaded, directory: Path = PUBLISH_DIR) -> Published:
    """The map data of this loaded dataset, written on first use."""
    with _lock:
        kept = _published.get(id(loaded))
        # the object itself is kept with its entry, so an id cannot be reused by a newer one
        if kept is not None and kept[0] is loaded:
            return kept[1]
        result = _publish(loaded.table, directory)
        _published[id(loaded)] = (loaded, result)
        while len(_published) > 4:
            _published.pop(next(iter(_published)))
        return result


def _publish(table: pd.DataFrame, directory: Path) -> Published:
    text, rows = compact_json(table)
    name = hashlib.sha256(text.encode("utf-8")).hexdigest()[:24] + ".json"
    target = directory / name
    packed = target.with_name(name + ".gz")
    try:
        if not target.exists() or not packed.exists():
            data = text.encode("utf-8")
            write_atomic(target, data)
            # mtime=0: the same claims give the same bytes, whichever server wrote them
            write_atomic(packed, gzip.compress(data, compresslevel=9, mtime=0))
        target.touch()
        packed.touch()
        _sweep(directory, keep=(target, packed))
    except OSError:
        return Published(rows, None, compact_records(table))
    return Published(rows, f"{PUBLISH_URL}/{name}")


def _sweep(directory: Path, keep: tuple[Path, ...]) -> None:
    """Content-addressed files pile up as datasets change; other servers may be using recent
    ones, so only week-old files go."""
    cutoff = time.time() - STALE_AFTER_S
    for f in [*directory.glob("*.json"), *directory.glob("*.json.gz")]:
        try:
            if f not in keep and f.stat().st_mtime < cutoff:
                f.unlink()
        except OSError:
            continue


@functools.cache
def published_outlines(directory: Path = PUBLISH_DIR) -> str | None:
    """The URL of the basemap's outlines as a script (render.outlines_script), written once per
    process under a name made from its content; None when the folder is not writable (the map
    then carries them in its script, as a standalone map does)."""
    data = outlines_script().encode("utf-8")
    name = f"{OUTLINES_PREFIX}{hashlib.sha256(data).hexdigest()[:24]}.js"
    target = directory / name
    packed = target.with_name(name + ".gz")
    try:
        # the same bytes whichever worker writes; the proxy sends the level-9 copy as it is
        if not target.exists() or not packed.exists():
            write_atomic(target, data)
            write_atomic(packed, gzip.compress(data, compresslevel=9, mtime=0))
    except OSError:
        return None
    return f"{PUBLISH_URL}/{name}"
