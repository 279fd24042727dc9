"""The GitHub workflows: they call the nox sessions `.ci/run` runs, cover the supported Pythons,
publish by trusted publishing, and pass the schema and zizmor (which must reject broken copies).

The schema and zizmor tests need check-jsonschema and zizmor: `nox -s workflows` installs them
and sets REQUIRE_WORKFLOW_TOOLS=1, which turns their absence into a failure instead of a skip.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts import check_workflows

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def load(name: str) -> dict[Any, Any]:
    document: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return document


def jobs(name: str) -> dict[str, Any]:
    found: dict[str, Any] = load(name)["jobs"]
    return found


def steps(job: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield from job.get("steps", [])


def nox_sessions_defined() -> set[str]:
    """Session names in noxfile.py: `@nox.session(name=...)` or the function's name."""
    names = set()
    for node in ast.walk(ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))):
        if not isinstance(node, ast.FunctionDef):
            continue
        for decorator in node.decorator_list:
            call = decorator if isinstance(decorator, ast.Call) else None
            target = call.func if call else decorator
            if ast.unparse(target) != "nox.session":
                continue
            named = [kw.value for kw in (call.keywords if call else []) if kw.arg == "name"]
            names.add(str(named[0].value) if named and isinstance(named[0], ast.Constant) else node.name)
    return names


def nox_sessions_called() -> dict[str, set[str]]:
    """Per workflow, the sessions its `run:` steps and matrix `sessions` name."""
    called: dict[str, set[str]] = {}
    for path in sorted(WORKFLOWS.glob("*.yml")):
        names = called.setdefault(path.name, set())
        for job in jobs(path.name).values():
            for entry in job.get("strategy", {}).get("matrix", {}).get("include", []):
                names.update(str(entry.get("sessions", "")).split())
            for step in steps(job):
                for match in re.finditer(r"nox -s ([\w\s$-]+?)(?: --|$)", " ".join(str(step.get("run", "")).split())):
                    names.update(word for word in match.group(1).split() if not word.startswith("$"))
    return called


def test_every_nox_session_a_workflow_calls_exists() -> None:
    defined = nox_sessions_defined()
    called = nox_sessions_called()
    assert {"tests", "conformance", "drift-pages", "drift-upstream", "release"} <= set().union(*called.values())
    for workflow, names in called.items():
        assert names <= defined, f"{workflow} calls nox sessions that noxfile.py lacks: {sorted(names - defined)}"


def test_ci_runs_what_ci_run_runs() -> None:
    """The main CI job is `.ci/run` itself, and `.ci/run` is `nox` with its default sessions."""
    runs = [step.get("run") for step in steps(jobs("ci.yml")["default-sessions"])]
    assert "bash .ci/run" in runs
    assert re.search(r"^python3 -m nox$", (ROOT / ".ci" / "run").read_text(), re.M)
    assert set(load("ci.yml")[True]) == {"push", "pull_request"}  # YAML 1.1 reads the key `on` as True


def classifier_versions() -> set[str]:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return set(re.findall(r'"Programming Language :: Python :: (3\.\d+)"', text))


def test_ci_covers_every_supported_python_and_conformance_from_3_11() -> None:
    ci = jobs("ci.yml")
    default_python = {step.get("with", {}).get("python-version") for step in steps(ci["default-sessions"])} - {None}
    assert default_python == {"3.11"}  # with every default session, conformance included
    include = ci["python-versions"]["strategy"]["matrix"]["include"]
    matrix = {entry["python"]: entry["sessions"].split() for entry in include}
    assert set(matrix) | default_python == classifier_versions()
    ignored = {entry["python"]: entry.get("pytest-args") for entry in include}
    for python, sessions in matrix.items():
        assert "tests" in sessions
        # Schemathesis 4 needs 3.11+: the suite and its tests run on every version but 3.10.
        assert ("conformance" in sessions) == (python != "3.10"), python
        assert (ignored[python] == "--ignore-glob=tests/test_conformance_*.py") == (python == "3.10"), python


def test_release_publishes_by_trusted_publishing_after_the_release_checks() -> None:
    release = load("release.yml")
    assert release[True] == {"push": {"tags": ["v*"]}}
    assert release["permissions"] == {}
    build, publish = release["jobs"]["build"], release["jobs"]["publish"]
    assert any("nox -s release -- --no-upload --tag" in str(step.get("run")) for step in steps(build))
    assert publish["needs"] == "build"
    assert publish["permissions"] == {"id-token": "write"}
    uploads = [step for step in steps(publish) if str(step.get("uses", "")).startswith("pypa/gh-action-pypi-publish@")]
    assert len(uploads) == 1
    assert not {"password", "user"} & set(uploads[0].get("with", {}))  # no stored token


def test_scheduled_job_runs_drift_and_a_live_check_that_skips_without_secrets() -> None:
    scheduled = load("scheduled.yml")
    assert "schedule" in scheduled[True]
    drift = " ".join(str(step.get("run", "")) for step in steps(scheduled["jobs"]["drift"]))
    assert "nox -s drift-upstream" in drift
    assert "nox -s drift-pages" in drift
    live = list(steps(scheduled["jobs"]["live-contract"]))
    gate = live[0]
    assert gate["id"] == "credentials"
    assert "if" not in gate
    assert all("steps.credentials.outputs.configured == 'true'" in str(step.get("if")) for step in live[1:])
    assert any("nox -s conformance -- --target live" in str(step.get("run")) for step in live)


def test_every_action_is_pinned_by_commit() -> None:
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for job in jobs(path.name).values():
            for step in steps(job):
                if "uses" in step:
                    assert PINNED.match(step["uses"]), f"{path.name}: {step['uses']} is not pinned to a commit"


# ------------------------------------------------------------------ the schema and zizmor


def require_tools() -> None:
    missing = [tool for tool in ("check-jsonschema", "zizmor") if shutil.which(tool) is None]
    if missing and os.environ.get("REQUIRE_WORKFLOW_TOOLS"):
        pytest.fail(f"{', '.join(missing)} not installed", pytrace=False)
    if missing:
        pytest.skip(f"needs {', '.join(missing)}: `nox -s workflows` runs these")


def test_the_workflows_pass_the_schema_and_zizmor() -> None:
    require_tools()
    assert check_workflows.main([str(WORKFLOWS)]) == 0


def drop_runs_on(text: str) -> str:
    return text.replace("    runs-on: ubuntu-latest\n", "", 1)


def unpin(text: str) -> str:
    return re.sub(r"actions/checkout@[0-9a-f]{40}", "actions/checkout@v5", text, count=1)


def inject(text: str) -> str:
    return text.replace('--tag "$GITHUB_REF_NAME"', '--tag "${{ github.ref_name }}"')


def persist_credentials(text: str) -> str:
    return text.replace("          persist-credentials: false\n", "", 1)


@pytest.mark.parametrize("breakage", [drop_runs_on, unpin, inject, persist_credentials])
def test_a_broken_workflow_fails_the_check(tmp_path: Path, breakage: Callable[[str], str]) -> None:
    require_tools()
    original = (WORKFLOWS / "release.yml").read_text(encoding="utf-8")
    broken = breakage(original)
    assert broken != original, "the breakage must change the workflow"
    (tmp_path / "release.yml").write_text(broken, encoding="utf-8")
    assert check_workflows.main([str(tmp_path)]) == 1


def test_no_workflow_is_an_error(tmp_path: Path) -> None:
    assert check_workflows.main([str(tmp_path)]) == 2
