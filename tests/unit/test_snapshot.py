"""The server-side PNG: the map's claims, colours and shapes, and every text a slide needs."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import numpy as np
import pytest
from matplotlib.image import imread

from dashboard import snapshot
from dashboard.briefing import TITLE
from dashboard.legend import CAVEAT, DATA_ATTRIBUTION, SOURCE_COLOURS, offmap_counts

MADE = datetime(2026, 2, 6, 9, 30, tzinfo=UTC)


def _texts(fig) -> str:
    parts = [t.get_text() for t in fig.texts]
    for legend in fig.legends:
        parts.append(legend.get_title().get_text())
        parts += [t.get_text() for t in legend.get_texts()]
    return "\n".join(parts)


def _hq(loaded):
    return [(p.name, p.lat, p.lon) for p in loaded.gazetteer.headquarters()
            if p.lat is not None]


def test_image_carries_title_summary_caveat_legend_attribution_and_time(loaded):
    drawn = snapshot.draw(loaded.table, summary="State claims, 29 Jan 2026 – 5 Feb 2026",
                          hq=_hq(loaded), offmap_counts=offmap_counts(loaded.table), made=MADE)
    text = _texts(drawn.figure)
    for expected in (TITLE, "State claims, 29 Jan 2026 – 5 Feb 2026", DATA_ATTRIBUTION,
                     "View made 2026-02-06 09:30 UTC", "Disputed", "Corroborated", "State",
                     "Armed group", "province-wide"):
        assert expected in text, expected
    assert CAVEAT in text.replace("\n", " ")


def test_one_marker_per_mapped_row_with_the_map_colours_and_shapes(loaded):
    drawn = snapshot.draw(loaded.table, summary="all", made=MADE)
    mapped = loaded.table[loaded.table["mapped"]]
    assert drawn.markers == len(mapped)
    expected = mapped["source_type"].value_counts().to_dict()
    assert {k: v for k, v in drawn.by_source_type.items() if v} == expected
    ax = drawn.figure.axes[0]
    markers = [ln for ln in ax.lines if (ln.get_gid() or "").startswith("claim-")]
    assert len(markers) == len(mapped)
    shapes = {"unverified": "o", "disputed": "^", "corroborated": "s", "verified": "D"}
    for line, row in zip(markers, mapped.itertuples(), strict=True):
        assert line.get_gid() == f"claim-{row.claim_id}"
        assert line.get_marker() == shapes[row.label]
        assert line.get_markerfacecolor().lower() == SOURCE_COLOURS[row.source_type].lower()


def _pixels_of(image: np.ndarray, colour: str, box: tuple[int, int, int, int]) -> int:
    rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    x0, y0, x1, y1 = box
    region = image[y0:y1, x0:x1, :3]
    return int((np.abs(region - rgb).max(axis=2) < 0.02).sum())


def test_png_is_the_declared_size_not_blank_and_shows_only_the_selection(loaded):
    table = loaded.table
    state_only = table[table["source_type"] == "state"]
    assert state_only["mapped"].any() and (table.loc[table["mapped"], "source_type"]
                                           != "state").any()
    data = snapshot.png(state_only, summary="State claims", made=MADE)
    image = imread(io.BytesIO(data))
    from PIL import Image

    comment = Image.open(io.BytesIO(data)).text["Comment"]
    assert set(comment.removeprefix("Claims drawn: ").split(",")) == set(
        state_only.loc[state_only["mapped"], "claim_id"])
    assert image.shape[:2] == (snapshot.HEIGHT_PX, snapshot.WIDTH_PX)
    assert image[..., :3].std() > 0.05  # not a blank canvas
    # The map axes occupy the left 72 % of the image: only state colour is drawn there.
    map_box = (40, 130, int(snapshot.WIDTH_PX * 0.71), 900)
    assert _pixels_of(image, SOURCE_COLOURS["state"], map_box) > 100
    for other in ("armed_group", "media", "political", "rights_group"):
        assert _pixels_of(image, SOURCE_COLOURS[other], map_box) == 0, other


@pytest.mark.parametrize("zoom", [5, 7, 9])
def test_centre_and_zoom_frame_the_area_a_web_map_shows(zoom):
    extent = snapshot.view_extent((29.0, 66.0), zoom)
    width = extent.east - extent.west
    assert width == pytest.approx(snapshot.WEB_MAP_PX[0] * 360 / (256 * 2 ** zoom))
    assert extent.south < 29.0 < extent.north
    assert (extent.west + extent.east) / 2 == pytest.approx(66.0)


def test_without_a_position_the_province_is_framed():
    extent = snapshot.view_extent(None, None)
    assert extent.west < 61 and extent.east > 70 and extent.south < 25 and extent.north > 32


def test_district_level_claims_are_ringed_and_point_claims_are_not(loaded):
    drawn = snapshot.draw(loaded.table, summary="all", made=MADE)
    ax = drawn.figure.axes[0]
    rings = {p.get_gid() for p in ax.patches if (p.get_gid() or "").startswith("ring-")}
    mapped = loaded.table[loaded.table["mapped"]]
    district = set(mapped.loc[mapped["geo_precision"] == "district", "place"])
    assert district, "the bundled data has district-level claims"
    assert rings == {f"ring-{p}" for p in district}
    # the legend explains the ring
    assert "only the district is known" in _texts(drawn.figure).replace("\n", " ")


def test_town_names_overprint_neither_each_other_nor_a_claim_marker(loaded):
    drawn = snapshot.draw(loaded.table, summary="all", hq=_hq(loaded), made=MADE)
    fig, ax = drawn.figure, drawn.figure.axes[0]
    renderer = fig.canvas.get_renderer()
    names = [t for t in ax.texts if (t.get_gid() or "").startswith("town-")]
    assert len(names) >= 25, "most towns keep their name at the province view"
    assert "town-Quetta" in {t.get_gid() for t in names}  # the most populous is never dropped
    boxes = [t.get_window_extent(renderer) for t in names]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.overlaps(b)
    markers = [ln.get_window_extent(renderer) for ln in ax.lines
               if (ln.get_gid() or "").startswith("claim-")]
    assert markers
    for a in boxes:
        for m in markers:
            assert not a.overlaps(m)


def test_without_a_position_a_selection_in_part_of_the_province_is_framed(loaded):
    """As the web map's opening view: the PNG of a selection in part of the province shows
    that part, with every claim of it there."""
    from dashboard.render import opening_bounds, province_bounds

    media = loaded.table[loaded.table["source_type"] == "media"]
    (_, w), (_, e) = opening_bounds(media)
    (ps, pw), (pn, pe) = province_bounds()
    drawn = snapshot.draw(media, summary="media", made=MADE)
    x0, x1 = drawn.figure.axes[0].get_xlim()
    assert x1 - x0 < (pe - pw) * 0.8, "the image still frames the whole province"
    assert x0 <= w + 0.01 and x1 >= e - 0.01
    inside = media[media["mapped"] & media["lat"].between(ps, pn) & media["lon"].between(pw, pe)]
    assert drawn.markers >= len(inside) > 0
