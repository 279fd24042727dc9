"""The OpenAPI document shipped with the package, and the rules the client reads from it.

Everything the client checks before sending (enum members, patterns, list and limit bounds,
which filter operators an operation takes), the known hosts and the auth header names come
from here, so a spec change changes the client without retyping a rule.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PACKAGE = "voucherify_activities._generated"
SPEC_URI = "urn:voucherify-activities:openapi"


@functools.lru_cache(maxsize=1)
def load_spec() -> dict[str, Any]:
    """The bundled curated spec (``voucherify_activities._generated/openapi.json``)."""
    text = resources.files(SPEC_PACKAGE).joinpath("openapi.json").read_text("utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def resolve(node: Any) -> Any:
    """Follow local ``$ref``s until a node without one."""
    spec = load_spec()
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@functools.lru_cache(maxsize=1)
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry


def validator(schema: dict[str, Any]) -> Draft202012Validator:
    """A JSON Schema 2020-12 validator for a schema taken out of the spec; its ``$ref``s still resolve there."""
    return Draft202012Validator(_anchored(schema), registry=_registry())


def _anchored(node: Any) -> Any:
    """``node`` with every local ``$ref`` made absolute (``#/components/...`` -> ``<spec uri>#/components/...``)."""
    if isinstance(node, dict):
        return {key: _anchored_ref(value) if key == "$ref" else _anchored(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_anchored(item) for item in node]
    return node


def _anchored_ref(ref: Any) -> Any:
    return SPEC_URI + ref if isinstance(ref, str) and ref.startswith("#") else ref


@dataclass(frozen=True)
class Parameter:
    """One parameter of an operation, as the spec declares it."""

    name: str
    location: str
    schema: dict[str, Any]
    default: Any


@dataclass(frozen=True)
class OperationSpec:
    """One list operation: its path, parameters and the component name of its 200 body."""

    operation_id: str
    path: str
    parameters: dict[str, Parameter]
    page_schema: str

    @property
    def path_parameter(self) -> Parameter:
        return next(p for p in self.parameters.values() if p.location == "path")

    @property
    def query_parameters(self) -> dict[str, Parameter]:
        return {name: p for name, p in self.parameters.items() if p.location == "query"}


@functools.cache
def operation(operation_id: str) -> OperationSpec:
    """The operation with this ``operationId``; KeyError when the spec has none."""
    for path, item in load_spec()["paths"].items():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                parameters = {}
                for node in op.get("parameters", []):
                    param = resolve(node)
                    schema = param["schema"]
                    parameters[param["name"]] = Parameter(
                        param["name"], param["in"], schema, resolve(schema).get("default", schema.get("default"))
                    )
                body = resolve(op["responses"]["200"])["content"]["application/json"]["schema"]
                return OperationSpec(operation_id, path, parameters, body["$ref"].rsplit("/", 1)[-1])
    raise KeyError(operation_id)


def filter_operators(operation_id: str) -> dict[str, frozenset[str]]:
    """Filter field -> the condition operators the operation accepts for it (``{"type": {"$in", ...}}``)."""
    filters = resolve(operation(operation_id).parameters["filters"].schema)
    found: dict[str, frozenset[str]] = {}
    for field, node in filters["properties"].items():
        conditions = resolve(resolve(node).get("properties", {}).get("conditions", {}))
        if "properties" in conditions:
            found[field] = frozenset(conditions["properties"])
    return found


def clusters() -> dict[str, str]:
    """Short cluster name (``api``, ``us1``, ``as1``) -> base URL, from the spec's server template."""
    server = load_spec()["servers"][0]
    names = server["variables"]["cluster"]["enum"]
    return {value.split(".", 1)[0]: server["url"].replace("{cluster}", value) for value in names}


def default_cluster() -> str:
    """The short name of the cluster the spec's server template defaults to."""
    default: str = load_spec()["servers"][0]["variables"]["cluster"]["default"]
    return default.split(".", 1)[0]


def api_key_headers() -> tuple[str, str]:
    """The header names of the app id and app token security schemes."""
    schemes = load_spec()["components"]["securitySchemes"]
    return schemes["AppId"]["name"], schemes["AppToken"]["name"]
