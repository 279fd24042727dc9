"""Unit tests of the docs-page fact engine (scripts/docs_pages.py): parsing, mapping, spec side."""

from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scripts import docs_pages
from scripts.docs_pages import Fact, PageError, Range, Rule, key_paths, read_values, tokenize

# ------------------------------------------------------------------------------ parsing


def kinds(text: str) -> list[str]:
    return [token.kind for token in tokenize(text)]


def values_of(text: str, kind: str) -> list[Any]:
    return [token.value for token in tokenize(text) if token.kind == kind]


ORDER = (
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
    "type",
    "-type",
    "code",
    "-code",
    "campaign",
    "-campaign",
    "category",
    "-category",
)


def test_one_value_per_line_with_leading_commas() -> None:
    text = (
        "Sorts the results using one of the filtering options, where the dash -\n"
        "preceding a sorting option means sorting in a descending order.\n"
        "created_at\n, -created_at\n, updated_at\n, -updated_at\n, type\n, -type\n, code\n, -code\n"
        ", campaign\n, -campaign\n, category\n, -category\nA cursor for pagination. starting_after\n"
    )
    assert values_of(text, "enum") == [ORDER]


def test_one_line_list_run_into_the_next_description() -> None:
    text = (
        "1 <= x <= 100Sorts the results using one of the filtering options, where the dash - preceding a"
        " sorting option means sorting in a descending order.\n"
        + ", ".join(ORDER)
        + " A cursor for pagination. starting_after is a date-time value"
    )
    assert kinds(text) == ["bounds", "enum"]
    assert values_of(text, "enum") == [ORDER]
    assert values_of(text, "bounds") == [Range(1, 100)]


def test_values_across_lines_after_a_colon() -> None:
    text = (
        "Filter by activity type. Supports conditions $is, $is_not, $in, $not_in.\n"
        "Valid values: vl.program.created, vl.program.updated, vl.program.deleted,\n"
        "vl.program.activated, vl.program.deactivated,\n"
        "vl.program.tier_structure.assigned, vl.program.tier_structure.unassigned\n"
        "Filter by activity creation date.\n"
    )
    [values] = values_of(text, "enum")
    assert len(values) == 7
    assert values[0] == "vl.program.created"
    assert values[-1] == "vl.program.tier_structure.unassigned"


@pytest.mark.parametrize(
    "prose",
    [
        "Sorts the results using one of the filtering options, where the dash - preceding",
        "Summary of customer's referrals, in this case, the customer being the referee, i.e. information",
        "Sort order for activities. Default: -created_at.",
        "Supports filtering by activity id, type, and created_at.",
        "Bearer authentication header of the form Bearer <token>, where <token> is your auth token.",
        "Vincent is here! Just say the word, and Vincent will build the campaigns for you!",
    ],
)
def test_comma_separated_prose_is_not_a_value_list(prose: str) -> None:
    assert values_of(prose + "\n", "enum") == []


def test_enum_then_example_value() -> None:
    text = 'Determines the channel that initiated the event.\nUSER_PORTAL, API, CLIENT_API, INTERNAL "API"\n'
    assert values_of(text, "enum") == [("USER_PORTAL", "API", "CLIENT_API", "INTERNAL")]


def test_patterns_run_together_with_the_next_text() -> None:
    text = (
        "Unique program identifier\n^lprg_[a-f0-9]+$Filter by activity id. Supports conditions $is, $in.\n"
        "Cursor for pagination (from previous response)\n^lcrsapr_[a-f0-9]+$Was this page helpful?"
    )
    assert values_of(text, "pattern") == ["^lprg_[a-f0-9]+$", "^lcrsapr_[a-f0-9]+$"]
    assert kinds(text) == ["pattern", "filter", "pattern"]


def test_incentive_conditions_run_together() -> None:
    types = "vl.incentive.created, vl.incentive.updated, vl.incentive.deleted"
    text = (
        "Logical junction between filter conditions.\n"
        "AND, OR ^lainc_[a-f0-9]+$^lainc_[a-f0-9]+$1 - 100 elements^lainc_[a-f0-9]+$1 - 100 elements"
        f"^lainc_[a-f0-9]+${types} {types} 1 - 10 elements{types} 1 - 10 elements{types} Was this page helpful?"
    )
    assert kinds(text) == [
        "enum",
        "pattern",
        "pattern",
        "items",
        "pattern",
        "items",
        "pattern",
        "enum",
        "enum",
        "items",
        "enum",
        "items",
        "enum",
    ]
    enums = values_of(text, "enum")
    assert enums[0] == ("AND", "OR")
    assert enums[1:] == [tuple(types.split(", "))] * 4
    assert values_of(text, "items") == [Range(1, 100), Range(1, 100), Range(1, 10), Range(1, 10)]


def test_example_json_run_together_with_the_surrounding_text() -> None:
    text = (
        "curl --request GET \\\n--url https://{cluster}.voucherify.io/v1/customers/{customerId}/activities \\\n"
        '--header \'X-App-Token: <api-key>\'{\n"data": [\n{\n"id": "<string>",\n"data": {"incentive": '
        '{"points": {"value": 4611686018427388000}}}\n}\n],\n"cursor": {\n"next": "<string>"\n}\n}⚠️ BETA endpoint\n'
        '--header \'X-App-Token: <api-key>\'{"object": "list", "data": []}Documentation Index\n'
    )
    objects = values_of(text, "json")
    assert len(objects) == 2
    assert list(key_paths(objects[0])) == [
        "data",
        "data[].id",
        "data[].data",
        "data[].data.incentive",
        "data[].data.incentive.points",
        "data[].data.incentive.points.value",
        "cursor",
        "cursor.next",
    ]
    assert objects[1] == {"object": "list", "data": []}


def test_nothing_is_read_inside_example_json() -> None:
    text = '{"a": "^x_[a-f]+$", "b": "1 <= x <= 5", "c": "A, B"}\nAND, OR'
    assert kinds(text) == ["json", "enum"]


def test_key_paths_of_nested_arrays_and_empty_objects() -> None:
    value = {"a": [[{"b": 1}], [{"c": {}}]], "d": {}, "e": ["x"]}
    assert list(key_paths(value)) == ["a", "a[][].b", "a[][].c", "d", "e"]


def test_read_values_takes_a_single_value_run_into_prose() -> None:
    text = "The type of the object represented by JSON.\ncustomer The ID of an existing customer"
    assert read_values(text, text.index("\n")) == ("customer",)
    assert read_values("  AND, OR Maximum", 0) == ("AND", "OR")
    assert read_values(' "quoted"', 0) == ()


# ----------------------------------------------------------------------- Hypothesis: parsing

lower_value = st.from_regex(r"-?[a-z_][a-z0-9_]{0,12}(\.[a-z0-9_]{1,8}){0,3}", fullmatch=True)
upper_value = st.from_regex(r"[A-Z][A-Z0-9_]{0,12}", fullmatch=True)
value_lists = st.one_of(
    st.lists(lower_value, min_size=2, max_size=20, unique=True),
    st.lists(upper_value, min_size=2, max_size=20, unique=True),
)
separators = st.sampled_from([", ", "\n, ", ",\n", " , ", ","])
before_list = st.sampled_from(
    [
        "",
        "Event type.\n",
        "Valid values: ",
        "Allowed values:\n",
        "^lainc_[a-f0-9]+$",
        "1 - 10 elements",
        "1 <= x <= 100Sort order.\n",
        "AND, OR ",
        '{"a": 1}',
    ]
)
after_list = st.sampled_from(
    [
        "",
        "\n",
        " Next description.",
        ' "EXAMPLE"',
        " 1 - 10 elements",
        "^x_[a-f]+$",
        "\nCity\n",
        " Was this page helpful?",
    ]
)


@given(value_lists, separators, before_list, after_list)
def test_value_lists_are_read_whole(values: list[str], separator: str, before: str, after: str) -> None:
    text = before + separator.join(values) + after
    assert tuple(values) in values_of(text, "enum")


pattern_body = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Z", "Cc"), blacklist_characters="${}"), min_size=1, max_size=30
)
run_on_text = st.text(alphabet=string.ascii_letters + string.digits + " .,?!'\"", max_size=40)


@given(pattern_body, run_on_text, st.sampled_from(["", "Unique program identifier\n", "AND, OR "]))
def test_patterns_end_at_their_dollar(body: str, after: str, before: str) -> None:
    text = f"{before}^{body}${after}"
    assert values_of(text, "pattern")[0] == f"^{body}$"


@given(
    st.integers(0, 10**6),
    st.integers(0, 10**6),
    st.sampled_from([" ", ""]),
    st.sampled_from(["", "Sorts the results", "vl.incentive.created, vl.incentive.updated", "\n"]),
)
def test_bounds_and_element_bounds_run_together(low: int, high: int, space: str, after: str) -> None:
    text = f"Limits.\n{low}{space}<={space}x{space}<={space}{high}{after}\n{low}{space}-{space}{high} elements{after}"
    assert values_of(text, "bounds") == [Range(low, high)]
    assert values_of(text, "items") == [Range(low, high)]


json_keys = st.text(alphabet=string.ascii_lowercase + "_", min_size=1, max_size=8)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(json_keys, children, max_size=4),
    max_leaves=20,
)
json_objects = st.dictionaries(json_keys, json_values, min_size=1, max_size=5)


@given(json_objects, st.sampled_from([None, 0, 2]), st.sampled_from(["⚠️ BETA endpoint", "Documentation Index", ""]))
def test_example_json_is_extracted_whole(obj: dict[str, Any], indent: int | None, after: str) -> None:
    curl = "--url https://{cluster}.voucherify.io/x/{id} \\\n--header 'X-App-Token: <api-key>'"
    text = f"{curl}{json.dumps(obj, indent=indent)}{after}"
    assert values_of(text, "json") == [obj]


# ------------------------------------------------------------------------------ mapping

PAGE = (
    '--header \'X-App-Token: <api-key>\'{"data": [{"id": "x", "type": "a"}]}BETA\n'
    '--header \'X-App-Token: <api-key>\'{"data": [{"id": "x", "type": "a"}], "cursor": null}Index\n'
    "Unique thing identifier\n^th_[a-f0-9]+$Filter by type.\n"
    "Valid values: t.one, t.two,\nt.three\n"
    "Logical junction\nAND, OR ^ev_[a-f]+$^ev_[a-f]+$1 - 5 elements^ev_[a-f]+$\n"
    "The type of the object represented by JSON.\nthing The ID of something.\n"
)


def test_rules_map_tokens_to_locations() -> None:
    rules = [
        Rule("pattern", "Unique thing identifier", ("path:id",)),
        Rule("enum", "Valid values:", ("query:filters[type][conditions][$is]", "query:filters[type][conditions][$in]")),
        Rule("enum", "Logical junction", ("query:filters[junction]",)),
        Rule("pattern", "Logical junction", ("query:filters[id][conditions][$in]",), nth=2),
        Rule("items", "Logical junction", ("query:filters[id][conditions][$in]",)),
        Rule("enum", "represented by JSON.\n", ("response:object",), immediate=True),
        Rule("example_keys", None, ("response",)),
    ]
    facts = docs_pages.facts_from_page("GET /x", PAGE, rules, "page.txt")
    assert [(f.location, f.kind, f.value) for f in facts] == [
        ("path:id", "pattern", "^th_[a-f0-9]+$"),
        ("query:filters[type][conditions][$is]", "enum", ("t.one", "t.two", "t.three")),
        ("query:filters[type][conditions][$in]", "enum", ("t.one", "t.two", "t.three")),
        ("query:filters[junction]", "enum", ("AND", "OR")),
        ("query:filters[id][conditions][$in]", "pattern", "^ev_[a-f]+$"),
        ("query:filters[id][conditions][$in]", "items", Range(1, 5)),
        ("response:object", "enum", ("thing",)),
        ("response", "example_keys", ("data", "data[].id", "data[].type", "cursor")),
    ]
    assert all(f.operation == "GET /x" and f.source == "page.txt" for f in facts)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (Rule("pattern", "Nowhere on the page", ("path:id",)), "occurs 0 times"),
        (Rule("pattern", "--header", ("path:id",)), "occurs 2 times"),
        (Rule("bounds", "Unique thing identifier", ("query:limit",)), "found 0"),
        (Rule("pattern", "Logical junction", ("path:id",), nth=9), "found 3"),
        (Rule("enum", "represented by JSON.\n", ("response:object",)), "found 0"),
        (Rule("enum", "Unique thing identifier\n", ("response:object",), immediate=True), "no values"),
    ],
)
def test_rules_that_do_not_fit_the_page_raise(rule: Rule, message: str) -> None:
    with pytest.raises(PageError, match=message):
        docs_pages.facts_from_page("GET /x", PAGE, [rule])


def test_a_fact_is_not_taken_from_past_the_next_anchor() -> None:
    rules = [
        Rule("pattern", "Filter by type.", ("query:filters[id][conditions][$is]",)),  # its pattern is missing
        Rule("enum", "Logical junction", ("query:filters[junction]",)),
    ]
    with pytest.raises(PageError, match="past 'Logical junction'"):
        docs_pages.facts_from_page("GET /x", PAGE, rules)


def test_pages_of_one_operation_are_merged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Sort order\ncreated_at, -created_at Next.\n1 <= x <= 100\n")
    (tmp_path / "b.txt").write_text("Sort order\n-created_at, created_at Cursor.\n")
    rules = (Rule("enum", "Sort order", ("query:order",)), Rule("bounds", "Next.", ("query:limit",)))
    monkeypatch.setattr(docs_pages, "PAGE_MAP", {"a.txt": ("GET /x", rules), "b.txt": ("GET /x", rules[:1])})
    facts = docs_pages.load_page_facts(tmp_path)
    assert facts == {
        "GET /x": [
            Fact("GET /x", "query:order", "enum", ("created_at", "-created_at")),
            Fact("GET /x", "query:limit", "bounds", Range(1, 100)),
        ]
    }


def test_pages_that_disagree_raise(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Sort order\ncreated_at, -created_at Next.\n")
    (tmp_path / "b.txt").write_text("Sort order\ncreated_at, -created_at, type Next.\n")
    rules = (Rule("enum", "Sort order", ("query:order",)),)
    monkeypatch.setattr(docs_pages, "PAGE_MAP", {"a.txt": ("GET /x", rules), "b.txt": ("GET /x", rules)})
    with pytest.raises(PageError, match=r"a\.txt states enum"):
        docs_pages.load_page_facts(tmp_path)


def test_a_missing_page_raises(tmp_path: Path) -> None:
    with pytest.raises(PageError, match="docs page missing"):
        docs_pages.load_page_facts(tmp_path)


def test_the_location_map_names_the_four_operations() -> None:
    assert {operation for operation, _ in docs_pages.PAGE_MAP.values()} == {
        docs_pages.V1_CUSTOMER,
        docs_pages.V2_PROGRAM,
        docs_pages.V2_INCENTIVE,
        docs_pages.V2_EARNING_RULE,
    }


# ---------------------------------------------------------------------------- spec side

OP = "GET /v2/things/{id}/activities"
TYPES = ["t.one", "t.two"]


def make_spec() -> dict[str, Any]:
    """A small spec encoded the way the project's is: $refs, deepObject filters, unions."""
    type_enum = {"type": "string", "enum": list(TYPES)}
    return {
        "openapi": "3.1.0",
        "paths": {
            "/v2/things/{id}/activities": {
                "parameters": [{"$ref": "#/components/parameters/ThingId"}],
                "get": {
                    "parameters": [
                        {
                            "name": "filters",
                            "in": "query",
                            "style": "deepObject",
                            "explode": True,
                            "schema": {"$ref": "#/components/schemas/Filters"},
                        },
                        {"$ref": "#/components/parameters/Order"},
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
                    ],
                    "responses": {"200": {"$ref": "#/components/responses/Page"}},
                },
            }
        },
        "components": {
            "parameters": {
                "ThingId": {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": "^th_[a-f0-9]+$"},
                },
                "Order": {
                    "name": "order",
                    "in": "query",
                    "schema": {
                        "oneOf": [
                            {"$ref": "#/components/schemas/OrderKey"},
                            {"type": "array", "items": {"$ref": "#/components/schemas/OrderKey"}},
                        ]
                    },
                },
            },
            "responses": {
                "Page": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}},
                }
            },
            "schemas": {
                "OrderKey": {"type": "string", "enum": ["created_at", "-created_at"]},
                "Filters": {
                    "type": "object",
                    "properties": {
                        "junction": {"type": "string", "enum": ["AND", "OR"]},
                        "type": {
                            "type": "object",
                            "properties": {
                                "conditions": {
                                    "type": "object",
                                    "properties": {
                                        "$is": type_enum,
                                        "$in": {"type": "array", "minItems": 1, "maxItems": 10, "items": type_enum},
                                    },
                                }
                            },
                        },
                    },
                },
                "Page": {
                    "type": "object",
                    "properties": {
                        "data": {"type": "array", "items": {"$ref": "#/components/schemas/Activity"}},
                        "cursor": {"oneOf": [{"$ref": "#/components/schemas/Cursor"}, {"type": "null"}]},
                    },
                },
                "Cursor": {"type": "object", "properties": {"next": {"type": "string"}}},
                "Activity": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/ActivityOne"},
                        {"$ref": "#/components/schemas/ActivityTwo"},
                    ],
                    "discriminator": {
                        "propertyName": "type",
                        "mapping": {
                            "t.one": "#/components/schemas/ActivityOne",
                            "t.two": "#/components/schemas/ActivityTwo",
                        },
                    },
                },
                "Common": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "type": {"type": "string"},
                        "channel": {"type": "string", "enum": ["API", "INTERNAL"]},
                    },
                },
                "ActivityOne": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Common"},
                        {
                            "properties": {
                                "type": {"const": "t.one"},
                                "data": {
                                    "type": "object",
                                    "properties": {
                                        "thing": {"type": "object", "properties": {"object": {"const": "thing"}}}
                                    },
                                },
                            }
                        },
                    ]
                },
                "ActivityTwo": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Common"},
                        {
                            "properties": {
                                "type": {"const": "t.two"},
                                "data": {
                                    "type": "object",
                                    "properties": {
                                        "thing": {"type": "object", "properties": {"object": {"type": "string"}}}
                                    },
                                },
                            }
                        },
                    ]
                },
            },
        },
    }


def check(kind: docs_pages.Kind, location: str, value: Any, spec: dict[str, Any] | None = None) -> list[str]:
    return docs_pages.check_fact(spec or make_spec(), Fact(OP, location, kind, value))


@pytest.mark.parametrize(
    ("kind", "location", "value"),
    [
        ("pattern", "path:id", "^th_[a-f0-9]+$"),
        ("bounds", "query:limit", Range(1, 100)),
        ("enum", "query:order", ("-created_at", "created_at")),
        ("enum", "query:filters[junction]", ("AND", "OR")),
        ("enum", "query:filters[type][conditions][$is]", tuple(TYPES)),
        ("enum", "query:filters[type][conditions][$in]", tuple(TYPES)),
        ("items", "query:filters[type][conditions][$in]", Range(1, 10)),
        ("enum", "response:data[].type", tuple(TYPES)),
        ("enum", "response:data[].channel", ("INTERNAL", "API")),
        ("enum", "response:data[type=t.one].data.thing.object", ("thing",)),
        ("example_keys", "response", ("data", "data[].id", "data[].data.thing.object", "cursor", "cursor.next")),
    ],
)
def test_encoded_facts_pass(kind: docs_pages.Kind, location: str, value: Any) -> None:
    assert check(kind, location, value) == []


def test_enum_reports_missing_and_extra_values() -> None:
    [problem] = check("enum", "query:filters[type][conditions][$in]", ("t.one", "t.three"))
    assert "missing ['t.three']" in problem
    assert "extra ['t.two']" in problem


def test_every_form_of_a_parameter_must_hold_the_enum() -> None:
    spec = make_spec()
    spec["components"]["parameters"]["Order"]["schema"]["oneOf"][1]["items"] = {"type": "string"}
    assert check("enum", "query:order", ("created_at", "-created_at"), spec) == [
        "query:order: 1 of 2 alternatives not restricted by enum/const"
    ]


def test_response_union_must_cover_every_value() -> None:
    [problem] = check("enum", "response:data[].type", ("t.one", "t.two", "t.three"))
    assert "missing ['t.three']" in problem


def test_variant_selection_follows_the_discriminator() -> None:
    [problem] = check("enum", "response:data[type=t.two].data.thing.object", ("thing",))
    assert "not restricted" in problem
    assert check("enum", "response:data[type=t.nine].data.thing.object", ("thing",)) == [
        "response:data[type=t.nine].data.thing.object: the 200 body > data > [] has no variant with type=t.nine"
    ]


def test_missing_locations_are_named() -> None:
    assert check("enum", "query:filters[type][conditions][$not_in]", tuple(TYPES)) == [
        "query:filters[type][conditions][$not_in]: query parameter 'filters' > type > conditions"
        " has no property '$not_in'"
    ]
    assert check("pattern", "query:cursor", "^c_$") == ["query:cursor: query parameter 'cursor' is not declared"]
    [problem] = check("enum", "query:limit[x]", ("a",))
    assert "deepObject" in problem


def test_wrong_constraints_are_reported() -> None:
    assert check("items", "query:filters[type][conditions][$in]", Range(1, 100)) == [
        "query:filters[type][conditions][$in]: maxItems is [10], docs: 100"
    ]
    assert check("bounds", "query:limit", Range(0, 100)) == ["query:limit: minimum is [1], docs: 0"]
    assert check("pattern", "path:id", "^th_[a-z]+$") == ["path:id: pattern is ['^th_[a-f0-9]+$'], docs: ^th_[a-z]+$"]
    assert check("items", "query:filters[junction]", Range(1, 2)) == ["query:filters[junction]: not an array"]


def test_operation_level_parameters_override_path_level_ones() -> None:
    spec = make_spec()
    spec["paths"]["/v2/things/{id}/activities"]["get"]["parameters"].append(
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    )
    assert check("pattern", "path:id", "^th_[a-f0-9]+$", spec) == ["path:id: pattern is not set, docs: ^th_[a-f0-9]+$"]


def test_undeclared_example_keys_are_summarized() -> None:
    keys = ("data", "data[].id", "data[].extra", "data[].extra.a", "data[].extra.b[].c", "cursor.next", "total")
    assert check("example_keys", "response", keys) == [
        "4 of 7 example key paths are not declared in the 200 schema:",
        "response:data[].extra not declared (nor 2 key paths below it)",
        "response:total not declared",
    ]


def test_a_missing_operation_or_response_is_reported() -> None:
    assert docs_pages.check_fact(make_spec(), Fact("GET /nowhere", "query:limit", "bounds", Range(1, 2))) == [
        "query:limit: path /nowhere is not in the spec"
    ]
    spec = make_spec()
    spec["components"]["responses"]["Page"]["content"] = {}
    assert check("example_keys", "response", ("data",), spec) == [
        "response: the 200 response has no application/json schema"
    ]


def test_dangling_refs_are_reported_not_raised() -> None:
    spec = make_spec()
    del spec["components"]["schemas"]["Activity"]
    assert check("enum", "response:data[].type", tuple(TYPES), spec) == [
        "response:data[].type: $ref #/components/schemas/Activity points at nothing"
    ]
