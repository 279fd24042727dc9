"""Query strings as Voucherify documents them, written independently of the client under test.

`expected_pairs` spells parameter values the documented way: scalars as text, lists as
repeated keys (OpenAPI form, explode), the `filters` object in bracket notation with lists
indexed (`filters[type][conditions][$in][0]=a`). `deep_object` reads such keys back into a
nested object, refusing anything but that exact form. (The lenient reading a server applies
is the mock's, `mock.query`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .mock.query import is_list_index

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


def _lists(node: Any, where: str) -> Any:
    if not isinstance(node, dict):
        return node
    items = {key: _lists(value, f"{where}[{key}]") for key, value in node.items()}
    if items and all(is_list_index(key) for key in items):
        given, expected = sorted(items, key=int), [str(index) for index in range(len(items))]
        if given != expected:  # a gap, or a non-canonical index such as `01`
            raise WireFormError(f"{where}: list indexes {', '.join(given)} are not 0..{len(items) - 1}")
        return [items[key] for key in expected]
    return items
