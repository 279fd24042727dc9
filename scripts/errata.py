"""Our errata: where the spec deliberately differs from Voucherify's files, machine-readable.

``openapi/errata.yml`` is the one source; ``openapi/ERRATA.md`` is rendered from it
(``python -m scripts.errata`` rewrites it, ``--check`` fails when it is stale). The upstream
drift tool marks a finding as explained when an erratum names its operation and location.

An erratum::

    - id: v2-created-at-format           # unique, kebab-case
      title: created_at conditions are date-times
      operations: ["GET /v2/*"]          # globs over operation keys
      upstream: what Voucherify's file says (our words)
      pages: what the reference pages say (optional)
      ours: what we encode, and why
      mentions: ["query:start_date"]     # optional: locations it is about that no facet shows
      explains:                          # the findings it accounts for (or only mentions)
        - location: "query:filters[created_at][conditions][$*]"
          aspect: format                 # optional glob, default any
          change: changed                # optional: new | changed | gone
          upstream: [date]               # optional pins: the erratum stops matching
          ours: [date-time]              #   when either side's value moves

Location and aspect globs: ``*`` matches within one key-path step (no ``.``), ``**`` anything,
``{a,b}`` either. A mentioned location must exist on both sides, else the erratum is stale.
``not_covered`` lists upstream operations in scope (activity lists) that we leave out, and why.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from scripts.drift_report import Finding, cell

ROOT = Path(__file__).resolve().parent.parent
# .yml, not .yaml: scripts/bundle.py merges every openapi/*.yaml as a spec fragment.
ERRATA_YAML = ROOT / "openapi" / "errata.yml"
ERRATA_MD = ROOT / "openapi" / "ERRATA.md"

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CHANGES = ("new", "changed", "gone")


class ErrataError(ValueError):
    """errata.yml is malformed."""


@dataclass(frozen=True)
class Rule:
    """Which findings an erratum explains."""

    location: str
    aspect: str = "*"
    change: str | None = None
    upstream: Any = None
    ours: Any = None
    pinned: tuple[str, ...] = ()  # which of upstream/ours were given

    def matches(self, finding: Finding) -> bool:
        if not glob(self.location).fullmatch(finding.location) or not glob(self.aspect).fullmatch(finding.aspect):
            return False
        if self.change is not None and self.change != finding.change:
            return False
        if "upstream" in self.pinned and normalise(self.upstream) != normalise(finding.source):
            return False
        return not ("ours" in self.pinned and normalise(self.ours) != normalise(finding.spec))


@dataclass(frozen=True)
class Erratum:
    id: str
    title: str
    operations: tuple[str, ...]
    upstream: str
    ours: str
    pages: str = ""
    rules: tuple[Rule, ...] = ()
    mentions: tuple[str, ...] = ()

    def covers(self, operation: str) -> bool:
        return any(glob(pattern, steps=False).fullmatch(operation) for pattern in self.operations)


@dataclass(frozen=True)
class NotCovered:
    operation: str
    why: str


@dataclass
class Errata:
    entries: list[Erratum] = field(default_factory=list)
    not_covered: list[NotCovered] = field(default_factory=list)
    intro: str = ""

    def explain(self, finding: Finding) -> Erratum | None:
        """The first erratum that accounts for a finding, if any."""
        for erratum in self.entries:
            if erratum.covers(finding.operation) and any(rule.matches(finding) for rule in erratum.rules):
                return erratum
        return None

    def unused(
        self, findings: Sequence[Finding], compared: Mapping[str, set[str]], operations: Sequence[str] = ()
    ) -> list[tuple[Erratum, str]]:
        """What no longer holds, as (erratum, rule or mention): rules that explain none of
        ``findings`` and mentions missing from ``compared`` (operation -> locations on both
        sides). Only errata whose operations were all compared are judged: of ``operations``
        (all of ours), one the erratum covers and no file gave may be the one it is about."""
        stale: list[tuple[Erratum, str]] = []
        for erratum in self.entries:
            relevant = [op for op in compared if erratum.covers(op)]
            if not relevant or any(erratum.covers(op) and op not in compared for op in operations):
                continue
            for rule in erratum.rules:
                if not any(f.operation in relevant and rule.matches(f) for f in findings):
                    stale.append((erratum, describe_rule(rule)))
            for location in erratum.mentions:
                if not any(location in compared[op] for op in relevant):
                    stale.append((erratum, f"mentions `{location}`"))
        return stale

    def not_covered_keys(self) -> set[str]:
        return {entry.operation for entry in self.not_covered}


@cache
def glob(pattern: str, steps: bool = True) -> re.Pattern[str]:
    """A glob as a regex: ``**`` anything, ``*`` anything but ``.``, ``{a,b}`` either (when
    ``steps``; operation globs match ``*`` across everything and take braces literally)."""
    regex = []
    for part in re.split(r"(\*\*|\*|\{[^{}]*\})", pattern):
        if part == "**" or (part == "*" and not steps):
            regex.append(".*")
        elif part == "*":
            regex.append("[^.]*")
        elif steps and part.startswith("{") and part.endswith("}") and "," in part:
            regex.append("(?:" + "|".join(re.escape(choice) for choice in part[1:-1].split(",")) + ")")
        else:
            regex.append(re.escape(part))
    return re.compile("".join(regex))


def normalise(value: Any) -> Any:
    """Pins compare as sorted lists of strings, so YAML ``[a, b]`` equals a finding's list in any order."""
    if isinstance(value, (list, tuple)):
        return sorted(str(item) for item in value)
    return None if value is None else str(value)


# -------------------------------------------------------------------------------- loading


def load(path: Path = ERRATA_YAML) -> Errata:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ErrataError(f"{path}: not YAML: {error}") from error
    if not isinstance(data, dict):
        raise ErrataError(f"{path}: expected a mapping with `errata` and `not_covered`")
    return parse(data, str(path))


def parse(data: dict[str, Any], source: str = "errata") -> Errata:
    errata = Errata(intro=str(data.get("intro", "")).strip())
    seen: set[str] = set()
    for number, raw in enumerate(data.get("errata", []), 1):
        where = f"{source}: erratum {number}"
        if not isinstance(raw, dict):
            raise ErrataError(f"{where}: expected a mapping")
        missing = [key for key in ("id", "title", "operations", "upstream", "ours") if not raw.get(key)]
        if not raw.get("explains") and not raw.get("mentions"):
            missing.append("explains or mentions")
        if missing:
            raise ErrataError(f"{where} ({raw.get('id', '?')}): missing {', '.join(missing)}")
        unknown = set(raw) - {"id", "title", "operations", "upstream", "pages", "ours", "explains", "mentions"}
        if unknown:
            raise ErrataError(f"{where} ({raw['id']}): unknown keys {sorted(unknown)}")
        if not _ID_RE.match(raw["id"]) or raw["id"] in seen:
            raise ErrataError(f"{where}: id {raw['id']!r} is not kebab-case or not unique")
        seen.add(raw["id"])
        errata.entries.append(
            Erratum(
                id=raw["id"],
                title=str(raw["title"]).strip(),
                operations=tuple(raw["operations"]),
                upstream=str(raw["upstream"]).strip(),
                pages=str(raw.get("pages", "")).strip(),
                ours=str(raw["ours"]).strip(),
                rules=tuple(_rule(rule, f"{where} ({raw['id']})") for rule in raw.get("explains") or ()),
                mentions=tuple(str(location) for location in raw.get("mentions") or ()),
            )
        )
    for raw in data.get("not_covered", []):
        if not isinstance(raw, dict) or not raw.get("operation") or not raw.get("why"):
            raise ErrataError(f"{source}: each not_covered entry needs `operation` and `why`")
        errata.not_covered.append(NotCovered(str(raw["operation"]), str(raw["why"]).strip()))
    return errata


def _rule(raw: Any, where: str) -> Rule:
    if not isinstance(raw, dict) or not raw.get("location"):
        raise ErrataError(f"{where}: each `explains` entry needs a `location`")
    unknown = set(raw) - {"location", "aspect", "change", "upstream", "ours"}
    if unknown:
        raise ErrataError(f"{where}: unknown keys {sorted(unknown)} in `explains`")
    if raw.get("change") not in (None, *_CHANGES):
        raise ErrataError(f"{where}: change must be one of {_CHANGES}")
    return Rule(
        location=str(raw["location"]),
        aspect=str(raw.get("aspect", "*")),
        change=raw.get("change"),
        upstream=raw.get("upstream"),
        ours=raw.get("ours"),
        pinned=tuple(key for key in ("upstream", "ours") if key in raw),
    )


# ------------------------------------------------------------------------------ rendering


def describe_rule(rule: Rule) -> str:
    text = f"`{rule.location}`" + (f" {rule.aspect}" if rule.aspect != "*" else "")
    if rule.change:
        text += f" ({rule.change})"
    pins = [f"{key} {cell(getattr(rule, key))}" for key in rule.pinned]
    return text + (f": {'; '.join(pins)}" if pins else "")


def render(errata: Errata) -> str:
    """ERRATA.md: errata grouped by the operations they concern, then what we leave out."""
    lines = [
        "# Errata",
        "",
        "<!-- Rendered from errata.yml by `python -m scripts.errata`; edit errata.yml, not this file. -->",
        "",
    ]
    if errata.intro:
        lines += [errata.intro, ""]
    groups: dict[tuple[str, ...], list[Erratum]] = {}
    for erratum in errata.entries:
        groups.setdefault(erratum.operations, []).append(erratum)
    for operations, entries in groups.items():
        lines += [f"## {', '.join(operations)}", ""]
        for erratum in entries:
            lines += [f"### {erratum.title}", "", f"- **Upstream:** {erratum.upstream}"]
            if erratum.pages:
                lines.append(f"- **Pages:** {erratum.pages}")
            lines.append(f"- **We encode:** {erratum.ours}")
            explained = [describe_rule(rule) for rule in erratum.rules] + [f"`{m}`" for m in erratum.mentions]
            lines.append(f"- **Locations** (`{erratum.id}`): " + "; ".join(explained))
            lines.append("")
    if errata.not_covered:
        lines += ["## Upstream activity operations we do not cover", ""]
        lines += [f"- `{entry.operation}`: {entry.why}" for entry in errata.not_covered]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render openapi/ERRATA.md from openapi/errata.yml.")
    parser.add_argument("--errata", type=Path, default=ERRATA_YAML)
    parser.add_argument("--output", type=Path, default=ERRATA_MD)
    parser.add_argument("--check", action="store_true", help="fail (exit 1) when the output is not up to date")
    args = parser.parse_args(argv)
    try:
        text = render(load(args.errata))
    except (OSError, ErrataError) as error:
        print(f"errata: {error}", file=sys.stderr)
        return 2
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.is_file() else ""
        if current != text:
            print(f"errata: {args.output} is stale; run `python -m scripts.errata`", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"errata: wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
