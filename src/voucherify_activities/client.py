"""``Voucherify`` and ``AsyncVoucherify``: configured once, they list activities page by page.

    from voucherify_activities import Voucherify

    client = Voucherify(app_id="...", app_token="...", cluster="us1")
    for activity in client.list_program_activities("lprg_0a1b2c3d4e5f", types=["vl.program.updated"]):
        print(activity.created_at, activity.type_)

Both clients share everything but the sending (``_ClientCore``): configuration, parameter
checks (``params``), paging (``paging.Walk``), retries (``retries``) and errors (``errors``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

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
from .config import CredentialsAuth, resolve_base_url, resolve_credentials
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ParameterError,
    UnexpectedResponseError,
    error_from_response,
    redact,
)
from .operations import operation
from .paging import AsyncPager, SyncPager
from .params import Query, build_query
from .ratelimit import RateLimit
from .retries import RetryPolicy

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack

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
    ) -> None:
        self._credentials = resolve_credentials(app_id, app_token, bearer_token, os.environ)
        self.base_url = resolve_base_url(cluster, base_url, os.environ)
        if timeout is not None and not isinstance(timeout, httpx.Timeout):
            if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
                raise ParameterError("timeout", f"{timeout!r} is not a positive number of seconds", "timeout > 0")
            timeout = httpx.Timeout(timeout)
        self.timeout = timeout
        if not isinstance(retry, RetryPolicy):
            raise ParameterError("retry", f"expected a RetryPolicy, got {type(retry).__name__}", "RetryPolicy")
        self.retry = retry
        self._auth = CredentialsAuth(self._credentials)
        self._headers = {"Accept": "application/json", "User-Agent": _user_agent()}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, credentials={self._credentials!r})"

    def _query(self, operation_id: str, path_label: str, path_value: object, params: Mapping[str, Any]) -> Query:
        return build_query(operation(operation_id), path_label, path_value, params)

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
        }

    def _read(self, response: httpx.Response, sent_cursor: bool) -> tuple[dict[str, Any], RateLimit]:
        """The JSON object of a 2xx response and its rate-limit headers; the error for anything else."""
        if not 200 <= response.status_code < 300:
            raise error_from_response(response, sent_cursor=sent_cursor, secrets=self._credentials.secrets)
        try:
            body = json.loads(response.content)
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise UnexpectedResponseError(response.status_code, message="the body is not a JSON object")
        return body, RateLimit.from_headers(response.headers)

    def _transport_error(self, error: httpx.TransportError, request: dict[str, Any]) -> APIConnectionError:
        kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        detail = redact(str(error), self._credentials.secrets) or "no detail"
        return kind(f"{type(error).__name__}: {detail}", method=str(request["method"]).upper(), url=request["url"])


class Voucherify(_ClientCore):
    """The activity-log client.

    Credentials: ``app_id`` and ``app_token``, or ``bearer_token``; with none of them given,
    ``VOUCHERIFY_APP_ID``/``VOUCHERIFY_APP_TOKEN`` or ``VOUCHERIFY_BEARER_TOKEN``.
    Host: ``cluster`` (``api`` = Europe, the default; ``us1``; ``as1``) or any ``base_url``
    (a dedicated cluster, a mock); else ``VOUCHERIFY_BASE_URL`` or ``VOUCHERIFY_CLUSTER``.
    ``timeout`` applies to every request (seconds or an ``httpx.Timeout``; None: none).
    ``retry`` says how failed GETs are retried (``RetryPolicy.disabled()`` to never retry).
    ``http_client`` or ``transport`` replace what sends the requests.
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
    ) -> None:
        super().__init__(
            app_id=app_id,
            app_token=app_token,
            bearer_token=bearer_token,
            cluster=cluster,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
        )
        if http_client is not None and transport is not None:
            raise ParameterError("transport", "given together with http_client", "http_client or transport, not both")
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(transport=transport)

    def list_program_activities(
        self, program_id: str, **params: Unpack[ProgramActivityParams]
    ) -> SyncPager[ProgramActivity, ProgramActivityPage]:
        """A loyalty program's activities (v2, BETA upstream), newest first unless ``order="created_at"``."""
        return SyncPager(self._query("list_program_activities", "program_id", program_id, params), self._send)

    def list_incentive_activities(
        self, incentive_id: str, **params: Unpack[IncentiveActivityParams]
    ) -> SyncPager[IncentiveActivity, IncentiveActivityPage]:
        """An incentive's activities (v2, BETA upstream)."""
        return SyncPager(self._query("list_incentive_activities", "incentive_id", incentive_id, params), self._send)

    def list_earning_rule_activities(
        self, earning_rule_id: str, **params: Unpack[EarningRuleActivityParams]
    ) -> SyncPager[EarningRuleActivity, EarningRuleActivityPage]:
        """An earning rule's activities (v2, BETA upstream)."""
        query = self._query("list_earning_rule_activities", "earning_rule_id", earning_rule_id, params)
        return SyncPager(query, self._send)

    def list_customer_activities(
        self, customer_id: str, **params: Unpack[CustomerActivityParams]
    ) -> SyncPager[CustomerActivity, CustomerActivityList]:
        """A customer's activities (v1; deprecated upstream, still served). ``customer_id`` may be a source_id."""
        return SyncPager(self._query("list_customer_activities", "customer_id", customer_id, params), self._send)

    def close(self) -> None:
        """Close the HTTP client, unless it was passed in."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _send(self, request: dict[str, Any], sent_cursor: bool) -> tuple[dict[str, Any], RateLimit]:
        arguments = self._http_arguments(request)
        for attempt in self._policy(request).retrying():
            with attempt:
                try:
                    response = self._http.request(**arguments)
                except httpx.TransportError as error:
                    raise self._transport_error(error, request) from error
                return self._read(response, sent_cursor)
        raise AssertionError("tenacity ends with a result or an exception")  # pragma: no cover


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
    ) -> None:
        super().__init__(
            app_id=app_id,
            app_token=app_token,
            bearer_token=bearer_token,
            cluster=cluster,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
        )
        if http_client is not None and transport is not None:
            raise ParameterError("transport", "given together with http_client", "http_client or transport, not both")
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(transport=transport)

    def list_program_activities(
        self, program_id: str, **params: Unpack[ProgramActivityParams]
    ) -> AsyncPager[ProgramActivity, ProgramActivityPage]:
        """A loyalty program's activities (v2, BETA upstream), newest first unless ``order="created_at"``."""
        return AsyncPager(self._query("list_program_activities", "program_id", program_id, params), self._send)

    def list_incentive_activities(
        self, incentive_id: str, **params: Unpack[IncentiveActivityParams]
    ) -> AsyncPager[IncentiveActivity, IncentiveActivityPage]:
        """An incentive's activities (v2, BETA upstream)."""
        return AsyncPager(self._query("list_incentive_activities", "incentive_id", incentive_id, params), self._send)

    def list_earning_rule_activities(
        self, earning_rule_id: str, **params: Unpack[EarningRuleActivityParams]
    ) -> AsyncPager[EarningRuleActivity, EarningRuleActivityPage]:
        """An earning rule's activities (v2, BETA upstream)."""
        query = self._query("list_earning_rule_activities", "earning_rule_id", earning_rule_id, params)
        return AsyncPager(query, self._send)

    def list_customer_activities(
        self, customer_id: str, **params: Unpack[CustomerActivityParams]
    ) -> AsyncPager[CustomerActivity, CustomerActivityList]:
        """A customer's activities (v1; deprecated upstream, still served). ``customer_id`` may be a source_id."""
        return AsyncPager(self._query("list_customer_activities", "customer_id", customer_id, params), self._send)

    async def aclose(self) -> None:
        """Close the HTTP client, unless it was passed in."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def _send(self, request: dict[str, Any], sent_cursor: bool) -> tuple[dict[str, Any], RateLimit]:
        arguments = self._http_arguments(request)
        async for attempt in self._policy(request).async_retrying():
            with attempt:
                try:
                    response = await self._http.request(**arguments)
                except httpx.TransportError as error:
                    raise self._transport_error(error, request) from error
                return self._read(response, sent_cursor)
        raise AssertionError("tenacity ends with a result or an exception")  # pragma: no cover


def _user_agent() -> str:
    from . import __version__  # noqa: PLC0415 - the package imports this module

    return f"voucherify-activities/{__version__}"
