"""Spec -> spec diff (scripts/spec_diff.py): synthetic changes to a copy of our spec, each
classified right for a client user, the semver bump suggested and a changelog entry written."""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scripts import spec_diff
from scripts.spec_diff import Change, bump, changelog_entry, current_version, diff, insert_entry
from scripts.spec_source import SourceError, load_revision

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = "GET /v2/loyalties/programs/{id}/activities"
INCENTIVES = "GET /v2/loyalties/incentives/{id}/activities"
V1 = "GET /v1/customers/{customerId}/activities"

Spec = dict[str, Any]


def schemas(spec: Spec) -> dict[str, Any]:
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


def operation(spec: Spec, path: str) -> dict[str, Any]:
    return spec["paths"][path]["get"]  # type: ignore[no-any-return]


def remove_parameter(spec: Spec) -> None:
    op = operation(spec, "/v2/loyalties/programs/{id}/activities")
    op["parameters"] = [p for p in op["parameters"] if p.get("name") != "cursor"]


def add_optional_parameter(spec: Spec) -> None:
    op = operation(spec, "/v1/customers/{customerId}/activities")
    op["parameters"].append({"name": "channel", "in": "query", "schema": {"type": "string"}})


def add_required_parameter(spec: Spec) -> None:
    op = operation(spec, "/v1/customers/{customerId}/activities")
    op["parameters"].append({"name": "channel", "in": "query", "required": True, "schema": {"type": "string"}})


def add_request_enum_value(spec: Spec) -> None:
    schemas(spec)["CampaignType"]["enum"].append("BUNDLE")


def narrow_request_enum(spec: Spec) -> None:
    schemas(spec)["CampaignType"]["enum"].remove("PROMOTION")


def add_response_enum_value(spec: Spec) -> None:
    schemas(spec)["ProgramStatus"]["enum"].append("ARCHIVED")


def remove_response_enum_value(spec: Spec) -> None:
    schemas(spec)["ProgramStatus"]["enum"].remove("INACTIVE")


def tighten_pattern(spec: Spec) -> None:
    schemas(spec)["ProgramId"]["pattern"] = "^lprg_[a-f0-9]{8,}$"


def drop_pattern(spec: Spec) -> None:
    del schemas(spec)["ProgramId"]["pattern"]


def rename_path_parameter(spec: Spec) -> None:
    item = spec["paths"].pop("/v2/loyalties/programs/{id}/activities")
    item["get"]["parameters"][0]["name"] = "programId"
    spec["paths"]["/v2/loyalties/programs/{programId}/activities"] = item


def add_response_field(spec: Spec) -> None:
    schemas(spec)["Program"]["properties"]["tier_count"] = {"type": "integer"}


def remove_response_field(spec: Spec) -> None:
    del schemas(spec)["Program"]["properties"]["name"]


def make_response_field_nullable(spec: Spec) -> None:
    schemas(spec)["Program"]["properties"]["name"]["type"] = ["string", "null"]


def make_response_field_optional(spec: Spec) -> None:
    schemas(spec)["CustomerActivityCommon"]["required"].remove("created_at")


def remove_operation(spec: Spec) -> None:
    del spec["paths"]["/v2/loyalties/incentives/{id}/activities"]


def lower_maximum(spec: Spec) -> None:
    spec["components"]["parameters"]["ActivityLimit"]["schema"]["maximum"] = 50


def raise_maximum(spec: Spec) -> None:
    spec["components"]["parameters"]["ActivityLimit"]["schema"]["maximum"] = 200


def raise_minimum(spec: Spec) -> None:
    spec["components"]["parameters"]["ActivityLimit"]["schema"]["minimum"] = 5


def change_format(spec: Spec) -> None:
    schemas(spec)["CreatedAtConditions"]["properties"]["$after"]["format"] = "date"


V2 = (PROGRAMS, INCENTIVES, "GET /v2/loyalties/earning-rules/{id}/activities")

# name: (change, {(operation, location, aspect, change)}, breaking, changelog section)
CASES: dict[str, tuple[Callable[[Spec], None], set[tuple[str, str, str, str]], bool, str]] = {
    "removed parameter": (remove_parameter, {(PROGRAMS, "query:cursor", "parameter", "gone")}, True, "Removed"),
    "new optional parameter": (add_optional_parameter, {(V1, "query:channel", "parameter", "new")}, False, "Added"),
    "new required parameter": (add_required_parameter, {(V1, "query:channel", "parameter", "new")}, True, "Added"),
    "new request enum value": (
        add_request_enum_value,
        {(V1, "query:campaign_type", "enum", "changed")},
        False,
        "Added",
    ),
    "narrowed request enum": (narrow_request_enum, {(V1, "query:campaign_type", "enum", "changed")}, True, "Changed"),
    "new response enum value": (
        add_response_enum_value,
        {(PROGRAMS, "response:data[].data.program.status", "enum", "changed")},
        False,
        "Added",
    ),
    "removed response enum value": (
        remove_response_enum_value,
        {(PROGRAMS, "response:data[].data.program.status", "enum", "changed")},
        True,
        "Changed",
    ),
    "tightened pattern": (tighten_pattern, {(PROGRAMS, "path:id", "pattern", "changed")}, True, "Changed"),
    "dropped pattern": (drop_pattern, {(PROGRAMS, "path:id", "pattern", "gone")}, False, "Changed"),
    "renamed path parameter": (
        rename_path_parameter,
        {(PROGRAMS.replace("{id}", "{programId}"), "path:id", "name", "changed")},
        True,
        "Changed",
    ),
    "new response field": (
        add_response_field,
        {(PROGRAMS, "response:data[].data.program.tier_count", "property", "new")},
        False,
        "Added",
    ),
    "removed response field": (
        remove_response_field,
        {(PROGRAMS, "response:data[].data.program.name", "property", "gone")},
        True,
        "Removed",
    ),
    "nullable response field": (
        make_response_field_nullable,
        {(PROGRAMS, "response:data[].data.program.name", "type", "changed")},
        True,
        "Changed",
    ),
    "response field no longer required": (
        make_response_field_optional,
        {(V1, "response:data[].created_at", "required", "changed")},
        True,
        "Changed",
    ),
    "removed operation": (remove_operation, {(INCENTIVES, "operation", "operation", "gone")}, True, "Removed"),
    "lowered maximum": (lower_maximum, {(op, "query:limit", "maximum", "changed") for op in V2}, True, "Changed"),
    "raised maximum": (raise_maximum, {(op, "query:limit", "maximum", "changed") for op in V2}, False, "Changed"),
    "raised minimum": (raise_minimum, {(op, "query:limit", "minimum", "changed") for op in V2}, True, "Changed"),
    "changed format": (
        change_format,
        {(op, "query:filters[created_at][conditions][$after]", "format", "changed") for op in V2},
        True,
        "Changed",
    ),
}


def change_default(spec: Spec) -> None:
    spec["components"]["parameters"]["ActivityLimit"]["schema"]["default"] = 20


def deprecate_parameter(spec: Spec) -> None:
    op = operation(spec, "/v1/customers/{customerId}/activities")
    [starting_after] = [p for p in op["parameters"] if p.get("name") == "starting_after"]
    starting_after["deprecated"] = True


CASES["changed default"] = (
    change_default,
    {(op, "query:limit", "default", "changed") for op in V2},
    False,
    "Changed",
)
CASES["deprecated parameter"] = (
    deprecate_parameter,
    {(V1, "query:starting_after", "deprecated", "new")},
    False,
    "Deprecated",
)


def changes_for(spec: Spec, change: Callable[[Spec], None]) -> list[Change]:
    new = copy.deepcopy(spec)
    change(new)
    return diff(spec, new)[0]


@pytest.mark.parametrize("name", CASES)
def test_a_synthetic_change_is_found_and_classified(spec: Spec, name: str) -> None:
    change, expected, breaking, section = CASES[name]
    changes = changes_for(spec, change)
    found = {(c.finding.operation, c.finding.location, c.finding.aspect, c.finding.change) for c in changes}
    assert found == expected
    assert {c.breaking for c in changes} == {breaking}
    assert {c.section for c in changes} == {section}


def test_an_unchanged_spec_has_no_changes(spec: Spec) -> None:
    assert diff(spec, copy.deepcopy(spec))[0] == []


def test_the_texts_say_what_changed(spec: Spec) -> None:
    [removed] = changes_for(spec, remove_parameter)
    assert removed.text == "query parameter `cursor` removed"
    [renamed] = changes_for(spec, rename_path_parameter)
    assert renamed.text == "path parameter `id` renamed to `programId`"
    [nullable] = changes_for(spec, make_response_field_nullable)
    assert nullable.text == "response field `data[].data.program.name`: now nullable"
    [values] = changes_for(spec, add_request_enum_value)
    assert values.text == "query parameter `campaign_type`: values added `BUNDLE`"


@pytest.mark.parametrize(
    ("version", "breaking", "added", "expected"),
    [
        ("0.1.0", True, True, ("minor", "0.2.0")),
        ("0.1.0", False, True, ("patch", "0.1.1")),
        ("0.4.2", False, False, ("patch", "0.4.3")),
        ("1.2.3", True, False, ("major", "2.0.0")),
        ("1.2.3", False, True, ("minor", "1.3.0")),
        ("1.2.3", False, False, ("patch", "1.2.4")),
    ],
)
def test_semver_bump(spec: Spec, version: str, breaking: bool, added: bool, expected: tuple[str, str]) -> None:
    [template] = changes_for(spec, raise_maximum)[:1]
    change = Change(template.finding, breaking, "Added" if added else "Changed", "x")
    assert bump(version, [change]) == expected
    assert bump(version, []) == ("none", version)


def test_the_entry_fits_our_changelog(spec: Spec) -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    changes = changes_for(spec, remove_parameter) + changes_for(spec, add_response_field)
    entry = changelog_entry("0.2.0", "2026-06-10", changes, "`v0.1.0`", "the working tree")
    updated = insert_entry(changelog, entry)
    releases = re.findall(r"^## \[(.+?)\](?: - (\d{4}-\d{2}-\d{2}))?$", updated, re.M)
    assert releases[0] == ("Unreleased", "")
    assert releases[1] == ("0.2.0", "2026-06-10")
    assert [version for version, _ in releases[2:]] == [version for version, _ in releases[1:]][1:]
    assert (
        "### Removed\n\n- **Breaking:** `GET /v2/loyalties/programs/{id}/activities`: query parameter `cursor` removed."
        in entry
    )
    assert "### Added\n\n- `GET /v2/loyalties/programs/{id}/activities`: response field" in entry
    # every section the entry uses is one Keep a Changelog knows
    assert set(re.findall(r"^### (\w+)", entry, re.M)) <= {
        "Added",
        "Changed",
        "Deprecated",
        "Removed",
        "Fixed",
        "Security",
    }


@pytest.mark.parametrize(
    ("changelog", "expected"),
    [
        (
            "# C\n\n## [Unreleased]\n\n### Fixed\n\n- A note.\n\n## [0.1.0] - 2026-01-01\n\n- First.\n",
            "# C\n\n## [Unreleased]\n\n## [0.2.0] - D\n\n- E.\n\n### Fixed\n\n- A note.\n\n"
            "## [0.1.0] - 2026-01-01\n\n- First.\n",
        ),
        ("# C\n\n## [Unreleased]\n", "# C\n\n## [Unreleased]\n\n## [0.2.0] - D\n\n- E.\n"),
        ("# C\n\n## [0.1.0] - X\n", "# C\n\n## [0.2.0] - D\n\n- E.\n\n## [0.1.0] - X\n"),
        ("# C\n", "# C\n\n## [0.2.0] - D\n\n- E.\n"),
    ],
)
def test_insert_entry(changelog: str, expected: str) -> None:
    assert insert_entry(changelog, "## [0.2.0] - D\n\n- E.\n") == expected


def test_notes_under_unreleased_merge_into_the_entrys_sections() -> None:
    changelog = (
        "# C\n\n## [Unreleased]\n\n### Added\n\n- A hand note\n  on two lines.\n\n### Fixed\n\n- A fix.\n\n"
        "### Changed\n\n- A change note.\n\n## [0.1.0] - X\n\n- First.\n"
    )
    entry = "## [0.2.0] - D\n\nSpec changes.\n\n### Changed\n\n- Generated change.\n\n### Added\n\n- Generated add.\n"
    updated = insert_entry(changelog, entry)
    release = updated[updated.index("## [0.2.0]") : updated.index("## [0.1.0]")]
    assert re.findall(r"^### (\w+)", release, re.M) == ["Changed", "Added", "Fixed"]
    assert "### Added\n\n- Generated add.\n- A hand note\n  on two lines.\n" in release
    assert "### Changed\n\n- Generated change.\n- A change note.\n" in release
    assert updated.count("## [Unreleased]") == 1


def test_a_second_entry_for_the_same_version_replaces_the_first_and_keeps_the_notes() -> None:
    changelog = "# C\n\n## [Unreleased]\n\n### Fixed\n\n- A fix.\n\n## [0.1.0] - X\n\n- First.\n"
    first = "## [0.2.0] - D\n\nSpec changes from a to b.\n\n### Added\n\n- `GET /x`: one.\n"
    second = "## [0.2.0] - D\n\nSpec changes from a to b.\n\n### Added\n\n- `GET /x`: one.\n- `GET /x`: two.\n"
    updated = insert_entry(insert_entry(changelog, first), second)
    assert updated.count("## [0.2.0]") == 1
    assert updated.count("- `GET /x`: one.") == 1
    assert "- `GET /x`: two." in updated
    assert "### Fixed\n\n- A fix." in updated
    assert updated.count("Spec changes from") == 1


def test_the_old_side_can_be_a_released_wheel_or_the_index(spec: Spec, tmp_path: Path) -> None:
    """A wheel ships the bundled spec; `release` fetches it with pip from an index (here a local
    folder: no internet), and its version is the one bumped. No git tags involved."""
    old = copy.deepcopy(spec)
    remove_parameter(spec := copy.deepcopy(spec))  # the new side lacks a parameter: breaking
    new_file = tmp_path / "new.json"
    new_file.write_text(json.dumps(spec))
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    wheel = wheels / "voucherify_activities-0.3.1-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("voucherify_activities/__init__.py", "")
        archive.writestr("voucherify_activities/_generated/openapi.json", json.dumps(old))
        info = "voucherify_activities-0.3.1.dist-info"
        archive.writestr(f"{info}/METADATA", "Metadata-Version: 2.1\nName: voucherify-activities\nVersion: 0.3.1\n")
        archive.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        archive.writestr(f"{info}/RECORD", "")
    local = ["--find-links", str(wheels), "--index-url", str(tmp_path / "no-index")]  # never the internet
    for source in (str(wheel), "release", "release:0.3.1"):
        out = tmp_path / "diff.json"
        args = ["--old", source, "--new", str(new_file), "--quiet", "--json", str(out), *local]
        assert spec_diff.main(args) == 1, source
        report = json.loads(out.read_text())
        assert (report["version"], report["next_version"], report["breaking"]) == ("0.3.1", "0.4.0", True), source
    assert spec_diff.main(["--old", "release:9.9.9", "--quiet", *local]) == 2
    broken = tmp_path / "broken-0.1.0-py3-none-any.whl"
    broken.write_bytes(b"not a zip")
    assert spec_diff.main(["--old", str(broken), "--quiet"]) == 2


def test_the_current_version_comes_from_pyproject() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", current_version())


def test_cli_writes_the_changelog(spec: Spec, tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(ROOT / "openapi", old, ignore=shutil.ignore_patterns("*.md", "*.yml"))
    shutil.copytree(old, new)
    fragment = new / "common.yaml"
    fragment.write_text(fragment.read_text().replace("enum: [created_at, -created_at]", "enum: [created_at]"))
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-06-01\n\n- First.\n")
    args = ["--old", str(old), "--new", str(new), "--version", "0.1.0", "--date", "2026-06-10", "--quiet"]
    assert spec_diff.main([*args, "--changelog", str(changelog), "--json", str(tmp_path / "d.json")]) == 1
    text = changelog.read_text()
    assert text.index("## [Unreleased]") < text.index("## [0.2.0] - 2026-06-10") < text.index("## [0.1.0]")
    assert "**Breaking:**" in text
    assert spec_diff.main(["--old", str(old), "--new", str(old), "--version", "0.1.0", "--quiet"]) == 0
    assert spec_diff.main(["--old", "no-such-revision", "--new", str(old), "--quiet"]) == 2


def test_a_git_revision_is_bundled_as_committed(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.fail("git is needed to read spec revisions")
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "openapi", repo / "openapi", ignore=shutil.ignore_patterns("*.md", "*.yml"))
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "spec"], check=True)
    (repo / "openapi" / "common.yaml").write_text("not: [a fragment\n")  # the working tree differs
    committed = load_revision("HEAD", repo=repo)
    assert "/v2/loyalties/programs/{id}/activities" in committed["paths"]
    with pytest.raises(SourceError, match="no-such"):
        load_revision("no-such", repo=repo)


# ------------------------------------------------------------------------ Hypothesis

ORDER_VALUES = ["created_at", "-created_at"]
EXTRA_VALUES = ["updated_at", "-updated_at", "type", "-type"]


@settings(deadline=None, max_examples=20)  # each example diffs the whole spec (~0.2 s)
@given(
    removed=st.lists(st.sampled_from(ORDER_VALUES), unique=True, max_size=1),
    added=st.lists(st.sampled_from(EXTRA_VALUES), unique=True, max_size=4),
)
def test_a_request_enum_change_breaks_exactly_when_a_value_goes(
    spec: Spec, removed: list[str], added: list[str]
) -> None:
    def change(new: Spec) -> None:
        values = schemas(new)["ActivityOrder"]["enum"]
        schemas(new)["ActivityOrder"]["enum"] = [v for v in values if v not in removed] + added

    changes = changes_for(spec, change)
    assert {c.finding.location for c in changes} <= {"query:order"}
    assert len(changes) == (3 if removed or added else 0)  # the three v2 operations share ActivityOrder
    assert all(c.breaking == bool(removed) for c in changes)
