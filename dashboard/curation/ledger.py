"""Writing reviewed records into the dataset's own files, one writer at a time, and the audit
log beside them.

Every save takes an exclusive ``fcntl.flock`` on ``<data>/.review.lock``, then re-reads the
files it changes (another reviewer may have saved a moment ago), appends, and replaces each file
atomically (dashboard.storage.write_atomic). Appending to the text keeps the curated files'
comments and layout; re-dumping them from parsed YAML would erase both.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from dashboard.storage import write_atomic

LOCK_NAME = ".review.lock"
AUDIT_NAME = "audit.jsonl"
_EMPTY_FLOW_LIST = re.compile(r"^\[\]\s*$", re.MULTILINE)


class LedgerError(RuntimeError):
    """A dataset file that cannot be appended to safely; nothing was written."""


@contextlib.contextmanager
def locked(data: Path) -> Iterator[None]:
    """Hold the dataset's write lock (blocking): one reviewer's save at a time, across
    processes and across the threads of one server."""
    data = Path(data)
    data.mkdir(parents=True, exist_ok=True)
    fd = os.open(data / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def dump_records(records: list[dict[str, Any]]) -> str:
    return yaml.safe_dump(records, sort_keys=False, allow_unicode=True, width=100)


def append_records(path: Path, records: list[dict[str, Any]], *, header: str = "") -> None:
    """Append records to a YAML list file (call under ``locked``); the file's text is kept."""
    if not records:
        return
    path = Path(path)
    text = path.read_text(encoding="utf-8") if path.exists() else header
    try:
        before = yaml.safe_load(text) if text.strip() else None
    except yaml.YAMLError as exc:
        raise LedgerError(f"{path}: not valid YAML, fix it before saving ({exc})") from None
    if before is None or before == []:
        # An empty file or an explicit `[]` (overrides.yaml): the block list starts here.
        text = _EMPTY_FLOW_LIST.sub("", text)
        before = []
    if not isinstance(before, list):
        raise LedgerError(f"{path}: expected a list of records")
    if text and not text.endswith("\n"):
        text += "\n"
    new_text = text + ("\n" if text.strip() else "") + dump_records(records)
    try:
        after = yaml.safe_load(new_text)
    except yaml.YAMLError:
        after = None
    if not isinstance(after, list) or len(after) != len(before) + len(records):
        # e.g. a file whose list is written in flow style: appending a block would change it
        raise LedgerError(f"{path}: its list is not in block style; cannot append safely")
    write_atomic(path, new_text)


def existing_ids(path: Path, key: str = "id") -> set[str]:
    """Ids already in a YAML list file, read fresh (under the lock, before appending)."""
    if not Path(path).exists():
        return set()
    try:
        items = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    except yaml.YAMLError:
        return set()
    return {str(r.get(key)) for r in items if isinstance(r, dict) and r.get(key) is not None}


# --------------------------------------------------------------------------- the audit log


def audit_path(data: Path) -> Path:
    return Path(data) / AUDIT_NAME


def append_audit(data: Path, entries: list[dict[str, Any]]) -> None:
    """Append entries as JSON Lines (call under ``locked``).

    One O_APPEND write per save: the log only ever grows, earlier lines are never rewritten, and
    a crash mid-write can cost at most the last, partial line, which ``read_audit`` skips.
    """
    if not entries:
        return
    payload = "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in entries)
    fd = os.open(audit_path(data), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, payload.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def read_audit(data: Path) -> list[dict[str, Any]]:
    path = audit_path(data)
    if not path.exists():
        return []
    out: list[dict[str, Any]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict):
            out.append(entry)
    return out


def history(data: Path, claim_id: str) -> list[dict[str, Any]]:
    """Every audit entry about one claim (or the candidate it was accepted from), oldest first."""
    return [e for e in read_audit(data)
            if e.get("claim") == claim_id or claim_id in (e.get("merged") or [])]
