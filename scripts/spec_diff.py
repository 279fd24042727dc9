"""Spec -> spec: what changed between two versions of our spec, for a user of the client.

    python -m scripts.spec_diff [--old REV|PATH] [--new REV|PATH] [--changelog CHANGELOG.md]

Both sides are flattened and compared like the upstream tool does (scripts/spec_compare.py);
each change is then classified for a client user. Requests (what the client sends): a removed
or renamed parameter, a new required one, a narrowed enum, a new or changed pattern, tighter
bounds or another format break callers. Responses (what it parses): a removed field, a field no
longer required, a new type (e.g. null), a changed format or a removed enum value break; a new
field or a new enum value does not (unknown values pass through) but is reported. From that the
tool suggests the next version (semver; below 1.0 a breaking change bumps the minor) and writes
a Keep a Changelog entry, printed and, with ``--changelog``, inserted into the file.

``--old``/``--new``: a git revision of ``openapi/`` (default old: HEAD), a fragments folder, a
bundled file, a released wheel (the spec it ships), or ``release`` / ``release:VERSION``: that
wheel fetched from the package index with pip (``--index-url``, ``--find-links``); no git tags
needed. The new side defaults to the working tree. The version bumped is the release's (wheel
name) or ``--version``, else pyproject.toml's. Exit codes: 0 no change, 1 changes, 2 a side
cannot be loaded.
"""

from __future__ import annotations

import argparse
import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from scripts.docs_pages import LocationError
from scripts.drift_report import DriftError, Finding, Report, add_output_arguments, cell, run
from scripts.project_version import project_version
from scripts.spec_compare import Pairing, compare_operations, pair_operations, renamed_locations
from scripts.spec_locations import BODY_AREAS, PARAMETER_AREAS, Facets
from scripts.spec_source import load_spec, load_versioned

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
REQUEST_AREAS = PARAMETER_AREAS
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems")
REQUIRED_ORDER = {"no": 0, "some": 1, "yes": 2}

# Keep a Changelog sections, in the order an entry lists them.
SECTIONS = ("Removed", "Changed", "Deprecated", "Added")


@dataclass(frozen=True)
class Change:
    """A finding judged: does it break a client user, and where it goes in the changelog."""

    finding: Finding
    breaking: bool
    section: str
    text: str


# ------------------------------------------------------------------------------ classify


def classify(finding: Finding, new: Facets | None) -> Change:
    """Judge one finding (source = new spec, spec = old spec); ``new`` holds the facets of its
    location in the new spec (None where it does not exist there)."""
    structural = _structural(finding, new)
    if structural is not None:
        return structural
    area = finding.location.split(":", 1)[0]
    what = describe_location(finding.location)
    aspect, change, after, before = finding.aspect, finding.change, finding.source, finding.spec
    if aspect == "default":  # callers that leave the parameter out get something else; calls still work
        return Change(finding, False, "Changed", f"{what}: {_delta_text(aspect, change, before, after)}")
    if area in ("security", "servers", "responses"):
        removed, added = _set_delta(before, after)
        text = f"{what}: " + "; ".join(part for part in (_listed("added", added), _listed("removed", removed)) if part)
        return Change(finding, bool(removed), "Changed" if removed else "Added", text)
    breaking = _breaks(aspect, change, before, after, request=area in REQUEST_AREAS)
    widened = aspect == "enum" and change == "changed" and not breaking  # new values only: a feature
    text = f"{what}: {_delta_text(aspect, change, before, after)}"
    return Change(finding, breaking, "Added" if widened else "Changed", text)


def _structural(finding: Finding, new: Facets | None) -> Change | None:
    """Operations, parameters and fields that appear or go, renamed path parameters, deprecation."""
    aspect, change = finding.aspect, finding.change
    what = describe_location(finding.location)
    if finding.location == "operation" and aspect == "operation":
        gone = change == "gone"
        return Change(finding, gone, "Removed" if gone else "Added", "operation " + ("removed" if gone else "added"))
    if aspect in ("parameter", "property") and change == "gone":
        return Change(finding, True, "Removed", f"{what} removed")
    if aspect in ("parameter", "property"):
        required = (new or {}).get("required") == "yes"
        breaking = required and finding.location.split(":", 1)[0] in REQUEST_AREAS
        return Change(finding, breaking, "Added", f"{what} added" + (" (required)" if required else ""))
    if aspect == "name":
        return Change(finding, True, "Changed", f"path parameter `{finding.spec}` renamed to `{finding.source}`")
    if aspect == "deprecated":
        now = bool(finding.source)
        subject = "" if finding.location == "operation" else f"{what} "
        text = subject + ("deprecated" if now else "no longer deprecated")
        return Change(finding, False, "Deprecated" if now else "Changed", text)
    return None


def _breaks(aspect: str, change: str, before: Any, after: Any, request: bool) -> bool:
    """Whether a facet change breaks callers (request) or parsers and readers (response)."""
    if aspect == "required":
        raised = REQUIRED_ORDER.get(str(after), 0) > REQUIRED_ORDER.get(str(before), 0)
        return raised == request  # a request value newly required, or a response value no longer promised
    if aspect in ("type", "items"):
        old, new = set(before or ()), set(after or ())
        return not (old <= new if request else new <= old)  # callers may send less, parsers meet more
    if aspect == "enum":
        if change == "changed":
            return bool(_set_delta(before, after)[0])  # a value removed
        return change == "new" or not request  # a restriction appears, or the value's type changes
    if aspect == "format":
        return True  # the Python type of the argument or attribute changes
    return request and _tightened(aspect, change, before, after)  # the client does not check what it parses


def _tightened(aspect: str, change: str, before: Any, after: Any) -> bool:
    """Whether a value constraint (pattern, bounds, uniqueItems) now admits fewer values."""
    if change == "gone":
        return False
    if change == "new" or aspect in ("pattern", "multipleOf"):
        return True  # a new constraint, or a changed one we cannot order
    if aspect in LOWER_BOUNDS:
        return bool(max(after) > max(before))
    if aspect in UPPER_BOUNDS:
        return bool(min(after) < min(before))
    return bool(after)


def _set_delta(before: Any, after: Any) -> tuple[list[Any], list[Any]]:
    old, new = list(before or ()), list(after or ())
    return [v for v in old if v not in new], [v for v in new if v not in old]


def _listed(label: str, values: Sequence[Any]) -> str:
    return f"{label} {cell(list(values))}" if values else ""


def _delta_text(aspect: str, change: str, before: Any, after: Any) -> str:
    if aspect == "enum" and change == "changed":
        removed, added = _set_delta(before, after)
        return "; ".join(part for part in (_listed("values added", added), _listed("values removed", removed)) if part)
    if aspect == "required":
        return (
            "now required" if REQUIRED_ORDER.get(str(after), 0) > REQUIRED_ORDER.get(str(before), 0) else "now optional"
        )
    if aspect == "type" and set(after or ()) - set(before or ()) == {"null"}:
        return "now nullable"
    if change == "new":
        return f"{aspect} {cell(after)} added"
    if change == "gone":
        return f"{aspect} {cell(before)} dropped"
    return f"{aspect} {cell(before)} → {cell(after)}"


def describe_location(location: str) -> str:
    """A location as a user reads it: ``query parameter `limit```, ``response field `data[].id```."""
    area, _, rest = location.partition(":")
    if area in REQUEST_AREAS:
        return f"{area} parameter `{rest}`"
    if area in BODY_AREAS:
        return f"{'response' if area == 'response' else 'error'} {'field `' + rest + '`' if rest else 'body'}"
    return {"security": "authentication", "servers": "servers", "responses": "responses"}.get(area, f"`{location}`")


# ---------------------------------------------------------------------------- versioning


def current_version(pyproject: Path = PYPROJECT) -> str:
    """``[project] version`` of pyproject.toml, the one place it is written."""
    try:
        return project_version(pyproject)
    except ValueError as error:
        raise DriftError(str(error)) from None


def bump(version: str, changes: Sequence[Change]) -> tuple[str, str]:
    """(``major``/``minor``/``patch``/``none``, next version). Below 1.0 a breaking change bumps
    the minor and anything else the patch, as semver leaves 0.x to the project."""
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", version)
    if not match:
        raise DriftError(f"version {version!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    if not changes:
        return "none", version
    breaking = any(change.breaking for change in changes)
    added = any(change.section == "Added" for change in changes)
    level = ("minor" if breaking else "patch") if major == 0 else "major" if breaking else "minor" if added else "patch"
    if level == "major":
        return level, f"{major + 1}.0.0"
    if level == "minor":
        return level, f"{major}.{minor + 1}.0"
    return level, f"{major}.{minor}.{patch + 1}"


# ----------------------------------------------------------------------------- changelog


def changelog_entry(version: str, date: str, changes: Sequence[Change], old: str, new: str) -> str:
    lines = [f"## [{version}] - {date}", "", f"Spec changes from {old} to {new}.", ""]
    for section in SECTIONS:
        items = [change for change in changes if change.section == section]
        if not items:
            continue
        lines += [f"### {section}", ""]
        for change in sorted(items, key=lambda c: (not c.breaking, c.finding.operation, c.finding.location)):
            prefix = "**Breaking:** " if change.breaking else ""
            lines.append(f"- {prefix}`{change.finding.operation}`: {change.text}.")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_GENERATED_RE = re.compile(r"^(?:- (?:\*\*Breaking:\*\* )?`[A-Z]+ /|Spec changes from )")


def insert_entry(changelog: str, entry: str) -> str:
    """The changelog with ``entry`` as its newest release, right below ``## [Unreleased]``; notes
    written under Unreleased move into the release, merged into its sections (one ``### Added``
    holding the generated items and then the notes' items). An entry for a version the changelog
    already has replaces that release's generated lines and keeps its notes (a second run)."""
    version = re.match(r"## \[([^\]]+)\]", entry)
    existing = re.search(rf"^## \[{re.escape(version[1])}\][^\n]*\n", changelog, re.M) if version else None
    if existing:
        following = re.search(r"^## \[", changelog[existing.end() :], re.M)
        end = existing.end() + following.start() if following else len(changelog)
        kept = [line for line in changelog[existing.end() : end].splitlines() if not _GENERATED_RE.match(line)]
        release = merge_sections(entry, "\n".join(kept))
        return changelog[: existing.start()] + release + ("\n" + changelog[end:] if following else "")
    unreleased = re.search(r"^## \[Unreleased\][^\n]*\n", changelog, re.M)
    start = unreleased.end() if unreleased else 0
    following = re.search(r"^## \[", changelog[start:], re.M)
    end = start + following.start() if following else len(changelog)
    if not unreleased:  # no Unreleased section: before the first release, else at the end
        head = changelog[:end].rstrip() + "\n\n"
        return head + entry.rstrip() + "\n" + ("\n" + changelog[end:] if following else "")
    release = merge_sections(entry, changelog[start:end])
    return changelog[:start] + "\n" + release + ("\n" + changelog[end:] if following else "")


_SECTION_RE = re.compile(r"^### +(.+?) *$", re.M)


def _split_sections(text: str) -> tuple[str, dict[str, list[str]]]:
    """(text before the first ``###`` heading, body blocks per heading in order of appearance)."""
    parts = _SECTION_RE.split(text)
    sections: dict[str, list[str]] = {}
    for heading, body in zip(parts[1::2], parts[2::2], strict=True):
        if body.strip():
            sections.setdefault(heading, []).append(body.strip())
        else:
            sections.setdefault(heading, [])
    return parts[0].strip(), sections


def merge_sections(entry: str, notes: str) -> str:
    """An entry with hand-written notes merged in: each heading once, in Keep a Changelog's order
    for ours (``SECTIONS``) and then the notes' own; generated items before the notes' items."""
    preamble, sections = _split_sections(entry)
    notes_preamble, notes_sections = _split_sections(notes)
    for heading, blocks in notes_sections.items():
        sections.setdefault(heading, []).extend(blocks)
    order = [h for h in SECTIONS if h in sections] + [h for h in sections if h not in SECTIONS]
    text = "\n\n".join(part for part in (preamble, notes_preamble) if part)
    for heading in order:
        body = "\n".join(sections[heading])
        text += f"\n\n### {heading}" + (f"\n\n{body}" if body else "")
    return text.strip() + "\n"


# --------------------------------------------------------------------------------- report


def diff(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[Change], Pairing]:
    """Every change from ``old`` to ``new``, classified."""
    pairing = pair_operations(new, old)
    changes: list[Change] = []
    for after, before in pairing.pairs:
        renamed = renamed_locations(after, before)  # findings name path parameters as the old spec does
        for finding in compare_operations(after, before):
            changes.append(classify(replace(finding, operation=after.key), renamed.get(finding.location)))
    for key in pairing.source_only:
        changes.append(classify(Finding(key, "operation", "operation", "new", "declared", None), None))
    for key in pairing.spec_only:
        changes.append(classify(Finding(key, "operation", "operation", "gone", None, "declared"), None))
    return changes, pairing


def compare(
    old: dict[str, Any], new: dict[str, Any], version: str, date: str, labels: tuple[str, str] = ("old", "new")
) -> tuple[Report, str]:
    """The spec-diff report and the changelog entry for the suggested version."""
    changes, _ = diff(old, new)
    level, next_version = bump(version, changes)
    report = Report("spec-diff", f"Spec diff: {labels[0]} → {labels[1]}", ("new", "old"))
    report.findings = [
        replace(change.finding, verdict="**breaking**" if change.breaking else "not breaking") for change in changes
    ]
    entry = changelog_entry(next_version, date, changes, labels[0], labels[1]) if changes else ""
    breaking = sum(change.breaking for change in changes)
    summary = (
        f"{len(changes)} change{'s' * (len(changes) != 1)}, {breaking} breaking for client users: "
        f"**{level}** bump, {version} → **{next_version}**."
        if changes
        else f"No changes: stay at {version}."
    )
    report.sections.append(("Version", summary))
    if entry:
        report.sections.append(("Changelog entry", f"```markdown\n{entry}```"))
    report.facts.update(
        {"breaking": breaking > 0, "bump": level, "version": version, "next_version": next_version, "changelog": entry}
    )
    return report, entry


def pip_arguments(args: argparse.Namespace) -> list[str]:
    """``pip download`` options for a ``release`` source."""
    found: list[str] = []
    if args.index_url:
        found += ["--index-url", args.index_url]
    for link in args.find_links or ():
        found += ["--find-links", link]
    return found


def add_release_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--index-url", help="package index for a `release` source (default: pip's)")
    parser.add_argument("--find-links", action="append", help="folder or page of wheels for a `release` source")


def build(args: argparse.Namespace) -> Report:
    old, released = load_versioned(args.old, pip_arguments(args))
    new = load_spec(args.new)
    version = args.version or released or current_version()
    labels = (f"`{args.old}`", f"`{args.new}`" if args.new else "the working tree")
    try:
        report, entry = compare(old, new, version, args.date, labels)
    except (LocationError, KeyError) as error:
        raise DriftError(f"cannot read an operation: {error}") from error
    if entry and args.changelog:
        text = args.changelog.read_text(encoding="utf-8") if args.changelog.is_file() else "# Changelog\n"
        args.changelog.write_text(insert_entry(text, entry), encoding="utf-8")
    if entry and args.entry:
        args.entry.write_text(entry, encoding="utf-8")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--old",
        default="HEAD",
        help="git revision, fragments folder, bundled file, wheel, or release[:VERSION] (default: HEAD)",
    )
    parser.add_argument("--new", help="the same kinds of source (default: the working tree's openapi/)")
    parser.add_argument("--version", help="the released version to bump (default: pyproject.toml)")
    parser.add_argument("--date", default=datetime.date.today().isoformat(), help="release date (default: today)")
    parser.add_argument("--changelog", type=Path, help="insert the entry into this changelog (e.g. CHANGELOG.md)")
    parser.add_argument("--entry", type=Path, help="write the entry alone to this file")
    add_release_arguments(parser)
    add_output_arguments(parser)
    return run("spec-diff", build, parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
