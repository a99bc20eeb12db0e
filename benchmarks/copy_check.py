"""Lines of the project that share a run of words with a published report.

Report sentences must never enter the project (the seed reports' wording, and published reports
read to learn how the province's news is written: copyright). Rules, tests and the corpus are
written in our own words; this finds where a line kept a report's wording anyway, counting runs
of N words in a row (case, punctuation and line breaks ignored).

    python benchmarks/copy_check.py                       # against ../shared/seeds/, 8 words
    python benchmarks/copy_check.py --texts /tmp/real/ --words 7 --since main

`--texts` takes folders of report texts kept outside the project (every `*.txt` in them);
`--since REV` also checks the commit messages written since REV. Exit status 1 when a line
shares a run, so a pre-commit hook or CI can call it. Short runs are often the trade's stock
phrases ("has claimed responsibility for the attack"): read each hit before rewording it.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
# Data files hold names and coordinates, not prose; lock files hold hashes.
SKIP = (".lock", ".csv", ".geojson", ".png", ".jpg", ".js", ".css", ".woff", ".woff2", ".ico")
_WORD = re.compile(r"[a-z0-9']+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def runs(ws: list[str], n: int) -> Iterator[str]:
    for i in range(len(ws) - n + 1):
        yield " ".join(ws[i:i + n])


def report_runs(paths: Iterable[Path], n: int) -> dict[str, Path]:
    """Every n-word run of the reports, with the first report it occurs in."""
    out: dict[str, Path] = {}
    for p in paths:
        for r in runs(words(p.read_text(encoding="utf-8", errors="replace")), n):
            out.setdefault(r, p)
    return out


def tracked_files(repo: Path) -> list[Path]:
    names = subprocess.run(["git", "-C", str(repo), "ls-files", "-z"], capture_output=True,
                           check=True).stdout.decode().split("\0")
    return [repo / n for n in names if n and not n.endswith(SKIP) and not n.startswith("data/")]


def shared_lines(lines: Iterable[tuple[str, int, str]], known: dict[str, Path],
                 n: int) -> Iterator[tuple[str, int, str, Path]]:
    """(where, line number, the run, the report) for every line sharing an n-word run."""
    for where, number, line in lines:
        for r in runs(words(line), n):
            if r in known:
                yield where, number, r, known[r]
                break


def project_lines(repo: Path) -> Iterator[tuple[str, int, str]]:
    for path in tracked_files(repo):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue
        for number, line in enumerate(text.splitlines(), 1):
            yield str(path.relative_to(repo)), number, line


def message_lines(repo: Path, since: str) -> Iterator[tuple[str, int, str]]:
    log = subprocess.run(["git", "-C", str(repo), "log", "--format=%h %B%x00", f"{since}..HEAD"],
                         capture_output=True, text=True, check=True).stdout
    for entry in filter(None, (e.strip() for e in log.split("\0"))):
        commit, _, body = entry.partition(" ")
        for number, line in enumerate(body.splitlines(), 1):
            yield f"commit {commit}", number, line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", nargs="*", type=Path, default=[SEEDS],
                    help="folders of report texts (default: the seed reports)")
    ap.add_argument("--words", type=int, default=8, help="run length that counts (default 8)")
    ap.add_argument("--since", help="also check commit messages since this revision")
    args = ap.parse_args(argv)
    reports = sorted(p for d in args.texts for p in Path(d).glob("*.txt"))
    if not reports:
        print(f"no *.txt report texts in {', '.join(map(str, args.texts))}", file=sys.stderr)
        return 2
    known = report_runs(reports, args.words)
    lines: Iterable[tuple[str, int, str]] = project_lines(REPO)
    if args.since:
        lines = [*lines, *message_lines(REPO, args.since)]
    hits = list(shared_lines(lines, known, args.words))
    for where, number, run, report in hits:
        print(f"{where}:{number}: {run!r} (as in {report.name})")
    print(f"{len(hits)} line(s) share a run of {args.words} words with {len(reports)} report(s)")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
