"""Run the shipped suites with pytest: what `voucherify-activities conformance` does.

pytest is the one runner for every suite (Schemathesis and Hypothesis tests alike); this
module turns the command's options into pytest arguments and maps the outcome to an exit code.
"""

from __future__ import annotations

import importlib.util
import signal
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

SUITES = {
    # Schemathesis against the target, the assumptions, strict mode's verdict (last).
    "server": ("test_server.py", "test_assumptions.py", "test_behaviour.py", "test_strict.py"),
    # Requests the client builds, responses its models parse; no network.
    "client": ("test_client_requests.py", "test_client_responses.py"),
}


@dataclass(frozen=True)
class Options:
    target: str = "mock"
    base_url: str | None = None
    profile: str | None = None
    strict: str = "warn"
    suite: str = "all"  # "server", "client" or "all"
    operations: Sequence[str] = ()
    junit_xml: Path | None = None
    json_report: Path | None = None
    rate_limit: str | None = None
    verbose: bool = False
    allow_skips: bool = False  # NOT CHECKED / INCOMPLETE exit 0 (the verdict still says so)
    time_budget: float | None = None  # seconds
    extra: Sequence[str] = field(default_factory=tuple)  # passed to pytest as they are


def suites_dir() -> Path:
    spec = importlib.util.find_spec("voucherify_activities.conformance.suites")
    if spec is None or spec.origin is None:  # pragma: no cover - a broken installation
        raise RuntimeError("voucherify_activities.conformance.suites is not installed")
    return Path(spec.origin).parent


def pytest_args(options: Options) -> list[str]:
    """The pytest command line for `options`."""
    chosen = [name for suite, files in SUITES.items() if options.suite in (suite, "all") for name in files]
    # Files, not a marker: a suite not chosen is not even imported (its Hypothesis setup costs seconds).
    args = [str(suites_dir() / name) for name in chosen]
    args += ["--conformance-target", options.target, "--conformance-strict", options.strict]
    args += ["-p", "no:cacheprovider", "--tb=short", "-ra" if options.verbose else "-q"]
    # Plain asserts (the suites' carry their own messages): rewriting every Schemathesis module costs ~3 s.
    args.append("--assert=plain")
    if options.verbose:
        args.append("-v")
    if options.base_url:
        args += ["--conformance-base-url", options.base_url]
    if options.profile:
        args += ["--conformance-profile", options.profile]
    if options.rate_limit:
        args += ["--conformance-rate-limit", options.rate_limit]
    for operation_id in options.operations:
        args += ["--conformance-operation", operation_id]
    if options.junit_xml is not None:
        args += [f"--junit-xml={options.junit_xml}", "-o", "junit_suite_name=voucherify-activities-conformance"]
    if options.json_report is not None:
        args += ["--conformance-json", str(options.json_report)]
    if options.allow_skips:
        args.append("--conformance-allow-skips")
    if options.time_budget is not None:
        args += ["--conformance-time-budget", str(options.time_budget)]
    return [*args, *options.extra]


def run(options: Options) -> int:
    """Run the suites; the exit status the verdict decides (see `summary.EXIT_CODES`).

    SIGTERM is read as Ctrl-C, so a CI job cancelled mid-run still ends with an INTERRUPTED
    verdict and a JUnit file that says so.
    """
    import pytest  # noqa: PLC0415 - only when used

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = (
        signal.signal(signal.SIGTERM, interrupt) if threading.current_thread() is threading.main_thread() else None
    )
    try:
        return int(pytest.main(pytest_args(options)))
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
