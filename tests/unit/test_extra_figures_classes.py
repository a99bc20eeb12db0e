"""benchmarks/extra_figures.py: the classes of extracted figures a round counts on held-back sets.

Round 19 of issue 11. The texts are invented."""

from __future__ import annotations

from benchmarks.extra_figures import CLASSES, classify, figure_class


def _fig(count: int | None, raw: str, qualifier: str = "exact") -> dict:
    return {"count": count, "raw": raw, "qualifier": qualifier, "category": "killed"}


def test_a_figure_is_classed_by_the_earlier_figures_of_its_act():
    group = _fig(6, "six")
    assert figure_class(_fig(6, "6"), [group]) == "restates"
    assert figure_class(_fig(2, "two"), [group]) == "part"
    assert figure_class(_fig(9, "nine"), [group]) == "larger"
    assert figure_class(_fig(6, "six"), []) == "first"
    assert figure_class(_fig(None, "several", "vague"), [group]) == "vague"


def test_a_report_is_counted_extra_or_real_against_its_gold():
    rep = {"published": "2024-03-04", "outlet": "Dawn",
           "text": "TURBAT: Gunmen shot dead five labourers at a brick kiln in Dasht on Sunday, "
                   "police said. The five labourers, two of them from Sindh, were asleep.",
           "figures": [{"raw": "five", "count": 5, "category": "killed"}]}
    counts = classify(rep)
    assert counts["first", "real"] == 1
    # whatever else the extractor finds is extra; nothing is counted twice as real
    assert sum(v for (k, tag), v in counts.items() if tag == "real" and k in CLASSES[:5]) == 1


# Round 20: the same figures by act and by the source type of their claim, so a round can see
# where the tiers disagree without reading a held-back line.
def test_a_figure_is_also_counted_by_its_act_and_its_claims_source_type():
    rep = {"published": "2024-05-06", "outlet": "Dawn",
           "text": "KHUZDAR: Unknown men shot dead three shopkeepers in the main bazaar on "
                   "Sunday, police said.",
           "figures": [{"raw": "three", "count": 3, "category": "killed"}]}
    counts = classify(rep)
    assert counts["act killed", "real"] == 1
    assert counts["source state", "real"] == 1
    assert counts["first/state", "real"] == 1
    assert counts["act killed", "extra"] == 0
