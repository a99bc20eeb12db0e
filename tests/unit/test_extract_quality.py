import pytest

from dashboard.extract.scoring import score, score_corpus
from tests.conftest import REPO, SEEDS

ANNOTATION = REPO / "tests" / "fixtures" / "seed_annotations.yaml"


@pytest.mark.seeds
def test_pipeline_meets_measured_thresholds_on_seed_annotation():
    m = score(ANNOTATION, SEEDS).metrics()
    # measured 2025-11: place recall 85%, district 100%, figures 92% recall / 100% precision,
    # claimant type 100%; thresholds sit below to leave room for rule changes, not regressions
    assert m["place_recall"] >= 0.80
    assert m["district_accuracy"] >= 0.95
    assert m["role_accuracy"] >= 0.85
    assert m["figure_recall"] >= 0.85
    assert m["figure_precision"] >= 0.90
    assert m["claimant_type_accuracy"] >= 0.90


CORPUS = REPO / "tests" / "fixtures" / "corpus"


def test_pipeline_meets_issue_11_targets_on_own_dev_corpus():
    # Only the dev part: the held-out parts are scored by benchmarks/score_extraction.py and
    # must never become something the rules are fitted to. Measured 2026-11 (see the README):
    # districts 100 %, localities 87 %, 0 context places as incident, figures 100 % / 100 %,
    # source type 99 %, dates 97 %; thresholds are issue 11's "must reach" column.
    s = score_corpus([CORPUS / "dev.yaml"])
    assert s.towns_right / s.towns >= 0.95
    assert s.localities_right / s.localities >= 0.75
    assert s.context_as_incident == 0
    assert s.figures_matched / s.figures >= 0.85
    assert s.figures_matched / s.figures_extracted >= 0.90
    assert s.claimant_type_right / s.figures_matched >= 0.85
    assert s.date_holds / s.dated >= 0.85


def test_a_dateline_and_the_same_place_in_the_body_are_scored_apart_when_the_gold_lists_both(
        tmp_path):
    # "KOHLU:" files the story (context); "Kohlu district" is where it happened. The gold lists
    # both: the dateline is scored against the capitalised hit only, the body's against its own.
    (tmp_path / "one.yaml").write_text(
        "reports:\n"
        "  - id: t1\n"
        "    published: 2025-10-20\n"
        "    text: |\n"
        "      KOHLU: Gunmen killed two shepherds near Kahan in Kohlu district on Sunday, the "
        "Levies said.\n"
        "    places:\n"
        "      - {mention: KOHLU, district: Kohlu, kind: town, role: context}\n"
        "      - {mention: Kohlu, district: Kohlu, kind: district, role: incident}\n"
        "    figures: []\n", encoding="utf-8")
    s = score_corpus([tmp_path / "one.yaml"])
    assert (s.context_places, s.context_as_incident) == (1, 0), s.misses
    assert s.roles == s.roles_right == 2, s.misses


def test_a_district_spelt_another_way_in_the_gold_is_the_same_district(tmp_path):
    # Another annotator writes "Qila Saifullah" and "Musakhail"; the gazetteer's districts are
    # "Killa Saifullah" and "Musakhel". The scorer judges the district, not its spelling.
    (tmp_path / "one.yaml").write_text(
        "reports:\n"
        "  - id: t1\n"
        "    published: 2025-10-20\n"
        "    text: |\n"
        "      Gunmen killed two shepherds near Muslim Bagh on Sunday and a driver in Musakhel on "
        "Monday, the Levies said.\n"
        "    places:\n"
        "      - {mention: Muslim Bagh, district: Qila Saifullah, kind: town, role: incident}\n"
        "      - {mention: Musakhel, district: Musakhail, kind: town, role: incident}\n"
        "    figures: []\n", encoding="utf-8")
    s = score_corpus([tmp_path / "one.yaml"])
    assert (s.towns, s.towns_right) == (2, 2), s.misses


def test_a_name_the_gold_lists_with_two_roles_is_mixed_and_its_role_not_scored(tmp_path):
    # "Kalat" is the scene and, in the SSP's title, context: one name used both ways. Listed
    # twice, it must not be scored by whichever entry comes first.
    (tmp_path / "one.yaml").write_text(
        "reports:\n"
        "  - id: t1\n"
        "    published: 2025-10-20\n"
        "    text: |\n"
        "      Gunmen killed two shepherds in Kalat on Sunday, the Kalat SSP said.\n"
        "    places:\n"
        "      - {mention: Kalat, district: Kalat, kind: town, role: context}\n"
        "      - {mention: Kalat, district: Kalat, kind: town, role: incident}\n"
        "    figures: []\n", encoding="utf-8")
    s = score_corpus([tmp_path / "one.yaml"])
    assert (s.roles, s.context_places, s.context_as_incident) == (0, 0, 0), s.misses
    assert (s.towns, s.towns_right) == (1, 1), s.misses


def test_one_count_told_by_two_claimants_pairs_with_the_gold_by_claimant_type(tmp_path):
    # The military and the group both say six died: the gold lists the group's first. Paired by
    # order of telling, each gold entry would be scored against the other's claimant.
    (tmp_path / "one.yaml").write_text(
        "reports:\n"
        "  - id: t1\n"
        "    published: 2025-10-20\n"
        "    text: |\n"
        "      Troops killed six militants in a raid in Harnai on Sunday, the military said.\n"
        "      The BLF said in a statement that six of its fighters had died.\n"
        "    places: []\n"
        "    figures:\n"
        "      - {raw: six of its fighters, count: 6, category: killed, who: militants, "
        "source_type: armed_group, claimant: blf}\n"
        "      - {raw: six militants, count: 6, category: killed, who: militants, "
        "source_type: state, claimant: pakistan-military}\n", encoding="utf-8")
    s = score_corpus([tmp_path / "one.yaml"])
    assert (s.figures_matched, s.claimant_type_right) == (2, 2), s.misses


def test_a_shorter_hit_answers_a_longer_gold_mention_only_where_it_stands_in_it(tmp_path):
    # The gold lists the port (a bus's destination: context) and the town (the scene). The
    # extractor names both "Gwadar"; the port's entry is scored against the hit inside "Gwadar
    # port" alone, not against the town's hit further on, which is the scene.
    (tmp_path / "one.yaml").write_text(
        "reports:\n"
        "  - id: t1\n"
        "    published: 2025-10-20\n"
        "    text: |\n"
        "      Gunmen fired on a bus travelling to Gwadar port on Sunday, and two guards were "
        "killed in an attack in Gwadar on Monday, the police said.\n"
        "    places:\n"
        "      - {mention: Gwadar port, district: Gwadar, kind: locality, role: context}\n"
        "      - {mention: Gwadar, district: Gwadar, kind: town, role: incident}\n"
        "    figures: []\n", encoding="utf-8")
    s = score_corpus([tmp_path / "one.yaml"])
    assert (s.context_places, s.context_as_incident) == (1, 0), s.misses
    assert s.roles_right == s.roles == 2, s.misses
