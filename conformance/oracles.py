"""Oracles: what one page of items must honour, given the request that produced it.

Pure functions of (the operation's semantics, the query as the server reads it, the path's
owner, the items): each returns the violations it finds, naming the offending item ids. The
semantics (which item field a filter, an `order` value or the path refers to) come from the
spec's `x-` extensions, so a filter added to the spec is judged without a line here.
A field an item does not carry is not judged (v1 payloads differ per type).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from voucherify_activities.spec import ItemCondition, Semantics, carried

FILTERS_HOLD = "filters_hold"
ORDER_HOLDS = "order_holds"
OWNER_HOLDS = "owner_holds"
DEFAULT_ORDER = "-created_at"
MAX_IDS_SHOWN = 5


@dataclass(frozen=True)
class Violation:
    oracle: str
    message: str
    item_ids: tuple[str, ...]

    def __str__(self) -> str:
        shown = ", ".join(self.item_ids[:MAX_IDS_SHOWN])
        more = f" (+{len(self.item_ids) - MAX_IDS_SHOWN} more)" if len(self.item_ids) > MAX_IDS_SHOWN else ""
        return f"{self.message}; offending item(s): {shown}{more}" if self.item_ids else self.message


def instant(value: Any) -> datetime | None:
    """A date-time string as an aware datetime; None for anything else."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _same(a: Any, b: Any) -> bool:
    return str(a) == str(b)


def _compare(operator: str) -> Callable[[Any, Any], bool | None]:
    """`operator` as a predicate (item value, condition value) -> holds, or None when it cannot be judged."""

    def dated(test: Callable[[datetime, datetime], bool]) -> Callable[[Any, Any], bool | None]:
        def judge(value: Any, bound: Any) -> bool | None:
            moment, limit = instant(value), instant(bound)
            return None if moment is None or limit is None else test(moment, limit)

        return judge

    operators: dict[str, Callable[[Any, Any], bool | None]] = {
        "$is": _same,
        "$is_not": lambda value, expected: not _same(value, expected),
        "$in": lambda value, options: any(_same(value, option) for option in _as_list(options)),
        "$not_in": lambda value, options: not any(_same(value, option) for option in _as_list(options)),
        "$after": dated(lambda moment, limit: moment > limit),
        "$before": dated(lambda moment, limit: moment < limit),
        "$on_or_after": dated(lambda moment, limit: moment >= limit),
        "$on_or_before": dated(lambda moment, limit: moment <= limit),
    }
    if operator not in operators:
        raise KeyError(f"no oracle for the filter operator {operator!r}")
    return operators[operator]


def condition_holds(item: Any, condition: ItemCondition, operator: str, value: Any) -> bool | None:
    """Whether the item satisfies `operator value` on the condition's field: None when it carries no such field.

    With alternative fields, one carried value satisfying it is enough (a v1 customer is named
    by its id or its source_id).
    """
    judge = _compare(operator)
    verdicts = [judge(found, value) for found in carried(item, condition.item_fields)]
    known = [verdict for verdict in verdicts if verdict is not None]
    return any(known) if known else None


def _field_holds(item: Any, condition: ItemCondition, conditions: Mapping[str, Any]) -> bool | None:
    """Conditions on one field are ANDed."""
    verdicts = [condition_holds(item, condition, operator, value) for operator, value in conditions.items()]
    if any(verdict is False for verdict in verdicts):
        return False
    return True if any(verdict for verdict in verdicts) else None


def request_filters(semantics: Semantics, params: Mapping[str, Any]) -> list[tuple[str, ItemCondition, dict[str, Any]]]:
    """The filter conditions a request applies: (wire name, field, {operator: value}) per field given."""
    found = []
    filters = params.get("filters")
    if isinstance(filters, dict):
        for name, condition in semantics.filter_fields.items():
            node = filters.get(name)
            conditions = node.get("conditions") if isinstance(node, dict) else None
            if isinstance(conditions, dict) and conditions:
                found.append((f"filters[{name}]", condition, dict(conditions)))
    for name, condition in semantics.parameters.items():
        if name in params:
            (operator,) = condition.operators
            found.append((name, condition, {operator: params[name]}))
    return found


def item_matches(item: Any, semantics: Semantics, params: Mapping[str, Any]) -> bool | None:
    """Whether an item satisfies the request's filters (junction applied); None when it cannot be judged."""
    given = request_filters(semantics, params)
    if not given:
        return True
    verdicts = [_field_holds(item, condition, conditions) for _, condition, conditions in given]
    junction = _junction(semantics, params)
    if junction == "OR" and any(name.startswith("filters[") for name, _, _ in given):
        # OR joins the `filters` fields; plain query parameters still apply to every item.
        joined = [v for (name, _, _), v in zip(given, verdicts, strict=True) if name.startswith("filters[")]
        plain = [v for (name, _, _), v in zip(given, verdicts, strict=True) if not name.startswith("filters[")]
        verdicts = [None if all(v is None for v in joined) else any(v for v in joined), *plain]
    if any(verdict is False for verdict in verdicts):
        return False
    return None if all(verdict is None for verdict in verdicts) else True


def _junction(semantics: Semantics, params: Mapping[str, Any]) -> str:
    filters = params.get("filters")
    if semantics.junction is None or not isinstance(filters, dict):
        return "AND"
    return str(filters.get(semantics.junction, "AND")).upper()


def _describe_filters(semantics: Semantics, params: Mapping[str, Any]) -> str:
    parts = [f"{name}{conditions}" for name, _, conditions in request_filters(semantics, params)]
    junction = _junction(semantics, params)
    return f" {junction} ".join(parts) if len(parts) > 1 else "".join(parts)


def _ids(items: Iterable[Any]) -> tuple[str, ...]:
    return tuple(str(item.get("id")) if isinstance(item, dict) else "?" for item in items)


def filters_hold(semantics: Semantics, params: Mapping[str, Any], items: Sequence[Any]) -> list[Violation]:
    """Every item satisfies every filter the request sent, joined by its junction."""
    broken = [item for item in items if item_matches(item, semantics, params) is False]
    if not broken:
        return []
    message = f"{len(broken)} item(s) do not satisfy {_describe_filters(semantics, params)}"
    return [Violation(FILTERS_HOLD, message, _ids(broken))]


def sort_key(semantics: Semantics, params: Mapping[str, Any]) -> tuple[str, bool] | None:
    """(item field, descending) the request orders by, or None when the spec says no field for it."""
    order = params.get("order", DEFAULT_ORDER)
    first = order[0] if isinstance(order, list) and order else order
    if not isinstance(first, str):
        return None
    field = semantics.sort_fields.get(first.lstrip("-"))
    return None if field is None else (field, first.startswith("-"))


def _sortable(value: Any) -> Any:
    moment = instant(value)
    return moment if moment is not None else value


def order_holds(semantics: Semantics, params: Mapping[str, Any], items: Sequence[Any]) -> list[Violation]:
    """Consecutive items are in the order the request asked for (ties in either order)."""
    key = sort_key(semantics, params)
    if key is None:
        return []
    field, descending = key
    values = [carried(item, (field,)) for item in items]
    for index in range(len(items) - 1):
        here, there = values[index], values[index + 1]
        if not here or not there:
            continue
        a, b = _sortable(here[0]), _sortable(there[0])
        try:
            wrong = a < b if descending else a > b
        except TypeError:
            continue
        if wrong:
            direction = "newest first" if descending else "oldest first"
            message = (
                f"items are not ordered by {field} {direction} as `order` asks: item {index} has {here[0]}, "
                f"item {index + 1} has {there[0]}"
            )
            return [Violation(ORDER_HOLDS, message, _ids(items[index : index + 2]))]
    return []


def owner_holds(semantics: Semantics, owner: str, items: Sequence[Any]) -> list[Violation]:
    """Every item belongs to the resource named in the path."""
    if not semantics.owner_fields:
        return []
    owned = ItemCondition("owner", semantics.owner_fields, frozenset({"$is"}))
    foreign = [item for item in items if condition_holds(item, owned, "$is", owner) is False]
    if not foreign:
        return []
    fields = " / ".join(semantics.owner_fields)
    message = f"{len(foreign)} item(s) belong to another owner than {owner!r} (by {fields})"
    return [Violation(OWNER_HOLDS, message, _ids(foreign))]
