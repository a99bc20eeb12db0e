"""The map's browser code: the .js and .css files beside these modules, and the JSON that hands
them our data.

Each file defines functions; a folium element puts the file's text into the map's script with
one call that passes the data as JSON. So the code is a real file (linted, read and tested in
chromium as code), yet travels inside the map's own script: the st_folium frame and the
standalone HTML export both run it with no request and no internet.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from branca.element import Element, MacroElement
from jinja2 import Template

HERE = Path(__file__).resolve().parent
_CLOSING_TAG = re.compile(r"</(script|style)", re.IGNORECASE)


def safe_json(value: Any) -> str:
    """JSON that can sit inside a <script> element: no tag, comment or line-separator breaks."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@cache
def browser_code(*names: str) -> str:
    """The text of these files (e.g. "claim_dom.js", "claim_markers.js"), one after another."""
    parts = []
    for name in names:
        text = (HERE / name).read_text(encoding="utf-8")
        # The text goes into a <script>/<style> element as it is: a closing tag would end it.
        if _CLOSING_TAG.search(text):
            raise ValueError(f"{name}: a closing script/style tag would end the element early")
        parts.append(text)
    return "\n".join(parts)


class BrowserCall(MacroElement):
    """One call into the browser code, with the map and our data: the files' text, then a call
    of the named function with the map and ``args``, in a scope of its own so that nothing
    leaks into the page. ``args`` are JSON texts (safe_json) or names of the map's elements."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
{{ this.code }}
  {{ this.function }}({{ ([this._parent.get_name()] + this.args) | join(", ") }});
})();
{% endmacro %}
""")

    def __init__(self, name: str, files: tuple[str, ...], function: str, *args: str) -> None:
        super().__init__()
        self._name = name
        self.code = browser_code(*files)
        self.function = function
        self.args = list(args)


def stylesheet() -> str:
    """The map's stylesheet as a <style> element for the page's header."""
    css = browser_code("map.css")
    return f"<style>\n{css}</style>"


class MapStylesheet(MacroElement):
    """The map's stylesheet, put into the page's header when the map is rendered.

    It must come after Leaflet's own stylesheet, which sets the same selectors (the sea's
    colour on .leaflet-container): of two equally specific rules the later one wins. folium
    adds its stylesheet links to the header while the map renders, after anything added when
    the map was built, so this element adds ours while it renders too, after its parent's.
    """

    def __init__(self) -> None:
        super().__init__()
        self._name = "MapStylesheet"

    def render(self, **kwargs: Any) -> None:
        # a fixed name: rendering the map twice (st_folium does) replaces it, never repeats it
        self.get_root().header.add_child(Element(stylesheet()), name="claims_map_css")
        super().render(**kwargs)
