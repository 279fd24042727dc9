"""Voucherify's rate-limit response headers, read into one object per response.

Reading never raises: a header that is missing, garbage, out of range or absurd is None.
Which header a retry trusts: ``Retry-After`` when the response has one (it answers this
refusal); ``X-Rate-Limit-Retry`` (the end of the counting window) only without it. The retry
policy clamps whatever the server asks for to its own bounds.
"""

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
# X-Rate-Limit-Retry is Unix seconds; a value this large can only be milliseconds (year 5138 in seconds).
MILLISECONDS_FROM = 10**11
LONGEST_HEADER = 64  # longer values are not numbers or dates anyone sends


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
        kind = headers.get(TYPE)
        return cls(
            limit=_integer(headers.get(LIMIT)),
            remaining=_integer(headers.get(REMAINING)),
            retry_at=_epoch(headers.get(RETRY_AT)),
            retry_after=_retry_after(headers.get(RETRY_AFTER), now),
            type=kind[:LONGEST_HEADER] if kind is not None else None,
        )

    def wait_seconds(self, now: datetime.datetime) -> float | None:
        """How long the server asked us to wait, as of ``now``: ``Retry-After``, else until ``X-Rate-Limit-Retry``."""
        return self.retry_after if self.retry_after is not None else self._until_retry_at(now)

    def _until_retry_at(self, now: datetime.datetime) -> float | None:
        return None if self.retry_at is None else max(0.0, (self.retry_at - now).total_seconds())


def _integer(value: str | None) -> int | None:
    if value is None or len(value) > LONGEST_HEADER:
        return None
    text = value.strip()
    return int(text) if text.isascii() and text.isdigit() else None


def _epoch(value: str | None) -> datetime.datetime | None:
    """``X-Rate-Limit-Retry``: Unix seconds (milliseconds read as such); None when no datetime can hold it."""
    seconds: float | None = _integer(value)
    if seconds is None:
        return None
    if seconds >= MILLISECONDS_FROM:
        seconds /= 1000
    try:
        return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def _retry_after(value: str | None, now: datetime.datetime | None) -> float | None:
    """``Retry-After`` is delay-seconds or an HTTP date (RFC 9110 section 10.2.3)."""
    if value is None or len(value) > LONGEST_HEADER:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:  # "-0000" means UTC without saying so
            when = when.replace(tzinfo=datetime.timezone.utc)
        now = now or datetime.datetime.now(datetime.timezone.utc)
        return max(0.0, (when - now).total_seconds())
    except (TypeError, ValueError, IndexError, OverflowError):  # email.utils raises several kinds on garbage
        return None
