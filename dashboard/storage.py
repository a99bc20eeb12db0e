"""Files on disk: written so that a crash or a kill mid-write never leaves a half-written file
behind, and read as text in whatever encoding the editor or spreadsheet that saved them chose.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def _read_umask() -> int:
    # Read once, at import: os.umask can only be read by setting it, which is not thread-safe
    # once a server's threads are creating files.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    """Write to a temporary file beside the target, flush it to disk, then rename over it.

    The rename is atomic on POSIX, so readers see either the old file or the new one whole.
    """
    return write_atomic_chunks(path, [data])


def write_atomic_chunks(path: str | Path, chunks: Iterable[str | bytes]) -> Path:
    """write_atomic for output produced piece by piece (a large export streamed from a
    generator): nothing reaches the target's name until the last chunk is on disk.

    A kill at any moment leaves at most a hidden ``.<name>.*.tmp`` beside the target, never a
    truncated target. The new file gets the old file's permissions (or the umask's default),
    not the private 0600 that a temporary file is created with.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _sync_directory(target.parent)
    return target


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_UMASK


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable: after a power cut the name points at the new file."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# ------------------------------------------------------------------------------- reading text

# Longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Windows-1252 leaves these bytes undefined: a file holding them is not Windows-1252 text either.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_SAMPLE = 65536


class NotText(ValueError):
    """Bytes that are not text in any encoding read here; the message names the file."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


@dataclass(frozen=True)
class Decoded:
    """A file's text, the encoding it was read in, and what the reader should know about that."""

    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16-le", "utf-32-be", ..., "cp1252"
    warning: str = ""  # set whenever the file was not UTF-8: say so, and ask for UTF-8
    line: int = 1  # the line the warning is about (the first byte UTF-8 could not read)


def decode_text(raw: bytes, name: str, *, strict: bool = False) -> Decoded:
    """UTF-8 (with or without a BOM), UTF-16/32 with a BOM, else Windows-1252 with a warning.

    Windows editors save "Unicode" as UTF-16 with a byte-order mark, and spreadsheets and text
    pasted from web pages arrive as Windows-1252: both are read rather than refused. Binary data
    (NUL bytes without a BOM, or many control characters) raises NotText naming the file.
    ``strict`` also refuses bytes Windows-1252 does not define: a report's text must be read
    faithfully or not at all, while a data file's undefined bytes become U+FFFD so that its
    valid records still load.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(encoding.removesuffix("-sig"))
            except UnicodeDecodeError as exc:
                what = encoding.upper()
                raise NotText(name, f"starts with a {what} byte-order mark but is not {what} "
                                    f"({exc.reason} at byte {exc.start})") from None
            _refuse_binary(text, name)
            if encoding == "utf-8-sig":
                return Decoded(text, encoding)
            return Decoded(text, encoding, f"read as {encoding.upper()} (its byte-order mark); "
                                           "save the file as UTF-8")
    if b"\x00" in raw[:_SAMPLE]:
        raise NotText(name, "looks like a binary file (NUL bytes), not text; UTF-16 text needs "
                            "a byte-order mark")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        if strict and not _CP1252_UNDEFINED.isdisjoint(raw):
            raise NotText(name, f"not UTF-8 (byte 0x{raw[exc.start]:02x} on line {line}) and not "
                                "Windows-1252 text either; save the file as UTF-8") from None
        text = raw.decode("cp1252", errors="replace")
        _refuse_binary(text, name)
        return Decoded(text, "cp1252", f"not UTF-8 (byte 0x{raw[exc.start]:02x}); read as "
                                       "Windows-1252: check the accents and quotes, and save the "
                                       "file as UTF-8", line)
    _refuse_binary(text, name)
    return Decoded(text, "utf-8")


def _refuse_binary(text: str, name: str) -> None:
    sample = text[:_SAMPLE]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise NotText(name, "looks like a binary file (control characters), not text")
