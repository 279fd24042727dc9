"""The documents the suites read: the curated spec, its strict variant, and the request rules they assume.

Both specs ship beside the client (``voucherify_activities._generated``), so an installed
package checks a server against exactly the spec its client was generated from.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass
from typing import Any

from voucherify_activities import spec as shipped
from voucherify_activities.spec import resolve

JSON = Any


def curated() -> dict[str, JSON]:
    """The curated spec (objects open: servers may add fields). Callers must not mutate it."""
    return shipped.load_spec()


def strict() -> dict[str, JSON]:
    """The spec with `unevaluatedProperties: false` on every declared object (overlays/strict.yaml)."""
    return shipped.load_spec(shipped.STRICT)


# What each operation's path parameter names, in the mock's dataset vocabulary.
OWNER_KINDS = {
    "list_customer_activities": "customer",
    "list_program_activities": "program",
    "list_incentive_activities": "incentive",
    "list_earning_rule_activities": "earning_rule",
}


@dataclass(frozen=True)
class Operation:
    """One of the four list operations, in the suites' terms."""

    operation_id: str
    method: str
    path: str
    path_parameter: str
    owner_kind: str  # what the path names: program, incentive, earning_rule, customer
    label: str  # Schemathesis's name for it: `GET /v2/loyalties/programs/{id}/activities`


@functools.cache
def operations() -> tuple[Operation, ...]:
    """The spec's operations, in spec order."""
    return tuple(
        Operation(op.operation_id, op.method, op.path, op.path_parameter.name, OWNER_KINDS[op.operation_id], op.label)
        for op in shipped.operations()
    )


def operation(operation_id: str) -> Operation:
    return next(op for op in operations() if op.operation_id == operation_id)


def by_label(label: str) -> Operation | None:
    return next((op for op in operations() if op.label == label), None)


def parameter_schema(spec: dict[str, JSON], operation_id: str, name: str) -> JSON:
    """The schema of one parameter of an operation in `spec` (`$ref`s left in place)."""
    op = operation(operation_id)
    for node in spec["paths"][op.path][op.method.lower()].get("parameters", []):
        param = resolve(node, spec)
        if param["name"] == name:
            return param["schema"]
    raise KeyError(f"{operation_id} has no parameter {name!r}")


@functools.cache
def _request_spec(closed: bool) -> dict[str, JSON]:
    spec = copy.deepcopy(curated())
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "parameters" not in op:
                continue
            params = []
            for node in op["parameters"]:
                param = dict(resolve(node, spec))
                param["schema"] = shipped.inlined(param["schema"], spec, closed=closed)
                params.append(param)
            op["parameters"] = params
    return spec


def request_spec(*, closed: bool = True) -> dict[str, JSON]:
    """The curated spec with every parameter schema inlined and (by default) closed, for generating requests.

    The suite's request assumptions, in one place:
    - a filter takes only the fields and operators the spec lists (`filters[<field>][conditions][<$op>]`);
      an unknown key is invalid input, not an ignorable extra;
    - a nested filter object has at least one member: `filters[type]` with nothing under it has no
      deepObject wire form, so it is never generated as valid input.
    Responses are untouched: objects stay open there (servers may add fields; strict mode reports them).
    With `closed=False` parameter objects stay open as the curated spec has them: any key, any
    nesting, most of it with no deepObject wire form (the any-shape suite sends those).
    Callers get a fresh copy, free to mutate.
    """
    return copy.deepcopy(_request_spec(closed))
