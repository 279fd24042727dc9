"""Benchmark of the mock server against Prism 5 on the same machine, in the same run.

    python -m scripts.bench_mock [--duration 10] [--repeat 3] [--warmup 3] [--soak 60] [--threads 1] [--skip-prism]

Needs wrk (Debian: apt-get install wrk), the package installed with the `mock` extra, and for
the baseline node/npx with access to the npm registry (Prism 5 is fetched by npx).
Everything listens on 127.0.0.1. Not part of CI: the machine is shared and noisy, so every
target is measured `--repeat` times in interleaved rounds (Prism and the mocks stay up
throughout) and the table shows medians; compare ratios from one run, not absolutes.

Prism baselines, all GET program activities limit=10 at the same connections:
- `curated spec`: the spec as shipped. Prism 5 answers it 400: it fills the deepObject
  `filters` with empty `$in`/`$not_in` arrays and fails its own minItems check. This is the
  baseline the issue measured (routing, validation, an example 400).
- `no-filters spec`: the same spec without the `filters` parameter, which Prism answers 200
  with the page example (routing, validation, an example 200).
- `no-filters spec, -v silent`: the same with Prism's per-request logging off (the mock logs
  nothing per request either): Prism's fastest configuration.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HEADERS = {"X-App-Id": "bench", "X-App-Token": "bench-token"}
CONNECTIONS = 16
SOAK_CONNECTIONS = 64
PRISM_PATH = "/v2/loyalties/programs/lprg_0a1b2c3d4e5f/activities?limit=10"
COLD_PAGES = 2000  # 20,000 distinct activities: more than the mock's render cache holds
DEFAULT_SIZE = 10_000


@dataclass
class Load:
    requests_per_s: float
    p99_ms: float
    requests: int
    errors: int


@dataclass
class Target:
    label: str
    base: str
    paths: list[str]
    loads: list[Load] = field(default_factory=list)
    expect_errors: bool = False  # Prism's curated-spec baseline answers 400 by design

    @property
    def rate(self) -> float:
        return statistics.median(load.requests_per_s for load in self.loads)

    @property
    def p99(self) -> float:
        return statistics.median(load.p99_ms for load in self.loads)

    @property
    def errors(self) -> int:
        return sum(load.errors for load in self.loads)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def fetch(url: str, timeout: float = 5.0) -> tuple[int, Any]:
    request = urllib.request.Request(url, headers=HEADERS)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, None


def wait_until_serving(url: str, process: subprocess.Popen[str], timeout: float, expect: int | None = 200) -> float:
    """Seconds until `url` answers (with status `expect`, or any status when None)."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.stderr.read() if process.stderr else ''}")
        try:
            status = fetch(url, timeout=1)[0]
            if expect is None or status == expect:
                return time.perf_counter() - start
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"{url} did not answer within {timeout}s")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_mock(size: int, port: int) -> tuple[subprocess.Popen[str], str, float]:
    """The mock via its console script; returns (process, a program id, seconds until it served)."""
    command = [sys.executable, "-m", "voucherify_activities.cli", "mock", "--port", str(port), "--size", str(size)]
    command += ["--cursor-ttl", "3600"]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    process.stdout.readline()
    program = re.search(r"(lprg_[0-9a-f]+)", process.stdout.readline())
    if not program:
        raise RuntimeError("mock did not print a program id")
    url = f"http://127.0.0.1:{port}/v2/loyalties/programs/{program.group(1)}/activities?limit=10"
    wait_until_serving(url, process, 300)
    return process, program.group(1), time.perf_counter() - started


def stop(process: subprocess.Popen[str]) -> None:
    """SIGINT, then SIGKILL; to the whole group when the process leads one (npx leaves Prism's node
    running when only npx is signalled)."""
    for sig, wait in ((signal.SIGINT, 10.0), (signal.SIGKILL, 5.0)):
        if process.poll() is not None:
            return
        try:
            if os.getpgid(process.pid) == process.pid:
                os.killpg(process.pid, sig)
            else:
                process.send_signal(sig)
            process.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue
        except ProcessLookupError:
            return


def wrk(paths: list[str], base: str, seconds: int, connections: int, threads: int) -> Load:
    """wrk cycling through `paths`; parses req/s, p99 and errors (socket errors and non-2xx)."""
    script = "counter = 0\npaths = {" + ",".join(json.dumps(p) for p in paths) + "}\n"
    script += "".join(f'wrk.headers["{k}"] = "{v}"\n' for k, v in HEADERS.items())
    script += (
        "request = function()\n  counter = counter % #paths + 1\n  return wrk.format(nil, paths[counter])\nend\n"
        "done = function(summary, latency, requests)\n"
        '  io.write(string.format("P99_US %d\\n", latency:percentile(99)))\nend\n'
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    try:
        command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "-s", handle.name, base]
        out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 60).stdout
    finally:
        os.unlink(handle.name)
    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99 = int(re.search(r"P99_US (\d+)", out).group(1)) / 1000  # type: ignore[union-attr]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = int(non2xx.group(1)) if non2xx else 0
    errors += sum(int(g) for g in socket_errors.groups()) if socket_errors else 0
    return Load(rate, p99, requests, errors)


def walk(port: int, first: str, pages: int) -> list[str]:
    """`first` and the cursor pages after it, up to `pages` urls (fewer if the log ends)."""
    found, path = [first], first
    while len(found) < pages:
        status, body = fetch(f"http://127.0.0.1:{port}{path}")
        if status != 200 or not body["cursor"]:
            break
        path = f"{first}&cursor={body['cursor']['next']}"
        found.append(path)
    return found


def mock_paths(port: int, program: str) -> dict[str, list[str]]:
    """First page; a walk of 50 cursor pages; a filtered walk (type $in + created_at $after, junction AND)."""
    base = f"/v2/loyalties/programs/{program}/activities"
    filtered = (
        f"{base}?limit=10&filters[type][conditions][$in][0]=vl.program.updated"
        "&filters[type][conditions][$in][1]=vl.program.reward.assigned"
        "&filters[created_at][conditions][$after]=2025-01-01T00:00:00.000Z"
    )
    return {
        "first page": [f"{base}?limit=10"],
        "paging": walk(port, f"{base}?limit=10", 50),
        "filtered paging": walk(port, filtered, 50),
    }


def bundle_specs(directory: Path) -> tuple[Path, Path]:
    """The curated spec bundled fresh from openapi/, and a copy without the v2 `filters` parameter."""
    curated = directory / "openapi.json"
    subprocess.run([sys.executable, "-m", "scripts.bundle", "--output", str(curated)], check=True, cwd=ROOT)
    spec = json.loads(curated.read_text())
    for item in spec["paths"].values():
        operation = item.get("get")
        if operation:
            operation["parameters"] = [p for p in operation.get("parameters", []) if p.get("name") != "filters"]
    variant = directory / "openapi-no-filters.json"
    variant.write_text(json.dumps(spec))
    return curated, variant


def start_prism(spec: Path, extra: list[str]) -> tuple[subprocess.Popen[str], str, int]:
    npx = shutil.which("npx")
    assert npx is not None
    port = free_port()
    command = [npx, "-y", "@stoplight/prism-cli@5", "mock", "-h", "127.0.0.1", "-p", str(port), *extra, str(spec)]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}{PRISM_PATH}"
    wait_until_serving(url, process, 300, expect=None)
    return process, f"http://127.0.0.1:{port}", fetch(url)[0]


class RssSampler:
    """RSS of a process every `every` seconds while a load runs."""

    def __init__(self, pid: int, every: float = 5.0) -> None:
        self.pid, self.every, self.samples = pid, every, [rss_mb(pid)]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.samples.append(rss_mb(self.pid))

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.samples.append(rss_mb(self.pid))


def versions() -> str:
    found = []
    for name in ("uvicorn", "httptools", "uvloop"):
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} -")
    return f"Python {platform.python_version()}, " + ", ".join(found)


def measure_startup(repeat: int) -> None:
    """Start-up of the default dataset through the CLI, `repeat` times."""
    seconds = []
    for _ in range(repeat):
        process, _, started = start_mock(DEFAULT_SIZE, free_port())
        stop(process)
        seconds.append(started)
    runs = ", ".join(f"{s:.2f}" for s in seconds)
    median = statistics.median(seconds)
    print(f"start-up, default dataset ({DEFAULT_SIZE:,} activities), CLI to first 200: median {median:.2f} s of {runs}")


def start_prisms(processes: list[subprocess.Popen[str]]) -> list[Target]:
    """The three Prism baselines (see the module docstring), left running for the rounds."""
    prisms = []
    with tempfile.TemporaryDirectory() as tmp:
        curated, variant = bundle_specs(Path(tmp))
        for label, spec, extra in (
            ("prism 5, curated spec", curated, []),
            ("prism 5, no-filters spec", variant, []),
            ("prism 5, no-filters spec, -v silent", variant, ["-v", "silent"]),
        ):
            process, base, status = start_prism(spec, extra)
            processes.append(process)
            prisms.append(Target(f"{label} (HTTP {status})", base, [PRISM_PATH], expect_errors=status != 200))
    return prisms


def start_mocks(sizes: list[int], processes: list[subprocess.Popen[str]]) -> tuple[list[Target], dict[int, int]]:
    """A mock per size, left running; its targets, and the pid per size."""
    targets: list[Target] = []
    pids: dict[int, int] = {}
    for size in sizes:
        port = free_port()
        process, program, started = start_mock(size, port)
        processes.append(process)
        pids[size] = process.pid
        paths = mock_paths(port, program)
        base = f"http://127.0.0.1:{port}"
        for label in ["paging", "filtered paging"] + (["first page"] if size == 100_000 else []):
            targets.append(Target(f"mock {size:>9,}, {label} ({len(paths[label])} urls)", base, paths[label]))
        if size >= 1_000_000:
            cold = walk(port, paths["paging"][0], COLD_PAGES)
            targets.append(Target(f"mock {size:>9,}, cold paging ({len(cold)} urls)", base, cold))
        print(f"mock {size:,} activities: start-up {started:.2f} s, RSS {rss_mb(process.pid):.0f} MB")
    return targets, pids


def soak(targets: list[Target], pid: int, seconds: int, threads: int) -> None:
    """All 100k targets' urls at 64 connections for `seconds`, RSS sampled every 5 s."""
    chosen = [t for t in targets if t.label.startswith("mock   100,000")]
    paths = [p for t in chosen for p in t.paths]
    with RssSampler(pid) as rss:
        load = wrk(paths, chosen[0].base, seconds, SOAK_CONNECTIONS, threads)
    print(
        f"soak {seconds} s at {SOAK_CONNECTIONS} connections, 100,000 activities: {load.requests} requests, "
        f"{load.errors} errors, {load.requests_per_s:.0f} req/s, p99 {load.p99_ms:.1f} ms; RSS MB every 5 s: "
        + " ".join(f"{m:.0f}" for m in rss.samples)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run (default 10)")
    parser.add_argument("--repeat", type=int, default=3, help="interleaved rounds; the table shows medians (default 3)")
    parser.add_argument("--soak", type=int, default=60, help="soak seconds at 64 connections (default 60; 0 skips)")
    parser.add_argument("--warmup", type=int, default=3, help="uncounted seconds per target first (default 3)")
    parser.add_argument("--threads", type=int, default=1, help="wrk threads (default 1: the other core serves)")
    parser.add_argument("--skip-prism", action="store_true", help="no Prism baseline (no ratios)")
    parser.add_argument("--sizes", default="10000,100000,1000000", help="dataset sizes to compare")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        print("bench_mock: wrk not found (apt-get install wrk)", file=sys.stderr)
        return 2
    if not args.skip_prism and not shutil.which("npx"):
        print("bench_mock: npx not found; run with --skip-prism", file=sys.stderr)
        return 2
    print(
        f"config: wrk -t{args.threads} -c{CONNECTIONS}, {args.warmup} s warm-up then {args.duration} s per run, "
        f"{args.repeat} interleaved rounds (medians), {os.cpu_count()} CPUs shared by wrk and the servers; {versions()}"
    )
    processes: list[subprocess.Popen[str]] = []
    try:
        measure_startup(args.repeat)
        prisms = [] if args.skip_prism else start_prisms(processes)
        targets, pids = start_mocks([int(s) for s in args.sizes.split(",")], processes)
        for target in prisms + targets:  # warm-up, not counted: Prism's JIT, the mock's caches
            wrk(target.paths, target.base, args.warmup, CONNECTIONS, args.threads)
        for _ in range(args.repeat):
            for target in prisms + targets:
                target.loads.append(wrk(target.paths, target.base, args.duration, CONNECTIONS, args.threads))
        for size, pid in pids.items():
            print(f"mock {size:,} activities: RSS after the rounds {rss_mb(pid):.0f} MB")
        if args.soak and 100_000 in pids:
            soak(targets, pids[100_000], args.soak, args.threads)
    finally:
        for process in processes:
            stop(process)
    print_table(prisms, targets)
    return 0


def print_table(prisms: list[Target], targets: list[Target]) -> None:
    names = [f"x P{i + 1}" for i in range(len(prisms))]
    print(f"\n{'target':<58} {'req/s':>8} {'p99 ms':>7} " + " ".join(f"{n:>6}" for n in names) + f" {'errors':>8}")
    for index, target in enumerate(prisms):
        label = f"P{index + 1} {target.label}"
        errors = f"{target.errors}{'*' if target.expect_errors else ''}"
        print(
            f"{label:<58} {target.rate:>8.0f} {target.p99:>7.1f} "
            + " ".join(f"{'':>6}" for _ in prisms)
            + f" {errors:>8}"
        )
    for target in targets:
        ratios = " ".join(f"{target.rate / p.rate:>6.1f}" for p in prisms)
        print(f"{target.label:<58} {target.rate:>8.0f} {target.p99:>7.1f} {ratios} {target.errors:>8}")
    if any(p.expect_errors for p in prisms):
        print("* non-2xx answers, as expected: Prism answers the curated spec's request 400 (see the module docstring)")
    for target in prisms + targets:
        runs = ", ".join(f"{load.requests_per_s:.0f}" for load in target.loads)
        print(f"  runs, req/s: {target.label}: {runs}")


if __name__ == "__main__":
    sys.exit(main())
