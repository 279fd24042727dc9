"""The curated spec: valid OpenAPI 3.1, the four operations as the product states them, valid examples."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from scripts.bundle import BundleError, bundle, merge_fragment
from tests.spec_helpers import Validators, operations, resolve, response_examples

SPEC = bundle()


def test_bundled_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1.")
    validate(spec)


def test_the_four_operations() -> None:
    found = {(path, method, op["operationId"]) for path, item in SPEC["paths"].items() for method, op in item.items()}
    assert found == {
        ("/v1/customers/{customerId}/activities", "get", "list_customer_activities"),
        ("/v2/loyalties/programs/{id}/activities", "get", "list_program_activities"),
        ("/v2/loyalties/incentives/{id}/activities", "get", "list_incentive_activities"),
        ("/v2/loyalties/earning-rules/{id}/activities", "get", "list_earning_rule_activities"),
    }
    deprecated = {op_id for op_id, op in operations(SPEC) if op.get("deprecated")}
    assert deprecated == {"list_customer_activities"}


def test_every_operation_declares_the_error_statuses_and_rate_limit_headers() -> None:
    for operation_id, operation in operations(SPEC):
        responses = operation["responses"]
        assert {"200", "400", "401", "404", "429", "5XX"} <= responses.keys(), operation_id
        for status, response in responses.items():
            headers = resolve(SPEC, response).get("headers", {})
            assert {"X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Retry"} <= headers.keys(), (
                operation_id,
                status,
            )
        assert "Retry-After" in resolve(SPEC, responses["429"])["headers"]


def test_security_is_app_id_with_app_token_or_a_bearer_token() -> None:
    assert SPEC["security"] == [{"AppId": [], "AppToken": []}, {"BearerToken": []}]
    schemes = SPEC["components"]["securitySchemes"]
    assert (schemes["AppId"]["in"], schemes["AppId"]["name"]) == ("header", "X-App-Id")
    assert (schemes["AppToken"]["in"], schemes["AppToken"]["name"]) == ("header", "X-App-Token")
    assert (schemes["BearerToken"]["type"], schemes["BearerToken"]["scheme"]) == ("http", "bearer")


def test_servers_name_the_known_clusters() -> None:
    (server,) = SPEC["servers"]
    assert server["url"] == "https://{cluster}.voucherify.io"
    assert server["variables"]["cluster"]["enum"] == ["api", "us1.api", "as1.api"]


def all_examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, value) for every example the spec holds: responses, parameters, schemas."""
    for operation_id, status, name, schema, value in response_examples(spec):
        yield f"{operation_id} {status} {name}", schema, value
    for operation_id, operation in operations(spec):
        for parameter in (resolve(spec, p) for p in operation.get("parameters", [])):
            if "example" in parameter:
                yield f"{operation_id} parameter {parameter['name']}", parameter["schema"], parameter["example"]
            for name, example in parameter.get("examples", {}).items():
                yield f"{operation_id} parameter {parameter['name']} {name}", parameter["schema"], example["value"]
    for name, schema in spec["components"]["schemas"].items():
        for index, value in enumerate(schema.get("examples", [])):
            yield f"schema {name} example {index}", {"$ref": f"#/components/schemas/{name}"}, value


EXAMPLES = list(all_examples(SPEC))


@pytest.mark.parametrize(("schema", "value"), [(s, v) for _, s, v in EXAMPLES], ids=[w for w, _, _ in EXAMPLES])
def test_example_is_valid_against_its_schema(schema: dict[str, Any], value: Any, schema_validator: Validators) -> None:
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in schema_validator(schema).iter_errors(value)
    ]
    assert not errors, errors


def test_every_component_example_is_used_by_an_operation() -> None:
    used = {
        example["$ref"].rsplit("/", 1)[-1]
        for _, operation in operations(SPEC)
        for response in operation["responses"].values()
        for media in resolve(SPEC, response).get("content", {}).values()
        for example in media.get("examples", {}).values()
        if "$ref" in example
    }
    assert set(SPEC["components"].get("examples", {})) == used


def test_each_operation_has_several_200_examples() -> None:
    counts: dict[str, int] = {}
    for operation_id, status, _, _, _ in response_examples(SPEC):
        if status == "200":
            counts[operation_id] = counts.get(operation_id, 0) + 1
    assert {op_id for op_id, _ in operations(SPEC)} == set(counts)
    assert min(counts.values()) >= 3, counts


def test_bundle_refuses_a_component_defined_twice() -> None:
    document: dict[str, Any] = {"components": {"schemas": {"Error": {}}}}
    with pytest.raises(BundleError, match="components/schemas/Error is defined twice"):
        merge_fragment(document, {"components": {"schemas": {"Error": {}}}}, "b.yaml")


def test_bundle_refuses_a_path_defined_twice() -> None:
    document: dict[str, Any] = {"paths": {"/a": {}}}
    with pytest.raises(BundleError, match="path /a is defined twice"):
        merge_fragment(document, {"paths": {"/a": {}}}, "b.yaml")


def test_bundle_refuses_fragments_with_other_top_level_keys(tmp_path: Path) -> None:
    (tmp_path / "openapi.yaml").write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\n")
    (tmp_path / "extra.yaml").write_text("info: {title: again}\n")
    with pytest.raises(BundleError, match="only paths and components"):
        bundle(tmp_path)
