"""The mock over real HTTP: the pytest plugin's fixtures, the generated client paging end to end, the CLI."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from voucherify_activities.conformance.mock import MockConfig
from voucherify_activities.conformance.pytest_plugin import MockHandle

from voucherify_activities import cli
from voucherify_activities.api import (
    list_customer_activities,
    list_earning_rule_activities,
    list_incentive_activities,
    list_program_activities,
)
from voucherify_activities.models import (
    CustomerActivityList,
    ProgramActivityFilters,
    ProgramActivityTypeConditions,
    ProgramActivityTypeFilter,
)

V2_OPERATIONS: dict[str, Any] = {
    "program": list_program_activities,
    "incentive": list_incentive_activities,
    "earning_rule": list_earning_rule_activities,
}


def newest_first(mock: MockHandle, kind: str, owner: str) -> list[str]:
    log = mock.server.app.store.find(kind, owner)
    assert log is not None
    return log.ids[::-1]


@pytest.mark.parametrize("kind", list(V2_OPERATIONS))
def test_generated_client_pages_a_v2_log_to_the_end(voucherify_mock: MockHandle, kind: str) -> None:
    operation = V2_OPERATIONS[kind]
    owner = voucherify_mock.owners(kind)[0]
    seen: list[str] = []
    cursor: Any = None
    while True:
        kwargs: dict[str, Any] = {"limit": 100} | ({"cursor": cursor} if cursor else {})
        page = operation.sync(owner, client=voucherify_mock.client, **kwargs)
        assert page is not None, kind
        assert hasattr(page, "data"), page
        seen.extend(activity.id for activity in page.data)
        if not page.cursor:
            break
        cursor = page.cursor.to_dict()["next"]
    assert seen == newest_first(voucherify_mock, kind, owner)


def test_generated_client_filters_reach_the_mock(voucherify_mock: MockHandle) -> None:
    owner = voucherify_mock.owners("program")[0]
    wanted: list[Any] = ["vl.program.updated", "vl.program.activated"]
    filters = ProgramActivityFilters(
        type=ProgramActivityTypeFilter(conditions=ProgramActivityTypeConditions(in_=wanted))
    )
    page = list_program_activities.sync(owner, client=voucherify_mock.client, filters=filters, limit=100)
    assert page is not None
    assert hasattr(page, "data")
    assert page.data
    assert {activity.type for activity in page.data} <= set(wanted)


def test_generated_client_pages_a_customer_log_with_starting_after_id(voucherify_mock: MockHandle) -> None:
    owner = voucherify_mock.owners("customer")[0]
    seen: list[str] = []
    after: Any = None
    while True:
        kwargs: dict[str, Any] = {"limit": 7} | ({"starting_after_id": after} if after else {})
        page = list_customer_activities.sync(owner, client=voucherify_mock.client, **kwargs)
        assert isinstance(page, CustomerActivityList), page
        if not page.data:
            break
        seen.extend(activity.id for activity in page.data)
        after = page.data[-1].id
    assert seen == newest_first(voucherify_mock, "customer", owner)


def test_plain_http_with_a_bearer_token(voucherify_mock: MockHandle) -> None:
    owner = voucherify_mock.owners("incentive")[0]
    url = f"{voucherify_mock.base_url}/v2/loyalties/incentives/{owner}/activities"
    response = httpx.get(url, params={"limit": "3"}, headers={"Authorization": "Bearer t0ken"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert len(response.json()["data"]) == 3
    assert httpx.get(url).status_code == 401
    assert httpx.post(url, headers={"Authorization": "Bearer t0ken"}).status_code == 405


def test_handle_repr_hides_the_token(voucherify_mock: MockHandle) -> None:
    assert voucherify_mock.app_token not in repr(voucherify_mock)


def test_factory_starts_a_mock_with_faults(voucherify_mock_factory: Callable[..., MockHandle]) -> None:
    mock = voucherify_mock_factory(MockConfig(size=200, fault_503_rate=1.0, retry_after_seconds=3))
    owner = mock.owners("program")[0]
    response = httpx.get(
        f"{mock.base_url}/v2/loyalties/programs/{owner}/activities",
        headers={"X-App-Id": mock.app_id, "X-App-Token": mock.app_token},
    )
    assert response.status_code == 503
    assert response.headers["retry-after"] == "3"
    assert response.json()["code"] == 503


def test_cli_serves_until_stopped() -> None:
    command = [sys.executable, "-m", "voucherify_activities.cli", "mock", "--port", "0", "--size", "300", "--seed", "2"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        match = re.search(r"300 activities on (http://127\.0\.0\.1:\d+)", first)
        assert match, first + (process.stderr.read() if process.poll() is not None and process.stderr else "")
        program = re.search(r"program: \d+, e\.g\. (lprg_[0-9a-f]+)", process.stdout.readline())
        assert program
        url = f"{match.group(1)}/v2/loyalties/programs/{program.group(1)}/activities"
        response = httpx.get(url, headers={"X-App-Id": "a", "X-App-Token": "b"}, timeout=10)
        assert response.status_code == 200
        assert json.loads(response.text)["data"]
    finally:
        process.terminate()
        process.wait(10)


def test_cli_help_and_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_help:
        cli.main(["mock", "--help"])
    assert exit_help.value.code == 0
    assert "--seed" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_bad:
        cli.main(["mock", "--fault-503", "1.5"])
    assert exit_bad.value.code == cli.USAGE_ERROR
    assert "--fault-503: 1.5 must be between 0 and 1" in capsys.readouterr().err


def test_cli_says_which_extra_is_missing(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "uvicorn" else real(name, *a))
    assert cli.main(["mock", "--port", "0"]) == cli.USAGE_ERROR
    assert "pip install 'voucherify-activities[mock]'" in capsys.readouterr().err


def test_cli_reports_a_bad_data_file(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text('{"id": "laprg_1", "type": "vl.program.nope", "program_id": "lprg_1"}\n')
    assert cli.main(["mock", "--port", "0", "--data", str(data)]) == 2
    assert "line 1" in capsys.readouterr().err
