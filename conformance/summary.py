"""The end-of-run report: operations x checks with pass/fail counts, the first failure, strict findings, verdict."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .results import Results, Tally
from .specs import operations

# Column headings: the operation ids are long, and four columns must fit a CI log.
SHORT_NAMES = {
    "list_customer_activities": "v1 customer",
    "list_program_activities": "program",
    "list_incentive_activities": "incentive",
    "list_earning_rule_activities": "earning rule",
}
MAX_REPRODUCTION = 4_000
MAX_FINDINGS = 12  # failing (check, operation) pairs shown in full
SCHEMATHESIS_ORDER = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "positive_data_acceptance",
    "negative_data_rejection",
    "missing_required_header",
    "ignored_auth",
    "unsupported_method",
    "allow_header_conformance",
)


# Exit status per verdict (pytest's codes where one fits): anything but a full pass is non-zero.
EXIT_CODES = {"PASS": 0, "FAIL": 1, "INTERRUPTED": 2, "NOT CHECKED": 5, "INCOMPLETE": 5}


@dataclass(frozen=True)
class Outcome:
    """How the pytest items of the run ended."""

    passed: int
    failed: int
    skipped: int
    warned: int  # ended as a warning (strict findings in warn mode)
    interrupted: bool = False  # Ctrl-C or SIGTERM
    server_unchecked: bool = False  # server suites were chosen, yet no server response was judged
    cut: int = 0  # tests stopped by the time budget after their share of it (what they sent was judged)
    allow_skips: bool = False  # `--allow-skips`: NOT CHECKED and INCOMPLETE exit 0

    @property
    def verdict(self) -> str:
        """Never a false green: nothing checked, something skipped, or interrupted is not PASS."""
        if self.interrupted:
            return "INTERRUPTED"
        if self.failed:
            return "FAIL"
        if self.server_unchecked or (not self.passed and not self.warned):
            return "NOT CHECKED"
        return "INCOMPLETE" if self.skipped else "PASS"

    @property
    def exit_code(self) -> int:
        if self.allow_skips and self.verdict in ("NOT CHECKED", "INCOMPLETE"):
            return 0
        return EXIT_CODES[self.verdict]

    @property
    def explanation(self) -> str:
        """Why the verdict is what it is, when it is not plain."""
        notes = {
            "NOT CHECKED": "no server response was judged: nothing here says the server conforms",
            "INCOMPLETE": f"{self.skipped} test(s) skipped: the rest passed, the skipped ones say nothing",
            "INTERRUPTED": "stopped before the end: the counts cover only what ran",
        }
        note = notes.get(self.verdict, "")
        if note and self.allow_skips and self.verdict in ("NOT CHECKED", "INCOMPLETE"):
            note += " (exit 0: --allow-skips)"
        if self.cut:
            cut = f"time budget: {self.cut} test(s) stopped after their share of it, judging only the cases sent"
            note = "; ".join(filter(None, [note, cut]))
        return note


def _cell(tally: Tally | None) -> str:
    if tally is None:
        return "-"
    return f"{tally.passed}/{tally.failed}" + (" FAIL" if tally.failed else "")


def _row_order(check: str) -> tuple[int, int]:
    """Schemathesis's checks first (in its own order), then ours, then the assumptions, then the client's."""
    if check in SCHEMATHESIS_ORDER:
        return (0, SCHEMATHESIS_ORDER.index(check))
    if check.startswith("assumption:"):
        return (2, 0)
    return (3, 0) if check.startswith("client:") else (1, 0)


def table(results: Results) -> list[str]:
    op_ids = [op.operation_id for op in operations()]
    checks = sorted(dict.fromkeys(check for check, _ in results.tallies), key=_row_order)
    if not checks:
        return ["(no checks ran)"]
    rows = [["check", *(SHORT_NAMES.get(op, op) for op in op_ids)]]
    rows += [[check, *(_cell(results.tallies.get((check, op))) for op in op_ids)] for check in checks]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return lines


@dataclass(frozen=True)
class Report:
    """Everything the end-of-run report says."""

    results: Results
    target: str
    profile: str
    strict: str
    outcome: Outcome


def render(report: Report) -> str:
    results, strict, outcome = report.results, report.strict, report.outcome
    target, profile = report.target, report.profile
    lines = [
        "",
        "Voucherify activity-log conformance",
        f"target: {results.mask(target)}   profile: {profile}   strict mode: {strict}",
        "cells: cases the check passed/failed (failures include Hypothesis replaying and shrinking a failing case)",
        "",
        *table(results),
    ]
    if results.skipped:
        lines += ["", "Skipped:"] + [f"  {what}: {why}" for what, why in sorted(results.skipped.items())]
    undeclared = results.undeclared_lines()
    if undeclared:
        kind = "failures" if strict == "fail" else "warnings, not failures"
        lines += ["", f"Strict mode: {len(undeclared)} response field(s) the spec does not declare ({kind}):"]
        lines += [f"  {line}" for line in undeclared]
    if results.first_failure is not None:
        # The first failure, then one per other failing check and operation: each names its check.
        keys = [results.first_failure, *(key for key in results.failures if key != results.first_failure)]
        for index, key in enumerate(keys[:MAX_FINDINGS]):
            finding = results.failures[key]
            label = "First failure" if index == 0 else "Failure"
            lines += ["", f"{label}: {finding.check} on {finding.operation_id}", *_indent(finding.message)]
            if finding.reproduction:
                reproduction = finding.reproduction
                if len(reproduction) > MAX_REPRODUCTION:
                    reproduction = reproduction[:MAX_REPRODUCTION] + " ...(truncated)"
                lines += ["Reproduce with:", *_indent(reproduction)]
        if len(keys) > MAX_FINDINGS:
            lines += ["", f"... and {len(keys) - MAX_FINDINGS} more failing check(s); see the JUnit report"]
    cases = f"{results.responses + results.client_cases} cases: {results.responses} server responses, "
    cases += f"{results.client_cases} client"
    counts = f"{cases}; checks: {results.passed_count} passed, {results.failed_count} failed"
    tests = f"tests: {outcome.passed} passed, {outcome.failed} failed, {outcome.skipped} skipped"
    warned = f", {outcome.warned} with warnings" if outcome.warned else ""
    lines += ["", f"VERDICT: {outcome.verdict} ({counts}; {tests}{warned})"]
    if outcome.explanation:
        lines += [f"  {outcome.explanation}"]
    lines += [""]
    return "\n".join(results.mask(line) for line in lines)


def as_json(report: Report) -> dict[str, Any]:
    """The same facts as `render`, for machines (secrets masked alike)."""
    results, outcome = report.results, report.outcome
    first = results.failures[results.first_failure] if results.first_failure else None
    return {
        "verdict": outcome.verdict,
        "exit_code": outcome.exit_code,
        "explanation": outcome.explanation,
        "target": results.mask(report.target),
        "profile": report.profile,
        "strict": report.strict,
        "tests": {
            "passed": outcome.passed,
            "failed": outcome.failed,
            "skipped": outcome.skipped,
            "warned": outcome.warned,
            "cut_by_time_budget": outcome.cut,
        },
        "server_requests": results.responses,
        "client_cases": results.client_cases,
        "checks": [
            {"check": check, "operation": operation_id, "passed": tally.passed, "failed": tally.failed}
            for (check, operation_id), tally in sorted(results.tallies.items())
        ],
        "undeclared": results.undeclared_lines(),
        "skipped": dict(results.skipped),
        "first_failure": None
        if first is None
        else {
            "check": first.check,
            "operation": first.operation_id,
            "message": first.message,
            "reproduction": first.reproduction,
        },
    }


def _indent(text: str) -> list[str]:
    return ["    " + line for line in text.strip().splitlines()]
