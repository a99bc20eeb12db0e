"""Where a real dashboard server's CPU goes while sessions change filters: every thread profiled.

Usage:
    python benchmarks/profile_server.py [--sessions 4] [--seconds 30] [--top 30] [--data DIR]

benchmarks/profile_filter_change.py profiles the page's script under AppTest: it misses what a
real server does around the script for every action (hashing and serialising each message,
the websocket's compression, tornado). Here one real dashboard process runs with cProfile in
every thread (the script runs in threads of their own, the event loop in the main thread), the
protocol sessions of benchmarks/load_sessions.py change filters back to back against it, and the
merged profile is printed: by own time and by cumulative time, with the server's CPU seconds
per action beside it (the profiler slows the server, so compare shares, not seconds, with runs
that had no profiler).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import os
import pstats
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from dashboard.serving import APP, worker_command  # noqa: E402


def serve_profiled(out: Path, streamlit_args: list[str]) -> None:
    """Run Streamlit in this process with a profiler in every thread; write the merged
    profile to ``out`` when the server stops (SIGTERM)."""
    profiles: list[cProfile.Profile] = []
    lock = threading.Lock()
    original_run = threading.Thread.run

    def run(thread: threading.Thread) -> None:
        profile = cProfile.Profile()
        with lock:
            profiles.append(profile)
        profile.enable()
        try:
            original_run(thread)
        finally:
            profile.disable()

    threading.Thread.run = run  # type: ignore[method-assign]
    main = cProfile.Profile()
    profiles.append(main)
    from streamlit.web import cli  # noqa: TID251 - the server itself, run in this process

    main.enable()
    try:
        cli.main(["run", *streamlit_args], standalone_mode=False)
    except SystemExit:
        pass
    finally:
        main.disable()
        with lock:
            stats = pstats.Stats(profiles[0])
            for p in profiles[1:]:
                try:
                    stats.add(p)
                except TypeError:  # a thread still running with nothing recorded yet
                    continue
        stats.dump_stats(str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--save", type=Path, default=None,
                        help="also keep the merged profile here (pstats format)")
    parser.add_argument("--serve-profiled", type=Path, default=None, help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args(argv)
    if args.serve_profiled is not None:
        serve_profiled(args.serve_profiled, rest[1:] if rest[:1] == ["--"] else rest)
        return 0

    import load_sessions

    data = args.data.resolve()
    with tempfile.TemporaryDirectory(prefix="profile-server-") as tmp:
        out = Path(tmp) / "server.prof"
        port = load_sessions._free_port()
        base = f"http://127.0.0.1:{port}"
        env = dict(os.environ, DASHBOARD_DATA=str(data), PYTHONPATH=str(ROOT))
        # the settings `serve` gives a worker, after `streamlit run`
        command = worker_command(port, "127.0.0.1", app=APP, watch_files=False)
        settings = command[command.index(str(APP)):]
        proc = subprocess.Popen(
            [sys.executable, __file__, "--serve-profiled", str(out), "--", *settings,
             "--", "--data", str(data)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            load_sessions._wait_healthy(proc, base, "the profiled dashboard")
            status = asyncio.run(load_sessions.run(
                base, proc.pid, data, args.sessions, args.seconds, 120.0, 0))
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
        deadline = time.monotonic() + 10
        while not out.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        if not out.exists():
            print("the server wrote no profile", file=sys.stderr)
            return 1
        if args.save is not None:
            args.save.write_bytes(out.read_bytes())
        for order in ("tottime", "cumulative"):
            text = io.StringIO()
            pstats.Stats(str(out), stream=text).sort_stats(order).print_stats(args.top)
            print(f"\n---- by {order}")
            print("\n".join(line for line in text.getvalue().splitlines()
                            if line.strip() and not line.startswith(("   Ordered", "   List"))))
    return status


if __name__ == "__main__":
    sys.exit(main())
