import json
import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.dates import parse_date
from dashboard.extract.cli import main_ingest
from dashboard.extract.ingest import ingest_file, ingest_text
from dashboard.extract.text import MAX_BYTES, InputError
from dashboard.gazetteer import load_gazetteer


def test_empty_file(tmp_path, gaz):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    r = ingest_file(p, gazetteer=gaz)
    assert r.places == [] and r.claims == [] and any("empty" in w for w in r.warnings)


def test_binary_file_refused(tmp_path, gaz):
    p = tmp_path / "x.bin"
    p.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(InputError, match="binary"):
        ingest_file(p, gazetteer=gaz)


def test_cp1252_file_read_with_warning(tmp_path, gaz):
    p = tmp_path / "win.txt"
    p.write_bytes(b"Gunmen killed four people in Quetta, police said \x93today\x94.")
    r = ingest_file(p, published=parse_date("2025-01-10"), gazetteer=gaz)
    assert r.encoding == "cp1252" and any("Windows-1252" in w for w in r.warnings)
    assert any(pl["place_id"] == "quetta" for pl in r.places)


def test_utf16_with_bom(tmp_path, gaz):
    p = tmp_path / "u16.txt"
    p.write_bytes("A blast in Sibi injured two people.".encode("utf-16"))
    r = ingest_file(p, gazetteer=gaz)
    assert any(pl["place_id"] == "sibi" for pl in r.places)


def test_ten_megabyte_text_refused_quickly(tmp_path, gaz):
    p = tmp_path / "big.txt"
    p.write_bytes(b"Quetta was quiet today. " * (10_000_000 // 24))
    assert p.stat().st_size > MAX_BYTES
    t0 = time.perf_counter()
    with pytest.raises(InputError, match="larger than"):
        ingest_file(p, gazetteer=gaz)
    with pytest.raises(InputError):
        ingest_text("x" * 10_000_000, gazetteer=gaz)
    assert time.perf_counter() - t0 < 2


def test_cli_reports_bad_files_and_continues(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Militants attacked a post in Zhob on Friday, killing two soldiers.",
                    encoding="utf-8")
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    code = main_ingest([str(good), str(bad)], published="2025-04-12", fmt="json")
    out = json.loads(capsys.readouterr().out)
    assert code == 1 and len(out["reports"]) == 1
    claims = out["reports"][0]["claims"]
    assert claims and claims[0]["places"] == ["zhob"] and claims[0]["date_start"] == "2025-04-11"


def test_cli_bad_published(capsys):
    assert main_ingest(["x.txt"], published="last week") == 2
    assert "--published" in capsys.readouterr().err


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000)
       | st.lists(st.sampled_from(["Quetta", "killed", " 22,6000 ", "at least", "dozens of",
                                   " area of ", "Khuzdar district", "said", "BLA", ".", "\n",
                                   "on Friday", "since 4 November", "(", "'", " ", "Mashkay",
                                   "from", "to", "according to", "ISPR", "militants"]),
                  max_size=400).map("".join))
def test_arbitrary_text_never_crashes_or_hangs(text):
    gaz, _ = load_gazetteer()
    t0 = time.perf_counter()
    r = ingest_text(text, published=parse_date("2025-11-20"), gazetteer=gaz)
    assert time.perf_counter() - t0 < 2.0
    json.dumps(r.as_dict())


def test_cli_keeps_the_other_reports_when_a_rule_fails_on_one(tmp_path, capsys, monkeypatch):
    import dashboard.extract.cli as cli

    good = tmp_path / "good.txt"
    good.write_text("Militants attacked a post in Zhob on Friday, killing two soldiers.",
                    encoding="utf-8")
    odd = tmp_path / "odd.txt"
    odd.write_text("A text one rule trips over.", encoding="utf-8")
    real = cli.ingest_file

    def tripping(path, **kw):
        if str(path).endswith("odd.txt"):
            raise StopIteration  # the kind of slip a rule made on an unseen report
        return real(path, **kw)

    monkeypatch.setattr(cli, "ingest_file", tripping)
    code = main_ingest([str(odd), str(good)], published="2025-04-12", fmt="json")
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert code == 1 and len(out["reports"]) == 2
    stopped, kept = out["reports"]
    assert stopped["claims"] == [] and "StopIteration" in stopped["warnings"][0]
    assert kept["claims"] and kept["claims"][0]["places"] == ["zhob"]
    assert "error:" in captured.err and "odd.txt" in captured.err


def test_a_batch_over_several_processes_gives_what_one_process_gives(tmp_path, capsys):
    # each report in our own words; an unreadable file among them
    texts = [f"Militants attacked a post in Zhob on Friday, killing {n} soldiers, officials said."
             for n in ("two", "three", "four", "five", "six")]
    paths = []
    for i, text in enumerate(texts):
        p = tmp_path / f"r{i}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    paths.insert(2, str(bad))
    outputs = []
    for workers in (1, 3):
        code = main_ingest(paths, published="2025-04-12", fmt="json", workers=workers)
        captured = capsys.readouterr()
        assert code == 1 and "bad.bin" in captured.err
        outputs.append(json.loads(captured.out))
    assert outputs[0] == outputs[1]
    counts = [r["claims"][0]["figures"][0]["count"] for r in outputs[1]["reports"]]
    assert counts == [2, 3, 4, 5, 6]  # in the order given, the unreadable one left out


def test_a_few_reports_stay_in_one_process_and_a_batch_takes_the_cores():
    from dashboard.extract.cli import REPORTS_PER_WORKER, default_workers

    assert default_workers(1) == 1
    assert default_workers(REPORTS_PER_WORKER - 1) == 1
    assert 1 <= default_workers(10_000) <= max(1, os.cpu_count() or 1)
