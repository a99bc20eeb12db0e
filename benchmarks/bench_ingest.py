"""Ingest speed: a generated corpus of report-sized texts, reports per second and peak memory.

Usage: python benchmarks/bench_ingest.py [--reports 1000] [--seed 7] [--tracemalloc] [--workers N]
The corpus is generated from sentence templates written for this benchmark (no real reports),
with places, figures, claimants and dates drawn at random, ~3-6 KB per report.
With --workers N the reports are written to files and read the way `python -m dashboard ingest`
reads a batch (dashboard.extract.cli.ingest_paths, N processes): wall time is what a user waits.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.dates import DateSpan, parse_date  # noqa: E402
from dashboard.extract.cli import ingest_paths  # noqa: E402
from dashboard.extract.ingest import ingest_text  # noqa: E402
from dashboard.gazetteer import load_gazetteer  # noqa: E402

TEMPLATES = [
    "Unidentified gunmen killed {n} {who} in the {loc} area of {district} district on {day}, "
    "police said.",
    "The {group} claimed responsibility for an attack near {town} in which it said {n2} "
    "soldiers had died, but officials put the toll at {n}.",
    "Security forces conducted an intelligence-based operation in {town} and killed at least "
    "{n} militants, the ISPR said in a statement.",
    "Relatives of {n} men picked up from {town} over the past {h} hours staged a sit-in outside "
    "the press club in Quetta.",
    "According to the HRCP, {n2} people were forcibly disappeared from {district} district "
    "since {date}.",
    "A roadside bomb wounded {n} Levies personnel travelling from {town} to {town2}.",
    "The victims were residents of {town2} and had been working in {town} for several years.",
    "Chief Minister Sarfraz Bugti told reporters that dozens of terrorists had been eliminated "
    "earlier in the week.",
    "Markets remained closed in {town} on {day} as traders protested against the killings.",
    "The BYC said {n2} activists had been detained in {town} and demanded their release.",
    "Analysts in Islamabad said the provincial government faced mounting pressure over the "
    "security situation along the highway.",
    "Officials said {words} passengers were offloaded from a bus near {town} and shot dead.",
]
WHO = ["civilians", "labourers", "policemen", "soldiers", "people", "passengers"]
GROUPS = ["BLA", "BLF", "Baloch Liberation Army", "Balochistan Liberation Front"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday night", "Saturday", "Sunday"]
WORDS = ["two", "three", "four", "seven", "nine", "eleven", "twenty-three"]
LOCALITIES = ["Nasl", "Kalag", "Sorgar", "Zamuran", "Gresha", "Jhal Jao", "Parom", "Hoshab"]


def corpus(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)  # noqa: S311 (a reproducible corpus, not a secret)
    gaz, _ = load_gazetteer()
    towns = [p.name for p in gaz.places.values() if p.kind == "town"]
    districts = sorted({p.district for p in gaz.districts() if p.district})
    texts = []
    for _ in range(n):
        paras = []
        for _ in range(rng.randint(8, 14)):
            sents = []
            for _ in range(rng.randint(2, 4)):
                sents.append(rng.choice(TEMPLATES).format(
                    n=rng.randint(2, 60), n2=rng.randint(2, 300), who=rng.choice(WHO),
                    loc=rng.choice(LOCALITIES), district=rng.choice(districts),
                    town=rng.choice(towns), town2=rng.choice(towns), day=rng.choice(DAYS),
                    group=rng.choice(GROUPS), h=rng.choice([24, 40, 48, 72]),
                    date=f"{rng.randint(1, 28)} {rng.choice(['March', 'June', 'November'])}",
                    words=rng.choice(WORDS)))
            paras.append(" ".join(sents))
        texts.append("\n\n".join(paras))
    return texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--tracemalloc", action="store_true",
                    help="also measure Python heap peak (slows the run down)")
    ap.add_argument("--workers", type=int, default=None,
                    help="ingest the reports as files through the ingest command's batch reader "
                         "with N processes (default: each report in this process)")
    args = ap.parse_args(argv)
    texts = corpus(args.reports, args.seed)
    published = parse_date("2026-02-06")
    if args.workers is not None:
        return _batch(texts, published, args.workers)
    gaz, _ = load_gazetteer()
    size = sum(len(t) for t in texts)
    ingest_text(texts[0], published=published, gazetteer=gaz)  # warm the caches
    if args.tracemalloc:
        tracemalloc.start()
    t0, c0 = time.perf_counter(), time.process_time()
    worst = worst_cpu = 0.0
    claims = 0
    for text in texts:
        s, c = time.perf_counter(), time.process_time()
        claims += len(ingest_text(text, published=published, gazetteer=gaz).claims)
        worst = max(worst, time.perf_counter() - s)
        worst_cpu = max(worst_cpu, time.process_time() - c)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"reports           {len(texts)} ({size / len(texts) / 1024:.1f} KB average)")
    print(f"elapsed           {elapsed:.2f} s")
    print(f"reports/second    {len(texts) / elapsed:.1f}")
    print(f"slowest report    {worst * 1000:.1f} ms")
    # On a shared machine wall time includes waiting for a core; CPU time is our own cost.
    print(f"cpu time          {cpu:.2f} s ({len(texts) / cpu:.1f} reports per cpu-second)")
    print(f"slowest (cpu)     {worst_cpu * 1000:.1f} ms")
    print(f"candidate claims  {claims}")
    if args.tracemalloc:
        _, peak = tracemalloc.get_traced_memory()
        print(f"python heap peak  {peak / 1e6:.1f} MB (tracemalloc)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak RSS          {rss / 1024:.1f} MB (whole process, corpus included)")
    return 0


def _batch(texts: list[str], published: DateSpan, workers: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, text in enumerate(texts):
            path = Path(tmp) / f"report{i:05d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        t0 = time.perf_counter()
        outcomes = list(ingest_paths(paths, published, None, workers))
        elapsed = time.perf_counter() - t0
    claims = sum(len(o.claims) for _, kind, o in outcomes if not isinstance(o, str))
    failed = sum(kind != "ok" for _, kind, _ in outcomes)
    print(f"reports           {len(texts)} as files, {workers} worker process(es)")
    print(f"elapsed           {elapsed:.2f} s (gazetteer load and process start-up included)")
    print(f"reports/second    {len(texts) / elapsed:.1f}")
    print(f"candidate claims  {claims}")
    print(f"failed            {failed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
