"""A claim's record for readers: its provenance, the passage it comes from, and its audit trail.

Read-only: the reader-side history page uses only this module, which never writes.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dashboard.curation import ledger
from dashboard.curation.archive import archive_path
from dashboard.dataset import reports_dir
from dashboard.models import Claim, Report


@dataclass(frozen=True)
class ClaimHistory:
    claim: Claim
    report: Report | None
    passage: list[tuple[int, str]]  # (paragraph number, text)
    text_source: str  # where the passage was read from, or why it is missing
    entries: list[dict[str, Any]]


def report_text(data: Path, report: Report) -> tuple[str | None, str]:
    """The report's text and where it came from: the archive copy, else the reports folder."""
    if report.sha256:
        path = archive_path(data, report.sha256)
        if path.exists():
            return path.read_text(encoding="utf-8", errors="replace"), \
                f"archived copy reports/{report.sha256}.txt"
        return None, f"archived copy reports/{report.sha256}.txt is missing"
    if report.file:
        path = reports_dir() / Path(report.file).name
        if path.exists():
            return path.read_text(encoding="utf-8", errors="replace"), f"report file {report.file}"
        return None, f"report file {report.file} is not on this server"
    return None, "the report's text is not kept with the dataset"


def paragraphs(text: str) -> list[str]:
    """Paragraphs as the dataset counts them: the non-empty lines of the text, 1-based."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def claim_history(data: Path, claims: list[Claim], reports: dict[str, Report],
                  claim_id: str) -> ClaimHistory | None:
    claim = next((c for c in claims if c.id == claim_id), None)
    if claim is None:
        return None
    report = reports.get(claim.report_id)
    passage: list[tuple[int, str]] = []
    source = "no report"
    if report is not None:
        text, source = report_text(data, report)
        if text is not None:
            paras = paragraphs(text)
            passage = [(n, paras[n - 1]) for n in claim.passage if 0 < n <= len(paras)]
    return ClaimHistory(claim, report, passage, source, ledger.history(data, claim_id))


def describe_change(value: Any) -> str:
    """One before/after value as plain text for a table cell."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def plain_table(header: list[str], rows: list[Any]) -> str:
    """An HTML table with every cell escaped: the values are text typed by reports and people."""
    def cells(tag: str, values: Any) -> str:
        return "".join(f"<{tag} style='text-align:left;vertical-align:top;padding:2px 8px'>"
                       f"{html.escape(describe_change(v))}</{tag}>" for v in values)
    body = "".join(f"<tr>{cells('td', r)}</tr>" for r in rows)
    return (f"<table style='border-collapse:collapse;width:100%'><thead><tr>{cells('th', header)}"
            f"</tr></thead><tbody>{body}</tbody></table>")
