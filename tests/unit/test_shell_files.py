"""The page's shell packed at gzip level 9 for the proxy (dashboard/shell_files.py): what is
packed, that a copy is its original's bytes, that old copies go, and the proxy's rules."""

from __future__ import annotations

import gzip
import os
import re

import pytest

from dashboard import serving, shell_files
from dashboard.serving import Upstream, proxy_config
from dashboard.shell_files import ShellFolder, pack_shell, packed_path, write_maps


def _tree(root):
    script = b"function claimLayer(){return 1}\n" * 200
    (root / "js").mkdir(parents=True)
    (root / "js" / "index.Ab12_-x.js").write_bytes(script)
    (root / "js" / "tiny.Cd34.js").write_bytes(b"x=1")  # under MIN_BYTES
    (root / "media").mkdir()
    (root / "media" / "font.Ef56.woff2").write_bytes(os.urandom(4000))  # compressed already
    (root / "index.css").write_bytes(b"body{margin:0}\n" * 300)
    (root / "odd name.js").write_bytes(b"y=2;\n" * 500)  # a space cannot be a map key
    return script


def test_each_text_file_is_packed_at_level_9_under_its_url(tmp_path):
    script = _tree(tmp_path / "src")
    out = tmp_path / "packed"
    packed = pack_shell([ShellFolder("/static/", tmp_path / "src", True)], out)
    by_url = {p.url: p for p in packed}
    assert set(by_url) == {"/static/js/index.Ab12_-x.js", "/static/index.css"}
    assert by_url["/static/js/index.Ab12_-x.js"].content_type == "text/javascript"
    assert by_url["/static/index.css"].content_type == "text/css"
    assert {p.cache_control for p in packed} == {shell_files.IMMUTABLE}
    copy = packed_path("/static/js/index.Ab12_-x.js", out)
    assert copy == out / "static" / "js" / "index.Ab12_-x.js.gz"
    assert gzip.decompress(copy.read_bytes()) == script
    assert copy.read_bytes() == gzip.compress(script, 9, mtime=0)


def test_names_without_a_hash_keep_the_workers_caching(tmp_path):
    _tree(tmp_path / "src")
    packed = pack_shell([ShellFolder("/app/static/vendor/", tmp_path / "src", False)],
                        tmp_path / "packed")
    assert packed and {p.cache_control for p in packed} == {None}
    assert all(p.url.startswith("/app/static/vendor/") for p in packed)
    types, caching = write_maps(packed, tmp_path)
    assert len(types.read_text().splitlines()) == len(packed)
    assert caching.read_text() == "", "no year-long caching for a name that may change"


def test_a_changed_original_is_packed_again_and_a_vanished_one_loses_its_copy(tmp_path):
    src, out = tmp_path / "src", tmp_path / "packed"
    _tree(src)
    folders = [ShellFolder("/static/", src, True)]
    pack_shell(folders, out)
    css = src / "index.css"
    copy = packed_path("/static/index.css", out)
    first = copy.stat().st_mtime_ns
    pack_shell(folders, out)
    assert copy.stat().st_mtime_ns == first, "an up-to-date copy is kept, not rewritten"
    css.write_bytes(b"p{color:red}\n" * 300)
    os.utime(css, ns=(first + 10**9, first + 10**9))
    pack_shell(folders, out)
    assert gzip.decompress(copy.read_bytes()) == css.read_bytes()
    (src / "js" / "index.Ab12_-x.js").unlink()
    pack_shell(folders, out)
    assert not packed_path("/static/js/index.Ab12_-x.js", out).exists()
    assert copy.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_unwritable_folder_packs_nothing(tmp_path):
    _tree(tmp_path / "src")
    out = tmp_path / "packed"
    out.mkdir()
    out.chmod(0o500)
    try:
        assert pack_shell([ShellFolder("/static/", tmp_path / "src", True)], out) == []
    finally:
        out.chmod(0o700)


def test_the_proxy_sends_packed_copies_only_to_gzip_readers(tmp_path):
    _tree(tmp_path / "src")
    packed = pack_shell([ShellFolder("/static/", tmp_path / "src", True)], tmp_path / "p")
    maps = write_maps(packed, tmp_path)
    types = maps[0].read_text().splitlines()
    assert "/static/js/index.Ab12_-x.js text/javascript" in types
    assert f"/static/index.css {shell_files.IMMUTABLE}" in maps[1].read_text().splitlines()
    config = proxy_config([Upstream("127.0.0.1", 8601)], shell_maps=maps)
    rule = re.search(r"set-var\(txn\.shell\) path,map\((\S+)\) if (.+)$", config, re.MULTILINE)
    assert rule and rule.group(1) == str(maps[0])
    assert "takes_gzip" in rule.group(2)
    assert f"set-path {shell_files.PACKED_URL}%[path].gz" in config
    assert "set-header Content-Encoding gzip if { var(txn.shell) -m found }" in config
    assert "txn.shell" not in proxy_config([Upstream("127.0.0.1", 8601)])
    if serving.proxy_binary():
        (tmp_path / "h.cfg").write_text(config)
        assert serving.check_proxy_config(tmp_path / "h.cfg", serving.proxy_binary()) is None
