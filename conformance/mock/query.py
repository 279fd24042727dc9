"""Query strings -> validated parameter objects, with every rule taken from the spec.

Brackets become nesting (`filters[type][conditions][$in][0]=a`); arrays arrive indexed
(`[$in][0]=a&[$in][1]=b`, Voucherify's documented form), as repeated keys (`[$in]=a&[$in]=b`)
or with empty brackets (`[$in][]=a`). Strings are coerced to the types the parameter's schema
names, then the whole object is checked with JSON Schema against the operation's parameter
schemas, made closed (no unknown parameters, fields or operators) so a typo cannot silently
widen a filter.

Validation is most of a small request's cost, and clients repeat the same query with only the
paging parameter changing, so the query minus its paging parameters is parsed and validated
once (bounded LRU) and only the paging value is validated per request.
"""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Collection, Iterable
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, unquote_plus

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match

from voucherify_activities.spec import OperationSpec, inlined, load_spec

from .cache import BoundedCache
from .errors import ApiError, invalid_query
from .spec import JSON

MAX_FIELDS = 500
MAX_KEY_DEPTH = 16  # brackets in one parameter name; the deepest documented one has 4
CACHE_SIZE = 1024  # distinct queries (paging parameters left out) kept parsed per operation
CACHE_BYTES = 2 * 1024 * 1024  # ... and at most this much query text (see cache.py)
PAGING = ("cursor", "starting_after_id", "starting_after")  # new on every page: not part of the cache key
_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")
_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
_DATE_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_INTEGER = re.compile(r"^-?\d{1,18}$")


def parse_datetime_ms(text: str) -> float | None:
    """Epoch milliseconds of an RFC 3339 date-time (offset required), or None if it is not one."""
    match = _DATE_TIME.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    fraction, offset = match.group(7) or "", match.group(8)
    try:
        if offset in ("Z", "z"):
            zone = datetime.timezone.utc
        else:
            sign = 1 if offset[0] == "+" else -1
            zone = datetime.timezone(sign * datetime.timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))
        moment = datetime.datetime(year, month, day, hour, minute, min(second, 59), tzinfo=zone)
    except ValueError:
        return None
    return moment.timestamp() * 1000 + (float(fraction) * 1000 if fraction else 0.0)


FORMATS = FormatChecker(formats=())
FORMATS.checks("date-time")(lambda value: not isinstance(value, str) or parse_datetime_ms(value) is not None)


# --- brackets -> nesting --------------------------------------------------------------------
class _Leaf(list[str]):
    """Values given for one key (several when the key repeats)."""


def _insert(tree: dict[str, Any], raw_key: str, value: str) -> None:
    match = _KEY.match(raw_key)
    if not match:
        raise invalid_query(f"{raw_key}: malformed parameter name (unbalanced or nested brackets)")
    path = [match.group(1), *_SEGMENT.findall(match.group(2))]
    if len(path) > MAX_KEY_DEPTH + 1:  # nesting is recursed over later: bound it here, with a clear 400
        raise invalid_query(f"{raw_key[:60]}...: parameter name nested deeper than {MAX_KEY_DEPTH} brackets")
    if path[-1] == "":
        path.pop()  # `[$in][]=a`: append to the list at `$in`
    node = tree
    for depth, part in enumerate(path[:-1]):
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            raise invalid_query(f"{_name(path[: depth + 1])}: given both as a value and as an object")
        node = child
    leaf = node.setdefault(path[-1], _Leaf())
    if not isinstance(leaf, _Leaf):
        raise invalid_query(f"{_name(path)}: given both as a value and as an object")
    leaf.append(value)


def _name(path: Iterable[Any]) -> str:
    parts = list(path)
    return str(parts[0]) + "".join(f"[{p}]" for p in parts[1:]) if parts else "query"


def is_list_index(key: str) -> bool:
    """A bracketed key that is a list position: ASCII digits (str.isdigit() also takes `²`, which int() refuses)."""
    return key.isascii() and key.isdigit()


def _finish(node: Any) -> Any:
    """Leaves become values (lists when repeated); objects keyed 0..n become lists in index order."""
    if isinstance(node, _Leaf):
        return node[0] if len(node) == 1 else list(node)
    items = {key: _finish(value) for key, value in node.items()}
    if items and all(is_list_index(key) and len(key) < 6 for key in items):
        return [items[key] for key in sorted(items, key=int)]
    return items


def parse_query_string(raw: str) -> dict[str, Any]:
    """Nested parameters from a raw (percent-encoded) query string."""
    try:
        pairs = parse_qsl(raw, keep_blank_values=True, max_num_fields=MAX_FIELDS, errors="strict")
    except ValueError as error:  # too many fields, or percent-escapes that are not UTF-8
        raise invalid_query(f"query: {error}") from None
    tree: dict[str, Any] = {}
    for key, value in pairs:
        _insert(tree, key, value)
    finished: dict[str, Any] = _finish(tree)
    return finished


def split_query(raw: str, names: Collection[str]) -> tuple[str, dict[str, str]] | None:
    """`raw` without its `names=value` pairs, and those values decoded as parse_qsl would.

    None when the split might not parse like the whole (a name given twice, a value that is not
    UTF-8, too many fields); the caller then parses the whole query.
    """
    if raw.count("&") >= MAX_FIELDS:
        return None
    kept: list[str] = []
    picked: dict[str, str] = {}
    for piece in raw.split("&"):
        name, _, value = piece.partition("=")
        if "%" in name or "+" in name:
            name = unquote_plus(name)
        if name not in names:
            kept.append(piece)
            continue
        if name in picked:
            return None
        if "%" in value or "+" in value:
            try:
                value = unquote_plus(value, errors="strict")
            except UnicodeDecodeError:
                return None
        picked[name] = value
    return "&".join(kept), picked


# --- schema-driven coercion and validation --------------------------------------------------
def _coerce(value: Any, node: JSON) -> Any:  # noqa: PLR0911 - one return per schema type
    """Query strings typed as the schema says: integers, booleans, single values as one-item arrays."""
    if "oneOf" in node:
        for branch in node["oneOf"]:
            kind = branch.get("type")
            if (kind == "array") == isinstance(value, list):
                return _coerce(value, branch)
        return value
    kind = node.get("type")
    if kind == "integer" and isinstance(value, str) and _INTEGER.match(value):
        return int(value)
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    if kind == "array":
        items = value if isinstance(value, list) else [value]
        return [_coerce(item, node.get("items", {})) for item in items]
    if kind == "object" and isinstance(value, dict):
        properties = node.get("properties", {})
        return {key: _coerce(item, properties[key]) if key in properties else item for key, item in value.items()}
    return value


def _describe(error: ValidationError, schema: JSON) -> str:
    where = _name(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        error_schema = error.schema if isinstance(error.schema, dict) else {}
        allowed = list(error_schema.get("properties", {}))
        unknown = sorted(set(error.instance) - set(allowed))
        what = "parameter" if not error.absolute_path else "key"
        return f"{where}: unknown {what} {', '.join(map(repr, unknown))}; allowed: {', '.join(allowed)}"
    if error.validator == "type" and isinstance(error.instance, list):
        return f"{where}: given {len(error.instance)} times, expected a single {error.validator_value}"
    return f"{where}: {error.message}"


class QueryRules:
    """The query parameters one operation accepts, as one closed JSON Schema built from the spec."""

    def __init__(self, operation: OperationSpec, spec: dict[str, JSON] | None = None) -> None:
        spec = spec or load_spec()
        self.names = tuple(operation.query_parameters)
        self.schema: dict[str, JSON] = {
            "type": "object",
            "properties": {
                name: inlined(parameter.schema, spec, closed=True)
                for name, parameter in operation.query_parameters.items()
            },
            "additionalProperties": False,
        }
        self.defaults = {name: sub["default"] for name, sub in self.schema["properties"].items() if "default" in sub}
        self.validator = Draft202012Validator(self.schema, format_checker=FORMATS)
        self.paging = tuple(name for name in PAGING if name in self.names)
        self.paging_validators = {
            name: Draft202012Validator(self.schema["properties"][name], format_checker=FORMATS) for name in self.paging
        }
        # Errors are not cached (lru_cache stores only returns), so a bad query is re-checked each time.
        self._parse_cached = BoundedCache(self.parse_whole, max_entries=CACHE_SIZE, max_bytes=CACHE_BYTES)

    def parse(self, raw: str) -> dict[str, Any]:
        """Validated parameters with the spec's defaults filled in; ApiError(400) naming the culprit."""
        parsed = self.parse_parts(raw)
        return {**copy.deepcopy(parsed.stable), **parsed.paging}  # a copy: `stable` is shared with the cache

    def parse_parts(self, raw: str) -> ParsedQuery:
        """`parse`, split into the cached part and the paging part; the same result and the same errors."""
        split = split_query(raw, self.paging) if self.paging else (raw, {})
        if split is not None:
            rest, given = split
            try:
                stable = self._parse_cached(rest)
            except ApiError:
                if not given:
                    raise
                stable = None  # the paging value may be the culprit best_match names: parse the whole below
            if stable is not None and not any(name in stable for name in self.paging):
                paging = self._check_paging(given)
                if paging is not None:
                    return ParsedQuery(rest, stable, paging)
        params = self.parse_whole(raw)  # the uncached path: unusual forms, and every error, exactly as before
        stable = {name: value for name, value in params.items() if name not in self.paging}
        return ParsedQuery(None, stable, {name: params[name] for name in self.paging if name in params})

    def _check_paging(self, given: dict[str, str]) -> dict[str, Any] | None:
        """Coerced paging values, or None when one is invalid (the whole-query path then words the error).

        Valid on their own + the rest valid == the whole valid: the query schema is a closed object
        whose properties do not refer to one another.
        """
        checked: dict[str, Any] = {}
        for name, text in given.items():
            value = _coerce(text, self.schema["properties"][name])
            if not self.paging_validators[name].is_valid(value):
                return None
            checked[name] = value
        return checked

    def parse_whole(self, raw: str) -> dict[str, Any]:
        """The whole query parsed and validated, uncached (the reference `parse_parts` must agree with)."""
        params = parse_query_string(raw) if raw else {}
        unknown = [name for name in params if name not in self.names]
        if unknown:
            raise invalid_query(f"{unknown[0]}: unknown query parameter; allowed: {', '.join(self.names)}")
        params = _coerce(params, self.schema)
        if not self.validator.is_valid(params):
            error = best_match(self.validator.iter_errors(params))
            raise invalid_query(_describe(error, self.schema)) if error else invalid_query("query: invalid")
        return {**self.defaults, **params}


class ParsedQuery(NamedTuple):  # a tuple: one is made per request, and tuples are the cheapest to make
    """A validated query: `stable` is shared by every request with the same `key`, so it is read-only."""

    key: str | None  # the raw query without paging parameters; None when it could not be split exactly
    stable: dict[str, Any]
    paging: dict[str, Any]


__all__ = ["ApiError", "ParsedQuery", "QueryRules", "parse_datetime_ms", "parse_query_string", "split_query"]
