"""Upstream file -> spec: how Voucherify's published OpenAPI files differ from our spec.

    python -m scripts.drift_upstream ../shared/upstream/2026-06-09/ [--spec SPEC] [--json report.json]

Takes upstream files (or folders of them), pairs the operations we cover by method and path
template (renamed path parameters allowed), flattens both sides to wire-level locations
(scripts/spec_locations.py) and reports every difference. A difference our errata
(openapi/errata.yml) account for is marked explained and does not count as drift.

Also reported: our operations missing from a file that covers their area (``/v1/customers``,
``/v2/loyalties``), upstream activity operations (``--scope``) we neither cover nor list as not
covered, and errata that explain nothing any more (upstream moved; the erratum is stale).
Exit codes: 0 only explained differences, 1 drift or stale errata, 2 the inputs cannot be read.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from scripts import errata as errata_module
from scripts.docs_pages import LocationError
from scripts.drift_report import DriftError, Finding, Report, add_output_arguments, run, table
from scripts.spec_compare import compare_operations, pair_operations, renamed_locations
from scripts.spec_locations import flatten, operation_index, operation_key, template
from scripts.spec_source import load_document, load_spec

DEFAULT_SCOPE = r"/activit(?:y|ies)$"


def upstream_files(paths: Sequence[Path]) -> list[Path]:
    """The files named, and the .json/.yaml/.yml files in the folders named."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix in (".json", ".yaml", ".yml"))
        elif path.is_file():
            files.append(path)
        else:
            raise DriftError(f"{path}: no such file or folder")
    if not files:
        raise DriftError("no upstream OpenAPI files given")
    return files


def area(path: str) -> str:
    """The part of the API a path belongs to: its first two segments (``/v2/loyalties``)."""
    return "/".join(path.split("/")[:3])


def compare(
    upstream: dict[str, dict[str, Any]],
    spec: dict[str, Any],
    errata: errata_module.Errata,
    scope: str = DEFAULT_SCOPE,
) -> Report:
    """The upstream drift report for documents by name (``customers.json``) against our spec."""
    ours = {operation_key(method, path) for (method, _), path in operation_index(spec).items()}
    report = Report("drift-upstream", f"Upstream drift: {', '.join(upstream)} against our spec", ("upstream", "spec"))
    findings: list[Finding] = []
    found: dict[str, str] = {}  # our operation -> the file it was found in
    both: dict[str, set[str]] = {}  # our operation -> locations on both sides
    models: dict[str, dict[str, str]] = {}  # our operation -> how upstream models its nested parameters
    try:
        for name, document in upstream.items():
            pairing = pair_operations(document, spec, ours - set(found))
            for source, mine in pairing.pairs:
                found[mine.key] = name
                both[mine.key] = set(renamed_locations(source, mine)) & set(mine.locations)
                models[mine.key] = source.models
                findings += compare_operations(source, mine)
    except (LocationError, KeyError) as error:
        raise DriftError(f"cannot read an operation: {error}") from error
    areas = {area(path) for document in upstream.values() for (_, _), path in operation_index(document).items()}
    unchecked = []
    for key in sorted(ours - set(found)):
        if area(key.split(" ", 1)[1]) in areas:
            findings.append(Finding(key, "operation", "operation", "gone", None, "declared", note="not in the files"))
        else:
            unchecked.append(key)
    findings += _uncovered(upstream, spec, errata, scope)
    findings = _successors(
        _remodelled([_judge(finding, errata) for finding in findings], errata, models), upstream, spec
    )
    report.findings = findings
    stale = errata.unused(findings, both, sorted(ours))
    gone_not_covered = _missing_not_covered(upstream, errata)
    report.changed = any(f.actionable for f in findings) or bool(stale) or bool(gone_not_covered)
    _sections(report, found, unchecked, stale, gone_not_covered)
    return report


def _uncovered(
    upstream: dict[str, dict[str, Any]], spec: dict[str, Any], errata: errata_module.Errata, scope: str
) -> list[Finding]:
    """Upstream operations in scope that we neither cover nor list as not covered."""
    mine = set(operation_index(spec))
    skip = {_shape(key) for key in errata.not_covered_keys()}  # a renamed path parameter is the same operation
    pattern = re.compile(scope)
    findings = []
    for document in upstream.values():
        for (method, shape), path in sorted(operation_index(document).items()):
            key = operation_key(method, path)
            if (method, shape) not in mine and (method, shape) not in skip and pattern.search(path):
                findings.append(Finding(key, "operation", "operation", "new", "declared", None, note="not covered"))
    return findings


def _missing_not_covered(upstream: dict[str, dict[str, Any]], errata: errata_module.Errata) -> list[str]:
    """Operations errata list as not covered that no file declares any more."""
    declared = {shape for document in upstream.values() for shape in operation_index(document)}
    areas = {area(path) for document in upstream.values() for path in operation_index(document).values()}
    return sorted(
        key for key in errata.not_covered_keys() if _shape(key) not in declared and area(key.split(" ", 1)[1]) in areas
    )


def _shape(key: str) -> tuple[str, str]:
    method, path = key.split(" ", 1)
    return method.upper(), template(path)


SUCCESSOR_SHARE = 0.6  # share of locations an added operation must have in common with a removed one


def _successors(findings: list[Finding], upstream: dict[str, dict[str, Any]], spec: dict[str, Any]) -> list[Finding]:
    """Link each of our operations gone from the files with an added one of the same shape (most
    locations alike, path parameters aside): a possible successor, for a person to confirm."""
    gone = [f for f in findings if (f.location, f.aspect, f.change) == ("operation", "operation", "gone")]
    added = [f for f in findings if (f.location, f.aspect, f.change) == ("operation", "operation", "new")]
    if not gone or not added:
        return findings
    shapes = {f.operation: _locations(spec, f.operation) for f in gone}
    for document in upstream.values():
        for f in added:
            if f.operation not in shapes and _has(document, f.operation):
                shapes[f.operation] = _locations(document, f.operation)
    notes: dict[str, list[str]] = {}
    for old in gone:
        for new in added:
            mine, theirs = shapes[old.operation], shapes.get(new.operation, set())
            share = len(mine & theirs) / len(mine | theirs) if mine | theirs else 0.0
            if (
                area(old.operation.split(" ", 1)[1]) == area(new.operation.split(" ", 1)[1])
                and share >= SUCCESSOR_SHARE
            ):
                notes.setdefault(old.operation, []).append(f"possible successor: `{new.operation}` ({share:.0%} alike)")
                notes.setdefault(new.operation, []).append(
                    f"possible successor of `{old.operation}` ({share:.0%} alike)"
                )
    return [
        replace(f, note="; ".join(filter(None, [f.note, *notes[f.operation]])))
        if f.location == "operation" and f.aspect == "operation" and f.operation in notes
        else f
        for f in findings
    ]


def _has(document: dict[str, Any], key: str) -> bool:
    return key.split(" ", 1)[1] in document.get("paths", {})


def _locations(document: dict[str, Any], key: str) -> set[str]:
    method, path = key.split(" ", 1)
    return {location for location in flatten(document, path, method).locations if not location.startswith("path:")}


def _remodelled(
    findings: list[Finding], errata: errata_module.Errata, models: dict[str, dict[str, str]]
) -> list[Finding]:
    """An erratum pinning how upstream models a parameter (aspect ``model``) that no longer
    holds: upstream re-modelled it. One finding says so; the wire-level differences below it are
    folded into it (listed, not counted as separate drift)."""
    folded: dict[tuple[str, str], Finding] = {}
    for erratum in errata.entries:
        for rule in erratum.rules:
            if rule.aspect != "model" or "upstream" not in rule.pinned:
                continue
            for operation, theirs in models.items():
                if not erratum.covers(operation) or any(rule.matches(f) for f in findings if f.operation == operation):
                    continue
                root = rule.location.split(":", 1)[1]
                now = theirs.get(root, "not declared")
                note = f"re-modelled upstream (`{erratum.id}` pinned {rule.upstream}); the differences below follow"
                folded[(operation, rule.location)] = Finding(
                    operation, rule.location, "model", "changed", now, rule.upstream, "unexplained", True, note
                )
    if not folded:
        return findings
    result = []
    for finding in findings:
        parent = next(
            (key for key in folded if key[0] == finding.operation and finding.location.startswith(key[1] + "[")), None
        )
        folds = parent is not None and finding.actionable
        verdict = f"part of the re-modelled `{parent[1]}`" if parent else ""
        result.append(replace(finding, actionable=False, verdict=verdict) if folds else finding)
    return result + list(folded.values())


def _judge(finding: Finding, errata: errata_module.Errata) -> Finding:
    erratum = errata.explain(finding)
    if erratum is None:
        defect = finding.aspect == "path template"
        return replace(finding, verdict="**upstream defect**" if defect else "unexplained", actionable=True)
    return replace(finding, verdict=f"explained: `{erratum.id}` ({erratum.title})", actionable=False)


def _sections(
    report: Report,
    found: dict[str, str],
    unchecked: list[str],
    stale: list[tuple[errata_module.Erratum, str]],
    gone_not_covered: list[str],
) -> None:
    rows = [[f"`{key}`", f"`{name}`"] for key, name in sorted(found.items())]
    report.sections.append(("Operations compared", table(["operation", "file"], rows)))
    if unchecked:
        report.sections.append(
            ("Not checked", "No file covers the area of: " + ", ".join(f"`{key}`" for key in unchecked) + ".")
        )
    if stale:
        rows = [[f"`{erratum.id}`", what] for erratum, what in stale]
        report.sections.append(
            (
                "Errata that explain nothing (stale: upstream changed; update or drop them)",
                table(["erratum", "rule"], rows),
            )
        )
    if gone_not_covered:
        report.sections.append(
            ("Listed as not covered but gone upstream", ", ".join(f"`{key}`" for key in gone_not_covered))
        )
    report.facts["errata_unused"] = [{"erratum": erratum.id, "rule": what} for erratum, what in stale]
    report.facts["compared"] = found
    report.facts["not_checked"] = unchecked


def build(args: argparse.Namespace) -> Report:
    files = upstream_files(args.upstream)
    upstream = {path.name: load_document(path) for path in files}
    errata = errata_module.load(args.errata)
    return compare(upstream, load_spec(args.spec), errata, args.scope)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("upstream", type=Path, nargs="+", help="upstream OpenAPI files, or folders of them")
    parser.add_argument("--spec", help="our spec: fragments folder, bundled file or git revision (default: openapi/)")
    parser.add_argument("--errata", type=Path, default=errata_module.ERRATA_YAML)
    parser.add_argument("--scope", default=DEFAULT_SCOPE, help="regex: upstream paths we should cover or list")
    add_output_arguments(parser)
    return run("drift-upstream", build, parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
