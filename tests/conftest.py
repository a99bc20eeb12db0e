"""Shared fixtures: the bundled dataset, loaded once, and a writer for small bad datasets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def loaded():
    from dashboard.pipeline import load

    return load(REPO / "data")


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    """A scratch copy of the bundled dataset that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(REPO / "data", target)
    return target
