"""The basemap's outlines travel as a script file for the dashboard's map frame (sent once, not
with every filter change), and inside the script for a standalone map."""

from __future__ import annotations

import gzip
import json

import folium

from dashboard.render import OutlineLayer, build_map, outlines, outlines_script
from dashboard.render.basemap import OUTLINES_GLOBAL
from dashboard.ui import mapdata


def _outline_layer(m: folium.Map) -> OutlineLayer:
    return next(e for e in m._children.values() if isinstance(e, OutlineLayer))


def test_a_standalone_map_carries_the_outlines_in_its_script(loaded):
    html = build_map(loaded.table).get_root().render()
    assert '"name":"Balochistan"' in html and f"window.{OUTLINES_GLOBAL}" not in html


def test_a_linked_map_loads_them_from_the_file_before_its_script(loaded):
    m = build_map(loaded.table)
    _outline_layer(m).link_data("/app/static/claims/outlines-abc.js")
    html = m.get_root().render()
    assert '"name":"Balochistan"' not in html
    link = html.index('src="/app/static/claims/outlines-abc.js"')
    assert link < html.index(f"window.{OUTLINES_GLOBAL})")  # loaded before it is read


def test_the_file_defines_the_outlines_the_script_would_have_carried():
    text = outlines_script()
    prefix = f"window.{OUTLINES_GLOBAL} = "
    assert text.startswith(prefix) and text.rstrip().endswith(";")
    assert json.loads(text[len(prefix):].rstrip().rstrip(";")) == outlines()
    assert "</script" not in text.lower()


def test_published_once_under_a_name_from_its_content_with_its_level_9_copy(tmp_path):
    url = mapdata.published_outlines.__wrapped__(tmp_path)
    written, packed = sorted(tmp_path.iterdir())
    assert url == f"{mapdata.PUBLISH_URL}/{written.name}"
    assert written.name.startswith("outlines-") and packed.name == written.name + ".gz"
    assert written.read_text(encoding="utf-8") == outlines_script()
    assert packed.read_bytes() == gzip.compress(written.read_bytes(), 9, mtime=0)


def test_an_unwritable_folder_keeps_the_outlines_in_the_script(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert mapdata.published_outlines.__wrapped__(blocked / "claims") is None
