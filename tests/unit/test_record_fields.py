"""Every field of every record type, driven by the loader's schema (dashboard.dataset.FIELDS):
a bad value rejects its record whole, with an error naming the field at its own line (a nested
field's line, not the record's), and a record with only warnings loads.

The dataset is written here in code, line by line, so each field's line is known without asking
the loader. A field added to FIELDS without a bad value below fails
test_every_field_of_the_schema_has_bad_values.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dashboard.dataset import FIELDS, load_dataset
from dashboard.models import Dataset


class Raw(str):
    """A value written into the YAML as typed, not quoted (to reach the reader's own checks)."""


def _valid() -> dict[str, list[dict[str, Any]]]:
    """Two valid records of each kind, every field given in the first. A test breaks the first
    record of one kind; the second must load whatever happens to the first."""
    figure = {"raw": "at least 3", "count": 3, "category": "killed", "who": "civilians",
              "qualifier": "at_least", "note": "the outlet's own count"}
    place = {"mention": "Mashkay", "place_id": "mashkai", "note": "placed by the dataset",
             "lat": 26.9, "lon": 65.5, "geo_precision": "point"}
    return {
        "reports": [
            {"id": "r-1", "title": "Attack on a convoy", "outlet": "An outlet",
             "outlet_basis": "named in the masthead", "author": "A. Writer",
             "published": "2026-02-03", "published_basis": "dated on the page",
             "file": "r-1.txt", "url": "https://example.org/r-1",
             "retrieved_at": "2026-02-04T10:00:00Z", "sha256": "ab" * 32,
             "added_by": "reviewer-1"},
            {"id": "r-2", "title": "A protest", "published": "2026-02-05"},
        ],
        "claimants": [
            {"id": "cl-1", "name": "A spokesperson", "source_type": "state",
             "organisation": "org-1", "description": "speaks for the provincial government"},
            {"id": "cl-2", "name": "An outlet", "source_type": "media"},
        ],
        "events": [
            {"id": "ev-1", "title": "Convoy attack", "summary": "One attack, several claims."},
            {"id": "ev-2", "title": "Another", "summary": "Another incident."},
        ],
        "claims": [
            {"id": "c-1", "report": "r-1", "claimant": "cl-1", "incident_type": "attack",
             "event": "ev-1", "places": [place, "Quetta"], "date": "2026-02-01",
             "date_basis": "the day before publication", "figures": [figure],
             "summary": "Said three civilians were killed.", "passage": [1, 2],
             "derived_from": ["c-2"], "review_status": "reviewed",
             "sources": ["An outlet", "Another outlet"]},
            {"id": "c-2", "report": "r-2", "claimant": "cl-2", "incident_type": "protest",
             "places": ["Turbat"], "date": "2026-02-04", "summary": "A protest was held."},
        ],
        "overrides": [
            {"claim": "c-1", "label": "verified", "reason": "checked on site",
             "evidence": "photographs with metadata", "analyst": "A. Analyst"},
            {"claim": "c-2", "label": "disputed", "reason": "denied",
             "evidence": "a denial on record", "analyst": "A. Analyst"},
        ],
    }


# (kind, field) -> bad values, each with the path of the field its error must name. Figures and
# places are nested in the first claim: figures[0] and places[0].
BAD: dict[tuple[str, str], list[tuple[Any, str]]] = {
    ("report", "id"): [("r 1!", "id"), (None, "id")],
    ("report", "title"): [(["a", "list"], "title"), ("", "title")],
    ("report", "outlet"): [({"a": 1}, "outlet")],
    ("report", "outlet_basis"): [(["x"], "outlet_basis")],
    ("report", "author"): [(True, "author")],
    ("report", "published"): [("2026-02-30", "published"), ("2199-01-05", "published"),
                              (["2026"], "published")],
    ("report", "published_basis"): [(["x"], "published_basis")],
    ("report", "file"): [(["r-1.txt"], "file")],
    ("report", "url"): [({"href": "x"}, "url")],
    ("report", "retrieved_at"): [("2026-02-04T10:00:00Z" * 3, "retrieved_at")],
    ("report", "sha256"): [("not a hash", "sha256")],
    ("report", "added_by"): [("x" * 201, "added_by")],
    ("claimant", "id"): [("cl 1", "id")],
    ("claimant", "name"): [(["x"], "name"), ("x" * 301, "name")],
    ("claimant", "source_type"): [("army", "source_type"), (None, "source_type")],
    ("claimant", "organisation"): [("org one", "organisation")],
    ("claimant", "description"): [({"x": 1}, "description")],
    ("event", "id"): [("ev/1", "id")],
    ("event", "title"): [("x" * 301, "title")],
    ("event", "summary"): [(None, "summary")],
    ("claim", "id"): [("c 1", "id")],
    ("claim", "report"): [("r-404", "report"), (["r-1"], "report")],
    ("claim", "claimant"): [("cl-404", "claimant"), ("cl 1; drop", "claimant")],
    ("claim", "incident_type"): [("explosion", "incident_type"), (7, "incident_type")],
    ("claim", "event"): [("ev-404", "event"), ({"id": "ev-1"}, "event")],
    ("claim", "places"): [([], "places"), ("Quetta", "places"), (["Quetta", 42], "places[1]"),
                          (["Quetta", {"place_id": "quetta"}], "places[1].mention")],
    ("claim", "date"): [("2026-02-30", "date"), ("2026-02-10", "date"),
                        ("2026-03/2026-01", "date"), (Raw("[2026]"), "date")],
    ("claim", "date_basis"): [(["not", "text"], "date_basis")],
    ("claim", "figures"): [({"bad": 1}, "figures"), (["three"], "figures[0]"),
                           (Raw("[2021-11-31]"), "figures")],
    ("claim", "summary"): [(None, "summary"), ("x" * 5001, "summary")],
    ("claim", "passage"): [("first", "passage"), ([1, 0], "passage[1]"),
                           ([1, True], "passage[1]")],
    ("claim", "derived_from"): [({"bad": [1, 2]}, "derived_from"),
                                (["c-2", 7], "derived_from[1]"),
                                (["c-2", ""], "derived_from[1]"),
                                (Raw("[2021-11-31]"), "derived_from")],
    ("claim", "review_status"): [("approved", "review_status")],
    ("claim", "sources"): [(["An outlet", ["nested"]], "sources[1]"), (3, "sources")],
    ("figure", "raw"): [(None, "figures[0].raw"), (["x"], "figures[0].raw"),
                        ("22,6000", "figures[0].raw")],
    ("figure", "count"): [(-3, "figures[0].count"), ("many", "figures[0].count"),
                          (2.5, "figures[0].count"), (None, "figures[0].count")],
    ("figure", "category"): [("wounded", "figures[0].category"), (None, "figures[0].category")],
    ("figure", "who"): [("aliens", "figures[0].who")],
    ("figure", "qualifier"): [("roughly", "figures[0].qualifier"),
                              ("malformed", "figures[0].count")],
    ("figure", "note"): [(["x"], "figures[0].note")],
    ("place", "mention"): [(None, "places[0].mention"), (42, "places[0].mention"),
                           (["Mashkay"], "places[0].mention")],
    ("place", "place_id"): [("Not An Id!", "places[0].place_id"), ([1], "places[0].place_id")],
    ("place", "note"): [({"x": 1}, "places[0].note")],
    ("place", "lat"): [(91, "places[0].lat"), (None, "places[0].lat"),
                       ("north", "places[0].lat")],
    ("place", "lon"): [(-181.5, "places[0].lon"), (True, "places[0].lon")],
    ("place", "geo_precision"): [("street", "places[0].geo_precision"),
                                 (None, "places[0].geo_precision")],
    ("override", "claim"): [("c-404", "claim"), ("c 1", "claim")],
    ("override", "label"): [("true", "label"), (None, "label")],
    ("override", "reason"): [(None, "reason")],
    ("override", "evidence"): [(["x"], "evidence")],
    ("override", "analyst"): [("x" * 201, "analyst")],
}

# The id the second, intact record of each kind loads under (an override is keyed by its claim).
SECOND = {"report": "r-2", "claimant": "cl-2", "event": "ev-2", "claim": "c-2", "figure": "c-2",
          "place": "c-2", "override": "c-2"}
FILE_OF = {"report": "reports", "claimant": "claimants", "event": "events", "claim": "claims",
           "figure": "claims", "place": "claims", "override": "overrides"}


# ------------------------------------------------------------------ writing YAML, lines known


def _scalar(value: Any) -> str:
    # JSON is YAML: every value lands on one line, exactly as given.
    return value if isinstance(value, Raw) else json.dumps(value)


def _mapping(record: dict[str, Any], lead: str, indent: str, path: str, out: list[str],
             lines: dict[str, int]) -> None:
    """Append a mapping in block style, noting the line of every field and list item."""
    for n, (key, value) in enumerate(record.items()):
        at = f"{path}.{key}" if path else key
        lines[at] = len(out) + 1
        prefix = lead if n == 0 else indent
        if isinstance(value, list) and value:
            out.append(f"{prefix}{key}:")
            for i, item in enumerate(value):
                lines[f"{at}[{i}]"] = len(out) + 1
                if isinstance(item, dict) and item:
                    _mapping(item, indent + "  - ", indent + "    ", f"{at}[{i}]", out, lines)
                else:
                    out.append(f"{indent}  - {_scalar(item)}")
        else:
            out.append(f"{prefix}{key}: {_scalar(value)}")


def _records(records: list[dict[str, Any]], indent: str, out: list[str]) -> list[dict]:
    """Append a list of records; each one's lines by path, with its "" = first line and
    "(end)" = last line."""
    spans = []
    for record in records:
        lines: dict[str, int] = {"": len(out) + 1}
        _mapping(record, indent + "- ", indent + "  ", "", out, lines)
        lines["(end)"] = len(out)
        spans.append(lines)
    return spans


def _write(root: Path, files: dict[str, list[dict[str, Any]]], kind: str,
           placement: str) -> tuple[Path, dict[str, int]]:
    """Write a dataset; return the file holding the first record of `kind`'s file, and that
    record's lines by path.

    placement: "main" (first record in its kind's own file), "review" (in a review file under
    its kind's section) or "salvage" (in its own file, after a record with a YAML syntax
    error, so the reader re-reads each record alone).
    """
    name = FILE_OF[kind]
    root.mkdir(parents=True, exist_ok=True)
    target: tuple[Path, dict[str, int]] | None = None
    for file_name, records in files.items():
        path = root / f"{file_name}.yaml"
        if file_name == name and placement == "review":
            review = root / "review" / "batch.yaml"
            review.parent.mkdir()
            out = [f"{name}:"]
            [lines] = _records(records[:1], "  ", out)
            review.write_text("\n".join(out) + "\n", encoding="utf-8")
            target = (review, lines)
            records = records[1:]
        out = []
        if file_name == name and placement == "salvage":
            out += ["- id: broken", "  summary: [never closed"]
        spans = _records(records, "", out)
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
        if file_name == name and target is None:
            target = (path, spans[0])
    assert target is not None
    return target


def _break(files: dict[str, list[dict[str, Any]]], kind: str, field: str, value: Any) -> None:
    first = files[FILE_OF[kind]][0]
    if kind == "figure":
        first["figures"][0][field] = value
    elif kind == "place":
        first["places"][0][field] = value
    else:
        first[field] = value


def _loaded_ids(ds: Dataset, kind: str) -> set[str]:
    return {"report": set(ds.reports), "claimant": set(ds.claimants), "event": set(ds.events),
            "claim": {c.id for c in ds.claims}, "figure": {c.id for c in ds.claims},
            "place": {c.id for c in ds.claims}, "override": set(ds.overrides)}[kind]


# ------------------------------------------------------------------ the tests


def test_every_field_of_the_schema_has_bad_values() -> None:
    schema = {(kind, field) for kind, fields in FIELDS.items() for field in fields}
    assert set(BAD) == schema, {"untested": schema - set(BAD), "not in schema": set(BAD) - schema}
    assert set(FILE_OF) == set(SECOND) == set(FIELDS)


def test_the_valid_dataset_loads_whole_without_problems(tmp_path: Path) -> None:
    _write(tmp_path, _valid(), "claim", "main")
    ds = load_dataset(tmp_path)
    assert ds.problems == []
    for kind in FIELDS:
        assert len(_loaded_ids(ds, kind)) == 2, kind
    assert ds.claims[0].figures[0].note and ds.claims[0].places[0].lat == 26.9


CASES = [(kind, field, value, path, placement)
         for (kind, field), bad in BAD.items() for value, path in bad
         for placement in ("main", "review", "salvage")
         if not (placement == "review" and kind == "override")]  # no overrides in review files


@pytest.mark.parametrize(("kind", "field", "value", "path", "placement"), CASES,
                         ids=[f"{k}.{f}={v!r:.20}@{p}" for k, f, v, _, p in CASES])
def test_a_bad_value_rejects_its_record_at_the_field_line(tmp_path: Path, kind: str, field: str,
                                                          value: Any, path: str,
                                                          placement: str) -> None:
    files = _valid()
    _break(files, kind, field, value)
    target, lines = _write(tmp_path, files, kind, placement)
    ds = load_dataset(tmp_path)

    mine = [p for p in ds.errors if p.file == str(target) and p.field != "(syntax)"]
    located = [(p.field, p.line) for p in mine]
    # A field left out is located at the mapping that lacks it.
    line = lines[path] if path in lines else lines[path.rsplit(".", 1)[0]]
    assert (path, line) in located, [str(p) for p in ds.problems]
    # Every error in that file is inside the broken record: nothing else was blamed.
    assert all(lines[""] <= line <= lines["(end)"] for _, line in located), located
    # Rejected whole: absent from the dataset, while the other record of its kind loads.
    assert _loaded_ids(ds, kind) == {SECOND[kind]}


def test_a_record_with_only_warnings_loads(tmp_path: Path) -> None:
    files = _valid()
    files["reports"][1].update({"published": "unknown", "published_basis": "no date line",
                                "pages": 3})
    files["claimants"][0]["twitter"] = "@someone"
    files["events"][0]["tags"] = ["convoy"]
    claim = files["claims"][0]
    claim["figures"][0]["weapon"] = "rifles"
    claim["places"][0]["district"] = "Awaran"
    claim["derived_from"] = ["c-2", "c-gone"]
    claim["date"] = "2026-02-01/2026-02-04"  # a day-precise end after publication (3 Feb)
    claim["colour"] = "red"
    files["overrides"][0]["signed"] = True
    target, lines = _write(tmp_path, files, "claim", "main")
    ds = load_dataset(tmp_path)

    assert ds.errors == []
    for kind in FIELDS:
        assert len(_loaded_ids(ds, kind)) == 2, kind
    warned = {(p.field, p.line) for p in ds.problems if p.file == str(target)}
    assert {("figures[0].weapon", lines["figures[0].weapon"]),
            ("places[0].district", lines["places[0].district"]),
            ("derived_from[1]", lines["derived_from[1]"]),
            ("date", lines["date"]), ("colour", lines["colour"])} <= warned, warned
    assert {p.file.rsplit("/", 1)[-1] for p in ds.problems} == {
        "reports.yaml", "claimants.yaml", "events.yaml", "claims.yaml", "overrides.yaml"}


def test_a_field_given_twice_keeps_the_first_with_a_warning(tmp_path: Path) -> None:
    _write(tmp_path, _valid(), "claim", "main")
    claims = tmp_path / "claims.yaml"
    text = claims.read_text(encoding="utf-8").replace(
        '  review_status: "reviewed"', '  review_status: "reviewed"\n  summary: "again"', 1)
    claims.write_text(text, encoding="utf-8")
    ds = load_dataset(tmp_path)
    assert ds.errors == [] and len(ds.claims) == 2
    [twice] = ds.problems
    assert twice.field == "summary" and twice.severity == "warning"
    assert text.splitlines()[twice.line - 1] == '  summary: "again"'


def test_a_bad_nested_field_in_json_lines_rejects_that_line(tmp_path: Path) -> None:
    files = _valid()
    _write(tmp_path, files, "claim", "main")
    (tmp_path / "claims.yaml").unlink()
    bad = json.loads(json.dumps(files["claims"][0]))
    bad["figures"][0]["count"] = -1
    (tmp_path / "claims-x.jsonl").write_text(
        "\n".join(json.dumps(c) for c in (files["claims"][1], bad)) + "\n", encoding="utf-8")
    ds = load_dataset(tmp_path)
    [err] = [p for p in ds.errors if p.file.endswith("claims-x.jsonl")]
    assert (err.line, err.field) == (2, "figures[0].count")
    assert [c.id for c in ds.claims] == ["c-2"]


def test_a_place_id_missing_from_the_gazetteer_rejects_its_claim(tmp_path: Path) -> None:
    """The one check that needs the gazetteer: through the same path as the page, validate and
    export (dashboard.pipeline.load), the claim is gone before labels, map and table."""
    from dashboard.pipeline import load

    files = _valid()
    assert load_dataset(_write(tmp_path / "ok", files, "place", "main")[0].parent).errors == []
    files["claims"][0]["places"][0]["place_id"] = "no-such-place"
    target, lines = _write(tmp_path / "bad", files, "place", "main")
    loaded = load(tmp_path / "bad")
    assert [(p.line, p.field) for p in loaded.errors if p.file == str(target)] == [
        (lines["places[0].place_id"], "places[0].place_id")]
    assert [c.id for c in loaded.dataset.claims] == ["c-2"]
    assert set(loaded.table["claim_id"]) == {"c-2"}
    # Without the gazetteer (load_dataset alone) an id of the right form is not an error.
    assert load_dataset(tmp_path / "bad").errors == []
