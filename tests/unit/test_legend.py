"""One source of the visual language: the web map's legend, the screenshot page, the PNG and the
timeline all draw dashboard.legend's entries, so an entry changed there changes in all four."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from dashboard import legend, snapshot, timeline
from dashboard.models import LABELS, SOURCE_TYPES
from dashboard.render import build_map, legend_html
from dashboard.ui import brief

DASHBOARD = Path(legend.__file__).resolve().parent
# Texts no real entry has, so finding one in a renderer's output can only mean it came through
# dashboard.legend.
STATE_TEXT = "Officials QZX"
STATE_COLOUR = "#13579b"
RING_TEXT = "Ring QZX: district only"
HOLLOW_TEXT = "Drafted by machine QZX"


@pytest.fixture()
def changed_entries(monkeypatch):
    """Change one source type's name and colour, the ring's text and the machine-extracted
    line, in dashboard.legend only (models.SOURCE_TYPE_NAMES, which popups use, stays)."""
    names = dict(legend.SOURCE_TYPE_NAMES, state=STATE_TEXT)
    monkeypatch.setattr(legend, "SOURCE_TYPE_NAMES", names)
    monkeypatch.setitem(legend.SOURCE_COLOURS, "state", STATE_COLOUR)
    monkeypatch.setattr(legend, "DISTRICT_RING_TEXT", RING_TEXT)
    monkeypatch.setattr(legend, "MACHINE_EXTRACTED_TEXT", HOLLOW_TEXT)


def _png_legend_texts(fig) -> list[str]:
    texts = []
    for box in fig.legends:
        texts.append(box.get_title().get_text())
        texts += [t.get_text().replace("\n", " ") for t in box.get_texts()]
    return texts


def test_the_map_legend_draws_the_entries(loaded, changed_entries):
    html = legend_html("summary")
    for text in (STATE_TEXT, STATE_COLOUR, RING_TEXT, HOLLOW_TEXT):
        assert text in html, text
    assert "Dashed ring" not in html
    # and the legend travels inside the whole map's page
    page = build_map(loaded.table).get_root().render()
    assert STATE_TEXT in page and RING_TEXT in page


def test_the_screenshot_page_draws_the_entries(loaded, changed_entries):
    side = brief.side_html(loaded.table)
    for text in (STATE_TEXT, STATE_COLOUR, RING_TEXT, HOLLOW_TEXT):
        assert text in side, text
    assert "Dashed ring" not in side


def test_the_png_draws_the_entries(loaded, changed_entries):
    drawn = snapshot.draw(loaded.table, summary="s", offmap_counts=legend.offmap_counts(
        loaded.table))
    texts = _png_legend_texts(drawn.figure)
    for text in (STATE_TEXT, RING_TEXT, HOLLOW_TEXT):
        assert text in texts, text
    swatches = {h.get_label(): h.get_facecolor() for h in drawn.figure.legends[0].legend_handles}
    assert swatches[STATE_TEXT][:3] == pytest.approx((0x13 / 255, 0x57 / 255, 0x9b / 255))
    # a state claim on the map itself takes the same colour
    state = loaded.table[loaded.table["mapped"] & (loaded.table["source_type"] == "state")]
    marker = next(line for line in drawn.figure.axes[0].lines
                  if line.get_gid() == f"claim-{state['claim_id'].iloc[0]}")
    assert marker.get_markerfacecolor().lower() == STATE_COLOUR


def test_the_timeline_draws_the_entries(loaded, changed_entries):
    rows = timeline.timeline_rows(loaded.table)
    spec = timeline.chart(rows).to_dict()
    colour = spec["layer"][0]["encoding"]["color"]
    domain, palette = colour["scale"]["domain"], colour["scale"]["range"]
    assert palette[domain.index(STATE_TEXT)] == STATE_COLOUR
    # the chart's rows name the source type as its colour scale does, or no mark would match
    assert STATE_TEXT in set(rows.loc[rows["source_type"] == "state", "source"])
    assert STATE_TEXT in json.dumps(spec)


def test_entries_cover_every_source_type_and_label_with_its_mark():
    key = legend.sections()
    assert list(key) == ["source_type", "label", "place", "offmap"]
    colours = {e.key: (e.colour, e.shape) for e in key["source_type"].entries}
    assert colours == {st: (legend.SOURCE_COLOURS[st], "swatch") for st in SOURCE_TYPES}
    shapes = {e.key: e.shape for e in key["label"].entries if not e.hollow}
    assert shapes == {label: legend.LABEL_SHAPES[label] for label in LABELS}
    assert len(set(shapes.values())) == len(LABELS)  # a shape tells one label only
    assert len({legend.SOURCE_COLOURS[st] for st in SOURCE_TYPES}) == len(SOURCE_TYPES)
    (hollow,) = [e for e in key["label"].entries if e.hollow]
    assert hollow.key == legend.MACHINE_EXTRACTED
    assert [e.shape for e in key["place"].entries] == ["ring"]
    assert key["offmap"].entries == ()


def test_offmap_entries_count_the_selections_claims_not_drawn(loaded):
    counts = legend.offmap_counts(loaded.table)
    assert counts and all(n > 0 for n in counts.values())
    off = legend.sections(counts)["offmap"].entries
    assert {(e.text, e.count) for e in off} == set(counts.items())
    unmapped = loaded.table[~loaded.table["mapped"]]
    assert sum(e.count for e in off) == unmapped["claim_id"].nunique()
    assert legend.sections({"province-wide": 0})["offmap"].entries == ()


def test_label_marks_carry_the_legend_shape():
    for label in LABELS:
        char = legend.SHAPE_CHARS[legend.LABEL_SHAPES[label]]
        assert legend.label_mark(label) == f"{char} {label}"
    assert legend.label_mark("no such label") == "no such label"


def test_the_visual_language_module_draws_nothing():
    """Pure: a medium's library imported here would tie every other medium to it."""
    tree = ast.parse((DASHBOARD / "legend.py").read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree)
                if isinstance(node, ast.Import) for alias in node.names}
    imported |= {(node.module or "").split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom)}
    assert not imported & {"folium", "branca", "jinja2", "matplotlib", "altair", "streamlit"}


def test_colours_caveat_and_credits_are_written_only_in_the_legend_module():
    """A second copy of a colour or a wording is how the four legends drifted apart before."""
    literals = [*legend.SOURCE_COLOURS.values(), legend.CAVEAT, legend.DISTRICT_RING_TEXT,
                legend.DATA_ATTRIBUTION[:40], legend.TILE_ATTRIBUTION]
    for path in sorted(DASHBOARD.rglob("*")):
        if path.suffix not in {".py", ".js", ".css"} or (path.name == "legend.py" and \
                path.parent == DASHBOARD) or "static" in path.parts:
            continue
        text = path.read_text(encoding="utf-8").lower()
        for literal in literals:
            assert literal.lower() not in text, (path.relative_to(DASHBOARD), literal)
