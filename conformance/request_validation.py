"""Is an HTTP request one the spec describes? openapi-core for the request, this module for `filters`.

openapi-core reads a deepObject one level deep; the v2 `filters` parameter nests three
(`filters[type][conditions][$in][0]`) and it cannot cast it. So openapi-core checks the
request against a copy of the spec without `filters` (path and its parameter, every other
query parameter, security), and the `filters[...]` keys are read back into an object
(`wire.deep_object`, Voucherify's indexed form only) and validated against the parameter's
schema with jsonschema, closed as the suites assume (no fields or operators the spec lacks).
"""

from __future__ import annotations

import copy
import functools
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx
import requests
from jsonschema import Draft202012Validator, FormatChecker
from openapi_core import OpenAPI
from openapi_core.contrib.requests import RequestsOpenAPIRequest

from . import specs, wire

DEEP_OBJECT = "filters"


@functools.cache
def _openapi() -> OpenAPI:
    spec = copy.deepcopy(specs.request_spec())
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "parameters" in op:
                op["parameters"] = [p for p in op["parameters"] if p["name"] != DEEP_OBJECT]
    return OpenAPI.from_dict(spec)


@functools.cache
def _filters_validator(operation_id: str) -> Draft202012Validator:
    spec = specs.request_spec()
    schema = specs.parameter_schema(spec, operation_id, DEEP_OBJECT)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _error_text(error: BaseException) -> str:
    cause = error.__cause__
    details = f": {cause}" if cause is not None else ""
    return f"{type(error).__name__} {error}{details}"


def query_pairs(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)


def problems(operation_id: str, request: httpx.Request) -> list[str]:
    """What is wrong with `request` for `operation_id`, by the spec; empty when nothing is."""
    pairs = query_pairs(request)
    others = [(key, value) for key, value in pairs if not key.startswith(DEEP_OBJECT + "[") and key != DEEP_OBJECT]
    url = urlsplit(str(request.url))
    stripped = urlunsplit(url._replace(query=urlencode(others)))
    prepared = requests.Request(request.method, stripped, headers=dict(request.headers)).prepare()
    found = [_error_text(error) for error in _openapi().iter_request_errors(RequestsOpenAPIRequest(prepared))]
    if len(others) != len(pairs):
        found += _filter_problems(operation_id, pairs)
    return found


def _filter_problems(operation_id: str, pairs: list[tuple[str, str]]) -> list[str]:
    try:
        validator = _filters_validator(operation_id)
    except KeyError:
        return [f"filters: {operation_id} takes no filters"]
    try:
        filters: Any = wire.deep_object(pairs, DEEP_OBJECT)
    except wire.WireFormError as error:
        return [f"filters: {error}"]
    return [f"filters{''.join(f'[{p}]' for p in e.absolute_path)}: {e.message}" for e in validator.iter_errors(filters)]
