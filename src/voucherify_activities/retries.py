"""When and how long to wait before sending a failed GET again (tenacity does the looping).

Retried: 429, 5xx, connection errors and timeouts. Not retried: any other status (400 and 404
will not change by asking again). The wait is what the server asked for (``Retry-After``; on a
429 without it, until ``X-Rate-Limit-Retry``) or else exponential backoff with jitter. Both the
number of attempts and the total time are bounded; a wait that would overrun the time budget
is not started, and the last error is raised instead. A server's wait is clamped to
``max_server_wait``, so an absurd header (a millisecond epoch, 10**30) cannot stall a call.
"""

from __future__ import annotations

import datetime
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import tenacity
from tenacity import RetryCallState

from .errors import APIConnectionError, APIError, ParameterError, RateLimitError, ServerError

logger = logging.getLogger("voucherify_activities")


class Clock(Protocol):
    """Time as the retry loop sees it; tests pass a fake one so that nothing really sleeps."""

    def monotonic(self) -> float: ...

    def now(self) -> datetime.datetime:
        """The current UTC time (timezone-aware), to read ``X-Rate-Limit-Retry`` against."""
        ...

    def sleep(self, seconds: float) -> None: ...

    async def async_sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime.datetime:
        return datetime.datetime.now(datetime.timezone.utc)

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        import asyncio  # noqa: PLC0415 - imported by async callers only: sync users never pay for it (~25 ms)

        await asyncio.sleep(seconds)


def is_retryable(error: BaseException) -> bool:
    """429, 5xx, and requests that got no answer (connection errors, timeouts)."""
    return isinstance(error, (RateLimitError, ServerError, APIConnectionError))


@dataclass(frozen=True)
class RetryPolicy:
    """How a GET is retried. ``RetryPolicy(attempts=1)`` (or ``RetryPolicy.disabled()``) never retries.

    Backoff before retry *n* (from 1) is ``min(wait_max, wait_initial * 2 ** (n - 1)) + random(0, wait_jitter)``
    unless the server said how long to wait.
    """

    attempts: int = 4
    """Most requests sent for one call, the first included."""
    timeout: float | None = 60.0
    """Most seconds from the first request until giving up, waits included (None: no bound)."""
    wait_initial: float = 0.5
    wait_max: float = 8.0
    wait_jitter: float = 1.0
    max_server_wait: float = 60.0
    """Longest wait a ``Retry-After``/``X-Rate-Limit-Retry`` may impose; longer asks are cut to this."""
    clock: Clock = field(default_factory=SystemClock, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.attempts, int) or self.attempts < 1:
            raise ParameterError("attempts", f"must be a whole number >= 1, got {self.attempts!r}", "attempts >= 1")
        for name in ("timeout", "wait_initial", "wait_max", "wait_jitter", "max_server_wait"):
            value = getattr(self, name)
            if value is None and name == "timeout":
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < float("inf"):
                raise ParameterError(name, f"must be a number of seconds >= 0, got {value!r}", f"{name} >= 0")

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """Send once; raise the first error."""
        return cls(attempts=1)

    def retrying(self, started: float | None = None) -> tenacity.Retrying:
        """A tenacity loop for one call; the time budget starts at ``started`` (``clock.monotonic()``), else now."""
        stop, wait = self._stop_and_wait(started)
        return tenacity.Retrying(
            sleep=self.clock.sleep, stop=stop, wait=wait, retry=_RETRY, reraise=True, before_sleep=_log_retry
        )

    def async_retrying(self, started: float | None = None) -> tenacity.AsyncRetrying:
        """The same loop for async calls."""
        stop, wait = self._stop_and_wait(started)
        return tenacity.AsyncRetrying(
            sleep=self.clock.async_sleep, stop=stop, wait=wait, retry=_RETRY, reraise=True, before_sleep=_log_retry
        )

    def _stop_and_wait(
        self, started: float | None
    ) -> tuple[Callable[[RetryCallState], bool], Callable[[RetryCallState], float]]:
        if started is None:
            started = self.clock.monotonic()
        backoff = tenacity.wait_exponential(multiplier=self.wait_initial, max=self.wait_max) + tenacity.wait_random(
            0, self.wait_jitter
        )

        def wait(state: RetryCallState) -> float:
            error = state.outcome.exception() if state.outcome else None
            asked = None
            if isinstance(error, RateLimitError):
                asked = error.rate_limit.wait_seconds(self.clock.now())
            elif isinstance(error, APIError):  # X-Rate-Limit-Retry is on every response; it binds only a 429
                asked = error.rate_limit.retry_after
            return float(backoff(state)) if asked is None else min(asked, self.max_server_wait)

        def stop(state: RetryCallState) -> bool:
            if state.attempt_number >= self.attempts:
                return True
            # Checked after the wait is chosen: a wait that would overrun the budget is not started.
            return self.timeout is not None and self.clock.monotonic() - started + state.upcoming_sleep > self.timeout

        return stop, wait


_RETRY = tenacity.retry_if_exception(is_retryable)


def _log_retry(state: RetryCallState) -> None:
    error = state.outcome.exception() if state.outcome else None
    logger.info("retrying in %.2f s after attempt %d failed: %s", state.upcoming_sleep, state.attempt_number, error)
