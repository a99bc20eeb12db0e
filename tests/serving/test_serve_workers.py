"""`serve --workers 2` for real: HAProxy in front of two Streamlit workers on loopback.

One server for the module (starting one costs ~10 s); the test that kills a worker runs last.
"""

from __future__ import annotations

import gzip
import http.client
import re
import time
from urllib.parse import urlsplit

import pytest
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.sync.client import connect

from dashboard import serving, shell_files
from tests.serving.harness import Served, healthy, served

pytestmark = pytest.mark.proxy


@pytest.fixture(scope="module")
def farm(tmp_path_factory) -> Served:
    with served(tmp_path_factory.mktemp("serve")) as s:
        yield s


def _get(base: str, path: str, headers: dict[str, str] | None = None
         ) -> tuple[int, dict[str, list[str]], bytes]:
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=20)
    try:
        conn.request("GET", path, headers=headers or {})
        r = conn.getresponse()
        heads: dict[str, list[str]] = {}
        for k, v in r.getheaders():
            heads.setdefault(k.lower(), []).append(v)
        return r.status, heads, r.read()
    finally:
        conn.close()


def _name(address: str) -> str:
    host, port = address.rsplit(":", 1)
    return serving.Upstream(host, int(port)).name


def _cookie(heads: dict[str, list[str]]) -> str | None:
    for h in heads.get("set-cookie", []):
        m = re.match(rf"{serving.COOKIE}=([^;]+)", h)
        if m:
            return m.group(1)
    return None


def test_only_loopback_listens(farm: Served):
    assert len(farm.workers()) == 2
    assert all(a.startswith("127.0.0.1:") for a in farm.workers())
    config = (farm.runtime / serving.CONFIG_FILE).read_text()
    assert re.findall(r"^\s+bind (\S+)$", config, re.MULTILINE) == [
        f"127.0.0.1:{urlsplit(farm.base).port}"]


def test_readers_are_spread_and_then_stay_on_their_worker(farm: Served):
    seen = {_cookie(_get(farm.base, "/")[1]) for _ in range(12)}
    names = {_name(a) for a in farm.workers()}
    assert seen == names, "new readers should reach both workers"
    mine = sorted(names)[1]
    for _ in range(6):
        status, heads, _ = _get(farm.base, "/", {"Cookie": f"{serving.COOKIE}={mine}"})
        # a reader whose cookie names a live worker is served there: no new cookie is set
        assert status == 200 and _cookie(heads) is None
    status, heads, _ = _get(farm.base, "/", {"Cookie": f"{serving.COOKIE}=nosuchworker"})
    assert status == 200 and _cookie(heads) in names


def test_streamlit_scripts_are_gzipped(farm: Served):
    _, first, page = _get(farm.base, "/")
    script = re.search(rb'src="\.?/?(static/js/[^"]+\.js)"', page).group(1).decode()
    _, plain_heads, plain = _get(farm.base, "/" + script)
    # as a browser asks for it: with the worker's cookie from the page (a response that sets
    # the cookie is marked private by the proxy, whatever it is)
    cookie = {"Cookie": f"{serving.COOKIE}={_cookie(first)}"}
    _, heads, packed = _get(farm.base, "/" + script, {"Accept-Encoding": "gzip", **cookie})
    assert "content-encoding" not in plain_heads
    assert heads["content-encoding"] == ["gzip"]
    assert gzip.decompress(packed) == plain
    assert len(packed) < len(plain) / 2
    # the copy `serve` packed at level 9, not the proxy's own (level-1-like) compression
    assert packed == gzip.compress(plain, 9, mtime=0)
    assert heads["content-type"] == ["text/javascript"]
    assert heads["cache-control"] == [shell_files.IMMUTABLE]  # a content-hashed name
    assert "Accept-Encoding" in ", ".join(heads["vary"])


def test_vendored_leaflet_is_sent_packed_and_revalidated(farm: Served):
    path = "/app/static/vendor/leaflet/leaflet.js"
    _, plain_heads, plain = _get(farm.base, path)
    cookie = {"Cookie": f"{serving.COOKIE}={_cookie(_get(farm.base, '/')[1])}"}
    status, heads, packed = _get(farm.base, path,
                                 {"Accept-Encoding": "gzip, deflate, br", **cookie})
    assert status == 200 and "content-encoding" not in plain_heads
    assert heads["content-encoding"] == ["gzip"]
    assert packed == gzip.compress(plain, 9, mtime=0)
    assert heads["content-type"] == ["text/javascript"]
    # not content-hashed: no year-long caching (a new vendored version keeps the name)
    assert shell_files.IMMUTABLE not in heads.get("cache-control", [])


def test_published_map_data_is_sent_as_its_prebuilt_gzip_copy(farm: Served):
    from dashboard.ui.mapdata import PUBLISH_DIR

    body = b'{"n": 3, "claims": "' + b"x" * 5000 + b'"}'
    name = "0123456789abcdef01234567.json"  # a content hash's shape, not a real one
    target, packed = PUBLISH_DIR / name, PUBLISH_DIR / (name + ".gz")
    PUBLISH_DIR.mkdir(parents=True, exist_ok=True)
    target.write_bytes(body)
    packed.write_bytes(gzip.compress(body, compresslevel=9, mtime=0))
    try:
        path = f"/app/static/claims/{name}"
        _, heads, raw = _get(farm.base, path, {"Accept-Encoding": "gzip, deflate"})
        assert heads["content-encoding"] == ["gzip"]
        assert heads["content-type"] == ["application/json"]
        assert raw == packed.read_bytes(), "the level-9 copy, byte for byte"
        _, plain_heads, plain = _get(farm.base, path)
        assert plain == body and "content-encoding" not in plain_heads
    finally:
        target.unlink()
        packed.unlink()


def test_the_outlines_script_is_sent_packed_and_kept_a_year(farm: Served):
    from dashboard.render import outlines_script
    from dashboard.ui.mapdata import published_outlines

    url = published_outlines()  # named by its content: the workers publish the same name
    assert url is not None
    plain_body = outlines_script().encode("utf-8")
    # as the map's frame asks for it: with the worker's cookie from the page
    cookie = {"Cookie": f"{serving.COOKIE}={_cookie(_get(farm.base, '/')[1])}"}
    status, heads, raw = _get(farm.base, url, {"Accept-Encoding": "gzip", **cookie})
    assert status == 200 and heads["content-encoding"] == ["gzip"]
    assert heads["content-type"] == ["text/javascript"]
    assert heads["cache-control"] == [shell_files.IMMUTABLE]
    assert raw == gzip.compress(plain_body, 9, mtime=0), "the level-9 copy, byte for byte"
    _, plain_heads, plain = _get(farm.base, url)
    assert plain == plain_body and "content-encoding" not in plain_heads


def _one_run(base: str) -> list[str]:
    """Open the websocket through the proxy and run the page once, as the browser does (the
    sync client: the browser tests may have an event loop running in this thread)."""
    msg = BackMsg()
    msg.rerun_script.query_string = "source_types=state"
    msg.rerun_script.page_script_hash = ""
    kinds = []
    with connect(f"ws://{urlsplit(base).netloc}/_stcore/stream", subprotocols=["streamlit"],
                 origin=base, max_size=None, open_timeout=30) as ws:
        ws.send(msg.SerializeToString())
        while True:
            fwd = ForwardMsg()
            fwd.ParseFromString(ws.recv(timeout=60))
            kinds.append(fwd.WhichOneof("type"))
            if kinds[-1] == "script_finished":
                return kinds


def test_the_websocket_is_upgraded_through_the_proxy(farm: Served):
    kinds = _one_run(farm.base)
    assert kinds[0] == "new_session" and "delta" in kinds


def test_the_websocket_is_compressed_end_to_end(farm: Served):
    """The proxy only tunnels the websocket: the workers compress it (permessage-deflate)."""
    with connect(f"ws://{urlsplit(farm.base).netloc}/_stcore/stream", subprotocols=["streamlit"],
                 origin=farm.base, compression="deflate", open_timeout=30) as ws:
        agreed = ws.response.headers.get("Sec-WebSocket-Extensions") or ""
    assert "permessage-deflate" in agreed


def test_serve_restarts_a_dead_worker_and_the_proxy_sends_readers_elsewhere(farm: Served):
    before = farm.workers()
    proxy = farm.state()["proxy"]
    victim = sorted(before)[0]
    killed = farm.kill_worker(victim)
    # while it is down (or restarting), the proxy answers every request from the other worker
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        status, _, _ = _get(farm.base, "/", {"Cookie": f"{serving.COOKIE}={_name(victim)}"})
        assert status == 200
        time.sleep(0.2)
    after = farm.wait_all_up(not_pid=killed)
    assert after[victim] != killed and healthy(f"http://{victim}")
    assert {a: p for a, p in after.items() if a != victim} == {
        a: p for a, p in before.items() if a != victim}
    assert farm.state()["proxy"] == proxy, "the proxy is never restarted for a worker"
    assert [w["restarts"] for w in farm.state()["workers"] if w["address"] == victim] == [1]
    assert "exited" in farm.log.read_text(errors="replace")
