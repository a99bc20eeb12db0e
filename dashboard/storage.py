"""Writing files so that a crash or a kill mid-write never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
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
