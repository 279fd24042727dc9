"""Shared pieces of the mock's tests: an in-process app, a reference filter, query encoding, spec validators.

No tests here; the test_mock_* modules import from it.
"""

from __future__ import annotations

import datetime
import json
from typing import Any
from urllib.parse import urlencode

from voucherify_activities.conformance.mock import MockApp, MockConfig, Response

from voucherify_activities.spec import load_spec

from .spec_helpers import validators

HEADERS = [(b"x-app-id", b"app"), (b"x-app-token", b"token")]
KIND_PATH = {
    "program": "/v2/loyalties/programs/{}/activities",
    "incentive": "/v2/loyalties/incentives/{}/activities",
    "earning_rule": "/v2/loyalties/earning-rules/{}/activities",
    "customer": "/v1/customers/{}/activities",
}
PAGE_SCHEMA = {
    "program": "ProgramActivityPage",
    "incentive": "IncentiveActivityPage",
    "earning_rule": "EarningRuleActivityPage",
    "customer": "CustomerActivityList",
}
CONDITIONS = {  # the spec's conditions schemas, per kind and field
    "program": ("ProgramActivityIdConditions", "ProgramActivityTypeConditions"),
    "incentive": ("IncentiveActivityIdConditions", "IncentiveActivityTypeConditions"),
    "earning_rule": ("EarningRuleActivityIdConditions", "EarningRuleActivityTypeConditions"),
}
TYPE_ENUMS = {
    "program": "ProgramActivityType",
    "incentive": "IncentiveActivityType",
    "earning_rule": "EarningRuleActivityType",
}

_VALIDATE = validators(load_spec())
_APPS: dict[tuple[int, int], MockApp] = {}


def app(seed: int = 3, size: int = 3000) -> MockApp:
    """A shared in-process app per (seed, size); tests must not change its state."""
    if (seed, size) not in _APPS:
        _APPS[(seed, size)] = MockApp(MockConfig(seed=seed, size=size))
    return _APPS[(seed, size)]


def get(mock: MockApp, kind: str, owner: str, query: str | list[tuple[str, Any]] = "", headers: Any = None) -> Response:
    raw = query if isinstance(query, str) else urlencode(query)
    return mock.handle("GET", KIND_PATH[kind].format(owner), raw, HEADERS if headers is None else headers)


def schema_errors(name: str, body: Any) -> list[str]:
    validator = _VALIDATE({"$ref": f"#/components/schemas/{name}"})
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(body)]


def spec_enum(name: str) -> list[str]:
    return list(load_spec()["components"]["schemas"][name]["enum"])


def operators(kind: str) -> tuple[list[str], list[str]]:
    """(id operators, type operators) the spec allows for a v2 kind."""
    schemas = load_spec()["components"]["schemas"]
    id_schema, type_schema = CONDITIONS[kind]
    return list(schemas[id_schema]["properties"]), list(schemas[type_schema]["properties"])


def all_activities(mock: MockApp, kind: str, owner: str) -> list[dict[str, Any]]:
    """Every activity of an owner, straight from the store (the reference side of the tests)."""
    log = mock.store.find(kind, owner)
    assert log is not None
    return [json.loads(log.render(pos)) for pos in range(len(log))]


def when(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def reference_v2(activities: list[dict[str, Any]], filters: dict[str, Any], descending: bool) -> list[str]:
    """Ids the filters select, in order; written from the docs' semantics, independent of the mock's indexes."""

    def field_ok(activity: dict[str, Any], name: str, conditions: dict[str, Any]) -> bool:  # noqa: PLR0911
        value = activity[name]
        for operator, wanted in conditions.items():
            if operator == "$is" and value != wanted:
                return False
            if operator == "$is_not" and value == wanted:
                return False
            if operator == "$in" and value not in wanted:
                return False
            if operator == "$not_in" and value in wanted:
                return False
            if operator == "$after" and not when(value) > when(wanted):
                return False
            if operator == "$before" and not when(value) < when(wanted):
                return False
        return True

    def selected(activity: dict[str, Any]) -> bool:
        results = [
            field_ok(activity, name, filters[name]["conditions"])
            for name in ("id", "type", "created_at")
            if filters.get(name, {}).get("conditions")
        ]
        if not results:
            return True
        return any(results) if filters.get("junction") == "OR" else all(results)

    chosen = sorted((when(a["created_at"]), a["id"]) for a in activities if selected(a))
    ids = [activity_id for _, activity_id in chosen]
    return ids[::-1] if descending else ids


def encode_filters(filters: dict[str, Any], array_form: str) -> list[tuple[str, str]]:
    """Wire pairs for `filters`; arrays as `indexed` ([$in][0]=), `repeated` ([$in]=) or `empty` ([$in][]=)."""
    pairs: list[tuple[str, str]] = []

    def emit(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                emit(f"{prefix}[{key}]", item)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                suffix = {"indexed": f"[{index}]", "repeated": "", "empty": "[]"}[array_form]
                pairs.append((prefix + suffix, item))
        else:
            pairs.append((prefix, value))

    emit("filters", filters)
    return pairs
