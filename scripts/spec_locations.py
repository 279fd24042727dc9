"""An OpenAPI operation as flat locations, so documents modelled differently can be compared.

Both our spec and Voucherify's files describe the same wire; they differ in how (one
``deepObject`` ``filters`` parameter vs flat ``filters[id][conditions][$is]`` parameters, a
discriminated union per activity vs an undiscriminated one under ``data.data``, ``$ref`` vs
inline, OAS 3.0 ``nullable`` vs 3.1 type lists). Flattening each operation to wire-level
locations (the syntax of scripts/docs_pages.py) with a few facets each makes them comparable:

* ``path:<name>``, ``query:<name>`` and, inside ``deepObject`` parameters or parameters whose
  name is already in bracket syntax, ``query:filters[type][conditions][$in]``;
* ``response`` and ``response:<key path>``: the 200 ``application/json`` body, unions collected
  (a property of any variant is a property of the location; ``[]`` steps into array items,
  ``{}`` into the values of a typed map, i.e. ``additionalProperties`` with a schema);
* ``error`` and ``error:<key path>``: every 4XX/5XX/default JSON body, collected the same way;
* ``operation`` (``deprecated``), ``security`` (``schemes``, names normalised to what they
  send), ``servers`` (``urls``, variables expanded), ``responses`` (``status``, 200 ``headers``).

Facets (JSON values, lists sorted): ``type`` (``null`` included when nullable), ``items``
(item types of an array), ``enum`` (absent when some alternative is unrestricted),
``pattern``, ``format``, numeric and length bounds, ``minItems``/``maxItems``/``uniqueItems``,
``required`` (``yes``/``no``/``some``: in how many of the variants that have the property),
``additionalProperties`` (only ``false``: a closed object), and on parameters ``default``
(JSON texts; response defaults document nothing a client relies on) and ``deprecated`` (only
when true).
Value facets of an array describe its items, as in docs_pages. Not compared: descriptions,
examples, ``additionalProperties: true`` (our objects stay open on purpose), styles.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from scripts.docs_pages import Branch, deref, expand

Schema = Mapping[str, Any]
Facets = dict[str, Any]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PARAMETER_AREAS = ("path", "query", "header", "cookie")
BODY_AREAS = ("response", "error")
VALUE_KEYWORDS = ("pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")
LENGTH_KEYWORDS = ("minLength", "maxLength")
ARRAY_KEYWORDS = ("minItems", "maxItems", "uniqueItems")
MAX_DEPTH = 40
MAP_VALUES = "{}"  # the key-path step of a typed map's values (additionalProperties with a schema)

_PLACEHOLDER_RE = re.compile(r"\{([^}]*)\}")


@dataclass
class Operation:
    """One operation flattened: ``key`` is ``METHOD /path/{name}``; ``locations`` maps to facets."""

    key: str
    path: str
    method: str
    path_parameters: tuple[str, ...]  # as the path template names them
    locations: dict[str, Facets] = field(default_factory=dict)
    declared_path: tuple[str, ...] = ()  # the path parameters declared (a valid document: the same names)
    models: dict[str, str] = field(default_factory=dict)  # query parameter root -> how it is modelled


def template(path: str) -> str:
    """A path with its parameter names blanked, so ``{id}`` and ``{customerId}`` match."""
    return _PLACEHOLDER_RE.sub("{}", path)


def operation_index(document: Schema) -> dict[tuple[str, str], str]:
    """``(METHOD, template) -> path`` for every operation of a document."""
    index: dict[tuple[str, str], str] = {}
    for path, item in document.get("paths", {}).items():
        for method in METHODS:
            if method in deref(document, item):
                index[(method.upper(), template(path))] = path
    return index


def operation_key(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


# ------------------------------------------------------------------------------ schemas


def admits_null(document: Schema, schema: Schema, depth: int = 0) -> bool:
    """Whether a schema lets ``null`` through: a 3.1 type list, 3.0 ``nullable``, a null option."""
    if depth > MAX_DEPTH:
        return False
    if "$ref" in schema and admits_null(document, deref(document, {"$ref": schema["$ref"]}), depth + 1):
        return True
    declared = schema.get("type")
    if declared == "null" or (isinstance(declared, list) and "null" in declared):
        return True
    if schema.get("nullable") is True or ("const" in schema and schema["const"] is None):
        return True
    if None in schema.get("enum", ()):
        return True
    return any(
        admits_null(document, option, depth + 1) for keyword in ("oneOf", "anyOf") for option in schema.get(keyword, ())
    )


def _branch_types(branch: Branch) -> set[str]:
    found: set[str] = set()
    for declared in branch.values("type"):
        found |= {declared} if isinstance(declared, str) else set(declared)
    if not found - {"null"}:
        if branch.values("properties"):
            found.add("object")
        elif branch.values("items"):
            found.add("array")
    return found


def _items(document: Schema, branch: Branch) -> list[Branch]:
    return [inner for items in branch.values("items") for inner in expand(document, items)]


def _sorted(values: Iterable[Any]) -> list[Any]:
    return sorted(set(values), key=lambda value: (type(value).__name__, str(value)))


def facets(document: Schema, schemas: Sequence[Schema]) -> tuple[Facets, list[Branch]]:
    """The facets of a location reached by ``schemas`` (alternatives), and its branches."""
    branches = [branch for schema in schemas for branch in expand(document, schema)]
    nullable = any(admits_null(document, schema) for schema in schemas)
    types = set().union(*(_branch_types(branch) for branch in branches)) if branches else set()
    if nullable:
        types.add("null")
    result: Facets = {"type": _sorted(types) or ["any"]}
    arrays = [branch for branch in branches if branch.is_array()]
    values: list[Branch] = []
    for branch in branches:
        values += _items(document, branch) if branch.is_array() else [branch]
    if arrays:
        item_types = set().union(*(_branch_types(item) for item in values)) if values else set()
        item_types |= {"null"} if any(admits_null(document, i) for b in arrays for i in b.values("items")) else set()
        result["items"] = _sorted(item_types) or ["any"]
    if any(value is False for branch in branches for value in branch.values("additionalProperties")):
        result["additionalProperties"] = False  # closed; open objects (absent, true) show nothing
    allowed = [branch.allowed() for branch in values]
    if allowed and all(found is not None for found in allowed):
        result["enum"] = _sorted(value for found in allowed if found is not None for value in found)
    for keyword in (*VALUE_KEYWORDS, *LENGTH_KEYWORDS):
        found_values = [value for branch in values for value in branch.values(keyword)]
        if found_values:
            result[keyword] = _sorted(found_values)
    for keyword in ARRAY_KEYWORDS:
        found_values = [value for branch in arrays for value in branch.values(keyword)]
        if found_values:
            result[keyword] = _sorted(found_values)
    return result, branches


def _required(flags: Sequence[bool]) -> str:
    return "yes" if all(flags) else "no" if not any(flags) else "some"


def _children(branches: Sequence[Branch]) -> dict[str, tuple[list[Schema], list[bool]]]:
    """Per property name: its schemas over all branches, and whether each branch requires it."""
    children: dict[str, tuple[list[Schema], list[bool]]] = {}
    for branch in branches:
        required = {name for names in branch.values("required") for name in names}
        names: dict[str, list[Schema]] = {}
        for properties in branch.values("properties"):
            for name, schema in properties.items():
                names.setdefault(name, []).append(schema)
        for values in branch.values("additionalProperties"):
            if isinstance(values, Mapping) and values:  # a typed map: its values sit under `{}`
                names.setdefault(MAP_VALUES, []).append(values)
        for name, schemas in names.items():
            entry = children.setdefault(name, ([], []))
            entry[0].extend(schemas)
            entry[1].append(name in required)
    return children


def walk(
    document: Schema,
    schemas: Sequence[Schema],
    location: str,
    join: str,
    out: dict[str, Facets],
    *,
    required: str | None = None,
    ancestors: frozenset[int] = frozenset(),
    depth: int = 0,
) -> None:
    """Record ``location`` and everything below it. ``join`` builds a child location from a
    parent and a property name (``.name`` for bodies, ``[name]`` for deepObject parameters)."""
    found, branches = facets(document, schemas)
    if required is not None:
        found["required"] = required
    if location in out:  # declared twice (a flat parameter and a deepObject one): merge
        found = _merge(out[location], found)
    out[location] = found
    if depth > MAX_DEPTH:
        return
    nested = [(location, branches)]
    items = [inner for branch in branches if branch.is_array() for inner in _items(document, branch)]
    if items and join == ".":  # body arrays: properties of items are `name[].property`
        nested.append((f"{location}[]", items))
    for parent, parent_branches in nested:
        own = [branch for branch in parent_branches if not any(id(s) in ancestors for s in branch.schemas)]
        below = ancestors | {id(schema) for branch in own for schema in branch.schemas}
        for name, (child_schemas, flags) in _children(own).items():
            if ":" not in parent:  # the root of a body: response -> response:name
                child = f"{parent}:{name}"
            else:
                child = f"{parent}.{name}" if join == "." else f"{parent}[{name}]"
            walk(document, child_schemas, child, join, out, required=_required(flags), ancestors=below, depth=depth + 1)


def _merge(left: Facets, right: Facets) -> Facets:
    merged = dict(left)
    for key, value in right.items():
        if key == "required":
            merged[key] = value if key not in left or left[key] == value else "some"
        elif key in left and isinstance(value, list):
            merged[key] = _sorted([*left[key], *value])
        else:
            merged[key] = value
    if "enum" in merged and ("enum" not in left or "enum" not in right):
        del merged["enum"]  # unrestricted on one path: unrestricted
    return merged


# ---------------------------------------------------------------------- operations


def parameters(document: Schema, path: str, method: str) -> list[Schema]:
    """The parameters of an operation, path-item ones overridden by operation ones."""
    item = deref(document, document["paths"][path])
    declared: dict[tuple[str, str], Schema] = {}
    for declaration in [*item.get("parameters", ()), *item[method].get("parameters", ())]:
        parameter = deref(document, declaration)
        declared[(parameter["in"], parameter["name"])] = parameter
    return list(declared.values())


def flatten(document: Schema, path: str, method: str) -> Operation:
    """Every location of one operation of a document, with its facets."""
    method = method.lower()
    item = deref(document, document["paths"][path])
    op = item[method]
    result = Operation(operation_key(method, path), path, method, tuple(_PLACEHOLDER_RE.findall(path)))
    out = result.locations
    out["operation"] = {"deprecated": bool(op.get("deprecated", False))}
    declared = parameters(document, path, method)
    result.declared_path = tuple(p["name"] for p in declared if p.get("in") == "path")
    result.models = _models(declared)
    for parameter in declared:
        location = f"{parameter['in']}:{parameter['name']}"
        schema = parameter.get("schema") or _content_schema(parameter) or {}
        required = "yes" if parameter.get("required") else "no"
        deep = parameter.get("style") == "deepObject" or "[" in parameter["name"]
        if deep:
            walk(document, [schema], location, "[", out, required=required)
        else:
            out[location] = {**facets(document, [schema])[0], "required": required}
        if parameter.get("deprecated"):
            out[location]["deprecated"] = True
        defaults = [value for branch in expand(document, schema) for value in branch.values("default")]
        if defaults:  # what a caller gets without sending the parameter
            out[location]["default"] = _sorted(json.dumps(value, sort_keys=True) for value in defaults)
    responses = {str(status): deref(document, response) for status, response in op.get("responses", {}).items()}
    ok = responses.get("200")
    ok_schema = _content_schema(ok) if ok else None
    if ok_schema is not None:
        walk(document, [ok_schema], "response", ".", out)
    errors = [
        schema
        for status, response in responses.items()
        if status[0] in "45" or status == "default"
        if (schema := _content_schema(response)) is not None
    ]
    if errors:
        walk(document, errors, "error", ".", out)
    out["responses"] = {
        "status": sorted(responses),
        "headers": sorted(ok.get("headers", {})) if ok else [],
    }
    out["security"] = {"schemes": _security(document, op.get("security", document.get("security", [])))}
    out["servers"] = {"urls": _servers(op.get("servers") or item.get("servers") or document.get("servers") or [])}
    return result


def _models(declared: Sequence[Schema]) -> dict[str, str]:
    """How each query parameter with nested keys is modelled: one ``deepObject`` parameter, or
    flat parameters whose names carry the brackets (``filters[id][conditions]``)."""
    flat: set[str] = set()
    models: dict[str, str] = {}
    for parameter in declared:
        if parameter.get("in") != "query":
            continue
        root = parameter["name"].split("[", 1)[0]
        if "[" in parameter["name"]:
            flat.add(root)
        elif parameter.get("style") == "deepObject":
            models[root] = "one deepObject parameter"
    for root in flat:
        models[root] = f"flat parameters `{root}[...]`" + (" and a deepObject one" if root in models else "")
    return models


def _content_schema(holder: Schema) -> Schema | None:
    content = holder.get("content", {})
    media = content.get("application/json") or next(iter(content.values()), None)
    return media.get("schema") if media else None


def _security(document: Schema, requirements: Sequence[Mapping[str, Sequence[str]]]) -> list[str]:
    """Each alternative as what it sends, e.g. ``apiKey header X-App-Id + apiKey header X-App-Token``."""
    schemes = document.get("components", {}).get("securitySchemes", {})
    alternatives = []
    for requirement in requirements:
        parts = []
        for name, scopes in requirement.items():
            scheme = deref(document, schemes.get(name, {"type": f"undeclared {name}"}))
            kind = scheme.get("type", "?")
            if kind == "apiKey":
                described = f"apiKey {scheme.get('in')} {scheme.get('name')}"
            elif kind == "http":
                described = f"http {str(scheme.get('scheme', '')).lower()}"
            elif kind == "oauth2":
                described = f"oauth2 {'/'.join(sorted(scheme.get('flows', {})))}"
            else:
                described = str(kind)
            parts.append(described + (f" (scopes: {', '.join(sorted(scopes))})" if scopes else ""))
        alternatives.append(" + ".join(sorted(parts)) if parts else "anonymous")
    return sorted(alternatives)


def _servers(servers: Sequence[Schema]) -> list[str]:
    """Every URL the servers allow, each variable expanded over its enum (or its default)."""
    urls: set[str] = set()
    for server in servers:
        variables = server.get("variables", {})
        names = list(variables)
        choices = [variables[name].get("enum") or [variables[name].get("default", "")] for name in names]
        for combination in itertools.product(*choices):
            url = server.get("url", "")
            for name, value in zip(names, combination, strict=True):
                url = url.replace(f"{{{name}}}", str(value))
            urls.add(url.rstrip("/"))
    return sorted(urls)
