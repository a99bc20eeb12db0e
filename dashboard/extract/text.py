"""Reading a report's text: size limits, strict decoding (storage.decode_text), sentences,
paragraphs.

A news report is a few kilobytes; anything far larger is almost certainly the wrong file (a
dump, a PDF, a database export), so it is refused with a message rather than ground through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from dashboard.storage import Decoded, NotText, decode_text

MAX_BYTES = 2_000_000
# ingest_text is also called directly (tests, the UI); beyond this it refuses instead of working
# for minutes on something that is not a report.
MAX_CHARS = 2_000_000


class InputError(ValueError):
    """A file that cannot be read as a report; the message is meant for the analyst."""


def decode_report(raw: bytes, name: str = "input") -> Decoded:
    """A report's bytes as text, within the size limit; read strictly (storage.decode_text)."""
    if len(raw) > MAX_BYTES:
        raise _too_large(name, len(raw))
    try:
        return decode_text(raw, name, strict=True)
    except NotText as exc:
        raise InputError(str(exc)) from None


def _too_large(name: str, size: int) -> InputError:
    return InputError(f"{name}: {size:,} bytes is larger than the {MAX_BYTES:,}-byte limit for "
                      "one report; split it into one file per article")


def read_report(path: str | Path) -> Decoded:
    """Read one report file; every failure becomes an InputError with a readable reason."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a directory, not a text file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise _too_large(str(p), size)
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from None
    return decode_report(raw, str(p))


def plain_punctuation(text: str) -> str:
    """Typographic quotes, dashes and non-breaking spaces as their plain ASCII forms.

    One character for one, so offsets found in the result point into the original text.
    """
    table = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2011": "-",
             "\u2010": "-", "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u2032": "'"}
    return text.translate(str.maketrans(table))


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # 1-based, counting non-empty lines like the dataset's `passage`


_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Brig|Sgt|St|No|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Retd|Govt|Prof|Jr|Sr|vs|etc|approx|Engr|Insp|Supt|Hon|Mt)\.|\b[A-Z]\.)$")


# A sentence ends at its mark before space and a capital or digit; a copied page may also have
# lost the space ("... received nine bodies.The miners were shot"): a mark glued to the next
# sentence's capitalised word ends one only after a lowercase word, so a name ("News.Az") holds.
_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])|"
                       r"(?P<glued>\.)(?=[A-Z][a-z]+\s)")
_LOWER_WORD_END = re.compile(r"(?:^|[\s(\"'])[a-z]{2,}$")


def sentences(text: str) -> list[Sentence]:
    """Split into sentences per paragraph; offsets index the original text."""
    out: list[Sentence] = []
    para = 0
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        if not line.strip():
            continue
        para += 1
        base = m.start()
        start = 0
        for b in _BOUNDARY.finditer(line):
            if _ABBREV.search(line[max(0, b.start() - 8): b.end()].rstrip("\"'\u201d\u2019)")):
                continue
            if b.group("glued") and not _LOWER_WORD_END.search(line, 0, b.start()):
                continue  # "News.Az", "Dawn.com": a name, not two sentences
            out.append(Sentence(base + start, base + b.end(), para))
            start = b.end()
            while start < len(line) and line[start].isspace():
                start += 1
        if start < len(line):
            out.append(Sentence(base + start, base + len(line.rstrip()), para))
    return [piece for s in out for piece in _cut(s)]


MAX_SENTENCE = 2000


def _cut(s: Sentence) -> list[Sentence]:
    """Very long "sentences" (unpunctuated dumps) in bounded pieces, so no step goes quadratic."""
    if s.end - s.start <= MAX_SENTENCE:
        return [s]
    return [Sentence(a, min(a + MAX_SENTENCE, s.end), s.paragraph)
            for a in range(s.start, s.end, MAX_SENTENCE)]


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end offsets of the line holding pos (the end excludes its newline)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end
