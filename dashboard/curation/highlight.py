"""The report's text as HTML with the extractor's findings marked: every piece escaped.

Pure string building, so the escaping is tested without a browser; the review page only
hands the result to Streamlit.
"""

from __future__ import annotations

import html
import itertools

from dashboard.curation.candidates import Span

# Colours by what was found; each mark also carries its kind as a title, not colour alone.
COLOURS = {"place": "#cde7ff", "unresolved": "#ffd6d6", "figure": "#ffe9a8",
           "date": "#d9f2d0", "claimant": "#ead9ff"}


def marked_text(text: str, spans: list[Span], selected: tuple[int, int] | None = None) -> str:
    """HTML paragraphs of the text; spans become <mark>s, the selected passage is outlined."""
    lo, hi = selected or (-1, -1)
    parts: list[str] = []
    pos = 0

    def plain(a: int, b: int) -> None:
        # Split plain runs at the selection's edges so its outline covers exactly the passage.
        cuts = sorted({a, b, *(x for x in (lo, hi) if a < x < b)})
        for x, y in itertools.pairwise(cuts):
            piece = html.escape(text[x:y])
            if lo <= x and y <= hi:
                # one outline per line: the text is split into paragraphs at newlines below
                piece = "\n".join(f'<span class="sel">{line}</span>' if line else ""
                                   for line in piece.split("\n"))
            parts.append(piece)

    for s in spans:
        plain(pos, s.start)
        cls = " sel" if lo <= s.start and s.end <= hi else ""
        parts.append(f'<mark class="{s.kind}{cls}" title="{html.escape(s.note, quote=True)}" '
                     f'style="background:{COLOURS.get(s.kind, "#eee")}">'
                     f"{html.escape(text[s.start:s.end].replace(chr(10), ' '))}</mark>")
        pos = s.end
    plain(pos, len(text))
    body = "".join(parts)
    paragraphs = [p for p in body.split("\n") if p.strip()]
    return ('<div class="report-text" style="line-height:1.6;max-height:34rem;overflow:auto">'
            '<style>.report-text .sel{background:#fff0db;box-shadow:inset 0 -2px #d9480f}</style>'
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>")


def legend_html() -> str:
    return " ".join(f'<mark style="background:{c}">{html.escape(k)}</mark>'
                    for k, c in COLOURS.items())
