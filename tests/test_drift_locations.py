"""Flattening operations to wire-level locations (scripts/spec_locations.py) and comparing them
(scripts/spec_compare.py): documents that model the same wire differently compare equal, and
each real difference is one finding at the right location."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from scripts.spec_compare import compare_operations, pair_operations, prefixes
from scripts.spec_locations import flatten, template

PATH = "/v2/things/{id}/activities"
KEY = f"GET {PATH}"


def document(parameters: list[dict[str, Any]], body: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """A one-operation OpenAPI document."""
    return {
        "openapi": "3.1.0",
        "paths": {
            PATH: {
                "get": {
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                        *parameters,
                    ],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": body}}}},
                }
            }
        },
        **extra,
    }


DEEP_FILTERS = {
    "name": "filters",
    "in": "query",
    "style": "deepObject",
    "explode": True,
    "schema": {
        "type": "object",
        "properties": {
            "junction": {"type": "string", "enum": ["AND", "OR"]},
            "type": {
                "type": "object",
                "properties": {
                    "conditions": {
                        "type": "object",
                        "properties": {
                            "$is": {"type": "string", "enum": ["a", "b"]},
                            "$in": {"type": "array", "minItems": 1, "maxItems": 10, "items": {"$ref": "#/$defs/T"}},
                        },
                    }
                },
            },
        },
    },
}
FLAT_FILTERS = [
    {"name": "filters[junction]", "in": "query", "schema": {"type": "string", "enum": ["OR", "AND"]}},
    {"name": "filters[type][conditions][$is]", "in": "query", "schema": {"type": "string", "enum": ["b", "a"]}},
    {
        "name": "filters[type][conditions][$in]",
        "in": "query",
        "schema": {"type": "array", "minItems": 1, "maxItems": 10, "items": {"type": "string", "enum": ["a", "b"]}},
    },
]
BODY = {"type": "object", "properties": {"data": {"type": "array", "items": {"type": "object"}}}}


def diff(source: dict[str, Any], spec: dict[str, Any]) -> list[tuple[str, str, str]]:
    pairing = pair_operations(source, spec)
    return sorted(
        (f.location, f.aspect, f.change) for theirs, ours in pairing.pairs for f in compare_operations(theirs, ours)
    )


def test_deep_object_and_flat_filter_parameters_are_the_same_wire() -> None:
    deep = document([DEEP_FILTERS], BODY, **{"$defs": {"T": {"type": "string", "enum": ["a", "b"]}}})
    deep["paths"][PATH]["get"]["parameters"][1]["schema"]["properties"]["type"]["properties"]["conditions"][
        "properties"
    ]["$in"]["items"] = {"type": "string", "enum": ["a", "b"]}
    flat = document(FLAT_FILTERS, BODY)
    assert diff(flat, deep) == [("query:filters", "model", "changed")]  # the wire is the same; the modelling is not
    locations = flatten(deep, PATH, "get").locations
    assert locations["query:filters[type][conditions][$in]"]["enum"] == ["a", "b"]
    assert locations["query:filters[type][conditions][$in]"]["maxItems"] == [10]


def test_a_condition_only_one_side_types_is_reported_once_per_condition() -> None:
    untyped = document([{"name": "filters[type][conditions]", "in": "query", "schema": {"type": "object"}}], BODY)
    typed = copy.deepcopy(document([DEEP_FILTERS], BODY))
    conditions = typed["paths"][PATH]["get"]["parameters"][1]["schema"]["properties"]["type"]["properties"]
    conditions["conditions"]["properties"]["$in"]["items"] = {"type": "string"}
    found = diff(untyped, typed)
    assert ("query:filters[type][conditions][$is]", "parameter", "gone") in found
    assert ("query:filters[type][conditions][$in]", "parameter", "gone") in found
    assert ("query:filters[junction]", "parameter", "gone") in found
    # the containers upstream only implies are no difference (how the filters are modelled is one)
    assert [f for f in found if f[0] in ("query:filters", "query:filters[type]")] == [
        ("query:filters", "model", "changed")
    ]


NULLABLE_STRING = [
    {"type": "string", "nullable": True},  # OpenAPI 3.0
    {"type": ["string", "null"]},  # 3.1
    {"oneOf": [{"type": "string"}, {"type": "null"}]},
    {"anyOf": [{"$ref": "#/components/schemas/S"}, {"type": "null"}]},
]


def test_every_spelling_of_nullable_is_the_same_facet() -> None:
    facets = []
    for schema in NULLABLE_STRING:
        body = {"type": "object", "properties": {"x": schema}}
        doc = document([], body, components={"schemas": {"S": {"type": "string"}}})
        facets.append(flatten(doc, PATH, "get").locations["response:x"])
    assert all(found == {"type": ["null", "string"], "required": "no"} for found in facets)


def test_union_variants_are_collected_by_property_path() -> None:
    variant_a = {"type": "object", "required": ["id", "a"], "properties": {"id": {"type": "string"}, "a": {}}}
    variant_b = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "b": {}}}
    body = {"type": "object", "properties": {"data": {"type": "array", "items": {"oneOf": [variant_a, variant_b]}}}}
    locations = flatten(document([], body), PATH, "get").locations
    assert locations["response:data[].id"]["required"] == "yes"
    assert locations["response:data[].a"]["required"] == "yes"
    assert "response:data[].b" in locations
    # the same properties under an undiscriminated union one level down compare equal
    nested = {
        "type": "object",
        "properties": {
            "data": {
                "type": "array",
                "items": {"allOf": [{"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}]}
                | {"oneOf": [{"required": ["a"], "properties": {"a": {}}}, {"properties": {"b": {}}}]},
            }
        },
    }
    assert diff(document([], nested), document([], body)) == []


def test_a_subtree_on_one_side_is_one_finding_with_a_count() -> None:
    deep = {
        "type": "object",
        "properties": {
            "a": {"type": "object", "properties": {"b": {}, "c": {"type": "object", "properties": {"d": {}}}}}
        },
    }
    shallow = {"type": "object", "properties": {}}
    pairing = pair_operations(document([], deep), document([], shallow))
    [finding] = compare_operations(*pairing.pairs[0])
    assert (finding.location, finding.aspect, finding.change) == ("response:a", "property", "new")
    assert finding.note == "and 3 locations below it"


def test_renamed_path_parameters_pair_and_are_reported() -> None:
    mine = document([], BODY)
    theirs = copy.deepcopy(mine)
    theirs["paths"] = {"/v2/things/{thingId}/activities": theirs["paths"][PATH]}
    theirs["paths"]["/v2/things/{thingId}/activities"]["get"]["parameters"][0]["name"] = "thingId"
    pairing = pair_operations(theirs, mine)
    assert len(pairing.pairs) == 1
    assert not pairing.source_only
    assert not pairing.spec_only
    [finding] = compare_operations(*pairing.pairs[0])
    assert (finding.location, finding.aspect, finding.source, finding.spec) == ("path:id", "name", "thingId", "id")


def test_operations_only_on_one_side() -> None:
    mine = document([], BODY)
    theirs = copy.deepcopy(mine)
    theirs["paths"]["/v2/other"] = {"post": {"responses": {}}}
    pairing = pair_operations(theirs, mine)
    assert pairing.source_only == ["POST /v2/other"]
    assert pair_operations(mine, theirs).spec_only == ["POST /v2/other"]


def test_security_schemes_compare_by_what_they_send_not_their_names() -> None:
    ours = document([], BODY, security=[{"AppId": [], "AppToken": []}, {"Bearer": []}])
    ours["components"] = {
        "securitySchemes": {
            "AppId": {"type": "apiKey", "in": "header", "name": "X-App-Id"},
            "AppToken": {"type": "apiKey", "in": "header", "name": "X-App-Token"},
            "Bearer": {"type": "http", "scheme": "bearer"},
        }
    }
    theirs = copy.deepcopy(ours)
    theirs["components"]["securitySchemes"] = {
        "X-App-Id": ours["components"]["securitySchemes"]["AppId"],
        "X-App-Token": ours["components"]["securitySchemes"]["AppToken"],
        "bearerAuth": {"type": "http", "scheme": "Bearer", "bearerFormat": "JWT"},
    }
    theirs["security"] = [{"X-App-Token": [], "X-App-Id": []}, {"bearerAuth": []}]
    assert diff(theirs, ours) == []
    theirs["security"] = [{"X-App-Token": [], "X-App-Id": [], "bearerAuth": []}]
    assert diff(theirs, ours) == [("security", "schemes", "changed")]


def test_server_variables_are_expanded() -> None:
    servers = [
        {"url": "https://{cluster}.example.io", "variables": {"cluster": {"default": "api", "enum": ["api", "eu"]}}}
    ]
    found = flatten(document([], BODY, servers=servers), PATH, "get").locations["servers"]
    assert found == {"urls": ["https://api.example.io", "https://eu.example.io"]}


def test_typed_map_values_sit_under_braces_and_open_objects_have_none() -> None:
    entry = {"type": "object", "properties": {"points": {"type": "integer"}}}
    body: dict[str, Any] = {
        "type": "object",
        "properties": {
            "campaigns": {"type": "object", "additionalProperties": entry},
            "metadata": {"type": "object", "additionalProperties": True},
        },
    }
    locations = flatten(document([], body), PATH, "get").locations
    assert locations["response:campaigns.{}.points"] == {"type": ["integer"], "required": "no"}
    assert not [location for location in locations if location.startswith("response:metadata.")]
    open_map = copy.deepcopy(body)
    del open_map["properties"]["campaigns"]["additionalProperties"]
    assert diff(document([], body), document([], open_map)) == [("response:campaigns.{}", "property", "new")]


def test_recursive_schemas_terminate() -> None:
    components = {
        "schemas": {"Node": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Node"}}}}
    }
    doc = document([], {"$ref": "#/components/schemas/Node"}, components=components)
    locations = flatten(doc, PATH, "get").locations
    assert "response:child" in locations
    assert "response:child.child" not in locations


def test_error_bodies_are_collected_and_statuses_listed() -> None:
    doc = document([], BODY)
    error = {"type": "object", "required": ["code"], "properties": {"code": {"type": "integer"}}}
    doc["paths"][PATH]["get"]["responses"]["404"] = {"content": {"application/json": {"schema": error}}}
    locations = flatten(doc, PATH, "get").locations
    assert locations["error:code"] == {"type": ["integer"], "required": "yes"}
    assert locations["responses"]["status"] == ["200", "404"]


def test_prefixes_and_templates() -> None:
    assert prefixes("response:a[].b") == ["response", "response:a", "response:a[]"]
    assert prefixes("query:filters[type][conditions]") == ["query", "query:filters", "query:filters[type]"]
    assert template("/v1/customers/{customerId}/activities") == "/v1/customers/{}/activities"


# ------------------------------------------------------------------------ Hypothesis

names = st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True)
leaf = st.fixed_dictionaries(
    {"type": st.sampled_from(["string", "integer", "boolean"])},
    optional={
        "enum": st.lists(st.sampled_from(["x", "y", "z"]), min_size=1, unique=True),
        "minimum": st.integers(0, 5),
    },
)
schemas = st.recursive(
    leaf,
    lambda inner: st.one_of(
        st.builds(lambda props: {"type": "object", "properties": props}, st.dictionaries(names, inner, max_size=4)),
        st.builds(lambda item: {"type": "array", "items": item}, inner),
        st.builds(lambda a, b: {"oneOf": [a, b]}, inner, inner),
    ),
    max_leaves=12,
)


@given(schemas)
def test_a_document_compares_equal_to_itself(body: dict[str, Any]) -> None:
    doc = document([], body)
    assert diff(doc, copy.deepcopy(doc)) == []


@given(schemas, names)
def test_a_new_property_is_exactly_one_finding(body: dict[str, Any], name: str) -> None:
    wrapped: dict[str, Any] = {"type": "object", "properties": {"known": body}}
    grown = copy.deepcopy(wrapped)
    grown["properties"][f"new_{name}"] = body
    assert diff(document([], grown), document([], wrapped)) == [(f"response:new_{name}", "property", "new")]
