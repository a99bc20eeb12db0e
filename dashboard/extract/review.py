"""Review files: ingest results in the dataset's own YAML format, marked machine-extracted.

A review file is one mapping with `reports`, `claimants` and `claims` (data/README.md). Ids are
prefixed `ingest-` so they never collide with curated ids, and claimants the curated dataset
already has are referenced, not repeated (a repeated id would be rejected as a duplicate).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from dashboard.extract.attribution import ClaimantDef, load_register, register_by_id
from dashboard.extract.ingest import IngestResult, id_from_name, outlet_claimant

ID_PREFIX = "ingest-"


def report_id(result: IngestResult, index: int) -> str:
    basis = f"{result.path or index}|{result.published.text if result.published else ''}"
    digest = hashlib.sha256(basis.encode()).hexdigest()[:8]
    stem = id_from_name(Path(result.path).stem) if result.path else f"text-{index}"
    return f"{ID_PREFIX}{stem[:40]}-{digest}"


def _figure(f: dict[str, Any]) -> dict[str, Any]:
    return {"raw": f["raw"], "count": f["count"], "category": f["category"], "who": f["who"],
            "qualifier": f["qualifier"]}


def build_review(results: Iterable[IngestResult], *, existing_claimants: set[str] = frozenset(),
                 register: tuple[ClaimantDef, ...] | None = None) -> dict[str, Any]:
    """The review mapping for some ingest results."""
    reg = register_by_id(register if register is not None else load_register())
    reports: list[dict[str, Any]] = []
    claimants: dict[str, dict[str, Any]] = {}
    claims: list[dict[str, Any]] = []
    for i, result in enumerate(results, 1):
        rid = report_id(result, i)
        pub = result.published
        reports.append({
            "id": rid,
            "title": f"Machine-extracted from {Path(result.path).name if result.path else 'text'}",
            "outlet": result.outlet,
            "outlet_basis": "given on the ingest command line" if result.outlet
            else "not given when ingested",
            "published": pub.text if pub else "unknown",
            "published_basis": "given on the ingest command line (--published)" if pub
            else "not given when ingested; relative dates left unknown",
            **({"file": Path(result.path).name} if result.path else {}),
        })
        for c in result.claims:
            cid = c["claimant"]
            if cid not in existing_claimants and cid not in claimants:
                cdef = reg.get(cid)
                if cdef is not None:
                    claimants[cid] = {"id": cid, "name": cdef.name,
                                      "source_type": cdef.source_type,
                                      "organisation": cdef.organisation}
                else:
                    # the outlet itself, or a body the register lacks that the report named
                    # by its kind ("... Rights Forum"): the claim says which, and its type
                    _, name = outlet_claimant(result.outlet)
                    claimants[cid] = {"id": cid, "name": c.get("claimant_name") or name,
                                      "source_type": c.get("source_type") or "media",
                                      "organisation": cid}
            places: list[Any] = [
                {"mention": m["mention"], "place_id": m["place_id"]} if m["place_id"]
                else m["mention"] for m in c["place_mentions"]] or ["Balochistan"]
            claim: dict[str, Any] = {
                "id": f"{rid}-{c['id']}",
                "report": rid,
                "claimant": cid,
                "incident_type": c["incident_type"],
                "places": places,
                "date": c["date"],
                "date_basis": c["date_basis"],
                "figures": [_figure(f) for f in c["figures"]],
                "summary": c["summary"],
                "passage": c["passage"],
                "review_status": "machine_extracted",
            }
            claims.append(claim)
    return {"reports": reports, "claimants": list(claimants.values()), "claims": claims}


def review_yaml(review: dict[str, Any]) -> str:
    header = ("# Review file written by `python -m dashboard ingest --format yaml`.\n"
              "# Every claim is machine-extracted and unreviewed: check places, figures and\n"
              "# claimants against the report, rewrite the summary, then move it to data/.\n")
    return header + yaml.safe_dump(review, sort_keys=False, allow_unicode=True, width=100)
