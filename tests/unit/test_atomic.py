"""Nothing lost: a writer killed at any moment leaves the previous file whole.

Writers run in a child process that is SIGKILLed mid-write (no cleanup handlers run, as after
an OOM kill or a power cut of the process); the target must still hold a complete version.
"""

from __future__ import annotations

import os
import random
import re
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from dashboard.storage import TEMP_SUFFIX, write_atomic, write_atomic_chunks
from tests.conftest import REPO

CHUNK = 64 * 1024


def _child(code: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_line(proc: subprocess.Popen[str], expected: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.strip() == expected:
            return
        if not line and proc.poll() is not None:
            err = proc.stderr.read() if proc.stderr else ""
            raise AssertionError(f"writer exited early: {err}")
    raise AssertionError(f"writer never said {expected!r}")


def _kill(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL


def _temps(directory: Path) -> list[Path]:
    return [p for p in directory.iterdir() if p.name.endswith(TEMP_SUFFIX)]


def test_killed_mid_stream_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "claims.geojson"
    old = '{"type": "FeatureCollection", "features": []}\n'
    target.write_text(old, encoding="utf-8")
    proc = _child(f"""
        import sys, time
        from dashboard.storage import write_atomic_chunks
        def chunks():
            for i in range(10_000):
                if i == 50:
                    print("midway", flush=True)
                    time.sleep(60)
                yield "x" * {CHUNK}
        write_atomic_chunks({str(target)!r}, chunks())
    """)
    _wait_for_line(proc, "midway")
    # 50 chunks (3.2 MB) are in the temporary file; the target has not been touched.
    [tmp] = _temps(tmp_path)
    assert tmp.stat().st_size >= 50 * CHUNK
    _kill(proc)
    assert target.read_text(encoding="utf-8") == old
    # What a kill leaves is a hidden temporary file, never a file under the target's name.
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == [target.name]


def test_killed_between_write_and_rename_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "review.yaml"
    target.write_text("old: complete\n", encoding="utf-8")
    proc = _child(f"""
        import os, time
        import dashboard.storage as storage
        real_fsync = os.fsync
        def slow_fsync(fd):
            real_fsync(fd)
            print("synced", flush=True)
            time.sleep(60)
        storage.os.fsync = slow_fsync
        storage.write_atomic({str(target)!r}, "new: " + "y" * 5_000_000 + "\\n")
    """)
    _wait_for_line(proc, "synced")
    _kill(proc)
    assert target.read_text(encoding="utf-8") == "old: complete\n"


def test_repeated_kills_at_random_moments_never_leave_a_partial_file(tmp_path: Path) -> None:
    """A writer rewrites the file in a loop (each version ~2 MB, its number at both ends); it is
    killed at random moments. After every kill the file is one whole version."""
    target = tmp_path / "export.csv"
    write_atomic(target, "VERSION 0\n" + "." * 2_000_000 + "\nEND 0\n")
    rng = random.Random(5)
    complete = re.compile(r"\AVERSION (\d+)\n\.{2000000}\nEND (\d+)\n\Z")
    versions = set()
    for round_ in range(8):
        proc = _child(f"""
            from dashboard.storage import write_atomic_chunks
            k = {round_ * 1000}
            print("go", flush=True)
            while True:
                k += 1
                body = ["." * 1000] * 2000
                write_atomic_chunks({str(target)!r},
                                    [f"VERSION {{k}}\\n", *body, f"\\nEND {{k}}\\n"])
        """)
        _wait_for_line(proc, "go")
        time.sleep(rng.uniform(0.05, 0.6))
        _kill(proc)
        m = complete.match(target.read_text(encoding="utf-8"))
        assert m and m.group(1) == m.group(2), "the file is not one whole version"
        versions.add(int(m.group(1)))
    # The writer did get through several versions, so the kills landed mid-loop.
    assert len(versions) > 1


def test_a_failing_generator_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")

    def chunks():
        yield "partial"
        raise RuntimeError("export failed half-way")

    with pytest.raises(RuntimeError):
        write_atomic_chunks(target, chunks())
    assert target.read_text(encoding="utf-8") == "old"
    assert _temps(tmp_path) == []


def test_permissions_of_the_old_file_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "shared.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    write_atomic(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    fresh = write_atomic(tmp_path / "fresh.csv", "new")
    # Not the 0600 of a temporary file: a new export is readable like any file the user makes.
    assert stat.S_IMODE(fresh.stat().st_mode) & 0o044 == 0o644 & 0o044 & ~_umask()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_cli_writers_go_through_write_atomic(tmp_path: Path, monkeypatch, data_copy) -> None:
    import dashboard.storage as storage
    from dashboard.cli import main

    written: list[Path] = []
    real = storage.write_atomic

    def spy(path, data):
        written.append(Path(path))
        return real(path, data)

    monkeypatch.setattr(storage, "write_atomic", spy)
    out = tmp_path / "claims.csv"
    assert main(["export", "--format", "csv", "--data", str(data_copy), "--out", str(out)]) == 0
    assert written == [out] and out.read_text(encoding="utf-8").startswith("claim_id,")


WRITE_CALL = re.compile(r"\.write_text\(|\.write_bytes\(|open\([^)]*['\"][wax]b?['\"]")


def test_no_module_writes_files_except_through_storage() -> None:
    """Every file the tool writes goes through dashboard.storage (temporary file, then rename)."""
    offenders = []
    for path in sorted((REPO / "dashboard").rglob("*.py")):
        if path.name == "storage.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if WRITE_CALL.search(line):
                offenders.append(f"{path.relative_to(REPO)}:{n}: {line.strip()}")
    assert offenders == []
