import shutil
from pathlib import Path

import yaml

from dashboard.dataset import load_dataset
from dashboard.extract.cli import main_ingest

REPO = Path(__file__).resolve().parents[2]


def test_review_file_validates_and_is_machine_extracted(tmp_path):
    text = tmp_path / "report.txt"
    text.write_text(
        "QUETTA: Unidentified gunmen killed four Levies personnel in the Nasl area of Khuzdar "
        "district on Friday night, officials said. The BLF claimed responsibility and said "
        "nine soldiers had died.", encoding="utf-8")
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    out = data / "review" / "new.yaml"
    assert main_ingest([str(text)], published="2025-10-04", outlet="Example Times",
                       fmt="yaml", out=str(out)) == 0
    review = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert review["claims"]
    for claim in review["claims"]:
        assert claim["review_status"] == "machine_extracted"
        assert claim["id"].startswith("ingest-")
    ds = load_dataset(data)
    assert not ds.errors, ds.errors
    extracted = [c for c in ds.claims if c.review_status == "machine_extracted"]
    assert len(extracted) == len(review["claims"])


def test_ingest_refuses_to_write_curated_files(tmp_path, monkeypatch):
    text = tmp_path / "r.txt"
    text.write_text("A blast in Sibi.", encoding="utf-8")
    monkeypatch.setenv("DASHBOARD_DATA", str(tmp_path))
    assert main_ingest([str(text)], fmt="yaml", out=str(tmp_path / "claims.yaml")) == 2
    assert not (tmp_path / "claims.yaml").exists()


def test_a_body_named_by_its_kind_enters_the_review_with_its_own_type(tmp_path):
    # round 9: a claimant the register lacks is not the outlet in the review file
    text = tmp_path / "report.txt"
    text.write_text("The Kharan Human Rights Forum said 14 men from the district went missing "
                    "in October.", encoding="utf-8")
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    out = data / "review" / "new.yaml"
    assert main_ingest([str(text)], published="2025-11-04", outlet="Example Times",
                       fmt="yaml", out=str(out)) == 0
    review = yaml.safe_load(out.read_text(encoding="utf-8"))
    forum = [c for c in review["claimants"] if c["id"] == "kharan-human-rights-forum"]
    assert forum and forum[0]["source_type"] == "rights_group", review["claimants"]
    assert forum[0]["name"] == "Kharan Human Rights Forum"
    ds = load_dataset(data)
    assert not ds.errors, ds.errors
