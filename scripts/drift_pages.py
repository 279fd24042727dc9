"""Docs pages -> spec: what Voucherify's reference pages state that our spec does not, per operation.

    python -m scripts.drift_pages [PAGES_DIR] [--spec SPEC] [--json report.json]

Reads the pages (rendered text, as in ``../shared/docs-pages/``) with the fact engine of
scripts/docs_pages.py, the same one the docs-coverage test uses, and compares each fact with
the spec at its location:

* ``new``: the page states it and the spec does not (an enum value, a pattern, bounds, a key
  of the example response, a location the spec lacks);
* ``changed``: both state it, differently (a pattern, bounds);
* ``gone``: the spec has it and the page no longer does (an enum value; a fact the page no
  longer prints where the location map expects it);
* ``unmapped``: a value list, pattern or bound on the page that no rule of the location map
  reads, e.g. a new parameter; map it in ``docs_pages.PAGE_MAP``, then encode it.

Exit codes: 0 the pages and the spec agree, 1 they differ, 2 the pages cannot be read.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from scripts import docs_pages
from scripts.docs_pages import Branch, Fact, LocationError, Range, Reading, Token
from scripts.drift_report import Finding, Report, add_output_arguments, run
from scripts.spec_compare import aspect_of, prefixes
from scripts.spec_source import load_spec

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAGES = Path(os.environ.get("VOUCHERIFY_DOCS_PAGES") or ROOT.parent / "shared" / "docs-pages")
Schema = dict[str, Any]

_RANGE_KEYWORDS = {"bounds": ("minimum", "maximum"), "items": ("minItems", "maxItems")}


# ------------------------------------------------------------------------- the spec side


def value_branches(spec: Schema, branches: Sequence[Branch]) -> list[Branch]:
    """Where value facts apply: the items of arrays, the location itself otherwise."""
    return [
        inner
        for branch in branches
        for inner in (docs_pages.step(spec, [branch], ("items", "")) if branch.is_array() else [branch])
    ]


def spec_value(spec: Schema, operation: str, location: str, kind: str) -> Any:
    """What the spec states at a location for a fact kind, as the report shows it (None: nothing)."""
    if kind in docs_pages.DECLARATION_KINDS:
        found = docs_pages.stated(spec, operation, location, kind)
        return (found[0] if len(found) == 1 else found or None) if kind == "default" else found
    branches = docs_pages.resolve(spec, operation, location)
    if kind in _RANGE_KEYWORDS:
        low, high = _RANGE_KEYWORDS[kind]
        if kind == "items":
            branches = [branch for branch in branches if branch.is_array()]
        lows = sorted({v for b in branches for v in b.values(low)})
        highs = sorted({v for b in branches for v in b.values(high)})
        return None if not lows and not highs else f"{_join(lows)}..{_join(highs)}"
    values = value_branches(spec, branches)
    if kind == "pattern":
        return sorted({p for b in values for p in b.values("pattern")}) or None
    allowed = [b.allowed() for b in values]
    if not allowed or any(found is None for found in allowed):
        return None
    return sorted({v for found in allowed if found is not None for v in found}, key=str)


def _join(values: Sequence[Any]) -> str:
    return "/".join(str(v) for v in values) if values else "?"


def _range_text(value: Range) -> str:
    return f"{value.low}..{value.high}"


# ------------------------------------------------------------------------------ comparing


def compare_fact(spec: Schema, fact: Fact) -> list[Finding]:
    """The findings for one fact the page states."""
    op, location = fact.operation, fact.location
    if fact.kind == "example_keys":
        return _example_keys(spec, fact)
    try:
        found = spec_value(spec, op, location, fact.kind)
    except LocationError as error:
        return [Finding(op, location, aspect_of(location), "new", _shown(fact), None, note=str(error))]
    by_values = {"enum": _enum, "filter_fields": _filter_fields, "parameter": _deprecation}.get(fact.kind)
    if by_values is not None:
        return by_values(fact, found)
    page_value = _shown(fact)
    if found is None:
        return [Finding(op, location, fact.kind, "new", page_value, None)]
    if found != ([page_value] if fact.kind == "pattern" else page_value):
        return [Finding(op, location, fact.kind, "changed", page_value, found)]
    return []


def _enum(fact: Fact, found: Any) -> list[Finding]:
    """Enum values on the page and not in the spec (new), and the other way round (gone)."""
    op, location = fact.operation, fact.location
    if found is None:
        return [Finding(op, location, "enum", "new", list(_strings(fact.value)), None, note="spec does not restrict")]
    page, spec_values = set(_strings(fact.value)), {str(v) for v in found}
    findings = []
    if page - spec_values:
        findings.append(Finding(op, location, "enum value", "new", sorted(page - spec_values), None))
    if spec_values - page:
        findings.append(Finding(op, location, "enum value", "gone", None, sorted(spec_values - page)))
    return findings


def _deprecation(fact: Fact, found: str) -> list[Finding]:
    """A parameter the page marks deprecated and the spec does not, or the other way round."""
    if found == fact.value:
        return []
    now, before = fact.value == "deprecated", found == "deprecated"
    return [Finding(fact.operation, fact.location, "deprecated", "changed", now, before)]


def _filter_fields(fact: Fact, found: list[str]) -> list[Finding]:
    """Filter fields the page names and the filter object lacks (new), and the other way round."""
    page = set(_strings(fact.value))
    findings = [
        Finding(fact.operation, f"{fact.location}[{name}]", "filter field", "new", "Filter by ...", None)
        for name in sorted(page - set(found))
    ]
    findings += [
        Finding(fact.operation, f"{fact.location}[{name}]", "filter field", "gone", None, "declared")
        for name in sorted(set(found) - page)
    ]
    return findings


def _shown(fact: Fact) -> Any:
    if isinstance(fact.value, Range):
        return _range_text(fact.value)
    if fact.kind == "example_keys":
        return f"{len(fact.value)} key paths"
    return list(fact.value) if isinstance(fact.value, tuple) else fact.value


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(item) for item in value)


def _example_keys(spec: Schema, fact: Fact) -> list[Finding]:
    """Key paths of the example response that the 200 schema does not declare, topmost only."""
    try:
        root = docs_pages.expand(spec, docs_pages.response_schema(spec, fact.operation))
    except LocationError as error:
        return [Finding(fact.operation, "response", "property", "new", _shown(fact), None, note=str(error))]
    reached: dict[tuple[Any, ...], list[Branch]] = {(): root}
    missing: list[str] = []
    for path in _strings(fact.value):
        steps = tuple(docs_pages.key_steps(path))
        for depth in range(1, len(steps) + 1):
            if steps[:depth] not in reached:
                reached[steps[:depth]] = docs_pages.step(spec, reached[steps[: depth - 1]], steps[depth - 1])
        if not reached[steps]:
            missing.append(f"response:{path}")
    missing_set = set(missing)
    findings = []
    for location in missing:
        if any(prefix in missing_set for prefix in prefixes(location)):
            continue
        below = sum(location in prefixes(other) for other in missing)
        note = "in the example response" + (f"; and {below} key path{'s' * (below != 1)} below it" if below else "")
        findings.append(Finding(fact.operation, location, "property", "new", "in the example", None, note=note))
    return findings


def gone_fact(spec: Schema, operation: str, reading: Reading) -> list[Finding]:
    """A rule the page no longer fits: whatever the spec states there is no longer on the page."""
    findings = []
    error = str(reading.error).split(": ", 1)[-1]
    for location in reading.rule.locations:
        kind = reading.rule.kind
        try:
            found = "declared" if kind == "example_keys" else spec_value(spec, operation, location, kind)
        except LocationError:
            found = None
        aspect = {"example_keys": "example response", "filter_fields": "filter fields"}.get(kind, kind)
        findings.append(Finding(operation, location, aspect, "gone", None, found, note=f"page: {error}"))
    return findings


def unmapped(operation: str, text: str, readings: Sequence[Reading]) -> list[Finding]:
    """Tokens of the page no rule reads, unless they repeat a value a rule did read."""
    spans = [span for reading in readings for span in reading.spans]
    tokens = docs_pages.tokenize(text)
    claimed = [t for t in tokens if any(start < t.end and t.start < end for start, end in spans)]
    known = {(t.kind, _key(t.value)) for t in claimed if t.kind != "json"}
    findings = []
    for token in tokens:
        if token in claimed or token.kind == "json" or (token.kind, _key(token.value)) in known:
            continue
        value = list(token.value) if token.kind == "enum" else token.value
        shown = _range_text(value) if isinstance(value, Range) else value
        findings.append(
            Finding(operation, "(unmapped)", token.kind, "new", shown, None, note=f"after {_context(text, token)}")
        )
    return findings


def _key(value: Any) -> Any:
    return frozenset(value) if isinstance(value, tuple) and not isinstance(value, Range) else value


def _context(text: str, token: Token) -> str:
    before = text[max(0, token.start - 60) : token.start].replace("\n", " ").strip()
    return json.dumps(before[-50:], ensure_ascii=False)


# --------------------------------------------------------------------------------- report


def compare(spec: Schema, pages_dir: Path) -> Report:
    """The drift report of the pages in ``pages_dir`` (the files ``docs_pages.PAGE_MAP`` names)."""
    report = Report("drift-pages", f"Docs pages drift: {pages_dir} against our spec", ("page", "spec"))
    findings: dict[tuple[Any, ...], Finding] = {}
    read_facts: dict[str, int] = {}
    for page, (operation, rules) in docs_pages.PAGE_MAP.items():
        path = pages_dir / page
        text = docs_pages.read_page(path)
        readings = docs_pages.read_rules(text, rules, page)
        unread = sum(reading.error is not None for reading in readings)
        if unread > len(readings) / 2:  # not a changed page: another page, or a fragment of one
            raise docs_pages.PageError(
                f"{path}: {unread} of {len(readings)} facts are not where the location map expects them;"
                " not this reference page, or cut short"
            )
        page_findings: list[Finding] = []
        for reading in readings:
            if reading.error is not None:
                page_findings += [replace(f, where=page) for f in gone_fact(spec, operation, reading)]
                continue
            where = f"{page}:{text.count(chr(10), 0, reading.spans[0][0]) + 1}" if reading.spans else page
            for location in reading.rule.locations:
                fact = Fact(operation, location, reading.rule.kind, reading.value, page)
                read_facts[operation] = read_facts.get(operation, 0) + 1
                page_findings += [replace(f, where=where) for f in compare_fact(spec, fact)]
        page_findings += unmapped(operation, text, readings)
        for finding in page_findings:
            # a parameter the spec lacks is one finding, however many facts the page states about it
            value = "" if (finding.aspect, finding.change) == ("parameter", "new") else repr(finding.source)
            key = (finding.operation, finding.location, finding.aspect, finding.change, value)
            if key in findings:  # the same difference on another page of the operation
                earlier = findings[key]
                findings[key] = replace(earlier, note=f"{earlier.note} (also {page})")
            else:
                findings[key] = replace(finding, note=f"{finding.note} [{page}]".strip())
    report.findings = list(findings.values())
    report.facts["facts_read"] = read_facts
    return report


def build(args: argparse.Namespace) -> Report:
    return compare(load_spec(args.spec), args.pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", type=Path, nargs="?", default=DEFAULT_PAGES, help=f"default: {DEFAULT_PAGES}")
    parser.add_argument("--spec", help="our spec: fragments folder, bundled file or git revision (default: openapi/)")
    add_output_arguments(parser)
    return run("drift-pages", build, parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
