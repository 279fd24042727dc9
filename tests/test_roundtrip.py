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
