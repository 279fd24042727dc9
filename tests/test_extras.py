"""One friendly message for a missing extra (or a Python too old for it): CLI and mock fixtures alike."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from voucherify_activities import cli, extras

PYTHON_3_10 = (3, 10, 14, "final", 0)


def hide(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name in names else real(name, *a))


def test_nothing_to_say_when_the_extras_are_installed() -> None:
    assert extras.problem(extras.MOCK, "x") is None
    assert extras.problem(extras.CONFORMANCE, "x") is None


def test_a_missing_module_names_it_and_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    hide(monkeypatch, "uvicorn")
    message = extras.problem(extras.MOCK, "the thing")
    assert message == "the thing needs the 'mock' extra (missing: uvicorn): pip install 'voucherify-activities[mock]'"


def test_python_3_10_is_told_the_python_version_not_to_install_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "version_info", PYTHON_3_10)
    hide(monkeypatch, "schemathesis", "openapi_core")  # as pyproject's markers leave them out on 3.10
    message = extras.problem(extras.CONFORMANCE, "voucherify-activities conformance")
    assert message == (
        "voucherify-activities conformance needs Python 3.11+ (Schemathesis 4 needs it); this is Python 3.10.14"
    )
    assert extras.problem(extras.MOCK, "the mock") is None  # the mock runs on 3.10


def test_cli_conformance_on_python_3_10(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "version_info", PYTHON_3_10)
    assert cli.main(["conformance"]) == cli.USAGE_ERROR
    error = capsys.readouterr().err
    assert "needs Python 3.11+" in error
    assert "pip install" not in error


def test_cli_mock_and_conformance_say_the_same_thing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    hide(monkeypatch, "uvicorn")
    assert cli.main(["mock", "--port", "0"]) == cli.USAGE_ERROR
    assert capsys.readouterr().err.strip() == extras.problem(extras.MOCK, "voucherify-activities mock")
    assert cli.main(["conformance"]) == cli.USAGE_ERROR
    assert capsys.readouterr().err.strip() == extras.problem(extras.CONFORMANCE, "voucherify-activities conformance")


@pytest.mark.parametrize("fixture", ["voucherify_mock", "voucherify_mock_factory"])
def test_the_mock_fixtures_give_the_same_message(fixture: str, tmp_path: Path) -> None:
    # A fresh pytest run in which uvicorn cannot be imported (None in sys.modules: find_spec says None).
    (tmp_path / "conftest.py").write_text("import sys\n\nsys.modules['uvicorn'] = None\n")
    (tmp_path / "test_uses_mock.py").write_text(f"def test_it({fixture}):\n    pass\n")
    # Only our plugin (other installed plugins cost seconds and are beside the point).
    command = [sys.executable, "-m", "pytest", "-q", "-p", "voucherify_activities.conformance.pytest_plugin"]
    env = os.environ | {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    done = subprocess.run(
        [*command, "test_uses_mock.py"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    expected = f"the {fixture} fixture needs the 'mock' extra (missing: uvicorn): "
    assert expected + "pip install 'voucherify-activities[mock]'" in output
    assert "ModuleNotFoundError" not in output
    assert "Traceback" not in output
