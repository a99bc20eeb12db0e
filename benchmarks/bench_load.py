"""Dataset loading speed: reading and checking generated claims, as JSON Lines and as YAML.

Usage: python benchmarks/bench_load.py [--claims 20000] [--yaml-claims 2000] [--repeat 3]
Prints the median load_dataset time and microseconds per claim for each format. The claims are
the scale benchmark's synthetic ones (benchmarks/bench_scale.py): no real events.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_scale import synthetic_dataset  # noqa: E402
from dashboard.dataset import load_dataset  # noqa: E402


def _as_yaml(jsonl_dir: Path, out: Path, n: int) -> Path:
    """The first n generated claims written as claims.yaml in block style (nested lines)."""
    out.mkdir()
    for name in ("reports.yaml", "claimants.yaml", "events.yaml"):
        (out / name).write_bytes((jsonl_dir / name).read_bytes())
    with (jsonl_dir / "claims-synthetic.jsonl").open(encoding="utf-8") as f:
        claims = [json.loads(line) for _, line in zip(range(n), f, strict=False)]
    (out / "claims.yaml").write_text(yaml.safe_dump(claims, sort_keys=False), encoding="utf-8")
    return out


def _time(directory: Path, repeat: int) -> tuple[float, int, int]:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        ds = load_dataset(directory)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs), len(ds.claims), len(ds.errors)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--yaml-claims", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = synthetic_dataset(args.claims, Path(tmp) / "jsonl")
        as_yaml = _as_yaml(jsonl, Path(tmp) / "yaml", min(args.yaml_claims, args.claims))
        for label, directory in (("JSON Lines", jsonl), ("YAML", as_yaml)):
            seconds, claims, errors = _time(directory, args.repeat)
            print(f"{label:10}  {claims:7,} claims  {seconds:7.3f} s median of {args.repeat}"
                  f"  {seconds / max(claims, 1) * 1e6:7.1f} us/claim  {errors} errors")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
