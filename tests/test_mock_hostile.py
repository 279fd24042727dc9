"""The mock against hostile clients: deep brackets, slow and idle connections, encoded slashes, huge queries,
and injected 429s whose headers agree (so ``--fault-429`` costs about Retry-After per fault)."""

from __future__ import annotations

import contextlib
import itertools
import json
import socket
import time
import tracemalloc

import httpx
import pytest
from voucherify_activities.conformance.mock import MockApp, MockConfig, MockServer
from voucherify_activities.conformance.mock.cache import BoundedCache
from voucherify_activities.conformance.mock.query import MAX_KEY_DEPTH

from tests.test_client_retries import FakeClock
from tests.test_mock_support import HEADERS, KIND_PATH, app, get
from voucherify_activities import RetryPolicy, Voucherify


@pytest.mark.parametrize("depth", [MAX_KEY_DEPTH + 1, 500, 5000])
@pytest.mark.parametrize("kind", sorted(KIND_PATH))
def test_deeply_bracketed_names_are_a_400_naming_the_rule(kind: str, depth: int) -> None:
    mock = app()
    response = get(mock, kind, mock.store.owners(kind)[0], "filters" + "[a]" * depth + "=1")
    assert response.status == 400, response.body
    assert f"nested deeper than {MAX_KEY_DEPTH} brackets" in json.loads(response.body)["details"]


def test_names_up_to_the_bound_are_read_as_before() -> None:
    mock = app()
    response = get(mock, "program", mock.store.owners("program")[0], "filters" + "[a]" * MAX_KEY_DEPTH + "=1")
    assert response.status == 400
    assert "nested deeper" not in json.loads(response.body)["details"]


def test_an_injected_429_says_the_same_in_every_header() -> None:
    config = MockConfig(size=200, fault_429_rate=1.0, retry_after_seconds=2, clock=lambda: 1_000_000.0)
    mock = MockApp(config)
    response = get(mock, "program", mock.store.owners("program")[0])
    assert response.status == 429
    assert response.header("retry-after") == "2"
    assert response.header("x-rate-limit-remaining") == "0"
    assert response.header("x-rate-limit-retry") == str(1_000_000 + 2)
    assert [name for name, _ in response.headers].count(b"x-rate-limit-remaining") == 1


def test_a_walk_through_injected_429s_waits_about_retry_after_per_fault() -> None:
    config = MockConfig(size=300, fault_429_rate=0.3, retry_after_seconds=1, fault_seed=5)
    clock = FakeClock()
    with MockServer(config) as server:
        owner = server.app.store.owners("program")[0]
        client = Voucherify(
            app_id="a", app_token="t", base_url=server.base_url, retry=RetryPolicy(attempts=20, clock=clock)
        )
        items = list(itertools.islice(client.list_program_activities(owner, limit=1), 30))
    assert len(items) >= 10
    assert clock.sleeps, "no fault was injected: the test proves nothing"
    assert all(wait == 1.0 for wait in clock.sleeps), clock.sleeps


def test_an_id_with_an_encoded_slash_is_routed_as_one_segment() -> None:
    with MockServer(MockConfig(size=50)) as server:
        response = httpx.get(server.base_url + "/v1/customers/shop%2F42/activities", headers=dict(HEADERS_TEXT))
    body = response.json()
    assert response.status_code == 404
    assert "no such endpoint" not in body["message"] + body.get("details", "")
    assert body.get("resource_id") == "shop/42"


HEADERS_TEXT = [(name.decode(), value.decode()) for name, value in HEADERS]


def test_bounded_cache_evicts_by_bytes_and_keeps_light_entries() -> None:
    calls: list[str] = []

    def work(text: str) -> int:
        calls.append(text)
        return len(text)

    cache = BoundedCache(work, max_entries=100, max_bytes=10_000)
    for index in range(50):
        cache(f"{index:04d}" + "x" * 900)
    assert cache.bytes <= 10_000
    assert len(cache) < 12
    cache("light")
    cache("light")
    assert calls.count("light") == 1
    cache("y" * 5_000)  # heavier than an eighth of the budget: computed, never kept
    cache("y" * 5_000)
    assert calls.count("y" * 5_000) == 2


def test_distinct_huge_queries_keep_memory_flat() -> None:
    mock = MockApp(MockConfig(size=300))
    owner = mock.store.owners("customer")[0]
    get(mock, "customer", owner, "campaign_id=warm")  # first-use costs (spec, validators) out of the measurement
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for index in range(300):
            response = get(mock, "customer", owner, f"campaign_id={index:05d}{'c' * 60_000}")
            assert response.status == 200
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # 300 x 60 KB of query text would keep ~50 MB alive in the entry-bounded caches (several copies each).
    assert grown < 12 * 1024 * 1024, f"{grown / 2**20:.1f} MiB kept"


def _closed_within(sock: socket.socket, seconds: float) -> bool:
    sock.settimeout(seconds)
    try:
        return sock.recv(1) == b""
    except TimeoutError:
        return False
    except OSError:
        return True


def test_idle_and_slow_header_clients_are_closed_and_cannot_starve_the_server() -> None:
    config = MockConfig(size=50, header_timeout_seconds=0.5, keep_alive_seconds=1, max_connections=8)
    with MockServer(config) as server:
        port = server.port
        idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(20)]
        trickling = [socket.create_connection(("127.0.0.1", port)) for _ in range(4)]
        try:
            for sock in trickling:
                sock.sendall(b"GET /v1/customers/")
            started = time.monotonic()
            for _ in range(8):  # a byte every 0.1 s: never completes its headers within 0.5 s
                time.sleep(0.1)
                for sock in trickling:
                    with contextlib.suppress(OSError):  # the server may have closed it already
                        sock.sendall(b"x")
            # Every idle and trickling connection was closed by the server (or refused beyond the cap).
            assert all(_closed_within(sock, 1.0) for sock in idle + trickling)
            assert time.monotonic() - started < 4.0
            owner = server.app.store.owners("program")[0]
            response = httpx.get(server.base_url + KIND_PATH["program"].format(owner), headers=dict(HEADERS_TEXT))
            assert response.status_code == 200
        finally:
            for sock in idle + trickling:
                sock.close()


def test_a_keep_alive_connection_idle_after_a_response_is_closed() -> None:
    config = MockConfig(size=50, keep_alive_seconds=1)
    with MockServer(config) as server:
        owner = server.app.store.owners("program")[0]
        sock = socket.create_connection(("127.0.0.1", server.port))
        try:
            path = KIND_PATH["program"].format(owner)
            sock.sendall(f"GET {path} HTTP/1.1\r\nhost: x\r\nx-app-id: a\r\nx-app-token: b\r\n\r\n".encode())
            sock.settimeout(2)
            assert sock.recv(65536).startswith(b"HTTP/1.1 200")
            started = time.monotonic()
            while sock.recv(65536):
                pass
            assert time.monotonic() - started < 2.5
        finally:
            sock.close()
