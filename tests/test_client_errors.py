"""One exception family: each status's class and fields, non-JSON bodies, transport errors, no secrets in text."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.test_client_fakes import FakeVoucherify, error_response
from voucherify_activities import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncVoucherify,
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

SECRET = "app-token-secret"
BEARER = "bearer-secret-token"


def raised_by(*outcomes: httpx.Response | Exception, kind: str = "programs") -> VoucherifyError:
    fake = FakeVoucherify(kind, 1)
    fake.fail_next(*outcomes)
    with pytest.raises(VoucherifyError) as raised:
        list(fake.client().list_program_activities("lprg_1"))
    return raised.value


NOT_FOUND = {
    "code": 404,
    "key": "not_found",
    "message": "Resource not found",
    "details": "Cannot find loyalty program with id lprg_1",
    "request_id": "v-0fa4de30126b92bfba",
    "resource_id": "lprg_1",
    "resource_type": "loyalty_program",
}


def test_not_found_carries_every_field_of_the_error_body() -> None:
    error = raised_by(error_response(404, NOT_FOUND))
    assert isinstance(error, NotFoundError)
    assert (error.status, error.code, error.key, error.message) == (404, 404, "not_found", "Resource not found")
    assert error.details == "Cannot find loyalty program with id lprg_1"
    assert error.request_id == "v-0fa4de30126b92bfba"
    assert (error.resource_id, error.resource_type) == ("lprg_1", "loyalty_program")
    assert error.body == NOT_FOUND
    assert str(error) == (
        "404 not_found: Resource not found (Cannot find loyalty program with id lprg_1) [request v-0fa4de30126b92bfba]"
    )


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, InvalidRequestError),
        (401, UnauthorizedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (402, APIError),
        (409, APIError),
        (423, APIError),
    ],
)
def test_each_status_has_its_class(status: int, cls: type[APIError]) -> None:
    error = raised_by(error_response(status, {"code": status, "key": "k", "message": "m"}))
    assert type(error) is cls
    assert isinstance(error, APIError)
    assert error.status == status


def test_rate_limit_error_carries_the_rate_limit_headers() -> None:
    headers = {
        "Retry-After": "30",
        "X-Rate-Limit-Limit": "100",
        "X-Rate-Limit-Remaining": "0",
        "X-Rate-Limit-Retry": "1767225630",
        "X-Rate-Limit-Type": "api_calls",
    }
    error = raised_by(
        error_response(429, {"code": 429, "message": "Too many requests hit the API too quickly."}, headers)
    )
    assert isinstance(error, RateLimitError)
    limit = error.rate_limit
    assert (limit.retry_after, limit.limit, limit.remaining, limit.type) == (30.0, 100, 0, "api_calls")
    assert limit.retry_at is not None
    assert limit.retry_at.timestamp() == 1767225630


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (error_response(502, text="<html><body>Bad Gateway</body></html>"), "502: Bad Gateway; body is not"),
        (error_response(500), "500: Internal Server Error; body is not"),
        (error_response(404, text="plain words"), "'plain words'"),
        (error_response(400, body=["a", "list"]), "400: Bad Request"),
    ],
)
def test_non_json_error_bodies_still_give_a_useful_error(response: httpx.Response, expected: str) -> None:
    error = raised_by(response)
    assert isinstance(error, APIError)
    assert error.status == response.status_code
    assert expected in str(error)


def test_success_status_with_a_non_object_body_is_unexpected() -> None:
    for response in (httpx.Response(200, text="not json"), httpx.Response(200, json=[1, 2])):
        error = raised_by(response)
        assert isinstance(error, UnexpectedResponseError)
    error = raised_by(httpx.Response(200, json={"object": "list"}))
    assert isinstance(error, UnexpectedResponseError)
    assert "data" in str(error)


@pytest.mark.parametrize(
    ("failure", "cls"),
    [
        (httpx.ConnectError("connection refused"), APIConnectionError),
        (httpx.ReadError("reset"), APIConnectionError),
        (httpx.ConnectTimeout("connect timed out"), APITimeoutError),
        (httpx.ReadTimeout("read timed out"), APITimeoutError),
        (httpx.PoolTimeout("pool"), APITimeoutError),
    ],
)
def test_transport_failures_become_connection_errors(failure: Exception, cls: type[Exception]) -> None:
    error = raised_by(failure)
    assert type(error) is cls
    assert isinstance(error, APIConnectionError)
    assert str(error).startswith("GET /v2/loyalties/programs/lprg_1/activities: ")
    assert error.__cause__ is failure


def test_the_family_is_one_tree() -> None:
    for cls in (APIError, APIConnectionError, ParameterError, UnexpectedResponseError, RateLimitError):
        assert issubclass(cls, VoucherifyError)
    assert issubclass(ParameterError, ValueError)
    assert issubclass(APITimeoutError, APIConnectionError)


def leaked(error: BaseException) -> bool:
    text = f"{error} {error!r} {error.args} {getattr(error, 'body', '')}"
    return SECRET in text or BEARER in text


def test_secrets_never_appear_in_error_text() -> None:
    echo_json = {
        "code": 401,
        "key": "unauthorized",
        "message": f"bad token {SECRET}",
        "details": f"X-App-Token: {SECRET}",
    }
    for outcome in (
        error_response(401, echo_json),
        error_response(500, text=f"proxy saw headers X-App-Token={SECRET}"),
        httpx.ConnectError(f"proxy refused token {SECRET}"),
    ):
        error = raised_by(outcome)
        assert not leaked(error), str(error)
        assert "***" in str(error)


def test_too_short_a_value_is_not_blanked_out_of_messages() -> None:
    fake = FakeVoucherify("programs", 1)
    fake.fail_next(error_response(503, {"code": 503, "message": "Service unavailable"}))
    client = Voucherify(app_id="a", app_token="b", transport=fake.transport(), retry=RetryPolicy.disabled())
    with pytest.raises(ServerError, match="Service unavailable"):
        list(client.list_program_activities("lprg_1"))


def test_bearer_token_stays_out_of_errors_and_reprs() -> None:
    fake = FakeVoucherify("programs", 1)
    fake.fail_next(error_response(401, {"code": 401, "message": f"token {BEARER} expired"}))
    client = Voucherify(bearer_token=BEARER, transport=fake.transport(), retry=RetryPolicy.disabled())
    with pytest.raises(UnauthorizedError) as raised:
        list(client.list_program_activities("lprg_1"))
    assert not leaked(raised.value)
    assert fake.requests[0].headers["Authorization"] == f"Bearer {BEARER}"
    assert BEARER not in repr(client)


def test_secrets_stay_out_of_reprs() -> None:
    fake = FakeVoucherify("programs", 1)
    client = fake.client()
    pager = client.list_program_activities("lprg_1")
    for text in (repr(client), repr(client._credentials), repr(client._auth), repr(pager), repr(client.retry)):
        assert SECRET not in text
    assert "api.voucherify.io" in repr(client)


def test_async_errors_are_the_same_classes() -> None:
    fake = FakeVoucherify("programs", 1)
    fake.fail_next(error_response(404, NOT_FOUND))

    async def run() -> Any:
        client = AsyncVoucherify(app_id="a", app_token=SECRET, transport=fake.transport(), retry=RetryPolicy.disabled())
        async with client:
            return [a async for a in client.list_program_activities("lprg_1")]

    with pytest.raises(NotFoundError) as raised:
        asyncio.run(run())
    assert raised.value.resource_id == "lprg_1"
