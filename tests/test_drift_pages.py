"""Docs pages -> spec drift (scripts/drift_pages.py): synthetic changes to copies of the real
pages and of our spec, each reported at the right location with the right change."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scripts import drift_pages
from scripts.docs_pages import V1_CUSTOMER, V2_EARNING_RULE, V2_INCENTIVE, V2_PROGRAM, PageError, condition
from tests.drift_mutations import MUTATIONS, UNREADABLE, Mutation

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(os.environ.get("VOUCHERIFY_DOCS_PAGES") or ROOT.parent / "shared" / "docs-pages")
PROGRAM_PAGE = "program-activities-v2.txt"
INCENTIVE_PAGE = "incentive-activities-v2.txt"
V1_PARAMETERS_PAGE = "customer-activities-v1.parameters.txt"
V1_PAGE = "customer-activities-v1.txt"
EARNING_RULE_PAGE = "earning-rule-activities-v2.txt"

if not PAGES.is_dir():
    pytest.fail(f"drift-pages tests need the reference pages at {PAGES}", pytrace=False)


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A writable copy of the reference pages."""
    target = tmp_path / "pages"
    shutil.copytree(PAGES, target)
    for path in target.iterdir():
        path.chmod(0o644)
    return target


def edit(pages: Path, page: str, old: str, new: str, count: int = 1) -> None:
    path = pages / page
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, f"{page} no longer contains {old!r}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def found(spec: dict[str, Any], pages: Path) -> set[tuple[str, str, str, str, str]]:
    """(operation, location, aspect, change, page value) of every finding."""
    report = drift_pages.compare(spec, pages)
    return {(f.operation, f.location, f.aspect, f.change, json.dumps(f.source)) for f in report.findings}


def test_the_pages_and_the_spec_agree(spec: dict[str, Any]) -> None:
    report = drift_pages.compare(spec, PAGES)
    assert report.findings == []
    assert report.exit_code() == 0
    assert sum(report.facts["facts_read"].values()) >= 40


def test_an_added_enum_value(spec: dict[str, Any], pages: Path) -> None:
    # values across lines after "Valid values:", listed once for four conditions
    edit(
        pages,
        PROGRAM_PAGE,
        "vl.program.tier_structure.unassigned\n",
        "vl.program.tier_structure.unassigned,\nvl.program.archived\n",
    )
    assert found(spec, pages) == {
        (V2_PROGRAM, condition("type", op), "enum value", "new", '["vl.program.archived"]')
        for op in ("$is", "$is_not", "$in", "$not_in")
    }


def test_a_value_added_one_per_line_with_a_leading_comma(spec: dict[str, Any], pages: Path) -> None:
    edit(pages, V1_PARAMETERS_PAGE, ", -category\n", ", -category\n, priority\n")
    assert found(spec, pages) == {(V1_CUSTOMER, "query:order", "enum value", "new", '["priority"]')}


def test_a_value_added_to_a_list_run_together_with_the_end_of_the_page(spec: dict[str, Any], pages: Path) -> None:
    last = "vl.incentive.drafted Was this page helpful?"
    edit(pages, INCENTIVE_PAGE, last, "vl.incentive.drafted, vl.incentive.archived Was this page helpful?")
    assert found(spec, pages) == {
        (V2_INCENTIVE, condition("type", "$not_in"), "enum value", "new", '["vl.incentive.archived"]')
    }


def test_a_removed_enum_value_is_gone(spec: dict[str, Any], pages: Path) -> None:
    edit(pages, EARNING_RULE_PAGE, "vl.earning_rule.assigned, vl.earning_rule.unassigned ", "vl.earning_rule.assigned ")
    [finding] = drift_pages.compare(spec, pages).findings
    assert (finding.operation, finding.location, finding.aspect, finding.change, finding.spec) == (
        V2_EARNING_RULE,
        condition("type", "$is"),
        "enum value",
        "gone",
        ["vl.earning_rule.unassigned"],
    )


def test_a_changed_bare_pattern(spec: dict[str, Any], pages: Path) -> None:
    edit(pages, PROGRAM_PAGE, "^lprg_[a-f0-9]+$Filter", "^lprg_[a-z0-9]{8,}$Filter")
    [finding] = drift_pages.compare(spec, pages).findings
    assert (finding.operation, finding.location, finding.aspect, finding.change) == (
        V2_PROGRAM,
        "path:id",
        "pattern",
        "changed",
    )
    assert (finding.source, finding.spec) == ("^lprg_[a-z0-9]{8,}$", ["^lprg_[a-f0-9]+$"])


def test_a_changed_bound(spec: dict[str, Any], pages: Path) -> None:
    edit(pages, PROGRAM_PAGE, "1 <= x <= 100Sort order", "1 <= x <= 50Sort order")
    assert found(spec, pages) == {(V2_PROGRAM, "query:limit", "bounds", "changed", '"1..50"')}


def test_changed_element_bounds(spec: dict[str, Any], pages: Path) -> None:
    edit(pages, INCENTIVE_PAGE, "1 - 10 elements", "1 - 20 elements", count=2)
    assert found(spec, pages) == {
        (V2_INCENTIVE, condition("type", op), "items", "changed", '"1..20"') for op in ("$in", "$not_in")
    }


def test_a_new_response_field_in_the_example(spec: dict[str, Any], pages: Path) -> None:
    edit(
        pages,
        PROGRAM_PAGE,
        '"program_id": "<string>"',
        '"program_id": "<string>",\n"campaign": {"id": "<string>"}',
        count=2,
    )
    [finding] = drift_pages.compare(spec, pages).findings
    assert (finding.location, finding.aspect, finding.change) == ("response:data[].campaign", "property", "new")
    assert "1 key path below it" in finding.note


def test_a_fact_the_page_no_longer_prints_is_gone(spec: dict[str, Any], pages: Path) -> None:
    edit(
        pages,
        INCENTIVE_PAGE,
        "Unique incentive identifier (prefix: linc_).\n^linc_[a-f0-9]+$",
        "Unique incentive identifier.\n",
    )
    [finding] = drift_pages.compare(spec, pages).findings
    assert (finding.operation, finding.location, finding.aspect, finding.change) == (
        V2_INCENTIVE,
        "path:id",
        "pattern",
        "gone",
    )
    assert finding.spec == ["^linc_[a-f0-9]+$"]


def test_a_new_parameter_is_an_unmapped_fact(spec: dict[str, Any], pages: Path) -> None:
    edit(
        pages,
        PROGRAM_PAGE,
        "Was this page helpful?",
        "Filter by channel.\nAllowed: USER_PORTAL, API\nWas this page helpful?",
    )
    assert found(spec, pages) == {
        (V2_PROGRAM, "(unmapped)", "enum", "new", '["USER_PORTAL", "API"]'),
        (V2_PROGRAM, "query:filters[channel]", "filter field", "new", '"Filter by ..."'),
    }


def test_a_parameter_removed_from_the_spec_is_new_on_the_page(spec: dict[str, Any], pages: Path) -> None:
    changed = copy.deepcopy(spec)
    operation = changed["paths"]["/v2/loyalties/programs/{id}/activities"]["get"]
    operation["parameters"] = [p for p in operation["parameters"] if p.get("name") != "cursor"]
    [finding] = drift_pages.compare(changed, pages).findings
    assert (finding.location, finding.aspect, finding.change, finding.source) == (
        "query:cursor",
        "parameter",
        "new",
        "^lcrsapr_[a-f0-9]+$",
    )


def test_a_value_on_two_pages_of_one_operation_is_one_finding(spec: dict[str, Any], pages: Path) -> None:
    changed = copy.deepcopy(spec)
    changed["components"]["schemas"]["CustomerActivityOrder"]["enum"].remove("-category")
    [finding] = drift_pages.compare(changed, pages).findings
    assert (finding.operation, finding.location, finding.change, finding.source) == (
        V1_CUSTOMER,
        "query:order",
        "new",
        ["-category"],
    )
    assert V1_PAGE in finding.note
    assert V1_PARAMETERS_PAGE in finding.note


def test_cli_exit_codes_and_json(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "drift.json"
    assert drift_pages.main([str(pages), "--quiet", "--json", str(out)]) == 0
    assert json.loads(out.read_text())["findings"] == []
    edit(pages, PROGRAM_PAGE, "1 <= x <= 100Sort order", "1 <= x <= 50Sort order")
    assert drift_pages.main([str(pages), "--quiet", "--json", str(out)]) == 1
    assert json.loads(out.read_text())["changed"] is True
    (pages / PROGRAM_PAGE).unlink()
    assert drift_pages.main([str(pages), "--quiet"]) == 2


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.name)
def test_each_kind_of_page_change_is_reported(spec: dict[str, Any], pages: Path, mutation: Mutation) -> None:
    mutation.apply(pages)
    report = drift_pages.compare(spec, pages)
    assert {(f.operation, f.location, f.aspect, f.change) for f in report.findings} == mutation.reported
    assert report.exit_code() == 1


def test_a_changed_default_carries_both_values(spec: dict[str, Any], pages: Path) -> None:
    edit(pages, INCENTIVE_PAGE, "(1\u2013100, default 10)", "(1\u2013100, default 25)")
    [finding] = drift_pages.compare(spec, pages).findings
    assert (finding.source, finding.spec) == ("25", "10")


def test_a_deprecation_is_read_from_the_description_only(spec: dict[str, Any], pages: Path) -> None:
    # the cursor's description follows the order's: the word marks the cursor, not the order before it
    edit(pages, PROGRAM_PAGE, "(from previous response)\n", "(from previous response). Deprecated.\n")
    assert found(spec, pages) == {(V2_PROGRAM, "query:cursor", "deprecated", "changed", "true")}


@pytest.mark.parametrize("kind", UNREADABLE)
def test_an_unreadable_page_exits_2_naming_the_file(pages: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = pages / PROGRAM_PAGE
    content = UNREADABLE[kind]
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3] if content is None else content)
    assert drift_pages.main([str(pages), "--quiet"]) == 2
    error = capsys.readouterr().err
    assert str(path) in error
    assert "gone" not in error


def test_a_page_cut_after_its_last_fact_but_before_its_end_is_truncated(pages: Path) -> None:
    path = pages / PROGRAM_PAGE
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("Was this page helpful?")], encoding="utf-8")
    with pytest.raises(PageError, match="truncated"):
        drift_pages.compare({}, pages)


def test_another_page_saved_under_the_name_is_unreadable(spec: dict[str, Any], pages: Path) -> None:
    (pages / PROGRAM_PAGE).write_text((pages / INCENTIVE_PAGE).read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(PageError, match=f"{PROGRAM_PAGE}: .* facts are not where"):
        drift_pages.compare(spec, pages)


# ------------------------------------------------------------------------ Hypothesis

new_types = st.lists(st.from_regex(r"vl\.program\.[a-z]{3,10}", fullmatch=True), min_size=1, max_size=5, unique=True)
separators = st.sampled_from([", ", ",\n", "\n, "])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=new_types, separator=separators)
def test_any_added_type_values_are_reported_exactly(
    spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, values: list[str], separator: str
) -> None:
    known = set(spec["components"]["schemas"]["ProgramActivityType"]["enum"])
    values = [v for v in values if v not in known]
    pages = tmp_path_factory.mktemp("pages")
    for path in PAGES.iterdir():
        (pages / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    tail = "vl.program.tier_structure.unassigned"
    edit(pages, PROGRAM_PAGE, tail + "\n", separator.join([tail, *values]) + "\n")
    expected: set[tuple[str, str, str, str, str]] = (
        {
            (V2_PROGRAM, condition("type", op), "enum value", "new", json.dumps(sorted(values)))
            for op in ("$is", "$is_not", "$in", "$not_in")
        }
        if values
        else set()
    )
    assert found(spec, pages) == expected


# ------------------------------------------------------------------------------ nox

PROBE_NOXFILE = """
import sys
import nox
sys.path.insert(0, {root!r})
from noxfile import run_report

@nox.session(venv_backend="none")
def probe(session):
    session.chdir({root!r})
    run_report(session, {python!r}, "-m", "scripts.drift_pages", *session.posargs)
"""


def test_through_nox_the_report_keeps_its_exit_code(pages: Path, tmp_path: Path) -> None:
    """The sessions' helper (noxfile.run_report) run by nox itself, on the report tool itself:
    0 clean, 1 changed, 2 unreadable naming the file (nox alone would say 1 for both)."""
    noxfile = tmp_path / "noxfile.py"
    noxfile.write_text(PROBE_NOXFILE.format(root=str(ROOT), python=sys.executable), encoding="utf-8")

    def nox_exit(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "nox", "-f", str(noxfile), "-s", "probe", "--", str(pages), "--quiet", *args]
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=120)

    assert nox_exit().returncode == 0
    edit(pages, PROGRAM_PAGE, "(1-100, default 10)", "(1-100, default 20)")
    assert nox_exit().returncode == 1
    (pages / INCENTIVE_PAGE).write_text("", encoding="utf-8")
    done = nox_exit()
    assert done.returncode == 2
    assert f"drift-pages: {pages / INCENTIVE_PAGE}: empty" in done.stdout + done.stderr
