"""What ACLED and UCDP imports share: reading an export, the row loop (ExportFormat.read: ids,
--admin1, date limits, one Problem per rejected row), placing and dating a record honestly,
and writing the result as a dataset directory (data/README.md) that `--data` can point at.

An imported record becomes a claim whose claimant is the dataset itself: ACLED or UCDP coded
the event from the sources it lists, and that coding is what the map shows, never a fact.
Every row either becomes a claim or is listed as a Problem with its line and reason.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from dashboard.dataset import latest_possible_day
from dashboard.gazetteer import (
    MAX_KM_FROM_DISTRICT,
    Gazetteer,
    distance_km,
    loose_key,
    mention_key,
)
from dashboard.models import Problem
from dashboard.storage import NotText, decode_text, write_atomic

_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.:-]+")


class ImportRefused(Exception):
    """The file as a whole cannot be imported (unreadable, not text, required columns missing)
    or the command cannot apply (an --admin1 that names no province)."""


@dataclass
class SourceRow:
    """One CSV row with its 1-based line in the file (of the row's first physical line); a
    warning about it goes to the import's problems at that line."""

    file: str
    line: int
    values: dict[str, str]
    problems: list[Problem] = field(repr=False)

    def get(self, column: str) -> str:
        return (self.values.get(column) or "").strip()

    def warn(self, column: str, message: str) -> None:
        """A problem that does not stop the row from being imported."""
        self.problems.append(Problem(self.file, self.line, column, message, "warning"))


def read_rows(path: Path, required: tuple[str, ...], dataset: str,
              problems: list[Problem]) -> Iterator[SourceRow]:
    """Rows of an export; column names matched case-insensitively, in any order, extras kept.

    Encodings as storage.decode_text reads them (a file that is not UTF-8 comes with a warning),
    CRLF line ends too. A file that is not text, or misses required columns, is refused as a
    whole, naming file and columns.
    """
    file = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(f"{file}: cannot read: {exc.strerror}") from exc
    try:
        decoded = decode_text(raw, file)
    except NotText as exc:
        raise ImportRefused(f"{exc}; expected a {dataset} CSV export") from None
    if decoded.warning:
        problems.append(Problem(file, decoded.line, "(encoding)", decoded.warning, "warning"))
    reader = csv.reader(io.StringIO(decoded.text, newline=""))
    try:
        header = next(reader)
    except StopIteration as exc:
        raise ImportRefused(f"{file}: empty file, expected a {dataset} CSV export") from exc
    names = [h.strip().lstrip("\ufeff").lower() for h in header]
    missing = [c for c in required if c not in names]
    if missing:
        raise ImportRefused(
            f"{file}: not a {dataset} export: missing required column(s) "
            f"{', '.join(missing)} (found: {', '.join(n for n in names if n) or 'none'})")
    start = reader.line_num + 1
    for cells in reader:
        line, start = start, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(names):
            problems.append(Problem(file, line, "(row)", f"{len(cells)} cells for "
                                    f"{len(names)} columns; row not imported"))
            continue
        yield SourceRow(file, line, dict(zip(names, cells, strict=True)), problems)


# --------------------------------------------------------------------------- the row loop


class RowRejected(Exception):
    """A row that cannot become a claim: the field at fault and why."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


# (row, first day, last day, places) -> (the claim's own fields, the last day it covers); raises
# RowRejected, warns through row.warn. The loop adds id, report and claimant.
ClaimRules = Callable[[SourceRow, date, date, "PlaceRules"], tuple[dict[str, Any], date]]


@dataclass(frozen=True)
class ExportFormat:
    """What one dataset brings to the shared row loop (``read``): its columns and its rules."""

    name: str  # "ACLED", "UCDP GED"
    claimant: dict[str, Any]  # the dataset as claimant; its id prefixes every claim id
    required: tuple[str, ...]
    id_column: str
    admin1_column: str
    date_columns: tuple[str, str]  # first and last day (the same column for a one-day date)
    rules: ClaimRules

    def read(self, path: str | Path, gazetteer: Gazetteer, *,
             admin1: str | None = None) -> Imported:
        """Every row becomes a claim or a Problem naming file, line, field and reason; admin1
        keeps only that province (the others are listed).

        The checks every dataset shares run here, in this order: event id (present, not
        repeated), admin1, the dates (readable, in order, not after latest_possible_day: the
        dataset loader's rule); the dataset's own rules do the rest.
        """
        path = Path(path)
        file = str(path)
        wanted = loose_key(admin1) if admin1 else ""
        if admin1 and not wanted:
            raise ImportRefused(f"--admin1 {admin1!r} names no province")
        prefix = self.claimant["id"]
        first_col, last_col = self.date_columns
        limit = latest_possible_day()
        places = PlaceRules(gazetteer)
        problems: list[Problem] = []
        claims: list[dict[str, Any]] = []
        seen: dict[str, int] = {}
        latest: date | None = None
        rows = 0
        for row in read_rows(path, self.required, self.name, problems):
            rows += 1
            try:
                raw_id = row.get(self.id_column)
                if not raw_id:
                    raise RowRejected(self.id_column, "missing event id")
                cid = safe_id(prefix, raw_id)
                if cid in seen:
                    raise RowRejected(self.id_column, f"duplicate event id {raw_id!r} (first on "
                                                      f"line {seen[cid]})")
                region = row.get(self.admin1_column)
                # The place-name key, compared whole: case, accents, spacing and a trailing
                # "province" (UCDP writes "Balochistan province") do not matter, but a part of
                # a name never matches ("Khyber" is not "Khyber Pakhtunkhwa").
                if wanted and loose_key(region) != wanted:
                    raise RowRejected(self.admin1_column, f"{region or '(blank)'!r} is outside "
                                                          f"the selected admin1 {admin1!r}")
                first, last = parse_day(row.get(first_col)), parse_day(row.get(last_col))
                if first is None or last is None:
                    bad = first_col if first is None else last_col
                    raise RowRejected(bad, f"unreadable date {row.get(bad)!r}")
                if last < first:
                    raise RowRejected(last_col, f"{last.isoformat()} is before {first_col} "
                                                f"{first.isoformat()}")
                if last > limit:
                    raise RowRejected(last_col, f"{last.isoformat()} is in the future (after "
                                                f"{limit.isoformat()})")
                fields, covered = self.rules(row, first, last, places)
            except RowRejected as exc:
                problems.append(Problem(file, row.line, exc.field,
                                        exc.message + "; row not imported"))
                continue
            seen[cid] = row.line
            latest = max(latest or covered, covered)
            claims.append({"id": cid, "report": "", "claimant": prefix, **fields})
        report = report_record(
            self.name, path, latest, rows,
            f"The export's date is not in the file: taken as the latest {last_col} in it, the "
            "earliest the export can have been made.")
        for c in claims:
            c["report"] = report["id"]
        return Imported(self.name, path, report, dict(self.claimant), claims, problems, rows)


# --------------------------------------------------------------------------- values


# strptime is most of an import's time, and an export repeats a few thousand days over its rows
# (ACLED's event_date is read as both first and last day): parsed once per distinct text.
@lru_cache(maxsize=65536)
def parse_day(text: str) -> date | None:
    """A day as exports write it: 2024-03-15, 2024-03-15 00:00:00.000, 15 March 2024, 15/03/2024."""
    text = text.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    for fmt in ("%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def code(text: str) -> str:
    """A numeric code as written, "2" also when a spreadsheet or pandas wrote it as "2.0"."""
    text = text.strip()
    return text.split(".")[0] if re.fullmatch(r"\d+\.0+", text) else text


def parse_count(text: str) -> int | None:
    text = text.strip()
    if not re.fullmatch(r"\d+(\.0+)?", text):
        return None
    return int(float(text))


def parse_coordinates(lat_text: str, lon_text: str) -> tuple[float, float] | None:
    try:
        lat, lon = float(lat_text), float(lon_text)
    except ValueError:
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None  # (0, 0) is how a blank coordinate often comes out of a spreadsheet
    return round(lat, 5), round(lon, 5)


def safe_id(prefix: str, raw: str) -> str:
    return f"{prefix}-{_ID_UNSAFE.sub('_', raw.strip())}"[:120]


def date_notation(start: date, end: date) -> str:
    """The dataset's date notation (data/README.md) for an inclusive span, as coarse as it is."""
    if start == end:
        return start.isoformat()
    month_end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if start.day == 1 and end == month_end:
        return start.strftime("%Y-%m")
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    return f"{start.isoformat()}/{end.isoformat()}"


def split_sources(text: str) -> list[str]:
    return [s.strip()[:300] for s in text.split(";") if s.strip()]


# --------------------------------------------------------------------------- places


class PlaceRules:
    """Places a record at the precision its dataset states, through the gazetteer when it can.

    District- and province-level records go to the gazetteer's district or province row, so they
    are drawn (or not) exactly like curated claims; a district the gazetteer lacks keeps the
    dataset's own coordinates at district precision. Point records keep the dataset's point.
    """

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._by_kind: dict[tuple[str, str], str] = {}
        for p in gazetteer.places.values():
            for name in (p.name, *p.aliases):
                key, _ = mention_key(name)
                self._by_kind.setdefault((p.kind, key), p.id)

    def named(self, kind: str, name: str) -> str | None:
        key, _ = mention_key(name)
        return self._by_kind.get((kind, key)) if key else None

    def place(self, precision: str, *, location: str, coords: tuple[float, float] | None,
              admin1: str, admin2: str, country: str, note: str) -> tuple[dict | None, str]:
        """(place mention record, "") or (None, why the row cannot be placed)."""
        where = location or admin2 or admin1 or country
        if precision == "district" and admin2:
            district = self.gazetteer.district_place(admin2)
            if district is not None:
                return {"mention": f"{admin2} district", "place_id": district.id,
                        "note": note}, ""
        if precision == "province" and admin1:
            pid = self.named("province", admin1)
            if pid:
                return {"mention": admin1, "place_id": pid, "note": note}, ""
        if precision == "country" and country:
            pid = self.named("country", country)
            if pid:
                return {"mention": country, "place_id": pid, "note": note}, ""
        if coords is None:
            if precision == "point" and admin2 and self.gazetteer.district_place(admin2):
                # Unreadable coordinates: the district is still known; say so, do not guess.
                district = self.gazetteer.district_place(admin2)
                return {"mention": f"{admin2} district", "place_id": district.id,  # type: ignore[union-attr]
                        "note": note + "; the record's coordinates are unreadable, so it is "
                                       "placed only at its district"}, ""
            return None, "no readable coordinates and no gazetteer place for its admin names"
        stated = self.gazetteer.district_place(admin2) if admin2 else None
        if stated is not None and stated.lat is not None and stated.lon is not None:
            km = distance_km(coords[0], coords[1], stated.lat, stated.lon)
            if km > MAX_KM_FROM_DISTRICT:
                # The record contradicts itself: its point lies far outside the district it
                # names. Not drawn at that point; placed only at the district, and said so.
                return {"mention": f"{admin2} district", "place_id": stated.id,
                        "note": f"{note}; the record's coordinates ({coords[0]}, {coords[1]}) "
                                f"lie {km:,.0f} km from {admin2} district's headquarters, so it "
                                "is placed only at its district"}, ""
        if not where:
            where = f"{coords[0]}, {coords[1]}"
        return {"mention": where, "lat": coords[0], "lon": coords[1], "geo_precision": precision,
                "note": note}, ""


# --------------------------------------------------------------------------- output


@dataclass
class Imported:
    """One export turned into a report, its dataset claimant and one claim per mapped row."""

    dataset: str  # "ACLED" or "UCDP GED"
    source: Path
    report: dict[str, Any]
    claimant: dict[str, Any]
    claims: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def report_record(dataset: str, source: Path, latest: date | None, rows: int,
                  basis: str) -> dict[str, Any]:
    stem = _ID_UNSAFE.sub("_", source.stem)
    return {
        "id": f"{dataset.split()[0].lower()}-{stem}"[:120],
        "title": f"{dataset} export {source.name} ({rows:,} rows)",
        "outlet": dataset,
        "outlet_basis": "A curated event dataset's export file, imported with "
                        "`python -m dashboard import`.",
        "published": latest.isoformat() if latest else "unknown",
        "published_basis": basis,
    }


def _yaml(records: list[dict[str, Any]], comment: str) -> str:
    body = yaml.safe_dump(records, sort_keys=False, allow_unicode=True, width=100)
    return "".join(f"# {line}\n" for line in comment.splitlines()) + body


CLAIMS_FILE_BYTES = 20_000_000  # well under the loader's per-file limit (dataset.MAX_FILE_BYTES)


def write_claims(out: Path, rid: str, claims: list[dict[str, Any]]) -> list[Path]:
    """claims-<rid>.jsonl, or claims-<rid>-001.jsonl, -002... for a large import (100,000 ACLED
    records with their notes come to ~80 MB); files of an earlier import of it are removed."""
    chunks: list[list[str]] = [[]]
    size = 0
    for c in claims:
        line = json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n"
        if size + len(line) > CLAIMS_FILE_BYTES and chunks[-1]:
            chunks.append([])
            size = 0
        chunks[-1].append(line)
        size += len(line.encode("utf-8"))
    names = ([f"claims-{rid}.jsonl"] if len(chunks) == 1
             else [f"claims-{rid}-{k:03d}.jsonl" for k in range(1, len(chunks) + 1)])
    paths = [write_atomic(out / name, "".join(lines)) for name, lines in zip(names, chunks,
                                                                             strict=True)]
    mine = re.compile(rf"^claims-{re.escape(rid)}(-\d{{3}})?\.jsonl$")
    for stale in out.glob("claims-*.jsonl"):
        if mine.match(stale.name) and stale.name not in names:
            stale.unlink()
    return paths


def problems_csv(problems: list[Problem]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["file", "line", "field", "severity", "message"])
    for p in problems:
        w.writerow([p.file, p.line, p.field, p.severity, p.message])
    return out.getvalue()


def write_dataset(result: Imported, out: Path) -> list[Path]:
    """A fresh dataset directory: reports, claimants, events (none) and the claims as JSONL."""
    if (out / "reports.yaml").exists() or (out / "claimants.yaml").exists():
        raise ImportRefused(f"{out} already holds a dataset: use --merge-into {out} to add to it")
    rid = result.report["id"]
    header = (f"Imported from {result.source.name} by `python -m dashboard import`; "
              "see data/README.md.")
    paths = [
        write_atomic(out / "reports.yaml", _yaml([result.report], header)),
        write_atomic(out / "claimants.yaml", _yaml([result.claimant], header)),
        write_atomic(out / "events.yaml", "# No events: imported records are not grouped.\n[]\n"),
        *write_claims(out, rid, result.claims),
        write_atomic(out / f"import-problems-{rid}.csv", problems_csv(result.problems)),
    ]
    return paths


def merge_dataset(result: Imported, into: Path) -> list[Path]:
    """Add an import to an existing dataset directory without touching its curated records.

    The report and the claimant are appended as YAML text (comments and layout of the curated
    files stay as they are); the claims go to their own claims-<report>.jsonl beside them.
    """
    if not (into / "claims.yaml").exists() and not list(into.glob("claims*.jsonl")):
        raise ImportRefused(f"{into} holds no dataset (no claims.yaml): use --out for a new one")
    rid = result.report["id"]
    appends: list[tuple[Path, str]] = []
    # Check both files before writing either, so a refusal leaves the directory as it was.
    for name, record in (("reports.yaml", result.report), ("claimants.yaml", result.claimant)):
        path = into / name
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        try:
            existing = yaml.safe_load(current) or []
        except yaml.YAMLError as exc:
            raise ImportRefused(f"{path}: not readable YAML ({exc}); fix it first") from exc
        same = [r for r in existing if isinstance(r, dict) and r.get("id") == record["id"]]
        if same and same[0] != record:
            # e.g. a newer export under the same file name: its report would keep the old
            # date, and claims dated after it would be rejected. Say so rather than guess.
            raise ImportRefused(
                f"{path}: {record['id']!r} is already there with other fields; remove that "
                "entry (and its claims file) or import the file under another name")
        if same:
            continue  # re-importing the same file: its claims file is replaced below
        text = current if current.endswith("\n") or not current else current + "\n"
        added = _yaml([record], f"Imported from {result.source.name}.")
        appends.append((path, f"{text}\n{added}"))
    paths = [write_atomic(path, text) for path, text in appends]
    paths.extend(write_claims(into, rid, result.claims))
    paths.append(write_atomic(into / f"import-problems-{rid}.csv",
                              problems_csv(result.problems)))
    return paths
