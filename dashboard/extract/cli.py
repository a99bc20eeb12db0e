"""`python -m dashboard ingest`: the command-line face of the extraction pipeline."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

from dashboard.dataset import data_dir
from dashboard.dates import DateNotationError, parse_date
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


def main_ingest(paths: list[str], published: str | None = None, outlet: str | None = None,
                fmt: str = "json", out: str | None = None) -> int:
    """Ingest report files; print or write JSON or a review YAML. Exit 0 ok, 1 a file failed,
    2 bad arguments."""
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
    gazetteer, _ = cached_gazetteer()
    results: list[IngestResult] = []
    failed = 0
    for path in paths:
        try:
            result = ingest_file(path, published=pub, outlet=outlet, gazetteer=gazetteer)
        except InputError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
            continue
        except Exception as exc:  # a rule's bug loses this report's claims only
            result = stopped_result(exc, path=str(path), published=pub, outlet=outlet)
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
