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
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where used: jsonschema costs more to import than the rest of the client
    from jsonschema import Draft202012Validator
    from referencing import Registry

SPEC_PACKAGE = "voucherify_activities._generated"
SPEC_URI = "urn:voucherify-activities:openapi"
CURATED = "openapi.json"
STRICT = "openapi.strict.json"  # the curated spec with overlays/strict.yaml applied: objects closed
# Keywords whose values are data, not schemas: never walked into.
DATA_KEYWORDS = frozenset({"enum", "const", "default", "example", "examples"})


@functools.cache
def load_spec(name: str = CURATED) -> dict[str, Any]:
    """A spec shipped in ``voucherify_activities._generated``, the curated one by default. Never mutate it."""
    text = resources.files(SPEC_PACKAGE).joinpath(name).read_text("utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def resolve(node: Any, spec: dict[str, Any] | None = None) -> Any:
    """Follow local ``$ref``s (in ``spec``, the curated spec by default) until a node without one."""
    document = load_spec() if spec is None else spec
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def inlined(node: Any, spec: dict[str, Any] | None = None, *, closed: bool = False, nested: bool = False) -> Any:
    """``node`` with every ``$ref`` replaced by its target, for validators that see no spec.

    ``closed`` forbids properties an object does not list (``additionalProperties: false``) and
    makes every nested listed object non-empty (``minProperties: 1``): the shape of a valid query
    parameter, where ``filters[type]`` with nothing under it has no wire form.
    """
    node = resolve(node, spec)
    if isinstance(node, list):
        return [inlined(item, spec, closed=closed, nested=nested) for item in node]
    if not isinstance(node, dict):
        return node
    out = {
        key: value if key in DATA_KEYWORDS else inlined(value, spec, closed=closed, nested=nested)
        for key, value in node.items()
    }
    if "properties" in node:
        out["properties"] = {
            name: inlined(sub, spec, closed=closed, nested=True) for name, sub in node["properties"].items()
        }
        if closed:
            out["additionalProperties"] = False
            if nested:
                out["minProperties"] = 1
    return out


def _uri(name: str) -> str:
    return f"{SPEC_URI}:{name}"


@functools.cache
def _registry(name: str) -> Registry[Any]:
    from referencing import Registry, Resource  # noqa: PLC0415 - see the imports above
    from referencing.jsonschema import DRAFT202012  # noqa: PLC0415

    resource: Resource[Any] = Resource.from_contents(load_spec(name), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(_uri(name), resource)
    return registry


def validator(schema: dict[str, Any], name: str = CURATED, **options: Any) -> Draft202012Validator:
    """A JSON Schema 2020-12 validator for a schema taken out of a shipped spec; its ``$ref``s resolve there.

    ``options`` go to the validator (``format_checker=...``).
    """
    from jsonschema import Draft202012Validator  # noqa: PLC0415 - see the imports above

    return Draft202012Validator(_anchored(schema, _uri(name)), registry=_registry(name), **options)


def _anchored(node: Any, uri: str) -> Any:
    """``node`` with every local ``$ref`` made absolute (``#/components/...`` -> ``<uri>#/components/...``)."""
    if isinstance(node, dict):
        return {
            key: uri + value if key == "$ref" and isinstance(value, str) and value.startswith("#") else
            _anchored(value, uri)
            for key, value in node.items()
        }  # fmt: skip
    if isinstance(node, list):
        return [_anchored(item, uri) for item in node]
    return node


@dataclass(frozen=True)
class Parameter:
    """One parameter of an operation, as the spec declares it."""

    name: str
    location: str
    schema: dict[str, Any]
    default: Any


@dataclass(frozen=True)
class OperationSpec:
    """One list operation: its method, path, parameters and the component name of its 200 body."""

    operation_id: str
    method: str  # upper case, as Schemathesis and HTTP spell it
    path: str
    parameters: dict[str, Parameter]
    page_schema: str

    @property
    def label(self) -> str:
        """``GET /v2/loyalties/programs/{id}/activities``: how Schemathesis names the operation."""
        return f"{self.method} {self.path}"

    @property
    def path_parameter(self) -> Parameter:
        return next(p for p in self.parameters.values() if p.location == "path")

    @property
    def query_parameters(self) -> dict[str, Parameter]:
        return {name: p for name, p in self.parameters.items() if p.location == "query"}


@functools.cache
def operations() -> tuple[OperationSpec, ...]:
    """Every operation of the curated spec, in spec order."""
    found = []
    for path, item in load_spec()["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            parameters = {}
            for node in op.get("parameters", []):
                param = resolve(node)
                schema = param["schema"]
                default = resolve(schema).get("default", schema.get("default"))
                parameters[param["name"]] = Parameter(param["name"], param["in"], schema, default)
            body = resolve(op["responses"]["200"])["content"]["application/json"]["schema"]
            page_schema = body["$ref"].rsplit("/", 1)[-1]
            found.append(OperationSpec(op["operationId"], method.upper(), path, parameters, page_schema))
    return tuple(found)


def operation(operation_id: str) -> OperationSpec:
    """The operation with this ``operationId``; KeyError when the spec has none."""
    for op in operations():
        if op.operation_id == operation_id:
            return op
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


# --- what responses must honour: the spec's `x-` extensions (openapi/README.md) -------------
ITEM_FIELD = "x-item-field"  # item field(s) a path parameter or filter refers to
CONDITION = "x-condition"  # the operator a plain query parameter applies (default `$is`)
SORT_FIELDS = "x-sort-fields"  # order value (without `-`) -> item field it sorts by
JUNCTION = "x-junction"  # marks the filter property that joins the field filters (AND / OR)


@dataclass(frozen=True)
class ItemCondition:
    """A request part that every item of a 200 must satisfy: a filter field or a plain query parameter."""

    name: str  # filter field (`type`) or query parameter (`start_date`)
    item_fields: tuple[str, ...]  # dotted paths into an item; alternatives, judged where carried
    operators: frozenset[str]  # what the request may apply to it (`$in`, `$after`, ...)


@dataclass(frozen=True)
class Semantics:
    """What one operation's parameters mean for the items it returns."""

    owner_fields: tuple[str, ...]  # item fields naming the resource in the path
    filter_fields: dict[str, ItemCondition]  # `filters[<name>][conditions][<$op>]`
    junction: str | None  # the `filters` property holding AND / OR, when there is one
    parameters: dict[str, ItemCondition]  # plain query parameters that filter (one operator each)
    sort_fields: dict[str, str]  # order value without `-` -> item field
    paging: str  # the query parameter that asks for the next page: `cursor` or `starting_after_id`


def _fields(node: dict[str, Any]) -> tuple[str, ...]:
    value = node.get(ITEM_FIELD, ())
    return (value,) if isinstance(value, str) else tuple(value)


@functools.cache
def semantics(operation_id: str) -> Semantics:
    """The `x-` extensions of one operation: its owner field, what each filter and order value refers to."""
    op = operation(operation_id)
    filter_fields: dict[str, ItemCondition] = {}
    junction = None
    parameters: dict[str, ItemCondition] = {}
    sort_fields: dict[str, str] = {}
    for param in op.parameters.values():
        node = resolve(_raw_parameter(op, param.name))
        if param.name == "filters":
            for name, field_node in resolve(param.schema)["properties"].items():
                field_schema = resolve(field_node)
                if field_schema.get(JUNCTION):
                    junction = name
                elif ITEM_FIELD in field_schema:
                    conditions = resolve(field_schema["properties"]["conditions"])
                    operators = frozenset(conditions["properties"])
                    filter_fields[name] = ItemCondition(name, _fields(field_schema), operators)
        elif param.location == "query" and ITEM_FIELD in node:
            parameters[param.name] = ItemCondition(param.name, _fields(node), frozenset([node.get(CONDITION, "$is")]))
        if SORT_FIELDS in node:
            sort_fields.update(node[SORT_FIELDS])
    owner = _fields(resolve(_raw_parameter(op, op.path_parameter.name)))
    paging = "cursor" if "cursor" in op.parameters else "starting_after_id"
    return Semantics(owner, filter_fields, junction, parameters, sort_fields, paging)


def _raw_parameter(op: OperationSpec, name: str) -> dict[str, Any]:
    """The parameter object as the spec writes it (extensions included)."""
    for node in load_spec()["paths"][op.path][op.method.lower()].get("parameters", []):
        param = resolve(node)
        if param["name"] == name:
            return dict(param)
    raise KeyError(name)


def carried(item: Any, paths: tuple[str, ...]) -> list[Any]:
    """The values an item carries at any of the dotted `paths` (alternatives); empty when it carries none."""
    found = []
    for path in paths:
        node = item
        for part in path.split("."):
            if not isinstance(node, dict) or part not in node:
                break
            node = node[part]
        else:
            found.append(node)
    return found
