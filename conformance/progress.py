"""Progress lines during a run: operation, cases so far, elapsed time.

On a terminal a line every couple of seconds; in a CI log (not a terminal) every few seconds,
so a long run shows it is alive without flooding the log.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable

TERMINAL_INTERVAL = 2.0
LOG_INTERVAL = 5.0


class Progress:
    """Counts responses per operation and writes a line when the interval has passed."""

    def __init__(self, write: Callable[[str], None], *, interactive: bool, clock: Callable[[], float] = time.monotonic):
        self.write = write
        self.interval = TERMINAL_INTERVAL if interactive else LOG_INTERVAL
        self.clock = clock
        self.started = clock()
        self.last = self.started
        self.cases: Counter[str] = Counter()

    def __call__(self, operation_id: str) -> None:
        self.cases[operation_id] += 1
        now = self.clock()
        if now - self.last >= self.interval:
            self.last = now
            self.write(self.line(operation_id, now))

    def line(self, operation_id: str, now: float) -> str:
        total = sum(self.cases.values())
        return (
            f"[conformance {now - self.started:5.0f} s] {operation_id}: {self.cases[operation_id]} cases; "
            f"{total} server responses in all"
        )
