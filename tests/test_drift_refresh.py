"""refresh (scripts/refresh.py): new pages -> edited openapi/, regenerated client, changelog and
version. The edit step runs per page mutation on a copy of openapi/; the whole command (with the
slow regeneration) runs once, on a copy of the repository, never on this checkout."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from ruamel.yaml import YAML

from scripts import drift_pages, refresh
from scripts.bundle import bundle, write_json
from scripts.yaml_patch import scalar
from tests.drift_mutations import MUTATIONS, PROGRAM_PAGE, UNREADABLE, Mutation

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(os.environ.get("VOUCHERIFY_DOCS_PAGES") or ROOT.parent / "shared" / "docs-pages")
UPSTREAM = Path(os.environ.get("VOUCHERIFY_UPSTREAM") or ROOT.parent / "shared" / "upstream" / "2026-06-09")


def copy_pages(target: Path, *mutations: Mutation) -> Path:
    shutil.copytree(PAGES, target)
    for path in target.iterdir():
        path.chmod(0o644)
    for mutation in mutations:
        mutation.apply(target)
    return target


def comments(folder: Path) -> list[str]:
    return [
        line.strip()
        for path in sorted(folder.glob("*.yaml"))
        for line in path.read_text().splitlines()
        if line.strip().startswith("#")
    ]


def changed_lines(before: Path, after: Path) -> int:
    done = subprocess.run(["diff", str(before), str(after)], capture_output=True, text=True, check=False)
    return sum(line.startswith((">", "<")) for line in done.stdout.splitlines())


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.name)
def test_the_edit_step_settles_each_mechanical_change(spec: dict[str, Any], tmp_path: Path, mutation: Mutation) -> None:
    spec_dir = tmp_path / "openapi"
    shutil.copytree(ROOT / "openapi", spec_dir)
    pages = copy_pages(tmp_path / "pages", mutation)
    findings = drift_pages.compare(spec, pages).findings  # the copy is the curated spec until edited
    edits, person = refresh.plan(findings, pages)
    outcome = refresh.apply(spec_dir, edits)
    edited = bundle(spec_dir)
    left = {(f.operation, f.location, f.aspect, f.change) for f in drift_pages.compare(edited, pages).findings}
    if mutation.mechanical:
        assert left == set()
        assert person == []
        assert outcome.for_person == []
        # each edit names the page line that caused it
        assert outcome.edits
        assert all(re.match(r"[\w.-]+\.txt:\d+$", edit.where) for edit, _ in outcome.edits)
    else:
        assert left == mutation.reported  # nothing guessed: the same findings, for a person
        assert outcome.edits == []
        assert any(mutation.person in line for line in person)
    # comments and layout kept: every comment is still there, only a few lines changed
    assert comments(spec_dir) == comments(ROOT / "openapi")
    total = sum(changed_lines(ROOT / "openapi" / p.name, p) for p in spec_dir.glob("*.yaml"))
    assert total <= 16
    problems = refresh.invalid_examples(edited)
    if mutation.person and mutation.mechanical:
        assert any(mutation.person in problem for problem in problems)
    else:
        assert problems == []


def test_a_parameter_two_operations_share_is_copied_only_where_the_page_changed(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    spec_dir = tmp_path / "openapi"
    shutil.copytree(ROOT / "openapi", spec_dir)
    [program_default] = [m for m in MUTATIONS if m.name.startswith("program limit default")]
    pages = copy_pages(tmp_path / "pages", program_default)
    edits, _ = refresh.plan(drift_pages.compare(spec, pages).findings, pages)
    refresh.apply(spec_dir, edits)
    edited = bundle(spec_dir)
    assert edited["components"]["parameters"]["ActivityLimit"]["schema"]["default"] == 10  # the others' stays
    program = edited["paths"]["/v2/loyalties/programs/{id}/activities"]["get"]["parameters"]
    [limit] = [p for p in program if p.get("name") == "limit"]
    assert limit["schema"] == {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}


def test_a_new_example_field_is_typed_from_the_example() -> None:
    assert refresh.schema_for(123) == {"type": "integer"}
    assert refresh.schema_for("2023-11-07T05:31:56Z") == {"type": "string", "format": "date-time"}
    assert refresh.schema_for({"id": "<string>", "n": [1.5]}) == {
        "type": "object",
        "properties": {"id": {"type": "string"}, "n": {"type": "array", "items": {"type": "number"}}},
    }


@given(text=st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30), in_flow=st.booleans())
def test_a_scalar_reads_back_as_the_same_string(text: str, in_flow: bool) -> None:
    document = f"k: {{a: {scalar(text, True)}}}\n" if in_flow else f"k:\n  a: {scalar(text, False)}\n"
    assert YAML(typ="safe").load(document)["k"]["a"] == text


@pytest.mark.parametrize("kind", UNREADABLE)
def test_unreadable_pages_exit_2_naming_the_file(tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    pages = copy_pages(tmp_path / "pages")
    path = pages / PROGRAM_PAGE
    content = UNREADABLE[kind]
    path.write_bytes(path.read_bytes()[:2000] if content is None else content)
    root = tmp_path / "tree"
    shutil.copytree(ROOT / "openapi", root / "openapi")
    assert refresh.main([str(pages), "--root", str(root), "--old", str(root / "openapi"), "--no-regenerate"]) == 2
    assert str(path) in capsys.readouterr().err
    assert comments(root / "openapi") == comments(ROOT / "openapi")  # nothing edited


def test_refresh_lists_what_it_cannot_decide_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    person = [m for m in MUTATIONS if not m.mechanical]
    pages = copy_pages(tmp_path / "pages", *person)
    root = tmp_path / "tree"
    for name in ("openapi", "pyproject.toml", "CHANGELOG.md"):
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy)(ROOT / name, root / name)
    before = (root / "CHANGELOG.md").read_text()
    # an upstream file with a defect: its program path template names a parameter it does not declare
    upstream = tmp_path / "upstream"
    upstream.mkdir()
    loyalties = json.loads((UPSTREAM / "loyalties-v2.json").read_text())
    paths = loyalties["paths"]
    paths["/v2/loyalties/programs/{programId}/activities"] = paths.pop("/v2/loyalties/programs/{id}/activities")
    (upstream / "loyalties-v2.json").write_text(json.dumps(loyalties))
    args = [str(pages), "--root", str(root), "--old", str(root / "openapi"), "--no-regenerate"]
    assert refresh.main([*args, "--upstream", str(upstream)]) == 1
    out = capsys.readouterr().out
    listed = out.split("## For a person", 1)[1]
    for mutation in person:
        assert mutation.person in listed
    assert "upstream: `GET /v2/loyalties/programs/{id}/activities` operation: path template changed" in listed
    assert "No spec changes" in out
    assert (root / "CHANGELOG.md").read_text() == before


def test_the_whole_refresh_on_a_copy_of_the_repository(tmp_path: Path) -> None:
    """Every mechanical mutation at once, through the command itself: the tree it leaves has
    pages and spec in agreement, generated/ in step (check-generated), valid examples, the
    docs-coverage test passing against the new pages, and the changelog and version right."""
    mutations = [m for m in MUTATIONS if m.mechanical and not m.person]
    pages = copy_pages(tmp_path / "pages", *mutations)
    tree = tmp_path / "tree"
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.decode()
    for name in filter(None, files.split("\0")):
        target = tree / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    old = tmp_path / "released.json"
    write_json(bundle(ROOT / "openapi"), old)

    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args], cwd=tree, capture_output=True, text=True, check=False, timeout=600, env=env
        )

    done = run("-m", "scripts.refresh", str(pages), "--old", str(old), "--version", "0.1.0", "--date", "2026-06-10")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "## For a person (0)" in done.stdout
    edits = re.findall(r"^- ([\w.-]+\.txt:\d+): ", done.stdout, re.M)
    assert len(edits) >= len(mutations)
    assert run("-m", "scripts.drift_pages", str(pages), "--quiet").returncode == 0
    build = tree / "build"
    assert run("-m", "scripts.bundle", "--output", str(build / "openapi.json")).returncode == 0
    for overlay, output in (("codegen", "codegen.json"), ("strict", "openapi.strict.json")):
        assert (
            run(
                "-m",
                "scripts.apply_overlays",
                str(build / "openapi.json"),
                f"overlays/{overlay}.yaml",
                "-o",
                str(build / output),
            ).returncode
            == 0
        )
    check = run(
        "-m",
        "scripts.check_generated",
        str(build / "codegen.json"),
        "--ship",
        str(build / "openapi.json"),
        "--ship",
        str(build / "openapi.strict.json"),
    )
    assert check.returncode == 0, check.stdout + check.stderr
    shipped = json.loads((tree / "generated" / "openapi.json").read_text())
    assert shipped["info"]["version"] == "0.2.0"
    env = {**os.environ, "VOUCHERIFY_DOCS_PAGES": str(pages)}
    # (the engine test pins the real pages' list lengths, which the mutations change on purpose)
    tests = run(
        "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_spec.py", "tests/test_docs_coverage.py",
        "-k", "not test_engine_reads_whole_value_lists", env=env,
    )  # fmt: skip
    assert tests.returncode == 0, tests.stdout[-3000:]
    # a breaking change (a removed request value, a tightened pattern) below 1.0: the minor
    changelog = (tree / "CHANGELOG.md").read_text()
    releases = re.findall(r"^## \[(.+?)\]", changelog, re.M)
    assert releases[:3] == ["Unreleased", "0.2.0", "0.1.0"]
    release = changelog[changelog.index("## [0.2.0] - 2026-06-10") : changelog.index("## [0.1.0]")]
    for heading in ("Changed", "Deprecated", "Added"):
        assert release.count(f"### {heading}\n") == 1
    assert "query parameter `starting_after` deprecated" in release
    assert "query parameter `limit`: default `10` → `20`" in release
    assert "response field `data[].points` added" in release
    assert re.search(r'^version = "0\.2\.0"$', (tree / "pyproject.toml").read_text(), re.M)
    assert "version:" not in (tree / "openapi" / "openapi.yaml").read_text()  # pyproject is the one source
