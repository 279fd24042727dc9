"""The Schemathesis schema the server suite runs: the request spec, the target's ids, every check on.

One schema per generation mode (positive: valid requests must be served; negative: invalid
ones must be refused with a 4xx). Everything Schemathesis is told comes from here:
configuration (phases, checks and their accepted statuses, credentials, ids of existing
resources) and `prepare`, which keeps generated requests honest about paging tokens.
"""

from __future__ import annotations

import functools
from typing import Any
from urllib.parse import unquote, urlsplit

import schemathesis
from jsonschema import Draft202012Validator, FormatChecker
from schemathesis import BaseSchema, Case, GenerationMode, Response
from schemathesis.config import SchemathesisConfig
from schemathesis.core.parameters import ParameterLocation

from voucherify_activities import spec as shipped
from voucherify_activities.spec import inlined

from . import specs
from .mock.errors import ApiError
from .mock.query import QueryRules
from .target import Target

# Share of generated cases whose path id is a known, existing resource; the rest keep the
# generated id (for a valid one the target must answer 404).
KNOWN_ID_PROBABILITY = 0.6
# A valid request with valid credentials is served (2xx), names a resource that does not
# exist (404) or is rate limited (429). 5xx is `not_a_server_error`'s to report.
VALID_REQUEST_STATUSES = ["2xx", "404", "429", "5xx"]
# An invalid request is refused: 400 (query or path), 404 (a path that misses the route, or
# an unknown id looked up before the query is read), 405 (the mock's method probes), 429.
INVALID_REQUEST_STATUSES = ["400", "404", "405", "429", "5xx"]
PAGING_TOKENS = ("cursor", "starting_after_id")
REQUEST_TIMEOUT_SECONDS = 30
STATEFUL_CHECKS = ("use_after_free", "ensure_resource_availability", "object_level_authorization")


def config_for(
    mode: GenerationMode, target: Target, rate_limit: str | None, *, any_shape: bool = False
) -> dict[str, Any]:
    """The Schemathesis configuration (the `schemathesis.toml` structure) for one mode against a target.

    `any_shape`: fuzzing only; the examples and the coverage phase are the closed suites' to run.
    """
    dictionaries: dict[str, Any] = {}
    operations: list[dict[str, Any]] = []
    for op in specs.operations():
        ids = target.ids_for(op.operation_id)
        if not ids:
            continue
        dictionaries[op.operation_id] = {"values": list(ids)}
        binding = {"dictionary": op.operation_id, "probability": KNOWN_ID_PROBABILITY}
        operations.append(
            {"include-operation-id": op.operation_id, "parameters": {f"path.{op.path_parameter}": binding}}
        )
    config: dict[str, Any] = {
        "headers": dict(target.headers),
        "request-timeout": REQUEST_TIMEOUT_SECONDS,
        "generation": {
            "mode": mode.value,
            # Credentials are the target's; generated ones would only be refused.
            "with-security-parameters": False,
        },
        "phases": {"stateful": {"enabled": False}},
        "checks": {
            "positive_data_acceptance": {"expected-statuses": VALID_REQUEST_STATUSES},
            "negative_data_rejection": {"expected-statuses": INVALID_REQUEST_STATUSES},
            # These judge sequences of create/read/delete calls; four list operations offer none.
            **{name: {"enabled": False} for name in STATEFUL_CHECKS},
        },
        "dictionaries": dictionaries,
        "operations": operations,
    }
    if any_shape:
        config["phases"].update({"examples": {"enabled": False}, "coverage": {"enabled": False}})
    if target.read_only:
        # The coverage phase would probe POST, PUT, ... for a 405: not against a live API.
        config["phases"]["coverage"] = {"unexpected-methods": []}
    if rate_limit:
        config["rate-limit"] = rate_limit
    return config


def spec_for(target: Target, *, any_shape: bool = False) -> dict[str, Any]:
    """The request spec (open parameter objects for `any_shape`) with the target's ids as the path parameters' examples.

    The examples and coverage phases draw path values from examples (the dictionary binding
    above serves only the fuzzing phase), so their boundary cases on the query (`limit=0`,
    `limit=101`, ...) reach a resource that exists instead of stopping at a 404.
    """
    spec = specs.request_spec(closed=not any_shape)
    for op in specs.operations():
        ids = target.ids_for(op.operation_id)
        if not ids:
            continue
        for param in spec["paths"][op.path][op.method.lower()]["parameters"]:
            if param["in"] == "path":
                param.pop("example", None)
                param["examples"] = {f"existing_{index}": {"value": value} for index, value in enumerate(ids)}
                param["schema"] = {**param["schema"], "examples": list(ids)}
    return spec


def build(
    mode: GenerationMode, target: Target, rate_limit: str | None = None, *, any_shape: bool = False
) -> BaseSchema:
    """The schema for `mode`; `any_shape` generates parameter objects with any keys and nesting (fuzzing only)."""
    config = SchemathesisConfig.from_dict(config_for(mode, target, rate_limit, any_shape=any_shape))
    return schemathesis.openapi.from_dict(spec_for(target, any_shape=any_shape), config=config)


@functools.cache
def _token_validators(operation_id: str) -> dict[str, Draft202012Validator]:
    """The operation's paging-token parameters and validators of their schemas."""
    spec = specs.request_spec()
    found = {}
    for name in PAGING_TOKENS:
        try:
            found[name] = Draft202012Validator(specs.parameter_schema(spec, operation_id, name))
        except KeyError:
            continue
    return found


def prepare(case: Case[Any], target: Target) -> Case[Any]:
    """Make a generated case one the server can honour and judge, in place, before it is sent.

    Applied to every phase's cases (hooks do not reach the coverage phase). Edits replace whole
    containers, so Schemathesis revalidates the case's metadata: a case an edit made valid is
    judged as a valid one.
    - A paging token valid in form is dropped: only the server can issue a real one (a forged
      token is refused, see the assumptions suite); followed pages send real ones.
    - An `order` list asking for one field both ways keeps the first: Voucherify refuses the
      mix, a rule the schema cannot express.
    - A case breaking both the path and the query gets an existing id: servers check the id
      first, and the broken query would go untested behind the 400 for the id.
    """
    operation = specs.by_label(case.operation.label)
    meta = case.meta
    if operation is None or meta is None:  # cases the suite built itself are sent as they are
        return case
    query = dict(case.query)
    for name, validator in _token_validators(operation.operation_id).items():
        if name in query and validator.is_valid(query[name]):
            del query[name]
    order = query.get("order")
    if isinstance(order, list) and all(isinstance(item, str) for item in order):
        directions = {item.lstrip("-"): item for item in reversed(order)}  # the first wins
        query["order"] = [item for item in order if directions[item.lstrip("-")] == item]
    if query != case.query:
        case.query = query
    ids = target.ids_for(operation.operation_id)
    if ids and meta.is_negative_at(ParameterLocation.PATH) and meta.is_negative_at(ParameterLocation.QUERY):
        case.path_parameters = {**case.path_parameters, operation.path_parameter: ids[0]}
    _ = case.meta  # revalidate now, while the edits are fresh
    return case


@functools.cache
def _readers(operation_id: str) -> tuple[QueryRules, Draft202012Validator]:
    """How a server reads the operation's query (the mock's reading: our one model of Voucherify's) and its path."""
    op = shipped.operation(operation_id)
    return QueryRules(op), Draft202012Validator(inlined(op.path_parameter.schema), format_checker=FormatChecker())


def valid_as_sent(case: Case[Any], response: Response) -> bool:
    """Whether the request that went out reads as a valid one, whatever the case was generated as.

    Schemathesis knows when a broken scalar query value turns valid on the wire, not when a
    nested `filters` value does: a list broken into `null` goes out as `[$in]=null`, which a
    server reads as the one-item list `["null"]`. Such a case proves nothing about refusing
    invalid input, so it is not held to `negative_data_rejection`.
    """
    operation = specs.by_label(case.operation.label)
    if operation is None:
        return False
    query_rules, path_validator = _readers(operation.operation_id)
    try:
        query_rules.parse(urlsplit(str(response.request.url)).query)
    except ApiError:
        return False
    owner = case.path_parameters.get(operation.path_parameter)
    return isinstance(owner, str) and path_validator.is_valid(unquote(owner))
