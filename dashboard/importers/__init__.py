"""Importers for curated event datasets (ACLED, UCDP GED) into the project's claim format."""

from __future__ import annotations

import sys
from pathlib import Path

from dashboard.gazetteer import cached_gazetteer
from dashboard.importers.acled import import_acled
from dashboard.importers.source_file import (
    Imported,
    ImportRefused,
    merge_dataset,
    write_dataset,
)
from dashboard.importers.ucdp import import_ucdp

IMPORTERS = {"acled": import_acled, "ucdp": import_ucdp}

__all__ = ["IMPORTERS", "ImportRefused", "Imported", "run_import"]


def run_import(kind: str, file: str | Path, *, out: str | Path | None = None,
               merge_into: str | Path | None = None, admin1: str | None = None) -> int:
    """The `import` command: exit 0 when written (row problems listed), 2 when refused."""
    gazetteer, _ = cached_gazetteer()
    try:
        result = IMPORTERS[kind](Path(file), gazetteer, admin1=admin1)
        target = Path(merge_into) if merge_into else None
        if merge_into:
            paths = merge_dataset(result, Path(merge_into))
        else:
            target = Path(out) if out else Path(f"data-{result.report['id']}")
            paths = write_dataset(result, target)
    except ImportRefused as exc:
        print(f"import refused: {exc}", file=sys.stderr)
        return 2
    # Load what was written once, as the dashboard will: it checks the output, and a large
    # dataset's parsed form is cached on disk, so the dashboard's first visit is fast.
    from dashboard.pipeline import load

    loaded = load(Path(merge_into) if merge_into else target)
    for p in result.problems:
        tag = "" if p.severity == "error" else " (warning)"
        print(f"{p}{tag}", file=sys.stderr)
    print(f"the dataset directory loads with {len(loaded.errors)} error(s); "
          f"{loaded.table['claim_id'].nunique() if not loaded.table.empty else 0} claims",
          file=sys.stderr)
    print(f"{result.dataset}: {result.rows} rows read, {len(result.claims)} claims written, "
          f"{len(result.skipped)} rows not imported (listed above and in {paths[-1]}); "
          f"dataset files: {', '.join(str(p) for p in paths[:-1])}", file=sys.stderr)
    return 0
