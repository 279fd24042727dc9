"""Client conformance, requests: what the client sends is what the spec describes, exactly as asked.

Schemathesis draws valid parameter sets from the spec; the generated client (and the
high-level `Voucherify` client, through its keyword parameters) builds the request, captured
with httpx's MockTransport (no network). Each request is validated against the spec
(openapi-core; `filters` as described in `request_validation`) and its query must be exactly
the documented serialisation of the values drawn. Invalid values given to `Voucherify` must
be refused before anything is sent.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from voucherify_activities._generated.types import parse_timestamp

from voucherify_activities import Client, ParameterError, RetryPolicy, Voucherify, api, models
from voucherify_activities.params import KEYWORD_FOR
from voucherify_activities.spec import resolve

from .. import generation, request_validation, specs, wire
from ..modes import POSITIVE
from ..run import Run
from ..server_schema import build
from ..target import Target

BASE_URL = "https://api.voucherify.io"
CREDENTIALS = {"X-App-Id": "client-conformance", "X-App-Token": "client-conformance-token"}
ALL = [op.operation_id for op in specs.operations()]
EMPTY_PAGES: dict[str, dict[str, Any]] = {
    "list_customer_activities": {"object": "list", "data_ref": "data", "data": [], "total": 0},
    "list_program_activities": {"data": [], "cursor": None, "object": "list"},
    "list_incentive_activities": {"data": [], "cursor": None, "object": "list"},
    "list_earning_rule_activities": {"data": [], "cursor": None, "object": "list"},
}
DEEP_OBJECTS = ("filters",)
# Valid parameter sets, drawn by Schemathesis from the request spec; no server involved.
OFFLINE = Target("url", BASE_URL, CREDENTIALS, (), {})
REQUESTS = build(POSITIVE, OFFLINE)


def _parameters(query: dict[str, Any]) -> dict[str, Any]:
    """Parameter values from a Schemathesis case's query, whose deepObjects arrive as bracket keys."""
    params = {key: value for key, value in query.items() if "[" not in key}
    for name in DEEP_OBJECTS:
        value = wire.deep_object([(k, v) for k, v in query.items() if k.startswith(name + "[")], name)
        if value is not None:
            params[name] = value
    return params


def _operation_strategy(operation_id: str) -> st.SearchStrategy[tuple[str, dict[str, Any]]]:
    op = specs.operation(operation_id)
    cases = REQUESTS[op.path][op.method].as_strategy(generation_mode=POSITIVE)
    return cases.map(lambda case: (unquote(case.path_parameters[op.path_parameter]), _parameters(dict(case.query))))


VALID = {operation_id: _operation_strategy(operation_id) for operation_id in ALL}


def _parameter(operation_id: str, name: str) -> dict[str, Any]:
    schema: dict[str, Any] = resolve(specs.parameter_schema(specs.curated(), operation_id, name))
    return schema


def _is_datetime(operation_id: str, name: str) -> bool:
    return _parameter(operation_id, name).get("format") == "date-time"


def _generated_arguments(operation_id: str, query: dict[str, Any]) -> dict[str, Any]:
    """The generated function's keyword arguments for a drawn query (wire names are its argument names)."""
    arguments: dict[str, Any] = {}
    for name, value in query.items():
        if name in DEEP_OBJECTS:
            ref = specs.parameter_schema(specs.curated(), operation_id, name)["$ref"]
            arguments[name] = getattr(models, ref.rsplit("/", 1)[-1]).from_dict(value)
        elif _is_datetime(operation_id, name):
            arguments[name] = parse_timestamp(value)
        else:
            arguments[name] = value
    return arguments


def _keywords(operation_id: str, query: dict[str, Any]) -> dict[str, Any]:
    """`Voucherify`'s keyword parameters for a drawn query: filters become `types=`, `created_after=`, ..."""
    keywords: dict[str, Any] = {}
    for name, value in query.items():
        if name not in DEEP_OBJECTS:
            keywords[name] = parse_timestamp(value) if _is_datetime(operation_id, name) else value
            continue
        for field, condition in value.items():
            if field == "junction":
                keywords["junction"] = condition
                continue
            for operator, operand in condition["conditions"].items():
                keywords[KEYWORD_FOR[(field, operator)]] = (
                    parse_timestamp(operand) if field == "created_at" else operand
                )
    return keywords


def _capture(operation_id: str, send: Callable[[httpx.BaseTransport], object]) -> list[httpx.Request]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=EMPTY_PAGES[operation_id])

    send(httpx.MockTransport(answer))
    return sent


def _send_generated(operation_id: str, owner: str, query: dict[str, Any]) -> list[httpx.Request]:
    function = getattr(api, operation_id).sync_detailed
    path_argument = next(iter(inspect.signature(function).parameters))

    def send(transport: httpx.BaseTransport) -> object:
        client = Client(base_url=BASE_URL, headers=CREDENTIALS, httpx_args={"transport": transport})
        return function(**{path_argument: owner}, client=client, **_generated_arguments(operation_id, query))

    return _capture(operation_id, send)


def _client(transport: httpx.BaseTransport) -> Voucherify:
    return Voucherify(
        app_id=CREDENTIALS["X-App-Id"],
        app_token=CREDENTIALS["X-App-Token"],
        base_url=BASE_URL,
        transport=transport,
        retry=RetryPolicy.disabled(),
    )


def _send_runtime(operation_id: str, owner: Any, keywords: dict[str, Any]) -> list[httpx.Request]:
    def send(transport: httpx.BaseTransport) -> object:
        with _client(transport) as client:
            return getattr(client, operation_id)(owner, **keywords).first_page()

    return _capture(operation_id, send)


def _sent_owner(operation_id: str, request: httpx.Request) -> str:
    op = specs.operation(operation_id)
    index = op.path.split("/").index("{" + op.path_parameter + "}")
    return unquote(request.url.raw_path.decode("ascii").split("?")[0].split("/")[index])


def _check_request(
    run: Run, check: str, operation_id: str, *, sent: list[httpx.Request], owner: str, query: dict[str, Any]
) -> None:
    """One request, valid by the spec, carrying exactly `owner` and `query`; recorded under `check`."""
    try:
        assert len(sent) == 1, f"expected one request, the client sent {len(sent)}"
        request = sent[0]
        found = request_validation.problems(operation_id, request)
        assert not found, "the request breaks the spec:\n  " + "\n  ".join(found)
        assert _sent_owner(operation_id, request) == owner, (
            f"path value {_sent_owner(operation_id, request)!r}, asked {owner!r}"
        )
        expected = sorted(wire.expected_pairs(query, DEEP_OBJECTS))
        actual = sorted(request_validation.query_pairs(request))
        assert actual == expected, f"query sent {actual}\n  expected {expected}"
    except AssertionError as error:
        reproduction = f"owner={owner!r} query={query!r}" + (f"\nsent: GET {sent[0].url}" if sent else "")
        run.results.failed(operation_id, check, str(error), reproduction)
        raise
    run.results.passed(operation_id, check)


@pytest.mark.parametrize("operation_id", ALL)
@given(data=st.data())
def test_generated_client_sends_the_request_the_spec_describes(
    run: Run, operation_id: str, data: st.DataObject
) -> None:
    owner, query = data.draw(VALID[operation_id], label="parameters")
    run.exchange.check_deadline()  # after the last draw: Hypothesis replays what came before
    sent = _send_generated(operation_id, owner, query)
    _check_request(run, "client: generated request", operation_id, sent=sent, owner=owner, query=query)


@pytest.mark.parametrize("operation_id", ALL)
@given(data=st.data())
def test_client_sends_the_request_the_spec_describes(run: Run, operation_id: str, data: st.DataObject) -> None:
    owner, query = data.draw(VALID[operation_id], label="parameters")
    run.exchange.check_deadline()  # after the last draw: Hypothesis replays what came before
    sent = _send_runtime(operation_id, owner, _keywords(operation_id, query))
    _check_request(run, "client: Voucherify request", operation_id, sent=sent, owner=owner, query=query)


# --- invalid keyword values -------------------------------------------------------------------
def _keyword_schemas(operation_id: str) -> dict[str, Any]:
    """`Voucherify` keyword -> the schema of its wire value; datetime keywords left out (typed, not JSON)."""
    op = specs.operation(operation_id)
    raw = specs.curated()["paths"][op.path][op.method.lower()]
    found: dict[str, Any] = {}
    for node in raw["parameters"]:
        param = resolve(node)
        name, schema = param["name"], param["schema"]
        if param["in"] == "path":
            found["<path>"] = schema
        elif name == "filters":
            filters = resolve(schema)
            for field, field_schema in filters["properties"].items():
                if field == "junction":
                    found["junction"] = field_schema
                    continue
                conditions = resolve(resolve(field_schema)["properties"]["conditions"])
                for operator, operand in conditions["properties"].items():
                    keyword = KEYWORD_FOR.get((field, operator))
                    if keyword is not None and field != "created_at":
                        found[keyword] = operand
        elif not _is_datetime(operation_id, name):
            found[name] = schema
    return found


KEYWORD_SCHEMAS = {operation_id: _keyword_schemas(operation_id) for operation_id in ALL}
_INVALID = generation.values(
    {
        f"{operation_id}__{keyword.strip('<>')}": {"not": schema}
        for operation_id in ALL
        for keyword, schema in KEYWORD_SCHEMAS[operation_id].items()
    }
)
INVALID = {
    operation_id: {
        keyword: _INVALID[f"{operation_id}__{keyword.strip('<>')}"].filter(lambda value: value is not None)
        for keyword in KEYWORD_SCHEMAS[operation_id]
    }
    for operation_id in ALL
}


@pytest.mark.parametrize("operation_id", ALL)
@given(data=st.data())
def test_client_refuses_invalid_parameters_before_sending(run: Run, operation_id: str, data: st.DataObject) -> None:
    owner, query = data.draw(VALID[operation_id], label="valid parameters")
    keywords = _keywords(operation_id, query)
    keyword = data.draw(st.sampled_from(sorted(INVALID[operation_id])), label="broken keyword")
    bad = data.draw(INVALID[operation_id][keyword], label="invalid value")
    run.exchange.check_deadline()  # after the last draw: Hypothesis replays what came before
    method = getattr(Voucherify, operation_id)
    path_label = next(name for name in inspect.signature(method).parameters if name != "self")
    if keyword == "<path>":
        owner, expected = bad, path_label
    else:
        keywords[keyword], expected = bad, keyword
    check = "client: invalid parameters refused"
    sent: list[httpx.Request] = []
    try:
        with pytest.raises(ParameterError) as refused:
            sent = _send_runtime(operation_id, owner, keywords)
        assert refused.value.parameter.split("[")[0] == expected, (
            f"refused naming {refused.value.parameter!r}, not {expected!r}"
        )
    except (AssertionError, pytest.fail.Exception) as error:
        reproduction = f"{path_label}={owner!r} keywords={keywords!r}"
        run.results.failed(operation_id, check, f"{expected}={bad!r}: {error}", reproduction)
        raise
    assert not sent
    run.results.passed(operation_id, check)
