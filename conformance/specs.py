"""The documents the suites read: the curated spec, its strict variant, and the request rules they assume.

Both specs ship beside the client (``voucherify_activities._generated``), so an installed
package checks a server against exactly the spec its client was generated from.
"""

from __future__ import annotations

import copy
import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

SPEC_PACKAGE = "voucherify_activities._generated"
# Keywords whose values are data, not schemas: never walked into.
_DATA_KEYWORDS = frozenset({"enum", "const", "default", "example", "examples"})

JSON = Any


@functools.cache
def _load(name: str) -> dict[str, JSON]:
    document: dict[str, JSON] = json.loads(resources.files(SPEC_PACKAGE).joinpath(name).read_text("utf-8"))
    return document


def curated() -> dict[str, JSON]:
    """The curated spec (objects open: servers may add fields). Callers must not mutate it."""
    return _load("openapi.json")


def strict() -> dict[str, JSON]:
    """The spec with `unevaluatedProperties: false` on every declared object (overlays/strict.yaml)."""
    return _load("openapi.strict.json")


def resolve(spec: dict[str, JSON], node: JSON) -> JSON:
    """Follow local `$ref`s until a node without one."""
    while isinstance(node, dict) and "$ref" in node:
        target: JSON = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@dataclass(frozen=True)
class Operation:
    """One of the four list operations, as the spec declares it."""

    operation_id: str
    method: str
    path: str
    path_parameter: str
    owner_kind: str  # what the path names: program, incentive, earning_rule, customer

    @property
    def label(self) -> str:
        """Schemathesis's name for it: `GET /v2/loyalties/programs/{id}/activities`."""
        return f"{self.method} {self.path}"


# What each operation's path parameter names, in the mock's dataset vocabulary.
OWNER_KINDS = {
    "list_customer_activities": "customer",
    "list_program_activities": "program",
    "list_incentive_activities": "incentive",
    "list_earning_rule_activities": "earning_rule",
}


@functools.cache
def operations() -> tuple[Operation, ...]:
    """The spec's operations, in spec order."""
    spec = curated()
    found = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            params = [resolve(spec, p) for p in op.get("parameters", [])]
            path_param = next(p["name"] for p in params if p["in"] == "path")
            op_id = op["operationId"]
            found.append(Operation(op_id, method.upper(), path, path_param, OWNER_KINDS[op_id]))
    return tuple(found)


def operation(operation_id: str) -> Operation:
    return next(op for op in operations() if op.operation_id == operation_id)


def by_label(label: str) -> Operation | None:
    return next((op for op in operations() if op.label == label), None)


def parameter_schema(spec: dict[str, JSON], operation_id: str, name: str) -> JSON:
    """The schema of one parameter of an operation (`$ref`s left in place)."""
    op = operation(operation_id)
    raw = spec["paths"][op.path][op.method.lower()]
    for node in raw.get("parameters", []):
        param = resolve(spec, node)
        if param["name"] == name:
            return param["schema"]
    raise KeyError(f"{operation_id} has no parameter {name!r}")


def _closed(spec: dict[str, JSON], node: JSON, nested: bool) -> JSON:
    node = resolve(spec, node)
    if isinstance(node, list):
        return [_closed(spec, item, nested) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: value if key in _DATA_KEYWORDS else _closed(spec, value, nested) for key, value in node.items()}
    if "properties" in node:
        out["properties"] = {name: _closed(spec, sub, True) for name, sub in node["properties"].items()}
        out["additionalProperties"] = False
        if nested:
            out["minProperties"] = 1
    return out


def closed_parameter_schema(spec: dict[str, JSON], schema: JSON) -> JSON:
    """A parameter schema inlined and closed: what the suite treats as a valid value."""
    return _closed(spec, schema, nested=False)


@functools.cache
def _request_spec() -> dict[str, JSON]:
    spec = copy.deepcopy(curated())
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "parameters" not in op:
                continue
            params = []
            for node in op["parameters"]:
                param = dict(resolve(spec, node))
                param["schema"] = closed_parameter_schema(spec, param["schema"])
                params.append(param)
            op["parameters"] = params
    return spec


def request_spec() -> dict[str, JSON]:
    """The curated spec with every parameter schema inlined and closed, for generating requests.

    The suite's request assumptions, in one place:
    - a filter takes only the fields and operators the spec lists (`filters[<field>][conditions][<$op>]`);
      an unknown key is invalid input, not an ignorable extra;
    - a nested filter object has at least one member: `filters[type]` with nothing under it has no
      deepObject wire form, so it is never generated as valid input.
    Responses are untouched: objects stay open there (servers may add fields; strict mode reports them).
    Callers get a fresh copy, free to mutate.
    """
    return copy.deepcopy(_request_spec())
