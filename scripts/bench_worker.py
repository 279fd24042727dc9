"""One side of the client benchmark (before or after), driven by scripts/bench_client.py.

Runs in its own process with that side's package first on ``sys.path``; reads a task name and
the round number per line on stdin, runs one round of it (the contender and its baseline back to back, in an
order that alternates between rounds) and prints the round's ratio, contender time / baseline
time, as one line of JSON. Pages are pre-rendered by the orchestrator and read before any round.

    python -m scripts.bench_worker PAGES.json [BASE_URL OWNER]
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx

from voucherify_activities import AsyncVoucherify, RetryPolicy, Voucherify, models

APP_ID = APP_TOKEN = "bench"
HEADERS = {"X-App-Id": "bench", "X-App-Token": "bench"}
V2_PATH = "/v2/loyalties/programs/{owner}/activities"


def attribute(model: type[Any], name: str) -> str:
    """``name`` as this side's models spell it (0.1.0 wrote ``type_``)."""
    fields = {field.name for field in model.__attrs_attrs__}
    return name if name in fields else f"{name}_"


class Pages:
    """The pre-rendered bodies: a chain of 100-item program pages, and one page per parse task."""

    def __init__(self, path: str) -> None:
        data = json.loads(open(path, encoding="utf-8").read())  # noqa: SIM115 - read once, before any clock
        self.owner: str = data["owner"]
        self.chain: dict[str, bytes] = {key: body.encode() for key, body in data["chain"].items()}
        self.items: int = data["items"]
        self.program: bytes = data["program"].encode()
        self.customer: bytes = data["customer"].encode()

    def serve(self, request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor", "")
        return httpx.Response(200, content=self.chain[cursor], headers={"content-type": "application/json"})


# In-process tasks are timed in CPU seconds of this process, the best of a few runs each: on a
# shared machine, wall time also counts other processes. Tasks over HTTP run once, in wall time
# (the server's work is part of them).
IN_PROCESS_RUNS = 3


def timed(function: Callable[[], object], clock: Callable[[], float]) -> float:
    """Seconds one call takes, the cyclic garbage collector paused as ``timeit`` does: a
    collection's cost depends on everything else the process holds, not on the code timed."""
    gc.collect()
    gc.disable()
    try:
        start = clock()
        function()
        return clock() - start
    finally:
        gc.enable()


def ratio(round_number: int, contender: Callable[[], object], baseline: Callable[[], object], *, http: bool) -> float:
    """contender time / baseline time, run back to back (which goes first alternates by round)."""
    clock, runs = (time.perf_counter, 1) if http else (time.process_time, IN_PROCESS_RUNS)
    mine, base = float("inf"), float("inf")
    for _ in range(runs):
        if round_number % 2:
            base = min(base, timed(baseline, clock))
            mine = min(mine, timed(contender, clock))
        else:
            mine = min(mine, timed(contender, clock))
            base = min(base, timed(baseline, clock))
    return mine / base


# -- paging -------------------------------------------------------------------------------------


def bare_sync(http: httpx.Client, url: str) -> int:
    """What a user would write without the client: GET, json.loads, read each item, follow the cursor."""
    count, cursor = 0, None
    while True:
        params = {"limit": 100, **({"cursor": cursor} if cursor else {})}
        body = json.loads(http.get(url, params=params, headers=HEADERS).content)
        for item in body["data"]:
            _ = item["created_at"]
            count += 1
        cursor = (body.get("cursor") or {}).get("next")
        if not cursor:
            return count


async def bare_async(http: httpx.AsyncClient, url: str) -> int:
    count, cursor = 0, None
    while True:
        params = {"limit": 100, **({"cursor": cursor} if cursor else {})}
        body = json.loads((await http.get(url, params=params, headers=HEADERS)).content)
        for item in body["data"]:
            _ = item["created_at"]
            count += 1
        cursor = (body.get("cursor") or {}).get("next")
        if not cursor:
            return count


def client_sync(client: Voucherify, owner: str) -> int:
    count = 0
    for activity in client.list_program_activities(owner, limit=100):
        _ = activity.created_at
        count += 1
    return count


async def client_async(client: AsyncVoucherify, owner: str) -> int:
    count = 0
    async for activity in client.list_program_activities(owner, limit=100):
        _ = activity.created_at
        count += 1
    return count


def with_stdlib_decoder(function: Callable[[], object]) -> Callable[[], object]:
    """``function`` with the client decoding as it does where orjson is missing (PyPy, ...)."""
    try:
        from voucherify_activities import responses  # noqa: PLC0415 - absent from sides before the choice
    except ImportError:  # such a side always decoded with the standard library
        return function
    decoders: dict[str, Callable[[bytes], Any]] = responses.DECODERS

    def run() -> object:
        chosen = responses._decode
        responses._decode = decoders["stdlib"]
        try:
            return function()
        finally:
            responses._decode = chosen

    return run


# -- parsing ------------------------------------------------------------------------------------


# A page parses in about a millisecond: each timing covers this many, for a steadier clock.
PARSES_PER_TIMING = 10


def repeated(function: Callable[[], object]) -> Callable[[], object]:
    def run() -> None:
        for _ in range(PARSES_PER_TIMING):
            function()

    return run


def full_parse(model: type[Any], raw: bytes) -> Callable[[], object]:
    return repeated(lambda: model.from_dict(json.loads(raw)).to_dict())


def common_read(model: type[Any], item_model: type[Any], raw: bytes) -> Callable[[], object]:
    type_name = attribute(item_model, "type")

    def read() -> None:
        for activity in model.from_dict(json.loads(raw)).data:
            _ = (activity.id, getattr(activity, type_name), activity.created_at, activity.data)

    return repeated(read)


def bare_read(raw: bytes) -> Callable[[], object]:
    def read() -> None:
        for activity in json.loads(raw)["data"]:
            _ = (activity["id"], activity["type"], activity["created_at"], activity["data"])

    return repeated(read)


def main() -> int:
    pages = Pages(sys.argv[1])
    http_url = sys.argv[2] if len(sys.argv) > 2 else None
    http_owner = sys.argv[3] if len(sys.argv) > 3 else None
    transport = httpx.MockTransport(pages.serve)
    base = "https://bench.invalid"  # MockTransport: never connects; https so no insecure-http refusal
    url = base + V2_PATH.format(owner=pages.owner)
    sync_http = httpx.Client(transport=transport)
    sync_client = Voucherify(
        app_id=APP_ID, app_token=APP_TOKEN, base_url=base, transport=transport, retry=RetryPolicy.disabled()
    )
    loop = asyncio.new_event_loop()
    async_transport = httpx.MockTransport(pages.serve)
    async_http = httpx.AsyncClient(transport=async_transport)
    async_client = AsyncVoucherify(
        app_id=APP_ID, app_token=APP_TOKEN, base_url=base, transport=async_transport, retry=RetryPolicy.disabled()
    )
    real_http = httpx.Client()
    real_client = Voucherify(
        app_id=APP_ID, app_token=APP_TOKEN, base_url=http_url or base, retry=RetryPolicy.disabled()
    )
    customer_item = models.CustomerActivityList.from_dict(json.loads(pages.customer)).data[0]

    for name, model, raw in (
        ("program", models.ProgramActivityPage, pages.program),
        ("v1", models.CustomerActivityList, pages.customer),
    ):  # lossless, checked outside the clock
        assert model.from_dict(json.loads(raw)).to_dict() == json.loads(raw), f"{name}: the round trip lost data"
    assert client_sync(sync_client, pages.owner) == bare_sync(sync_http, url) == pages.items

    tasks: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
        "paging_sync": (lambda: client_sync(sync_client, pages.owner), lambda: bare_sync(sync_http, url)),
        "paging_async": (
            lambda: loop.run_until_complete(client_async(async_client, pages.owner)),
            lambda: loop.run_until_complete(bare_async(async_http, url)),
        ),
        "paging_sync_stdlib": (
            with_stdlib_decoder(lambda: client_sync(sync_client, pages.owner)),
            lambda: bare_sync(sync_http, url),
        ),
        "parse_program": (
            full_parse(models.ProgramActivityPage, pages.program),
            repeated(lambda: json.loads(pages.program)),
        ),
        "parse_v1": (
            full_parse(models.CustomerActivityList, pages.customer),
            repeated(lambda: json.loads(pages.customer)),
        ),
        "common_program": (
            common_read(models.ProgramActivityPage, models.ProgramActivity, pages.program),
            bare_read(pages.program),
        ),
        "common_v1": (
            common_read(models.CustomerActivityList, type(customer_item), pages.customer),
            bare_read(pages.customer),
        ),
    }
    if http_url and http_owner:
        real_url = http_url + V2_PATH.format(owner=http_owner)
        real_async_http = httpx.AsyncClient()
        real_async_client = AsyncVoucherify(
            app_id=APP_ID, app_token=APP_TOKEN, base_url=http_url, retry=RetryPolicy.disabled()
        )
        tasks["paging_http"] = (lambda: client_sync(real_client, http_owner), lambda: bare_sync(real_http, real_url))
        tasks["paging_http_async"] = (
            lambda: loop.run_until_complete(client_async(real_async_client, http_owner)),
            lambda: loop.run_until_complete(bare_async(real_async_http, real_url)),
        )
        loop.run_until_complete(_warm(http_url, http_owner))
    print("ready", flush=True)
    for line in sys.stdin:
        task, round_number = line.split()
        contender, baseline = tasks[task]
        print(
            json.dumps(ratio(int(round_number), contender, baseline, http=task.startswith("paging_http"))), flush=True
        )
    return 0


async def _warm(base_url: str, owner: str) -> None:
    async with httpx.AsyncClient() as http:
        await http.get(base_url + V2_PATH.format(owner=owner), params={"limit": 1}, headers=HEADERS)


if __name__ == "__main__":
    raise SystemExit(main())
