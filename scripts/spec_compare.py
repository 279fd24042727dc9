"""Compare two OpenAPI documents operation by operation, as findings (scripts/drift_report.py).

``source`` is the side being checked against ``spec`` (an upstream file against ours, a new
version of our spec against the old one). Operations pair up by method and path template, so
a renamed path parameter still pairs (and is reported, with the source's locations renamed to
the spec's names). Both sides are flattened by scripts/spec_locations.py; then per location:

* only on one side: ``new`` (source only) or ``gone`` (spec only), reported once at the topmost
  such location with a count of those below it; a location that is only implied on the other
  side (it has descendants there, e.g. upstream's flat ``filters[id][conditions][$is]``
  parameters imply ``filters`` and ``filters[id]``) is no difference;
* on both: one finding per facet whose values differ.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from scripts.drift_report import ChangeKind, Finding
from scripts.spec_locations import PARAMETER_AREAS, Facets, Operation, flatten, operation_index, operation_key

Schema = Mapping[str, Any]


@dataclass
class Pairing:
    """Operations of two documents matched by method and path template."""

    pairs: list[tuple[Operation, Operation]] = field(default_factory=list)  # (source, spec)
    source_only: list[str] = field(default_factory=list)  # operation keys
    spec_only: list[str] = field(default_factory=list)


def pair_operations(source: Schema, spec: Schema, keys: set[str] | None = None) -> Pairing:
    """Pair the operations of ``spec`` (only ``keys`` when given) with those of ``source``.

    Without ``keys`` every operation of both documents takes part; with them, ``source_only``
    is left empty (the caller decides which of the source's other operations matter).
    """
    source_index, spec_index = operation_index(source), operation_index(spec)
    pairing = Pairing()
    for (method, shape), path in sorted(spec_index.items()):
        if keys is not None and operation_key(method, path) not in keys:
            continue
        source_path = source_index.get((method, shape))
        if source_path is None:
            pairing.spec_only.append(operation_key(method, path))
        else:
            pairing.pairs.append((flatten(source, source_path, method), flatten(spec, path, method)))
    if keys is None:
        pairing.source_only = [
            operation_key(method, path)
            for (method, shape), path in sorted(source_index.items())
            if (method, shape) not in spec_index
        ]
    return pairing


def aspect_of(location: str) -> str:
    """What appears or goes at a location: a ``parameter`` or a body ``property``."""
    return "parameter" if location.split(":", 1)[0] in PARAMETER_AREAS else "property"


def prefixes(location: str) -> list[str]:
    """The locations above ``location``: ``response:a[].b`` -> ``response``, ``response:a``, ``response:a[]``."""
    return [location[:i] for i, char in enumerate(location) if char in ".[:" and i > 0]


def renamed_locations(source: Operation, spec: Operation) -> dict[str, Facets]:
    """The source's locations with its path parameters renamed to the spec's (paired by position)."""
    names = dict(zip(source.path_parameters, spec.path_parameters, strict=False))
    renamed: dict[str, Facets] = {}
    for location, found in source.locations.items():
        area, _, rest = location.partition(":")
        renamed[f"path:{names[rest]}" if area == "path" and rest in names else location] = found
    return renamed


def _renamed(source: Operation, spec: Operation) -> tuple[dict[str, Facets], list[Finding]]:
    """The source's locations renamed as the spec's, and a finding per renamed path parameter."""
    names = dict(zip(source.path_parameters, spec.path_parameters, strict=False))
    renamed = renamed_locations(source, spec)
    findings = [
        Finding(spec.key, f"path:{new}", "name", "changed", old, new) for old, new in names.items() if old != new
    ]
    return renamed, findings


def template_defect(operation: Operation) -> Finding | None:
    """An invalid document: the path template names parameters other than those declared
    (openapi-spec-validator rejects it; a client built from it cannot fill the path)."""
    if sorted(operation.path_parameters) == sorted(operation.declared_path):
        return None
    found = {"template": list(operation.path_parameters), "declared": list(operation.declared_path)}
    note = "upstream defect: the path template and the path parameters disagree (an invalid document)"
    return Finding(operation.key, "operation", "path template", "changed", found, None, note=note)


def compare_operations(source: Operation, spec: Operation) -> list[Finding]:
    """Every difference between two flattenings of the same operation."""
    defect = template_defect(source)
    if defect is not None:  # not a rename: the source contradicts itself
        theirs, findings = renamed_locations(source, spec), [replace(defect, operation=spec.key)]
    else:
        theirs, findings = _renamed(source, spec)
    for root in sorted(source.models.keys() & spec.models.keys()):
        if source.models[root] != spec.models[root]:
            findings.append(
                Finding(spec.key, f"query:{root}", "model", "changed", source.models[root], spec.models[root])
            )
    ours = spec.locations
    findings += _one_sided(spec.key, theirs, ours, "new")
    findings += _one_sided(spec.key, ours, theirs, "gone")
    for location in theirs.keys() & ours.keys():
        left, right = theirs[location], ours[location]
        for facet in sorted(left.keys() | right.keys()):
            if left.get(facet) != right.get(facet):
                change: ChangeKind = "new" if facet not in right else "gone" if facet not in left else "changed"
                findings.append(Finding(spec.key, location, facet, change, left.get(facet), right.get(facet)))
    return findings


def _one_sided(operation: str, here: dict[str, Facets], there: dict[str, Facets], change: ChangeKind) -> list[Finding]:
    """Locations only in ``here``: the topmost of each subtree, with a count of the rest."""
    implied = {prefix for location in there for prefix in prefixes(location)}
    missing = {location for location in here if location not in there and location not in implied}
    below: dict[str, int] = {}
    for location in missing:
        for prefix in prefixes(location):
            if prefix in missing:
                below[prefix] = below.get(prefix, 0) + 1
    findings = []
    for location in sorted(missing):
        if any(prefix in missing for prefix in prefixes(location)):
            continue
        count = below.get(location, 0)
        summary = _summary(here[location])
        note = f"and {count} location{'s' * (count != 1)} below it" if count else ""
        source, spec = (summary, None) if change == "new" else (None, summary)
        findings.append(Finding(operation, location, aspect_of(location), change, source, spec, note=note))
    return findings


def _summary(found: Facets) -> Any:
    """What a one-sided location is, in short: its type (or its other facets when it has none)."""
    if "type" in found:
        return found["type"]
    return {key: value for key, value in found.items() if key != "required"}
