"""Serving many readers: N dashboard workers behind HAProxy, and a supervisor that keeps them up.

One Streamlit process runs every session's script on one core, so a crowd of readers is served
by several worker processes behind a reverse proxy. HAProxy (Debian's ``haproxy``) was chosen
over nginx because the open-source nginx has no cookie-inserting sticky sessions (``sticky
cookie`` is nginx Plus) and no active health checks; HAProxy 2.6 has both, plus websocket
tunnelling and gzip, in one small config file.

Division of labour, so that nothing here assumes one host:
- the proxy keeps a reader on one worker (cookie), upgrades the websocket, compresses text
  responses and health-checks every worker, local or remote; it never starts or restarts one;
- ``serve`` (``Supervisor``) starts the local workers and restarts one that exits;
- a worker on another host is just an ``Upstream`` in the config, supervised by its own
  ``serve --no-proxy`` there.

The view lives in the page URL (dashboard.share), so a reader moved to another worker after
theirs died reconnects to the same view; nothing else of a session is worth keeping.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.shell_files import IMMUTABLE
from dashboard.storage import write_atomic

APP = Path(__file__).resolve().parent / "ui" / "app.py"
HAPROXY = "haproxy"
COOKIE = "claims_worker"
HEALTH_PATH = "/_stcore/health"
STATE_FILE = "workers.json"
CONFIG_FILE = "haproxy.cfg"
STATS_SOCKET = "haproxy.sock"
SECRET_FILE = "cookie_secret"  # noqa: S105 - a file name, not the secret
# Types worth compressing: Streamlit's scripts and styles (4.9 MB of a first visit when sent
# raw), the app's HTML, and the large-dataset map data. Images and fonts are compressed already.
COMPRESSED_TYPES = ("text/html", "text/css", "text/javascript", "application/javascript",
                    "application/json", "image/svg+xml", "text/plain")
# Where Streamlit serves the large-dataset map data (dashboard/ui/mapdata.py's PUBLISH_URL).
PUBLISHED_DATA_PATH = "/app/static/claims/"
# The basemap's outlines as a script there, named by its content (mapdata.published_outlines).
OUTLINES_PREFIX = "outlines-"
# A reader's page keeps its websocket open for as long as the tab is open.
TUNNEL_TIMEOUT = "1h"
RESTART_BACKOFF_MAX_S = 30.0

_NAME_OK = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass(frozen=True)
class Upstream:
    """One dashboard worker the proxy sends readers to."""

    host: str
    port: int

    @property
    def name(self) -> str:
        # Also the cookie's value: readable in a browser, so it names the worker, nothing else.
        return _NAME_OK.sub("_", f"{self.host}_{self.port}")

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


def parse_upstream(text: str) -> Upstream:
    """``host:port`` (``[v6]:port`` for IPv6), as given to ``--upstream``."""
    m = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\]:(\d{1,5})|([A-Za-z0-9.-]+):(\d{1,5})", text.strip())
    if not m:
        raise ValueError(f"--upstream {text!r}: expected HOST:PORT, e.g. 10.0.0.2:8601")
    host = m.group(1) or m.group(3)
    port = int(m.group(2) or m.group(4))
    if not 0 < port < 65536:
        raise ValueError(f"--upstream {text!r}: port {port} is outside 1..65535")
    return Upstream(host, port)


def worker_count(value: str) -> int:
    """``--workers``: a number, or ``auto`` for one per core this process may run on."""
    if value == "auto":
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not Linux
            return max(1, os.cpu_count() or 1)
    try:
        n = int(value)
    except ValueError:
        raise ValueError(f"--workers {value!r}: expected a number or 'auto'") from None
    if not 0 <= n <= 64:
        raise ValueError(f"--workers {n}: expected 0..64")
    return n


def proxy_config(upstreams: Sequence[Upstream], *, address: str = "127.0.0.1",
                 port: int = 8501, check_interval_ms: int = 1000,
                 stats_socket: Path | None = None,
                 shell_maps: tuple[Path, Path] | None = None) -> str:
    """The HAProxy configuration for these workers: the same text whether they are local or on
    other hosts (a worker is an address; the proxy needs nothing else from it).

    ``shell_maps`` (dashboard.shell_files.write_maps): the page's scripts and styles that every
    worker has packed at gzip level 9, sent as those copies to browsers that take gzip."""
    if not upstreams:
        raise ValueError("the proxy needs at least one worker (--workers N or --upstream)")
    bind = f"[{address}]" if ":" in address else address
    # counters and server states for the operator (`echo "show stat" | socat - UNIX:...`),
    # owner-only, in the runtime folder: a socket, never a port
    stats = (f"    stats socket {stats_socket} mode 600 level user\n" if stats_socket else "")
    servers = "\n".join(
        # down after two failed checks, back after one good one: a restarted worker takes
        # readers again within a second of answering. Down at once when a reader's connection
        # to it fails (observe layer4): a killed worker's readers reconnect within half a
        # second, and until the checks noticed, leastconn sent them back to the dead worker
        # (it has no connections left) on every retry
        f"    server {u.name} {u.address} cookie {u.name} check inter {check_interval_ms}"
        f" fall 2 rise 1 observe layer4 error-limit 1 on-error mark-down" for u in upstreams)
    return f"""\
# Generated by `python -m dashboard serve`; edits are overwritten at the next start.
global
    # each reader holds one websocket (two descriptors through the proxy); 4096 readers fit
    # the usual 20,000-descriptor limit of an unprivileged account
    maxconn 4096
    # nothing written to syslog; `serve` shows the proxy's own errors on its stderr
    log stderr format raw local0 err
{stats}
defaults
    mode http
    log global
    option httplog
    option dontlognull
    # a reader whose worker is down is sent to another one (on every retry, not only the
    # last), and the cookie is rewritten; a request that found a dead or half-started
    # worker is retried elsewhere instead of showing the reader an error page
    option redispatch 1
    retries 3
    retry-on conn-failure empty-response junk-response response-timeout 502 503
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    timeout tunnel {TUNNEL_TIMEOUT}
    timeout http-request 10s
    timeout check 3s

frontend readers
    bind {bind}:{port}
    default_backend dashboard_workers

backend dashboard_workers
    # a reader's websocket stays open: count open connections, not requests
    balance leastconn
    cookie {COOKIE} insert indirect nocache httponly attr "SameSite=Lax"
    option httpchk GET {HEALTH_PATH}
    http-check expect status 200
    # Debian's HAProxy compresses with libslz: fast, at about zlib level 1's ratio, whatever
    # tune.comp.maxlevel says
    compression algo gzip
    compression type {" ".join(COMPRESSED_TYPES)}
    # A large dataset's map data is published with a gzip copy made once at level 9
    # (dashboard/ui/mapdata.py): send that copy as it is instead of compressing every time.
    acl packed_map_data path_reg ^{re.escape(PUBLISHED_DATA_PATH)}[0-9a-f]+\\.json$
    acl takes_gzip req.hdr(accept-encoding) -m sub gzip
    http-request set-var(txn.packed) bool(true) if packed_map_data takes_gzip
    http-request set-path %[path].gz if {{ var(txn.packed) -m bool }}
    http-response set-header Content-Type application/json if {{ var(txn.packed) -m bool }}
    http-response set-header Content-Encoding gzip if {{ var(txn.packed) -m bool }} {{ status 200 }}
    http-response add-header Vary Accept-Encoding if {{ var(txn.packed) -m bool }}
{_outlines_rules()}{_shell_rules(shell_maps)}{servers}
"""


def _outlines_rules() -> str:
    """The basemap's outlines script (mapdata.published_outlines): its level-9 copy, as the map
    data's; named by its content, so browsers keep it a year."""
    path = re.escape(PUBLISHED_DATA_PATH + OUTLINES_PREFIX) + r"[0-9a-f]+\.js$"
    packed = "{ var(txn.packed_js) -m bool }"
    named = "{ var(txn.content_named) -m bool }"
    return f"""\
    acl outlines_script path_reg ^{path}
    http-request set-var(txn.packed_js) bool(true) if outlines_script takes_gzip
    http-request set-var(txn.content_named) bool(true) if outlines_script
    http-request set-path %[path].gz if {packed}
    http-response set-header Content-Type text/javascript if {packed}
    http-response set-header Content-Encoding gzip if {packed} {{ status 200 }}
    http-response add-header Vary Accept-Encoding if {packed}
    http-response set-header Cache-Control {IMMUTABLE} if {named} {{ status 200 }}
"""


def _shell_rules(shell_maps: tuple[Path, Path] | None) -> str:
    if shell_maps is None:
        return ""
    from dashboard.shell_files import PACKED_URL

    types, caching = shell_maps
    # txn.shell holds the original's content type when the path is a packed shell file; the
    # worker then serves the .gz copy (as application/gzip), which the compression filter
    # leaves alone, and its headers are set back to the original's here
    shell = "{ var(txn.shell) -m found }"
    hashed = "{ var(txn.shell_cache) -m found }"
    return f"""\
    # The page's scripts and styles, packed at gzip level 9 by `serve` (dashboard/shell_files.py)
    http-request set-var(txn.shell) path,map({types}) if takes_gzip METH_GET
    # only content-hashed names have an entry (a year, immutable); others keep the worker's
    http-request set-var(txn.shell_cache) path,map({caching}) if {shell}
    http-request set-path {PACKED_URL}%[path].gz if {shell}
    http-response set-header Content-Type %[var(txn.shell)] if {shell} {{ status 200 }}
    http-response set-header Content-Encoding gzip if {shell} {{ status 200 }}
    http-response set-header Cache-Control %[var(txn.shell_cache)] if {hashed} {{ status 200 }}
    http-response add-header Vary Accept-Encoding if {shell}
"""


def worker_command(port: int, address: str, *, app: Path = APP,
                   python: str = sys.executable, watch_files: bool = True) -> list[str]:
    """The Streamlit command of one dashboard process (the single-process default too):
    ``streamlit run`` with the page's modules imported before the process listens
    (dashboard/ui/worker.py)."""
    cmd = [python, "-m", "dashboard.ui.worker", str(app),
           "--server.port", str(port), "--server.address", address,
           "--server.headless", "true", "--server.enableStaticServing", "true",
           "--browser.gatherUsageStats", "false", "--theme.base", "light",
           # Readers see our own problem banner, never tracebacks with server paths.
           "--client.showErrorDetails", "none", "--client.toolbarMode", "viewer",
           # permessage-deflate on the page's websocket: a first visit's elements (the map's
           # script, the table, the lists) are ~0.55 MB raw at 100,000 claims and shrink
           # several-fold; HAProxy tunnels the websocket and cannot compress it itself
           "--server.enableWebsocketCompression", "true",
           # no full garbage collection after every run: with the dataset loaded it took about
           # half of a filter change's CPU (load_sessions.py, 4 sessions: 209 -> 107 ms per
           # action); Python's own generational collector still frees what a run leaves
           "--runner.postScriptGC", "false"]
    if not watch_files:
        # Workers do not reload the app's code when a file changes: a deploy restarts them.
        cmd += ["--server.fileWatcherType", "none"]
    return cmd


def cookie_secret(runtime: Path) -> str:
    """One secret for every worker of this deployment (Streamlit signs its cookies with it, and
    a reader moves between workers when one dies); kept in the runtime folder, owner-only.
    On other hosts, put the same value in STREAMLIT_SERVER_COOKIE_SECRET."""
    path = runtime / SECRET_FILE
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    value = secrets.token_urlsafe(32)
    write_atomic(path, value + "\n")
    path.chmod(0o600)
    return value


def proxy_binary() -> str | None:
    return shutil.which(HAPROXY) or next(
        (p for p in ("/usr/sbin/haproxy", "/usr/local/sbin/haproxy") if Path(p).exists()), None)


def proxy_stats(socket_path: Path) -> list[dict[str, str]]:
    """HAProxy's `show stat` through its stats socket: one dict per frontend, backend and
    server (pxname, svname, status, bin, bout, scur, ...)."""
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(5)
        s.connect(str(socket_path))
        s.sendall(b"show stat\n")
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    lines = b"".join(chunks).decode("utf-8", "replace").splitlines()
    if not lines or not lines[0].startswith("# "):
        return []
    names = lines[0][2:].split(",")
    return [dict(zip(names, line.split(","), strict=False)) for line in lines[1:] if line]


def check_proxy_config(config: Path, binary: str) -> str | None:
    """HAProxy's own verdict on a config file: None if valid, else its message."""
    out = subprocess.run([binary, "-c", "-f", str(config)], capture_output=True,
                         text=True, check=False)
    if out.returncode == 0:
        return None
    return (out.stderr + out.stdout).strip() or f"haproxy -c: exit status {out.returncode}"


def healthy(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(url + HEALTH_PATH, timeout=timeout) as response:  # noqa: S310
            return bool(response.status == 200)
    except OSError:
        return False


@dataclass
class Child:
    """A process ``serve`` keeps running: one worker, or the proxy."""

    label: str
    command: list[str]
    process: subprocess.Popen[bytes] | None = None
    restarts: int = 0
    next_start: float = 0.0
    deaths: list[float] = field(default_factory=list)


def worker(upstream: Upstream) -> Child:
    return Child(upstream.address, worker_command(upstream.port, upstream.host,
                                                  watch_files=False))


class Supervisor:
    """Starts the local workers and the proxy, restarts whichever exits, stops all on a signal.

    The proxy only health-checks; restarting is done here, with a growing pause for a process
    that keeps dying at once (a broken dataset or config must not become a fork loop)."""

    def __init__(self, workers: Sequence[Child], *, env: dict[str, str], runtime: Path,
                 proxy: Child | None = None,
                 say: Callable[[str], None] = lambda s: print(s, file=sys.stderr, flush=True)):
        self.workers = list(workers)
        self.proxy = proxy
        self.env = env
        self.runtime = runtime
        self.say = say
        self._stopping = False

    @property
    def children(self) -> list[Child]:
        return [*self.workers, *([self.proxy] if self.proxy else [])]

    def write_state(self) -> None:
        """Who is running where, for operators and the load script (memory, --kill-worker)."""
        def pid(c: Child) -> int | None:
            return c.process.pid if c.process and c.process.poll() is None else None

        state = {
            "supervisor": os.getpid(),
            "proxy": pid(self.proxy) if self.proxy else None,
            "workers": [{"address": w.label, "pid": pid(w), "restarts": w.restarts}
                        for w in self.workers],
        }
        write_atomic(self.runtime / STATE_FILE, json.dumps(state, indent=1) + "\n")

    def step(self, now: float) -> bool:
        """One supervision pass; True if anything was (re)started."""
        changed = False
        for c in self.children:
            if c.process is not None and c.process.poll() is not None:
                self.say(f"serve: {c.label} exited (status {c.process.returncode}); "
                         "restarting it")
                c.deaths = [t for t in c.deaths if now - t < 60] + [now]
                # dying again within a minute: wait 1, 3, 7 ... s before the next start
                c.next_start = now + min(2.0 ** (len(c.deaths) - 1) - 1, RESTART_BACKOFF_MAX_S)
                c.process = None
                c.restarts += 1
                changed = True
            if c.process is None and now >= c.next_start:
                c.process = subprocess.Popen(c.command, env=self.env, stdin=subprocess.DEVNULL,
                                             start_new_session=True)
                changed = True
        if changed:
            self.write_state()
        return changed

    def run(self, poll_s: float = 0.5) -> int:
        def stop(signum: int, _frame: object) -> None:
            self._stopping = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        try:
            while not self._stopping:
                self.step(time.monotonic())
                time.sleep(poll_s)
        finally:
            self.stop()
        return 0

    def stop(self, grace_s: float = 10.0) -> None:
        procs = [c.process for c in self.children if c.process is not None]
        for p in procs:
            if p.poll() is None:
                p.terminate()
        deadline = time.monotonic() + grace_s
        for p in procs:
            try:
                p.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        with contextlib.suppress(OSError):
            (self.runtime / STATE_FILE).unlink()


def default_runtime(port: int) -> Path:
    base = os.environ.get("XDG_RUNTIME_DIR") or "/tmp"  # noqa: S108 - private subfolder, 0700
    return Path(base) / f"claims-map-{port}"


def prepare_runtime(runtime: Path) -> Path:
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    return runtime
