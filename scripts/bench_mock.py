"""Benchmark of the mock server against Prism 5 on the same machine, in the same run.

    python -m scripts.bench_mock [--duration 15] [--soak 60] [--skip-prism]

Needs wrk (Debian: apt-get install wrk), the package installed with the `mock` extra, and for
the baseline node/npx with network access to the npm registry (Prism 5 is fetched by npx).
Everything listens on 127.0.0.1. Prints a table: requests/s and p99 for each target, the
ratio to Prism, req/s at 10k / 100k / 1M activities, start-up time, memory, and a soak.
Not part of CI: the machine is shared and noisy; compare ratios from one run, not absolutes.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HEADERS = {"X-App-Id": "bench", "X-App-Token": "bench-token"}
CONNECTIONS = 16
SOAK_CONNECTIONS = 64


@dataclass
class Load:
    requests_per_s: float
    p99_ms: float
    requests: int
    errors: int


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
    process.send_signal(signal.SIGINT)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def wrk(paths: list[str], base: str, seconds: int, connections: int) -> Load:
    """wrk with 2 threads cycling through `paths`; parses req/s, p99 and errors."""
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
        command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-s", handle.name, base]
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


def mock_paths(port: int, program: str) -> dict[str, list[str]]:
    """First page; a walk of 50 cursor pages; a filtered walk (type $in + created_at $after, junction AND)."""
    base = f"/v2/loyalties/programs/{program}/activities"
    filtered = (
        f"{base}?limit=10&filters[type][conditions][$in][0]=vl.program.updated"
        "&filters[type][conditions][$in][1]=vl.program.reward.assigned"
        "&filters[created_at][conditions][$after]=2025-01-01T00:00:00.000Z"
    )

    def walk(first: str, pages: int) -> list[str]:
        found, path = [first], first
        for _ in range(pages - 1):
            status, body = fetch(f"http://127.0.0.1:{port}{path}")
            if status != 200 or not body["cursor"]:
                break
            path = f"{first}&cursor={body['cursor']['next']}"
            found.append(path)
        return found

    return {
        "first page": [f"{base}?limit=10"],
        "paging": walk(f"{base}?limit=10", 50),
        "filtered paging": walk(filtered, 50),
    }


def prism(seconds: int) -> Load | None:
    npx = shutil.which("npx")
    if not npx:
        print("prism: npx not found; skipped", file=sys.stderr)
        return None
    spec = ROOT / "build" / "openapi.json"
    if not spec.exists():
        subprocess.run([sys.executable, "-m", "scripts.bundle", "--output", str(spec)], check=True, cwd=ROOT)
    port = free_port()
    command = [npx, "-y", "@stoplight/prism-cli@5", "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        path = "/v2/loyalties/programs/lprg_0a1b2c3d4e5f/activities?limit=10"
        # Prism 5 answers this request 400: it fills the deepObject `filters` with empty $in/$not_in
        # arrays and then fails its own minItems check. Its req/s still counts routing, request
        # validation and an example response, which is the baseline the issue measured.
        wait_until_serving(f"http://127.0.0.1:{port}{path}", process, 300, expect=None)
        status = fetch(f"http://127.0.0.1:{port}{path}")[0]
        print(f"prism answers the benchmark request with HTTP {status}")
        return wrk([path], f"http://127.0.0.1:{port}", seconds, CONNECTIONS)
    finally:
        stop(process)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=15, help="seconds per wrk run (default 15)")
    parser.add_argument("--soak", type=int, default=60, help="soak seconds at 64 connections (default 60; 0 skips)")
    parser.add_argument("--skip-prism", action="store_true", help="no Prism baseline (no ratios)")
    parser.add_argument("--sizes", default="10000,100000,1000000", help="dataset sizes to compare")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        print("bench_mock: wrk not found (apt-get install wrk)", file=sys.stderr)
        return 2
    rows: list[tuple[str, Load]] = []
    baseline = None if args.skip_prism else prism(args.duration)
    if baseline:
        rows.append(("prism 5, examples only, limit=10", baseline))
    sizes = [int(s) for s in args.sizes.split(",")]
    default_port = free_port()
    process, _, default_start = start_mock(10_000, default_port)
    stop(process)
    print(f"start-up, default dataset (10,000 activities), CLI to first 200: {default_start:.2f} s")
    for size in sizes:
        port = free_port()
        process, program, started = start_mock(size, port)
        memory = rss_mb(process.pid)
        try:
            paths = mock_paths(port, program)
            for label, chosen in paths.items():
                if size != 100_000 and label != "paging":
                    continue
                rows.append(
                    (
                        f"mock {size:>9,} activities, {label} ({len(chosen)} urls)",
                        wrk(chosen, f"http://127.0.0.1:{port}", args.duration, CONNECTIONS),
                    )
                )
            print(f"mock {size:,} activities: start-up {started:.2f} s, RSS {memory:.0f} MB")
            if size == 100_000 and args.soak:
                before = rss_mb(process.pid)
                soak = wrk(
                    paths["paging"] + paths["filtered paging"], f"http://127.0.0.1:{port}", args.soak, SOAK_CONNECTIONS
                )
                after = rss_mb(process.pid)
                print(
                    f"soak {args.soak}s at {SOAK_CONNECTIONS} connections: {soak.requests} requests, "
                    f"{soak.errors} errors, {soak.requests_per_s:.0f} req/s, p99 {soak.p99_ms:.1f} ms, "
                    f"RSS {before:.0f} -> {after:.0f} MB"
                )
        finally:
            stop(process)
    print(f"\n{'target':<62} {'req/s':>9} {'p99 ms':>8} {'x prism':>8} {'errors':>7}")
    for label, load in rows:
        ratio = f"{load.requests_per_s / baseline.requests_per_s:.1f}" if baseline else "-"
        print(f"{label:<62} {load.requests_per_s:>9.0f} {load.p99_ms:>8.1f} {ratio:>8} {load.errors:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
