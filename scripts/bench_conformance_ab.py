"""Wall time of `voucherify-activities conformance` (ci profile, bundled mock) for two installations, interleaved.

    python -m scripts.bench_conformance_ab [--rounds 5] BEFORE_EXE AFTER_EXE [-- extra options]

BEFORE_EXE and AFTER_EXE are `voucherify-activities` executables of two installations (say a
venv with main, one with a branch). Each round runs both in fresh processes, in alternating
order, so load from other work on the machine falls on both alike; the report gives each side's
median and the median of the per-round ratios. Not part of CI: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import tempfile
import time
from pathlib import Path


def once(executable: str, extra: list[str]) -> tuple[float, dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        summary = Path(tmp) / "summary.json"
        started = time.perf_counter()
        done = subprocess.run(
            [executable, "conformance", "--json", str(summary), *extra], capture_output=True, text=True, check=False
        )
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(f"{executable} exited {done.returncode}:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
        return seconds, json.loads(summary.read_text("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("extra", nargs=argparse.REMAINDER, help="options for both runs (after --)")
    args = parser.parse_args()
    args.extra = [arg for arg in args.extra if arg != "--"]
    times: dict[str, list[float]] = {"before": [], "after": []}
    requests: dict[str, int] = {}
    for round_index in range(args.rounds):
        order = ("before", "after") if round_index % 2 == 0 else ("after", "before")
        for side in order:
            seconds, summary = once(getattr(args, side), args.extra)
            times[side].append(seconds)
            requests[side] = int(str(summary["server_requests"]))
        print(f"round {round_index + 1}: before {times['before'][-1]:.1f} s, after {times['after'][-1]:.1f} s")
    ratios = [after / before for before, after in zip(times["before"], times["after"], strict=True)]
    for side in ("before", "after"):
        print(f"{side}: median {statistics.median(times[side]):.1f} s, {requests[side]} server requests")
    print(f"after/before wall time: median of per-round ratios {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
