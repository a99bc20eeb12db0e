"""Score the pipeline against a hand annotation (tests/fixtures/seed_annotations.yaml format).

Numbers, not impressions: place recall and district accuracy, role accuracy, figure recall and
precision, and claimant source-type accuracy on the figures that were found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from dashboard.dates import parse_date
from dashboard.extract.pipeline import ingest_file
from dashboard.gazetteer import Gazetteer, normalize


@dataclass
class Score:
    places: int = 0
    places_found: int = 0
    with_district: int = 0
    district_right: int = 0
    place_id_checked: int = 0
    place_id_right: int = 0
    roles: int = 0
    roles_right: int = 0
    figures: int = 0
    figures_extracted: int = 0
    figures_matched: int = 0
    claimant_type_right: int = 0
    claimant_id_right: int = 0
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    def metrics(self) -> dict[str, float]:
        return {
            "place_recall": self._ratio(self.places_found, self.places),
            "district_accuracy": self._ratio(self.district_right, self.with_district),
            "place_id_accuracy": self._ratio(self.place_id_right, self.place_id_checked),
            "role_accuracy": self._ratio(self.roles_right, self.roles),
            "figure_recall": self._ratio(self.figures_matched, self.figures),
            "figure_precision": self._ratio(self.figures_matched, self.figures_extracted),
            "claimant_type_accuracy": self._ratio(self.claimant_type_right, self.figures_matched),
            "claimant_id_accuracy": self._ratio(self.claimant_id_right, self.figures_matched),
        }


def _raw_key(raw: str) -> str:
    return re.sub(r"\s+", " ", raw.lower()).strip()


def _same_figure(want: dict[str, Any], got: dict[str, Any]) -> bool:
    if want["category"] != got["category"]:
        return False
    if want.get("count") is not None:
        return want["count"] == got.get("count")
    return got.get("count") is None and (
        _raw_key(str(want["raw"])) in _raw_key(str(got["raw"]))
        or _raw_key(str(got["raw"])) in _raw_key(str(want["raw"])))


def score(annotation: Path, seeds: Path, gazetteer: Gazetteer | None = None) -> Score:
    data = yaml.safe_load(annotation.read_text(encoding="utf-8"))
    total = Score()
    for rep in data["reports"]:
        published = parse_date(rep.get("published"))
        result = ingest_file(seeds / rep["file"], published=published,
                             outlet=rep.get("outlet"), gazetteer=gazetteer)
        name = rep["file"][:3]
        found: dict[str, list[dict[str, Any]]] = {}
        for p in result.places + result.unresolved:
            found.setdefault(normalize(p["mention"]), []).append(p)
        for want in rep.get("places", []):
            total.places += 1
            got = found.get(normalize(want["mention"]), [])
            if not got:
                total.misses.append(f"{name}: place {want['mention']!r} not found")
                continue
            total.places_found += 1
            if want.get("place_id") is not None:
                total.place_id_checked += 1
                if any(g.get("place_id") == want["place_id"] for g in got):
                    total.place_id_right += 1
                else:
                    total.misses.append(f"{name}: {want['mention']!r} resolved to "
                                        f"{[g.get('place_id') for g in got]}")
            if want.get("district"):
                total.with_district += 1
                if all(g.get("district") == want["district"] for g in got):
                    total.district_right += 1
                else:
                    total.misses.append(f"{name}: {want['mention']!r} district "
                                        f"{[g.get('district') for g in got]}")
            if want.get("role") in ("incident", "context"):
                total.roles += 1
                roles = {g.get("role") for g in got}
                # a home town must never become an incident; an incident place must be one once
                ok = roles == {"context"} if want["role"] == "context" else "incident" in roles
                if ok:
                    total.roles_right += 1
                else:
                    total.misses.append(f"{name}: {want['mention']!r} role {sorted(roles)} "
                                        f"(want {want['role']})")
        extracted = [(f, c) for c in result.claims for f in c["figures"]]
        total.figures_extracted += len(extracted)
        used: set[int] = set()
        for want in rep.get("figures", []):
            total.figures += 1
            match = next((i for i, (f, _) in enumerate(extracted)
                          if i not in used and _same_figure(want, f)), None)
            if match is None:
                total.misses.append(f"{name}: figure {want['raw']!r} {want['category']} missed")
                continue
            used.add(match)
            total.figures_matched += 1
            claim = extracted[match][1]
            if claim["source_type"] == want["source_type"]:
                total.claimant_type_right += 1
            else:
                total.misses.append(f"{name}: figure {want['raw']!r} claimed by "
                                    f"{claim['claimant']} (want {want['claimant']})")
            if claim["claimant"] == want["claimant"]:
                total.claimant_id_right += 1
        for i, (f, c) in enumerate(extracted):
            if i not in used:
                total.misses.append(f"{name}: extra figure {f['raw']!r} {f['category']} "
                                    f"({c['claimant']})")
    return total
