"""Pagers that end: a walk refuses to follow a position (v2 cursor, v1 ``starting_after_id``) twice.

A server that serves the same v1 page forever repeats its last id; one whose v2 cursors cycle
(A -> B -> A) repeats a cursor. Either way the walk would never end, so the guard stops it with
``PagingLoopError`` on the first repeat. One set entry per page: memory grows with pages, not items.
"""

from __future__ import annotations

from .errors import PagingLoopError
from .ratelimit import RateLimit


class LoopGuard:
    """The positions a walk has asked from; ``follow`` is called once per page with the next one."""

    def __init__(self, start: str | None) -> None:
        self._followed: set[str] = set() if start is None else {start}

    def follow(self, position: str | None, rate_limit: RateLimit) -> None:
        """Record ``position`` (None: the walk ends); PagingLoopError when it was followed before."""
        if position is None:
            return
        if position in self._followed:
            shown = position if len(position) <= 80 else position[:77] + "..."
            raise PagingLoopError(
                200,
                message=f"the server sent {shown!r} as the next page's position again after {len(self._followed)}"
                " page(s): paging on would never end",
                rate_limit=rate_limit,
            )
        self._followed.add(position)
