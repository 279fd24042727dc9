"""Typed keyword parameters for the four listings, checked against the spec before anything is sent.

A caller writes ``types=[...]``, ``ids_not_in=[...]``, ``created_after=datetime``,
``junction="OR"``; this module turns them into the ``filters`` object the spec describes
(``{"type": {"conditions": {"$in": [...]}}}``), validates it and every other parameter with
the spec's own schemas (enum members, patterns, list and limit bounds), and hands the result
to the generated filter model, whose wire form is the generated ``deep_object_params``.
"""

from __future__ import annotations

import datetime
import difflib
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict

from . import spec
from ._generated.types import serialize_datetime
from .checkpoint import Checkpoint
from .errors import ParameterError
from .operations import Operation

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

    from ._generated.models import (
        ActivityOrder,
        CampaignType,
        CustomerActivityOrder,
        EarningRuleActivityType,
        FilterJunction,
        IncentiveActivityType,
        ProgramActivityType,
    )

# Keyword -> (filter field, condition operator). Which of them an operation takes, and every
# rule on their values, is read from the spec; only the names are chosen here.
FILTER_KEYWORDS: dict[str, tuple[str, str]] = {
    "id_is": ("id", "$is"),
    "id_is_not": ("id", "$is_not"),
    "ids": ("id", "$in"),
    "ids_not_in": ("id", "$not_in"),
    "type_is": ("type", "$is"),
    "type_is_not": ("type", "$is_not"),
    "types": ("type", "$in"),
    "types_not_in": ("type", "$not_in"),
    "created_after": ("created_at", "$after"),
    "created_before": ("created_at", "$before"),
}
KEYWORD_FOR: dict[tuple[str, str], str] = {wire: keyword for keyword, wire in FILTER_KEYWORDS.items()}
JUNCTION = "junction"
# Parameters of the client, not of the API.
CLIENT_PARAMETERS = ("resume_from",)


class _CursorListParams(TypedDict, total=False):
    limit: int
    """Page size, 1-100 (Voucherify's default: 10)."""
    order: ActivityOrder | Sequence[ActivityOrder]
    """``-created_at`` (newest first, the default) or ``created_at``."""
    cursor: str
    """Start at this ``cursor.next`` of an earlier page."""
    created_after: datetime.datetime
    created_before: datetime.datetime
    junction: FilterJunction
    """How the field filters combine: ``AND`` (Voucherify's default) or ``OR``."""
    resume_from: Checkpoint
    """Continue after the last item an earlier iteration yielded (``pager.checkpoint``)."""


class ProgramActivityParams(_CursorListParams, total=False):
    """Keyword parameters of ``list_program_activities``."""

    id_is: str
    id_is_not: str
    ids: Sequence[str]
    ids_not_in: Sequence[str]
    type_is: ProgramActivityType
    type_is_not: ProgramActivityType
    types: Sequence[ProgramActivityType]
    types_not_in: Sequence[ProgramActivityType]


class IncentiveActivityParams(_CursorListParams, total=False):
    """Keyword parameters of ``list_incentive_activities`` (ids: ``lainc_<hex>``, 1-100 per list; types: 1-10)."""

    id_is: str
    id_is_not: str
    ids: Sequence[str]
    ids_not_in: Sequence[str]
    type_is: IncentiveActivityType
    type_is_not: IncentiveActivityType
    types: Sequence[IncentiveActivityType]
    types_not_in: Sequence[IncentiveActivityType]


class EarningRuleActivityParams(_CursorListParams, total=False):
    """Keyword parameters of ``list_earning_rule_activities`` (only exact id and exact type filters)."""

    id_is: str
    type_is: EarningRuleActivityType


class CustomerActivityParams(TypedDict, total=False):
    """Keyword parameters of ``list_customer_activities`` (v1)."""

    limit: int
    order: CustomerActivityOrder
    starting_after: datetime.datetime
    starting_after_id: str
    campaign_type: CampaignType
    campaign_id: str
    product_id: str
    start_date: datetime.datetime
    end_date: datetime.datetime
    resume_from: Checkpoint


@dataclass(frozen=True)
class Query:
    """A checked request: the path value, the filters object (wire keys) and the other arguments."""

    operation: Operation
    path_value: str
    filters: dict[str, Any] = field(default_factory=dict)
    arguments: dict[str, Any] = field(default_factory=dict)
    """Generated ``_get_kwargs`` keyword arguments other than ``filters``."""
    resume_from: Checkpoint | None = None

    def request(self, *, filters: dict[str, Any] | None = None, **overrides: Any) -> dict[str, Any]:
        """httpx ``method``/``url``/``params`` for one page; ``filters``/``overrides`` replace the query's own."""
        chosen = self.filters if filters is None else filters
        arguments = {**self.arguments, **overrides}
        if chosen and self.operation.filters_model is not None:
            arguments["filters"] = self.operation.filters_model.from_dict(chosen)
        return self.operation.request(self.path_value, arguments)

    @property
    def descending(self) -> bool:
        """Whether items come newest first (the order sent, else the spec's default)."""
        order = self.arguments.get("order") or self.operation.default_order() or "-created_at"
        first = order if isinstance(order, str) else order[0]
        return str(first).startswith("-")


def build_query(operation: Operation, path_label: str, path_value: object, params: Mapping[str, Any]) -> Query:
    """Check every parameter against the spec and return the query; ParameterError names the first bad one.

    ``path_label`` is what the caller calls the path value (``program_id``), for messages.
    """
    query_parameters = operation.spec.query_parameters
    keywords = supported_keywords(operation.operation_id)
    allowed = {name for name in query_parameters if name != "filters"} | set(keywords) | set(CLIENT_PARAMETERS)
    if keywords:
        allowed.add(JUNCTION)
    for name in params:
        if name not in allowed:
            raise ParameterError(
                name, f"not a parameter of {operation.operation_id}", f"one of: {', '.join(sorted(allowed))}"
            )

    _check(operation, operation.path_parameter, path_value, label=path_label)

    filters: dict[str, Any] = {}
    arguments: dict[str, Any] = {}
    for name, value in params.items():
        if name in CLIENT_PARAMETERS or value is None:
            continue
        if name in keywords:
            field_name, operator = FILTER_KEYWORDS[name]
            conditions = filters.setdefault(field_name, {"conditions": {}})["conditions"]
            conditions[operator] = _to_json(name, value)
        elif name == JUNCTION:
            filters[JUNCTION] = value
        else:
            _check(operation, name, _to_json(name, value))
            arguments[name] = list(value) if isinstance(value, (list, tuple)) else value
    if filters:
        _check_filters(operation, filters)

    resume_from = params.get("resume_from")
    if resume_from is not None:
        if not isinstance(resume_from, Checkpoint):
            kind = type(resume_from).__name__
            raise ParameterError("resume_from", f"expected a Checkpoint, got {kind}", "a Checkpoint")
        resume_from.check_matches(operation.operation_id, str(path_value))
    return Query(operation, str(path_value), filters, arguments, resume_from)


@functools.cache
def supported_keywords(operation_id: str) -> frozenset[str]:
    """The filter keywords this operation takes: those whose field and operator its filters schema declares."""
    if "filters" not in spec.operation(operation_id).parameters:
        return frozenset()
    operators = spec.filter_operators(operation_id)
    return frozenset(k for k, (f, op) in FILTER_KEYWORDS.items() if op in operators.get(f, ()))


def _to_json(name: str, value: Any) -> Any:
    """The JSON value to validate and send; datetimes must carry a UTC offset."""
    if isinstance(value, datetime.datetime):
        if value.utcoffset() is None:
            raise ParameterError(name, f"{value.isoformat()} has no timezone", "date-time with a UTC offset (RFC 3339)")
        return serialize_datetime(value)
    if isinstance(value, (datetime.date, datetime.time)):
        raise ParameterError(name, f"{value!r} is not a datetime", "date-time with a UTC offset (RFC 3339)")
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        return [_to_json(f"{name}[{i}]", item) for i, item in enumerate(value)]
    return value


@functools.cache
def _validator(operation_id: str, parameter: str) -> Any:
    """The parameter's schema compiled once, on first use; formats (``date-time``) checked too."""
    from jsonschema import Draft202012Validator  # noqa: PLC0415 - jsonschema loads on the first check, not on import

    schema = spec.operation(operation_id).parameters[parameter].schema
    return spec.validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _check(operation: Operation, name: str, value: Any, *, label: str | None = None) -> None:
    error = _first_error(_validator(operation.operation_id, name), value)
    if error is not None:
        problem, rule = describe(error)
        raise ParameterError((label or name) + _index_suffix(list(error.absolute_path)), problem, rule)


def _check_filters(operation: Operation, filters: dict[str, Any]) -> None:
    error = _first_error(_validator(operation.operation_id, "filters"), filters)
    if error is None:
        return
    path = list(error.absolute_path)
    name = "filters"
    if path[:1] == [JUNCTION]:
        name, path = JUNCTION, path[1:]
    elif len(path) >= 3 and path[1] == "conditions":
        name, path = KEYWORD_FOR.get((str(path[0]), str(path[2])), "filters"), path[3:]
    problem, rule = describe(error)
    raise ParameterError(name + _index_suffix(path), problem, rule)


def _first_error(validator: Any, value: Any) -> ValidationError | None:
    # Per position, a wrong type first: "[...] is not of type string" says more than "is not one of".
    errors = sorted(validator.iter_errors(value), key=_error_order)
    # Of a oneOf's failures, report the deepest: "'x' is not one of [...]" rather than "not valid under any".
    while errors and errors[0].validator in ("oneOf", "anyOf") and errors[0].context:
        errors = sorted(errors[0].context, key=lambda e: -len(e.absolute_path))
    return errors[0] if errors else None


def _error_order(error: ValidationError) -> tuple[list[str], bool]:
    return [str(step) for step in error.absolute_path], error.validator != "type"


def _index_suffix(path: list[Any]) -> str:
    return "".join(f"[{step}]" for step in path if isinstance(step, int))


# Up to this many allowed values are listed on the message's line; more go one per line below it.
ENUM_INLINE = 4


def _not_in_enum(value: Any, members: list[str]) -> str:
    """ "'x' is not one of ...", with the likeliest intended member first and long lists one per line."""
    if len(members) <= ENUM_INLINE:
        return f"{value!r} is not one of {', '.join(members)}"
    close = difflib.get_close_matches(str(value), members, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    listing = "".join(f"\n    {member}" for member in sorted(members))
    return f"{value!r} is not one of the {len(members)} allowed values{hint}:{listing}\n"


def describe(error: ValidationError) -> tuple[str, str]:
    """(what is wrong, which spec rule) for a schema violation, in a caller's words."""
    value: Any = error.instance
    kind = str(error.validator)
    bound: Any = error.validator_value
    if kind == "enum":
        return _not_in_enum(value, [str(member) for member in bound]), "enum"
    schema: Any = error.schema
    rule = f"{kind} {bound}"
    if kind == "pattern":
        problem = f"{value!r} does not match {bound}"
    elif kind in ("minItems", "maxItems"):
        low, high = schema.get("minItems", 0), schema.get("maxItems")
        problem = (
            f"has {len(value)} items; " + (f"{low}-{high}" if high is not None else f"at least {low}") + " allowed"
        )
    elif kind in ("minimum", "maximum"):
        problem = f"{value!r} is out of range {schema.get('minimum')}-{schema.get('maximum')}"
    elif kind == "minLength":
        problem = f"{value!r} is too short"
    elif kind == "type":
        problem = f"{value!r} is not of type {bound}"
    elif kind == "format" and bound == "date-time":
        problem = f"{value!r} is not a date-time with a UTC offset (pass a timezone-aware datetime)"
        rule = "format date-time (RFC 3339)"
    else:
        problem, rule = error.message, kind
    return problem, rule
