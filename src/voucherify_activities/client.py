"""``Voucherify`` and ``AsyncVoucherify``: configured once, they list activities page by page.

    from voucherify_activities import Voucherify

    client = Voucherify(app_id="...", app_token="...", cluster="us1")
    for activity in client.list_program_activities("lprg_0a1b2c3d4e5f", types=["vl.program.updated"]):
        print(activity.created_at, activity.type)

Both clients share everything but the sending (``_ClientCore``): configuration, parameter
checks (``params``), paging (``paging.Walk``), retries (``retries``) and errors (``errors``).
"""

from __future__ import annotations

import contextlib
import functools
import os
import time
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import AbstractAsyncContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from .config import CredentialsAuth, resolve_base_url, resolve_credentials
from .errors import APIConnectionError, APITimeoutError, ClientClosedError, ParameterError, redact
from .operations import operation
from .paging import AsyncPager, Fetched, SyncPager
from .params import Query, build_query
from .path_ids import path_segment
from .ratelimit import RateLimit
from .responses import Answer, check_page, success_object
from .retries import RetryPolicy, is_retryable

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack

    from .activity_types import (
        CustomerActivity,
        CustomerActivityList,
        EarningRuleActivity,
        EarningRuleActivityPage,
        IncentiveActivity,
        IncentiveActivityPage,
        ProgramActivity,
        ProgramActivityPage,
    )
    from .params import (
        CustomerActivityParams,
        EarningRuleActivityParams,
        IncentiveActivityParams,
        ProgramActivityParams,
    )

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_RETRY = RetryPolicy()
# Retrying is safe only for requests that change nothing.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SendT = TypeVar("SendT", bound=Callable[..., Any])


class _ClientCore:
    """Configuration and the request/response handling both clients share."""

    def __init__(
        self,
        *,
        app_id: str | None,
        app_token: str | None,
        bearer_token: str | None,
        cluster: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        retry: RetryPolicy,
        allow_insecure_http: bool,
    ) -> None:
        self._credentials = resolve_credentials(app_id, app_token, bearer_token, os.environ)
        if not isinstance(allow_insecure_http, bool):
            raise ParameterError("allow_insecure_http", f"{allow_insecure_http!r} is not a bool", "True or False")
        self.base_url = resolve_base_url(cluster, base_url, os.environ, allow_insecure_http=allow_insecure_http)
        # A number is also the deadline of each attempt as a whole: a server trickling a byte per
        # read timeout cannot hold a request past it. The retry budget bounds every attempt too.
        self._attempt_seconds: float | None = None
        if timeout is not None and not isinstance(timeout, httpx.Timeout):
            if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not 0 < timeout < float("inf"):
                raise ParameterError("timeout", f"{timeout!r} is not a positive number of seconds", "timeout > 0")
            self._attempt_seconds = float(timeout)
            timeout = httpx.Timeout(timeout)
        self.timeout = timeout
        self._closed = False
        if not isinstance(retry, RetryPolicy):
            raise ParameterError("retry", f"expected a RetryPolicy, got {type(retry).__name__}", "RetryPolicy")
        self.retry = retry
        self._auth = CredentialsAuth(self._credentials, self.base_url)
        self._headers = {"Accept": "application/json", "User-Agent": _user_agent()}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, credentials={self._credentials!r})"

    def _listing(
        self, operation_id: str, path_label: str, path_value: object, params: Mapping[str, Any], send: SendT
    ) -> tuple[Query, SendT]:
        """The checked query, and ``send`` bound to check each response as one of this operation's pages."""
        op = operation(operation_id)
        path_segment(operation_id, op.path_parameter, path_value, label=path_label)
        query = build_query(op, path_label, path_value, params)
        return query, cast(SendT, functools.partial(send, page_schema=op.spec.page_schema))

    def _policy(self, request: dict[str, Any]) -> RetryPolicy:
        return self.retry if str(request["method"]).upper() in IDEMPOTENT_METHODS else RetryPolicy.disabled()

    def _http_arguments(self, request: dict[str, Any]) -> dict[str, Any]:
        return {
            "method": str(request["method"]).upper(),
            "url": self.base_url + request["url"],
            "params": request.get("params"),
            "headers": self._headers,
            "auth": self._auth,
            "timeout": self.timeout,
            # Never followed: httpx would copy X-App-Token onto a request to another host.
            "follow_redirects": False,
        }

    def _read(self, answer: Answer, sent_cursor: bool, page_schema: str | None) -> Fetched:
        """The page object of a 2xx response, its rate-limit headers and its items' instants; the family's
        error for anything else."""
        body = success_object(answer, sent_cursor=sent_cursor, secrets=self._credentials.secrets)
        instants = check_page(answer, body, page_schema) if page_schema is not None else None
        return Fetched(body, RateLimit.from_headers(answer.headers), instants)

    def _deadline(self, policy: RetryPolicy, started: float) -> float | None:
        """The monotonic instant this attempt must end by: its own bound and the retry budget, whichever is first."""
        bounds = [started + policy.timeout] if policy.timeout is not None else []
        if self._attempt_seconds is not None:
            bounds.append(time.monotonic() + self._attempt_seconds)
        return min(bounds) if bounds else None

    def _check_open(self, http_closed: bool) -> None:
        if self._closed:
            raise ClientClosedError(f"{type(self).__name__}.{self._close_name}() was called")
        if http_closed:
            raise ClientClosedError("the httpx client passed as http_client was closed")

    _close_name = "close"

    def _transport_error(self, error: Exception, request: dict[str, Any]) -> APIConnectionError:
        kind = APITimeoutError if isinstance(error, (httpx.TimeoutException, DeadlineExceeded)) else APIConnectionError
        detail = redact(str(error), self._credentials.secrets) or "no detail"
        return kind(f"{type(error).__name__}: {detail}", method=str(request["method"]).upper(), url=request["url"])


def _first_failure(error: Exception, policy: RetryPolicy) -> Exception:
    """``error`` of a call's first attempt, when tenacity's loop is to carry on from it; else raised.

    Most calls succeed at once, and setting up the loop costs about as much as a quarter of
    decoding a page, so the first attempt runs on its own. A failure tenacity would retry is
    replayed as the loop's first attempt (its budget counted from before that attempt), so
    waits, stops and logs are what they were; any other failure is raised as the loop would.
    """
    if policy.attempts > 1 and is_retryable(error):
        return error
    raise error


class DeadlineExceeded(Exception):
    """An attempt ran past its deadline (raised inside the client, reported as APITimeoutError)."""

    def __init__(self) -> None:
        super().__init__("the response was not complete by the request's deadline (timeout= or retry.timeout)")


class Voucherify(_ClientCore):
    """The activity-log client.

    Credentials: ``app_id`` and ``app_token``, or ``bearer_token``; with none of them given,
    ``VOUCHERIFY_APP_ID``/``VOUCHERIFY_APP_TOKEN`` or ``VOUCHERIFY_BEARER_TOKEN``.
    Host: ``cluster`` (``api`` = Europe, the default; ``us1``; ``as1``) or any ``base_url``
    (a dedicated cluster, a mock); else ``VOUCHERIFY_BASE_URL`` or ``VOUCHERIFY_CLUSTER``.
    ``timeout`` applies to every request (seconds or an ``httpx.Timeout``; None: none); a number
    also bounds each attempt as a whole, and ``retry.timeout`` bounds the call, attempts included.
    ``retry`` says how failed GETs are retried (``RetryPolicy.disabled()`` to never retry).
    ``http_client`` or ``transport`` replace what sends the requests; redirects are never followed.
    ``allow_insecure_http=True`` permits a plain ``http://`` base URL to a host that is not loopback.
    """

    def __init__(
        self,
        *,
        app_id: str | None = None,
        app_token: str | None = None,
        bearer_token: str | None = None,
        cluster: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy = DEFAULT_RETRY,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        super().__init__(
            app_id=app_id,
            app_token=app_token,
            bearer_token=bearer_token,
            cluster=cluster,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            allow_insecure_http=allow_insecure_http,
        )
        if http_client is not None and transport is not None:
            raise ParameterError("transport", "given together with http_client", "http_client or transport, not both")
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(transport=transport)

    def list_program_activities(
        self, program_id: str, **params: Unpack[ProgramActivityParams]
    ) -> SyncPager[ProgramActivity, ProgramActivityPage]:
        """A loyalty program's activities (v2, BETA upstream), newest first unless ``order="created_at"``."""
        return SyncPager(*self._listing("list_program_activities", "program_id", program_id, params, self._send))

    def list_incentive_activities(
        self, incentive_id: str, **params: Unpack[IncentiveActivityParams]
    ) -> SyncPager[IncentiveActivity, IncentiveActivityPage]:
        """An incentive's activities (v2, BETA upstream)."""
        return SyncPager(*self._listing("list_incentive_activities", "incentive_id", incentive_id, params, self._send))

    def list_earning_rule_activities(
        self, earning_rule_id: str, **params: Unpack[EarningRuleActivityParams]
    ) -> SyncPager[EarningRuleActivity, EarningRuleActivityPage]:
        """An earning rule's activities (v2, BETA upstream)."""
        return SyncPager(
            *self._listing("list_earning_rule_activities", "earning_rule_id", earning_rule_id, params, self._send)
        )

    def list_customer_activities(
        self, customer_id: str, **params: Unpack[CustomerActivityParams]
    ) -> SyncPager[CustomerActivity, CustomerActivityList]:
        """A customer's activities (v1; deprecated upstream, still served). ``customer_id`` may be a source_id."""
        return SyncPager(*self._listing("list_customer_activities", "customer_id", customer_id, params, self._send))

    def close(self) -> None:
        """Close the HTTP client, unless it was passed in. Requests after this raise ClientClosedError."""
        self._closed = True
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _send(self, request: dict[str, Any], sent_cursor: bool, *, page_schema: str | None = None) -> Fetched:
        arguments = self._http_arguments(request)
        policy = self._policy(request)
        started, loop_started = time.monotonic(), policy.clock.monotonic()

        def once() -> Fetched:
            self._check_open(self._http.is_closed)
            deadline = self._deadline(policy, started)
            try:
                answer = self._attempt(arguments, deadline)
            except (httpx.TransportError, DeadlineExceeded) as error:
                raise self._transport_error(error, request) from error
            return self._read(answer, sent_cursor, page_schema)

        try:  # the first attempt outside tenacity's loop: see _first_failure
            return once()
        except Exception as error:  # any failure is the loop's to judge, as it was
            failure: Exception | None = _first_failure(error, policy)
        for attempt in policy.retrying(started=loop_started):
            with attempt:
                if failure is not None:
                    replayed, failure = failure, None
                    raise replayed
                return once()
        raise AssertionError("tenacity ends with a result or an exception")  # pragma: no cover

    def _attempt(self, arguments: dict[str, Any], deadline: float | None) -> Answer:
        # Streamed so that the deadline is checked as the body arrives, not only per read.
        with self._http.stream(**arguments) as response:
            chunks = []
            for chunk in response.iter_bytes():
                chunks.append(chunk)
                if deadline is not None and time.monotonic() > deadline:
                    raise DeadlineExceeded
            return Answer.of(response, b"".join(chunks))


class AsyncVoucherify(_ClientCore):
    """The activity-log client for asyncio; configured exactly like ``Voucherify``."""

    def __init__(
        self,
        *,
        app_id: str | None = None,
        app_token: str | None = None,
        bearer_token: str | None = None,
        cluster: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy = DEFAULT_RETRY,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        super().__init__(
            app_id=app_id,
            app_token=app_token,
            bearer_token=bearer_token,
            cluster=cluster,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            allow_insecure_http=allow_insecure_http,
        )
        if http_client is not None and transport is not None:
            raise ParameterError("transport", "given together with http_client", "http_client or transport, not both")
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(transport=transport)

    def list_program_activities(
        self, program_id: str, **params: Unpack[ProgramActivityParams]
    ) -> AsyncPager[ProgramActivity, ProgramActivityPage]:
        """A loyalty program's activities (v2, BETA upstream), newest first unless ``order="created_at"``."""
        return AsyncPager(*self._listing("list_program_activities", "program_id", program_id, params, self._send))

    def list_incentive_activities(
        self, incentive_id: str, **params: Unpack[IncentiveActivityParams]
    ) -> AsyncPager[IncentiveActivity, IncentiveActivityPage]:
        """An incentive's activities (v2, BETA upstream)."""
        return AsyncPager(*self._listing("list_incentive_activities", "incentive_id", incentive_id, params, self._send))

    def list_earning_rule_activities(
        self, earning_rule_id: str, **params: Unpack[EarningRuleActivityParams]
    ) -> AsyncPager[EarningRuleActivity, EarningRuleActivityPage]:
        """An earning rule's activities (v2, BETA upstream)."""
        return AsyncPager(
            *self._listing("list_earning_rule_activities", "earning_rule_id", earning_rule_id, params, self._send)
        )

    def list_customer_activities(
        self, customer_id: str, **params: Unpack[CustomerActivityParams]
    ) -> AsyncPager[CustomerActivity, CustomerActivityList]:
        """A customer's activities (v1; deprecated upstream, still served). ``customer_id`` may be a source_id."""
        return AsyncPager(*self._listing("list_customer_activities", "customer_id", customer_id, params, self._send))

    _close_name = "aclose"

    async def aclose(self) -> None:
        """Close the HTTP client, unless it was passed in. Requests after this raise ClientClosedError."""
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def _send(self, request: dict[str, Any], sent_cursor: bool, *, page_schema: str | None = None) -> Fetched:
        arguments = self._http_arguments(request)
        policy = self._policy(request)
        started, loop_started = time.monotonic(), policy.clock.monotonic()

        async def once() -> Fetched:
            self._check_open(self._http.is_closed)
            deadline = self._deadline(policy, started)
            try:
                answer = await self._attempt(arguments, deadline)
            except (httpx.TransportError, DeadlineExceeded) as error:
                raise self._transport_error(error, request) from error
            return self._read(answer, sent_cursor, page_schema)

        try:  # the first attempt outside tenacity's loop: see _first_failure
            return await once()
        except Exception as error:  # any failure is the loop's to judge, as it was
            failure: Exception | None = _first_failure(error, policy)
        async for attempt in policy.async_retrying(started=loop_started):
            with attempt:
                if failure is not None:
                    replayed, failure = failure, None
                    raise replayed
                return await once()
        raise AssertionError("tenacity ends with a result or an exception")  # pragma: no cover

    async def _attempt(self, arguments: dict[str, Any], deadline: float | None) -> Answer:
        # The whole attempt (headers included) is cancelled at the deadline.
        seconds = None if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            async with _attempt_deadline(seconds):
                response = await self._http.request(**arguments)
        except TimeoutError:
            raise DeadlineExceeded from None
        return Answer.of(response)


def _attempt_deadline(seconds: float | None) -> AbstractAsyncContextManager[None]:
    """Cancels an async attempt at its deadline with TimeoutError: asyncio's own on 3.11+ (anyio's
    cancel scope costs about 15 us more per request, 3% of a page), anyio's on 3.10."""
    # Imported here, by the first async request: sync users never pay for asyncio (~25 ms).
    import asyncio  # noqa: PLC0415

    timeout = getattr(asyncio, "timeout", None)
    return timeout(seconds) if timeout is not None else _anyio_deadline(seconds)


@contextlib.asynccontextmanager
async def _anyio_deadline(seconds: float | None) -> AsyncIterator[None]:
    import anyio  # noqa: PLC0415 - Python 3.10 only

    with anyio.fail_after(seconds):
        yield


def _user_agent() -> str:
    from . import __version__  # noqa: PLC0415 - the package imports this module

    return f"voucherify-activities/{__version__}"
