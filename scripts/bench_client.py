"""Benchmark of the client: model parsing against json.loads, and paging throughput and memory.

    python -m scripts.bench_client [--items 100000] [--skip-stock]

1. Parse a 100-activity page of each listing (items cycled from the spec's examples) and report
   each way of parsing as a ratio to ``json.loads`` of the same bytes, measured in this run:
   - ``stock``: the models openapi-python-client 0.29.1 generates with its own templates
     (generated into a temporary folder now; eager parsing) - the "before";
   - ``page``: this package's page model and its 100 item models (what the iterator yields);
   - ``page+top``: the same, and every item's id, type and created_at read;
   - ``to_dict``: every field at every level parsed and written back as JSON (the worst case).
   Each row also says whether ``to_dict()`` gives back exactly the input.
2. Iterate ``--items`` activities (100 per page) through ``Voucherify.list_program_activities``
   against an in-process httpx transport: items/s, as a ratio to fetching the same pages with
   bare httpx + json.loads, and peak traced memory at 10k and at ``--items`` activities.

Not part of CI (timings on a shared machine are noisy): compare ratios from one run.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import gc
import importlib
import json
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from scripts.bundle import bundle
from voucherify_activities import RetryPolicy, Voucherify, models

ROOT = Path(__file__).resolve().parent.parent
PAGE_SIZE = 100
EPOCH = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
LISTINGS = {
    "v2 program": ("ProgramActivityPage", "ProgramActivityPage"),
    "v2 incentive": ("IncentiveActivityPage", "IncentiveActivityPage"),
    "v2 earning rule": ("EarningRuleActivityPage", "EarningRuleActivityPage"),
    "v1 customer": ("CustomerActivityList", "CustomerActivityList"),
}


def best_of(function: Callable[[], object], *, repeat: int = 15, number: int = 20) -> float:
    """Fastest mean time of ``number`` calls, over ``repeat`` rounds (the least disturbed round)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            function()
        best = min(best, (time.perf_counter() - start) / number)
    return best


@functools.cache
def example_pages() -> dict[str, bytes]:
    """A 100-item page per listing, its items cycled from every example of that page schema."""
    pages = {}
    examples = bundle()["components"]["examples"]
    for label, (schema, _) in LISTINGS.items():
        values = [e["value"] for name, e in examples.items() if name.startswith(schema.removesuffix("Page"))]
        values = [v for v in values if isinstance(v, dict) and v.get("data")]
        items = [item for value in values for item in value["data"]]
        page = dict(values[0])
        page["data"] = [items[i % len(items)] for i in range(PAGE_SIZE)]
        if "total" in page:
            page["total"] = PAGE_SIZE
        pages[label] = json.dumps(page).encode()
    return pages


def stock_models(workdir: Path) -> Any | None:
    """The models module openapi-python-client generates with its stock templates, or None if it cannot."""
    codegen = workdir / "codegen.json"
    subprocess.run(
        [sys.executable, "-m", "scripts.apply_overlays", str(workdir / "openapi.json"), "overlays/codegen.yaml",
         "-o", str(codegen)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    config = (
        (ROOT / "codegen" / "config.yaml")
        .read_text()
        .replace("package_name_override: voucherify_activities._generated", "package_name_override: stock_activities")
    )
    (workdir / "config.yaml").write_text(config.split("post_hooks:")[0])
    result = subprocess.run(
        [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(codegen),
         "--config", str(workdir / "config.yaml"), "--meta", "none",
         "--output-path", str(workdir / "stock_activities")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        print(f"stock generator unavailable: {(result.stderr or result.stdout).strip()[:200]}")
        return None
    sys.path.insert(0, str(workdir))
    return importlib.import_module("stock_activities.models")


def top_read(page: Any) -> None:
    for item in page.data:
        _ = (item.id, item.type, item.created_at)


def timings(model: Any, raw: bytes) -> dict[str, float]:
    """Seconds per page for json.loads and for each way of parsing the same bytes into ``model``."""
    return {
        "json.loads": best_of(lambda: json.loads(raw)),
        "page": best_of(lambda: model.from_dict(json.loads(raw)).data),
        "page+top": best_of(lambda: top_read(model.from_dict(json.loads(raw)))),
        "to_dict": best_of(lambda: model.from_dict(json.loads(raw)).to_dict()),
    }


def stock_row(stock_model: Any, raw: bytes) -> tuple[float, str]:
    """Seconds per page for the stock model, and whether its to_dict() gives back the input."""
    seconds = best_of(lambda: stock_model.from_dict(json.loads(raw)))
    try:
        lossless = str(stock_model.from_dict(json.loads(raw)).to_dict() == json.loads(raw))
    except Exception as error:  # the stock models may fail to serialise at all
        lossless = f"fails ({type(error).__name__})"
    return seconds, lossless


def bench_parsing(stock: Any | None) -> None:
    print(f"\n1. Parsing one {PAGE_SIZE}-activity page: time as a multiple of json.loads of the same bytes")
    columns = f"{'stock':>7} {'page':>7} {'page+top':>9} {'to_dict':>8}"
    print(f"{'listing':<16} {'KiB':>5} {'json.loads':>11} {columns}  lossless (stock / ours)")
    for label, raw in example_pages().items():
        model = getattr(models, LISTINGS[label][1])
        times = timings(model, raw)
        base = times["json.loads"]
        lossless = model.from_dict(json.loads(raw)).to_dict() == json.loads(raw)
        stock_ratio, stock_lossless = "-", "-"
        if stock is not None:
            seconds, stock_lossless = stock_row(getattr(stock, LISTINGS[label][1]), raw)
            stock_ratio = f"{seconds / base:6.2f}x"
        ours = "".join(f" {times[k] / base:{w}.2f}x" for k, w in (("page", 6), ("page+top", 8), ("to_dict", 7)))
        size = f"{len(raw) / 1024:5.0f} {base * 1e6:9.0f}us"
        print(f"{label:<16} {size} {stock_ratio:>7}{ours}  {stock_lossless} / {lossless}")


def wire_time(milliseconds: int) -> str:
    moment = EPOCH + datetime.timedelta(milliseconds=milliseconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class PagedTransport(httpx.MockTransport):
    """Serves ``total`` program activities in pages of 100."""

    def __init__(self, total: int) -> None:
        item = json.loads(example_pages()["v2 program"])["data"][0]
        self.total = total
        # The items differ in id and created_at (a millisecond apart, newest first), as real ones do.
        item["id"], item["created_at"] = "<ID>", "<AT>"
        self.item = json.dumps(item)
        super().__init__(self.serve)

    def serve(self, request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        offset = int(cursor.removeprefix("lcrsapr_"), 16) if cursor else 0
        last = offset + PAGE_SIZE >= self.total
        items = ",".join(
            self.item.replace("<ID>", f"laprg_{n:x}").replace("<AT>", wire_time(self.total - n))
            for n in range(offset, min(offset + PAGE_SIZE, self.total))
        )
        tail = b"null" if last else b'{"next":"lcrsapr_%x"}' % (offset + PAGE_SIZE)
        body = b'{"object":"list","data":[' + items.encode() + b'],"cursor":' + tail + b"}"
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})


def iterate(total: int) -> int:
    client = Voucherify(app_id="bench", app_token="bench", transport=PagedTransport(total), retry=RetryPolicy())
    count = 0
    for activity in client.list_program_activities("lprg_0a1b", limit=PAGE_SIZE):
        _ = activity.created_at
        count += 1
    client.close()
    return count


def iterate_bare(total: int) -> int:
    """The floor: the same pages through bare httpx and json.loads, cursor followed by hand."""
    http = httpx.Client(transport=PagedTransport(total))
    count, cursor = 0, None
    while True:
        params = {"limit": PAGE_SIZE, **({"cursor": cursor} if cursor else {})}
        body = json.loads(
            http.get("https://api.voucherify.io/v2/loyalties/programs/lprg_0a1b/activities", params=params).content
        )
        count += len(body["data"])
        if not body["cursor"]:
            return count
        cursor = body["cursor"]["next"]


def peak_memory(total: int) -> float:
    gc.collect()
    tracemalloc.start()
    iterate(total)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def bench_paging(total: int, rounds: int = 3) -> None:
    print(f"\n2. Iterating {total:,} program activities, {PAGE_SIZE} a page, in-process transport")
    ours = bare = float("inf")
    for _ in range(rounds):  # interleaved, best of each: the machine is shared
        start = time.perf_counter()
        assert iterate(total) == total
        ours = min(ours, time.perf_counter() - start)
        start = time.perf_counter()
        assert iterate_bare(total) == total
        bare = min(bare, time.perf_counter() - start)
    print(f"   client iterator: {total / ours:,.0f} items/s ({ours:.2f} s, best of {rounds})")
    print(f"   bare httpx + json.loads: {total / bare:,.0f} items/s; the iterator takes {ours / bare:.2f}x its time")
    small, large = peak_memory(10_000), peak_memory(total)
    print(f"   peak traced memory: {small:.1f} MiB at 10,000, {large:.1f} MiB at {total:,} ({large / small:.2f}x)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=100_000, help="activities to iterate in part 2")
    parser.add_argument("--skip-stock", action="store_true", help="do not generate the stock client for part 1")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        stock = None
        if not args.skip_stock:
            (Path(scratch) / "openapi.json").write_text(json.dumps(bundle()))
            stock = stock_models(Path(scratch))
        bench_parsing(stock)
    bench_paging(args.items)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
