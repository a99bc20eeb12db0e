"""Read a dataset directory (YAML, see data/README.md) into the domain model.

Every problem is located as file:line: field: message. A bad record is rejected on its own: the
records around it still load, and a YAML syntax error costs only the record it sits in.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from dashboard.dates import DateNotationError, parse_date
from dashboard.figures import is_well_formed_number
from dashboard.models import (
    FIGURE_CATEGORIES,
    FIGURE_WHO,
    GEO_PRECISIONS,
    INCIDENT_TYPES,
    LABELS,
    QUALIFIERS,
    REVIEW_STATUSES,
    SOURCE_TYPES,
    Claim,
    Claimant,
    Dataset,
    Event,
    Figure,
    Override,
    PlaceMention,
    Problem,
    Report,
)
from dashboard.storage import NotText, decode_text

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT / "data"
DEFAULT_REPORTS = REPO_ROOT.parent / "shared" / "seeds"
MAX_FILE_BYTES = 50_000_000
_DAY_END = re.compile(r"\d{4}-\d{1,2}-\d{1,2}\s*$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,119}$")


def data_dir(explicit: str | Path | None = None) -> Path:
    """--data wins, then DASHBOARD_DATA, then the bundled dataset."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("DASHBOARD_DATA")
    return Path(env) if env else DEFAULT_DATA


def reports_dir() -> Path:
    env = os.environ.get("DASHBOARD_REPORTS")
    return Path(env) if env else DEFAULT_REPORTS


# --------------------------------------------------------------------------- YAML with lines


@dataclass(frozen=True)
class Record:
    """One mapping from a YAML list, with the line of the record and of each field.

    ``lines`` is keyed by field path (``figures``, ``figures[0]``, ``figures[0].count``), so a
    problem inside a nested value is located at its own line, not at the record's first.
    """

    values: dict[str, Any]
    lines: dict[str, int]
    line: int
    file: str
    # Fields whose value could not be read at all: the reader already reported each, and a
    # record holding one is rejected like any other record with an error.
    unreadable: tuple[str, ...] = ()

    def line_of(self, key: str) -> int:
        """The line of a field path, else of the nearest value holding it, else the record's."""
        while key not in self.lines:
            parent = _LAST_STEP.sub("", key)
            if parent == key:
                return self.line
            key = parent
        return self.lines[key]


_LAST_STEP = re.compile(r"(\.[^.\[\]]*|\[\d+\])$")


def _nested_lines(node: yaml.Node, path: str, offset: int, lines: dict[str, int]) -> None:
    """Record the line of every list item and mapping key below ``node``, keyed by path.

    Iterative; only called on records whose depth _shape_problem has already bounded.
    """
    stack = [(node, path)]
    while stack:
        node, path = stack.pop()
        if isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                lines[f"{path}[{i}]"] = item.start_mark.line + 1 + offset
                stack.append((item, f"{path}[{i}]"))
        elif isinstance(node, yaml.MappingNode):
            # In document order, so a key given twice is located where YAML takes its value
            # from: the last one.
            for k_node, v_node in node.value:
                if isinstance(k_node, yaml.ScalarNode):
                    lines[f"{path}.{k_node.value}"] = k_node.start_mark.line + 1 + offset
                    stack.append((v_node, f"{path}.{k_node.value}"))


def _construct(node: yaml.Node) -> Any:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()


def _records_from_node(root: yaml.Node | None, file: str, offset: int,
                       problems: list[Problem], key: str | None) -> Iterator[Record]:
    if root is None:
        return
    if isinstance(root, yaml.MappingNode) and key is not None:
        # A review file: one mapping holding lists per kind.
        for k_node, v_node in root.value:
            if isinstance(k_node, yaml.ScalarNode) and k_node.value == key:
                yield from _records_from_node(v_node, file, offset, problems, None)
        return
    if not isinstance(root, yaml.SequenceNode):
        problems.append(Problem(file, root.start_mark.line + 1 + offset, "(file)",
                                "expected a list of records"))
        return
    for item in root.value:
        line = item.start_mark.line + 1 + offset
        if not isinstance(item, yaml.MappingNode):
            problems.append(Problem(file, line, "(record)", "expected a mapping of fields"))
            continue
        shape = _shape_problem(item)
        if shape:
            # Refused before anything constructs, prints or compares its values.
            problems.append(Problem(file, line, "(record)", f"{shape}; record rejected"))
            continue
        values: dict[str, Any] = {}
        lines: dict[str, int] = {}
        unreadable: list[str] = []
        for k_node, v_node in item.value:
            name = str(k_node.value)
            if name in values:
                problems.append(Problem(file, k_node.start_mark.line + 1 + offset, name,
                                        "field given twice; the first is kept", "warning"))
                continue
            try:
                values[name] = _construct(v_node)
            except (yaml.YAMLError, ValueError, RecursionError) as exc:
                if isinstance(v_node, yaml.ScalarNode):
                    # e.g. 2021-11-31 fails as a YAML timestamp: let the field's own check
                    # explain what is wrong with the text as typed.
                    values[name] = v_node.value
                else:
                    problems.append(Problem(file, v_node.start_mark.line + 1 + offset, name,
                                            f"unreadable value: {exc}"))
                    values[name] = None
                    unreadable.append(name)
            lines[name] = k_node.start_mark.line + 1 + offset
            _nested_lines(v_node, name, offset, lines)
        yield Record(values, lines, line, file, tuple(unreadable))


MAX_DEPTH = 12  # a record -> figures -> figure -> value is 4 deep; more is not a record


def _shape_problem(root: yaml.Node) -> str | None:
    """Why a record's node tree cannot be trusted, if it cannot; iterative, so never recurses.

    An alias (*name) reuses a node: nested aliases expand exponentially once a value is printed
    or compared ("billion laughs"), and deep nesting overflows Python's stack in repr().
    Hand-written records need neither.
    """
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            return "YAML anchors/aliases (&name, *name) are not allowed in dataset files"
        if depth > MAX_DEPTH:
            return f"values nested more than {MAX_DEPTH} levels deep"
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend((v, depth + 1) for v in node.value)
        elif isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.extend(((k, depth + 1), (v, depth + 1)))
    return None


def _depth(value: Any) -> int:
    """Nesting depth of parsed JSON, measured without recursion (MAX_DEPTH + 1 at most)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            break
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest


def _read_text(path: Path, problems: list[Problem]) -> str | None:
    """A data file's text, or None with the reason recorded (unreadable, too large, not text)."""
    file = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(file, 0, "(file)", f"cannot read: {exc.strerror}"))
        return None
    if len(raw) > MAX_FILE_BYTES:
        problems.append(Problem(file, 0, "(file)", f"larger than {MAX_FILE_BYTES:,} bytes"))
        return None
    try:
        decoded = decode_text(raw, file)
    except NotText as exc:
        problems.append(Problem(file, 0, "(file)", exc.reason))
        return None
    if decoded.warning:
        problems.append(Problem(file, decoded.line, "(encoding)", decoded.warning, "warning"))
    return decoded.text


def read_records(path: Path, problems: list[Problem], key: str | None = None) -> list[Record]:
    """All records of a YAML list file; on a syntax error, each top-level item is tried alone."""
    file = str(path)
    text = _read_text(path, problems)
    if text is None:
        return []
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        return list(_records_from_node(root, file, 0, problems, key))
    except yaml.YAMLError as exc:
        return _salvage(text, file, exc, problems, key)
    except RecursionError:
        # PyYAML composes recursively: thousands of nested brackets exhaust the stack.
        problems.append(Problem(file, 0, "(syntax)", "values nested too deeply to read; "
                                "no record of this file was loaded"))
        return []


REVIEW_KEYS = ("reports", "claimants", "events", "claims")


def _section(lines: list[str], key: str) -> tuple[int, int] | None:
    """(first line after `key:`, end) of a top-level section of a review file, 0-based."""
    head = next((i for i, ln in enumerate(lines)
                 if re.match(rf"^{re.escape(key)}\s*:\s*(#.*)?$", ln)), None)
    if head is None:
        return None
    end = next((i for i in range(head + 1, len(lines)) if re.match(r"^[^\s#-]", lines[i])),
               len(lines))
    return head + 1, end


def _salvage(text: str, file: str, exc: yaml.YAMLError, problems: list[Problem],
             key: str | None) -> list[Record]:
    mark = getattr(exc, "problem_mark", None)
    where = mark.line + 1 if mark is not None else 0
    lines = text.splitlines(keepends=True)
    lo, hi = 0, len(lines)
    first: int | None = 0
    if key is not None:
        # A review file: only the lines of the `key:` section, up to the next top-level key,
        # so a claim is never read as a report and a section header never joins a record.
        bounds = _section(lines, key)
        if bounds is None:
            return []
        lo, hi = bounds
        # The file is read once per kind: the error is reported by the read of the section
        # holding it (or, outside every section, by each read alike and listed once).
        holders = [b for k in REVIEW_KEYS if (b := _section(lines, k))]
        if not lo < where <= hi and any(a < where <= b for a, b in holders):
            first = None
    if first is not None:
        first = len(problems)  # the syntax error's own entry, completed once it is found
        problems.append(Problem(file, where, "(syntax)", f"YAML syntax error: "
                                f"{getattr(exc, 'problem', None) or exc}"))
    # Records start at a list dash in the file's list column; find that column first.
    indent = None
    for ln in lines[lo:hi]:
        m = re.match(r"^(\s*)- ", ln)
        if m:
            indent = m.group(1)
            break
    if indent is None:
        return []
    starts = [i for i in range(lo, hi) if lines[i].startswith(indent + "- ")]
    records: list[Record] = []
    for n, begin in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else hi
        chunk = "".join(ln[len(indent):] if ln.startswith(indent) else ln
                        for ln in lines[begin:end])
        try:
            root = yaml.compose(chunk, Loader=yaml.SafeLoader)
        except RecursionError:
            problems.append(Problem(file, begin + 1, "(syntax)",
                                    "record skipped: values nested too deeply to read"))
            continue
        except yaml.YAMLError as chunk_exc:
            m = getattr(chunk_exc, "problem_mark", None)
            line = begin + 1 + (m.line if m is not None else 0)
            if line != where:
                problems.append(Problem(file, line, "(syntax)",
                                        "record skipped: YAML syntax error"))
            elif first is not None:
                problems[first] = Problem(file, where, "(syntax)",
                                          f"{problems[first].message}; this record is "
                                          "skipped, the others are kept")
            continue
        records.extend(_records_from_node(root, file, begin, problems, None))
    return records


def read_json_lines(path: Path, problems: list[Problem]) -> list[Record]:
    """Records of a JSON Lines file: one claim per line, in the same fields as claims.yaml.

    Imported datasets (ACLED, UCDP) hold tens of thousands of claims; YAML parsing costs about
    3 ms a claim here, one JSON line about 20 µs, and each line is still one greppable record.
    """
    file = str(path)
    text = _read_text(path, problems)
    if text is None:
        return []
    records: list[Record] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            values = json.loads(line)
        except ValueError as exc:
            problems.append(Problem(file, n, "(syntax)", f"not a JSON record: {exc}; "
                                    "this line is skipped, the others are kept"))
            continue
        except RecursionError:
            values = None  # thousands of nested brackets: reported just below
        if values is None or _depth(values) > MAX_DEPTH:
            problems.append(Problem(file, n, "(record)", f"values nested more than "
                                    f"{MAX_DEPTH} levels deep; this line is skipped"))
            continue
        if not isinstance(values, dict):
            problems.append(Problem(file, n, "(record)", "expected a JSON object of fields"))
            continue
        records.append(Record(values, {}, n, file))
    return records


# --------------------------------------------------------------------------- the field schema

# Every field of every kind of record, stated once: the parsers can read no other field (see
# _Checker.get), unknown fields are warned about against it, and
# tests/unit/test_record_fields.py feeds a bad value to each of them.
FIELDS: dict[str, tuple[str, ...]] = {
    "report": ("id", "title", "outlet", "outlet_basis", "author", "published",
               "published_basis", "file", "url", "retrieved_at", "sha256", "added_by"),
    "claimant": ("id", "name", "source_type", "organisation", "description"),
    "event": ("id", "title", "summary"),
    "claim": ("id", "report", "claimant", "incident_type", "event", "places", "date",
              "date_basis", "figures", "summary", "passage", "derived_from", "review_status",
              "sources"),
    # Nested in a claim: one item of its `figures`, one mapping item of its `places`.
    "figure": ("raw", "count", "category", "who", "qualifier", "note"),
    "place": ("mention", "place_id", "note", "lat", "lon", "geo_precision"),
    "override": ("claim", "label", "reason", "evidence", "analyst"),
}

_FIELD_SETS = {kind: frozenset(fields) for kind, fields in FIELDS.items()}


class _Checker:
    """Reads the fields of one record; every getter returns None when the field is bad.

    Each problem is located at its field's own line. A nested mapping (a figure, a place) is
    read by a checker from ``within``: its fields are named under the mapping's path
    (``figures[0].count``), and an error there rejects the whole record.
    """

    def __init__(self, rec: Record, problems: list[Problem], kind: str):
        self.rec = rec
        self.problems = problems
        self.fields = _FIELD_SETS[kind]
        self.values: dict[Any, Any] = rec.values
        self.prefix = ""
        self._root = self
        self._ok = not rec.unreadable

    @property
    def ok(self) -> bool:
        """No error so far anywhere in the record, its nested mappings included."""
        return self._root._ok

    def within(self, values: dict[Any, Any], path: str, kind: str) -> _Checker:
        nested = _Checker(self.rec, self.problems, kind)
        nested.values, nested.prefix, nested._root = values, f"{path}.", self._root
        return nested

    def get(self, key: str) -> Any:
        if key not in self.fields:
            # A parser reading a field the schema does not list is a programming error: it
            # fails every test, so no field escapes the bad-value test.
            raise KeyError(f"{key!r} is not in dataset.FIELDS; add it there, with a bad-value "
                           "case in tests/unit/test_record_fields.py")
        return self.values.get(key)

    def error(self, key: str, message: str) -> None:
        self._root._ok = False
        path = self.prefix + key
        self.problems.append(Problem(self.rec.file, self.rec.line_of(path), path, message))

    def warn(self, key: str, message: str) -> None:
        path = self.prefix + key
        self.problems.append(Problem(self.rec.file, self.rec.line_of(path), path, message,
                                     "warning"))

    def text(self, key: str, *, required: bool = True, limit: int = 5000) -> str | None:
        value = self.get(key)
        if isinstance(value, str):
            value = value.strip()
        elif isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        elif value is not None:
            self.error(key, f"expected text, got {type(value).__name__}")
            return None
        if not value:
            if required:
                self.error(key, "missing")
            return None
        if len(value) > limit:
            self.error(key, f"longer than {limit} characters")
            return None
        return value

    def ident(self, key: str, *, required: bool = True) -> str | None:
        value = self.text(key, required=required, limit=120)
        if value is not None and not _ID.match(value):
            self.error(key, f"{value!r} is not a valid id (letters, digits, - _ . : only)")
            return None
        return value

    def choice(self, key: str, allowed: tuple[str, ...], *, required: bool = True,
               default: str | None = None) -> str | None:
        value = self.text(key, required=required and default is None)
        if value is None:
            return default
        if value not in allowed:
            self.error(key, f"unknown value {value!r}; expected one of: {', '.join(allowed)}")
            return None
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.error(key, "expected a list of ids")
            return ()
        bad = [(i, v) for i, v in enumerate(value) if not isinstance(v, str) or not v.strip()]
        for i, item in bad:
            # Located at the item itself: in a long list, the line is what finds it.
            what = "empty" if isinstance(item, str) else f"a {type(item).__name__}"
            self.error(f"{key}[{i}]", f"expected a list of ids; this item is {what}")
        return () if bad else tuple(v.strip() for v in value)

    def unknown_fields(self) -> None:
        for key in self.values:
            if key not in self.fields:
                self.warn(str(key), f"unknown field (known: {', '.join(sorted(self.fields))})")


# --------------------------------------------------------------------------- record parsers


def _report(rec: Record, problems: list[Problem]) -> Report | None:
    c = _Checker(rec, problems, "report")
    c.unknown_fields()
    rid, title = c.ident("id"), c.text("title")
    try:
        published = parse_date(c.get("published"))
    except DateNotationError as exc:
        c.error("published", str(exc))
        published = None
    if published is not None and published.start and published.start > latest_possible_day():
        c.error("published", f"{published.text} is in the future")
    if published is not None and published.precision == "unknown":
        c.warn("published", "publication date unknown: relative dates cannot be checked")
    basis = c.text("published_basis", required=published is not None
                   and published.precision != "day") or ""
    report = Report(
        id=rid or "", title=title or "", outlet=c.text("outlet", required=False),
        outlet_basis=c.text("outlet_basis", required=False) or "",
        published=published, published_basis=basis,  # type: ignore[arg-type]
        file=c.text("file", required=False), author=c.text("author", required=False),
        line=rec.line, url=c.text("url", required=False),
        retrieved_at=c.text("retrieved_at", required=False, limit=40),
        sha256=_sha256(c, "sha256"), added_by=c.text("added_by", required=False, limit=200))
    return report if c.ok else None


_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _sha256(c: _Checker, key: str) -> str | None:
    value = c.text(key, required=False, limit=64)
    if value is not None and not _SHA256.match(value):
        c.error(key, "expected 64 lowercase hex digits (the SHA-256 of the archived text)")
        return None
    return value


def _claimant(rec: Record, problems: list[Problem]) -> Claimant | None:
    c = _Checker(rec, problems, "claimant")
    c.unknown_fields()
    cid, name = c.ident("id"), c.text("name", limit=300)
    source_type = c.choice("source_type", SOURCE_TYPES)
    organisation = c.ident("organisation", required=False) or cid
    claimant = Claimant(cid or "", name or "", source_type or "", organisation or "",
                        c.text("description", required=False) or "", rec.line)
    return claimant if c.ok else None


def _event(rec: Record, problems: list[Problem]) -> Event | None:
    c = _Checker(rec, problems, "event")
    c.unknown_fields()
    event = Event(c.ident("id") or "", c.text("title", limit=300) or "",
                  c.text("summary") or "", rec.line)
    return event if c.ok else None


def _figure(raw: Any, c: _Checker, index: int) -> Figure | None:
    key = f"figures[{index}]"
    if not isinstance(raw, dict):
        c.error(key, "expected a mapping with raw, count, category, who, qualifier")
        return None
    f = c.within(raw, key, "figure")
    f.unknown_fields()
    if f.get("raw") is None or str(f.get("raw")).strip() == "":
        f.error("raw", "missing: keep the figure as printed")
        return None
    text = f.text("raw")
    count = f.get("count")
    count_ok = count is None or (isinstance(count, int) and not isinstance(count, bool)
                                 and count >= 0)
    if not count_ok:
        f.error("count", f"expected a whole number or null, got {count!r}")
    category = f.choice("category", FIGURE_CATEGORIES)
    who = f.choice("who", FIGURE_WHO, default="unspecified")
    qualifier = f.choice("qualifier", QUALIFIERS)
    note = f.text("note", required=False) or ""
    if text is None or not count_ok or category is None or who is None or qualifier is None:
        return None
    if qualifier == "malformed" and count is not None:
        f.error("count", "a malformed figure keeps count null: never fix it silently")
        return None
    if qualifier not in ("vague", "malformed") and count is None:
        f.error("count", f"missing for qualifier {qualifier!r}")
        return None
    if qualifier not in ("vague", "malformed"):
        tokens = re.findall(r"\d[\d,]*\d|\d", text)
        if any(not is_well_formed_number(t) for t in tokens):
            f.error("raw", f"{text!r} looks malformed: use qualifier 'malformed'")
            return None
    return Figure(text, count, category, who, qualifier, note)


def _place(raw: Any, c: _Checker, index: int) -> PlaceMention | None:
    key = f"places[{index}]"
    if isinstance(raw, str) and raw.strip():
        return PlaceMention(raw.strip())
    if not isinstance(raw, dict):
        c.error(key, "expected a place name or {mention, place_id, note}")
        return None
    p = c.within(raw, key, "place")
    p.unknown_fields()
    mention = p.text("mention")
    if mention is not None and not isinstance(p.get("mention"), str):
        p.error("mention", f"expected a place name, got {type(p.get('mention')).__name__}")
        mention = None
    pid = p.ident("place_id", required=False)
    note = p.text("note", required=False) or ""
    lat, lon, precision = p.get("lat"), p.get("lon"), p.get("geo_precision")
    if lat is not None or lon is not None or precision is not None:
        # A dataset's own coordinates: both, in range, with the precision it states.
        for name, value, limit in (("lat", lat, 90.0), ("lon", lon, 180.0)):
            if not _coordinate(value, limit):
                p.error(name, f"{value!r} is not a coordinate (-{limit:g} to {limit:g}); "
                              "lat, lon and geo_precision go together")
        precision = p.choice("geo_precision", GEO_PRECISIONS)
        if mention is None or precision is None or not _coordinate(lat, 90.0) \
                or not _coordinate(lon, 180.0):
            return None
        return PlaceMention(mention, pid, note, float(lat), float(lon), precision)
    return PlaceMention(mention, pid, note) if mention is not None else None


def _coordinate(value: Any, limit: float) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and -limit <= value <= limit)


def latest_possible_day() -> date:
    """Today, plus a day: a report stamped in Pakistan (UTC+5) may be 'tomorrow' in UTC."""
    return date.today() + timedelta(days=1)


def _claim(rec: Record, problems: list[Problem]) -> Claim | None:
    c = _Checker(rec, problems, "claim")
    c.unknown_fields()
    cid = c.ident("id")
    report_id, claimant_id = c.ident("report"), c.ident("claimant")
    incident = c.choice("incident_type", INCIDENT_TYPES)
    event_id = c.ident("event", required=False)
    summary = c.text("summary")
    status = c.choice("review_status", REVIEW_STATUSES, default="reviewed")
    date_basis = c.text("date_basis", required=False) or ""
    derived_from, sources = c.strings("derived_from"), c.strings("sources")
    try:
        span = parse_date(c.get("date"))
    except DateNotationError as exc:
        c.error("date", str(exc))
        span = None
    places_raw = c.get("places")
    places: list[PlaceMention] = []
    if not isinstance(places_raw, list) or not places_raw:
        c.error("places", "expected a non-empty list (use 'Balochistan' or 'Pakistan' for "
                          "province- or country-wide claims)")
    else:
        for i, p in enumerate(places_raw):
            mention = _place(p, c, i)
            if mention:
                places.append(mention)
    figures_raw = c.get("figures")
    figures: list[Figure] = []
    if figures_raw is not None and not isinstance(figures_raw, list):
        c.error("figures", "expected a list")
    else:
        for i, f in enumerate(figures_raw or []):
            fig = _figure(f, c, i)
            if fig:
                figures.append(fig)
    passage = _passage(c)
    # Every field is checked above this line: a record with any error is rejected whole.
    if not c.ok:
        return None
    return Claim(
        id=cid or "", report_id=report_id or "", claimant_id=claimant_id or "",
        incident_type=incident or "", places=tuple(places), date=span,  # type: ignore[arg-type]
        figures=tuple(figures), summary=summary or "", event_id=event_id,
        date_basis=date_basis, passage=passage, derived_from=derived_from,
        review_status=status or "reviewed", line=rec.line, file=rec.file, sources=sources)


def _passage(c: _Checker) -> tuple[int, ...]:
    """Paragraph numbers of the report text: one number, or a list of them."""
    raw = c.get("passage")
    if raw is None:
        return ()
    items = [raw] if isinstance(raw, int) and not isinstance(raw, bool) else raw
    if not isinstance(items, list):
        c.error("passage", "expected paragraph numbers (1-based)")
        return ()
    for i, p in enumerate(items):
        if isinstance(p, bool) or not isinstance(p, int) or p <= 0:
            c.error(f"passage[{i}]", f"expected paragraph numbers (1-based), got {p!r}")
            return ()
    return tuple(items)


def _override(rec: Record, problems: list[Problem]) -> Override | None:
    c = _Checker(rec, problems, "override")
    c.unknown_fields()
    override = Override(c.ident("claim") or "", c.choice("label", LABELS) or "",
                        c.text("reason") or "", c.text("evidence") or "",
                        c.text("analyst", limit=200) or "", rec.line)
    return override if c.ok else None


# --------------------------------------------------------------------------- one new record


def check_record(kind: str, values: dict[str, Any], where: str) -> tuple[Any, list[Problem]]:
    """Parse one record exactly as the loader would: (the parsed record or None, problems).

    ``kind`` is report, claimant, event, claim or override. The review workbench checks what it
    is about to save with this, so nothing it writes can be rejected on the next load.
    """
    parse = {"report": _report, "claimant": _claimant, "event": _event, "claim": _claim,
             "override": _override}[kind]
    problems: list[Problem] = []
    return parse(Record(values, {}, 0, where), problems), problems


def cross_check(claim: Claim, ds: Dataset) -> list[Problem]:
    """A claim's references and dates against the rest of a dataset; empty when it fits."""
    problems: list[Problem] = []
    _cross_check(claim, ds, problems)
    return problems


# --------------------------------------------------------------------------- the whole directory


def load_dataset(directory: str | Path | None = None, *, review_files: bool = True,
                 extra_files: tuple[Path, ...] = (),
                 place_ids: Collection[str] | None = None) -> Dataset:
    """Load and cross-check a dataset directory. Never raises for bad content.

    ``place_ids``: the gazetteer's ids; given, a claim pinning a place to an id outside them is
    rejected like any other claim with an error.
    """
    root = data_dir(directory)
    ds = Dataset()
    problems = ds.problems
    if not root.is_dir():
        problems.append(Problem(str(root), 0, "(directory)", "no such dataset directory"))
        return ds

    def records(name: str) -> list[Record]:
        path = root / name
        if not path.exists():
            if name != "overrides.yaml" and not (name == "claims.yaml" and jsonl_paths):
                problems.append(Problem(str(path), 0, "(file)", "missing", "warning"))
            return []
        return read_records(path, problems)

    jsonl_paths = sorted(root.glob("claims*.jsonl"))
    review_paths: list[Path] = list(extra_files)
    if review_files and (root / "review").is_dir():
        review_paths = sorted((root / "review").glob("*.yaml")) + review_paths

    def review(key: str) -> list[Record]:
        out: list[Record] = []
        for p in review_paths:
            out.extend(read_records(p, problems, key=key))
        return out

    # (parsed, record) pairs: a duplicate may sit in a review file, and a problem found later
    # is located at its field's line in the record's own file.
    reports = [(r, rec) for rec in records("reports.yaml") + review("reports")
               if (r := _report(rec, problems))]
    claimants = [(c, rec) for rec in records("claimants.yaml") + review("claimants")
                 if (c := _claimant(rec, problems))]
    events = [(e, rec) for rec in records("events.yaml") + review("events")
              if (e := _event(rec, problems))]
    ds.reports = _dedupe(reports, problems)
    ds.claimants = _dedupe(claimants, problems)
    ds.events = _dedupe(events, problems)

    jsonl = [rec for path in jsonl_paths for rec in read_json_lines(path, problems)]
    claims = [(c, rec) for rec in records("claims.yaml") + jsonl + review("claims")
              if (c := _claim(rec, problems))]
    seen: dict[str, tuple[Claim, Record]] = {}
    for claim, rec in claims:
        if claim.id in seen:
            first = seen[claim.id][1]
            problems.append(Problem(rec.file, rec.line_of("id"), "id",
                                    f"duplicate id {claim.id!r} (first at {first.file}"
                                    f":{first.line_of('id')}); this record is rejected"))
            continue
        if _cross_check(claim, ds, problems, rec.line_of, place_ids):
            seen[claim.id] = (claim, rec)
    ds.claims = [claim for claim, _ in seen.values()]
    for claim, rec in seen.values():
        for i, other in enumerate(claim.derived_from):
            if other not in seen:
                problems.append(Problem(claim.file, rec.line_of(f"derived_from[{i}]"),
                                        f"derived_from[{i}]", f"unknown claim {other!r}",
                                        "warning"))

    for rec in records("overrides.yaml"):
        o = _override(rec, problems)
        if o is None:
            continue
        if o.claim_id not in seen:
            problems.append(Problem(rec.file, rec.line_of("claim"), "claim",
                                    f"unknown claim {o.claim_id!r}; override ignored"))
        elif o.claim_id in ds.overrides:
            problems.append(Problem(rec.file, rec.line_of("claim"), "claim",
                                    f"second override for {o.claim_id!r}; the first is kept"))
        else:
            ds.overrides[o.claim_id] = o
    # A review file is read once per kind, so its syntax error would be listed once per kind.
    ds.problems[:] = list(dict.fromkeys(problems))
    return ds


def _dedupe(items: list[tuple[Any, Record]], problems: list[Problem]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    first: dict[str, Record] = {}
    for item, rec in items:
        if item.id in out:
            problems.append(Problem(rec.file, rec.line_of("id"), "id",
                                    f"duplicate id {item.id!r} (first at {first[item.id].file}:"
                                    f"{first[item.id].line_of('id')}); this record is rejected"))
            continue
        out[item.id] = item
        first[item.id] = rec
    return out


def _cross_check(claim: Claim, ds: Dataset, problems: list[Problem],
                 line_of: Callable[[str], int] | None = None,
                 place_ids: Collection[str] | None = None) -> bool:
    """References and dates that can only be checked against the rest of the dataset.

    ``line_of`` locates a field in the claim's record; without one (a record not read from a
    file), every problem is located at the claim's line.
    """
    def where(field_name: str) -> int:
        return line_of(field_name) if line_of else claim.line

    def err(field_name: str, message: str) -> None:
        problems.append(Problem(claim.file, where(field_name), field_name, message))

    ok = True
    report = ds.reports.get(claim.report_id)
    if report is None:
        err("report", f"unknown report {claim.report_id!r}")
        ok = False
    if claim.claimant_id not in ds.claimants:
        err("claimant", f"unknown claimant {claim.claimant_id!r}")
        ok = False
    if claim.event_id and claim.event_id not in ds.events:
        err("event", f"unknown event {claim.event_id!r}")
        ok = False
    for i, mention in enumerate(claim.places):
        if place_ids is not None and mention.place_id and mention.place_id not in place_ids:
            err(f"places[{i}].place_id", f"{mention.place_id!r} is not in the gazetteer")
            ok = False
    if report is not None and claim.date.start and report.published.end \
            and claim.date.start > report.published.end:
        err("date", f"{claim.date.text} starts after the report was published "
                    f"({report.published.text})")
        ok = False
    elif claim.date.start and claim.date.start > latest_possible_day():
        # Caught here rather than above when the report's own date is unknown.
        err("date", f"{claim.date.text} is in the future")
        ok = False
    elif report is not None and claim.date.end and report.published.end \
            and claim.date.end > report.published.end and _DAY_END.search(claim.date.text):
        # A month- or year-wide end legitimately runs past the publication day; a day does not.
        problems.append(Problem(claim.file, where("date"), "date",
                                f"{claim.date.text} ends after the report was published "
                                f"({report.published.text})", "warning"))
    return ok
