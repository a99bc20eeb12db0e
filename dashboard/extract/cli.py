"""`python -m dashboard ingest`: the command-line face of the extraction pipeline."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml

from dashboard.dataset import data_dir
from dashboard.dates import DateNotationError, DateSpan, parse_date
from dashboard.extract.ingest import IngestResult, ingest_file, stopped_result
from dashboard.extract.review import build_review, review_yaml
from dashboard.extract.text import InputError
from dashboard.gazetteer import cached_gazetteer
from dashboard.storage import write_atomic

CURATED_FILES = ("reports.yaml", "claimants.yaml", "claims.yaml", "events.yaml",
                 "overrides.yaml")


def _curated_claimant_ids() -> set[str]:
    path = data_dir() / "claimants.yaml"
    try:
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError):
        return set()
    return {str(i["id"]) for i in items if isinstance(i, dict) and "id" in i}


# A worker is worth its start-up (a fork, its share of the pickling) only for a batch: below this
# many reports a file, one process ingests them all.
REPORTS_PER_WORKER = 20


def default_workers(reports: int) -> int:
    """Every core for a large batch, one process for a few reports."""
    return max(1, min(os.cpu_count() or 1, reports // REPORTS_PER_WORKER))


def _ingest_one(path: str, published: DateSpan | None,
                outlet: str | None) -> tuple[str, IngestResult | str]:
    """One file's outcome, as a worker hands it back: ("ok", result), ("input", the reason it
    could not be read) or ("stopped", the result that names the rule's error)."""
    try:
        return "ok", ingest_file(path, published=published, outlet=outlet,
                                 gazetteer=cached_gazetteer()[0])
    except InputError as exc:
        return "input", str(exc)
    except Exception as exc:  # a rule's bug loses this report's claims only
        return "stopped", stopped_result(exc, path=str(path), published=published,
                                         outlet=outlet)


def ingest_paths(paths: Sequence[str], published: DateSpan | None = None,
                 outlet: str | None = None,
                 workers: int | None = None) -> Iterator[tuple[str, str, IngestResult | str]]:
    """(path, kind, outcome) for each file, in the order given. A batch is spread over
    `workers` processes (default: every core for a large batch, see default_workers): each
    report is ingested on its own, so the outcome is the same however many there are."""
    n = default_workers(len(paths)) if workers is None else max(1, workers)
    if n == 1 or len(paths) < 2:
        for path in paths:
            yield (path, *_ingest_one(path, published, outlet))
        return
    cached_gazetteer()  # loaded once here, so each forked worker starts with it
    with ProcessPoolExecutor(max_workers=n) as pool:
        chunk = max(1, len(paths) // (n * 8))
        outcomes = pool.map(_ingest_one, paths, [published] * len(paths),
                            [outlet] * len(paths), chunksize=chunk)
        for path, outcome in zip(paths, outcomes, strict=True):
            yield (path, *outcome)


def main_ingest(paths: list[str], published: str | None = None, outlet: str | None = None,
                fmt: str = "json", out: str | None = None, workers: int | None = None) -> int:
    """Ingest report files; print or write JSON or a review YAML. Exit 0 ok, 1 a file failed,
    2 bad arguments. `workers`: processes for a batch (default: see default_workers)."""
    pub = None
    if published:
        try:
            pub = parse_date(published)
        except DateNotationError as exc:
            print(f"error: --published: {exc}", file=sys.stderr)
            return 2
    if fmt not in ("json", "yaml"):
        print(f"error: --format must be json or yaml, not {fmt!r}", file=sys.stderr)
        return 2
    if out:
        target = Path(out).resolve()
        curated = data_dir().resolve()
        if target.parent == curated and target.name in CURATED_FILES:
            print(f"error: {out} is part of the curated dataset; ingest writes review files "
                  f"only (e.g. {curated / 'review' / 'new.yaml'})", file=sys.stderr)
            return 2
    results: list[IngestResult] = []
    failed = 0
    for path, kind, outcome in ingest_paths(paths, pub, outlet, workers):
        if isinstance(outcome, str):  # kind "input": the file could not be read
            print(f"error: {outcome}", file=sys.stderr)
            failed += 1
            continue
        result = outcome
        if kind == "stopped":
            print(f"error: {result.warnings[0]}", file=sys.stderr)
            results.append(result)  # the report stays in the output, with its warning
            failed += 1
            continue
        for w in result.warnings:
            print(f"warning: {path}: {w}" if not w.startswith(str(path)) else f"warning: {w}",
                  file=sys.stderr)
        results.append(result)
    if fmt == "json":
        text = json.dumps({"reports": [r.as_dict() for r in results]}, ensure_ascii=False,
                          indent=2) + "\n"
    else:
        text = review_yaml(build_review(results, existing_claimants=_curated_claimant_ids()))
    if out:
        write_atomic(out, text)
        print(f"wrote {sum(len(r.claims) for r in results)} candidate claims from "
              f"{len(results)} report(s) to {out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 1 if failed else 0
