"""One conformance run: its settings, its target (the bundled mock started here), results, and exchange.

The suite modules build their Schemathesis schemas when pytest imports them, so the run
must exist by then: the suites' conftest starts it in `pytest_configure` and the modules
read it with `current()`. (Schemathesis's fixture-based lazy schemas would avoid this, but
they do not work on pytest 9.2.)
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from schemathesis import BaseSchema, GenerationMode

from . import profiles, server_schema
from .exchange import Exchange, hooks_for
from .results import Results
from .target import Target, mock_target, remote_target, unreachable

TARGETS = ("mock", "live")
STRICT_MODES = ("warn", "fail", "off")


@dataclass(frozen=True)
class Settings:
    """What to check and how, from the command line or pytest options."""

    target: str = "mock"  # "mock" or "live"; a base URL overrides it
    base_url: str | None = None
    profile: str = profiles.DEFAULT_PROFILE
    strict: str = "warn"
    rate_limit: str | None = None  # Schemathesis's syntax, e.g. "10/s"; live default below
    mock_seed: int = 7
    mock_size: int = 10_000
    time_budget: float | None = None  # seconds; the run stops starting cases past it and reports

    def __post_init__(self) -> None:
        if self.rate_limit is not None and not RATE_LIMIT.fullmatch(self.rate_limit):
            raise ValueError(
                f"bad rate limit {self.rate_limit!r}: give requests per unit, e.g. 10/s, 300/m (units: s, m, h, d)"
            )
        if self.time_budget is not None and not self.time_budget > 0:
            raise ValueError(f"bad time budget {self.time_budget!r}: give seconds, more than 0")
        if self.target not in TARGETS:
            raise ValueError(f"unknown target {self.target!r}; choose one of: {', '.join(TARGETS)}, or a base URL")
        if self.strict not in STRICT_MODES:
            raise ValueError(f"unknown strict mode {self.strict!r}; choose one of: {', '.join(STRICT_MODES)}")
        if self.profile not in profiles.PROFILES:
            raise ValueError(f"unknown profile {self.profile!r}; choose one of: {', '.join(profiles.PROFILES)}")


# Schemathesis's rate-limit syntax: a positive count per second, minute, hour or day.
RATE_LIMIT = re.compile(r"[1-9][0-9]*/[smhd]")
# Voucherify's plans allow a few calls per second; a live run stays well under that unless told otherwise.
LIVE_RATE_LIMIT = "5/s"


@dataclass
class Run:
    settings: Settings
    target: Target
    results: Results
    exchange: Exchange
    _schemas: dict[tuple[GenerationMode, bool], BaseSchema] = field(default_factory=dict)
    started_at: float = field(default_factory=time.monotonic)

    def share_time_budget(self, tests_left: int) -> None:
        """Give the next test an equal share of what is left of the time budget (every test gets to run)."""
        if self.settings.time_budget is None:
            return
        now = time.monotonic()
        left = self.started_at + self.settings.time_budget - now
        self.exchange.deadline = now + max(left, 0.0) / max(tests_left, 1)

    def server_schema(self, mode: GenerationMode, *, any_shape: bool = False) -> BaseSchema:
        """The Schemathesis schema for `mode` (see `server_schema.build`), reporting to this run."""
        key = (mode, any_shape)
        if key not in self._schemas:
            rate_limit = self.settings.rate_limit or (LIVE_RATE_LIMIT if self.target.kind == "live" else None)
            schema = server_schema.build(mode, self.target, rate_limit, any_shape=any_shape)
            for name, hook in hooks_for(self.exchange).items():
                schema.hook(name)(hook)
            self._schemas[key] = schema
        return self._schemas[key]


class TargetUnreachable(RuntimeError):
    """The target answers nothing: a failed run, reported before any test starts."""


_CURRENT: list[Run] = []


def current() -> Run:
    """The run in progress; the suites' conftest starts it."""
    if not _CURRENT:
        raise RuntimeError(
            "no conformance run in progress: run the suites with `voucherify-activities conformance` "
            "or `pytest --pyargs voucherify_activities.conformance.suites`"
        )
    return _CURRENT[-1]


@contextlib.contextmanager
def started(settings: Settings, environ: Mapping[str, str] | None = None) -> Iterator[Run]:
    """Resolve the target (starting the bundled mock if it is the one), and make the run current."""
    environ = os.environ if environ is None else environ
    profiles.load(settings.profile)
    with contextlib.ExitStack() as stack:
        if settings.base_url is not None or settings.target == "live":
            target = remote_target("url" if settings.base_url else "live", settings.base_url, environ)
            problem = unreachable(target) if target.skip_reason is None else None
            if problem is not None:
                raise TargetUnreachable(problem)
        else:
            target = stack.enter_context(mock_target(settings.mock_seed, settings.mock_size))
        results = Results(secrets=target.masked())
        exchange = Exchange(target, results, strict_mode=settings.strict)
        stack.callback(exchange.close)
        run = Run(settings, target, results, exchange)
        _CURRENT.append(run)
        stack.callback(_CURRENT.remove, run)
        yield run
