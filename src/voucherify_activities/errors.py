"""One exception family for everything the client raises.

    VoucherifyError
    ├── ParameterError            a value broke the spec's rules; nothing was sent
    ├── APIConnectionError        no usable answer (connection refused, reset, DNS, ...)
    │   └── APITimeoutError
    └── APIError                  Voucherify answered with an error status
        ├── InvalidRequestError   400
        │   └── CursorExpiredError    400 about the v2 cursor we sent
        ├── UnauthorizedError     401
        ├── NotFoundError         404
        ├── RateLimitError        429
        ├── ServerError           5xx
        └── UnexpectedResponseError   2xx whose body is not the JSON object expected

Messages carry what Voucherify said and the request id, never credentials.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import httpx

from .ratelimit import RateLimit

if TYPE_CHECKING:
    from .checkpoint import Checkpoint

# Longest slice of a non-JSON error body kept in a message.
BODY_SNIPPET = 200
MIN_SECRET_LENGTH = 8


class VoucherifyError(Exception):
    """Base of every exception this package raises."""


class ParameterError(VoucherifyError, ValueError):
    """A parameter broke a rule before anything was sent: ``parameter`` names it, ``rule`` says which rule."""

    def __init__(self, parameter: str, problem: str, rule: str) -> None:
        super().__init__(f"{parameter}: {problem} (rule: {rule})")
        self.parameter = parameter
        self.problem = problem
        self.rule = rule


class APIConnectionError(VoucherifyError):
    """The request got no HTTP answer: connection refused or reset, DNS failure, protocol error."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(f"{method} {url}: {message}")
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class APIError(VoucherifyError):
    """Voucherify answered with an error status; the fields are those of its error body, when it sent one."""

    def __init__(
        self,
        status: int,
        *,
        message: str,
        code: int | None = None,
        key: str | None = None,
        details: str | None = None,
        request_id: str | None = None,
        resource_id: str | None = None,
        resource_type: str | None = None,
        body: Any = None,
        rate_limit: RateLimit | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.key = key
        self.message = message
        self.details = details
        self.request_id = request_id
        self.resource_id = resource_id
        self.resource_type = resource_type
        self.body = body
        self.rate_limit = rate_limit or RateLimit()
        super().__init__(self._summary())

    def _summary(self) -> str:
        text = f"{self.status}{f' {self.key}' if self.key else ''}: {self.message}"
        if self.details:
            text += f" ({self.details})"
        if self.request_id:
            text += f" [request {self.request_id}]"
        return text


class InvalidRequestError(APIError):
    """400: Voucherify rejected a parameter (``details`` usually names it)."""


class CursorExpiredError(InvalidRequestError):
    """400 for the v2 cursor we sent: expired (or not accepted any more).

    Voucherify does not document this error's exact body; any 400 whose key, message or details
    mention the cursor, answering a request that carried one, is taken to be this case.
    A cursor cannot be renewed: start a fresh first page with a ``created_at`` bound at the
    last item seen. ``checkpoint`` does exactly that when passed back as ``resume_from=``.
    """

    checkpoint: Checkpoint | None = None

    def _summary(self) -> str:
        return (
            super()._summary()
            + ". The cursor cannot be reused: resume from a fresh first page bounded by the created_at of the"
            " last item seen (pass this error's .checkpoint as resume_from=)"
        )


class UnauthorizedError(APIError):
    """401: missing or wrong credentials."""


class NotFoundError(APIError):
    """404: the program, incentive, earning rule or customer in the path does not exist."""


class RateLimitError(APIError):
    """429: the rate limit was hit; ``rate_limit`` holds ``Retry-After`` and ``X-Rate-Limit-Retry``."""


class ServerError(APIError):
    """5xx: Voucherify failed to answer."""


class UnexpectedResponseError(APIError):
    """A success status whose body is not the JSON object the spec describes."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: InvalidRequestError,
    401: UnauthorizedError,
    404: NotFoundError,
    429: RateLimitError,
}


def error_class(status: int) -> type[APIError]:
    return ServerError if 500 <= status <= 599 else _BY_STATUS.get(status, APIError)


def error_from_response(
    response: httpx.Response, *, sent_cursor: bool = False, secrets: Iterable[str] = ()
) -> APIError:
    """The exception for an error response; ``secrets`` are blanked out of any body text kept."""
    secrets = tuple(secrets)
    rate_limit = RateLimit.from_headers(response.headers)
    try:
        body: Any = json.loads(response.content)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        text = redact(" ".join(response.text.split()), secrets)[:BODY_SNIPPET]
        reason = response.reason_phrase or "error"
        message = f"{reason}; body is not Voucherify's JSON error object" + (f": {text!r}" if text else "")
        cls = error_class(response.status_code)
        return cls(response.status_code, message=message, body=text, rate_limit=rate_limit)

    def field(name: str) -> str | None:
        value = body.get(name)
        return None if value is None else redact(str(value), secrets)

    cls = error_class(response.status_code)
    if cls is InvalidRequestError and sent_cursor and _mentions_cursor(body):
        cls = CursorExpiredError
    code = body.get("code")
    return cls(
        response.status_code,
        message=field("message") or response.reason_phrase or "error",
        code=code if isinstance(code, int) else None,
        key=field("key"),
        details=field("details"),
        request_id=field("request_id"),
        resource_id=field("resource_id"),
        resource_type=field("resource_type"),
        body=_redacted(body, tuple(secrets)),
        rate_limit=rate_limit,
    )


def _redacted(value: Any, secrets: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, dict):
        return {key: _redacted(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [_redacted(item, secrets) for item in value]
    return value


def _mentions_cursor(body: dict[str, Any]) -> bool:
    return any("cursor" in str(body.get(name) or "").lower() for name in ("key", "message", "details"))


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret replaced by ``***``.

    Values shorter than ``MIN_SECRET_LENGTH`` are left alone: blanking every "b" of a message
    would ruin it, and a value that short protects nothing anyway.
    """
    for secret in secrets:
        if len(secret) >= MIN_SECRET_LENGTH:
            text = text.replace(secret, "***")
    return text
