"""Benchmark of the conformance suite against the bundled mock: wall time and cases per second.

    python -m scripts.bench_conformance [--profile thorough] [--suite all] [--repeat 1]

Runs `voucherify-activities conformance` (the package installed with the `conformance`
extra) in a fresh process, as a user's CI does, and reads its JSON summary. A case is one
generated input judged end to end: a request sent to the server and judged by every check
(follow-up pages and probes included), or a client case (a request built and validated, or
a body parsed and restored). Not part of CI: the numbers depend on the machine.
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profile", choices=("ci", "thorough"), default="thorough")
    parser.add_argument("--suite", choices=("all", "server", "client"), default="all")
    parser.add_argument("--repeat", type=int, default=1, help="runs; the table shows the median")
    args = parser.parse_args(argv)
    print(
        f"conformance suite, profile {args.profile}, suite {args.suite}, against the bundled mock; "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"schemathesis {metadata.version('schemathesis')}, hypothesis {metadata.version('hypothesis')}"
    )
    runs = [run_once(args.profile, args.suite) for _ in range(args.repeat)]
    for index, run in enumerate(runs, 1):
        print(
            f"run {index}: {run.seconds:.1f} s wall, verdict {run.verdict}, {run.server_requests} server requests, "
            f"{run.client_cases} client cases, {run.check_verdicts} check verdicts, "
            f"{run.cases / run.seconds:.0f} cases/s"
        )
    median = statistics.median(run.seconds for run in runs)
    cases = statistics.median(run.cases for run in runs)
    print(f"median: {median:.1f} s wall, {cases:.0f} cases, {cases / median:.0f} cases/s")
    return 0 if all(run.verdict == "PASS" for run in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
