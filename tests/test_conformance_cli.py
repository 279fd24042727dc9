"""`voucherify-activities conformance`: options, targets, skips without credentials, JUnit XML, no secret printed.

The runs happen in a fresh process, as in a user's CI; none reaches beyond 127.0.0.1 (a
"live" target is pointed at a closed local port through VOUCHERIFY_BASE_URL).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from voucherify_activities.conformance import profiles, runner
from voucherify_activities.conformance.mock import MockConfig, MockServer

from voucherify_activities import cli

SECRET = "cli-conformance-secret-0123456789"


def closed_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def conformance(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {key: value for key, value in os.environ.items() if not key.startswith("VOUCHERIFY_")}
    command = [sys.executable, "-m", "voucherify_activities.cli", "conformance", *args]
    return subprocess.run(command, env=clean | (env or {}), capture_output=True, text=True, timeout=300, check=False)


def test_help_documents_targets_profiles_and_variables(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["conformance", "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    for expected in ("--base-url", "--target", "--junit-xml", "--profile", "--strict", "VOUCHERIFY_APP_TOKEN", "GET"):
        assert expected in text


def test_cli_profiles_are_the_suites_profiles(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["conformance", "--profile", "nope"])
    message = capsys.readouterr().err
    assert all(name in message for name in profiles.PROFILES)


def test_options_become_pytest_arguments() -> None:
    args = runner.pytest_args(
        runner.Options(suite="client", operations=("list_program_activities",), junit_xml=Path("r.xml"), strict="fail")
    )
    assert [Path(arg).name for arg in args if arg.endswith(".py")] == list(runner.SUITES["client"])
    assert "--junit-xml=r.xml" in args
    assert args[args.index("--conformance-operation") + 1] == "list_program_activities"
    assert args[args.index("--conformance-strict") + 1] == "fail"


def test_default_target_is_the_bundled_mock_started_by_the_suite(tmp_path: Path) -> None:
    report, facts = tmp_path / "report.xml", tmp_path / "summary.json"
    done = conformance(
        *("--suite", "server", "--operation", "list_earning_rule_activities"),
        *("--junit-xml", str(report), "--json", str(facts)),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "target: bundled mock at http://127.0.0.1:" in done.stdout
    assert "VERDICT: PASS" in done.stdout
    summary = json.loads(facts.read_text("utf-8"))
    assert summary["verdict"] == "PASS"
    assert summary["server_requests"] > 100
    checked = {row["check"] for row in summary["checks"] if row["operation"] == "list_earning_rule_activities"}
    assert {"response_schema_conformance", "negative_data_rejection", "existing_resources_found"} <= checked
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None
    assert suite.get("name") == "voucherify-activities-conformance"
    names = [case.get("name", "") for case in suite.iter("testcase")]
    assert "test_valid_requests_are_served[list_earning_rule_activities]" in names
    assert "test_invalid_requests_are_refused[list_earning_rule_activities]" in names


def test_live_without_credentials_is_skipped_with_the_reason_not_failed(tmp_path: Path) -> None:
    report = tmp_path / "report.xml"
    env = {"VOUCHERIFY_BASE_URL": f"http://127.0.0.1:{closed_port()}"}
    done = conformance("--target", "live", "--suite", "server", "--junit-xml", str(report), env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "VERDICT: SKIPPED" in done.stdout
    assert "set VOUCHERIFY_APP_ID and VOUCHERIFY_APP_TOKEN" in done.stdout
    cases = list(ET.parse(report).getroot().iter("testcase"))
    assert cases
    assert all(case.find("skipped") is not None for case in cases)


def test_live_operations_without_an_id_are_skipped_naming_the_variable() -> None:
    with MockServer(MockConfig(app_id="cli", app_token=SECRET)) as mock:
        program = mock.app.store.owners("program")[0]
        env = {
            "VOUCHERIFY_BASE_URL": mock.base_url,
            "VOUCHERIFY_APP_ID": "cli",
            "VOUCHERIFY_APP_TOKEN": SECRET,
            "VOUCHERIFY_PROGRAM_ID": program,
        }
        # The Voucherify default of 5 requests a second would stretch this to minutes.
        done = conformance("--target", "live", "--suite", "server", "--rate-limit", "10000/s", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "target: Voucherify API at " + mock.base_url in done.stdout
    for variable in ("VOUCHERIFY_CUSTOMER_ID", "VOUCHERIFY_INCENTIVE_ID", "VOUCHERIFY_EARNING_RULE_ID"):
        assert variable in done.stdout
    row = next(line for line in done.stdout.splitlines() if line.startswith("response_schema_conformance"))
    customer, program, incentive, earning_rule = row.split()[1:]
    assert (customer, incentive, earning_rule) == ("-", "-", "-")
    assert program.endswith("/0")
    assert SECRET not in done.stdout + done.stderr


def test_an_unreachable_target_fails_at_once() -> None:
    env = {"VOUCHERIFY_APP_ID": "cli", "VOUCHERIFY_APP_TOKEN": SECRET}
    done = conformance("--base-url", f"http://127.0.0.1:{closed_port()}", "--suite", "server", env=env)
    assert done.returncode == pytest.ExitCode.USAGE_ERROR
    assert "cannot reach http://127.0.0.1:" in done.stderr
    assert SECRET not in done.stdout + done.stderr
