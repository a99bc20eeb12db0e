"""The whole way from a dataset directory to the claim table, cached for large datasets.

Read in the order the data flows: dataset.py (records and their problems) -> geocode.py (places)
-> labels.py (verification labels) -> table.py (one row per claim-place) -> here, which runs
them in turn and keeps a large dataset's result on disk.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dashboard.dataset import data_dir, load_dataset
from dashboard.gazetteer import DEFAULT_GAZETTEER, Gazetteer, load_gazetteer
from dashboard.geocode import geocode
from dashboard.labels import compute_labels
from dashboard.models import Dataset, Problem
from dashboard.storage import write_atomic
from dashboard.table import build_table


@dataclass(frozen=True)
class Loaded:
    """A dataset directory taken all the way to the claim table, with every problem found."""

    dataset: Dataset  # for a large dataset (see load) its claims list is left empty
    gazetteer: Gazetteer
    table: pd.DataFrame
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def load(data: str | Path | None = None, *, gazetteer_path: str | Path | None = None,
         extra_files: tuple[Path, ...] = ()) -> Loaded:
    """dataset -> geocoded -> labelled -> claim table: everything before filtering.

    A large dataset (imported ACLED/UCDP records) is kept on disk once built, keyed by every
    input file's size and modification time and by this code: parsing and checking 100,000
    claims takes seconds of Python, reading the built result back a fraction of that.
    """
    key = _cache_key(data_dir(data), gazetteer_path, extra_files)
    cached = _read_cache(key) if key else None
    if cached is not None:
        return cached
    gazetteer, gaz_problems = load_gazetteer(Path(gazetteer_path) if gazetteer_path else None)
    # A claim pinned to a place id the gazetteer lacks is rejected with the others, before
    # labels are computed: it must not corroborate anything.
    ds = load_dataset(data, extra_files=extra_files, place_ids=gazetteer.places)
    geocoded, geo_problems = geocode(ds, gazetteer)
    table = build_table(ds, geocoded, compute_labels(ds))
    problems = tuple(ds.problems) + tuple(gaz_problems) + tuple(geo_problems)
    loaded = Loaded(ds, gazetteer, table, problems)
    if key:
        # Past this size the table is the record of the claims: the Claim objects would double
        # the server's memory and make reading the cache back five times slower.
        ds.claims = []
        with contextlib.suppress(OSError):
            write_atomic(_cache_dir() / f"{key}.pickle",
                         pickle.dumps(loaded, protocol=pickle.HIGHEST_PROTOCOL))
    return loaded


CACHE_ABOVE_BYTES = 2_000_000  # the curated dataset is far below this and is never cached
_CODE = ("dataset.py", "dates.py", "figures.py", "gazetteer.py", "geocode.py", "labels.py",
         "models.py", "pipeline.py", "storage.py", "table.py")


def _cache_dir() -> Path:
    env = os.environ.get("DASHBOARD_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "claims-map"


def _cache_key(root: Path, gazetteer_path: str | Path | None,
               extra_files: tuple[Path, ...]) -> str | None:
    files = (sorted(root.glob("*.yaml")) + sorted(root.glob("claims*.jsonl"))
             + sorted((root / "review").glob("*.yaml")) + list(extra_files)
             + [Path(gazetteer_path) if gazetteer_path else DEFAULT_GAZETTEER])
    digest = hashlib.sha256()
    total = 0
    for f in files:
        try:
            st = f.stat()
        except OSError:
            continue
        total += st.st_size
        digest.update(f"{f.resolve()}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    if total < CACHE_ABOVE_BYTES:
        return None
    here = Path(__file__).resolve().parent
    for name in _CODE:  # a code change must never serve a table built by older code
        digest.update((here / name).read_bytes())
    digest.update(pd.__version__.encode())
    return digest.hexdigest()[:32]


def _private(path: Path) -> bool:
    """Owned by this user and writable by no one else: unpickling runs code, so a cache file
    another account could have written (DASHBOARD_CACHE on a shared directory) is ignored."""
    st = path.stat()
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def _read_cache(key: str) -> Loaded | None:
    path = _cache_dir() / f"{key}.pickle"
    try:
        if not _private(path) or not _private(path.parent):
            return None
        # Only files this function's caller wrote into the user's own cache directory.
        loaded = pickle.loads(path.read_bytes())  # noqa: S301
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    return loaded if isinstance(loaded, Loaded) else None
