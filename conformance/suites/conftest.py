"""The suites' pytest wiring: options, the run (target started before collection), skips, redaction, summary."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Generator
from pathlib import Path

import pytest
from _pytest.junitxml import xml_key  # the JUnit writer, to carry the verdict as a property

from .. import profiles, summary
from ..exchange import TIME_BUDGET_REACHED
from ..progress import Progress
from ..run import STRICT_MODES, TARGETS, Run, Settings, TargetUnreachable, started
from ..specs import by_label, operations

RUN_KEY = pytest.StashKey[Run]()
STACK_KEY = pytest.StashKey[contextlib.ExitStack]()
OUTCOMES_KEY = pytest.StashKey["OutcomeCounter"]()
SERVER_ITEMS_KEY = pytest.StashKey[int]()  # server-suite items collected: was the server meant to be checked?
OUTCOME_KEY = pytest.StashKey[summary.Outcome]()
NEEDS_TARGET = "needs_target"
OPERATION_IDS = [op.operation_id for op in operations()]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("voucherify-conformance")
    group.addoption("--conformance-target", choices=TARGETS, default="mock", help="mock (default) or live")
    group.addoption("--conformance-base-url", default=None, help="check the server at this URL instead")
    group.addoption(
        "--conformance-profile",
        choices=sorted(profiles.PROFILES),
        default=None,
        help=f"Hypothesis profile (default: ${profiles.ENV_PROFILE}, else {profiles.DEFAULT_PROFILE})",
    )
    group.addoption("--conformance-strict", choices=STRICT_MODES, default="warn", help="undeclared response fields")
    group.addoption("--conformance-rate-limit", default=None, help="e.g. 10/s (live default: 5/s)")
    group.addoption(
        "--conformance-operation", action="append", default=[], help="check only this operation id (repeatable)"
    )
    group.addoption("--conformance-json", default=None, help="also write the summary as JSON to this file")
    group.addoption(
        "--conformance-allow-skips",
        action="store_true",
        help="exit 0 when nothing (or not everything) could be checked; the verdict still says so",
    )
    group.addoption("--conformance-time-budget", type=float, default=None, help="seconds; stop sending cases past it")


def pytest_configure(config: pytest.Config) -> None:
    stack = contextlib.ExitStack()
    try:
        settings = Settings(
            target=config.getoption("--conformance-target"),
            base_url=config.getoption("--conformance-base-url"),
            profile=profiles.choose(config.getoption("--conformance-profile"), os.environ),
            strict=config.getoption("--conformance-strict"),
            rate_limit=config.getoption("--conformance-rate-limit"),
            time_budget=config.getoption("--conformance-time-budget"),
        )
        config.stash[RUN_KEY] = stack.enter_context(started(settings))
    except (ValueError, TargetUnreachable) as error:  # a bad profile name, a target answering nothing
        raise pytest.UsageError(f"voucherify-activities conformance: {error}") from None
    config.stash[STACK_KEY] = stack
    counter = OutcomeCounter()
    config.pluginmanager.register(counter, "voucherify-conformance-outcomes")
    config.stash[OUTCOMES_KEY] = counter
    config.stash[RUN_KEY].exchange.on_response = Progress(_live_writer(config), interactive=sys.stdout.isatty())


def _live_writer(config: pytest.Config) -> Callable[[str], None]:
    """Write a line to the terminal (or CI log) while a test runs, past pytest's output capture."""

    def write(line: str) -> None:
        capture = config.pluginmanager.getplugin("capturemanager")
        reporter = config.pluginmanager.getplugin("terminalreporter")
        if reporter is None:
            return
        with capture.global_and_fixture_disabled() if capture is not None else contextlib.nullcontext():
            reporter.ensure_newline()  # not glued to pytest's progress dots
            reporter.write_line(line)
            reporter.flush()  # a CI log is a pipe: block-buffered, the line would come at the end

    return write


def pytest_unconfigure(config: pytest.Config) -> None:
    stack = config.stash.get(STACK_KEY, None)
    if stack is not None:
        stack.close()


@pytest.fixture(scope="session")
def run(pytestconfig: pytest.Config) -> Run:
    return pytestconfig.stash[RUN_KEY]


def item_operation(item: pytest.Item) -> str | None:
    """The operation an item checks: a Schemathesis item's label, or an `operation_id` parameter."""
    label = getattr(item, "operation_label", None)
    if isinstance(label, str):
        found = by_label(label)
        return found.operation_id if found is not None else None
    callspec = getattr(item, "callspec", None)
    value = callspec.params.get("operation_id") if callspec is not None else None
    return value if isinstance(value, str) else None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    run = config.stash[RUN_KEY]
    wanted = set(config.getoption("--conformance-operation"))
    unknown = wanted - set(OPERATION_IDS)
    if unknown:
        raise pytest.UsageError(f"unknown operation(s) {sorted(unknown)}; known: {', '.join(OPERATION_IDS)}")
    # Items of no single operation (strict mode's verdict) stay: they judge whatever ran. Strict
    # mode switched off is the user's choice, not a skip.
    deselected = [item for item in items if wanted and item_operation(item) not in {*wanted, None}]
    if run.settings.strict == "off":
        deselected += [item for item in items if item.name == "test_undeclared_response_fields"]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if item not in deselected]
    config.stash[SERVER_ITEMS_KEY] = sum(1 for item in items if item.get_closest_marker(NEEDS_TARGET))
    for item in items:
        if item.get_closest_marker(NEEDS_TARGET) is None:
            continue
        operation_id = item_operation(item)
        reason = run.target.operation_skip_reason(operation_id) if operation_id else run.target.skip_reason
        if reason is not None:
            # One line for a target that cannot be checked at all, else one per operation.
            run.results.skip("server suites" if run.target.skip_reason else (operation_id or "server suites"), reason)
            item.add_marker(pytest.mark.skip(reason=reason))
    # Strict findings are collected while the server suites run: judge them last.
    items.sort(key=lambda item: item.name.startswith("test_undeclared_response_fields"))


def pytest_runtest_setup(item: pytest.Item) -> None:
    run = item.config.stash[RUN_KEY]
    items = item.session.items
    run.share_time_budget(len(items) - items.index(item) if item in items else 1)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    operation_id = item_operation(item)
    if getattr(item, "operation_label", None) and operation_id:
        # Schemathesis names its per-operation items, but pytest 9.2 builds node ids from the
        # function name alone; put the operation back so reports (and JUnit) tell them apart.
        report.nodeid = f"{report.nodeid}[{operation_id}]"
    _mask_report(item.config, report)
    return report


@pytest.hookimpl(trylast=True)
def pytest_exception_interact(node: pytest.Item, call: pytest.CallInfo[None], report: pytest.TestReport) -> None:
    # Schemathesis rewrites the failure text here, after the report was made: mask it again.
    _mask_report(node.config, report)


def _mask_report(config: pytest.Config, report: pytest.TestReport) -> None:
    run = config.stash.get(RUN_KEY, None)
    if run is None or not run.target.secrets:
        return
    if report.longrepr is not None:
        text = str(report.longrepr)
        masked = run.results.mask(text)
        if masked != text:
            report.longrepr = masked
    report.sections = [(title, run.results.mask(content)) for title, content in report.sections]


class OutcomeCounter:
    """How the items ended, for the verdict: a skip or an expected failure is not a pass."""

    def __init__(self) -> None:
        self.counts = {"passed": 0, "failed": 0, "skipped": 0, "warned": 0, "cut": 0}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if hasattr(report, "wasxfail"):
            self.counts["warned"] += 1
        elif report.skipped and TIME_BUDGET_REACHED in str(report.longrepr):
            self.counts["cut"] += 1
        elif report.failed or report.skipped:
            self.counts["failed" if report.failed else "skipped"] += 1
        elif report.when == "call":
            self.counts["passed"] += 1


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The verdict decides the exit status, and the JUnit report carries it (written after this hook)."""
    config = session.config
    run = config.stash.get(RUN_KEY, None)
    if run is None:
        return
    server_items = config.stash.get(SERVER_ITEMS_KEY, 0)
    outcome = summary.Outcome(
        **config.stash[OUTCOMES_KEY].counts,
        interrupted=exitstatus == pytest.ExitCode.INTERRUPTED,
        server_unchecked=server_items > 0 and run.results.responses == 0,
        allow_skips=config.getoption("--conformance-allow-skips"),
    )
    config.stash[OUTCOME_KEY] = outcome
    session.exitstatus = outcome.exit_code
    junit = config.stash.get(xml_key, None)
    if junit is not None:
        junit.add_global_property("verdict", outcome.verdict)
        if outcome.explanation:
            junit.add_global_property("verdict_explanation", outcome.explanation)
        for (check, operation_id), finding in run.results.failures.items():
            if finding.reproduction:
                junit.add_global_property(f"reproduction: {check} on {operation_id}", finding.reproduction)


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    run = config.stash.get(RUN_KEY, None)
    outcome = config.stash.get(OUTCOME_KEY, None)
    if run is None or outcome is None:
        return
    report = summary.Report(run.results, run.target.describe(), run.settings.profile, run.settings.strict, outcome)
    terminalreporter.write(summary.render(report) + "\n")
    path = config.getoption("--conformance-json")
    if path:
        Path(path).write_text(json.dumps(summary.as_json(report), indent=2) + "\n", "utf-8")
