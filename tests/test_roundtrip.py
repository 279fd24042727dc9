"""Every 200 example parses with the generated models, and to_dict() gives back exactly the input."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scripts.bundle import bundle
from tests.spec_helpers import response_examples
from voucherify_activities import models

SPEC = bundle()
OK_EXAMPLES = [
    (f"{operation_id} {name}", schema["$ref"].rsplit("/", 1)[-1], value)
    for operation_id, status, name, schema, value in response_examples(SPEC)
    if status == "200"
]


def canonical(value: Any) -> str:
    """Key order does not matter on the wire; types do (1 is not 1.0, "1" is not 1)."""
    return json.dumps(value, sort_keys=True)


def round_trip(model_name: str, value: Any) -> Any:
    model = getattr(models, model_name)
    return model.from_dict(value).to_dict()


@pytest.mark.parametrize(
    ("model_name", "value"), [(m, v) for _, m, v in OK_EXAMPLES], ids=[i for i, _, _ in OK_EXAMPLES]
)
def test_example_round_trips_exactly(model_name: str, value: Any) -> None:
    assert canonical(round_trip(model_name, value)) == canonical(value)


def test_there_are_examples_for_every_operation() -> None:
    assert {ident.split()[0] for ident, _, _ in OK_EXAMPLES} == {
        "list_customer_activities",
        "list_program_activities",
        "list_incentive_activities",
        "list_earning_rule_activities",
    }


def objects_in(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths of every JSON object inside ``value``."""
    found: list[tuple[Any, ...]] = []
    if isinstance(value, dict):
        found.append(path)
        for key, item in value.items():
            found.extend(objects_in(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(objects_in(item, (*path, index)))
    return found


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@st.composite
def example_with_unknown_fields(draw: st.DrawFn) -> tuple[str, Any]:
    """A 200 example with fields the spec does not declare added to some of its objects."""
    _, model_name, value = draw(st.sampled_from(OK_EXAMPLES))
    value = json.loads(json.dumps(value))
    paths = objects_in(value)
    for path in draw(st.lists(st.sampled_from(paths), min_size=1, max_size=5)):
        node = value
        for step in path:
            node = node[step]
        node[f"x_undeclared_{draw(st.integers(0, 99))}"] = draw(json_values)
    return model_name, value


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(example_with_unknown_fields())
def test_undeclared_fields_survive_the_round_trip(case: tuple[str, Any]) -> None:
    model_name, value = case
    assert canonical(round_trip(model_name, value)) == canonical(value)


def values_at(value: Any, key: str) -> list[Any]:
    """Every value stored under ``key`` anywhere inside ``value``."""
    found: list[Any] = []
    if isinstance(value, dict):
        for name, item in value.items():
            if name == key:
                found.append(item)
            found.extend(values_at(item, key))
    elif isinstance(value, list):
        for item in value:
            found.extend(values_at(item, key))
    return found


def examples_of(operation_id: str) -> list[Any]:
    return [value for ident, _, value in OK_EXAMPLES if ident.split()[0] == operation_id]


def enum_of(schema_name: str) -> set[str]:
    return set(SPEC["components"]["schemas"][schema_name]["enum"])


def test_examples_cover_the_variants() -> None:
    """The round trip above is only as good as the payloads: they must cover every variant."""
    incentives = examples_of("list_incentive_activities")
    assert {i["type"] for i in values_at(incentives, "incentive")} == enum_of("IncentiveType")
    earning_rules = examples_of("list_earning_rule_activities")
    assert {e["type"] for e in values_at(earning_rules, "points_expiration") if e} == enum_of("PointsExpirationType")
    customer_types = {a["type"] for page in examples_of("list_customer_activities") for a in page["data"]}
    assert len(customer_types) >= 8, customer_types
    for operation_id in ("list_program_activities", "list_incentive_activities", "list_earning_rule_activities"):
        cursors = [page.get("cursor") for page in examples_of(operation_id)]
        assert None in cursors, f"{operation_id}: no last page (null cursor) among the examples"
        assert any(cursors), f"{operation_id}: no page with a cursor among the examples"


ENUM_KEYS = ("type", "status", "channel", "calculation_type", "unit")


def enum_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths of every string stored under a key that holds an enum value in the spec's objects."""
    found: list[tuple[Any, ...]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ENUM_KEYS and isinstance(item, str):
                found.append((*path, key))
            found.extend(enum_paths(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(enum_paths(item, (*path, index)))
    return found


@st.composite
def example_with_unknown_enum_values(draw: st.DrawFn) -> tuple[str, Any]:
    """A 200 example where enum values Voucherify may add later replace documented ones."""
    _, model_name, value = draw(st.sampled_from(OK_EXAMPLES))
    value = json.loads(json.dumps(value))
    paths = enum_paths(value)
    if paths:
        for path in draw(st.lists(st.sampled_from(paths), min_size=1, max_size=4)):
            node = value
            for step in path[:-1]:
                node = node[step]
            node[path[-1]] = draw(st.text(max_size=12))
    return model_name, value


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(example_with_unknown_enum_values())
def test_unknown_enum_values_survive_the_round_trip(case: tuple[str, Any]) -> None:
    model_name, value = case
    assert canonical(round_trip(model_name, value)) == canonical(value)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(example_with_unknown_fields())
def test_the_round_trip_is_exact_after_every_field_was_read(case: tuple[str, Any]) -> None:
    """Reading every field first (each object parsed into typed values) changes nothing either."""
    model_name, value = case
    model = getattr(models, model_name).from_dict(value)
    read_everything(model)
    assert canonical(model.to_dict()) == canonical(value)


def read_everything(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            read_everything(item)
    elif hasattr(node, "__attrs_attrs__"):
        for field in node.__attrs_attrs__:
            read_everything(getattr(node, field.name, None))
