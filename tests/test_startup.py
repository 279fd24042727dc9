"""Start-up structure (not timing): what the pytest plugin and the CLI's fast paths import.

Each check runs in a fresh interpreter and compares `sys.modules` with a baseline taken the
same way. The timing itself is measured by `nox -s bench` (fresh processes, interleaved, medians).
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

import pytest

PACKAGE = "voucherify_activities"
# What loading the plugin may add to a pytest run: the package's (lazy) __init__, the
# `conformance` package it lives in, and the plugin module itself.
PLUGIN_ALLOWED = {PACKAGE, f"{PACKAGE}.conformance", f"{PACKAGE}.conformance.pytest_plugin"}
# What `--help`/`--version` may import of the package: the CLI and the extras table.
CLI_ALLOWED = {PACKAGE, f"{PACKAGE}.cli", f"{PACKAGE}.extras"}

DUMP_MODULES = "import json, sys; print(json.dumps(sorted(sys.modules)))"
NEUTRAL = Path(tempfile.gettempdir())  # a working directory with nothing of the checkout to import


def modules_after(code: str) -> set[str]:
    """Modules loaded in a fresh interpreter once `code` ran (its last stdout line is the dump)."""
    command = [sys.executable, "-c", code]
    done = subprocess.run(command, cwd=NEUTRAL, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def third_party(modules: set[str]) -> set[str]:
    """Modules outside the standard library and the package."""
    return {name for name in modules if name.split(".")[0] not in sys.stdlib_module_names | {PACKAGE, "__main__"}}


@functools.cache
def package_import() -> set[str]:
    return modules_after(f"import {PACKAGE}\n{DUMP_MODULES}")


def pytest_run_modules(tmp_path: Path, *options: str) -> set[str]:
    """Modules loaded by a pytest run of one trivial test that uses no fixture of ours."""
    (tmp_path / "test_nothing.py").write_text("def test_nothing():\n    pass\n")
    dump = tmp_path / f"modules{len(options)}.json"
    (tmp_path / "conftest.py").write_text(
        "import json, sys\n\n\ndef pytest_sessionfinish(session):\n"
        f"    open({str(dump)!r}, 'w').write(json.dumps(sorted(sys.modules)))\n"
    )
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options, "test_nothing.py"]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return set(json.loads(dump.read_text()))


@pytest.fixture(scope="module")
def plugin_added(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Modules a pytest run loads only because our plugin is installed."""
    tmp_path = tmp_path_factory.mktemp("plugin")
    with_plugin = pytest_run_modules(tmp_path)
    without = pytest_run_modules(tmp_path, "-p", f"no:{PACKAGE}")
    assert f"{PACKAGE}.conformance.pytest_plugin" in with_plugin  # the entry point is really loaded
    assert f"{PACKAGE}.conformance.pytest_plugin" not in without
    return with_plugin - without


def test_plugin_adds_nothing_beyond_the_package_init(plugin_added: set[str]) -> None:
    beyond_init = plugin_added - package_import()
    assert {name for name in beyond_init if name.startswith(PACKAGE)} <= PLUGIN_ALLOWED
    assert third_party(beyond_init) == set()


def test_plugin_loads_nothing_heavy(plugin_added: set[str]) -> None:
    assert {name for name in plugin_added if name.startswith(PACKAGE)} <= PLUGIN_ALLOWED
    assert third_party(plugin_added) == set()


CLI_RUN = """
import sys
before = set(sys.modules)
from voucherify_activities import cli
try:
    cli.main({argv!r})
except SystemExit:
    pass
"""


@pytest.mark.parametrize(
    "argv", [["--help"], ["--version"], ["mock", "--help"], ["conformance", "--help"], ["mock", "--port", "x"]]
)
def test_cli_fast_paths_add_nothing_beyond_the_package_init(argv: list[str]) -> None:
    loaded = modules_after(CLI_RUN.format(argv=argv) + DUMP_MODULES) - package_import()
    assert {name for name in loaded if name.startswith(PACKAGE)} <= CLI_ALLOWED
    assert third_party(loaded) == set()


def test_cli_help_loads_nothing_heavy() -> None:
    loaded = modules_after(CLI_RUN.format(argv=["--help"]) + DUMP_MODULES)
    baseline = modules_after(DUMP_MODULES)
    assert {name for name in loaded if name.startswith(PACKAGE)} <= CLI_ALLOWED
    assert third_party(loaded - baseline) == set()


def test_version_is_the_installed_distribution_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", f"{PACKAGE}.cli", "--version"], cwd=NEUTRAL, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"voucherify-activities {version('voucherify-activities')}"


def test_help_lists_version_and_commands() -> None:
    done = subprocess.run(
        [sys.executable, "-m", f"{PACKAGE}.cli", "--help"], cwd=NEUTRAL, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert all(word in done.stdout for word in ("--version", "mock", "conformance"))
    assert done.stderr == ""
