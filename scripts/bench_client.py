"""The client's speed where users feel it, before and after, in one run (issue 12's table).

    python -m scripts.bench_client [--before main] [--rounds 9] [--items 10000] [--markdown BENCHMARKS.md]

Two sides, each the package laid out as the wheel installs it (``src/voucherify_activities`` with
``generated/`` as ``_generated`` and ``conformance/``), put first on ``PYTHONPATH`` over the
same installed dependencies: ``before`` from a git revision, ``after`` from the working tree.

- Start-up rows run a fresh interpreter per sample: the import time measured inside it, `pytest`
  on a one-test folder with and without this package's plugin, `voucherify-activities --help`.
- Paging and parsing rows run in one long-lived worker per side (scripts/bench_worker.py) on
  bodies rendered before any clock starts: 100-item pages of the bundled mock's dataset, chained
  by cursor for the in-process rows (``httpx.MockTransport``), the mock itself over HTTP.
- Every round measures each row for both sides, contender and baseline back to back, in an order
  that alternates; a row's figure is the median of its per-round ratios.

Not part of CI: a shared machine is noisy, the ratios are what to compare.
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
WORKER = ROOT / "scripts" / "bench_worker.py"
# Where each part of the checkout goes in an installed package (pyproject.toml's wheel layout).
LAYOUT = {"src/voucherify_activities": "", "generated": "_generated", "conformance": "conformance"}
MOCK_SEED = 7
HTTP_SIZE = 100_000  # the dataset whose largest program log has 8,000 activities
PAGE_SIZE = 100


@dataclass
class Row:
    label: str
    goal: str
    kind: str  # "time ratio", "throughput" (items/s: the inverse of a time ratio) or "seconds"
    samples: dict[str, list[float]] = field(default_factory=lambda: {"before": [], "after": []})

    def figure(self, side: str) -> str:
        values = self.samples[side]
        if not values:
            return "n/a"
        middle = statistics.median(values)
        if self.kind == "seconds":
            return f"{middle:.2f} s"
        return f"{1 / middle:.2f}\u00d7" if self.kind == "throughput" else f"{middle:.2f}\u00d7"


ROWS = {
    "import": Row("cold `import voucherify_activities` vs `import httpx`", "≤ 1.5\u00d7", "time ratio"),
    "import_client": Row(
        "cold `from voucherify_activities import Voucherify` vs `import httpx`", "≤ 1.5\u00d7", "time ratio"
    ),
    "paging_sync": Row(
        "auto-paging {items} program activities in-process, sync, items/s vs bare", "≥ 0.8\u00d7", "throughput"
    ),
    "paging_async": Row("same, async", "≥ 0.8\u00d7", "throughput"),
    "paging_sync_stdlib": Row(
        "same, sync, decoding with the standard library (no orjson: PyPy, ...)", "≥ 0.8\u00d7", "throughput"
    ),
    "paging_http": Row("same over HTTP against the mock, 8,000 items, sync", "≥ 0.9\u00d7", "throughput"),
    "paging_http_async": Row("same over HTTP, async", "≥ 0.9\u00d7", "throughput"),
    "parse_program": Row(
        "full typed parse of a 100-item page vs `json.loads`: program", "≤ 3\u00d7 (goal 2\u00d7)", "time ratio"
    ),
    "parse_v1": Row("same: v1 customer", "≤ 3\u00d7 (goal 2\u00d7)", "time ratio"),
    "common_program": Row(
        "reading id/type/created_at/data of every item vs bare: program", "≤ 1.5\u00d7", "time ratio"
    ),
    "common_v1": Row("same: v1 customer", "≤ 1.5\u00d7", "time ratio"),
    "pytest": Row("`pytest` on one test vs with `-p no:voucherify_activities`", "≤ 1.1\u00d7", "time ratio"),
    "help": Row("`voucherify-activities --help`", "≤ 0.2 s", "seconds"),
}
WORKER_TASKS = [
    "paging_sync",
    "paging_async",
    "paging_sync_stdlib",
    "paging_http",
    "paging_http_async",
    "parse_program",
    "parse_v1",
    "common_program",
    "common_v1",
]


# -- the two sides --------------------------------------------------------------------------------


def lay_out(source: Path, destination: Path) -> Path:
    """``source`` (a checkout) as an installed package under ``destination``; returns ``destination``."""
    for part, target in LAYOUT.items():
        shutil.copytree(source / part, destination / "voucherify_activities" / target, dirs_exist_ok=True)
    return destination


def checkout(revision: str, destination: Path) -> Path:
    """The parts of ``revision`` the package is built from, extracted with ``git archive``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", revision, *LAYOUT], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(destination, filter="data")
    return destination


def environment(tree: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": ""}


# -- pre-rendered pages ---------------------------------------------------------------------------


def render_pages(path: Path, items: int) -> str:
    """Write the worker's bodies to ``path``; return the owner of the HTTP row's program."""
    from voucherify_activities.conformance.mock.app import MockApp  # noqa: PLC0415 - needs the mock extra
    from voucherify_activities.conformance.mock.config import MockConfig  # noqa: PLC0415

    app = MockApp(MockConfig(seed=MOCK_SEED, size=HTTP_SIZE))
    headers = [(b"x-app-id", b"bench"), (b"x-app-token", b"bench")]
    owner = app.store.owners("program")[0]

    def get(path: str, query: str) -> dict[str, Any]:
        response = app.handle("GET", path, query, headers)
        assert response.status == 200, response.body[:300]
        body: dict[str, Any] = json.loads(response.body)
        return body

    program_path = f"/v2/loyalties/programs/{owner}/activities"
    mock_pages, query = [], f"limit={PAGE_SIZE}"
    while True:
        body = get(program_path, query)
        if len(body["data"]) == PAGE_SIZE:
            mock_pages.append(body)
        cursor = (body.get("cursor") or {}).get("next")
        if not cursor:
            break
        query = f"limit={PAGE_SIZE}&cursor={cursor}"
    # The mock's pages, cycled into one chain of `items` activities linked by fresh cursors.
    count = -(-items // PAGE_SIZE)
    chain = {}
    for index in range(count):
        body = dict(mock_pages[index % len(mock_pages)])
        body["cursor"] = {"next": f"lcrsapr_{index + 1:x}", "expires_at": "2099-01-01T00:00:00.000Z"}
        if index == count - 1:
            body["cursor"] = None
        chain["" if index == 0 else f"lcrsapr_{index:x}"] = json.dumps(body)
    customer = get(f"/v1/customers/{app.store.owners('customer')[0]}/activities", f"limit={PAGE_SIZE}")
    assert len(customer["data"]) == PAGE_SIZE
    data = {
        "owner": owner,
        "items": count * PAGE_SIZE,
        "chain": chain,
        "program": json.dumps(mock_pages[0]),
        "customer": json.dumps(customer),
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return owner


# -- measurements ---------------------------------------------------------------------------------


def in_process_import(tree: Path, statement: str) -> float:
    """Seconds ``statement`` takes in a fresh interpreter (its start-up not counted)."""
    code = f"import time; start = time.perf_counter(); {statement}; print(time.perf_counter() - start)"
    output = subprocess.run(
        [sys.executable, "-c", code], env=environment(tree), capture_output=True, text=True, check=True
    )
    return float(output.stdout.strip())


def wall(tree: Path, command: list[str], cwd: Path) -> float:
    start = datetime.datetime.now()
    subprocess.run(command, env=environment(tree), cwd=cwd, capture_output=True, check=True)
    return (datetime.datetime.now() - start).total_seconds()


class Worker:
    """A bench_worker process for one side; ``run(task)`` gives that task's ratio for one round."""

    def __init__(self, tree: Path, pages: Path, base_url: str, owner: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), str(pages), base_url, owner],
            env=environment(tree),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._read() == "ready"

    def _read(self) -> str:
        stdout: IO[str] | None = self.process.stdout
        assert stdout is not None
        line = stdout.readline()
        if not line:
            raise RuntimeError(f"the benchmark worker exited with {self.process.wait()}")
        return line.strip()

    def run(self, task: str, round_number: int) -> float:
        stdin: IO[str] | None = self.process.stdin
        assert stdin is not None
        stdin.write(f"{task} {round_number}\n")
        stdin.flush()
        return float(self._read())

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=60)


def start_mock(tree: Path) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "voucherify_activities.cli", "mock", "--port", "0", "--size", str(HTTP_SIZE)]
    command += ["--seed", str(MOCK_SEED)]
    process = subprocess.Popen(command, env=environment(tree), stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    first = process.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:\d+", first)
    if not found:
        process.kill()
        raise RuntimeError(f"the mock did not say where it listens: {first!r}")
    return process, found.group(0)


def one_round(number: int, trees: dict[str, Path], workers: dict[str, Worker], scratch: Path) -> None:
    sides = ["before", "after"] if number % 2 == 0 else ["after", "before"]
    tests = scratch / "one_test"
    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tests)]
    measures: dict[str, Callable[[Path], float]] = {
        "import": lambda tree: (
            in_process_import(tree, "import voucherify_activities") / in_process_import(tree, "import httpx")
        ),
        "import_client": lambda tree: (
            in_process_import(tree, "from voucherify_activities import Voucherify")
            / in_process_import(tree, "import httpx")
        ),
        "pytest": lambda tree: (
            wall(tree, pytest, scratch) / wall(tree, [*pytest, "-p", "no:voucherify_activities"], scratch)
        ),
        "help": lambda tree: wall(tree, [sys.executable, "-m", "voucherify_activities.cli", "--help"], scratch),
    }
    for key, measure in measures.items():
        for side in sides:
            ROWS[key].samples[side].append(measure(trees[side]))
    for task in WORKER_TASKS:
        for side in sides:
            ROWS[task].samples[side].append(workers[side].run(task, number))


def table(items: int) -> str:
    lines = ["| what | before | after | goal |", "| --- | --- | --- | --- |"]
    for row in ROWS.values():
        label = row.label.format(items=f"{items:,}")
        lines.append(f"| {label} | {row.figure('before')} | {row.figure('after')} | {row.goal} |")
    return "\n".join(lines)


def machine() -> str:
    versions = ", ".join(f"{name} {version(name)}" for name in ("httpx", "orjson", "attrs", "jsonschema", "pytest"))
    cpu = platform.processor() or platform.machine()
    return f"{platform.platform()}, {os.cpu_count()} CPUs ({cpu}); Python {platform.python_version()}; {versions}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", default="main", help="git revision measured as 'before' (default: main)")
    parser.add_argument("--rounds", type=int, default=9, help="interleaved rounds (default 9)")
    parser.add_argument("--items", type=int, default=10_000, help="activities per in-process paging run (10000)")
    parser.add_argument("--markdown", type=Path, help="also write the table, date and machine to this file")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as name:
        scratch = Path(name)
        before_source = checkout(args.before, scratch / "before-source")
        trees = {
            "before": lay_out(before_source, scratch / "before"),
            "after": lay_out(ROOT, scratch / "after"),
        }
        (scratch / "one_test").mkdir()
        (scratch / "one_test" / "test_one.py").write_text("def test_one():\n    assert True\n")
        pages = scratch / "pages.json"
        owner = render_pages(pages, args.items)
        mock, base_url = start_mock(trees["after"])
        workers: dict[str, Worker] = {}
        try:
            workers = {side: Worker(tree, pages, base_url, owner) for side, tree in trees.items()}
            for number in range(args.rounds):
                one_round(number, trees, workers, scratch)
                print(f"round {number + 1}/{args.rounds} done", file=sys.stderr)
        finally:
            for worker in workers.values():
                worker.close()
            mock.terminate()
            mock.wait(timeout=30)

    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    head = (
        f"Before: `{args.before}`; after: the working tree."
        f" {args.rounds} interleaved rounds, medians of per-round ratios."
    )
    report = f"{table(args.items)}\n\n{head}\n\nMeasured {when} on {machine()}.\n"
    print(report)
    if args.markdown:
        text = args.markdown.read_text(encoding="utf-8") if args.markdown.exists() else ""
        marker = "<!-- bench_client -->"
        intro = text.split(marker)[0] if marker in text else text
        args.markdown.write_text(f"{intro}{marker}\n{report}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
