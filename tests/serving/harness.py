"""Start `python -m dashboard serve --workers N` as an operator would, for the serving tests and
the browser test of a reader whose worker dies."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from dashboard import serving

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def healthy(base: str) -> bool:
    try:
        with urllib.request.urlopen(base + serving.HEALTH_PATH, timeout=2) as r:
            return r.status == 200
    except (urllib.error.URLError, OSError):
        return False


@dataclass
class Served:
    base: str
    runtime: Path
    process: subprocess.Popen[bytes]
    log: Path

    def state(self) -> dict:
        try:
            return json.loads((self.runtime / serving.STATE_FILE).read_text())
        except (OSError, ValueError):
            return {}

    def workers(self) -> dict[str, int | None]:
        """Worker address -> pid."""
        return {w["address"]: w["pid"] for w in self.state().get("workers", [])}

    def kill_worker(self, address: str) -> int:
        pid = self.workers()[address]
        assert pid, f"no running worker at {address}"
        os.kill(pid, signal.SIGKILL)
        return pid

    def wait_all_up(self, timeout: float = 90, *, not_pid: int | None = None) -> dict:
        """Until every worker answers its health check directly (and, with not_pid, none of
        them is that process any more); then long enough for the proxy's checks to agree."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"serve exited:\n{self.log.read_text(errors='replace')}")
            workers = self.workers()
            if workers and all(workers.values()) and not_pid not in workers.values() and all(
                    healthy(f"http://{a}") for a in workers):
                time.sleep(2.5)  # the proxy checks every second and needs one good check
                return workers
            time.sleep(0.3)
        pytest.fail(f"workers not up in {timeout} s:\n{self.log.read_text(errors='replace')}")


@contextmanager
def served(tmp: Path, workers: int = 2, data: Path = REPO / "data") -> Iterator[Served]:
    if serving.proxy_binary() is None:
        pytest.skip("haproxy is not installed: `make proxy` (part of `make test`) installs "
                    "Debian's haproxy")
    port = free_port()
    runtime = tmp / "runtime"
    log = tmp / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "dashboard", "serve", "--workers", str(workers),
             "--port", str(port), "--worker-port", str(free_port()), "--runtime", str(runtime),
             "--data", str(data)],
            cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)), stdout=out,
            stderr=subprocess.STDOUT)
    s = Served(f"http://127.0.0.1:{port}", runtime, proc, log)
    try:
        s.wait_all_up()
        yield s
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
