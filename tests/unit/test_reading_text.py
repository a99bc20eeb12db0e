"""One text decoder (storage.decode_text) behind every reader of files: the dataset, the
gazetteer, the ACLED/UCDP importers and report texts all read UTF-16, and all name the file when
it is not text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dashboard.curation.archive import draft_from_upload
from dashboard.dataset import load_dataset
from dashboard.extract.ingest import ingest_file
from dashboard.extract.text import InputError
from dashboard.gazetteer import cached_gazetteer, load_gazetteer
from dashboard.importers import ImportRefused
from dashboard.importers.acled import import_acled
from dashboard.storage import NotText, decode_text
from tests.conftest import REPO

GAZETTEER = REPO / "geodata" / "gazetteer.csv"
ACLED = REPO / "tests" / "fixtures" / "acled_sample.csv"
BINARY = bytes(range(256)) * 40


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_decoder_reads_unicode_with_a_byte_order_mark_and_says_so(encoding: str) -> None:
    text = "Pasn\u00ee, Kech \u2014 \u201cquoted\u201d\n"
    raw = text.encode(encoding)
    if not encoding.endswith(("16", "32")):  # Python writes a BOM only for the plain names
        raw = "\ufeff".encode(encoding) + raw
    decoded = decode_text(raw, "f.txt")
    assert decoded.text == text
    assert decoded.encoding.startswith(encoding[:6]) and "UTF-" in decoded.warning


def test_decoder_reads_utf8_with_or_without_bom_silently() -> None:
    for raw in ("Pasn\u00ee".encode(), "\ufeffPasn\u00ee".encode()):
        decoded = decode_text(raw, "f.txt")
        assert (decoded.text, decoded.warning) == ("Pasn\u00ee", "")


def test_windows_1252_is_read_with_the_line_of_the_first_odd_byte() -> None:
    decoded = decode_text(b"one\ntwo \x93quoted\x94\n", "f.csv")
    assert decoded.text == "one\ntwo \u201cquoted\u201d\n"
    assert (decoded.encoding, decoded.line) == ("cp1252", 2)
    assert "Windows-1252" in decoded.warning and "0x93" in decoded.warning


def test_strict_refuses_bytes_windows_1252_lacks_where_lenient_keeps_the_rest() -> None:
    raw = b"Quetta \x81 Mastung \x93x\x94"
    with pytest.raises(NotText, match=r"f\.txt: not UTF-8 .* not Windows-1252"):
        decode_text(raw, "f.txt", strict=True)
    lenient = decode_text(raw, "f.txt")
    assert lenient.text == "Quetta \ufffd Mastung \u201cx\u201d"


@pytest.mark.parametrize("raw", [BINARY, b"\x00\x01\x02" * 100, b"\xff\xfe\x00\xd8"])
def test_decoder_names_the_file_that_is_not_text(raw: bytes) -> None:
    with pytest.raises(NotText) as caught:
        decode_text(raw, "dump.bin")
    assert str(caught.value).startswith("dump.bin: ") and caught.value.reason


# ---------------------------------------------------------------- every caller reads UTF-16


def test_dataset_reads_a_utf16_claims_file(data_copy: Path) -> None:
    path = data_copy / "claims.yaml"
    expected = len(load_dataset(data_copy).claims)
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    ds = load_dataset(data_copy)
    assert ds.errors == [] and len(ds.claims) == expected
    [warning] = [p for p in ds.problems if p.field == "(encoding)"]
    assert warning.file == str(path) and "UTF-16" in warning.message


def test_gazetteer_reads_a_utf16_file(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.csv"
    path.write_bytes(GAZETTEER.read_text(encoding="utf-8").encode("utf-16"))
    gazetteer, problems = load_gazetteer(path)
    assert len(gazetteer) == len(load_gazetteer(GAZETTEER)[0]) > 0
    assert [(p.field, "UTF-16" in p.message) for p in problems] == [("(encoding)", True)]


def test_importer_reads_a_utf16_export(tmp_path: Path) -> None:
    gazetteer = cached_gazetteer()[0]
    path = tmp_path / ACLED.name  # the same name: the report id is made from it
    path.write_bytes(ACLED.read_text(encoding="utf-8").encode("utf-16"))
    as_utf8, as_utf16 = import_acled(ACLED, gazetteer), import_acled(path, gazetteer)
    assert as_utf16.claims == as_utf8.claims and as_utf8.claims
    assert [p for p in as_utf16.problems if p.field == "(encoding)"]


def test_report_text_reads_utf16_and_an_upload_too(tmp_path: Path) -> None:
    text = "A blast in Sibi injured two people, police said.\n"
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode("utf-16"))
    result = ingest_file(path, gazetteer=cached_gazetteer()[0])
    assert any(pl["place_id"] == "sibi" for pl in result.places)
    assert result.encoding == "utf-16-le"
    assert draft_from_upload("report.txt", text.encode("utf-16")).text.strip() == text.strip()


# ---------------------------------------------------------------- every caller names non-text


def test_every_reader_names_a_file_that_is_not_text(tmp_path: Path, data_copy: Path) -> None:
    (data_copy / "events.yaml").write_bytes(BINARY)
    ds = load_dataset(data_copy)
    assert any(p.file.endswith("events.yaml") and p.field == "(file)" and "binary" in p.message
               for p in ds.errors)

    gaz = tmp_path / "gazetteer.csv"
    gaz.write_bytes(BINARY)
    gazetteer, problems = load_gazetteer(gaz)
    assert len(gazetteer) == 0 and "binary" in problems[0].message and problems[0].file == str(gaz)

    export = tmp_path / "export.csv"
    export.write_bytes(BINARY)
    with pytest.raises(ImportRefused, match=r"export\.csv: .*binary"):
        import_acled(export, cached_gazetteer()[0])

    report = tmp_path / "report.txt"
    shutil.copy(export, report)
    with pytest.raises(InputError, match=r"report\.txt: .*binary"):
        ingest_file(report, gazetteer=cached_gazetteer()[0])


def test_a_copied_page_that_lost_the_space_after_a_full_stop_still_splits_there() -> None:
    # Round 38 (Z): "... received 20 bodies.The workers were ..." is two sentences; a name with a
    # dot in it ("News.Az", "Dawn.com") and an abbreviation ("e.g.") are not
    from dashboard.extract.text import sentences
    text = ("Gunmen stormed a mine camp, News.Az reports. A hospital in Duki received nine "
            "bodies.The miners were shot in their sleep, police said.See Dawn.com for more.")
    got = [text[s.start:s.end] for s in sentences(text)]
    assert got == ["Gunmen stormed a mine camp, News.Az reports.",
                   "A hospital in Duki received nine bodies.",
                   "The miners were shot in their sleep, police said.",
                   "See Dawn.com for more."], got
