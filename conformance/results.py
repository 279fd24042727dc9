"""What a run found: per operation and check, how many cases passed and failed; undeclared fields; skips.

Every text kept here has the target's secrets masked on the way in, so nothing printed
from it (summary, JUnit properties) can leak a token.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from voucherify_activities.errors import redact


@dataclass
class Tally:
    passed: int = 0
    failed: int = 0


@dataclass(frozen=True)
class Finding:
    """One failing case: what was checked, what went wrong, how to send the same request again."""

    operation_id: str
    check: str
    message: str
    reproduction: str | None = None


@dataclass
class Results:
    """Collected during a run, rendered at its end. Safe to record into from several threads."""

    secrets: tuple[str, ...] = ()
    tallies: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    # The last failure recorded per (check, operation): after Hypothesis shrinks, the minimal example.
    failures: dict[tuple[str, str], Finding] = field(default_factory=dict)
    first_failure: tuple[str, str] | None = None
    # (operation, status) -> undeclared property locations (`$.data[*].foo`)
    undeclared: dict[tuple[str, int], set[str]] = field(default_factory=lambda: defaultdict(set))
    skipped: dict[str, str] = field(default_factory=dict)  # what -> why
    responses: int = 0  # server responses judged
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def mask(self, text: str) -> str:
        return redact(text, self.secrets)

    def responded(self) -> None:
        with self._lock:
            self.responses += 1

    def passed(self, operation_id: str, check: str) -> None:
        with self._lock:
            self.tallies[(check, operation_id)].passed += 1

    def failed(self, operation_id: str, check: str, message: str, reproduction: str | None = None) -> None:
        finding = Finding(operation_id, check, self.mask(message), self.mask(reproduction) if reproduction else None)
        with self._lock:
            self.tallies[(check, operation_id)].failed += 1
            self.failures[(check, operation_id)] = finding
            if self.first_failure is None:
                self.first_failure = (check, operation_id)

    def record_undeclared(self, operation_id: str, status: int, locations: Iterable[str]) -> None:
        with self._lock:
            self.undeclared[(operation_id, status)].update(locations)

    def skip(self, what: str, reason: str) -> None:
        with self._lock:
            self.skipped.setdefault(what, self.mask(reason))

    @property
    def failed_count(self) -> int:
        return sum(t.failed for t in self.tallies.values())

    @property
    def passed_count(self) -> int:
        return sum(t.passed for t in self.tallies.values())

    @property
    def client_cases(self) -> int:
        """Cases the client suites judged (a request built and validated, or a body parsed and restored)."""
        return sum(t.passed + t.failed for (check, _), t in self.tallies.items() if check.startswith("client:"))

    def undeclared_lines(self) -> list[str]:
        return [
            f"{operation_id} {status}: {location}"
            for (operation_id, status), locations in sorted(self.undeclared.items())
            for location in sorted(locations)
        ]
