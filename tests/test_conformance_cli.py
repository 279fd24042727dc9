"""`voucherify-activities conformance`: options, targets, skips without credentials, JUnit XML, no secret printed.

The runs happen in a fresh process, as in a user's CI; none reaches beyond 127.0.0.1 (a
"live" target is pointed at a closed local port through VOUCHERIFY_BASE_URL).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
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


@pytest.mark.parametrize("where", [("--target", "live"), ("--base-url", "http://127.0.0.1:9")])
def test_a_run_without_credentials_is_not_checked_never_passed(tmp_path: Path, where: tuple[str, str]) -> None:
    report = tmp_path / "report.xml"
    env = {"VOUCHERIFY_BASE_URL": f"http://127.0.0.1:{closed_port()}"}
    done = conformance(*where, "--junit-xml", str(report), env=env)  # client suites pass, server unchecked
    assert done.returncode == 5, done.stdout + done.stderr
    assert "VERDICT: NOT CHECKED" in done.stdout
    assert "VERDICT: PASS" not in done.stdout
    assert _junit_property(report, "verdict") == "NOT CHECKED"
    allowed = conformance(*where, "--suite", "server", "--allow-skips", env=env)
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert "VERDICT: NOT CHECKED" in allowed.stdout
    assert "--allow-skips" in allowed.stdout


def _junit_property(report: Path, name: str) -> str | None:
    found = [p.get("value") for p in ET.parse(report).getroot().iter("property") if p.get("name") == name]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("option", "value", "named"),
    [("--rate-limit", "fast", "rate limit"), ("--rate-limit", "0/s", "rate limit"), ("--time-budget", "soon", "soon")],
)
def test_a_bad_option_value_is_one_line_not_a_traceback(option: str, value: str, named: str) -> None:
    done = conformance(option, value, "--suite", "server")
    assert done.returncode == cli.USAGE_ERROR, done.stdout + done.stderr  # never INTERRUPTED's 2
    assert "Traceback" not in done.stdout + done.stderr
    errors = [line for line in (done.stdout + done.stderr).splitlines() if "error" in line.lower()]
    assert len(errors) == 1, done.stdout + done.stderr  # one line (argparse prints its usage above it)
    assert named in errors[0]


def test_sigterm_ends_with_an_interrupted_verdict_and_junit_says_so(tmp_path: Path) -> None:
    report = tmp_path / "report.xml"
    clean = {key: value for key, value in os.environ.items() if not key.startswith("VOUCHERIFY_")}
    command = [sys.executable, "-m", "voucherify_activities.cli", "conformance", "--suite", "server"]
    process = subprocess.Popen(
        [*command, "--junit-xml", str(report)], env=clean, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert process.stdout is not None
    for line in process.stdout:  # the first progress line: the run is under way
        if "[conformance" in line:
            break
    process.send_signal(signal.SIGTERM)
    output = process.stdout.read()
    assert process.wait(timeout=60) == 2, output
    assert "VERDICT: INTERRUPTED" in output
    assert _junit_property(report, "verdict") == "INTERRUPTED"


def test_the_time_budget_ends_a_thorough_run_inside_it_with_a_summary(tmp_path: Path) -> None:
    started = time.monotonic()
    done = conformance("--profile", "thorough", "--time-budget", "12", "--operation", "list_incentive_activities")
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stdout + done.stderr
    assert elapsed < 12 + 20, elapsed  # the budget, plus start-up and the summary
    assert "VERDICT: PASS" in done.stdout
    assert "time budget:" in done.stdout


def test_a_skipped_run_names_the_reason_and_junit_marks_every_case_skipped(tmp_path: Path) -> None:
    report = tmp_path / "report.xml"
    env = {"VOUCHERIFY_BASE_URL": f"http://127.0.0.1:{closed_port()}"}
    done = conformance("--target", "live", "--suite", "server", "--junit-xml", str(report), "--allow-skips", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
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
    assert done.returncode == 5, done.stdout + done.stderr  # three operations skipped: INCOMPLETE
    assert "VERDICT: INCOMPLETE" in done.stdout
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


def test_the_readme_base_url_example_passes_against_the_readme_mock(tmp_path: Path) -> None:
    """README's "against any server" lines, run as written (only the port is a free one): PASS."""
    from tests.docs_examples import markdown_examples, shell_commands  # noqa: PLC0415 - markdown-it, tests only

    block = next(example.code for example in markdown_examples(("README.md",)) if "--base-url" in example.code)
    commands = shell_commands(block)
    start = commands.index(next(command for command in commands if command.startswith("export ")))
    export, mock, check = commands[start : start + 3]
    port = str(closed_port())
    env = {key: value for key, value in os.environ.items() if not key.startswith("VOUCHERIFY_")}
    env |= dict(word.split("=", 1) for word in export.split()[1:])
    mock_argv = mock.replace("4010", port).split()
    assert mock_argv[:2] == ["voucherify-activities", "mock"], mock
    check_words = check.replace("4010", port).split()
    first_command_word = next(index for index, word in enumerate(check_words) if "=" not in word)
    check_env = env | dict(word.split("=", 1) for word in check_words[:first_command_word])
    check_argv = check_words[first_command_word:]
    assert check_argv[:2] == ["voucherify-activities", "conformance"], check
    cli_module = [sys.executable, "-m", "voucherify_activities.cli"]
    server = subprocess.Popen([*cli_module, *mock_argv[1:]], env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        server.stdout.readline()  # the mock prints where it listens once it does
        run = subprocess.run(
            [*cli_module, *check_argv[1:], "--junit-xml", str(tmp_path / "report.xml")],
            env=check_env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "VERDICT: PASS" in run.stdout
    assert "demo-token" not in run.stdout + run.stderr + (tmp_path / "report.xml").read_text()
