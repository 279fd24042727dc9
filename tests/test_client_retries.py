"""Retries of failed GETs with a fake clock: what is retried, how long it waits, where it stops."""

from __future__ import annotations

import asyncio
import datetime
import logging

import httpx
import pytest

from tests.test_client_fakes import FakeVoucherify, error_response, ids
from voucherify_activities import (
    APIConnectionError,
    APITimeoutError,
    AsyncVoucherify,
    InvalidRequestError,
    NotFoundError,
    ParameterError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    UnauthorizedError,
)

WALL = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)


class FakeClock:
    """Time that moves only when the code under test sleeps (or a test says so)."""

    def __init__(self) -> None:
        self.elapsed = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.elapsed

    def now(self) -> datetime.datetime:
        return WALL + datetime.timedelta(seconds=self.elapsed)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.elapsed += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def policy(clock: FakeClock, **options: float | int | None) -> RetryPolicy:
    return RetryPolicy(clock=clock, **options)  # type: ignore[arg-type]


def too_many(**headers: str) -> httpx.Response:
    return error_response(429, {"code": 429, "message": "Too many requests hit the API too quickly."}, headers)


def test_429_waits_retry_after_then_succeeds() -> None:
    clock = FakeClock()
    fake = FakeVoucherify("programs", 3)
    fake.fail_next(too_many(**{"Retry-After": "7"}))
    got = list(fake.client(retry=policy(clock)).list_program_activities("lprg_1"))
    assert len(got) == 3
    assert clock.sleeps == [7.0]
    assert len(fake.requests) == 2


def test_429_waits_until_x_rate_limit_retry() -> None:
    clock = FakeClock()
    fake = FakeVoucherify("customers", 2)
    retry_at = int((WALL + datetime.timedelta(seconds=12)).timestamp())
    fake.fail_next(too_many(**{"X-Rate-Limit-Retry": str(retry_at)}))
    assert len(list(fake.client(retry=policy(clock)).list_customer_activities("cust_1"))) == 2
    assert clock.sleeps == [12.0]


def test_the_later_of_the_two_headers_wins() -> None:
    clock = FakeClock()
    fake = FakeVoucherify("programs", 1)
    retry_at = int((WALL + datetime.timedelta(seconds=3)).timestamp())
    fake.fail_next(too_many(**{"Retry-After": "5", "X-Rate-Limit-Retry": str(retry_at)}))
    list(fake.client(retry=policy(clock)).list_program_activities("lprg_1"))
    assert clock.sleeps == [5.0]


def test_a_503_honours_retry_after_but_not_the_rate_window() -> None:
    clock = FakeClock()
    fake = FakeVoucherify("programs", 1)
    window_end = str(int((WALL + datetime.timedelta(seconds=40)).timestamp()))
    unavailable = {"code": 503, "message": "Service unavailable"}
    fake.fail_next(error_response(503, unavailable, {"Retry-After": "3", "X-Rate-Limit-Retry": window_end}))
    list(fake.client(retry=policy(clock)).list_program_activities("lprg_1"))
    assert clock.sleeps == [3.0]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_back_off_exponentially_with_jitter(status: int) -> None:
    clock = FakeClock()
    fake = FakeVoucherify("programs", 1)
    fake.fail_next(*[error_response(status, {"code": status, "message": "boom"})] * 3)
    retry = policy(clock, attempts=4, wait_initial=0.5, wait_max=1.5, wait_jitter=0.25)
    assert len(list(fake.client(retry=retry).list_program_activities("lprg_1"))) == 1
    assert len(clock.sleeps) == 3
    for sleep, base in zip(clock.sleeps, [0.5, 1.0, 1.5], strict=True):
        assert base <= sleep <= base + 0.25


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("connection refused"), httpx.ReadTimeout("read timed out"), httpx.RemoteProtocolError("eof")],
)
def test_connection_errors_and_timeouts_are_retried(failure: Exception) -> None:
    clock = FakeClock()
    fake = FakeVoucherify("programs", 2)
    fake.fail_next(failure, failure)
    assert len(list(fake.client(retry=policy(clock)).list_program_activities("lprg_1"))) == 2
    assert len(fake.requests) == 3
    assert len(clock.sleeps) == 2


@pytest.mark.parametrize(
    ("status", "error"), [(400, InvalidRequestError), (401, UnauthorizedError), (404, NotFoundError)]
)
def test_client_errors_are_not_retried(status: int, error: type[Exception]) -> None:
    clock = FakeClock()
    fake = FakeVoucherify("programs", 1)
    fake.fail_next(error_response(status, {"code": status, "message": "no"}))
    with pytest.raises(error):
        list(fake.client(retry=policy(clock)).list_program_activities("lprg_1"))
    assert len(fake.requests) == 1
    assert clock.sleeps == []


def test_attempts_bound_the_retries_and_the_last_error_is_raised() -> None:
    clock = FakeClock()
    fake = FakeVoucherify("programs", 1)
    fake.fail_next(*[error_response(503, {"code": 503, "message": f"down {n}"}) for n in range(10)])
    with pytest.raises(ServerError, match="down 2"):
        list(fake.client(retry=policy(clock, attempts=3)).list_program_activities("lprg_1"))
    assert len(fake.requests) == 3
    assert len(clock.sleeps) == 2


def test_total_time_bounds_the_retries_and_no_wait_overruns_it() -> None:
    clock = FakeClock()
    fake = FakeVoucherify("programs", 1)
    fake.fail_next(*[too_many(**{"Retry-After": "20"})] * 10)
    with pytest.raises(RateLimitError) as raised:
        list(fake.client(retry=policy(clock, attempts=10, timeout=50)).list_program_activities("lprg_1"))
    assert clock.sleeps == [20.0, 20.0], "a third wait would end at 60 s, past the 50 s budget"
    assert raised.value.rate_limit.retry_after == 20.0


def test_time_spent_in_requests_counts_against_the_budget() -> None:
    clock = FakeClock()
    fake = FakeVoucherify("programs", 1)
    real = fake.__call__

    def slow(request: httpx.Request) -> httpx.Response:
        clock.elapsed += 25  # each request takes 25 s
        return real(request)

    fake.fail_next(*[error_response(500, {"code": 500, "message": "slow"})] * 5)
    retry = policy(clock, attempts=10, timeout=50, wait_jitter=0)
    client = fake.client(retry=retry, transport=httpx.MockTransport(slow))
    with pytest.raises(ServerError):
        list(client.list_program_activities("lprg_1"))
    assert len(fake.requests) == 2, "25 s, a 0.5 s wait, 25 s: the next 1 s wait would end past 50 s"
    assert clock.sleeps == [0.5]


def test_retries_can_be_disabled() -> None:
    clock = FakeClock()
    fake = FakeVoucherify("programs", 1)
    fake.fail_next(too_many(**{"Retry-After": "1"}))
    with pytest.raises(RateLimitError):
        list(fake.client(retry=RetryPolicy.disabled()).list_program_activities("lprg_1"))
    assert len(fake.requests) == 1
    assert clock.sleeps == []


def test_async_client_retries_with_the_same_policy() -> None:
    clock = FakeClock()
    fake = FakeVoucherify("incentives", 3)
    fake.fail_next(too_many(**{"Retry-After": "2"}), httpx.ConnectTimeout("slow connect"))

    async def run() -> list[str]:
        client = AsyncVoucherify(
            app_id="a", app_token="app-token-secret", transport=fake.transport(), retry=policy(clock, wait_jitter=0)
        )
        async with client:
            return ids([a async for a in client.list_incentive_activities("linc_1")])

    assert len(asyncio.run(run())) == 3
    assert clock.sleeps == [2.0, 1.0]


def test_exhausted_retries_of_a_timeout_raise_api_timeout_error() -> None:
    clock = FakeClock()
    fake = FakeVoucherify("programs", 1)
    fake.fail_next(*[httpx.ReadTimeout("read timed out")] * 4)
    with pytest.raises(APITimeoutError) as raised:
        list(fake.client(retry=policy(clock)).list_program_activities("lprg_1"))
    assert isinstance(raised.value, APIConnectionError)
    assert len(fake.requests) == 4


def test_retry_log_lines_carry_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    fake = FakeVoucherify("programs", 1)
    fake.fail_next(error_response(503, text="upstream app-token-secret failed"))
    with caplog.at_level(logging.DEBUG):
        list(fake.client(retry=policy(clock)).list_program_activities("lprg_1"))
    assert "retrying" in caplog.text
    assert "app-token-secret" not in caplog.text


@pytest.mark.parametrize(
    ("options", "parameter"),
    [({"attempts": 0}, "attempts"), ({"timeout": -1}, "timeout"), ({"wait_max": "3"}, "wait_max")],
)
def test_bad_policies_are_refused(options: dict[str, object], parameter: str) -> None:
    with pytest.raises(ParameterError) as raised:
        RetryPolicy(**options)  # type: ignore[arg-type]
    assert raised.value.parameter == parameter
