"""X-Rate-Limit-* headers from a fixed-window counter per credential, and injected faults."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .config import MockConfig
from .errors import ApiError

Headers = list[tuple[bytes, bytes]]
TYPE_HEADER = (b"x-rate-limit-type", b"api_calls")
MAX_WINDOWS = 4096  # credentials counted at once before finished windows are dropped (memory stays flat)


@dataclass
class Window:
    start: int
    used: int


class RateLimiter:
    """Counts calls per credential in fixed windows; reports them and, if told to, enforces them."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.windows: dict[str, Window] = {}
        self.faults = random.Random(config.seed if config.fault_seed is None else config.fault_seed)

    def count(self, who: str) -> tuple[Headers, ApiError | None]:
        """Headers for this call and, when the call is to be refused, the 429 to send instead."""
        config = self.config
        now = int(config.clock())
        start = now - now % config.rate_window_seconds
        window = self.windows.get(who)
        if window is None or window.start != start:
            if window is None and len(self.windows) >= MAX_WINDOWS:  # many credentials: forget finished windows
                self.windows = {key: kept for key, kept in self.windows.items() if kept.start == start}
            window = self.windows[who] = Window(start, 0)
        window.used += 1
        reset = start + config.rate_window_seconds
        headers = [
            (b"x-rate-limit-limit", b"%d" % config.rate_limit),
            (b"x-rate-limit-remaining", b"%d" % max(0, config.rate_limit - window.used)),
            (b"x-rate-limit-retry", b"%d" % reset),
            TYPE_HEADER,
        ]
        if config.enforce_rate_limit and window.used > config.rate_limit:
            headers.append((b"retry-after", str(max(1, reset - now)).encode()))
            return headers, ApiError(429, "too_many_requests", "API calls limit reached for this window")
        return headers, self.fault(headers, now)

    def fault(self, headers: Headers, now: int) -> ApiError | None:
        """An injected 429 or 503 for the configured fraction of calls.

        An injected 429 says the same thing in every header: nothing remaining, retry after
        ``retry_after_seconds``, and ``X-Rate-Limit-Retry`` at that instant (not the window's end),
        so a client that honours either header waits about ``retry_after_seconds`` per fault.
        """
        config = self.config
        if not (config.fault_429_rate or config.fault_503_rate):
            return None
        dice = self.faults.random()
        if dice < config.fault_429_rate:
            wait = config.retry_after_seconds
            headers[:] = [
                (name, value)
                for name, value in headers
                if name not in (b"x-rate-limit-remaining", b"x-rate-limit-retry")
            ]
            headers += [
                (b"x-rate-limit-remaining", b"0"),
                (b"x-rate-limit-retry", b"%d" % (now + wait)),
                (b"retry-after", b"%d" % wait),
            ]
            return ApiError(429, "too_many_requests", "injected fault: rate limit")
        if dice < config.fault_429_rate + config.fault_503_rate:
            headers.append((b"retry-after", str(config.retry_after_seconds).encode()))
            return ApiError(503, "service_unavailable", "injected fault: service unavailable")
        return None
