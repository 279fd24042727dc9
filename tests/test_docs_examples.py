"""Docs are code: every example in README.md, CONTRIBUTING.md and the docstrings runs or is accounted for.

- Python examples run as written in a fresh interpreter against the bundled mock (requests to
  Voucherify's hosts are sent to it, any other host is refused). An example defining `test_*`
  functions runs under pytest (with this package's plugin); a `>>>` example runs under doctest.
  The lint session type-checks them (`mypy --strict`, basedpyright strict; see
  `tests/docs_examples.py`): type checkers need a regular install, not an editable one.
- Shell commands are not run here (each would install from the index, call the live API or
  take minutes); `NOT_RUN` gives each one's reason, and each is still checked: CLI commands
  against the real argument parser, nox commands against the noxfile's sessions, installs
  against the package's extras.
- A new example that is neither runnable nor listed here fails `test_every_example_is_accounted_for`.
"""

from __future__ import annotations

import ast
import os
import shlex
import subprocess
import sys
from importlib.metadata import metadata
from pathlib import Path

import pytest
from voucherify_activities.conformance.mock.dataset import DOCUMENTED_IDS
from voucherify_activities.conformance.pytest_plugin import MockHandle

from tests.docs_examples import ROOT, Example, docstring_examples, markdown_examples, shell_commands
from voucherify_activities import cli

SANDBOX = Path(__file__).with_name("docs_sandbox.py")
PYTHON = {"python", "py"}
SHELL = {"sh", "bash", "shell", "console"}

# Every shell command in the docs, with why it is not run here.
INDEX = "installs from the package index"
RUN_BY_CLI_TEST = "run as written (on a free port) by test_the_readme_base_url_example_passes_against_the_readme_mock"
NOT_RUN = {
    "python3 -m venv .venv": "creates the contributor's environment in the checkout (the editable session makes one)",
    ". .venv/bin/activate": "changes the calling shell only",
    "python3 -m pip install nox": INDEX,
    "python3 -m nox -s conformance": "a nox session CI runs (minutes)",
    "python3 -m nox": "CI itself: .ci/run runs exactly this",
    "pip install 'voucherify-activities[conformance]'": INDEX,
    "voucherify-activities conformance --junit-xml report.xml": "the conformance session runs it (minutes)",
    "VOUCHERIFY_APP_ID=... VOUCHERIFY_APP_TOKEN=... VOUCHERIFY_CLUSTER=us1 VOUCHERIFY_PROGRAM_ID=lprg_... "
    "VOUCHERIFY_INCENTIVE_ID=linc_... VOUCHERIFY_EARNING_RULE_ID=... VOUCHERIFY_CUSTOMER_ID=cust_... "
    "voucherify-activities conformance --target live --junit-xml report.xml": "calls the live API",
    # README's "against any server" lines: tests/test_conformance_cli.py runs them (on a free port).
    "export VOUCHERIFY_MOCK_APP_ID=demo VOUCHERIFY_MOCK_APP_TOKEN=demo-token": RUN_BY_CLI_TEST,
    "voucherify-activities mock --port 4010": RUN_BY_CLI_TEST,
    "VOUCHERIFY_APP_ID=demo VOUCHERIFY_APP_TOKEN=demo-token VOUCHERIFY_PROGRAM_ID=lprg_0a1b2c3d4e5f "
    "VOUCHERIFY_INCENTIVE_ID=linc_0a1b2c3d4e5f VOUCHERIFY_EARNING_RULE_ID=lern_0a1b2c3d4e5f "
    "VOUCHERIFY_CUSTOMER_ID=cust_0a1b2c3d4e5f voucherify-activities conformance --base-url http://127.0.0.1:4010": (
        RUN_BY_CLI_TEST
    ),
    "python3 -m nox -s drift-pages -- ../shared/docs-pages-new": "needs newly saved reference pages",
    "python3 -m nox -s drift-upstream -- '../shared/upstream/<date>/'": "needs a new upstream snapshot",
    "python3 -m nox -s refresh -- ../shared/docs-pages-new --upstream '../shared/upstream/<date>/'": (
        "needs newly saved reference pages; rewrites openapi/ (tests/test_drift_refresh.py runs it on a copy)"
    ),
    "python3 -m nox -s spec-diff -- --old release --changelog CHANGELOG.md": (
        "downloads the last release; rewrites CHANGELOG.md"
    ),
}
# Docstring literal blocks that are not code.
NOT_CODE = {"src/voucherify_activities/errors.py (module docstring)": "the error hierarchy, drawn"}

EXAMPLES = markdown_examples() + docstring_examples()
PYTHON_EXAMPLES = [example for example in EXAMPLES if example.language in PYTHON]
SHELL_COMMANDS = [
    (example, command) for example in EXAMPLES if example.language in SHELL for command in shell_commands(example.code)
]


def ids(example: Example) -> str:
    return example.slug


def unaccounted(examples: list[Example]) -> list[str]:
    """Examples neither run here nor listed with a reason."""
    found = []
    for example in examples:
        where = f"{example.source}, line {example.line}"
        if example.language in SHELL:
            found += [f"{where}: {command}" for command in shell_commands(example.code) if command not in NOT_RUN]
        elif example.language not in PYTHON and example.source not in NOT_CODE:
            found.append(f"{where} ({example.language or 'no language'})")
    return found


def test_every_example_is_accounted_for() -> None:
    assert unaccounted(EXAMPLES) == [], "run these examples here, or list them in NOT_RUN / NOT_CODE with a reason"
    stale = set(NOT_RUN) - {command for _, command in SHELL_COMMANDS}
    stale |= set(NOT_CODE) - {example.source for example in EXAMPLES if example.language == "text"}
    assert not stale, "no longer in the docs; drop them from NOT_RUN / NOT_CODE"


def test_a_new_example_nobody_accounted_for_is_caught() -> None:
    new = [
        Example("README.md", 500, "sh", "python3 -m nox && curl https://api.voucherify.io/v1/x\n"),
        Example("README.md", 510, "toml", "[tool.x]\n"),
        Example("src/voucherify_activities/paging.py (module docstring)", 1, "text", "a -> b\n"),
    ]
    assert unaccounted(EXAMPLES + new) == [
        "README.md, line 500: curl https://api.voucherify.io/v1/x",
        "README.md, line 510 (toml)",
        "src/voucherify_activities/paging.py (module docstring), line 1 (text)",
    ]


def defines_tests(code: str) -> bool:
    return any(isinstance(node, ast.FunctionDef) and node.name.startswith("test_") for node in ast.parse(code).body)


def run_example(example: Example, mock: MockHandle, folder: Path) -> subprocess.CompletedProcess[str]:
    if example.code.lstrip().startswith(">>>"):
        path, command = folder / f"{example.slug}.txt", ["-m", "doctest"]
    elif defines_tests(example.code):
        plugin = "voucherify_activities.conformance.pytest_plugin"  # the only plugin loaded: see env below
        path, command = folder / f"test_{example.slug}.py", ["-m", "pytest", "-q", "-p", plugin]
    else:
        path, command = folder / f"{example.slug}.py", []
    path.write_text(example.code, "utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith("VOUCHERIFY_")}
    env |= {"VOUCHERIFY_BASE_URL": mock.base_url, "VOUCHERIFY_APP_ID": mock.app_id, "VOUCHERIFY_APP_TOKEN": "t"}
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    argv = [sys.executable, str(SANDBOX), mock.base_url, *command, path.name]
    return subprocess.run(argv, cwd=folder, env=env, capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.parametrize("example", PYTHON_EXAMPLES, ids=ids)
def test_python_example_runs_against_the_mock(example: Example, voucherify_mock: MockHandle, tmp_path: Path) -> None:
    done = run_example(example, voucherify_mock, tmp_path)
    print(f"--- {example.source}, line {example.line}\n{done.stdout}{done.stderr}")
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_ids_the_docs_use_exist_in_the_mock(voucherify_mock: MockHandle) -> None:
    for kind, owner in DOCUMENTED_IDS.items():
        assert owner in voucherify_mock.owners(kind)
    assert all(DOCUMENTED_IDS["program"] in example.code for example in PYTHON_EXAMPLES if "lprg_" in example.code)


def test_a_failing_example_fails(voucherify_mock: MockHandle, tmp_path: Path) -> None:
    done = run_example(Example("x.md", 1, "python", "raise SystemExit('broken')\n"), voucherify_mock, tmp_path)
    assert done.returncode == 1
    assert "broken" in done.stderr


def test_examples_reach_the_mock_for_voucherify_hosts_and_nothing_else(
    voucherify_mock: MockHandle, tmp_path: Path
) -> None:
    code = """import asyncio, httpx
url = "https://us1.api.voucherify.io/v2/loyalties/programs/lprg_0a1b2c3d4e5f/activities"
response = httpx.get(url, headers={"X-App-Id": "a", "X-App-Token": "b"})
assert response.status_code == 200 and response.json()["data"], response.text
async def main() -> None:
    async with httpx.AsyncClient() as client:
        assert (await client.get(url, headers={"X-App-Id": "a", "X-App-Token": "b"})).status_code == 200
asyncio.run(main())
print("reached the mock")
httpx.get("https://example.com/")
"""
    done = run_example(Example("x.md", 1, "python", code), voucherify_mock, tmp_path)
    assert "reached the mock" in done.stdout, done.stderr
    assert done.returncode == 1
    assert "tried to reach example.com" in done.stderr


def nox_sessions() -> set[str]:
    """Session names the noxfile defines (`@nox.session` on a function, or with `name=`)."""
    names: set[str] = set()
    for node in ast.parse((ROOT / "noxfile.py").read_text("utf-8")).body:
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


def check_command(command: str) -> None:
    words = shlex.split(command)
    if words[0] == "export":
        assert all("=" in word for word in words[1:]), f"`{command}`"
        return
    while words and "=" in words[0] and not words[0].startswith("-"):
        words.pop(0)  # VAR=value prefixes
    if words[0] == "voucherify-activities":
        try:
            cli.build_parser().parse_args(words[1:])
        except SystemExit as error:
            pytest.fail(f"`{command}`: the CLI refuses these arguments (exit {error.code})")
    elif words[:3] == ["python3", "-m", "nox"]:
        if "-s" in words:
            assert words[words.index("-s") + 1] in nox_sessions(), f"`{command}`: no such nox session"
    elif words[:2] == ["pip", "install"] or words[:4] == ["python3", "-m", "pip", "install"]:
        for requirement in words[words.index("install") + 1 :]:
            name, _, extra = requirement.partition("[")
            if name == "voucherify-activities" and extra:
                assert extra.rstrip("]") in (metadata(name).get_all("Provides-Extra") or []), f"`{command}`"
            else:
                assert requirement == "nox", f"`{command}`: an install the docs did not have before; check it"
    else:
        assert command in {"python3 -m venv .venv", ". .venv/bin/activate"}, f"`{command}`: add a check for it"


@pytest.mark.parametrize(
    ("example", "command"),
    SHELL_COMMANDS,
    ids=[f"{example.slug}-{index}" for index, (example, _) in enumerate(SHELL_COMMANDS)],
)
def test_shell_command_is_valid(example: Example, command: str) -> None:
    check_command(command)


def test_shell_blocks_split_into_commands() -> None:
    block = "export A=1 B='x y'  # set\nmock --port 1 \\\n  --seed 7 &\nfoo && bar; baz\n"
    assert shell_commands(block) == ["export A=1 'B=x y'", "mock --port 1 --seed 7", "foo", "bar", "baz"]
