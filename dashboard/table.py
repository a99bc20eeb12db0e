"""The claim table: one row per claim-place, geocoded and labelled, ready to filter and draw.

This is the one flat shape every later step reads (filters, map, tables, exports), built once per
dataset. A claim naming five districts gives five rows sharing a claim_id; a claim whose place is
province- or country-wide gives a row with no coordinates, so it can never be drawn at a town.
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
from dashboard.gazetteer import DEFAULT_GAZETTEER, Gazetteer, Resolution, load_gazetteer
from dashboard.labels import compute_labels
from dashboard.models import (
    INCIDENT_TYPE_NAMES,
    MAPPED_GEO_PRECISIONS,
    SOURCE_TYPE_NAMES,
    Claim,
    Dataset,
    Label,
    Place,
    PlaceMention,
    Problem,
)
from dashboard.storage import write_atomic

COLUMNS = [
    "claim_id", "event_id", "event", "report_id", "report", "outlet", "claimant_id", "claimant",
    "source_type", "organisation", "incident_type", "place_mention", "place_id", "place",
    "district", "province", "geo_precision", "lat", "lon", "mapped", "place_index", "n_places",
    "all_places", "date_start", "date_end", "time_precision", "date_text", "date_label",
    "date_basis", "figures", "figures_text", "label", "label_reason", "summary",
    "review_status", "passage",
]


@dataclass(frozen=True)
class Geocoded:
    claim: Claim
    resolutions: tuple[Resolution, ...]


def geocode(ds: Dataset, gazetteer: Gazetteer) -> tuple[list[Geocoded], list[Problem]]:
    """Resolve every place mention; unresolved ones are reported and kept, never guessed.

    Resolutions are memoised per distinct mention within a call: imported datasets repeat a few
    thousand place names across a hundred thousand claims, and resolving is deterministic.
    """
    out: list[Geocoded] = []
    problems: list[Problem] = []
    memo: dict[PlaceMention, Resolution] = {}
    for claim in ds.claims:
        resolutions = []
        for i, mention in enumerate(claim.places):
            res = memo.get(mention)
            if res is None:
                res = _resolve(mention, gazetteer)
                memo[mention] = res
            if res.place is None:
                if mention.place_id:
                    problems.append(Problem(claim.file, claim.line, f"places[{i}].place_id",
                                            f"{mention.place_id!r} is not in the gazetteer"))
                hint = ", ".join(f"{pid} ({score:.0f})" for pid, score in res.suggestions[:3])
                problems.append(Problem(
                    claim.file, claim.line, f"places[{i}]",
                    f"{mention.mention!r} is not in the gazetteer; kept unresolved"
                    + (f" (closest: {hint})" if hint else ""), "warning"))
            resolutions.append(res)
        out.append(Geocoded(claim, tuple(resolutions)))
    return out, problems


def _resolve(mention: PlaceMention, gazetteer: Gazetteer) -> Resolution:
    if mention.lat is not None and mention.lon is not None and not mention.place_id:
        return _own_coordinates(mention)
    if mention.place_id:
        place = gazetteer.get(mention.place_id)
        return Resolution(mention.mention, place, "id" if place else "unresolved",
                          100.0 if place else 0.0)
    return gazetteer.resolve(mention.mention)


def _own_coordinates(mention: PlaceMention) -> Resolution:
    """A dataset record's own coordinates, at the precision the dataset states for them."""
    place = Place(id="", name=mention.mention, kind="locality",
                  geo_precision=mention.geo_precision or "point", lat=mention.lat,
                  lon=mention.lon, district=None, province=None, country="",
                  source=mention.note)
    return Resolution(mention.mention, place, "coordinates", 100.0)


def build_table(ds: Dataset, gazetteer: Gazetteer,
                labels: dict[str, Label] | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """Geocode, label and flatten a dataset into the claim table.

    Built column by column, with every text derived once per distinct value (dates, figures,
    places): at 100,000 claims a dict per row and a describe() per row cost seconds.
    """
    labels = labels if labels is not None else compute_labels(ds)
    geocoded, problems = geocode(ds, gazetteer)
    cols: dict[str, list] = {c: [] for c in COLUMNS}
    date_words: dict[object, tuple] = {}
    figure_words: dict[tuple, tuple] = {}
    place_cols: dict[Resolution, tuple] = {}
    shared: dict[tuple, list] = {}
    per_claim = ("claim_id", "event_id", "event", "report_id", "report", "outlet",
                 "claimant_id", "claimant", "source_type", "organisation", "incident_type",
                 "n_places", "all_places", "date_start", "date_end", "time_precision",
                 "date_text", "date_label", "date_basis", "figures", "figures_text", "label",
                 "label_reason", "summary", "review_status", "passage")
    per_place = ("place_mention", "place_id", "place", "district", "province",
                 "geo_precision", "lat", "lon", "mapped")
    claim_lists = [cols[k] for k in per_claim]
    place_lists = [cols[k] for k in per_place]
    index_list = cols["place_index"]
    for g in geocoded:
        c = g.claim
        claimant = ds.claimants[c.claimant_id]
        report = ds.reports[c.report_id]
        event = ds.events.get(c.event_id) if c.event_id else None
        label = labels[c.id]
        dated = date_words.get(c.date)
        if dated is None:
            dated = (pd.Timestamp(c.date.start) if c.date.start else pd.NaT,
                     pd.Timestamp(c.date.end) if c.date.end else pd.NaT,
                     c.date.precision, c.date.text, c.date.describe())
            date_words[c.date] = dated
        figs = figure_words.get(c.figures)
        if figs is None:
            figs = ([{"count": f.count, "raw": f.raw, "category": f.category, "who": f.who,
                      "qualifier": f.qualifier, "note": f.note} for f in c.figures],
                    "; ".join(f.describe() for f in c.figures))
            figure_words[c.figures] = figs
        names = [r.place.name if r.place else f"{r.mention} (unresolved)" for r in g.resolutions]
        # one list object per distinct value: the table's memory and its pickle stay small
        names = shared.setdefault(("places", *names), names)
        passage = shared.setdefault(("passage", *c.passage), list(c.passage))
        values = (c.id, c.event_id, event.title if event else None, c.report_id, report.title,
                  report.outlet, c.claimant_id, claimant.name, claimant.source_type,
                  claimant.organisation, c.incident_type, len(g.resolutions), names,
                  dated[0], dated[1], dated[2], dated[3], dated[4], c.date_basis, figs[0],
                  figs[1], label.label, label.reason, c.summary, c.review_status,
                  passage)
        for i, res in enumerate(g.resolutions):
            for column, value in zip(claim_lists, values, strict=True):
                column.append(value)
            placed = place_cols.get(res)
            if placed is None:
                placed = _place_columns(res)
                place_cols[res] = placed
            for column, value in zip(place_lists, placed, strict=True):
                column.append(value)
            index_list.append(i)
    table = pd.DataFrame(cols, columns=COLUMNS)
    for col in ("date_start", "date_end"):
        table[col] = pd.to_datetime(table[col])
    for col in ("lat", "lon"):
        table[col] = pd.to_numeric(table[col])
    # An empty table (every claim rejected) would make "mapped" float, and `table[~mapped]`
    # then selects columns instead of rows: the page lost every column and failed.
    table["mapped"] = table["mapped"].astype(bool)
    return table, problems


def _place_columns(res: Resolution) -> tuple:
    p = res.place
    precision = p.geo_precision if p else "unresolved"
    drawn = bool(p and precision in MAPPED_GEO_PRECISIONS)
    return (res.mention, (p.id or None) if p else None, p.name if p else res.mention,
            p.district if p else None, p.province if p else None, precision,
            p.lat if drawn else None, p.lon if drawn else None,  # type: ignore[union-attr]
            bool(drawn and p.lat is not None and p.lon is not None))  # type: ignore[union-attr]


def claims_of(table: pd.DataFrame) -> pd.DataFrame:
    """One row per claim (its first place), for tables that list claims rather than places."""
    return table.drop_duplicates("claim_id", keep="first")


def source_type_name(value: str) -> str:
    return SOURCE_TYPE_NAMES.get(value, value)


def incident_type_name(value: str) -> str:
    return INCIDENT_TYPE_NAMES.get(value, value)


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
    """reports -> claims -> geocoded -> labelled: everything before filtering.

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
    table, geo_problems = build_table(ds, gazetteer)
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
_CODE = ("dataset.py", "dates.py", "figures.py", "gazetteer.py", "labels.py", "models.py",
         "table.py")


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
