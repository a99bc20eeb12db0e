"""Property-based fuzzing: arbitrary text never crashes or hangs a loader, the gazetteer
resolver, the date and number parsers, link parsing or ingest.

Each input's CPU time is bounded inside the test (BOUND_S: a hang or a quadratic blow-up burns
CPU whatever else the machine does; wall time is not asserted, pytest's timeout catches a stall);
a crash is any exception other than the documented refusal (DateNotationError, InputError).
Examples per property: FUZZ_EXAMPLES (default 150; raise it for a longer hunt).
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.bench_ingest_growth import HOSTILE_UNITS, hostile_text, python_work
from dashboard.dataset import load_dataset, read_json_lines, read_records
from dashboard.dates import DateNotationError, parse_date
from dashboard.figures import conflict, interval, is_well_formed_number, short, vague_range
from dashboard.filters import ClaimFilter
from dashboard.gazetteer import Gazetteer, load_gazetteer
from dashboard.models import FIGURE_CATEGORIES, FIGURE_WHO, QUALIFIERS, Figure, Problem
from tests.conftest import REPO

BOUND_S = 2.0
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow,
                                       HealthCheck.function_scoped_fixture])

CLAIMS_TEXT = (REPO / "data" / "claims.yaml").read_text(encoding="utf-8")
GAZETTEER_TEXT = (REPO / "geodata" / "gazetteer.csv").read_text(encoding="utf-8")

# Characters that mean something to YAML, CSV, markdown, HTML or our notations, plus a few
# that trip decoders: the interesting part of "arbitrary text".
SYNTAX = [*"-:[]{}#&*!|>'\"%@`,?\n\t /\\<>=$()_.0123456789",
    "\u2028", "\x00", "\ufeff", "\u0301", "é", "ب", "𝟘", "- ", ": ", "\n  ", "---", "...",
    "!!python/object:os.system", "&a", "*a", "<<: *a", "? ", "2026-02-30", "22,6000", "1e400",
    "nan", "-inf", "[[[[[[[[", "]]]]", "{{{{", "%YAML 1.1", "!!binary", "dozens", "Sheban",
]
yamlish = st.lists(st.one_of(st.sampled_from(SYNTAX), st.text(max_size=12)),
                   max_size=120).map("".join)


def timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call fn and assert it used at most BOUND_S of this process's CPU (what a hang or a
    quadratic blow-up burns, whatever else the machine is doing; wall time on a loaded machine
    says nothing about the code)."""
    cpu = time.process_time()
    try:
        return fn(*args, **kwargs)
    finally:
        used = time.process_time() - cpu
        assert used < BOUND_S, f"{fn.__name__} used {used:.2f} s of CPU on {args!r:.200}"


def _splice(base: str, data: st.DataObject, piece: str) -> str:
    """The real file with a random span replaced by fuzz: mostly-valid input, like a bad edit."""
    a = data.draw(st.integers(0, len(base)))
    b = data.draw(st.integers(a, min(len(base), a + 200)))
    return base[:a] + piece + base[b:]


def _check_problems(problems: list[Problem]) -> None:
    for p in problems:
        assert isinstance(p.line, int) and p.line >= 0
        assert p.field and p.message and p.severity in ("error", "warning")
        str(p)  # printable as file:line: field: message


# ---------------------------------------------------------------- dataset loader


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("fuzz") / "data"
    shutil.copytree(REPO / "data", target)
    return target


@FUZZ
@given(text=yamlish)
def test_record_reader_survives_arbitrary_text(text: str, tmp_path_factory) -> None:
    path = tmp_path_factory.mktemp("r") / "claims.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    problems: list[Problem] = []
    records = timed(read_records, path, problems)
    assert isinstance(records, list)
    _check_problems(problems)


REVIEW_TEXT = ("reports:\n  - id: ingest-a\n    title: t\n    published: 2026-02-03\n"
               "claims:\n  - id: ingest-a-1\n    report: ingest-a\n    summary: s\n"
               "  - id: ingest-a-2\n    report: ingest-a\n")


@FUZZ
@given(data=st.data(), piece=yamlish, key=st.sampled_from(["reports", "claims", "events"]))
def test_review_file_reader_survives_fuzzed_edits(data, piece: str, key: str,
                                                  tmp_path_factory) -> None:
    path = tmp_path_factory.mktemp("v") / "review.yaml"
    path.write_text(_splice(REVIEW_TEXT, data, piece), encoding="utf-8", errors="surrogatepass")
    problems: list[Problem] = []
    records = timed(read_records, path, problems, key=key)
    assert all(r.file == str(path) for r in records)
    _check_problems(problems)


@FUZZ
@given(raw=st.binary(max_size=400))
def test_record_reader_survives_arbitrary_bytes(raw: bytes, tmp_path_factory) -> None:
    path = tmp_path_factory.mktemp("b") / "claims.yaml"
    path.write_bytes(raw)
    problems: list[Problem] = []
    timed(read_records, path, problems)
    _check_problems(problems)


@FUZZ
@given(data=st.data(), piece=yamlish)
def test_dataset_with_a_fuzzed_edit_loads_what_it_can(scratch: Path, data, piece: str) -> None:
    text = _splice(CLAIMS_TEXT, data, piece)
    (scratch / "claims.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
    ds = timed(load_dataset, scratch)
    _check_problems(ds.problems)
    # A claim that loaded is whole: the references it makes exist.
    for claim in ds.claims:
        assert claim.report_id in ds.reports and claim.claimant_id in ds.claimants


@FUZZ
@given(lines=st.lists(st.one_of(yamlish, st.sampled_from([
    '{"id": "c1", "report": "r000"}', "[" * 5000, '{"a": ' + "[" * 400 + "]" * 400 + "}",
    '{"id": 1e999}', '"just a string"', "null", '{"places": [{"lat": NaN}]}']),
    st.dictionaries(st.text(max_size=8), st.recursive(
        st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=10),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
            st.text(max_size=5), inner, max_size=3), max_leaves=20)).map(repr)), max_size=20))
def test_json_lines_reader_survives_arbitrary_lines(lines: list[str], tmp_path_factory) -> None:
    path = tmp_path_factory.mktemp("j") / "claims.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    problems: list[Problem] = []
    timed(read_json_lines, path, problems)
    _check_problems(problems)


# ---------------------------------------------------------------- gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    g, _ = load_gazetteer(REPO / "geodata" / "gazetteer.csv")
    return g


@FUZZ
@given(mention=st.one_of(st.text(max_size=300), yamlish,
                         st.sampled_from(["Quetta", "Banjegur", "Dera Bugti District"]).flatmap(
                             lambda s: st.text(max_size=20).map(lambda t: s + t))),
       hint=st.one_of(st.none(), st.text(max_size=30)))
def test_resolver_survives_arbitrary_mentions(gaz: Gazetteer, mention: str,
                                              hint: str | None) -> None:
    res = timed(gaz.resolve, mention, district_hint=hint)
    assert res.mention == mention
    assert (res.place is None) == (res.method == "unresolved")
    assert all(pid in gaz.places for pid, _ in res.suggestions)


def test_resolver_on_a_very_long_mention(gaz: Gazetteer) -> None:
    res = timed(gaz.resolve, "Quetta " * 20_000)
    assert res.place is None or res.place.id.startswith("quetta")


@FUZZ
@given(data=st.data(), piece=yamlish)
def test_gazetteer_loader_survives_fuzzed_csv(data, piece: str, tmp_path_factory) -> None:
    path = tmp_path_factory.mktemp("g") / "gazetteer.csv"
    path.write_text(_splice(GAZETTEER_TEXT, data, piece), encoding="utf-8",
                    errors="surrogatepass")
    g, problems = timed(load_gazetteer, path)
    _check_problems(problems)
    for place in g.places.values():
        if place.lat is not None:
            assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180


# ---------------------------------------------------------------- dates, numbers, figures


@FUZZ
@given(value=st.one_of(st.text(max_size=60), yamlish, st.integers(), st.floats(),
                       st.dates(), st.none(), st.lists(st.integers(), max_size=3),
                       st.from_regex(r"\A\d{1,5}(-\d{1,3}){0,2}(/\d{1,5}(-\d{1,3}){0,2})?\Z")))
def test_parse_date_accepts_or_explains(value: Any) -> None:
    try:
        span = timed(parse_date, value)
    except DateNotationError as exc:
        assert str(exc)
        return
    assert span.precision in ("day", "range", "month", "year", "unknown")
    if span.start is not None:
        assert span.end is not None and span.start <= span.end
        assert isinstance(span.describe(), str)


figures = st.builds(
    Figure, raw=st.one_of(st.text(max_size=40), st.sampled_from(
        ["dozens", "22,6000", "1,873", "tens of thousands", "several hundred", ""])),
    count=st.one_of(st.none(), st.integers(min_value=0, max_value=10**12)),
    category=st.sampled_from(FIGURE_CATEGORIES), who=st.sampled_from(FIGURE_WHO),
    qualifier=st.sampled_from(QUALIFIERS), note=st.text(max_size=20))


@FUZZ
@given(a=figures, b=figures, raw=st.text(max_size=200))
def test_figure_functions_survive_arbitrary_figures(a: Figure, b: Figure, raw: str) -> None:
    timed(vague_range, raw)
    timed(is_well_formed_number, raw)
    for f in (a, b):
        span = timed(interval, f)
        if span is not None:
            assert span[0] <= span[1]
        assert isinstance(timed(short, f), str) and isinstance(f.describe(), str)
    assert timed(conflict, a, b) == timed(conflict, b, a)


@FUZZ
@given(raw=st.one_of(st.text(max_size=80), st.from_regex(r"\A[\d,\.]{1,60}( million| lakh)?\Z")))
def test_number_parser_survives_arbitrary_text(raw: str) -> None:
    from dashboard.extract.numbers import find_numbers, parse_number

    count, qualifier = timed(parse_number, raw)
    assert qualifier in ("exact", "vague", "malformed")
    assert count is None or count >= 0
    timed(find_numbers, raw)


# ---------------------------------------------------------------- links and ingest


@FUZZ
@given(params=st.dictionaries(
    st.sampled_from(["source_types", "claimants", "date_from", "date_to", "labels", "lat",
                     "lon", "zoom", "event", "compare", "mode", "include_undated", "x"]),
    st.one_of(st.text(max_size=60), st.lists(st.text(max_size=10), max_size=3)), max_size=8))
def test_links_never_fail_to_open(params: dict[str, Any]) -> None:
    claim_filter = timed(ClaimFilter.from_params, params)
    assert isinstance(claim_filter.describe(), str)
    try:
        from dashboard.share import View
    except ImportError:
        return
    view = timed(View.from_params, params)
    assert isinstance(view.to_params(), dict)


report_text = st.lists(st.one_of(
    st.text(max_size=80),
    st.sampled_from([
        "ISPR said security forces killed 92 militants in Quetta and Mastung on Thursday.",
        "The BLA claimed at least 22,6000 soldiers were killed in Banjegur",
        "Chief Minister Sarfraz Bugti said dozens were abducted since 4 November.",
        "On January 31, 2026, ", "in the past 40 hours", "Sheban", "\n\n", "“", "said 14",
    ])), max_size=40).map(" ".join)


@FUZZ
@given(text=report_text,
       published=st.sampled_from([None, "2026-02-03", "2025-11", "2026", "unknown"]))
def test_ingest_survives_arbitrary_report_text(gaz: Gazetteer, text: str,
                                               published: str | None) -> None:
    from dashboard.extract.ingest import ingest_text

    pub = parse_date(published) if published else None
    result = timed(ingest_text, text, published=pub, gazetteer=gaz)
    for claim in result.claims:
        parse_date(claim["date"])  # every date it writes is valid notation
    # and the review file it would write loads back without a crash
    from dashboard.extract.review import build_review, review_yaml

    assert isinstance(review_yaml(build_review([result])), str)


@pytest.mark.parametrize("unit", HOSTILE_UNITS.values(), ids=HOSTILE_UNITS.keys())
def test_ingest_work_grows_linearly_on_long_hostile_texts(gaz: Gazetteer, unit: str) -> None:
    """Four times the text may cost about four times the work, never sixteen (quadratic): a
    2 MB text (the most ingest accepts) must not take hours. Work is counted (Python lines and
    calls), not timed, so a busy machine cannot fail this; the wall-clock growth, which also
    covers the regular-expression engine, is measured by benchmarks/bench_ingest_growth.py."""
    from dashboard.extract.ingest import ingest_text

    pub = parse_date(date(2026, 2, 3).isoformat())
    # once untraced first: one-time set-up (the place finder built per gazetteer) is not growth
    ingest_text(unit, published=pub, gazetteer=gaz)
    small = python_work(ingest_text, hostile_text(unit, 12_000), published=pub, gazetteer=gaz)
    large = python_work(ingest_text, hostile_text(unit, 48_000), published=pub, gazetteer=gaz)
    assert small > 10_000  # the count sees ingest's work at all
    # linear measures 4.0x: the count has no noise to allow for, so the bound can be tight
    assert large < 5 * small, f"{small:,} -> {large:,} units of work for 4x the text"


def _linear(n: int) -> None:
    for _ in range(n):
        pass


def _quadratic(n: int) -> None:
    for i in range(n):
        for _ in range(i):
            pass


def test_work_count_tells_linear_from_quadratic() -> None:
    """The instrument above can fail: 4x n costs a quadratic loop about 16x the count."""
    assert 3.5 < python_work(_linear, 400) / python_work(_linear, 100) < 4.5
    assert 14 < python_work(_quadratic, 400) / python_work(_quadratic, 100) < 17


@pytest.mark.parametrize("text", ["$\\undefinedcmd$", "$\\frac{$", "a $x^2$ b", "<b>x</b>",
                                  "\u202etxt.exe", "\x00\x07", "🏳️‍🌈" * 50])
def test_png_snapshot_draws_any_text(loaded, text: str) -> None:
    """matplotlib typesets $...$ as TeX and refuses unknown commands: data text must be words."""
    from dashboard.snapshot import png

    table = loaded.table.assign(place=text, claimant=text)
    image = timed(png, table, summary=f"Claims by {text}", hq=[(text, 30.18, 66.99)])
    assert image.startswith(b"\x89PNG")
