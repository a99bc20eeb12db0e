"""`python -m dashboard serve` with no --workers, stopped the way an operator or a service manager
stops it: SIGTERM to the process they started. Nothing of it may stay behind holding the port
(the review server's browser tests used to leave a Streamlit worker running after every suite)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from tests.serving.harness import REPO, free_port, healthy


def test_sigterm_to_serve_stops_the_server_itself(tmp_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "dashboard", "serve", "--port", str(port)], cwd=REPO,
            env=dict(os.environ, PYTHONPATH=str(REPO)), stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while not healthy(base):
            assert proc.poll() is None, log.read_text(errors="replace")
            assert time.monotonic() < deadline, log.read_text(errors="replace")
            time.sleep(0.25)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
        # the process told to stop was the server: once it is gone, so is whatever answered
        deadline = time.monotonic() + 5
        while healthy(base) and time.monotonic() < deadline:
            time.sleep(0.25)
        assert not healthy(base), "a server still answers after `serve` was stopped"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
