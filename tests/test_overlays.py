"""Overlay 1.0 semantics of scripts/apply_overlays.py, and what our overlays do to the spec."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from scripts.apply_overlays import OverlayError, apply_overlay, load_document
from scripts.bundle import bundle
from tests.spec_helpers import response_examples, validators

ROOT = Path(__file__).resolve().parent.parent


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_update_merges_objects_recursively_and_replaces_scalars() -> None:
    document = {"info": {"title": "a", "contact": {"name": "n", "email": "e"}}}
    result = apply_overlay(document, overlay({"target": "$.info", "update": {"title": "b", "contact": {"email": "x"}}}))
    assert result == {"info": {"title": "b", "contact": {"name": "n", "email": "x"}}}
    assert document["info"]["title"] == "a", "the input must not change"


def test_update_appends_to_a_selected_array() -> None:
    result = apply_overlay({"tags": [{"name": "a"}]}, overlay({"target": "$.tags", "update": {"name": "b"}}))
    assert result == {"tags": [{"name": "a"}, {"name": "b"}]}


def test_remove_deletes_every_selected_node() -> None:
    document = {"parameters": [{"name": "a", "in": "query"}, {"name": "b", "in": "path"}, {"name": "c", "in": "query"}]}
    result = apply_overlay(document, overlay({"target": "$.parameters[?@.in == 'query']", "remove": True}))
    assert result == {"parameters": [{"name": "b", "in": "path"}]}


def test_a_target_that_selects_nothing_is_an_error() -> None:
    with pytest.raises(OverlayError, match="selects nothing"):
        apply_overlay({"a": 1}, overlay({"target": "$.b", "remove": True}))


def test_an_action_without_update_or_remove_is_an_error() -> None:
    with pytest.raises(OverlayError, match="needs `update` or `remove: true`"):
        apply_overlay({"a": {}}, overlay({"target": "$.a"}))


def test_not_an_overlay_document() -> None:
    with pytest.raises(OverlayError, match=r"not an Overlay 1\.0 document"):
        apply_overlay({}, {"overlay": "2.0.0", "actions": []})


def test_codegen_overlay_removes_query_defaults_and_nothing_else() -> None:
    spec = bundle()
    result = apply_overlay(spec, load_document(ROOT / "overlays" / "codegen.yaml"))

    def query_defaults(document: dict[str, Any]) -> list[Any]:
        parameters = [p for item in document["paths"].values() for op in item.values() for p in op["parameters"]]
        parameters += list(document["components"]["parameters"].values())
        return [p["schema"]["default"] for p in parameters if p.get("in") == "query" and "default" in p["schema"]]

    assert query_defaults(spec), "the curated spec states defaults"
    assert query_defaults(result) == []
    assert result["components"]["schemas"] == spec["components"]["schemas"]


def strict_spec() -> dict[str, Any]:
    return apply_overlay(bundle(), load_document(ROOT / "overlays" / "strict.yaml"))


def test_only_customer_activity_common_is_used_as_an_allof_part() -> None:
    """The strict overlay keeps allOf parts open by name; a new part must be added there too."""
    schemas = bundle()["components"]["schemas"]
    parts = {ref["$ref"] for schema in schemas.values() for ref in schema.get("allOf", []) if "$ref" in ref}
    assert parts == {"#/components/schemas/CustomerActivityCommon"}


def test_strict_overlay_reports_undeclared_response_fields_that_the_curated_spec_accepts() -> None:
    curated, strict = validators(bundle()), validators(strict_spec())
    for _, status, name, schema, value in response_examples(bundle()):
        assert not list(strict(schema).iter_errors(value)), f"{status} {name} uses an undeclared field"
        if status != "200" or not value.get("data"):
            continue
        deep = copy.deepcopy(value)
        item = deep["data"][0]
        item["data"]["undeclared_in_data"] = 1
        assert not list(curated(schema).iter_errors(deep)), name
        errors = list(strict(schema).iter_errors(deep))
        assert errors, f"{name}: strict mode missed an undeclared field"
        assert any("undeclared_in_data" in error.message for error in errors), [e.message for e in errors]
