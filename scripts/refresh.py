"""New reference pages -> a release-ready tree, in one command.

    python -m scripts.refresh PAGES_DIR [--upstream DIR ...] [--old SOURCE] [--no-regenerate]

1. Runs drift-pages (and drift-upstream on ``--upstream`` files) against the tree's spec.
2. Applies every mechanical change to ``openapi/*.yaml`` in place, comments and layout kept
   (scripts/yaml_patch.py): enum values added or removed, patterns, bounds, array sizes,
   defaults, deprecations, new example fields (typed from the example). Each edit is printed
   with the page line that caused it. A parameter several operations share through a ``$ref``
   is copied into the one operation whose page changed, unless every sharer changed alike.
3. Regenerates (bundle, validate, overlays, generate), compares the spec with the last release
   (scripts/spec_diff.py; ``--old``: ``release`` from the package index by default, or a wheel,
   a bundled file, a git revision) to classify the changes and pick the version, writes the
   changelog entry into CHANGELOG.md and the version into pyproject.toml and openapi.yaml.
4. Lists what it cannot decide for a person: a removed or new parameter or operation, a renamed
   filter field, a re-modelled filter, an upstream defect, drift that stays after the edits.

Exit codes: 0 done and nothing left for a person, 1 something is (the tree is still edited and
regenerated as far as it goes), 2 unreadable input (pages, upstream files, the last release).
"""

from __future__ import annotations

import argparse
import datetime
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator  # with referencing: openapi-spec-validator's dependencies
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from scripts import docs_pages, drift_pages, drift_upstream, spec_diff
from scripts import errata as errata_module
from scripts.bundle import bundle
from scripts.docs_pages import Branch, LocationError, Range, deref
from scripts.drift_report import EXIT_CHANGED, EXIT_CLEAN, EXIT_ERROR, Finding
from scripts.spec_source import load_document, load_versioned
from scripts.yaml_patch import Fragments, PatchError, flow

ROOT = Path(__file__).resolve().parent.parent
_RANGE_RE = re.compile(r"^(\d+)\.\.(\d+)$")
_DATE_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")
NEW_FIELD_NOTE = "Seen in the reference page example."


class RefreshError(ValueError):
    """Input refresh cannot read (exit 2)."""


@dataclass(frozen=True)
class Edit:
    """One mechanical change: set ``kind`` at a location of an operation to ``value``.

    ``value`` by kind: ``enum`` (values added, values removed), ``pattern`` a string,
    ``bounds``/``items`` a Range, ``default`` the page's text, ``deprecated`` a bool,
    ``property`` the example value the new field has on the page."""

    operation: str
    location: str
    kind: str
    value: Any
    where: str

    def same_change(self, other: Edit) -> bool:
        return (self.location, self.kind, self.value) == (other.location, other.kind, other.value)


@dataclass
class Outcome:
    edits: list[tuple[Edit, str]] = field(default_factory=list)  # (edit, what was written where)
    for_person: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------ planning


def plan(findings: Sequence[Finding], pages_dir: Path) -> tuple[list[Edit], list[str]]:
    """The edits the drift-pages findings call for, and the findings no edit can settle."""
    edits: list[Edit] = []
    person: list[str] = []
    for finding in findings:
        edit = _edit_for(finding, pages_dir)
        if edit is None:
            person.append(describe(finding))
        else:
            edits.append(edit)
    return edits, person


def _edit_for(finding: Finding, pages_dir: Path) -> Edit | None:
    op, location, aspect, change = finding.operation, finding.location, finding.aspect, finding.change
    where = finding.where or "?"
    value: Any = None
    kind = aspect
    if aspect == "enum value":
        values = tuple(finding.source or ()) if change == "new" else tuple(finding.spec or ())
        kind, value = "enum", ((values, ()) if change == "new" else ((), values))
    elif aspect in ("pattern", "default") and change in ("new", "changed"):
        value = finding.source
    elif aspect in ("bounds", "items") and change in ("new", "changed"):
        match = _RANGE_RE.match(str(finding.source))
        value = Range(int(match[1]), int(match[2])) if match else None
    elif aspect == "deprecated" and change == "changed":
        value = bool(finding.source)
    elif aspect == "property" and change == "new" and location.startswith("response:"):
        found = example_value(pages_dir, op, location.split(":", 1)[1])
        if found is not None:
            value, where = found
    if value is None or location == "(unmapped)":
        return None
    return Edit(op, location, kind, value, where)


def describe(finding: Finding) -> str:
    """One line for a person: what the page says, where, and what the spec has."""
    page = f"{finding.source}" if finding.source is not None else "—"
    spec = f"{finding.spec}" if finding.spec is not None else "—"
    where = f" ({finding.where})" if finding.where else ""
    note = f" — {finding.note}" if finding.note else ""
    return (
        f"`{finding.operation}` {finding.location}: {finding.aspect} {finding.change}"
        f" (page: {page}; spec: {spec}){where}{note}"
    )


def example_value(pages_dir: Path, operation: str, key_path: str) -> tuple[Any, str] | None:
    """The value a key path has in the operation's example responses, and its page line."""
    steps = docs_pages.key_steps(key_path)
    for page, (page_operation, _) in docs_pages.PAGE_MAP.items():
        if page_operation != operation:
            continue
        text = docs_pages.read_page(pages_dir / page)
        for token in docs_pages.tokenize(text):
            if token.kind != "json":
                continue
            found = _walk(token.value, steps)
            if found is not _MISSING:
                key = steps[-1][1]
                offset = text.find(f'"{key}"', token.start, token.end)
                line = text.count("\n", 0, offset if offset != -1 else token.start) + 1
                return found, f"{page}:{line}"
    return None


_MISSING = object()


def _walk(value: Any, steps: Sequence[tuple[str, str]]) -> Any:
    if not steps:
        return value
    kind, name = steps[0]
    if kind == "items":
        for item in value if isinstance(value, list) else ():
            found = _walk(item, steps[1:])
            if found is not _MISSING:
                return found
        return _MISSING
    if kind == "property" and isinstance(value, dict) and name in value:
        return _walk(value[name], steps[1:])
    return _MISSING


_SCALAR_TYPES = ((bool, "boolean"), (int, "integer"), (float, "number"))


def schema_for(example: Any) -> dict[str, Any]:
    """A schema for a field first seen in an example: its JSON type (and date-time format)."""
    scalar_type = next((name for kind, name in _SCALAR_TYPES if isinstance(example, kind)), None)
    if scalar_type is not None:
        return {"type": scalar_type}
    if isinstance(example, str):
        return {"type": "string", "format": "date-time"} if _DATE_TIME_RE.match(example) else {"type": "string"}
    if isinstance(example, list):
        return {"type": "array", "items": schema_for(example[0]) if example else {}}
    if isinstance(example, dict):
        return {"type": "object", "properties": {key: schema_for(value) for key, value in example.items()}}
    return {}  # null: the example says nothing about the type


# ------------------------------------------------------------------------------ applying


def apply(spec_dir: Path, edits: Sequence[Edit]) -> Outcome:
    """Apply the edits to the fragments in ``spec_dir``, one at a time (each re-reads the files)."""
    outcome = Outcome()
    fragments = Fragments(spec_dir)
    for edit in edits:
        try:
            _share_or_copy(fragments, edit, edits)
            done = _apply_one(fragments, edit)
        except (LocationError, ValueError, KeyError) as error:  # PatchError is a ValueError
            outcome.for_person.append(f"`{edit.operation}` {edit.location}: cannot apply {edit.kind} ({error})")
            continue
        if done:
            outcome.edits.append((edit, done))
    return outcome


def _share_or_copy(fragments: Fragments, edit: Edit, edits: Sequence[Edit]) -> None:
    """Copy a ``$ref``'d parameter into the operation when other operations share it and their
    pages do not make the same change."""
    area, _, rest = edit.location.partition(":")
    if area not in ("path", "query", "header", "cookie"):
        return
    name = rest.split("[", 1)[0]
    declared = _declaration(fragments.view, edit.operation, area, name)
    if declared is None or "$ref" not in declared[0][declared[1]]:
        return
    ref = declared[0][declared[1]]["$ref"]
    sharers = {op for op in _operations(fragments.view) if op != edit.operation and _refers(fragments.view, op, ref)}
    alike = {other.operation for other in edits if other.same_change(edit)}
    if sharers <= alike:
        return
    component = ref.rsplit("/", 1)[-1]
    [parent] = [
        doc["components"]["parameters"]
        for doc in fragments.docs.values()
        if component in ((doc.get("components") or {}).get("parameters") or {})
    ]
    fragments.replace_item(declared[0], declared[1], fragments.block_of(parent, component))


def _operations(view: dict[str, Any]) -> list[str]:
    return [f"{method.upper()} {path}" for path, item in view["paths"].items() for method in item if method == "get"]


def _declaration(view: dict[str, Any], operation: str, area: str, name: str) -> tuple[Any, int] | None:
    """The parameter list and index declaring ``area:name`` for an operation (operation level first)."""
    method, path = operation.split(" ", 1)
    item = view["paths"][path]
    for holder in (item[method.lower()], item):
        for index, declared in enumerate(holder.get("parameters") or ()):
            parameter = deref(view, declared)
            if parameter.get("in") == area and parameter.get("name") == name:
                return holder["parameters"], index
    return None


def _refers(view: dict[str, Any], operation: str, ref: str) -> bool:
    method, path = operation.split(" ", 1)
    item = view["paths"][path]
    return any(
        declared.get("$ref") == ref
        for holder in (item[method.lower()], item)
        for declared in holder.get("parameters") or ()
    )


def _apply_one(fragments: Fragments, edit: Edit) -> str:
    """Apply one edit; what was written where ('' when the spec already had it)."""
    if edit.kind == "deprecated":
        return "; ".join(_settle(fragments, lambda: [_parameter_node(fragments, edit)], "deprecated", edit.value))
    if edit.kind == "property":
        return _add_property(fragments, edit)
    written: list[str] = []
    if edit.kind == "enum":
        added, removed = edit.value

        def values(schema: Any) -> list[Any]:
            return [v for v in schema["enum"] if v not in removed] + [v for v in added if v not in schema["enum"]]

        written += _settle(fragments, lambda: _value_holders(fragments, edit, "enum"), "enum", values)
    elif edit.kind == "pattern":
        written += _settle(fragments, lambda: _value_holders(fragments, edit, "pattern"), "pattern", edit.value)
    elif edit.kind in ("bounds", "items"):
        low, high = ("minimum", "maximum") if edit.kind == "bounds" else ("minItems", "maxItems")
        for keyword, value in ((low, edit.value.low), (high, edit.value.high)):
            written += _settle(fragments, _bind(_range_holders, fragments, edit, keyword), keyword, value)
    elif edit.kind == "default":

        def default(schema: Any) -> Any:
            return _typed_default(schema, edit.value)

        holders = lambda: _holders(docs_pages.resolve(fragments.view, edit.operation, edit.location), "default")  # noqa: E731
        written += _settle(fragments, holders, "default", default)
    return "; ".join(written)


def _bind(function: Callable[[Fragments, Edit, str], list[Any]], *args: Any) -> Callable[[], list[Any]]:
    return lambda: function(*args)


def _settle(fragments: Fragments, holders: Callable[[], list[Any]], keyword: str, want: Any) -> list[str]:
    """Write ``keyword`` into each holder until all have the wanted value (``want``: a value, or a
    function of the holder). Each write re-reads the files, so holders are looked up afresh."""
    written: list[str] = []
    for _ in range(20):
        pending = []
        for holder in holders():
            value = want(holder) if callable(want) else want
            if holder.get(keyword) != value:
                pending.append((holder, value))
        if not pending:
            return written
        holder, value = pending[0]
        line = holder.lc.key(keyword)[0] + 1 if keyword in holder else holder.lc.line + 1
        where = f"{fragments.file_of(holder).name}:{line} {keyword}: {flow(value)}"
        if keyword in holder and isinstance(value, list):
            fragments.set_list(holder, keyword, value)
        else:
            fragments.set_key(holder, keyword, value)
        written.append(where)
    raise PatchError(f"{keyword}: the edits do not settle")


def _parameter_node(fragments: Fragments, edit: Edit) -> Any:
    area, _, name = edit.location.partition(":")
    declared = _declaration(fragments.view, edit.operation, area, name)
    if declared is None:
        raise LocationError(f"{edit.location} is not declared")
    return deref(fragments.view, declared[0][declared[1]])


def _value_holders(fragments: Fragments, edit: Edit, keyword: str) -> list[Any]:
    branches = docs_pages.resolve(fragments.view, edit.operation, edit.location)
    return _holders(drift_pages.value_branches(fragments.view, branches), keyword)


def _range_holders(fragments: Fragments, edit: Edit, keyword: str) -> list[Any]:
    branches = docs_pages.resolve(fragments.view, edit.operation, edit.location)
    if edit.kind == "items":
        branches = [branch for branch in branches if branch.is_array()]
    return _holders(branches, keyword)


def _holders(branches: Sequence[Branch], keyword: str) -> list[Any]:
    """The schemas to edit for ``keyword``: those stating it, else the one the branch starts
    with (the location's own schema); each once, however many branches reach it."""
    found: dict[int, Any] = {}
    for branch in branches:
        stating = [schema for schema in branch.schemas if keyword in schema]
        for schema in stating or branch.schemas[:1]:
            found.setdefault(id(schema), schema)
    return list(found.values())


def _typed_default(schema: Any, text: str) -> Any:
    current = schema.get("default")
    if isinstance(current, int) or (current is None and schema.get("type") == "integer"):
        return int(text) if text.lstrip("-").isdigit() else text
    return text


def _add_property(fragments: Fragments, edit: Edit) -> str:
    """Declare a field the example shows, on the object schema(s) that hold its siblings."""
    key_path = edit.location.split(":", 1)[1]
    steps = docs_pages.key_steps(key_path)
    kind, name = steps[-1]
    if kind != "property":
        raise LocationError(f"{edit.location} is not a property")
    schema = {**schema_for(edit.value), "description": NEW_FIELD_NOTE}
    written: list[str] = []

    def holders() -> list[Any]:
        found = docs_pages.expand(fragments.view, docs_pages.response_schema(fragments.view, edit.operation))
        for how in steps[:-1]:
            found = docs_pages.step(fragments.view, found, how)
        return [holder for holder in _holders(found, "properties") if name not in holder.get("properties", {})]

    for _ in range(20):
        pending = holders()
        if not pending:
            return "; ".join(written)
        holder = pending[0]
        written.append(f"{fragments.file_of(holder).name}:{holder.lc.line + 1} {name}: {flow(schema)}")
        if "properties" in holder:
            fragments.add_entry(holder["properties"], name, flow(schema))
        else:
            fragments.add_entry(holder, "properties", flow({name: schema}))
    raise PatchError(f"{edit.location}: the edits do not settle")


# -------------------------------------------------------------------------- the examples

_SPEC_URI = "urn:voucherify-activities:openapi"


def invalid_examples(spec: dict[str, Any]) -> list[str]:
    """Examples the edited schemas no longer accept (an enum value removed, a pattern changed):
    they are our data, and choosing new data is for a person."""
    registry: Any = Registry().with_resource(_SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012))
    problems = []
    for where, declared, value in _examples(spec):
        schema = {**declared, "$ref": _SPEC_URI + declared["$ref"]} if declared.get("$ref", "")[:1] == "#" else declared
        error = next(iter(Draft202012Validator(schema, registry=registry).iter_errors(value)), None)
        if error is not None:
            problems.append(f"example {where} no longer fits its schema: {error.message[:160]}")
    return problems


def _examples(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any]]:
    found = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            key = f"{method.upper()} {path}"
            for status, response in operation["responses"].items():
                for media in deref(spec, response).get("content", {}).values():
                    for name, example in media.get("examples", {}).items():
                        found.append((f"{key} {status} {name}", media["schema"], deref(spec, example)["value"]))
            for declared in operation.get("parameters", ()):
                parameter = deref(spec, declared)
                if "example" in parameter:
                    found.append((f"{key} parameter {parameter['name']}", parameter["schema"], parameter["example"]))
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        for index, value in enumerate(schema.get("examples", [])):
            found.append((f"schema {name} [{index}]", {"$ref": f"#/components/schemas/{name}"}, value))
    return found


# ---------------------------------------------------------------------- the whole refresh


def regenerate(root: Path) -> None:
    """bundle -> validate -> overlays -> generate, as `nox -s regenerate` does, in ``root``."""
    build = root / "build"
    bundled, strict, codegen = build / "openapi.json", build / "openapi.strict.json", build / "codegen.json"
    steps = [
        ["-m", "scripts.bundle", "--output", str(bundled)],
        ["-m", "scripts.validate_spec", str(bundled)],
        ["-m", "scripts.apply_overlays", str(bundled), "overlays/codegen.yaml", "-o", str(codegen)],
        ["-m", "scripts.apply_overlays", str(bundled), "overlays/strict.yaml", "-o", str(strict)],
        ["-m", "scripts.generate", str(codegen), "--ship", str(bundled), "--ship", str(strict)],
    ]
    for step in steps:
        done = subprocess.run([sys.executable, *step], cwd=root, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise PatchError(f"regenerate: {' '.join(step[1:2])} failed:\n{done.stdout}{done.stderr}".rstrip())


def set_version(root: Path, version: str) -> list[str]:
    """Write the release version where the tree keeps it: pyproject's static ``version`` (the one
    source; scripts/bundle.py stamps it into the spec's ``info.version``)."""
    pyproject = root / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    new, count = re.subn(r'^(version\s*=\s*")[^"]*(")', rf"\g<1>{version}\g<2>", text, count=1, flags=re.M)
    if not count:
        raise ValueError(f"{pyproject}: no static `version = ...` to write {version} into")
    pyproject.write_text(new, encoding="utf-8")
    return ["pyproject.toml"]


def refresh(args: argparse.Namespace) -> int:
    root: Path = args.root
    spec_dir = root / "openapi"
    out = sys.stdout
    try:
        report = drift_pages.compare(bundle(spec_dir), args.pages)
    except (OSError, ValueError) as error:
        print(f"refresh: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(f"# Refresh from {args.pages}\n", file=out)
    print(f"drift-pages: {len(report.findings)} finding(s).", file=out)
    edits, person = plan(report.findings, args.pages)
    outcome = apply(spec_dir, edits)
    person += outcome.for_person
    print(f"\n## Edits ({len(outcome.edits)})\n", file=out)
    for edit, written in outcome.edits:
        print(f"- {edit.where}: `{edit.operation}` {edit.location} {edit.kind} -> {written}", file=out)
    edited = bundle(spec_dir)
    after = drift_pages.compare(edited, args.pages)
    person = list(dict.fromkeys([*person, *map(describe, after.findings)]))  # what the edits did not settle
    person += invalid_examples(edited) if outcome.edits else []
    if args.upstream:
        try:
            person += upstream_for_person(args, spec_dir)
        except (OSError, ValueError) as error:
            print(f"refresh: {error}", file=sys.stderr)
            return EXIT_ERROR
    try:
        old, released = load_versioned(args.old, spec_diff.pip_arguments(args))
    except ValueError as error:
        print(f"refresh: the last release: {error}", file=sys.stderr)
        return EXIT_ERROR
    version = args.version or released or spec_diff.current_version(root / "pyproject.toml")
    diff_report, entry = spec_diff.compare(old, bundle(spec_dir), version, args.date, (f"`{args.old}`", "refresh"))
    next_version = diff_report.facts["next_version"]
    if entry:
        changelog = root / "CHANGELOG.md"
        text = changelog.read_text(encoding="utf-8") if changelog.is_file() else "# Changelog\n"
        changelog.write_text(spec_diff.insert_entry(text, entry), encoding="utf-8")
        versioned = set_version(root, next_version)
        print(f"\n## Release\n\n{diff_report.facts['bump']} bump: {version} -> {next_version}", file=out)
        print(f"Wrote the entry into CHANGELOG.md and the version into {', '.join(versioned)}.\n", file=out)
        print(entry, file=out)
    else:
        print(f"\n## Release\n\nNo spec changes since {version}.", file=out)
    if args.regenerate and outcome.edits:  # after the version: generated/ ships the spec with it
        regenerate(root)
        print("\nRegenerated generated/.", file=out)
    print(f"\n## For a person ({len(person)})\n", file=out)
    print("\n".join(f"- {line}" for line in person) or "Nothing.", file=out)
    return EXIT_CHANGED if person else EXIT_CLEAN


def upstream_for_person(args: argparse.Namespace, spec_dir: Path) -> list[str]:
    """The upstream report's findings to act on (upstream changes are never applied blindly)."""
    files = drift_upstream.upstream_files(args.upstream)
    upstream = {path.name: load_document(path) for path in files}
    report = drift_upstream.compare(upstream, bundle(spec_dir), errata_module.load(spec_dir / "errata.yml"))
    lines = [f"upstream: {describe(finding)}" for finding in report.findings if finding.actionable]
    lines += [f"upstream: {heading}" for heading, _ in report.sections if heading.startswith(("Errata", "Listed"))]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", type=Path, help="folder of the new reference pages")
    parser.add_argument("--upstream", type=Path, nargs="*", default=[], help="new upstream files or folders")
    parser.add_argument(
        "--old", default="release", help="the last release: release[:VERSION], a wheel, a file, a git revision"
    )
    parser.add_argument("--version", help="the last release's version (default: the wheel's, else pyproject.toml's)")
    parser.add_argument("--date", default=datetime.date.today().isoformat(), help="release date (default: today)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the tree to refresh (default: this checkout)")
    parser.add_argument("--no-regenerate", dest="regenerate", action="store_false", help="edit openapi/ only")
    spec_diff.add_release_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return refresh(args)
    except PatchError as error:
        print(f"refresh: {error}", file=sys.stderr)
        return EXIT_CHANGED


if __name__ == "__main__":
    raise SystemExit(main())
