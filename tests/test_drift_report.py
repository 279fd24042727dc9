"""The report format shared by the three drift tools (scripts/drift_report.py) and the errata
they read (scripts/errata.py, openapi/errata.yml -> openapi/ERRATA.md)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from scripts import errata
from scripts.drift_report import (
    EXIT_CHANGED,
    EXIT_CLEAN,
    EXIT_ERROR,
    Finding,
    Report,
    emit,
    render_json,
    render_markdown,
    run,
)
from scripts.errata import ErrataError, glob

ROOT = Path(__file__).resolve().parent.parent


def report(*findings: Finding) -> Report:
    return Report("t", "T", ("page", "spec"), list(findings))


def test_markdown_lists_findings_to_act_on_per_operation_and_counts_the_rest() -> None:
    text = render_markdown(
        report(
            Finding("GET /a", "query:limit", "maximum", "changed", [50], [100]),
            Finding("GET /a", "servers", "urls", "changed", ["x"], ["y"], verdict="explained: `e1`", actionable=False),
            Finding("GET /b", "response:x", "property", "new", ["string"], None, note="and 2 locations below it"),
        )
    )
    assert "3 differences between page and spec, 2 to act on." in text
    assert "## GET /a" in text
    assert "## GET /b" in text
    assert "| `query:limit` | maximum | changed | `50` | `100` | **to act on** |" in text
    assert "`servers`" not in text.split("## Not to act on")[0]
    assert "| explained: `e1` | 1 | `GET /a` |" in text
    assert "and 2 locations below it" in text


def test_detail_lists_every_finding() -> None:
    quiet = Finding("GET /a", "servers", "urls", "changed", ["x"], ["y"], verdict="explained: `e1`", actionable=False)
    detailed = report(quiet)
    detailed.detail = True
    assert "| `servers` | urls |" in render_markdown(detailed)
    assert "Not to act on" not in render_markdown(detailed)


def test_cells_escape_pipes_and_show_absence() -> None:
    text = render_markdown(report(Finding("GET /a", "query:q", "pattern", "new", "^(a|b)$", None)))
    assert "`^(a\\|b)$` | — |" in text


def test_json_carries_every_finding_and_the_verdict() -> None:
    data = json.loads(render_json(report(Finding("GET /a", "path:id", "pattern", "changed", "^x$", "^y$"))))
    assert data["changed"] is True
    assert data["findings"][0]["location"] == "path:id"
    assert data["sides"] == {"source": "page", "spec": "spec"}


def test_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(quiet=True, markdown=tmp_path / "r.md", json=tmp_path / "r.json", detail=False)
    assert emit(report(), args) == EXIT_CLEAN
    assert emit(report(Finding("GET /a", "x", "y", "new")), args) == EXIT_CHANGED
    assert emit(report(Finding("GET /a", "x", "y", "new", actionable=False)), args) == EXIT_CLEAN
    assert json.loads((tmp_path / "r.json").read_text())["changed"] is False
    assert (tmp_path / "r.md").read_text().startswith("# T")

    def broken(_: argparse.Namespace) -> Report:
        raise ValueError("cannot read")

    assert run("t", broken, args) == EXIT_ERROR
    assert "t: cannot read" in capsys.readouterr().err


# ------------------------------------------------------------------------------ errata


@pytest.mark.parametrize(
    ("pattern", "location", "matches"),
    [
        ("response:data[].*", "response:data[].id", True),
        ("response:data[].*", "response:data[].data.id", False),
        ("**.discount.*", "response:data[].data.data.voucher.discount.type", True),
        ("query:filters[created_at][conditions][$*]", "query:filters[created_at][conditions][$before]", True),
        ("query:filters[created_at][conditions][$*]", "query:filters[created_at][conditions]", False),
        ("{minimum,maximum}", "maximum", True),
        ("{minimum,maximum}", "minItems", False),
    ],
)
def test_location_globs(pattern: str, location: str, matches: bool) -> None:
    assert bool(glob(pattern).fullmatch(location)) is matches


def test_operation_globs_take_braces_literally() -> None:
    assert glob("GET /v2/*", steps=False).fullmatch("GET /v2/loyalties/programs/{id}/activities")
    assert glob("GET /v1/customers/{customerId}/activities", steps=False).fullmatch(
        "GET /v1/customers/{customerId}/activities"
    )


ENTRY = {
    "id": "e1",
    "title": "T",
    "operations": ["GET /a"],
    "upstream": "u",
    "ours": "o",
    "explains": [{"location": "servers", "aspect": "urls", "upstream": ["x"]}],
}


def test_an_erratum_explains_only_what_it_pins() -> None:
    book = errata.parse({"errata": [ENTRY]})
    assert book.explain(Finding("GET /a", "servers", "urls", "changed", ["x"], ["y"])) is book.entries[0]
    assert book.explain(Finding("GET /a", "servers", "urls", "changed", ["x", "z"], ["y"])) is None
    assert book.explain(Finding("GET /b", "servers", "urls", "changed", ["x"], ["y"])) is None


def test_unused_rules_and_missing_mentions_are_stale() -> None:
    entry = {**ENTRY, "mentions": ["query:start_date"]}
    book = errata.parse({"errata": [entry]})
    stale = book.unused([], {"GET /a": {"query:end_date"}})
    assert [what for _, what in stale] == ["`servers` urls: upstream `x`", "mentions `query:start_date`"]
    assert book.unused([], {"GET /other": set()}) == []  # its operation was not compared


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": "Not Kebab"}, "kebab-case"),
        ({"ours": ""}, "missing ours"),
        ({"explains": []}, "explains or mentions"),
        ({"colour": "red"}, "unknown keys"),
        ({"explains": [{"aspect": "x"}]}, "needs a `location`"),
        ({"explains": [{"location": "x", "change": "moved"}]}, "change must be"),
    ],
)
def test_malformed_errata_are_rejected(change: dict[str, object], message: str) -> None:
    with pytest.raises(ErrataError, match=message):
        errata.parse({"errata": [{**ENTRY, **change}]})


def test_duplicate_ids_are_rejected() -> None:
    with pytest.raises(ErrataError, match="not unique"):
        errata.parse({"errata": [ENTRY, ENTRY]})


def test_errata_md_is_rendered_from_errata_yml() -> None:
    book = errata.load()
    text = (ROOT / "openapi" / "ERRATA.md").read_text(encoding="utf-8")
    assert text == errata.render(book), "openapi/ERRATA.md is stale: run `python -m scripts.errata`"
    assert all(f"(`{entry.id}`)" in text for entry in book.entries)
    assert all(entry.rules or entry.mentions for entry in book.entries)
    assert errata.main(["--check"]) == 0
