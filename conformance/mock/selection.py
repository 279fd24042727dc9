"""Which positions of a log a query selects, walked lazily in the requested order.

v2 filters compile to position sets: `created_at` to a contiguous range (bisect), `type` to
the merge of per-type position lists, `id` to a few looked-up positions or "all but these".
AND intersects them by walking the smallest and testing the rest; OR merges them. Either way
a page costs about `limit` steps plus a few bisects, whatever the log's length.

`select` is what a request uses: `walk`'s first `count` positions, with C-level slicing for the
common shapes (no filter, created_at, type) instead of chained generators.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any

from .query import parse_datetime_ms
from .store import IndexedLog


@dataclass
class FieldSets:
    """One v2 query's constraints, as position sets of one log."""

    low: int = 0
    high: int = 0
    created_given: bool = False
    type_codes: set[int] | None = None  # None: no type condition
    id_positions: list[int] | None = None  # sorted; None: no inclusive id condition
    id_excluded: set[int] = field(default_factory=set)
    id_given: bool = False


def compile_filters(log: IndexedLog, filters: dict[str, Any]) -> FieldSets:
    """Turn validated `filters` into position sets of `log`; conditions on one field are ANDed."""
    sets = FieldSets(high=len(log))
    created = filters.get("created_at", {}).get("conditions", {})
    if created:
        sets.created_given = True
        after, before = created.get("$after"), created.get("$before")
        sets.low, sets.high = log.created_range(
            parse_datetime_ms(after) if after else None, parse_datetime_ms(before) if before else None
        )
    types = filters.get("type", {}).get("conditions", {})
    if types:
        allowed = set(range(len(log.type_names)))
        for operator, value in types.items():
            values = value if isinstance(value, list) else [value]
            codes = log.codes_for(values)
            allowed = allowed & codes if operator in ("$is", "$in") else allowed - codes
        sets.type_codes = allowed
    ids = filters.get("id", {}).get("conditions", {})
    if ids:
        sets.id_given = True
        included: set[int] | None = None
        for operator, value in ids.items():
            values = value if isinstance(value, list) else [value]
            found = {log.by_id[v] for v in values if v in log.by_id}
            if operator in ("$is", "$in"):
                included = found if included is None else included & found
            else:
                sets.id_excluded |= found
        if included is not None:
            sets.id_positions = sorted(included - sets.id_excluded)
    return sets


def _range(low: int, high: int, start: int, descending: bool) -> Iterator[int]:
    if descending:
        return iter(range(min(high - 1, start), low - 1, -1))
    return iter(range(max(low, start), high))


def _sorted_list(positions: Any, low: int, high: int, start: int, descending: bool) -> Iterator[int]:
    """Members of an ascending position list within [low, high), from `start` on, in walk order."""
    if descending:
        top = bisect_right(positions, min(high - 1, start))
        bottom = bisect_left(positions, low)
        return (positions[i] for i in range(top - 1, bottom - 1, -1))
    first = bisect_left(positions, max(low, start))
    last = bisect_left(positions, high)
    return (positions[i] for i in range(first, last))


def _merge(streams: list[Iterator[int]], descending: bool) -> Iterator[int]:
    if len(streams) == 1:
        return streams[0]
    return heapq.merge(*streams, reverse=descending)


def _dedupe(stream: Iterable[int]) -> Iterator[int]:
    previous = -1
    for pos in stream:
        if pos != previous:
            yield pos
            previous = pos


def walk(log: IndexedLog, sets: FieldSets, junction: str, start: int, descending: bool) -> Iterator[int]:
    """Selected positions from `start` (inclusive) onward, in walk order."""
    n = len(log)
    if junction == "OR" and (sets.created_given + (sets.type_codes is not None) + sets.id_given) > 1:
        streams: list[Iterator[int]] = []
        if sets.created_given:
            streams.append(_range(sets.low, sets.high, start, descending))
        if sets.type_codes is not None:
            streams.extend(_sorted_list(log.by_type[c], 0, n, start, descending) for c in sorted(sets.type_codes))
        if sets.id_given:
            if sets.id_positions is not None:
                streams.append(_sorted_list(sets.id_positions, 0, n, start, descending))
            else:
                excluded = sets.id_excluded
                streams.append(p for p in _range(0, n, start, descending) if p not in excluded)
        return _dedupe(_merge(streams, descending))
    # AND (or a single field): walk the narrowest set inside the created_at range, test the rest.
    low, high = sets.low, sets.high
    codes, excluded, type_codes = sets.type_codes, sets.id_excluded, log.type_codes
    if sets.id_positions is not None:
        driver = _sorted_list(sets.id_positions, low, high, start, descending)
        return (p for p in driver if codes is None or type_codes[p] in codes)
    if codes is not None:
        driver = _merge([_sorted_list(log.by_type[c], low, high, start, descending) for c in sorted(codes)], descending)
    else:
        driver = _range(low, high, start, descending)
    if excluded:
        return (p for p in driver if p not in excluded)
    return driver


def select(log: IndexedLog, sets: FieldSets, junction: str, start: int, descending: bool, *, count: int) -> list[int]:
    """`list(islice(walk(...), count))`, sliced rather than stepped where the shape allows."""
    fields = sets.created_given + (sets.type_codes is not None) + sets.id_given
    if (junction == "OR" and fields > 1) or sets.id_positions is not None:
        return list(islice(walk(log, sets, junction, start, descending), count))
    low, high, excluded = sets.low, sets.high, sets.id_excluded
    # Excluded ids can drop at most len(excluded) of the candidates, so this many always suffice.
    want = count + len(excluded)
    if sets.type_codes is None:
        span = range(min(high - 1, start), low - 1, -1) if descending else range(max(low, start), high)
        candidates: Iterable[int] = span[:want]
    else:
        # The first `want` of the merged type lists are among the first `want` of each list.
        chunks = []
        for code in sets.type_codes:
            positions = log.by_type[code]
            if descending:
                top = bisect_right(positions, min(high - 1, start))
                chunks.append(positions[max(bisect_left(positions, low), top - want) : top])
            else:
                first = bisect_left(positions, max(low, start))
                chunks.append(positions[first : min(bisect_left(positions, high), first + want)])
        candidates = sorted(chain.from_iterable(chunks), reverse=descending)[:want]
    if excluded:
        return [pos for pos in candidates if pos not in excluded][:count]
    return list(candidates)[:count]
