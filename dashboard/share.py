"""A view of the map as plain key/value pairs: what a shared link carries and reopens.

A view is the claim filter plus what the reader was looking at: the map's centre and zoom, the
event picked for side-by-side comparison, and whether the page is in screenshot ("brief") mode.
Everything goes through the page URL, so a link copied from one browser reproduces the view in
another, and an export is named after the view it was made from.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from dashboard.filters import ClaimFilter

BRIEF = "brief"
EXPLORE = "explore"
# URL keys of the view itself; the filter's own keys come from ClaimFilter.to_params.
VIEW_KEYS = ("lat", "lon", "zoom", "event", "compare", "mode")
EXPORT_PREFIX = "balochistan-claims"
MAX_SLUG = 60
# Four decimals of a degree is about 10 m: finer than any marker, and the link stays short.
CENTRE_DECIMALS = 4
MIN_ZOOM, MAX_ZOOM = 1, 18


@dataclass(frozen=True)
class View:
    """Everything a link must carry to reopen the page as it was seen."""

    claim_filter: ClaimFilter = field(default_factory=ClaimFilter)
    center: tuple[float, float] | None = None
    zoom: int | None = None
    event: str | None = None
    mode: str = EXPLORE
    # Whether the briefing view shows the event's side-by-side comparison beside the map.
    compare: bool = False

    @property
    def brief(self) -> bool:
        return self.mode == BRIEF

    def to_params(self) -> dict[str, str]:
        """Only what differs from the default view, in a stable order."""
        out = dict(self.claim_filter.to_params())
        if self.center is not None and self.zoom is not None:
            out["lat"] = _coord(self.center[0])
            out["lon"] = _coord(self.center[1])
            out["zoom"] = str(self.zoom)
        if self.event:
            out["event"] = self.event
            if self.compare:
                out["compare"] = "1"
        if self.mode == BRIEF:
            out["mode"] = BRIEF
        return out

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> View:
        """Lenient, like ClaimFilter.from_params: a mangled link opens the default view of
        whatever it cannot read, never an error page."""
        flat = {k: (v[-1] if isinstance(v, list) and v else v) for k, v in params.items()}
        center, zoom = _read_center(flat.get("lat"), flat.get("lon"), flat.get("zoom"))
        event = str(flat.get("event") or "").strip() or None
        mode = BRIEF if str(flat.get("mode") or "") == BRIEF else EXPLORE
        compare = event is not None and str(flat.get("compare") or "") == "1"
        return cls(ClaimFilter.from_params(params), center, zoom, event, mode, compare)

    def with_(self, **changes: Any) -> View:
        return replace(self, **changes)

    def with_map(self, center: Any, zoom: Any) -> View:
        """The view with the map where the reader left it (values as the map reports them)."""
        c, z = map_position(center, zoom)
        if c is None:
            return self
        return replace(self, center=c, zoom=z)


def map_position(center: Any, zoom: Any) -> tuple[tuple[float, float] | None, int | None]:
    """A centre as Leaflet reports it ({"lat", "lng"}) or as a pair, and a zoom, read into
    ((lat, lon), zoom) rounded as a link carries them; (None, None) unless both are sane."""
    return _read_center(*_latlon(center), zoom)


def _coord(value: float) -> str:
    return f"{round(float(value), CENTRE_DECIMALS):.{CENTRE_DECIMALS}f}".rstrip("0").rstrip(".")


def _latlon(center: Any) -> tuple[Any, Any]:
    if isinstance(center, dict):
        return center.get("lat"), center.get("lng", center.get("lon"))
    if isinstance(center, list | tuple) and len(center) == 2:
        return center[0], center[1]
    return None, None


def _read_center(lat: Any, lon: Any, zoom: Any
                 ) -> tuple[tuple[float, float] | None, int | None]:
    """Centre and zoom only together and only when all are sane; otherwise neither."""
    try:
        la, lo, z = float(lat), float(lon), round(float(zoom))
    except (TypeError, ValueError, OverflowError):
        return None, None
    if not (math.isfinite(la) and math.isfinite(lo) and -90 <= la <= 90 and -180 <= lo <= 180):
        return None, None
    z = min(max(z, MIN_ZOOM), MAX_ZOOM)
    return (round(la, CENTRE_DECIMALS), round(lo, CENTRE_DECIMALS)), z


def share_url(page_url: str, view: View) -> str:
    """The link to this view: the page address as the browser knows it, with the view's
    parameters in place of any it had."""
    parts = urlsplit(page_url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/",
                       urlencode(view.to_params()), ""))


# ------------------------------------------------------------------ file names


def view_slug(view: View) -> str:
    """A short, file-name-safe name for a view, readable where it can be ("state_2026-01-29_
    2026-02-05"); long ones keep a readable head and a hash so two views never share a name."""
    f = view.claim_filter
    bits: list[str] = []
    if f.source_types is not None:
        bits.append("-".join(f.source_types) or "no-source-type")
    if f.date_from or f.date_to:
        bits.append(f"{_iso(f.date_from) or 'start'}_{_iso(f.date_to) or 'end'}")
    for name in ("claimants", "incident_types", "labels", "geo_precisions", "reports", "events"):
        values = getattr(f, name)
        if values:
            bits.append("-".join(values))
    if not f.include_undated:
        bits.append("dated-only")
    if f.show_unreviewed:
        bits.append("with-unreviewed")
    if view.event and view.compare:  # the event is part of the picture only when shown
        bits.append(f"event-{view.event}")
    text = re.sub(r"[^a-z0-9_-]+", "-", "_".join(bits).lower()).strip("-_") or "all-claims"
    if len(text) <= MAX_SLUG:
        return text
    digest = hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
    return f"{text[:MAX_SLUG - 9].rstrip('-_')}-{digest}"


def export_name(view: View, extension: str, made: date) -> str:
    """``balochistan-claims_<view>_<YYYY-MM-DD>.<ext>``: after the view and the day it was made."""
    return f"{EXPORT_PREFIX}_{view_slug(view)}_{made.isoformat()}.{extension.lstrip('.')}"


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""
