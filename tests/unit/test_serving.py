"""serve --workers: the generated proxy config, worker counts, upstream addresses, and the
supervisor that restarts what dies (without any proxy or Streamlit: plain child processes)."""

from __future__ import annotations

import os
import re
import signal
import stat
import sys
import time
from pathlib import Path

import pytest

from dashboard import serving
from dashboard.serving import Child, Supervisor, Upstream, parse_upstream, proxy_config


def _servers(config: str) -> list[str]:
    return re.findall(r"^\s+server (\S+) (\S+) cookie (\S+) check", config, re.MULTILINE)


def test_config_names_every_worker_local_or_remote_with_its_own_cookie():
    ups = [Upstream("127.0.0.1", 8601), Upstream("127.0.0.1", 8602),
           parse_upstream("10.0.0.2:8601"), parse_upstream("[fd00::2]:8601")]
    config = proxy_config(ups, port=8501)
    servers = _servers(config)
    assert [s[1] for s in servers] == ["127.0.0.1:8601", "127.0.0.1:8602", "10.0.0.2:8601",
                                       "[fd00::2]:8601"]
    # sticky: each server has a cookie value of its own, and the name is what the cookie holds
    assert len({s[2] for s in servers}) == 4 and all(s[0] == s[2] for s in servers)
    assert f"cookie {serving.COOKIE} insert indirect nocache httponly" in config
    assert "option httpchk GET /_stcore/health" in config
    assert "option redispatch" in config  # a reader whose worker died goes to another
    # ...at once: a failed connection takes a worker out before the health checks notice
    assert len(re.findall(r"observe layer4 error-limit 1 on-error mark-down$", config,
                          re.MULTILINE)) == 4
    assert "timeout tunnel" in config  # the websocket outlives the request timeouts
    assert "compression algo gzip" in config and "application/javascript" in config
    # the basemap's outlines script: its level-9 copy, kept a year (named by its content)
    assert re.search(r"acl outlines_script path_reg \^/app/static/claims/outlines\\-\[0-9a-f\]\+",
                     config)
    assert "set-header Cache-Control public,max-age=31536000,immutable if" in config


def test_the_proxy_listens_on_loopback_unless_told_otherwise():
    ups = [Upstream("127.0.0.1", 8601)]
    assert re.search(r"^\s+bind 127\.0\.0\.1:8501$", proxy_config(ups), re.MULTILINE)
    assert re.search(r"^\s+bind 0\.0\.0\.0:80$", proxy_config(ups, address="0.0.0.0", port=80),
                     re.MULTILINE)
    assert re.search(r"^\s+bind \[::1\]:8501$", proxy_config(ups, address="::1"), re.MULTILINE)
    assert len(re.findall(r"^\s+bind ", proxy_config(ups), re.MULTILINE)) == 1


def test_the_stats_socket_is_a_private_unix_socket_never_a_port(tmp_path):
    ups = [Upstream("127.0.0.1", 8601)]
    assert "stats" not in proxy_config(ups)
    config = proxy_config(ups, stats_socket=tmp_path / "haproxy.sock")
    assert f"stats socket {tmp_path / 'haproxy.sock'} mode 600 level user" in config
    assert "stats enable" not in config and "stats uri" not in config


def test_a_proxy_without_workers_is_refused():
    with pytest.raises(ValueError, match="at least one worker"):
        proxy_config([])


@pytest.mark.parametrize("text", ["10.0.0.2", "10.0.0.2:", ":8601", "host:99999",
                                  "a b:80", "10.0.0.2:80;rm", "[::1]8601", "h:0"])
def test_bad_upstreams_are_refused_with_the_flag_named(text):
    with pytest.raises(ValueError, match="--upstream"):
        parse_upstream(text)


def test_worker_count():
    assert serving.worker_count("3") == 3
    assert serving.worker_count("auto") == len(os.sched_getaffinity(0))
    for bad in ("-1", "65", "many", ""):
        with pytest.raises(ValueError, match="--workers"):
            serving.worker_count(bad)


def test_worker_command_serves_only_the_given_address_and_port():
    cmd = serving.worker_command(8603, "10.0.0.2", watch_files=False)
    assert cmd[cmd.index("--server.port") + 1] == "8603"
    assert cmd[cmd.index("--server.address") + 1] == "10.0.0.2"
    assert cmd[cmd.index("--server.fileWatcherType") + 1] == "none"
    assert cmd[cmd.index("--client.showErrorDetails") + 1] == "none"
    # a full collection after every run was half of a filter change's CPU
    assert cmd[cmd.index("--runner.postScriptGC") + 1] == "false"
    # `streamlit run` with the page's modules imported before the worker answers its checks
    assert cmd[1:4] == ["-m", "dashboard.ui.worker", str(serving.APP)]


def test_a_worker_has_imported_the_pages_core_before_it_answers():
    """The first reader of a new or restarted worker used to wait for the page's imports;
    nothing that touches Streamlit is imported before its runtime (a component declared then
    is never served)."""
    import subprocess

    from dashboard.ui import worker

    code = ("import sys, dashboard.ui.worker as w; w.preload(); "
            "print(sorted(m for m in sys.modules if m.startswith(('streamlit', 'dashboard.ui.'))"
            " and m != 'dashboard.ui.worker'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(serving.__file__).resolve().parents[1])
    assert out.stdout.strip() == "[]"
    ui = Path(serving.__file__).resolve().parent / "ui"
    imported = set()
    for source in ui.glob("*.py"):
        if source.stem in ("review", "worker"):  # review: only a --review server imports it
            continue
        text = source.read_text(encoding="utf-8")
        imported |= set(re.findall(r"^from (dashboard\.[\w.]+) import", text, re.MULTILINE))
        for names in re.findall(r"^from dashboard import ([\w, ]+)$", text, re.MULTILINE):
            imported |= {"dashboard." + n.split(" as ")[0].strip() for n in names.split(",")}
    core = {m for m in imported if not m.startswith("dashboard.ui")}
    assert core - {"dashboard.snapshot"} <= set(worker.CORE_MODULES)  # snapshot: on a PNG


@pytest.mark.proxy
@pytest.mark.skipif(serving.proxy_binary() is None,
                    reason="haproxy is not installed (`make proxy` installs Debian's)")
def test_haproxy_accepts_the_generated_config(tmp_path):
    config = tmp_path / "haproxy.cfg"
    config.write_text(proxy_config([Upstream("127.0.0.1", 8601), parse_upstream("10.9.9.9:80")]))
    assert serving.check_proxy_config(config, serving.proxy_binary()) is None
    config.write_text(proxy_config([Upstream("127.0.0.1", 8601)]) + "    nonsense here\n")
    assert serving.check_proxy_config(config, serving.proxy_binary())


def test_cookie_secret_is_private_and_stable(tmp_path):
    first = serving.cookie_secret(tmp_path)
    assert len(first) >= 32 and serving.cookie_secret(tmp_path) == first
    assert stat.S_IMODE((tmp_path / serving.SECRET_FILE).stat().st_mode) == 0o600
    (tmp_path / "other").mkdir()
    assert serving.cookie_secret(tmp_path / "other") != first  # per deployment, not a constant


def _sleeper() -> list[str]:
    return [sys.executable, "-c", "import time; time.sleep(120)"]


def _state(runtime: Path) -> dict:
    import json

    return json.loads((runtime / serving.STATE_FILE).read_text())


def test_supervisor_restarts_a_worker_that_dies_and_only_that_one(tmp_path):
    said: list[str] = []
    sup = Supervisor([Child("w1", _sleeper()), Child("w2", _sleeper())], env=dict(os.environ),
                     runtime=tmp_path, proxy=Child("proxy", _sleeper()), say=said.append)
    try:
        assert sup.step(time.monotonic())
        before = {w["address"]: w["pid"] for w in _state(tmp_path)["workers"]}
        proxy_pid = _state(tmp_path)["proxy"]
        assert all(before.values()) and proxy_pid
        os.kill(before["w1"], signal.SIGKILL)
        sup.workers[0].process.wait(timeout=10)
        assert sup.step(time.monotonic())  # first death: restarted at once
        after = {w["address"]: w["pid"] for w in _state(tmp_path)["workers"]}
        assert after["w1"] not in (None, before["w1"]) and after["w2"] == before["w2"]
        assert _state(tmp_path)["proxy"] == proxy_pid
        assert [w["restarts"] for w in _state(tmp_path)["workers"]] == [1, 0]
        assert said and "w1 exited" in said[0]
        # dying again within the minute: a pause before the next start, not a fork loop
        os.kill(after["w1"], signal.SIGKILL)
        sup.workers[0].process.wait(timeout=10)
        now = time.monotonic()
        sup.step(now)
        assert sup.workers[0].process is None and sup.workers[0].next_start > now
        sup.step(sup.workers[0].next_start)
        assert sup.workers[0].process is not None
    finally:
        sup.stop(grace_s=5)
    assert all(c.process.poll() is not None for c in sup.children if c.process)
    assert not (tmp_path / serving.STATE_FILE).exists()


def test_the_review_page_is_never_served_by_the_readers_workers(capsys):
    from dashboard.cli import main

    assert main(["serve", "--workers", "2", "--review"]) == 2
    assert "--review runs as one process" in capsys.readouterr().err
