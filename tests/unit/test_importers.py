"""ACLED and UCDP GED imports: every row becomes a claim or a listed problem; precision is kept."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.gazetteer import cached_gazetteer
from dashboard.importers import ImportRefused, run_import
from dashboard.importers.acled import import_acled
from dashboard.importers.source_file import merge_dataset, write_dataset
from dashboard.importers.ucdp import import_ucdp
from dashboard.pipeline import load

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ACLED = FIXTURES / "acled_sample.csv"
UCDP = FIXTURES / "ucdp_ged_sample.csv"


@pytest.fixture(scope="module")
def gazetteer():
    return cached_gazetteer()[0]


def _data_lines(path: Path) -> set[int]:
    """Line of every data row, counted the way the importer must count them."""
    reader = csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""))
    next(reader)
    lines, start = set(), reader.line_num + 1
    for _ in reader:
        lines.add(start)
        start = reader.line_num + 1
    return lines


@pytest.mark.parametrize(("importer", "path"), [(import_acled, ACLED), (import_ucdp, UCDP)])
def test_no_row_vanishes(gazetteer, importer, path):
    result = importer(path, gazetteer)
    imported = {c["id"] for c in result.claims}
    skipped_lines = {p.line for p in result.skipped}
    assert result.rows == len(_data_lines(path))
    assert len(imported) + len(skipped_lines) == result.rows
    assert skipped_lines <= _data_lines(path)
    assert all("row not imported" in p.message for p in result.skipped)


def _by_id(result) -> dict[str, dict]:
    return {c["id"]: c for c in result.claims}


def test_acled_precision_mapping(gazetteer):
    claims = _by_id(import_acled(ACLED, gazetteer))
    point = claims["acled-PAK1001"]["places"][0]
    assert (point["geo_precision"], point["lat"], point["lon"]) == ("point", 26.0031, 63.0544)
    assert claims["acled-PAK1001"]["date"] == "2024-01-12"
    # geo_precision 2: the district, never a town; time_precision 2: the week around the day.
    assert claims["acled-PAK1002"]["places"][0]["place_id"] == "quetta-district"
    assert claims["acled-PAK1002"]["date"] == "2024-02-17/2024-02-23"
    # geo_precision 3: only the province; time_precision 3: only the month.
    assert claims["acled-PAK1003"]["places"][0]["place_id"] == "balochistan"
    assert claims["acled-PAK1003"]["date"] == "2024-03"
    assert claims["acled-PAK1003"]["incident_type"] == "abduction"
    # a district the gazetteer lacks keeps ACLED's coordinates at district precision
    assert claims["acled-PAK1011"]["places"][0]["geo_precision"] == "district"
    # lost coordinates with a known district: placed at the district, and the note says why
    lost = claims["acled-PAK1007"]["places"][0]
    assert lost["place_id"] == "mastung-district" and "unreadable" in lost["note"]
    assert claims["acled-PAK1001"]["sources"] == ["Dawn", "Fixture Daily"]
    assert claims["acled-PAK1001"]["figures"][0]["count"] == 3
    assert claims["acled-PAK1014"]["figures"] == []


def test_acled_skipped_rows_say_why(gazetteer):
    result = import_acled(ACLED, gazetteer)
    reasons = {p.line: (p.field, p.message) for p in result.skipped}
    assert reasons[7][0] == "event_date" and "31 February 2024" in reasons[7][1]
    assert reasons[10][0] == "event_id_cnty"
    assert reasons[11][0] == "event_type" and "Agreement" in reasons[11][1]
    assert reasons[13][0] == "event_id_cnty" and "duplicate" in reasons[13][1]
    assert reasons[9][0] == "latitude"


def test_acled_admin1_filter_lists_the_rest(gazetteer):
    result = import_acled(ACLED, gazetteer, admin1="Balochistan")
    assert "acled-PAK1005" not in _by_id(result)
    assert any(p.field == "admin1" and "Sindh" in p.message for p in result.skipped)


def test_ucdp_precision_mapping(gazetteer):
    claims = _by_id(import_ucdp(UCDP, gazetteer))
    assert claims["ucdp-900001"]["places"][0]["geo_precision"] == "point"
    assert claims["ucdp-900001"]["date"] == "2023-05-10"
    assert "25 km" in claims["ucdp-900002"]["places"][0]["note"]
    assert claims["ucdp-900002"]["date"] == "2023-06-01/2023-06-04"
    assert claims["ucdp-900003"]["places"][0]["place_id"] == "panjgur-district"
    assert claims["ucdp-900003"]["date"] == "2023-07"
    assert claims["ucdp-900004"]["places"][0]["place_id"] == "balochistan"
    assert claims["ucdp-900004"]["date"] == "2023"
    assert claims["ucdp-900005"]["places"][0]["place_id"] == "pakistan"
    assert claims["ucdp-900006"]["places"][0]["geo_precision"] == "abroad"
    assert claims["ucdp-900012"]["places"][0]["place_id"] == "pakistan"  # where_prec 5, no adm_1
    assert claims["ucdp-900010"]["places"][0]["place_id"] == "kech-district"
    best = claims["ucdp-900002"]["figures"][0]
    assert (best["count"], best["qualifier"]) == (5, "about")
    assert "3" in best["raw"] and "8" in best["raw"]
    civilians = claims["ucdp-900004"]["figures"][1]
    assert (civilians["who"], civilians["count"]) == ("civilians", 6)


def test_ucdp_skipped_rows_say_why(gazetteer):
    reasons = {p.line: p.field for p in import_ucdp(UCDP, gazetteer).skipped}
    assert reasons == {9: "date_start", 10: "date_end", 12: "best"}


@pytest.mark.parametrize(("kind", "path"), [("acled", ACLED), ("ucdp", UCDP)])
def test_output_validates_and_is_labelled_as_dataset_coding(tmp_path, kind, path, capsys):
    out = tmp_path / kind
    assert main(["import", kind, str(path), "--out", str(out)]) == 0
    assert main(["validate", "--data", str(out)]) == 0
    loaded = load(out)
    assert not loaded.errors
    table = loaded.table
    assert set(table["source_type"]) == {"dataset"}
    assert set(table["label"]) == {"unverified"}
    assert table["label_reason"].str.contains("not independent verification").all()
    assert table["label_reason"].str.startswith("coded by ").all()
    # province- and country-wide records are never drawn as points
    wide = table[table["geo_precision"].isin(["province", "country", "abroad"])]
    assert not wide.empty and not wide["mapped"].any() and wide["lat"].isna().all()


def test_layout_variants_import_the_same(tmp_path, gazetteer):
    """Column order, extra columns, a BOM, CRLF and upper-case names change nothing."""
    rows = list(csv.reader(io.StringIO(ACLED.read_text(encoding="utf-8"), newline="")))
    header = [*[h.upper() for h in rows[0]][::-1], "EXTRA"]
    body = [[*r[::-1], "x"] for r in rows[1:]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows([header, *body])
    variant = tmp_path / "variant.csv"
    variant.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    a, b = import_acled(ACLED, gazetteer), import_acled(variant, gazetteer)
    strip = [{k: v for k, v in c.items() if k != "report"} for c in a.claims]
    assert strip == [{k: v for k, v in c.items() if k != "report"} for c in b.claims]
    assert [p.line for p in a.problems] == [p.line for p in b.problems]


def test_missing_columns_refused_naming_file_and_columns(tmp_path, gazetteer, capsys):
    bad = tmp_path / "not_acled.csv"
    bad.write_text("event_id_cnty,event_date,notes\nPAK1,12 January 2024,x\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as err:
        import_acled(bad, gazetteer)
    assert str(bad) in str(err.value) and "latitude" in str(err.value)
    assert run_import("ucdp", bad, out=tmp_path / "o") == 2
    message = capsys.readouterr().err
    assert "not_acled.csv" in message and "where_prec" in message
    assert not (tmp_path / "o").exists()


def test_merge_into_curated_copy_keeps_both(tmp_path, gazetteer):
    import shutil

    root = Path(__file__).resolve().parents[2] / "data"
    data = tmp_path / "data"
    shutil.copytree(root, data)
    before = load(data).table["claim_id"].nunique()
    merge_dataset(import_acled(ACLED, gazetteer), data)
    merge_dataset(import_ucdp(UCDP, gazetteer), data)
    loaded = load(data)
    assert not loaded.errors
    assert loaded.table["claim_id"].nunique() == before + 18
    assert "# " in (data / "reports.yaml").read_text(encoding="utf-8").splitlines()[0]
    with pytest.raises(ImportRefused):
        write_dataset(import_acled(ACLED, gazetteer), data)


def test_merge_refuses_a_changed_report_and_leaves_the_directory_alone(tmp_path, gazetteer):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(Path(__file__).resolve().parents[2] / "data", data)
    merge_dataset(import_acled(ACLED, gazetteer), data)
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    again = import_acled(ACLED, gazetteer)
    merge_dataset(again, data)  # the same file again: accepted, nothing duplicated
    assert (data / "reports.yaml").read_bytes() == before["reports.yaml"]
    again.report["published"] = "2025-01-01"
    with pytest.raises(ImportRefused, match="already there"):
        merge_dataset(again, data)
    assert {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()} == before


def test_large_import_is_split_into_files_the_loader_reads(tmp_path, gazetteer, monkeypatch):
    from dashboard.importers import source_file

    monkeypatch.setattr(source_file, "CLAIMS_FILE_BYTES", 2000)
    out = tmp_path / "out"
    write_dataset(import_acled(ACLED, gazetteer), out)
    parts = sorted(p.name for p in out.glob("claims-*.jsonl"))
    assert len(parts) > 2 and parts[0].endswith("-001.jsonl")
    assert load(out).table["claim_id"].nunique() == 9
    monkeypatch.setattr(source_file, "CLAIMS_FILE_BYTES", 10_000_000)
    source_file.write_claims(out, import_acled(ACLED, gazetteer).report["id"],
                             import_acled(ACLED, gazetteer).claims)
    assert [p.name for p in out.glob("claims-*.jsonl")] == ["claims-acled-acled_sample.jsonl"]
    assert load(out).table["claim_id"].nunique() == 9


def test_codes_written_as_floats_read_the_same(tmp_path, gazetteer):
    """pandas and spreadsheets write integer codes as 1.0: same precision, same claims."""
    text = UCDP.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    cols = {name: i for i, name in enumerate(rows[0])}
    for r in rows[1:]:
        for name in ("where_prec", "date_prec", "type_of_violence"):
            r[cols[name]] = f"{r[cols[name]]}.0"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    floats = tmp_path / "floats.csv"
    floats.write_text(buf.getvalue(), encoding="utf-8")
    a, b = import_ucdp(UCDP, gazetteer), import_ucdp(floats, gazetteer)
    strip = [{k: v for k, v in c.items() if k != "report"} for c in a.claims]
    assert strip == [{k: v for k, v in c.items() if k != "report"} for c in b.claims]


# ---------------------------------------------------------------- one row loop, one set of rules


def _edited(path: Path, out: Path, id_column: str, event_id: str, **cells: str) -> Path:
    """A copy of a fixture export with some cells of one row replaced."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    cols = {name: i for i, name in enumerate(rows[0])}
    row = next(r for r in rows[1:] if r and r[cols[id_column]] == event_id)  # the first
    for name, value in cells.items():
        row[cols[name]] = value
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    out.write_text(buf.getvalue(), encoding="utf-8")
    return out


@pytest.mark.parametrize("asked", ["Balochistan", "balochistan", "  BALOCHISTAN  province ",
                                   "Balochistan Province"])
def test_admin1_matches_the_whole_name_in_both_datasets(gazetteer, asked):
    """ACLED writes "Balochistan", UCDP "Balochistan province": the same province to both."""
    acled = import_acled(ACLED, gazetteer, admin1=asked)
    ucdp = import_ucdp(UCDP, gazetteer, admin1=asked)
    assert {c["id"] for c in acled.claims} == {
        c["id"] for c in import_acled(ACLED, gazetteer).claims} - {"acled-PAK1005"}
    assert "ucdp-900001" in _by_id(ucdp) and "ucdp-900007" not in _by_id(ucdp)
    [kp] = [p for p in ucdp.skipped if p.field == "adm_1" and "Khyber" in p.message]
    assert "outside the selected admin1" in kp.message


def test_admin1_never_matches_part_of_a_name(gazetteer):
    """"Khyber" is not "Khyber Pakhtunkhwa province" (a substring match took it)."""
    result = import_ucdp(UCDP, gazetteer, admin1="Khyber")
    assert result.claims == []
    with pytest.raises(ImportRefused, match="names no province"):
        import_ucdp(UCDP, gazetteer, admin1=" province ")


def test_dates_up_to_tomorrow_import_as_the_loader_accepts_them(tmp_path, gazetteer):
    """The limit is the dataset loader's (latest_possible_day): a report stamped in Pakistan can
    be dated tomorrow in UTC. The day after tomorrow is refused, naming the column."""
    from datetime import date, timedelta

    tomorrow, later = (date.today() + timedelta(days=n) for n in (1, 2))
    for day, kept in ((tomorrow, True), (later, False)):
        acled = import_acled(_edited(ACLED, tmp_path / "acled.csv", "event_id_cnty", "PAK1004",
                                     event_date=day.isoformat()), gazetteer)
        ucdp = import_ucdp(_edited(UCDP, tmp_path / "ucdp.csv", "id", "900001",
                                   date_start=day.isoformat(), date_end=day.isoformat()),
                           gazetteer)
        assert ("acled-PAK1004" in _by_id(acled), "ucdp-900001" in _by_id(ucdp)) == (kept, kept)
        if kept:
            for result in (acled, ucdp):
                out = tmp_path / f"out-{result.claimant['id']}"
                write_dataset(result, out)
                assert load(out).errors == []
        else:
            assert any(p.field == "event_date" and "future" in p.message for p in acled.skipped)
            assert any(p.field == "date_end" and "future" in p.message for p in ucdp.skipped)
