"""Upstream file -> spec drift (scripts/drift_upstream.py): the 2026-06-09 files against our spec
show only what our errata explain, and synthetic changes to copies of the files are reported."""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from scripts import drift_upstream, errata
from scripts.drift_report import Finding, Report, render_markdown
from scripts.spec_source import load_document

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = Path(os.environ.get("VOUCHERIFY_UPSTREAM") or ROOT.parent / "shared" / "upstream" / "2026-06-09")
V1 = "GET /v1/customers/{customerId}/activities"
PROGRAMS = "GET /v2/loyalties/programs/{id}/activities"
INCENTIVES = "GET /v2/loyalties/incentives/{id}/activities"
EARNING_RULES = "GET /v2/loyalties/earning-rules/{id}/activities"

if not UPSTREAM.is_dir():
    pytest.fail(f"drift-upstream tests need Voucherify's files at {UPSTREAM}", pytrace=False)

FILES = {path.name: load_document(path) for path in drift_upstream.upstream_files([UPSTREAM])}
ERRATA = errata.load()

# Differences that are defects in our spec, reported to the maintainers; each is to be fixed in
# openapi/ (not explained away). Remove an entry when its fix lands, and this test tells you to.
# Differences from upstream that are defects of our spec, not deliberate choices: none.
KNOWN_SPEC_DEFECTS: set[tuple[str, str, str]] = set()


def run(spec: dict[str, Any], files: dict[str, dict[str, Any]] | None = None) -> Report:
    return drift_upstream.compare(files if files is not None else FILES, spec, ERRATA)


def unexplained(report: Report) -> set[tuple[str, str, str]]:
    return {(f.operation, f.location, f.aspect) for f in report.findings if f.actionable}


@pytest.fixture(scope="module")
def baseline(spec: dict[str, Any]) -> Report:
    return run(spec)


def test_the_2026_06_09_files_show_only_what_our_errata_explain(baseline: Report) -> None:
    assert unexplained(baseline) == KNOWN_SPEC_DEFECTS
    assert baseline.facts["compared"] == {
        V1: "customers.json",
        PROGRAMS: "loyalties-v2.json",
        INCENTIVES: "loyalties-v2.json",
        EARNING_RULES: "loyalties-v2.json",
    }
    assert baseline.facts["errata_unused"] == [], "stale errata: upstream no longer differs there"
    assert all(f.verdict.startswith("explained: ") for f in baseline.findings if not f.actionable)


def test_every_erratum_explains_something_or_is_mentioned(baseline: Report) -> None:
    used = {f.verdict.split("`")[1] for f in baseline.findings if not f.actionable}
    assert used | {e.id for e in ERRATA.entries if not e.rules} == {e.id for e in ERRATA.entries}


# ------------------------------------------------------------------- synthetic changes

Change = Callable[[dict[str, dict[str, Any]]], None]


def loyalties(files: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return files["loyalties-v2.json"]


def add_incentive_type(files: dict[str, dict[str, Any]]) -> None:
    loyalties(files)["components"]["schemas"]["IncentiveActivityType"]["enum"].append("vl.incentive.archived")


def remove_earning_rule_limit(files: dict[str, dict[str, Any]]) -> None:
    operation = loyalties(files)["paths"]["/v2/loyalties/earning-rules/{id}/activities"]["get"]
    operation["parameters"] = [p for p in operation["parameters"] if p.get("name") != "limit"]


def change_program_id_pattern(files: dict[str, dict[str, Any]]) -> None:
    loyalties(files)["components"]["parameters"]["ProgramId"]["schema"]["pattern"] = "^lprg_[a-z0-9]+$"


def rename_program_path_parameter(files: dict[str, dict[str, Any]]) -> None:
    paths = loyalties(files)["paths"]
    item = paths.pop("/v2/loyalties/programs/{id}/activities")
    item["get"]["parameters"][0] = {**loyalties(files)["components"]["parameters"]["ProgramId"], "name": "programId"}
    paths["/v2/loyalties/programs/{programId}/activities"] = item


def add_program_response_field(files: dict[str, dict[str, Any]]) -> None:
    loyalties(files)["components"]["schemas"]["ProgramResponse"]["properties"]["tier_count"] = {"type": "integer"}


def remove_incentive_operation(files: dict[str, dict[str, Any]]) -> None:
    del loyalties(files)["paths"]["/v2/loyalties/incentives/{id}/activities"]


def change_limit_bound(files: dict[str, dict[str, Any]]) -> None:
    loyalties(files)["components"]["parameters"]["QueryLimit"]["schema"]["maximum"] = 50


def add_activity_operation(files: dict[str, dict[str, Any]]) -> None:
    paths = loyalties(files)["paths"]
    paths["/v2/loyalties/campaigns/{id}/activities"] = copy.deepcopy(paths["/v2/loyalties/programs/{id}/activities"])


def add_v1_host(files: dict[str, dict[str, Any]]) -> None:
    files["customers.json"]["servers"][0]["variables"]["cluster"]["enum"].append("eu2.api")


CHANGES: dict[str, tuple[Change, set[tuple[str, str, str]]]] = {
    "an added enum value": (
        add_incentive_type,
        {(INCENTIVES, f"query:filters[type][conditions][{op}]", "enum") for op in ("$is", "$is_not", "$in", "$not_in")}
        | {(INCENTIVES, "response:data[].type", "enum")},
    ),
    "a removed parameter": (remove_earning_rule_limit, {(EARNING_RULES, "query:limit", "parameter")}),
    "a changed pattern": (change_program_id_pattern, {(PROGRAMS, "path:id", "pattern")}),
    "a renamed path parameter": (rename_program_path_parameter, {(PROGRAMS, "path:id", "name")}),
    "a new response field": (
        add_program_response_field,
        {(PROGRAMS, "response:data[].data.program.tier_count", "property")},
    ),
    "a removed operation": (remove_incentive_operation, {(INCENTIVES, "operation", "operation")}),
    "a changed bound": (
        change_limit_bound,
        {(PROGRAMS, "query:limit", "maximum")},  # the other two operations declare their own limit
    ),
    "a new activity operation": (
        add_activity_operation,
        {("GET /v2/loyalties/campaigns/{id}/activities", "operation", "operation")},
    ),
    "an explained value that moved": (add_v1_host, {(V1, "servers", "urls")}),
}


@pytest.mark.parametrize("name", CHANGES)
def test_a_synthetic_upstream_change_is_reported_as_drift(spec: dict[str, Any], name: str) -> None:
    change, expected = CHANGES[name]
    files = copy.deepcopy(FILES)
    change(files)
    report = run(spec, files)
    assert unexplained(report) - KNOWN_SPEC_DEFECTS == expected
    assert report.exit_code() == 1


def test_the_changes_carry_their_values(spec: dict[str, Any]) -> None:
    files = copy.deepcopy(FILES)
    for change in (change_program_id_pattern, rename_program_path_parameter, remove_incentive_operation):
        change(files)
    findings = {(f.operation, f.location, f.aspect): f for f in run(spec, files).findings if f.actionable}
    pattern = findings[(PROGRAMS, "path:id", "pattern")]
    assert (pattern.change, pattern.source, pattern.spec) == ("changed", ["^lprg_[a-z0-9]+$"], ["^lprg_[a-f0-9]+$"])
    rename = findings[(PROGRAMS, "path:id", "name")]
    assert (rename.source, rename.spec) == ("programId", "id")
    removed = findings[(INCENTIVES, "operation", "operation")]
    assert (removed.change, removed.note) == ("gone", "not in the files")


def test_an_erratum_whose_difference_went_away_is_stale(spec: dict[str, Any]) -> None:
    files = copy.deepcopy(FILES)
    files["customers.json"]["servers"][0]["variables"]["cluster"]["enum"] = ["api", "us1.api", "as1.api"]
    report = run(spec, files)
    assert [entry["erratum"] for entry in report.facts["errata_unused"]] == ["v1-servers"]
    assert report.exit_code() == 1
    assert "Errata that explain nothing" in render_markdown(report)


def test_an_operation_listed_as_not_covered_that_went_away_is_reported(spec: dict[str, Any]) -> None:
    files = copy.deepcopy(FILES)
    del loyalties(files)["paths"]["/v2/loyalties/rewards/{id}/activities"]
    report = run(spec, files)
    assert unexplained(report) == KNOWN_SPEC_DEFECTS
    assert report.exit_code() == 1
    assert "`GET /v2/loyalties/rewards/{id}/activities`" in render_markdown(report).split("gone upstream")[1]


def test_operations_of_an_area_no_file_covers_are_not_checked(spec: dict[str, Any]) -> None:
    report = run(spec, {"customers.json": FILES["customers.json"]})
    assert report.facts["not_checked"] == [EARNING_RULES, INCENTIVES, PROGRAMS]
    assert not [f for f in report.findings if f.location == "operation" and f.change == "gone"]


def test_cli(tmp_path: Path) -> None:
    out = tmp_path / "upstream.json"
    code = drift_upstream.main([str(UPSTREAM), "--quiet", "--json", str(out)])
    data = json.loads(out.read_text())
    assert code == (1 if KNOWN_SPEC_DEFECTS else 0)
    assert len([f for f in data["findings"] if f["actionable"]]) == len(KNOWN_SPEC_DEFECTS)
    assert drift_upstream.main([str(tmp_path / "missing"), "--quiet"]) == 2


def test_a_finding_is_explained_by_the_first_matching_erratum() -> None:
    finding = Finding(V1, "servers", "urls", "changed", ["a"], ["b"])
    assert ERRATA.explain(finding) is None  # pinned values differ


# --------------------------------------------------------------- later upstream versions


def test_a_path_template_its_parameters_contradict_is_an_upstream_defect(spec: dict[str, Any]) -> None:
    """Upstream renamed the templates but kept the parameter `id`: an invalid document, not a rename."""
    files = copy.deepcopy(FILES)
    paths = loyalties(files)["paths"]
    paths["/v2/loyalties/programs/{programId}/activities"] = paths.pop("/v2/loyalties/programs/{id}/activities")
    paths["/v2/loyalties/earning-rules/{earningRuleId}/activities"] = paths.pop(
        "/v2/loyalties/earning-rules/{id}/activities"
    )
    report = run(spec, files)
    defects = [f for f in report.findings if f.aspect == "path template"]
    assert {(f.operation, f.verdict) for f in defects} == {
        (PROGRAMS, "**upstream defect**"),
        (EARNING_RULES, "**upstream defect**"),
    }
    assert {"template": ["programId"], "declared": ["id"]} in [f.source for f in defects]
    assert not [f for f in report.findings if f.aspect == "name"]  # not read as a clean rename
    assert unexplained(report) == {
        (PROGRAMS, "operation", "path template"),
        (EARNING_RULES, "operation", "path template"),
    }
    assert report.exit_code() == 1


def remodel_program_filters(files: dict[str, dict[str, Any]]) -> None:
    """The flat `filters[x][conditions]` parameters become one closed deepObject `filters`."""
    document = loyalties(files)
    operation = document["paths"]["/v2/loyalties/programs/{id}/activities"]["get"]
    flat = [
        p
        for p in operation["parameters"]
        if "filters[" in document["components"]["parameters"][p["$ref"].rsplit("/", 1)[-1]]["name"]
    ]
    operation["parameters"] = [p for p in operation["parameters"] if p not in flat]
    conditions = {
        "type": "object",
        "additionalProperties": False,
        "properties": {"$is": {"type": "string"}, "$in": {"type": "array", "items": {"type": "string"}}},
    }
    operation["parameters"].append(
        {
            "name": "filters",
            "in": "query",
            "style": "deepObject",
            "explode": True,
            "schema": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "object", "properties": {"conditions": conditions}},
                    "type": {"type": "object", "properties": {"conditions": conditions}},
                    "junction": {"type": "string", "enum": ["AND", "OR"]},
                },
            },
        }
    )


def test_filters_re_modelled_upstream_are_one_finding(spec: dict[str, Any]) -> None:
    files = copy.deepcopy(FILES)
    remodel_program_filters(files)
    report = run(spec, files)
    acted = [f for f in report.findings if f.actionable and f.operation == PROGRAMS]
    assert [(f.location, f.aspect, f.source) for f in acted] == [("query:filters", "model", "one deepObject parameter")]
    assert "re-modelled upstream" in acted[0].note
    folded = [f for f in report.findings if f.verdict == "part of the re-modelled `query:filters`"]
    assert folded  # the wire-level effects are still listed, under the one finding
    closed = [f for f in report.findings if f.operation == PROGRAMS and f.aspect == "additionalProperties"]
    assert ("query:filters", "new", False) in [(f.location, f.change, f.source) for f in closed]  # compared
    assert report.exit_code() == 1


def test_closing_an_object_is_compared(spec: dict[str, Any]) -> None:
    files = copy.deepcopy(FILES)
    loyalties(files)["components"]["schemas"]["ProgramResponse"]["additionalProperties"] = False
    report = run(spec, files)
    [finding] = [
        f
        for f in report.findings
        if f.operation == PROGRAMS
        and f.location == "response:data[].data.program"
        and f.aspect == "additionalProperties"
    ]
    assert (finding.change, finding.source, finding.actionable) == ("new", False, False)  # explained: objects stay open
    assert "open-objects" in finding.verdict


def test_a_removed_operation_is_linked_with_a_new_one_of_the_same_shape(spec: dict[str, Any]) -> None:
    files = copy.deepcopy(FILES)
    paths = loyalties(files)["paths"]
    paths["/v2/loyalties/benefits/{id}/activities"] = paths.pop("/v2/loyalties/incentives/{id}/activities")
    report = run(spec, files)
    [gone] = [f for f in report.findings if (f.operation, f.location, f.change) == (INCENTIVES, "operation", "gone")]
    assert "possible successor: `GET /v2/loyalties/benefits/{id}/activities`" in gone.note
    [new] = [f for f in report.findings if f.operation == "GET /v2/loyalties/benefits/{id}/activities"]
    assert f"possible successor of `{INCENTIVES}`" in new.note


def test_a_new_operation_of_another_shape_is_not_a_successor(spec: dict[str, Any]) -> None:
    files = copy.deepcopy(FILES)
    paths = loyalties(files)["paths"]
    del paths["/v2/loyalties/incentives/{id}/activities"]
    paths["/v2/loyalties/benefits/{id}/activities"] = {"get": {"responses": {"200": {"description": "Nothing alike."}}}}
    report = run(spec, files)
    assert not [f for f in report.findings if "successor" in f.note]


def test_a_not_covered_operation_with_renamed_path_parameters_is_listed_once_as_not_covered(
    spec: dict[str, Any],
) -> None:
    files = copy.deepcopy(FILES)
    paths = loyalties(files)["paths"]
    for old, new in (
        ("rewards/{id}", "rewards/{rewardId}"),
        ("tier-structures/{id}", "tier-structures/{tierStructureId}"),
    ):
        paths[f"/v2/loyalties/{new}/activities"] = paths.pop(f"/v2/loyalties/{old}/activities")
    report = run(spec, files)
    assert not [f for f in report.findings if f.location == "operation" and f.change == "new"]
    assert "gone upstream" not in render_markdown(report)
    assert report.exit_code() == 0


def test_with_only_the_customers_file_no_erratum_about_the_other_is_stale(spec: dict[str, Any]) -> None:
    report = run(spec, {"customers.json": FILES["customers.json"]})
    assert report.facts["errata_unused"] == []
    assert report.exit_code() == 0
