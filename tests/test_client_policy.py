"""Ids, hosts and networks: path parameters, plain http, redirects, deadlines, closed clients, pickling, waits."""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime
import pickle
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.test_client_fakes import FakeVoucherify, error_response
from tests.test_client_retries import FakeClock
from voucherify_activities import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncVoucherify,
    Client,
    CursorExpiredError,
    InvalidRequestError,
    NotFoundError,
    ParameterError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    UnauthorizedError,
    UnexpectedResponseError,
    Voucherify,
    VoucherifyError,
)
from voucherify_activities.api import (
    list_customer_activities,
    list_earning_rule_activities,
    list_incentive_activities,
    list_program_activities,
)
from voucherify_activities.errors import ClientClosedError, PagingLoopError
from voucherify_activities.ratelimit import RateLimit

SECRET = "app-token-secret"


# --- path parameters ------------------------------------------------------------------------------
HIGH_LEVEL = {
    "list_program_activities": ("programs", "lprg_0a"),
    "list_incentive_activities": ("incentives", "linc_0a"),
    "list_earning_rule_activities": ("earning-rules", "ern_1"),
    "list_customer_activities": ("customers", "cust_1"),
}
GENERATED = {
    "list_program_activities": list_program_activities,
    "list_incentive_activities": list_incentive_activities,
    "list_earning_rule_activities": list_earning_rule_activities,
    "list_customer_activities": list_customer_activities,
}


@pytest.mark.parametrize("operation_id", sorted(HIGH_LEVEL))
@pytest.mark.parametrize("bad", [".", "..", ""])
def test_dot_segments_are_refused_before_sending(operation_id: str, bad: str) -> None:
    fake = FakeVoucherify(HIGH_LEVEL[operation_id][0], 1)
    with pytest.raises(ParameterError, match=r"dot segment|non-empty") as raised:
        list(getattr(fake.client(), operation_id)(bad))
    assert raised.value.parameter.endswith("_id")
    client = Client(base_url="https://api.voucherify.io", httpx_args={"transport": fake.transport()})
    with pytest.raises(ParameterError, match=r"dot segment|non-empty"):
        GENERATED[operation_id].sync_detailed(bad, client=client)
    assert fake.requests == []


@pytest.mark.parametrize("operation_id", ["list_program_activities", "list_incentive_activities"])
@pytest.mark.parametrize("suffix", ["\n", "\r\n", " ", "\x00"])
def test_patterns_must_match_the_whole_id(operation_id: str, suffix: str) -> None:
    kind, good = HIGH_LEVEL[operation_id]
    fake = FakeVoucherify(kind, 1)
    with pytest.raises(ParameterError, match="does not match"):
        list(getattr(fake.client(), operation_id)(good + suffix))
    client = Client(base_url="https://api.voucherify.io", httpx_args={"transport": fake.transport()})
    with pytest.raises(ParameterError, match="does not match"):
        GENERATED[operation_id].sync_detailed(good + suffix, client=client)
    assert fake.requests == []


@given(st.text(min_size=1, max_size=12).filter(lambda text: text not in (".", "..")))
def test_a_customer_id_is_always_one_encoded_segment(customer_id: str) -> None:
    fake = FakeVoucherify("customers", 0)
    list(fake.client().list_customer_activities(customer_id))
    path = fake.requests[0].url.raw_path.split(b"?")[0]
    assert path.count(b"/") == 4
    assert path.split(b"/")[3] != b"."
    sent = httpx.URL(fake.requests[0].url).path.split("/")  # decoded: only the id's own slashes differ
    assert "/".join(sent[3:-1]) == customer_id


def test_a_source_id_with_a_slash_is_encoded_not_split() -> None:
    fake = FakeVoucherify("customers", 0)
    list(fake.client().list_customer_activities("shop/42"))
    assert fake.requests[0].url.raw_path.startswith(b"/v1/customers/shop%2F42/activities")


# --- transport policy -----------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["http://api.voucherify.io", "http://10.0.0.1:8080", "http://example.com/"])
def test_plain_http_to_another_host_is_refused_naming_the_opt_in(url: str) -> None:
    with pytest.raises(ParameterError, match="allow_insecure_http") as raised:
        Voucherify(app_id="a", app_token=SECRET, base_url=url)
    assert raised.value.parameter == "base_url"
    client = Voucherify(app_id="a", app_token=SECRET, base_url=url, allow_insecure_http=True)
    assert client.base_url == url.rstrip("/")


@pytest.mark.parametrize("url", ["http://127.0.0.1:4010", "http://localhost:8080", "http://[::1]:1", "https://x.io"])
def test_loopback_http_and_https_need_no_opt_in(url: str) -> None:
    assert Voucherify(app_id="a", app_token=SECRET, base_url=url).base_url == url


def test_plain_http_from_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VOUCHERIFY_BASE_URL", raising=False)
    monkeypatch.setenv("VOUCHERIFY_CLUSTER", "http://api.voucherify.io")
    with pytest.raises(ParameterError) as raised:
        Voucherify(app_id="a", app_token=SECRET)
    assert raised.value.parameter == "VOUCHERIFY_CLUSTER"


def test_a_redirect_to_another_host_never_receives_the_credentials() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "api.voucherify.io":
            return httpx.Response(302, headers={"location": "https://evil.example/collect"})
        return httpx.Response(200, json={"data": [], "cursor": None})

    hooked: list[dict[str, str]] = []
    http = httpx.Client(
        transport=httpx.MockTransport(handler),
        follow_redirects=True,
        event_hooks={"request": [lambda request: hooked.append(dict(request.headers))]},
    )
    client = Voucherify(app_id="a", app_token=SECRET, http_client=http, retry=RetryPolicy.disabled())
    with pytest.raises(UnexpectedResponseError, match=r"redirect to 'https://evil\.example/collect' not followed") as e:
        list(client.list_program_activities("lprg_0a"))
    assert e.value.status == 302
    assert all(request.url.host == "api.voucherify.io" for request in seen)
    assert len(hooked) == 1  # the user's request hook saw one request: httpx followed nothing


class TrickleServer:
    """A loopback server that sends its response one byte every ``gap`` seconds (headers or body)."""

    def __init__(self, gap: float, *, headers_too: bool) -> None:
        self.gap = gap
        self.headers_too = headers_too
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        body = b'{"data": [], "cursor": null}' + b" " * 200
        head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % len(body)
        with conn:
            conn.recv(65536)
            try:
                if not self.headers_too:
                    conn.sendall(head)
                for byte in (head if self.headers_too else b"") + body:
                    if self.stop.is_set():
                        return
                    conn.sendall(bytes([byte]))
                    time.sleep(self.gap)
            except OSError:
                return

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def trickle_body() -> Iterator[TrickleServer]:
    server = TrickleServer(0.05, headers_too=False)
    yield server
    server.close()


@pytest.fixture
def trickle_headers() -> Iterator[TrickleServer]:
    server = TrickleServer(0.05, headers_too=True)
    yield server
    server.close()


def test_a_trickling_body_cannot_hold_a_call_past_its_deadline(trickle_body: TrickleServer) -> None:
    # Each byte arrives well within the read timeout; only a deadline for the whole attempt ends it.
    client = Voucherify(
        app_id="a", app_token=SECRET, base_url=trickle_body.url, timeout=0.5, retry=RetryPolicy.disabled()
    )
    started = time.monotonic()
    with pytest.raises(APITimeoutError, match="deadline"):
        list(client.list_program_activities("lprg_0a"))
    assert time.monotonic() - started < 2.0


def test_the_retry_budget_bounds_an_attempt_too(trickle_body: TrickleServer) -> None:
    client = Voucherify(
        app_id="a",
        app_token=SECRET,
        base_url=trickle_body.url,
        timeout=httpx.Timeout(5.0),
        retry=RetryPolicy(timeout=0.5),
    )
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        list(client.list_program_activities("lprg_0a"))
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize("fixture", ["trickle_body", "trickle_headers"])
def test_an_async_attempt_is_cancelled_at_its_deadline(fixture: str, request: pytest.FixtureRequest) -> None:
    server: TrickleServer = request.getfixturevalue(fixture)

    async def run() -> None:
        async with AsyncVoucherify(
            app_id="a", app_token=SECRET, base_url=server.url, timeout=0.5, retry=RetryPolicy.disabled()
        ) as client:
            async for _ in client.list_program_activities("lprg_0a"):
                pass

    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        asyncio.run(run())
    assert time.monotonic() - started < 2.0


# --- closed clients -------------------------------------------------------------------------------
def test_a_closed_client_raises_a_family_error_naming_the_cause() -> None:
    fake = FakeVoucherify("programs", 1)
    client = fake.client()
    client.close()
    with pytest.raises(ClientClosedError, match=r"Voucherify\.close\(\) was called"):
        list(client.list_program_activities("lprg_0a"))


def test_a_closed_http_client_is_named_as_the_cause() -> None:
    http = httpx.Client(transport=FakeVoucherify("programs", 1).transport())
    client = Voucherify(app_id="a", app_token=SECRET, http_client=http)
    http.close()
    with pytest.raises(ClientClosedError, match="http_client"):
        list(client.list_program_activities("lprg_0a"))


def test_a_closed_async_client_raises_a_family_error() -> None:
    async def run() -> None:
        client = AsyncVoucherify(
            app_id="a", app_token=SECRET, transport=httpx.MockTransport(FakeVoucherify("programs", 1))
        )
        await client.aclose()
        async for _ in client.list_program_activities("lprg_0a"):
            pass

    with pytest.raises(ClientClosedError, match=r"aclose\(\)"):
        asyncio.run(run())


# --- exceptions: every field, pickling, equality --------------------------------------------------
def test_api_connection_error_has_every_field_the_readme_lists() -> None:
    error = APIConnectionError("ConnectError: refused", method="GET", url="/v1/x")
    fields = (error.status, error.code, error.key, error.message, error.details, error.request_id)
    assert fields == (None, None, None, "ConnectError: refused", None, None)


def _examples() -> list[VoucherifyError]:
    rate_limit = RateLimit(remaining=0, retry_after=2.0)
    common: dict[str, Any] = {"message": "m", "code": 1, "key": "k", "request_id": "v-1", "rate_limit": rate_limit}
    expired = CursorExpiredError(400, **common)
    return [
        ParameterError("limit", "too big", "maximum 100"),
        APIConnectionError("refused", method="GET", url="/v1/x"),
        APITimeoutError("slow", method="GET", url="/v1/x"),
        ClientClosedError("close() was called"),
        *(cls(400, headers={"x-a": "1"}, body={"code": 1}, **common) for cls in (APIError, InvalidRequestError)),
        *(cls(500, **common) for cls in (UnauthorizedError, NotFoundError, RateLimitError, ServerError)),
        UnexpectedResponseError(200, **common),
        PagingLoopError(200, message="loop"),
        expired,
    ]


@pytest.mark.parametrize("error", _examples(), ids=lambda error: type(error).__name__)
def test_every_error_pickles_and_compares(error: VoucherifyError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert copy == error
    assert str(copy) == str(error)
    assert hash(copy) == hash(error)
    assert copy != type(error).__new__(type(error))


def _raise_in_worker(index: int) -> None:
    raise _examples()[index]


def test_an_error_raised_in_a_process_pool_worker_reaches_the_parent_intact() -> None:
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_raise_in_worker, 5)
        with pytest.raises(InvalidRequestError) as raised:
            future.result(timeout=60)
    assert raised.value == _examples()[5]


# --- which rate-limit header a retry trusts -------------------------------------------------------
def _rate_limited(headers: dict[str, str]) -> list[float]:
    clock = FakeClock()
    fake = FakeVoucherify("programs", 1)
    fake.fail_next(error_response(429, {"code": 429, "message": "slow down"}, headers=headers))
    list(fake.client(retry=RetryPolicy(clock=clock, wait_jitter=0)).list_program_activities("lprg_0a"))
    return clock.sleeps


def test_retry_after_is_trusted_over_the_window_end() -> None:
    window_end = str(int(datetime.datetime(2026, 1, 1, 0, 1, tzinfo=datetime.timezone.utc).timestamp()))
    assert _rate_limited({"retry-after": "1", "x-rate-limit-retry": window_end}) == [1.0]


def test_without_retry_after_the_window_end_is_the_wait() -> None:
    at = str(int(datetime.datetime(2026, 1, 1, 0, 0, 3, tzinfo=datetime.timezone.utc).timestamp()))
    assert _rate_limited({"x-rate-limit-retry": at}) == [3.0]


@pytest.mark.parametrize("headers", [{"retry-after": "1e30"}, {"x-rate-limit-retry": "99999999999999"}])
def test_an_absurd_wait_is_clamped_to_the_policy_and_then_ends_the_call(headers: dict[str, str]) -> None:
    clock = FakeClock()
    fake = FakeVoucherify("programs", 1)
    fake.fail_next(error_response(429, {"code": 429, "message": "slow down"}, headers=headers))
    policy = RetryPolicy(clock=clock, wait_jitter=0, max_server_wait=5, timeout=None)
    list(fake.client(retry=policy).list_program_activities("lprg_0a"))
    assert clock.sleeps == [5.0]
    # A budget shorter than the clamped wait: no wait is started, the 429 is raised.
    fake.fail_next(error_response(429, {"code": 429, "message": "slow down"}, headers=headers))
    with pytest.raises(RateLimitError):
        list(fake.client(retry=RetryPolicy(clock=FakeClock(), timeout=4)).list_program_activities("lprg_0a"))
