"""ACLED and UCDP imports: rows per second through the row loop, for a synthetic export.

Usage: python benchmarks/bench_import.py [--rows 100000] [--repeat 3] [--admin1 Balochistan]

Builds one ACLED and one UCDP export of --rows rows by repeating the data rows of the test
fixtures (tests/fixtures/*_sample.csv) under new event ids, so every kind of row the fixtures
hold (imported, skipped, warned) occurs in proportion. Prints, per dataset, the best of --repeat
imports in wall-clock and CPU seconds, rows per second, and how many claims and problems came
out. Also the decoder alone: seconds to read the ACLED export as text. Nothing is written but the
two exports, in a temporary directory.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.gazetteer import cached_gazetteer
from dashboard.importers import IMPORTERS
from dashboard.storage import decode_text

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
SAMPLES = {"acled": ("acled_sample.csv", "event_id_cnty"), "ucdp": ("ucdp_ged_sample.csv", "id")}


def synthetic_export(kind: str, rows: int, out: Path) -> Path:
    name, id_column = SAMPLES[kind]
    table = list(csv.reader(io.StringIO((FIXTURES / name).read_text(encoding="utf-8"),
                                        newline="")))
    header, body = table[0], [r for r in table[1:] if r]
    at = header.index(id_column)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for n in range(rows):
        row = list(body[n % len(body)])
        if row[at]:  # a blank id stays blank: that row is one the import must skip
            row[at] = f"{row[at]}-{n}"
        writer.writerow(row)
    path = out / f"{kind}-{rows}.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--admin1", default=None)
    args = parser.parse_args(argv)
    gazetteer = cached_gazetteer()[0]
    with tempfile.TemporaryDirectory() as tmp:
        for kind, importer in IMPORTERS.items():
            path = synthetic_export(kind, args.rows, Path(tmp))
            times, cpu = [], []
            for _ in range(args.repeat):
                started, started_cpu = time.perf_counter(), time.process_time()
                result = importer(path, gazetteer, admin1=args.admin1)
                times.append(time.perf_counter() - started)
                cpu.append(time.process_time() - started_cpu)
            best = min(times)
            # CPU seconds too: on a shared machine the wall clock includes other work.
            print(f"{kind}: {args.rows:,} rows in {best:.2f} s, {min(cpu):.2f} s of CPU "
                  f"({args.rows / best:,.0f} rows/s); "
                  f"{len(result.claims):,} claims, {len(result.skipped):,} rows skipped, "
                  f"{len(result.problems) - len(result.skipped):,} warnings")
        path = Path(tmp) / f"acled-{args.rows}.csv"
        raw = path.read_bytes()
        started = time.perf_counter()
        decode_text(raw, str(path))
        print(f"decode_text: {len(raw) / 1e6:.1f} MB in {time.perf_counter() - started:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
