"""Query strings as Voucherify documents them, written independently of the client under test.

`expected_pairs` spells parameter values the documented way: scalars as text, lists as
repeated keys (OpenAPI form, explode), the `filters` object in bracket notation with lists
indexed (`filters[type][conditions][$in][0]=a`). `deep_object` reads such keys back into a
nested object, refusing anything but that exact form. `read` is the lenient reading a server
is believed to apply (lists indexed, repeated or `[]`-appended; a lone value where a list is
expected is a one-item list), typed by the parameters' schemas.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]+\])+)$")
_SEGMENT = re.compile(r"\[([^\[\]]+)\]")


def text(value: Any) -> str:
    """A scalar as it travels in a query string."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _flatten(prefix: str, value: Any) -> Iterator[tuple[str, str]]:
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _flatten(f"{prefix}[{key}]", item)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _flatten(f"{prefix}[{index}]", item)
    else:
        yield prefix, text(value)


def expected_pairs(params: Mapping[str, Any], deep_objects: Iterable[str]) -> list[tuple[str, str]]:
    """The (key, value) pairs `params` must go out as; `deep_objects` names the deepObject parameters."""
    nested = set(deep_objects)
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        if name in nested:
            pairs.extend(_flatten(name, value))
        elif isinstance(value, list):
            pairs.extend((name, text(item)) for item in value)
        else:
            pairs.append((name, text(value)))
    return pairs


class WireFormError(ValueError):
    """A deepObject key that is not in Voucherify's documented form."""


def deep_object(pairs: Iterable[tuple[str, str]], name: str) -> dict[str, Any] | None:
    """The nested object sent as `name[...]` keys; None when none was sent.

    Lists must be indexed from 0 without gaps; a key given twice, empty brackets or stray
    brackets are errors (WireFormError).
    """
    tree: dict[str, Any] = {}
    seen = False
    for key, value in pairs:
        match = _KEY.match(key)
        if key == name or (match is None and key.startswith(name + "[")):
            raise WireFormError(f"{key!r}: not bracket notation with named or indexed segments")
        if match is None or match.group(1) != name:
            continue
        seen = True
        path = _SEGMENT.findall(match.group(2))
        node = tree
        for segment in path[:-1]:
            child = node.setdefault(segment, {})
            if not isinstance(child, dict):
                raise WireFormError(f"{key!r}: {segment!r} is given both as a value and as an object")
            node = child
        if path[-1] in node:
            raise WireFormError(f"{key!r}: given more than once")
        node[path[-1]] = value
    return _lists(tree, name) if seen else None


def _is_index(key: str) -> bool:
    """A list index in a bracketed name: ASCII digits (str.isdigit() also takes `²`, which int() refuses)."""
    return key.isascii() and key.isdigit()


def _lists(node: Any, where: str) -> Any:
    if not isinstance(node, dict):
        return node
    items = {key: _lists(value, f"{where}[{key}]") for key, value in node.items()}
    if items and all(_is_index(key) for key in items):
        indexes = sorted(int(key) for key in items)
        if indexes != list(range(len(indexes))):
            raise WireFormError(f"{where}: list indexes {indexes} are not 0..{len(indexes) - 1}")
        return [items[str(index)] for index in indexes]
    return items


_ANY_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")
_ANY_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
_INTEGER = re.compile(r"^-?\d+$")


def read(pairs: Iterable[tuple[str, str]], schema: Mapping[str, Any]) -> dict[str, Any] | None:
    """The parameters a query string carries, read leniently and typed by `schema` (an object of parameters).

    None when the keys do not even nest (`a[b]=1&a=2`, unbalanced brackets).
    """
    tree: dict[str, Any] = {}
    for key, value in pairs:
        match = _ANY_KEY.match(key)
        if match is None:
            return None
        path = [match.group(1), *_ANY_SEGMENT.findall(match.group(2))]
        if path[-1] == "":
            path.pop()
        node = tree
        for segment in path[:-1]:
            child = node.setdefault(segment, {})
            if not isinstance(child, dict):
                return None
            node = child
        leaf = node.setdefault(path[-1], [])
        if not isinstance(leaf, list):
            return None
        leaf.append(value)
    typed: dict[str, Any] = _typed(_settled(tree), schema)
    return typed


def _settled(node: Any) -> Any:
    """Leaves become values (lists when repeated); objects keyed 0..n become lists in index order."""
    if isinstance(node, list):
        return node[0] if len(node) == 1 else node
    items = {key: _settled(value) for key, value in node.items()}
    if items and all(_is_index(key) for key in items):
        return [items[key] for key in sorted(items, key=int)]
    return items


def _typed(value: Any, schema: Mapping[str, Any]) -> Any:
    """Query text typed as the schema says: integers, booleans, a lone value as a one-item list."""
    for branch in schema.get("oneOf", ()):
        if (branch.get("type") == "array") == isinstance(value, list):
            return _typed(value, branch)
    kind = schema.get("type")
    if kind == "integer" and isinstance(value, str) and _INTEGER.match(value):
        return int(value)
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    if kind == "array":
        return [_typed(item, schema.get("items", {})) for item in (value if isinstance(value, list) else [value])]
    if kind == "object" and isinstance(value, dict):
        properties = schema.get("properties", {})
        return {key: _typed(item, properties[key]) if key in properties else item for key, item in value.items()}
    return value
