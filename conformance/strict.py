"""Strict mode: the response fields a server sends that the spec does not declare.

The strict spec (overlays/strict.yaml: `unevaluatedProperties: false` on every declared
object) rejects any undeclared property. A body that passes the curated spec but not the
strict one therefore differs only by such properties; this module names them, by location
(`$.data[*].data.program.tier`), so a BETA endpoint that grew a field shows up as a warning
instead of a silent pass.
"""

from __future__ import annotations

import ast
import copy
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from voucherify_activities import spec as shipped
from voucherify_activities.spec import resolve

from . import specs

MAX_ROUNDS = 20  # nesting levels peeled; the curated schemas are far shallower
_UNEXPECTED = re.compile(r"\((.*) (?:was|were) unexpected\)$", re.DOTALL)


def _schema(operation_id: str, status: int) -> Any:
    """The strict schema of one operation's response body for a status, or None if none is declared."""
    spec = specs.strict()
    op = specs.operation(operation_id)
    responses = spec["paths"][op.path][op.method.lower()]["responses"]
    declared = responses.get(str(status)) or responses.get(f"{status // 100}XX") or responses.get("default")
    if declared is None:
        return None
    content = resolve(declared, spec).get("content", {}).get("application/json")
    return None if content is None else content.get("schema")


@functools.cache
def _validators(operation_id: str, status: int) -> tuple[Any, Draft202012Validator] | None:
    """A fast yes/no validator (jsonschema-rs) and one that explains (jsonschema), or None without a schema."""
    schema = _schema(operation_id, status)
    if schema is None:
        return None
    components = {"components": specs.strict()["components"]}
    fast = jsonschema_rs.Draft202012Validator({**components, **schema})
    return fast, shipped.validator(schema, shipped.STRICT)


def undeclared_properties(operation_id: str, status: int, body: Any) -> set[str]:
    """Locations of properties in `body` that the strict spec does not allow, e.g. `$.data[*].source.ip`.

    Errors that are not about undeclared properties are left to the curated-spec check
    (`response_schema_conformance`), which reports them as failures.

    An undeclared property deep inside an object also fails the subschema holding it, and
    2020-12 then counts that subschema's other properties as unevaluated one level up. So the
    deepest findings are taken first and removed from a copy of the body, and the body is
    checked again, until nothing undeclared is left: only the real culprits are named.
    """
    validators = _validators(operation_id, status)
    if validators is None:
        return set()
    fast, validator = validators
    if fast.is_valid(body):  # nearly every body: a hundred times faster than asking jsonschema why
        return set()
    body = copy.deepcopy(body)
    found: set[str] = set()
    for _ in range(MAX_ROUNDS):
        leaves = [leaf for error in validator.iter_errors(body) for leaf in _only_undeclared(error) or ()]
        if not leaves:
            break
        depth = max(len(leaf.absolute_path) for leaf in leaves)
        removed = False
        for leaf in leaves:
            if len(leaf.absolute_path) == depth:
                names = _names(leaf)
                found.update(_locations(leaf, names))
                removed |= _remove(body, list(leaf.absolute_path), names)
        if not removed:
            break
    return found


def _remove(body: Any, path: list[Any], names: Iterable[str]) -> bool:
    node = body
    for step in path:
        node = node[step]
    present = [name for name in names if isinstance(node, dict) and name in node]
    for name in present:
        del node[name]
    return bool(present)


def _only_undeclared(error: ValidationError) -> list[ValidationError] | None:
    """The `unevaluatedProperties` errors that make up `error`, or None if something else is wrong too.

    For a union (`oneOf`/`anyOf`) the branch the curated spec accepted is the one whose only
    complaints are undeclared properties; the other branches fail for real reasons.
    """
    if error.validator == "unevaluatedProperties":
        return [error]
    if error.validator in ("oneOf", "anyOf") and error.context:
        branches: dict[Any, list[ValidationError]] = defaultdict(list)
        for sub in error.context:
            branches[sub.relative_schema_path[0]].append(sub)
        for subs in branches.values():
            leaves = [_only_undeclared(sub) for sub in subs]
            if all(leaf is not None for leaf in leaves):
                return [item for leaf in leaves if leaf is not None for item in leaf]
    return None


def _locations(error: ValidationError, names: Iterable[str]) -> Iterator[str]:
    base = "$" + "".join("[*]" if isinstance(part, int) else f".{part}" for part in error.absolute_path)
    for name in names:
        yield f"{base}.{name}"


def _names(error: ValidationError) -> Iterable[str]:
    """The property names jsonschema lists in its message (`('a', 'b' were unexpected)`)."""
    match = _UNEXPECTED.search(error.message)
    if match:
        try:
            names = ast.literal_eval(f"({match.group(1)},)")
        except (ValueError, SyntaxError):
            names = None
        if isinstance(names, tuple) and all(isinstance(name, str) for name in names):
            return names
    # An unforeseen message format: name what is certain, the object that has extra properties.
    return ["<undeclared property>"]
