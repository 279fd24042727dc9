"""The bundled OpenAPI document shipped in the package, and what the mock reads from it.

Everything the mock enforces (parameter schemas, enums, patterns, bounds, defaults) comes from
here, so a spec change changes the mock without retyping any rule.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

JSON = Any

OPERATION_IDS = (
    "list_customer_activities",
    "list_program_activities",
    "list_incentive_activities",
    "list_earning_rule_activities",
)


@functools.lru_cache(maxsize=1)
def load_spec() -> dict[str, JSON]:
    """The bundled spec, read from the installed package (voucherify_activities._generated/openapi.json)."""
    text = resources.files("voucherify_activities._generated").joinpath("openapi.json").read_text("utf-8")
    spec: dict[str, JSON] = json.loads(text)
    return spec


def resolve(spec: dict[str, JSON], node: JSON) -> JSON:
    """Follow local $refs until a node without one."""
    while isinstance(node, dict) and "$ref" in node:
        target: JSON = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def schema(spec: dict[str, JSON], name: str) -> dict[str, JSON]:
    """A component schema by name."""
    found: dict[str, JSON] = spec["components"]["schemas"][name]
    return found


def schema_name(ref_node: JSON) -> str:
    """The component name a `{"$ref": "#/components/schemas/X"}` node points at."""
    return str(ref_node["$ref"]).rsplit("/", 1)[1]


@dataclass(frozen=True)
class Operation:
    """One GET operation: where it lives and the schemas of its parameters and 200 body."""

    operation_id: str
    path: str
    path_param: str
    path_schema: dict[str, JSON]
    query_schemas: dict[str, dict[str, JSON]]
    page_schema_name: str


@functools.lru_cache(maxsize=1)
def operations() -> dict[str, Operation]:
    """The four operations, keyed by operationId."""
    spec = load_spec()
    found: dict[str, Operation] = {}
    for path, item in spec["paths"].items():
        operation = item.get("get")
        if not operation or operation.get("operationId") not in OPERATION_IDS:
            continue
        path_param, path_schema = "", {}
        query: dict[str, dict[str, JSON]] = {}
        for param in (resolve(spec, p) for p in operation.get("parameters", [])):
            if param["in"] == "path":
                path_param, path_schema = param["name"], param["schema"]
            elif param["in"] == "query":
                query[param["name"]] = param["schema"]
        ok = resolve(spec, operation["responses"]["200"])
        page_ref = ok["content"]["application/json"]["schema"]
        found[operation["operationId"]] = Operation(
            operation["operationId"], path, path_param, path_schema, query, schema_name(page_ref)
        )
    missing = set(OPERATION_IDS) - set(found)
    if missing:
        raise RuntimeError(f"bundled spec lacks operations {sorted(missing)}")
    return found


def enum_of(spec: dict[str, JSON], name: str) -> tuple[str, ...]:
    """The enum values of a component schema."""
    return tuple(schema(spec, name)["enum"])


def cursor_prefix(spec: dict[str, JSON], token_schema_name: str, fallback: str) -> str:
    """The literal prefix of a cursor-token pattern (`^lcrsapr_[a-f0-9]+$` -> `lcrsapr_`), else `fallback`."""
    pattern = schema(spec, token_schema_name).get("pattern")
    if not pattern:
        return fallback
    return str(pattern).removeprefix("^").split("[", 1)[0]
