"""The lock files are what `make` installs: they must cover pyproject.toml and pin with hashes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.unit.test_declared_imports import ROOT, _norm, declared


def pinned(lock: Path) -> dict[str, str]:
    """Distribution -> exact version, refusing any pin without a hash."""
    text = lock.read_text(encoding="utf-8")
    pins: dict[str, str] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        m = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", block)
        if not m:
            continue
        assert "--hash=sha256:" in block, f"{lock.name}: {m.group(1)} is pinned without a hash"
        pins[_norm(m.group(1))] = m.group(2)
    return pins


@pytest.mark.parametrize(("lock", "groups"), [
    ("requirements.lock", ("main",)),
    ("requirements-test.lock", ("main", "test")),
])
def test_lock_pins_every_declared_distribution(lock: str, groups: tuple[str, ...]) -> None:
    pins = pinned(ROOT / lock)
    wanted = set().union(*(declared(ROOT / "pyproject.toml")[g] for g in groups))
    missing = sorted(wanted - set(pins))
    assert not missing, f"{lock} lacks {missing}: run `make lock`"


def test_lock_holds_the_streamlit_folium_the_map_view_was_built_on() -> None:
    # The view update without a re-render and the starting-position seed use streamlit-folium's
    # private helpers and frame state, built on 0.27.4: pyproject keeps it below 0.28 and the
    # locks hold a 0.27 release from 0.27.4 on.
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"streamlit-folium>=0.27.4,<0.28"' in text
    for lock in ("requirements.lock", "requirements-test.lock"):
        version = pinned(ROOT / lock)["streamlit-folium"]
        major, minor, patch = (int(part) for part in version.split(".")[:3])
        assert (major, minor) == (0, 27) and patch >= 4, (lock, version)
