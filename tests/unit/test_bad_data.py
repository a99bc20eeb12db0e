"""Hand-edited and hostile data files: every problem is located and explained, every valid record
still loads, and nothing is dropped without a reason.

Complements tests/unit/test_dataset.py (enums, syntax error salvage, types, duplicates,
encodings) and tests/unit/test_gazetteer.py (malformed CSV rows).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from dashboard.dataset import load_dataset
from dashboard.gazetteer import MAX_KM_FROM_DISTRICT, distance_km, load_gazetteer
from tests.conftest import REPO

GAZETTEER = REPO / "geodata" / "gazetteer.csv"
PROBLEM_LINE = re.compile(r"^.+:\d+: [^:]+: .+$")


def _claims(path: Path) -> str:
    return (path / "claims.yaml").read_text(encoding="utf-8")


def _bundled_claim_count() -> int:
    return len(load_dataset(REPO / "data").claims)


def _append(path: Path, name: str, text: str) -> int:
    """Append a record to a data file and return the line it starts on."""
    file = path / name
    before = file.read_text(encoding="utf-8")
    if not before.endswith("\n"):
        before += "\n"
    file.write_text(before + text, encoding="utf-8")
    return before.count("\n") + 1


# ---------------------------------------------------------------- YAML that attacks the reader


def test_alias_bomb_costs_only_its_record_and_returns_fast(data_copy: Path) -> None:
    bomb = ["- id: c-bomb\n  report: r000\n  claimant: ispr\n  incident_type: attack\n"
            "  places: [Quetta]\n  date: 2025-11-05\n  summary: bomb\n"
            "  figures:\n    - raw: '1'\n      count: 1\n      category: killed\n"
            "      qualifier: exact\n      who: civilians\n"
            "      note: &a0 [x, x, x, x, x, x, x, x, x]\n"]
    for i in range(1, 9):
        prev = f"*a{i - 1}"
        bomb.append(f"  n{i}: &a{i} [{', '.join([prev] * 9)}]\n")
    line = _append(data_copy, "claims.yaml", "".join(bomb))
    started = time.perf_counter()
    ds = load_dataset(data_copy)
    assert time.perf_counter() - started < 5
    [err] = [p for p in ds.errors if p.line == line]
    assert err.field == "(record)" and "aliases" in err.message
    assert len(ds.claims) == _bundled_claim_count()


def test_deep_nesting_is_a_problem_not_a_crash(data_copy: Path) -> None:
    line = _append(data_copy, "claims.yaml",
                   "- id: c-deep\n  summary: " + "[" * 3000 + "]" * 3000 + "\n")
    ds = load_dataset(data_copy)
    assert any("nested" in p.message for p in ds.errors), ds.errors
    # Moderately deep (parseable, but not a record shape): only that record goes.
    (data_copy / "claims.yaml").write_text(_claims(REPO / "data") + "- id: c-deep\n  summary: "
                                           + "[" * 50 + "]" * 50 + "\n", encoding="utf-8")
    ds = load_dataset(data_copy)
    [err] = [p for p in ds.errors if p.line == line]
    assert "nested" in err.message
    assert len(ds.claims) == _bundled_claim_count()


def test_utf16_file_is_read_whole_with_a_warning(data_copy: Path) -> None:
    text = _claims(data_copy)
    (data_copy / "claims.yaml").write_bytes(text.encode("utf-16"))
    ds = load_dataset(data_copy)
    assert ds.errors == []
    assert any(p.field == "(encoding)" and "UTF-16" in p.message for p in ds.problems)
    assert len(ds.claims) == _bundled_claim_count()


def test_binary_garbage_file_is_reported_not_fatal(data_copy: Path) -> None:
    (data_copy / "events.yaml").write_bytes(bytes(range(256)) * 40)
    ds = load_dataset(data_copy)
    assert any(p.file.endswith("events.yaml") for p in ds.errors)
    # Claims that named an event now point at a missing one: each says so.
    dropped = _bundled_claim_count() - len(ds.claims)
    assert dropped == sum(1 for p in ds.errors if p.field == "event")


# ---------------------------------------------------------------- wrong types, dates, references


@pytest.mark.parametrize(("old", "new", "field"), [
    ("  summary: >-\n    The DG ISPR", "  summary: [a, list]\n  x_summary: >-\n    The DG ISPR",
     "summary"),
    ("  places: [Pakistan]", "  places: {mention: Pakistan}", "places"),
    ("  places: [Pakistan]", "  places: [42]", "places[0]"),
    ("  date: \"2025\"", "  date: [2025]", "date"),
    ("  date: \"2025\"", "  date: 2025-02-30", "date"),
    ("  date: \"2025\"", "  date: 2025-12/2025-01", "date"),
    ("  incident_type: aggregate_figures", "  incident_type: true", "incident_type"),
    ("  claimant: ispr", "  claimant: 'ispr; drop table'", "claimant"),
    ("{raw: \"67,023\", count: 67023,", "{raw: \"67,023\", count: -5,", "figures[0].count"),
    ("{raw: \"67,023\", count: 67023,", "{raw: \"67,023\", count: 6.5,", "figures[0].count"),
    ("category: operations, who: unspecified",
     "category: operations, who: aliens", "figures[0].who"),
])
def test_wrong_type_or_value_rejects_that_claim_with_its_field(data_copy: Path, old: str,
                                                               new: str, field: str) -> None:
    text = _claims(data_copy)
    assert old in text
    (data_copy / "claims.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    ds = load_dataset(data_copy)
    assert [p.field for p in ds.errors] == [field], [str(p) for p in ds.errors]
    [err] = ds.errors
    assert err.file.endswith("claims.yaml") and err.line > 0 and err.message
    assert "c-000-01" not in {c.id for c in ds.claims}
    assert len(ds.claims) == _bundled_claim_count() - 1


def test_future_dates_are_rejected(data_copy: Path) -> None:
    reports = (data_copy / "reports.yaml").read_text(encoding="utf-8")
    reports += ("- id: r-future\n  title: A report from the future\n  published: 2199-01-05\n"
                "- id: r-undated\n  title: Undated\n  published: unknown\n"
                "  published_basis: no date line\n")
    (data_copy / "reports.yaml").write_text(reports, encoding="utf-8")
    line = _append(data_copy, "claims.yaml",
                   "- id: c-future\n  report: r-undated\n  claimant: ispr\n"
                   "  incident_type: attack\n  places: [Quetta]\n  date: 2190-03-01\n"
                   "  summary: A claim dated long after today.\n")
    ds = load_dataset(data_copy)
    assert "r-future" not in ds.reports
    assert any(p.field == "published" and "future" in p.message for p in ds.errors)
    # Located at the claim's date line, the sixth of the record.
    [err] = [p for p in ds.errors if line <= p.line <= line + 6]
    assert (err.field, err.line, "future" in err.message) == ("date", line + 5, True)
    assert "c-future" not in {c.id for c in ds.claims}


def test_day_after_publication_is_flagged_but_a_month_is_not(data_copy: Path) -> None:
    text = _claims(data_copy)
    # c-000-01 is in r000 (published 2025-11-04/2025-12): a range ending on a day in 2026 ends
    # after it; a range ending with a month does not raise anything.
    (data_copy / "claims.yaml").write_text(
        text.replace('  date: "2025"', "  date: 2025-11-05/2026-01-10", 1), encoding="utf-8")
    ds = load_dataset(data_copy)
    assert any(p.field == "date" and "ends after" in p.message and p.severity == "warning"
               for p in ds.problems)
    assert len(ds.claims) == _bundled_claim_count()
    (data_copy / "claims.yaml").write_text(
        text.replace('  date: "2025"', "  date: 2025-11/2025-12", 1), encoding="utf-8")
    assert not any("ends after" in p.message for p in load_dataset(data_copy).problems)


def test_claim_pointing_at_missing_report_and_event(data_copy: Path) -> None:
    line = _append(data_copy, "claims.yaml",
                   "- id: c-orphan\n  report: r-missing\n  claimant: ispr\n  event: e-missing\n"
                   "  incident_type: attack\n  places: [Quetta]\n  date: 2025-11-05\n"
                   "  summary: Points at things that do not exist.\n")
    ds = load_dataset(data_copy)
    # Each at its own field's line: report on the record's second line, event on its fourth.
    fields = {p.field: (p.line - line, p.message) for p in ds.errors
              if line <= p.line <= line + 7}
    assert fields["report"][0] == 1 and "r-missing" in fields["report"][1]
    assert fields["event"][0] == 3 and "e-missing" in fields["event"][1]


def test_duplicate_in_a_review_file_is_located_there(data_copy: Path) -> None:
    review = data_copy / "review"
    review.mkdir()
    (review / "batch.yaml").write_text(
        "reports:\n  - id: r000\n    title: Same id as a curated report\n"
        "    published: 2026-01-01\n", encoding="utf-8")
    ds = load_dataset(data_copy)
    [err] = ds.errors
    assert err.file.endswith("batch.yaml") and err.line == 2 and "duplicate id 'r000'" in \
        err.message and "reports.yaml" in err.message


# ---------------------------------------------------------------- nothing dropped silently


def test_every_claim_record_loads_or_carries_an_error(data_copy: Path) -> None:
    """Break many records at once in different ways; each missing claim has an error at its
    line (or in the lines of its record)."""
    text = _claims(data_copy)
    breaks = [("incident_type: aggregate_figures", "incident_type: 42"),
              ("claimant: cm-balochistan", "claimant: [cm-balochistan]"),
              ("report: r003", "report: r999"),
              ("qualifier: exact", "qualifier: roughly"),
              ("  places: [", "  places: 7\n  x: ["),
              ("summary: >-", "summary: {a: 1}\n  y: >-")]
    for old, new in breaks:
        assert old in text, old
        text = text.replace(old, new, 1)
    text += "- just a string\n- id: c-half\n  report: r000\n"
    (data_copy / "claims.yaml").write_text(text, encoding="utf-8")
    ds = load_dataset(data_copy)
    starts = [m.start() for m in re.finditer(r"^- ", text, re.MULTILINE)]
    line_of = [text.count("\n", 0, s) + 1 for s in starts]
    records = list(zip(line_of, [*line_of[1:], 10**9], strict=True))
    loaded_lines = {c.line for c in ds.claims}
    error_lines = [p.line for p in ds.errors]
    for begin, end in records:
        if begin in loaded_lines:
            continue
        assert any(begin <= ln < end for ln in error_lines), f"record at line {begin} vanished"
    assert len(ds.claims) < _bundled_claim_count()  # the breakage did cost records


# ---------------------------------------------------------------- the gazetteer CSV


def _gazetteer_copy(tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "gazetteer.csv"
    shutil.copy(GAZETTEER, path)
    return path, path.read_text(encoding="utf-8").splitlines()


def _row_index(lines: list[str], pid: str) -> int:
    return next(i for i, ln in enumerate(lines) if ln.startswith(pid + ","))


def test_swapped_coordinates_and_wrong_district_are_refused(tmp_path: Path) -> None:
    path, lines = _gazetteer_copy(tmp_path)
    i = _row_index(lines, "pasni")
    cells = lines[i].split(",")
    cells[4], cells[5] = cells[5], cells[4]  # lat <-> lon: lands in the Arabian Sea's far side
    lines[i] = ",".join(cells)
    j = _row_index(lines, "jiwani")
    lines[j] = lines[j].replace(",Gwadar,", ",Zhob,", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    g, problems = load_gazetteer(path)
    by_line = {p.line: p for p in problems}
    assert "pasni" not in g.places and "jiwani" not in g.places
    for row in (i, j):
        p = by_line[row + 1]
        assert p.severity == "error" and "km from the headquarters" in p.message, p
    assert len(g) == len(load_gazetteer(GAZETTEER)[0]) - 2


def test_the_farthest_real_town_stays_within_the_threshold() -> None:
    g, _ = load_gazetteer(GAZETTEER)
    taftan, dalbandin = g.get("taftan"), g.district_place("Chagai")
    assert taftan is not None and dalbandin is not None
    km = distance_km(taftan.lat, taftan.lon, dalbandin.lat, dalbandin.lon)
    assert 250 < km < MAX_KM_FROM_DISTRICT


def test_unclosed_quote_and_stray_comma_cost_one_row_each(tmp_path: Path) -> None:
    path, lines = _gazetteer_copy(tmp_path)
    i = _row_index(lines, "pasni")
    lines[i] = lines[i].replace(",Pasni,", ',"Pasni,', 1)
    j = _row_index(lines, "ormara")
    lines[j] = lines[j].replace(",Ormara,", ",Ormara, Gwadar coast,", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    g, problems = load_gazetteer(path)
    assert {p.line for p in problems if p.severity == "error"} == {i + 1, j + 1}
    assert "pasni" not in g.places and "ormara" not in g.places
    assert len(g) == len(load_gazetteer(GAZETTEER)[0]) - 2


def test_gazetteer_in_windows_1252_loads_with_a_warning(tmp_path: Path) -> None:
    path, lines = _gazetteer_copy(tmp_path)
    i = _row_index(lines, "pasni")
    lines[i] = lines[i].replace(",Pasni,", ",Pasn\u00ee,", 1)
    # The real file holds letters Windows-1252 lacks (ā): a spreadsheet would write "?".
    path.write_bytes(("\n".join(lines) + "\n").encode("cp1252", errors="replace"))
    g, problems = load_gazetteer(path)
    assert [p.field for p in problems] == ["(encoding)"]
    assert g.get("pasni").name == "Pasn\u00ee"


# ---------------------------------------------------------------- validate on the command line


def test_validate_lists_every_problem_as_file_line_field_message(data_copy: Path) -> None:
    text = _claims(data_copy).replace("incident_type: aggregate_figures", "incident_type: x", 1)
    text += "- id: c-orphan\n  report: r-missing\n  claimant: ispr\n  incident_type: attack\n" \
            "  places: [Quetta]\n  date: 2190-01-01\n  summary: s\n"
    (data_copy / "claims.yaml").write_text(text, encoding="utf-8")
    (data_copy / "events.yaml").write_bytes("- id: e\u00e9\n  title: t\n  summary: s\n"
                                            .encode("utf-16"))
    run = subprocess.run([sys.executable, "-m", "dashboard", "validate", "--data",
                          str(data_copy)], capture_output=True, text=True, cwd=REPO,
                         timeout=120)
    assert run.returncode == 1
    out = run.stdout.splitlines()
    assert out and all(PROBLEM_LINE.match(line) for line in out), out
    joined = "\n".join(out)
    assert "incident_type: unknown value 'x'" in joined
    assert "report: unknown report 'r-missing'" in joined
    assert "(encoding)" in joined
    assert " errors, " in run.stderr


def test_yaml_files_stay_plain_lists_after_breakage(data_copy: Path) -> None:
    """Sanity: the bundled files parse as lists, so the breakages above are the only cause."""
    for name in ("reports.yaml", "claimants.yaml", "events.yaml", "claims.yaml"):
        assert isinstance(yaml.safe_load((data_copy / name).read_text(encoding="utf-8")), list)


def test_imported_point_far_from_its_own_district_is_not_drawn_there(tmp_path: Path) -> None:
    from dashboard.importers.acled import import_acled

    sample = (REPO / "tests" / "fixtures" / "acled_sample.csv").read_text(encoding="utf-8")
    # PAK1001 says Turbat in Kech district; swap its latitude and longitude (a classic slip).
    assert ",Kech,,Turbat,26.0031,63.0544," in sample
    path = tmp_path / "acled.csv"
    path.write_text(sample.replace(",Kech,,Turbat,26.0031,63.0544,",
                                   ",Kech,,Turbat,63.0544,26.0031,"), encoding="utf-8")
    gazetteer, _ = load_gazetteer(GAZETTEER)
    result = import_acled(path, gazetteer)
    [claim] = [c for c in result.claims if "PAK1001" in c["id"]]
    [place] = claim["places"]
    assert place["place_id"] == gazetteer.district_place("Kech").id and "lat" not in place
    assert "km from Kech district" in place["note"]


def test_a_cache_file_others_could_write_is_never_unpickled(tmp_path: Path, monkeypatch) -> None:
    import pickle

    import dashboard.pipeline as pipeline_module

    monkeypatch.setenv("DASHBOARD_CACHE", str(tmp_path))
    marker = tmp_path / "ran"
    planted = tmp_path / "k.pickle"
    # A pickle that would run code when loaded (creates `marker`).
    planted.write_bytes(pickle.dumps(_Planted(str(marker))))
    planted.chmod(0o666)  # group/other-writable: anyone could have put it there
    assert pipeline_module._read_cache("k") is None
    assert not marker.exists()


class _Planted:
    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self):
        return (open, (self.path, "w"))


def test_syntax_error_in_a_review_file_costs_only_its_record(data_copy: Path) -> None:
    review = data_copy / "review"
    review.mkdir()
    claim = ("  - id: {id}\n    report: {report}\n    claimant: ispr\n    incident_type: attack\n"
             "    places: [Quetta]\n    date: 2026-02-01\n    summary: {summary}\n"
             "    review_status: machine_extracted\n")
    report = ("  - id: {id}\n    title: Machine-extracted\n    published: 2026-02-03\n"
              "    published_basis: given on the command line\n")
    text = ("reports:\n" + report.format(id="ingest-a") + report.format(id="ingest-b")
            + "claims:\n" + claim.format(id="ingest-a-1", report="ingest-a", summary="[broken")
            + claim.format(id="ingest-a-2", report="ingest-a", summary="fine")
            + claim.format(id="ingest-b-1", report="ingest-b", summary="fine too"))
    (review / "batch.yaml").write_text(text, encoding="utf-8")
    ds = load_dataset(data_copy)
    assert {"ingest-a", "ingest-b"} <= set(ds.reports)
    assert {c.id for c in ds.claims if c.id.startswith("ingest")} == {"ingest-a-2", "ingest-b-1"}
    # One problem, at the broken line, saying what happened; no record read as the wrong kind.
    [err] = ds.errors
    assert err.file.endswith("batch.yaml") and err.field == "(syntax)"
    lines = text.splitlines()
    begin, end = lines.index("  - id: ingest-a-1") + 1, lines.index("  - id: ingest-a-2") + 1
    assert begin <= err.line < end  # within the broken record (YAML notices at its next line)
    assert "the others are kept" in err.message
