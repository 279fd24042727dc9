"""One exception family for everything the client raises.

    VoucherifyError
    ├── ParameterError            a value broke the spec's rules; nothing was sent
    ├── ClientClosedError         the client (or the httpx client given to it) was closed
    ├── APIConnectionError        no usable answer (connection refused, reset, DNS, ...)
    │   └── APITimeoutError           a timeout, or the request's overall deadline
    └── APIError                  Voucherify answered with an error status
        ├── InvalidRequestError   400
        │   └── CursorExpiredError    400 about the v2 cursor we sent
        ├── UnauthorizedError     401
        ├── NotFoundError         404
        ├── RateLimitError        429
        ├── ServerError           5xx
        └── UnexpectedResponseError   a body that is not what the spec describes (not JSON, too deep,
            └── PagingLoopError           wrong shape, a 200 carrying an error object), a redirect
                                          a pager saw a cursor or page again: it would never end

Messages carry what Voucherify said and the request id, never credentials. Every error pickles
(a ``ProcessPoolExecutor`` worker's error reaches the parent intact) and compares by value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .ratelimit import RateLimit

if TYPE_CHECKING:
    from .checkpoint import Checkpoint

# Longest slice of a non-JSON error body kept in a message.
BODY_SNIPPET = 200
MIN_SECRET_LENGTH = 8


class VoucherifyError(Exception):
    """Base of every exception this package raises."""

    # Pickling rebuilds from the instance's fields: the subclasses' __init__ signatures differ from ``args``.
    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), self.args, self.__dict__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, VoucherifyError)
        return self.args == other.args and self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((type(self), self.args))


def _rebuild(cls: type[VoucherifyError], args: tuple[Any, ...], fields: dict[str, Any]) -> VoucherifyError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(fields)
    return error


class ParameterError(VoucherifyError, ValueError):
    """A parameter broke a rule before anything was sent: ``parameter`` names it, ``rule`` says which rule."""

    def __init__(self, parameter: str, problem: str, rule: str) -> None:
        super().__init__(f"{parameter}: {problem} (rule: {rule})")
        self.parameter = parameter
        self.problem = problem
        self.rule = rule


class ClientClosedError(VoucherifyError):
    """A request on a client after ``close()``/``aclose()`` (or on a closed ``http_client``); ``cause`` says which."""

    def __init__(self, cause: str) -> None:
        super().__init__(f"the client is closed: {cause}; create a new client")
        self.cause = cause


class APIConnectionError(VoucherifyError):
    """The request got no HTTP answer: connection refused or reset, DNS failure, protocol error.

    It has the fields every error of the family has; those an HTTP answer would fill are None.
    """

    status: int | None = None
    code: int | None = None
    key: str | None = None
    details: str | None = None
    request_id: str | None = None

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(f"{method} {url}: {message}")
        self.message = message
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
        headers: Mapping[str, str] | None = None,
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
        self.headers: dict[str, str] = dict(headers or {})
        """The response's headers (names lower-case)."""
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
    """A body that is not what the spec describes: not JSON, nested too deep, the wrong shape, an error
    object under a success status, or a redirect (never followed: it could carry credentials elsewhere)."""


class PagingLoopError(UnexpectedResponseError):
    """The server sent a cursor, or a page, the pager had already followed: paging on would never end."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: InvalidRequestError,
    401: UnauthorizedError,
    404: NotFoundError,
    429: RateLimitError,
}


def error_class(status: int) -> type[APIError]:
    return ServerError if 500 <= status <= 599 else _BY_STATUS.get(status, APIError)


def redacted(value: Any, secrets: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, dict):
        return {key: redacted(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [redacted(item, secrets) for item in value]
    return value


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret replaced by ``***``.

    Values shorter than ``MIN_SECRET_LENGTH`` are left alone: blanking every "b" of a message
    would ruin it, and a value that short protects nothing anyway.
    """
    for secret in secrets:
        if len(secret) >= MIN_SECRET_LENGTH:
            text = text.replace(secret, "***")
    return text
