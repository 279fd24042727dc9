"""Voucherify's rate-limit response headers, read into one object per response."""

from __future__ import annotations

import datetime
import email.utils
import math
from collections.abc import Mapping
from dataclasses import dataclass

LIMIT = "X-Rate-Limit-Limit"
REMAINING = "X-Rate-Limit-Remaining"
RETRY_AT = "X-Rate-Limit-Retry"
TYPE = "X-Rate-Limit-Type"
RETRY_AFTER = "Retry-After"
HEADERS = (LIMIT, REMAINING, RETRY_AT, TYPE, RETRY_AFTER)


@dataclass(frozen=True)
class RateLimit:
    """What a response said about the rate limit; a field is None when its header was absent or unreadable."""

    limit: int | None = None
    """Calls allowed in the current window (``X-Rate-Limit-Limit``)."""
    remaining: int | None = None
    """Calls left in the current window (``X-Rate-Limit-Remaining``)."""
    retry_at: datetime.datetime | None = None
    """When the next call may be made (``X-Rate-Limit-Retry``, Unix seconds)."""
    retry_after: float | None = None
    """Seconds to wait before retrying (``Retry-After``, seconds or an HTTP date)."""
    type: str | None = None
    """Which limit the counters describe (``X-Rate-Limit-Type``: ``api_calls``, ...)."""

    @classmethod
    def from_headers(cls, headers: Mapping[str, str], *, now: datetime.datetime | None = None) -> RateLimit:
        """Read the headers (case-insensitive mapping, e.g. ``httpx.Headers``); ``now`` dates a ``Retry-After`` date."""
        retry_at = _integer(headers.get(RETRY_AT))
        return cls(
            limit=_integer(headers.get(LIMIT)),
            remaining=_integer(headers.get(REMAINING)),
            retry_at=None if retry_at is None else datetime.datetime.fromtimestamp(retry_at, datetime.timezone.utc),
            retry_after=_retry_after(headers.get(RETRY_AFTER), now),
            type=headers.get(TYPE),
        )

    def wait_seconds(self, now: datetime.datetime) -> float | None:
        """How long the server asked us to wait, as of ``now``: the longer of the two headers, or None."""
        waits = [w for w in (self.retry_after, self._until_retry_at(now)) if w is not None]
        return max(waits) if waits else None

    def _until_retry_at(self, now: datetime.datetime) -> float | None:
        return None if self.retry_at is None else max(0.0, (self.retry_at - now).total_seconds())


def _integer(value: str | None) -> int | None:
    try:
        return None if value is None else int(value.strip())
    except ValueError:
        return None


def _retry_after(value: str | None, now: datetime.datetime | None) -> float | None:
    """``Retry-After`` is delay-seconds or an HTTP date (RFC 9110 section 10.2.3)."""
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000" means UTC without saying so
        when = when.replace(tzinfo=datetime.timezone.utc)
    now = now or datetime.datetime.now(datetime.timezone.utc)
    return max(0.0, (when - now).total_seconds())
