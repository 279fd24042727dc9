"""A memoising LRU cache bounded by entries *and* by bytes of its keys' text.

``functools.lru_cache`` bounds entries only: 1024 distinct 60 KB queries per operation kept
about 115 MB alive. Here each entry weighs the length of its string arguments (what the value
is worked out from, so its size follows too) and the oldest entries go once the total passes
``max_bytes``; an entry heavier than an eighth of the budget is not kept at all. Like
``lru_cache``, only returns are cached: a call that raises is worked out again next time.
One thread uses a cache (the server's event loop), so there is no lock.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class BoundedCache(Generic[V]):
    def __init__(self, function: Callable[..., V], *, max_entries: int, max_bytes: int) -> None:
        self._function = function
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: OrderedDict[tuple[Hashable, ...], tuple[V, int]] = OrderedDict()
        self.bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    def __call__(self, *args: Hashable) -> V:
        entry = self._entries.get(args)
        if entry is not None:
            self._entries.move_to_end(args)
            return entry[0]
        value = self._function(*args)
        weight = sum(len(arg) for arg in args if isinstance(arg, str)) + 64
        if weight * 8 <= self.max_bytes:
            self._entries[args] = (value, weight)
            self.bytes += weight
            while len(self._entries) > self.max_entries or self.bytes > self.max_bytes:
                self.bytes -= self._entries.popitem(last=False)[1][1]
        return value
