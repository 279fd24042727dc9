"""The one report format of the three drift tools: findings, Markdown and JSON, exit codes.

A finding compares two sides of one fact: ``source`` (a docs page, an upstream file, the new
spec) and ``spec`` (our spec, or the old one). ``new`` means only the source has it, ``gone``
only the spec, ``changed`` both with different values. ``verdict`` is the tool's judgement
(``explained by <erratum>``, ``breaking``, ...); ``actionable`` findings are the ones CI fails on.

Exit codes, the same for every tool: 0 nothing to act on, 1 something changed (a finding
marked actionable, or a tool-specific reason such as a stale erratum), 2 the tool could not run.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

ChangeKind = Literal["new", "changed", "gone"]

EXIT_CLEAN, EXIT_CHANGED, EXIT_ERROR = 0, 1, 2


@dataclass(frozen=True)
class Finding:
    """One difference at one location of one operation (location syntax of scripts/docs_pages.py)."""

    operation: str
    location: str
    aspect: str
    change: ChangeKind
    source: Any = None
    spec: Any = None
    verdict: str = ""
    actionable: bool = True
    note: str = ""
    where: str = ""  # what caused it, e.g. ``program-activities-v2.txt:104`` (a page line)


@dataclass
class Report:
    """What a tool found. ``sides`` names the two sides in headings, e.g. ``("page", "spec")``."""

    tool: str
    title: str
    sides: tuple[str, str]
    findings: list[Finding] = field(default_factory=list)
    sections: list[tuple[str, str]] = field(default_factory=list)  # (heading, Markdown body)
    facts: dict[str, Any] = field(default_factory=dict)  # extra machine-readable results
    changed: bool | None = None  # None: changed when any finding is actionable
    detail: bool = False  # list findings not to act on too, instead of counting them by verdict

    def is_changed(self) -> bool:
        if self.changed is not None:
            return self.changed
        return any(finding.actionable for finding in self.findings)

    def exit_code(self) -> int:
        return EXIT_CHANGED if self.is_changed() else EXIT_CLEAN


# ------------------------------------------------------------------------------- Markdown


def cell(value: Any) -> str:
    """A value as a Markdown table cell: code-formatted, lists joined, pipes escaped."""
    if value is None:
        return "—"
    if isinstance(value, (list, tuple)):
        if not value:
            return "(none)"
        return ", ".join(cell(item) for item in value)
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    text = text.replace("|", "\\|").replace("\n", " ")
    return f"`{text}`" if "`" not in text else text


def table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    head = list(header)
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def render_markdown(report: Report) -> str:
    source, spec = report.sides
    findings = sorted(report.findings, key=lambda f: (f.operation, f.location, f.aspect))
    actionable = sum(finding.actionable for finding in findings)
    lines = [f"# {report.title}", ""]
    if findings:
        lines.append(
            f"{len(findings)} difference{'s' * (len(findings) != 1)} between {source} and {spec},"
            f" {actionable} to act on."
        )
    else:
        lines.append(f"No differences between {source} and {spec}.")
    lines.append("")
    listed = [f for f in findings if f.actionable or report.detail]
    for operation in dict.fromkeys(finding.operation for finding in listed):
        rows = [
            [
                cell(f.location),
                f.aspect,
                f.change,
                cell(f.source),
                cell(f.spec),
                (f.verdict or ("**to act on**" if f.actionable else "")) + (f" — {f.note}" if f.note else ""),
            ]
            for f in listed
            if f.operation == operation
        ]
        lines += [f"## {operation}", "", table(["location", "aspect", "change", source, spec, "verdict"], rows), ""]
    summarised = [f for f in findings if f not in listed]
    if summarised:
        by_verdict: dict[str, list[Finding]] = {}
        for finding in summarised:
            by_verdict.setdefault(finding.verdict, []).append(finding)
        rows = [
            [verdict, str(len(group)), ", ".join(f"`{op}`" for op in dict.fromkeys(f.operation for f in group))]
            for verdict, group in sorted(by_verdict.items())
        ]
        lines += [
            "## Not to act on",
            "",
            "Counted by verdict (`--detail` lists them).",
            "",
            table(["verdict", "findings", "operations"], rows),
            "",
        ]
    for heading, body in report.sections:
        lines += [f"## {heading}", "", body.rstrip(), ""]
    return "\n".join(lines).rstrip() + "\n"


def render_json(report: Report) -> str:
    document = {
        "tool": report.tool,
        "title": report.title,
        "sides": {"source": report.sides[0], "spec": report.sides[1]},
        "changed": report.is_changed(),
        "findings": [asdict(finding) for finding in report.findings],
        **report.facts,
    }
    return json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"


# ------------------------------------------------------------------------------------ CLI


class DriftError(ValueError):
    """An input a tool cannot read or make sense of (exit code 2)."""


def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--detail", action="store_true", help="list findings not to act on, not just their count")
    parser.add_argument("--markdown", type=Path, metavar="FILE", help="also write the Markdown report to FILE")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the report as JSON to FILE")
    parser.add_argument("--quiet", action="store_true", help="print nothing; rely on the exit code and files")


def emit(report: Report, args: argparse.Namespace) -> int:
    """Print and write the report as the output arguments ask; return the exit code."""
    report.detail = report.detail or bool(getattr(args, "detail", False))
    markdown = render_markdown(report)
    if not args.quiet:
        sys.stdout.write(markdown)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(markdown, encoding="utf-8")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(render_json(report), encoding="utf-8")
    return report.exit_code()


def run(tool: str, build: Callable[[argparse.Namespace], Report], args: argparse.Namespace) -> int:
    """Build and emit a report; any expected failure becomes exit code 2 with a one-line message."""
    try:
        report = build(args)
    except (OSError, ValueError) as error:  # DriftError and the loaders' errors are ValueErrors
        print(f"{tool}: {error}", file=sys.stderr)
        return EXIT_ERROR
    return emit(report, args)
