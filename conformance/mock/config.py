"""Settings of one mock server. Secrets are kept out of every repr."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


def _masked(value: str | None) -> str:
    return "None" if value is None else "'***'"


@dataclass
class MockConfig:
    """How the mock behaves; every field has a usable default.

    Credentials: with `app_id`/`app_token` or `bearer_token` unset, any non-empty
    X-App-Id + X-App-Token pair, or any bearer token, is accepted; once set, only those values.
    """

    seed: int = 7
    size: int = 10_000
    data_file: Path | None = None  # JSON array / {"data": [...]} / JSONL of activities, instead of generating
    cursor_ttl_seconds: float = 900.0
    app_id: str | None = None
    app_token: str | None = None
    bearer_token: str | None = None
    rate_limit: int = 10_000  # calls per window reported in X-Rate-Limit-* headers
    rate_window_seconds: int = 60
    enforce_rate_limit: bool = False  # answer 429 once a credential has used up its window
    fault_429_rate: float = 0.0  # fraction of requests answered 429 + Retry-After
    fault_503_rate: float = 0.0  # fraction of requests answered 503
    retry_after_seconds: int = 1
    fault_seed: int | None = None  # seed of the fault dice; None draws from the seed above
    cursor_secret: bytes | None = None  # None: random per server
    # Slow and idle clients (see limits.py): a request's headers must arrive within this many
    # seconds; a connection idle between requests closes after keep_alive_seconds; connections
    # beyond max_connections are dropped (well under the usual 1024-descriptor limit).
    header_timeout_seconds: float = 10.0
    keep_alive_seconds: int = 5
    max_connections: int = 512
    clock: Callable[[], float] = field(default=time.time, compare=False)  # seconds; tests fake it

    def __post_init__(self) -> None:
        for name in ("fault_429_rate", "fault_503_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value}")
        if self.fault_429_rate + self.fault_503_rate > 1.0:
            raise ValueError("fault_429_rate + fault_503_rate must be at most 1")
        if self.size < 0:
            raise ValueError(f"size must be >= 0, got {self.size}")
        if self.cursor_ttl_seconds <= 0:
            raise ValueError(f"cursor_ttl_seconds must be > 0, got {self.cursor_ttl_seconds}")
        if self.rate_limit < 1 or self.rate_window_seconds < 1:
            raise ValueError("rate_limit and rate_window_seconds must be >= 1")
        if self.header_timeout_seconds <= 0 or self.keep_alive_seconds < 1 or self.max_connections < 1:
            raise ValueError("header_timeout_seconds must be > 0, keep_alive_seconds and max_connections >= 1")
        if self.retry_after_seconds < 0:
            raise ValueError(f"retry_after_seconds must be >= 0, got {self.retry_after_seconds}")
        if (self.app_id is None) != (self.app_token is None):
            raise ValueError("app_id and app_token must be set together")
        for name in ("app_id", "app_token", "bearer_token"):
            if getattr(self, name) == "":
                raise ValueError(f"{name} must not be empty (leave it unset to accept any value)")

    def __repr__(self) -> str:
        return (
            f"MockConfig(seed={self.seed}, size={self.size}, data_file={self.data_file!r}, "
            f"cursor_ttl_seconds={self.cursor_ttl_seconds}, app_id={self.app_id!r}, "
            f"app_token={_masked(self.app_token)}, bearer_token={_masked(self.bearer_token)}, "
            f"rate_limit={self.rate_limit}, enforce_rate_limit={self.enforce_rate_limit}, "
            f"fault_429_rate={self.fault_429_rate}, fault_503_rate={self.fault_503_rate}, "
            f"cursor_secret={'None' if self.cursor_secret is None else '***'})"
        )

    __str__ = __repr__
