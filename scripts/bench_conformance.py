"""Benchmark of the conformance suite against the bundled mock: wall time and cases per second.

    python -m scripts.bench_conformance [--profile thorough] [--suite all] [--repeat 1]

Runs `voucherify-activities conformance` (the package installed with the `conformance`
extra) in a fresh process, as a user's CI does, and reads its JSON summary. A case is one
generated input judged end to end: a request sent to the server and judged by every check
(follow-up pages and probes included), or a client case (a request built and validated, or
a body parsed and restored). Not part of CI: the numbers depend on the machine.

Baseline, measured in the same run: stock Schemathesis (the curated spec, default
configuration and checks, `case.call_and_validate()` in a Hypothesis test, as its docs show)
against the same mock, with the profile's examples per operation. The ratio of cases per
second says what the suite's extra checks, real ids, paging follow-ups and client suites cost
per case over what a user would get from Schemathesis alone.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.core.failures import FailureGroup
from voucherify_activities.conformance.mock import MockConfig, MockServer
from voucherify_activities.conformance.profiles import PROFILES

from voucherify_activities.spec import load_spec, operations


@dataclass(frozen=True)
class Run:
    seconds: float
    verdict: str
    server_requests: int
    client_cases: int
    check_verdicts: int  # one check's verdict on one case

    @property
    def cases(self) -> int:
        return self.server_requests + self.client_cases


def run_once(profile: str, suite: str) -> Run:
    with tempfile.TemporaryDirectory() as directory:
        report = Path(directory) / "summary.json"
        command = [sys.executable, "-m", "voucherify_activities.cli", "conformance", "--profile", profile]
        command += ["--suite", suite, "--json", str(report)]
        env = {key: value for key, value in os.environ.items() if not key.startswith("VOUCHERIFY_")}
        started = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        if not report.exists():
            raise RuntimeError(f"the run wrote no summary (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")
        summary: dict[str, Any] = json.loads(report.read_text("utf-8"))
    if summary["first_failure"]:
        first = summary["first_failure"]
        print(f"first failure: {first['check']} on {first['operation']}\n{first['message']}\n{first['reproduction']}")
    verdicts = sum(row["passed"] + row["failed"] for row in summary["checks"])
    return Run(seconds, summary["verdict"], summary["server_requests"], summary["client_cases"], verdicts)


@dataclass(frozen=True)
class Baseline:
    seconds: float
    cases: int
    failed: int  # cases stock Schemathesis reports (it knows nothing of the spec's request rules)


def stock_schemathesis(examples: int) -> Baseline:
    """Stock Schemathesis against a fresh mock, `examples` generated cases per operation."""

    schema = schemathesis.openapi.from_dict(load_spec())
    outcomes = {"cases": 0, "failed": 0}
    with MockServer(MockConfig()) as mock, requests.Session() as session:
        headers = {"X-App-Id": "bench", "X-App-Token": "bench-token"}
        started = time.perf_counter()
        for op in operations():
            operation = schema[op.path][op.method]

            @given(case=operation.as_strategy())
            @settings(
                max_examples=examples,
                phases=[Phase.generate],
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            def test(case: Any) -> None:
                outcomes["cases"] += 1
                try:
                    case.call_and_validate(base_url=mock.base_url, session=session, headers=headers)
                except (Exception, FailureGroup):  # counted, not shrunk: this times throughput
                    outcomes["failed"] += 1

            test()
        seconds = time.perf_counter() - started
    return Baseline(seconds, outcomes["cases"], outcomes["failed"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profile", choices=("ci", "thorough"), default="thorough")
    parser.add_argument("--suite", choices=("all", "server", "client"), default="all")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of suite + baseline; medians are reported")
    args = parser.parse_args(argv)
    print(
        f"conformance suite, profile {args.profile}, suite {args.suite}, against the bundled mock; "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"schemathesis {metadata.version('schemathesis')}, hypothesis {metadata.version('hypothesis')}"
    )
    examples = PROFILES[args.profile].max_examples
    runs: list[Run] = []
    baselines: list[Baseline] = []
    for index in range(1, args.repeat + 1):  # interleaved, so drift in the machine's load hits both alike
        run = run_once(args.profile, args.suite)
        baseline = stock_schemathesis(examples)
        runs.append(run)
        baselines.append(baseline)
        print(
            f"round {index}: suite {run.seconds:.1f} s wall, verdict {run.verdict}, {run.server_requests} server "
            f"requests, {run.client_cases} client cases, {run.check_verdicts} check verdicts, "
            f"{run.cases / run.seconds:.0f} cases/s; stock Schemathesis {baseline.seconds:.1f} s, "
            f"{baseline.cases} cases ({baseline.failed} reported), {baseline.cases / baseline.seconds:.0f} cases/s"
        )
    suite_rate = statistics.median(run.cases / run.seconds for run in runs)
    stock_rate = statistics.median(baseline.cases / baseline.seconds for baseline in baselines)
    print(
        f"median: suite {statistics.median(run.seconds for run in runs):.1f} s wall, "
        f"{statistics.median(run.cases for run in runs):.0f} cases, {suite_rate:.0f} cases/s; "
        f"stock Schemathesis ({examples} examples per operation, default checks) {stock_rate:.0f} cases/s"
    )
    print(f"ratio, suite cases/s to stock Schemathesis cases/s: {suite_rate / stock_rate:.2f}")
    return 0 if all(run.verdict == "PASS" for run in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
