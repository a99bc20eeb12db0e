"""The map's browser code lives in .js/.css files beside the modules that use them, and each
file travels inside the map's own script (so the map needs no request for it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dashboard.render import CanvasClaimLayer, KnownPosition, browser, build_map

RENDER = Path(browser.__file__).resolve().parent


def test_every_browser_file_is_used_and_inlined(loaded) -> None:
    hq = [("Quetta", 30.18, 67.0)]
    small = build_map(loaded.table, hq=hq)
    KnownPosition().add_to(small)  # the dashboard adds it; an export has no use for it
    large = build_map(loaded.table, hq=hq, layer=CanvasClaimLayer({"n": 0}))
    html = small.get_root().render() + large.get_root().render()
    sources = "\n".join(p.read_text(encoding="utf-8") for p in RENDER.glob("*.py"))
    for path in [*RENDER.glob("*.js"), *RENDER.glob("*.css")]:
        assert f'"{path.name}"' in sources, f"{path.name} is used by no module"
        # the file's first function (or rule) is in the rendered map itself
        first = re.search(r"^(function \w+|\.[\w-]+)", path.read_text(encoding="utf-8"), re.M)
        assert first and first.group(0) in html, path.name


def test_python_modules_hold_only_glue_not_browser_code() -> None:
    for path in RENDER.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        # a scope "(function () {" and a call into a file's function are glue; a named
        # function or one with parameters in a Python string is browser code out of its file
        assert not re.search(r"function \w+\s*\(", text), path.name
        assert not re.search(r"function\s*\w*\s*\([^)]", text), path.name


def test_a_closing_tag_in_a_browser_file_is_refused(tmp_path, monkeypatch) -> None:
    (tmp_path / "bad.js").write_text('var s = "</script><b>";\n', encoding="utf-8")
    monkeypatch.setattr(browser, "HERE", tmp_path)
    browser.browser_code.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"bad\.js"):
            browser.browser_code("bad.js")
    finally:
        browser.browser_code.cache_clear()
