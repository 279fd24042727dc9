"""What a query means for one owner's log, worked out once per distinct query.

Everything here depends only on the owner and the query without its paging parameter (order,
filters compiled to position sets, the cursor fingerprint, the v1 match count), so the handlers
keep plans in a bounded LRU and a request pays only for its page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .cursors import fingerprint
from .errors import invalid_query
from .query import parse_datetime_ms
from .selection import FieldSets, compile_filters
from .store import IndexedLog


@dataclass(frozen=True)
class V2Plan:
    """A v2 query against one log; shared by requests, so read-only."""

    log: IndexedLog
    descending: bool
    junction: str
    sets: FieldSets
    fingerprint: bytes  # what a cursor is bound to
    limit: int


@dataclass(frozen=True)
class V1Plan:
    """A v1 query against one customer's log; shared by requests, so read-only."""

    log: IndexedLog
    descending: bool
    ordered: Sequence[int]  # positions ascending by the sort key; walked backwards when descending
    matches: Callable[[int], bool]
    total: int
    limit: int


def v2_plan(log: IndexedLog, kind: str, owner: str, params: dict[str, Any]) -> V2Plan:
    orders = _orders(params.get("order", "-created_at"))
    filters: dict[str, Any] = params.get("filters", {})
    return V2Plan(
        log=log,
        descending=orders[0].startswith("-"),
        junction=filters.get("junction", "AND"),
        sets=compile_filters(log, filters),
        fingerprint=fingerprint(kind, owner, filters, orders),
        limit=params["limit"],
    )


def v1_plan(log: IndexedLog, params: dict[str, Any]) -> V1Plan:
    order: str = params.get("order", "-created_at")
    ordered = log.v1_order(order.lstrip("-"))
    matches = _v1_predicate(log, params)
    total = sum(1 for pos in ordered if matches(pos))
    return V1Plan(log, order.startswith("-"), ordered, matches, total, params["limit"])


def _orders(order: str | list[str]) -> list[str]:
    """The order list without repeats; 400 when a field is asked for both ways."""
    orders = list(dict.fromkeys([order] if isinstance(order, str) else order))
    fields = [item.lstrip("-") for item in orders]
    for name in fields:
        if fields.count(name) > 1:
            raise invalid_query(f"order: {name} cannot be sorted both ascending and descending")
    return orders


def _v1_predicate(log: IndexedLog, params: dict[str, Any]) -> Callable[[int], bool]:
    campaign_type = params.get("campaign_type")
    campaign_id = params.get("campaign_id")
    product_id = params.get("product_id")
    start_ms = parse_datetime_ms(params["start_date"]) if "start_date" in params else None
    end_ms = parse_datetime_ms(params["end_date"]) if "end_date" in params else None
    relations, created = log.relations, log.created

    def matches(pos: int) -> bool:
        rel = relations[pos]
        if campaign_type is not None and rel.campaign_type != campaign_type:
            return False
        if campaign_id is not None and rel.campaign_id != campaign_id:
            return False
        if product_id is not None and product_id not in rel.product_ids:
            return False
        if start_ms is not None and created[pos] < start_ms:
            return False
        return end_ms is None or created[pos] <= end_ms

    return matches
