"""Where response bytes become data, for the high-level client and the generated functions alike.

Every way a body can fail (not JSON, nested too deep, not an object, a Voucherify error object
under a success status, an undocumented status) becomes an exception of the ``VoucherifyError``
family that keeps the status, the headers and the request id; nothing else escapes.

JSON is decoded by orjson (a dependency on CPython) when it is importable, else by the standard
library, with the same result either way: the stdlib path refuses what orjson refuses (NaN,
Infinity, numbers that overflow a double, lone surrogates, a byte-order mark) and reads integers
beyond 64 bits as floats like orjson does; a body nested deeper than ``MAX_DEPTH`` is refused
before either decoder sees it (orjson stops at 1024 levels, the stdlib at the recursion limit).
"""

from __future__ import annotations

import datetime
import functools
import json
import operator
from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import Any, NamedTuple, TypeVar

import httpx

from ._generated.types import parse_datetime
from .errors import (
    APIError,
    CursorExpiredError,
    InvalidRequestError,
    UnexpectedResponseError,
    error_class,
    redact,
    redacted,
)
from .ratelimit import RateLimit

try:
    import orjson
except ImportError:  # pragma: no cover - depends on the environment
    orjson = None  # type: ignore[assignment]

T = TypeVar("T")
# Voucherify's bodies nest about ten levels; anything this deep is not one of them. A scan of
# our own rather than the decoders' limits: orjson's (1024) lets through data that repr() and ==
# cannot handle, and the stdlib's depends on the caller's stack, so the two would disagree.
MAX_DEPTH = 512
# Longest slice of a non-JSON body kept in a message.
BODY_SNIPPET = 200
_PARENTHESES = bytes.maketrans(b"[{]}", b"(())")
_NOT_MARKS = bytes(b for b in range(256) if b not in b'[]{}"')
_I64_MIN, _U64_MAX = -(2**63), 2**64 - 1


class BodyError(ValueError):
    """A body that is not acceptable JSON; the message says why."""


# --- bytes -> JSON value -----------------------------------------------------------------------
def too_deep(content: bytes) -> bool:
    """Whether arrays/objects nest deeper than ``MAX_DEPTH`` (brackets inside strings do not count).

    Bytes operations only (C speed): keep brackets (as parentheses: decoding checks that they
    match) and string quotes, drop the strings, then remove one level per pass.
    """
    if b"\\" in content:  # drop escaped backslashes, then escaped quotes: every `"` left delimits a string
        content = content.replace(b"\\\\", b"").replace(b'\\"', b"")
    marks = content.translate(_PARENTHESES, _NOT_MARKS)
    levels = marks.translate(None, b'"')
    # When every run of quotes has even length, each string's two quotes are adjacent: no string
    # holds a bracket (the first that did would leave an odd run before it), and `levels` is right.
    if marks.count(b'""') * 2 != len(marks) - len(levels):
        # Adjacent quotes are an empty string or a string's end and the next one's start: nothing
        # between them counts either way. Few strings hold brackets, so little is left to split.
        levels = b"".join(marks.replace(b'""', b"").split(b'"')[::2])
    # Each pass removes exactly the innermost level ("()" pairs). Once what is left could not nest
    # deeper than the levels still allowed (a level takes two marks), the body is shallow enough.
    allowed = MAX_DEPTH
    while len(levels) > 2 * allowed:
        if not allowed:
            return True
        shorter = levels.replace(b"()", b"")
        if len(shorter) == len(levels):
            return False  # no innermost pair: unbalanced, not JSON, which decoding reports
        levels, allowed = shorter, allowed - 1
    return False


def _orjson_loads(content: bytes) -> Any:
    return orjson.loads(content)


def _refuse(text: str) -> Any:
    raise BodyError(f"{text} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise BodyError(f"number {text[:20]}... overflows a double")
    return value


def _integer(text: str) -> int | float:
    # orjson reads integers beyond 64 bits as floats; so do we, for one behaviour.
    if len(text) <= 19:
        return int(text)
    value = int(text) if len(text) <= 21 else None
    return value if value is not None and _I64_MIN <= value <= _U64_MAX else _finite(text)


# Built once: json.loads with hooks builds a decoder per call. The hooks run only for numbers and
# NaN/Infinity, which listings hold few of.
_STDLIB_DECODER = json.JSONDecoder(parse_constant=_refuse, parse_float=_finite, parse_int=_integer)


def _stdlib_loads(content: bytes) -> Any:
    text = content.decode("utf-8")  # strict; a leading BOM stays and the decoder refuses it, as orjson does
    value = _STDLIB_DECODER.decode(text)
    # A lone surrogate can only come from a \u escape; a one-byte search (memchr) rules most bodies out
    # far faster than searching for the two-character escape.
    if b"\\" in content and "\\u" in text and not _valid_unicode(value):
        raise BodyError("a string holds a lone surrogate")
    return value


def _valid_unicode(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return False
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return True


DECODERS: dict[str, Callable[[bytes], Any]] = {"stdlib": _stdlib_loads}
if orjson is not None:
    DECODERS["orjson"] = _orjson_loads
_decode = DECODERS["orjson" if orjson is not None else "stdlib"]


def loads(content: bytes, decoder: Callable[[bytes], Any] | None = None) -> Any:
    """The JSON value of ``content``; BodyError when it is not JSON or nests deeper than ``MAX_DEPTH``."""
    if too_deep(content):
        raise BodyError(f"nested deeper than {MAX_DEPTH} levels")
    try:
        return (decoder or _decode)(content)
    except BodyError:
        raise
    except (ValueError, RecursionError, MemoryError) as error:  # orjson.JSONDecodeError is a ValueError
        raise BodyError(f"not JSON ({error})") from None


# --- JSON -> the object a caller wants, or the error -----------------------------------------
class Answer:
    """Status, headers and body bytes of one response: all the boundary needs, whoever read them."""

    __slots__ = ("content", "headers", "reason", "status")

    def __init__(self, status: int, headers: httpx.Headers, content: bytes, reason: str = "") -> None:
        self.status = status
        self.headers = headers
        self.content = content
        self.reason = reason

    @classmethod
    def of(cls, response: httpx.Response, content: bytes | None = None) -> Answer:
        body = response.content if content is None else content
        return cls(response.status_code, response.headers, body, _reason(response))


def _reason(response: httpx.Response) -> str:
    try:
        return response.reason_phrase
    except (UnicodeDecodeError, KeyError):  # pragma: no cover - a reason httpx cannot decode
        return ""


def success_object(answer: Answer, *, sent_cursor: bool = False, secrets: Iterable[str] = ()) -> dict[str, Any]:
    """The JSON object of a 2xx answer; the family's error for any other status or body."""
    if not 200 <= answer.status < 300:
        raise error_for(answer, sent_cursor=sent_cursor, secrets=secrets)
    try:
        body = loads(answer.content)
    except BodyError as error:
        raise _unexpected(answer, f"the body is not usable JSON: {error}", secrets) from None
    if not isinstance(body, dict):
        raise _unexpected(answer, f"the body is a JSON {type(body).__name__}, not an object", secrets)
    if _is_error_object(body):  # an error object under a success status: an error, with its request id
        raise _from_error_object(UnexpectedResponseError, answer, body, tuple(secrets))
    return body


def error_object(answer: Answer, *, sent_cursor: bool = False, secrets: Iterable[str] = ()) -> dict[str, Any]:
    """The JSON error object of an error answer (generated functions return it as the ``Error`` model);
    when the body is not one, the family's error for the status is raised instead."""
    try:
        body = loads(answer.content)
    except BodyError:
        body = None
    if not isinstance(body, dict):
        raise error_for(answer, sent_cursor=sent_cursor, secrets=secrets)
    return body


def error_for(answer: Answer, *, sent_cursor: bool = False, secrets: Iterable[str] = ()) -> APIError:
    """The exception for an error answer; ``secrets`` are blanked out of any body text kept."""
    secrets = tuple(secrets)
    try:
        body = loads(answer.content)
    except BodyError:
        body = None
    cls = error_class(answer.status)
    if 300 <= answer.status < 400:
        location = redact(answer.headers.get("location", "")[:BODY_SNIPPET], secrets)
        message = f"redirect to {location!r} not followed (it could carry the credentials to another host)"
        return _unexpected(answer, message, secrets, body=body if isinstance(body, dict) else None)
    if not isinstance(body, dict):
        text = redact(" ".join(answer.content.decode("utf-8", "replace").split()), secrets)[:BODY_SNIPPET]
        reason = answer.reason or "error"
        message = f"{reason}; body is not Voucherify's JSON error object" + (f": {text!r}" if text else "")
        return cls(answer.status, message=message, body=text, rate_limit=_rate_limit(answer), headers=answer.headers)
    if cls is InvalidRequestError and sent_cursor and _mentions_cursor(body):
        cls = CursorExpiredError
    return _from_error_object(cls, answer, body, secrets)


def _from_error_object(cls: type[APIError], answer: Answer, body: dict[str, Any], secrets: tuple[str, ...]) -> APIError:
    def field(name: str) -> str | None:
        value = body.get(name)
        return None if value is None else redact(str(value), secrets)[:BODY_SNIPPET]

    code = body.get("code")
    return cls(
        answer.status,
        message=field("message") or answer.reason or "error",
        code=code if type(code) is int else None,
        key=field("key"),
        details=field("details"),
        request_id=field("request_id"),
        resource_id=field("resource_id"),
        resource_type=field("resource_type"),
        body=redacted(body, secrets),
        rate_limit=_rate_limit(answer),
        headers=answer.headers,
    )


def _unexpected(
    answer: Answer, message: str, secrets: Iterable[str], *, body: dict[str, Any] | None = None
) -> UnexpectedResponseError:
    request_id = body.get("request_id") if body else None
    return UnexpectedResponseError(
        answer.status,
        message=redact(message, tuple(secrets)),
        request_id=request_id if isinstance(request_id, str) else None,
        rate_limit=_rate_limit(answer),
        headers=answer.headers,
    )


def _is_error_object(body: dict[str, Any]) -> bool:
    """Voucherify's error shape: an integer ``code`` of an error status beside ``message`` or ``key``."""
    code = body.get("code")
    return type(code) is int and 400 <= code <= 599 and ("message" in body or "key" in body) and "data" not in body


def _mentions_cursor(body: dict[str, Any]) -> bool:
    return any("cursor" in str(body.get(name) or "").lower() for name in ("key", "message", "details"))


def _rate_limit(answer: Answer) -> RateLimit:
    return RateLimit.from_headers(answer.headers)


# --- pages ------------------------------------------------------------------------------------
class PageRules(NamedTuple):
    """What a listing page must hold for its lazily parsed models to read without failing."""

    required: tuple[str, ...]  # the page object's required keys
    item_required: frozenset[str]  # every item's required keys (those all item variants share)
    by_type: dict[str, frozenset[str]]  # an item variant's required keys, by its `type` value
    # When every variant requires the same keys, `id` and `created_at` among them: a getter of
    # those two and the rest (KeyError when one lacks), for check_page's C-level passes.
    item_fields: Callable[[Any], tuple[Any, ...]] | None


@functools.cache
def page_rules(page_schema: str) -> PageRules:
    """The spec's rules for the page schema ``page_schema`` (``ProgramActivityPage``, ...)."""
    from . import spec  # noqa: PLC0415 - loaded on first use: the generated functions import this module

    page = spec.resolve({"$ref": f"#/components/schemas/{page_schema}"})
    items = spec.resolve(page.get("properties", {}).get("data", {}).get("items", {}))
    variants = [spec.resolve(variant) for variant in items.get("oneOf", [])] or [items]
    required = [_required_of(variant) for variant in variants]
    by_type = {kind: keys for variant, keys in zip(variants, required, strict=True) for kind in _type_values(variant)}
    common = frozenset.intersection(*required)
    uniform = all(keys == common for keys in required) and {"id", "created_at"} <= common
    fields = operator.itemgetter("id", "created_at", *sorted(common - {"id", "created_at"})) if uniform else None
    return PageRules(tuple(page.get("required", ())), common, by_type, fields)


def _required_of(schema: Any) -> frozenset[str]:
    from . import spec  # noqa: PLC0415

    schema = spec.resolve(schema)
    keys = set(schema.get("required", ()))
    for part in schema.get("allOf", ()):
        keys |= _required_of(part)
    return frozenset(keys)


def _type_values(schema: Any) -> list[str]:
    from . import spec  # noqa: PLC0415

    schema = spec.resolve(schema)
    kind = spec.resolve(schema.get("properties", {}).get("type", {}))
    values = list(kind.get("enum", ())) if isinstance(kind, dict) else []
    for part in schema.get("allOf", ()):
        values += _type_values(part)
    return values


def check_page(answer: Answer, body: dict[str, Any], page_schema: str) -> list[datetime.datetime | None]:
    """Each item's ``created_at``, parsed (None where it has none), after the checks that keep later
    reads from failing: the page's required keys are there, ``data`` is a list of objects, each with
    its variant's required keys, a string ``id`` and an ISO 8601 ``created_at`` (the models parse
    them lazily, on first read; the pager hands them these instants so that they need not)."""
    rules = page_rules(page_schema)
    _check_required(answer, body, rules.required)
    items = body.get("data")
    if not isinstance(items, list):
        raise _unexpected(answer, "the page has no `data` list", (), body=body)
    instants = _all_well_formed(items, rules.item_fields) if rules.item_fields is not None else None
    return instants if instants is not None else _checked_one_by_one(answer, body, items, rules)


_STR_ONLY = frozenset({str})


def _all_well_formed(
    items: list[Any], fields: Callable[[Any], tuple[Any, ...]]
) -> list[datetime.datetime | None] | None:
    """check_page's common case in C-level passes over the items (this runs for every page): the
    instants when every item is an object with the required keys, a string id and a date-time
    ``created_at``; None when any is not, for ``_checked_one_by_one`` to find and word."""
    if not items:
        return []
    try:  # an item that is not an object, or lacks a required key, raises TypeError or KeyError here
        ids, created, *_ = zip(*map(fields, items), strict=True)
        if not set(map(type, ids)) <= _STR_ONLY:
            return None
        # Not a string or not a date-time: worded item by item.
        return list(map(parse_datetime, created))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _checked_one_by_one(
    answer: Answer, body: dict[str, Any], items: list[Any], rules: PageRules
) -> list[datetime.datetime | None]:
    by_type, common = rules.by_type, rules.item_required
    instants: list[datetime.datetime | None] = []
    append = instants.append
    for index, item in enumerate(items):
        if type(item) is dict and type(item.get("id")) is str:
            kind = item.get("type")
            if (by_type.get(kind, common) if type(kind) is str else common) <= item.keys():
                created = item.get("created_at")
                if created is None:
                    append(None)
                    continue
                if type(created) is str:
                    try:
                        append(parse_datetime(created))
                        continue
                    except ValueError:
                        pass
        raise _unexpected(answer, f"data[{index}] {_item_problem(item, rules)}", (), body=body)
    return instants


def _item_problem(item: Any, rules: PageRules) -> str:
    if not isinstance(item, dict):
        return f"is a JSON {type(item).__name__}, not an object"
    if not isinstance(item.get("id"), str):
        return "has no string `id`"
    kind = item.get("type")
    required = rules.by_type.get(kind, rules.item_required) if isinstance(kind, str) else rules.item_required
    if not required <= item.keys():
        return f"lacks {', '.join(map(repr, sorted(required - item.keys())))}"
    created = item.get("created_at")
    if created is not None and (not isinstance(created, str) or not _is_instant(created)):
        return f"`created_at` {str(created)[:40]!r} is not an ISO 8601 date-time"
    return "is not an activity"  # pragma: no cover - check_page calls this only for an item that fails


def _is_instant(text: str) -> bool:
    try:
        parse_datetime(text)
    except ValueError:
        return False
    return True


# --- the generated functions' side -------------------------------------------------------------
def parsed_success(
    response: httpx.Response,
    parse: Callable[[dict[str, Any]], T],
    *,
    required: Iterable[str] = (),
    page: str | None = None,
) -> T:
    """``parse`` applied to a 2xx response's JSON object with the ``required`` keys; the family's error for
    any other body. ``page``: the body is a listing page of this schema, checked by ``check_page``."""
    answer = Answer.of(response)
    body = success_object(answer)
    _check_required(answer, body, required)
    if page is not None:
        check_page(answer, body, page)
    return _parsed(answer, parse, body)


def parsed_error(response: httpx.Response, parse: Callable[[dict[str, Any]], T], *, required: Iterable[str] = ()) -> T:
    """``parse`` applied to an error response's JSON error object; the family's error when it is not one
    (not JSON, not an object, or without the ``required`` keys)."""
    answer = Answer.of(response)
    body = error_object(answer)
    if any(key not in body for key in required):
        raise error_for(answer)
    return _parsed(answer, parse, body)


def _check_required(answer: Answer, body: dict[str, Any], required: Iterable[str]) -> None:
    missing = [key for key in required if key not in body]
    if missing:
        raise _unexpected(answer, f"the body lacks {', '.join(map(repr, missing))}", (), body=body)


def _parsed(answer: Answer, parse: Callable[[dict[str, Any]], T], body: dict[str, Any]) -> T:
    try:
        return parse(body)
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as error:
        message = f"the body does not have the shape the spec describes ({type(error).__name__}: {error})"
        raise _unexpected(answer, message[:BODY_SNIPPET], (), body=body) from None


def http_status(response: httpx.Response) -> HTTPStatus:
    """The response's status as an ``HTTPStatus``; a status HTTP does not define is the family's error."""
    try:
        return HTTPStatus(response.status_code)
    except ValueError:
        answer = Answer.of(response)
        raise _unexpected(answer, f"HTTP status {response.status_code} is not a defined status", ()) from None


def undocumented_status(response: httpx.Response) -> APIError:
    """The family's error for a status the spec does not list (``raise_on_unexpected_status``)."""
    answer = Answer.of(response)
    if 200 <= answer.status < 300:
        return _unexpected(answer, f"status {answer.status} is not one the spec documents", ())
    return error_for(answer)
