"""Helpers for reading the bundled spec in tests: operations, $ref resolution, schema validators."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:voucherify-activities:openapi"

Validators = Callable[[dict[str, Any]], Draft202012Validator]


def operations(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(operation id, operation) for every operation in the spec."""
    return [(op["operationId"], op) for item in spec["paths"].values() for op in item.values() if "operationId" in op]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local $ref, transitively."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def validators(spec: dict[str, Any]) -> Validators:
    """A factory of JSON Schema 2020-12 validators (formats checked) whose $refs resolve in ``spec``."""
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )

    def build(schema: dict[str, Any]) -> Draft202012Validator:
        if schema.get("$ref", "").startswith("#"):
            schema = {**schema, "$ref": SPEC_URI + schema["$ref"]}
        return Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)

    return build


def response_examples(spec: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any], Any]]:
    """(operation id, status, example name, schema, value) for every response example."""
    for operation_id, operation in operations(spec):
        for status, response in operation.get("responses", {}).items():
            for media in resolve(spec, response).get("content", {}).values():
                schema = media["schema"]
                if "example" in media:
                    yield operation_id, status, "example", schema, media["example"]
                for name, example in media.get("examples", {}).items():
                    yield operation_id, status, name, schema, resolve(spec, example)["value"]
