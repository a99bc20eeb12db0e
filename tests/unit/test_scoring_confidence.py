"""The scorer's confidence measure: how many fields the extractor marks low (the reviewer's load)
and how many of the wrong fields are among them (what reading only the low ones catches)."""

from dashboard.extract.ingest import IngestResult
from dashboard.extract.scoring import (
    CLAIMANT_FIELD,
    DATE_FIELD,
    FIGURE_FIELD,
    PLACE_FIELD,
    Score,
    add_report,
    score_corpus,
)


def _judgement(level, family):
    return {"level": level, "cue": "made up", "start": None, "end": None, "evidence": [],
            "family": family}


def _claim(source_type, date, figures, *, claimant="high", when="high", counts="low",
           places="high", mentions=()):
    return {"claimant": "someone", "source_type": source_type, "date": date,
            "date_start": date, "date_end": date, "figures": figures,
            "place_mentions": [{"mention": m} for m in mentions],
            "confidence": {"claimant": _judgement(claimant, "speaker"),
                           "date": _judgement(when, "weekday"),
                           "figures": _judgement(counts, "counted"),
                           "places": _judgement(places, "named")}}


def _figure(count, category="killed"):
    return {"count": count, "raw": str(count), "category": category, "who": "unspecified",
            "qualifier": "exact"}


def _scored(claims, gold, places=()):
    result = IngestResult(path=None, published=None, claims=claims, places=list(places))
    total = Score()
    add_report(total, "t1", result, gold, gazetteer=_NoGazetteer())
    return total


class _NoGazetteer:
    """The scorer asks the gazetteer only about gold places with a place id or district."""

    def get(self, _):
        return None

    def district_place(self, _):
        return None


GOLD = {"figures": [
    {"raw": "3", "count": 3, "category": "killed", "source_type": "state",
     "incident": "2025-03-02"},
    {"raw": "5", "count": 5, "category": "injured", "source_type": "state",
     "incident": "2025-03-02"},
    {"raw": "7", "count": 7, "category": "abducted", "source_type": "rights_group"},
]}


def test_load_and_catch_count_each_field_of_the_figures_the_gold_has():
    claims = [
        # state, dated right, claimant high and right: nothing to catch
        _claim("state", "2025-03-02", [_figure(3), _figure(5, "injured")]),
        # a rights group's claim credited to the outlet (wrong) but marked low: caught; its
        # date is wrong and high: missed; the figure 9 is not in the gold (wrong, low: caught)
        _claim("media", "2025-02-01", [_figure(7, "abducted"), _figure(9)],
               claimant="low", when="high", counts="low"),
    ]
    s = _scored(claims, GOLD)
    load = dict(s.review_load())
    # claimant: 3 matched figures, 1 wrong (the 7), low: the 7 only
    assert load[CLAIMANT_FIELD] == "low  33.3% (1/3), wrong ones low 100.0% (1/1)"
    # dates: the gold dates two figures (3 and 5), both right, both high: no wrong field
    assert load[DATE_FIELD] == "low   0.0% (0/2), wrong ones low    n/a (0/0)"
    # figures: 4 extracted, 3 real; every figure low; the one extra (9) is caught
    assert load[FIGURE_FIELD] == "low 100.0% (4/4), wrong ones low 100.0% (1/1)"
    assert load[PLACE_FIELD] == "   n/a"


def test_a_wrong_field_marked_high_is_not_caught():
    gold = {"figures": [{"raw": "3", "count": 3, "category": "killed",
                         "source_type": "armed_group", "incident": "2025-03-02"}]}
    s = _scored([_claim("state", "2025-01-09", [_figure(3)], counts="high")], gold)
    load = dict(s.review_load())
    assert load[CLAIMANT_FIELD] == "low   0.0% (0/1), wrong ones low   0.0% (0/1)"
    assert load[DATE_FIELD] == "low   0.0% (0/1), wrong ones low   0.0% (0/1)"
    assert s.families(CLAIMANT_FIELD) == {"speaker": {False: 1}}


def test_a_claims_place_is_right_when_the_gold_has_it_as_the_scene():
    gold = {"figures": [], "places": [
        {"mention": "Kahan", "role": "incident"}, {"mention": "Quetta", "role": "context"}]}
    found = [{"mention": "Kahan", "role": "incident"}, {"mention": "Quetta", "role": "incident"}]
    claims = [_claim("state", None, [], places="low", mentions=("Kahan",)),
              _claim("state", None, [], places="high", mentions=("Quetta",))]
    s = _scored(claims, gold, found)
    # two places in claims, one of them context (wrong) and marked high: not caught
    assert dict(s.review_load())[PLACE_FIELD] == "low  50.0% (1/2), wrong ones low   0.0% (0/1)"
    assert s.families(PLACE_FIELD) == {"named": {True: 1, False: 1}}


def test_the_measure_runs_on_a_corpus_file_through_the_extractor(tmp_path):
    # The outlet tells a count with nobody cited, while the gold credits it to the police: the
    # extractor's claimant is wrong, and its cue (no speaker: the outlet) is one a reviewer reads.
    (tmp_path / "one.yaml").write_text(
        "reports:\n"
        "  - id: t1\n"
        "    published: 2025-10-20\n"
        "    outlet: Daily Somewhere\n"
        "    text: |\n"
        "      Four shepherds were shot dead near Kahan in Kohlu district on Sunday.\n"
        "    places: []\n"
        "    figures:\n"
        "      - {raw: Four shepherds, count: 4, category: killed, source_type: state,\n"
        "         incident: 2025-10-19}\n", encoding="utf-8")
    s = score_corpus([tmp_path / "one.yaml"])
    load = dict(s.review_load())
    assert load[CLAIMANT_FIELD] == "low 100.0% (1/1), wrong ones low 100.0% (1/1)", s.misses
    assert list(s.families(CLAIMANT_FIELD)) == ["no speaker: the outlet"]


def test_a_claims_place_put_in_another_district_is_wrong():
    gold = {"figures": [], "places": [{"mention": "Kahan", "role": "incident",
                                       "district": "Kohlu"}]}
    found = [{"mention": "Kahan", "role": "incident", "district": "Dera Bugti"}]
    s = _scored([_claim("state", None, [], places="low", mentions=("Kahan",))], gold, found)
    assert dict(s.review_load())[PLACE_FIELD] == "low 100.0% (1/1), wrong ones low 100.0% (1/1)"
    found[0]["district"] = "Kohlu"
    s = _scored([_claim("state", None, [], places="low", mentions=("Kahan",))], gold, found)
    assert dict(s.review_load())[PLACE_FIELD] == "low 100.0% (1/1), wrong ones low    n/a (0/0)"
