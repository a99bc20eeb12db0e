"""Reading a report's text: encoding detection or refusal, size limits, sentences, paragraphs.

A news report is a few kilobytes; anything far larger is almost certainly the wrong file (a
dump, a PDF, a database export), so it is refused with a message rather than ground through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 2_000_000
# ingest_text is also called directly (tests, the UI); beyond this it refuses instead of working
# for minutes on something that is not a report.
MAX_CHARS = 2_000_000


class InputError(ValueError):
    """A file that cannot be read as a report; the message is meant for the analyst."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Windows-1252 leaves these bytes undefined: their presence means it is not cp1252 text.
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) > max(2, len(sample) // 200)


def decode_bytes(raw: bytes, name: str = "input") -> Decoded:
    """Decode strictly: UTF-8, UTF-16/32 with a BOM, then Windows-1252 text; refuse the rest."""
    if len(raw) > MAX_BYTES:
        raise InputError(
            f"{name}: {len(raw):,} bytes is larger than the {MAX_BYTES:,}-byte limit for one "
            "report; split it into one file per article")
    boms = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
            (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
    for bom, enc in boms:
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(enc.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {enc} byte-order mark but is not valid "
                                 f"{enc} ({exc.reason} at byte {exc.start})") from None
            if _looks_binary(text):
                raise InputError(f"{name}: looks like a binary file, not text")
            return Decoded(text, enc)
    if b"\x00" in raw[:65536]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not text; "
                         "UTF-16 text needs a byte-order mark")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if any(b in _CP1252_UNDEFINED for b in raw):
            raise InputError(
                f"{name}: not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}) and not "
                "Windows-1252 text either; save the file as UTF-8") from None
        text = raw.decode("cp1252")
        if _looks_binary(text):
            raise InputError(f"{name}: looks like a binary file, not text") from None
        return Decoded(text, "cp1252", (
            f"{name}: not UTF-8; read as Windows-1252 (check quotes and accents)",))
    if _looks_binary(text):
        raise InputError(f"{name}: looks like a binary file (control characters), not text")
    return Decoded(text, "utf-8")


def read_report(path: str | Path) -> Decoded:
    """Read one report file; every failure becomes an InputError with a readable reason."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a directory, not a text file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{p}: {size:,} bytes is larger than the {MAX_BYTES:,}-byte limit for one "
                "report; split it into one file per article")
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from None
    return decode_bytes(raw, str(p))


def normalise(text: str) -> str:
    """Same length as the input, so offsets found here point into the original text."""
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
        for b in re.finditer(r"[.!?]+[\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])", line):
            if _ABBREV.search(line[max(0, b.start() - 8): b.end()].rstrip("\"'\u201d\u2019)")):
                continue
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
