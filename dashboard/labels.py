"""Verification labels, computed by rule from the whole claim set, each with its reason.

The rules follow DOMAIN.md:
- `disputed`: a claimant of another organisation gives figures for the same event that cannot
  both be true (see dashboard.figures.conflict);
- `corroborated`: an independent claimant of a different source type describes the same event;
- `unverified`: otherwise, the default;
- `verified`: only by an analyst override that records its evidence.
A record imported from a curated dataset (ACLED, UCDP) is `unverified`, its reason naming the
dataset and the sources it coded: a dataset's coding is not independent verification.
Claimants of one organisation (ISPR and "the military") are one voice, and a claim that only
repeats another (derived_from) inherits that claim's label instead of adding weight to it.
"""

from __future__ import annotations

from collections import defaultdict

from dashboard.figures import conflict, short
from dashboard.models import SOURCE_TYPE_NAMES, Claim, Claimant, Dataset, Label


def _who(claimant: Claimant) -> str:
    return f"{claimant.name} ({SOURCE_TYPE_NAMES.get(claimant.source_type, '?').lower()})"


def compute_labels(ds: Dataset) -> dict[str, Label]:
    """A label with its reason for every claim in the dataset."""
    by_event: dict[str, list[Claim]] = defaultdict(list)
    for claim in ds.claims:
        if claim.event_id:
            by_event[claim.event_id].append(claim)
    labels: dict[str, Label] = {}
    for claim in ds.claims:
        labels[claim.id] = _rule_label(claim, ds, by_event)

    # Repeating a claim adds no weight: the repetition carries the original's label.
    by_id = {c.id: c for c in ds.claims}
    for claim in ds.claims:
        sources = [s for s in claim.derived_from if s in labels]
        if sources:
            src = sources[0]
            original = labels[src]
            name = ds.claimants[by_id[src].claimant_id].name
            labels[claim.id] = Label(
                original.label,
                f"repeats {name}'s figures (claim {src}), not an independent source; "
                f"that claim is {original.label}: {original.reason}")

    for claim_id, override in ds.overrides.items():
        if claim_id in labels:
            labels[claim_id] = Label(
                override.label,
                f"analyst override by {override.analyst}: {override.reason} "
                f"(evidence: {override.evidence})", overridden=True)
    return labels


def dataset_reason(claimant: Claimant, sources: tuple[str, ...]) -> str:
    """Why an imported dataset record is unverified: it is the dataset's coding of its sources."""
    cited = "; ".join(sources) if sources else "sources it does not list"
    return (f"coded by {claimant.name} from {cited}; a curated dataset's coding, "
            "not independent verification")


def _rule_label(claim: Claim, ds: Dataset, by_event: dict[str, list[Claim]]) -> Label:
    me = ds.claimants[claim.claimant_id]
    if me.source_type == "dataset":
        return Label("unverified", dataset_reason(me, claim.sources))
    others = [
        o for o in by_event.get(claim.event_id or "", [])
        if o.id != claim.id and ds.claimants[o.claimant_id].organisation != me.organisation
    ]

    conflicts: dict[str, list[str]] = defaultdict(list)
    for other in others:
        if other.derived_from:
            continue  # a repetition disputes nothing the original does not already dispute
        for mine in claim.figures:
            for theirs in other.figures:
                if conflict(mine, theirs):
                    what = f"{mine.who.replace('_', ' ')} {mine.category}".replace(
                        "unspecified ", "")
                    conflicts[other.claimant_id].append(
                        f"{short(theirs)} vs {short(mine)} {what}")

    corroborators = sorted({
        o.claimant_id for o in others
        if not o.derived_from and claim.id not in o.derived_from
        and o.id not in claim.derived_from
        and ds.claimants[o.claimant_id].source_type != me.source_type
        # a dataset codes the same outlets the reports are: it adds no independent voice
        and ds.claimants[o.claimant_id].source_type != "dataset"
    })
    corroboration = "; ".join(_who(ds.claimants[c]) for c in corroborators)

    if conflicts:
        parts = [
            f"figures conflict with {ds.claimants[cid].name}: {', '.join(dict.fromkeys(items))}"
            for cid, items in sorted(conflicts.items())
        ]
        reason = "; ".join(parts)
        if corroborators:
            reason += f". That the event happened is also claimed by {corroboration}"
        return Label("disputed", reason)
    if corroborators:
        return Label("corroborated", f"independent claimants of another source type describe "
                                     f"the same event: {corroboration}")
    reason = f"single claimant: {_who(me)}"
    same_voice = [
        o for o in by_event.get(claim.event_id or "", [])
        if o.id != claim.id and ds.claimants[o.claimant_id].organisation == me.organisation
        and o.report_id != claim.report_id
    ]
    if others:
        same_type = sorted({ds.claimants[o.claimant_id].name for o in others})
        reason += f"; only claimants of the same source type agree ({', '.join(same_type)})"
    if same_voice:
        reason += (f"; the same claimant repeats it in report(s) "
                   f"{', '.join(sorted({o.report_id for o in same_voice}))}, "
                   "which is not corroboration")
    return Label("unverified", reason)
