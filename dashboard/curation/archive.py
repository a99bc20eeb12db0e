"""A report coming in: its text and metadata from a paste, a .txt or a saved .html page, and
its archive copy under ``<data>/reports/<sha256>.txt``.

HTML is parsed by trafilatura (article body, title, site name, canonical URL, publication
date), never rendered and never picked apart with hand-written tag rules. What it finds is a
proposal: the analyst confirms or corrects each field before the report is added.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from dashboard.extract.text import InputError, decode_report

MAX_UPLOAD_BYTES = 2_000_000  # a saved article page is tens to hundreds of kB
HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt", ".text", ".md")


@dataclass(frozen=True)
class ReportDraft:
    """A report before it is added: every field the analyst will confirm, with where it came
    from (``*_basis``) so the record can say how each was established."""

    text: str
    title: str = ""
    outlet: str = ""
    outlet_basis: str = ""
    url: str = ""
    published: str = "unknown"  # the dataset's date notation: 2026-03-02, 2026-03, unknown
    published_basis: str = ""
    source_name: str = "pasted text"

    def with_(self, **changes: str) -> ReportDraft:
        return replace(self, **changes)


def canonical_text(text: str) -> str:
    """The text as archived and hashed: line endings unified, outer blank space dropped, so a
    re-saved copy of the same text is recognised as the same report."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.strip().split("\n")) + "\n"


def sha256_of(text: str) -> str:
    return hashlib.sha256(canonical_text(text).encode("utf-8")).hexdigest()


def archive_path(data: Path, sha: str) -> Path:
    return Path(data) / "reports" / f"{sha}.txt"


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def draft_from_text(text: str, source_name: str = "pasted text") -> ReportDraft:
    if not text.strip():
        raise InputError(f"{source_name}: no text")
    return ReportDraft(text=canonical_text(text), source_name=source_name)


def draft_from_upload(name: str, raw: bytes) -> ReportDraft:
    """A .txt or .html upload, size-limited; raises InputError with a message for the analyst."""
    if len(raw) > MAX_UPLOAD_BYTES:
        raise InputError(f"{name}: {len(raw):,} bytes is more than the {MAX_UPLOAD_BYTES:,}-byte "
                         "limit for one report")
    lower = name.lower()
    if lower.endswith(HTML_SUFFIXES):
        return draft_from_html(raw, name)
    if lower.endswith(TEXT_SUFFIXES) or "." not in Path(lower).name:
        decoded = decode_report(raw, name)
        return draft_from_text(decoded.text, name)
    raise InputError(f"{name}: only .html/.htm pages and .txt files can be added")


def draft_from_html(raw: bytes | str, name: str = "page.html") -> ReportDraft:
    import trafilatura  # imported here: only the review loop needs it, and it is slow to load

    if isinstance(raw, bytes) and len(raw) > MAX_UPLOAD_BYTES:
        raise InputError(f"{name}: larger than the {MAX_UPLOAD_BYTES:,}-byte limit")
    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        raise InputError(f"{name}: no article text found in this page")
    body = doc.text or ""
    title = (doc.title or "").strip()
    # trafilatura starts the text with the headline it also returns as title: keep it once.
    first, _, rest = body.partition("\n")
    if title and first.strip() == title and rest.strip():
        body = rest
    outlet = (doc.sitename or "").strip()
    url = (doc.url or "").strip()
    if url and not re.match(r"^https?://", url, re.IGNORECASE):
        url = ""  # only web addresses are kept as a report's URL
    date = (doc.date or "").strip()
    published = date if re.match(r"^\d{4}-\d{2}-\d{2}$", date) else "unknown"
    return ReportDraft(
        text=canonical_text(body), title=title, outlet=outlet,
        outlet_basis=f"the page's site name, read from {name} by trafilatura" if outlet else "",
        url=url, published=published,
        published_basis=(f"the page's publication date, read from {name} by trafilatura "
                         "(htmldate)") if published != "unknown" else "",
        source_name=name)
