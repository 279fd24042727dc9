"""The conformance suite catches real breakage: it runs against deliberately broken variants of the mock.

Each variant wraps the mock's ASGI app and breaks one thing (a response field of the wrong
type, a required field missing, a 500 for a bad filter, an ignored `limit` bound, more items
than `limit`, an undeclared field), then `voucherify-activities conformance` runs against it
as any user's server would be checked (`--base-url`, credentials and ids from the
environment) and must report exactly that check. The intact mock, checked the same way, passes.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest
from voucherify_activities.conformance.mock import MockApp, MockConfig, MockServer

APP_ID = "proof-app"
RewriteQuery = Callable[[str], str]
RewriteResponse = Callable[[str, int, bytes], tuple[int, bytes]]


class SabotagedMock(MockApp):
    """The mock, with its requests or responses rewritten on the way through (ASGI, nothing internal)."""

    def __init__(
        self, config: MockConfig, query: RewriteQuery | None = None, response: RewriteResponse | None = None
    ) -> None:
        super().__init__(config)
        self.rewrite_query = query
        self.rewrite_response = response
        self.answered: list[tuple[str, int]] = []  # (path?query, status), in order
        self.answered_at: list[float] = []
        self.retry_after: str | None = None  # sent with every 429

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        query = scope.get("query_string", b"").decode("latin-1")
        if self.rewrite_query is not None:
            scope = {**scope, "query_string": self.rewrite_query(query).encode("latin-1")}
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def rewrite(message: Any) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            status, body = start["status"], b"".join(chunks)
            if self.rewrite_response is not None:
                status, body = self.rewrite_response(query, status, body)
            self.answered.append((f"{scope['path']}?{query}", status))
            self.answered_at.append(time.monotonic())
            headers = [(k, v) for k, v in start["headers"] if k.lower() not in (b"content-length", b"retry-after")]
            if status == 429 and self.retry_after is not None:
                headers.append((b"retry-after", self.retry_after.encode()))
            headers.append((b"content-length", str(len(body)).encode()))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await super().__call__(scope, receive, rewrite)


def each_item(change: Callable[[dict[str, Any]], None]) -> RewriteResponse:
    def rewrite(query: str, status: int, body: bytes) -> tuple[int, bytes]:
        if status != 200:
            return status, body
        page = json.loads(body)
        for item in page["data"]:
            change(item)
        return status, json.dumps(page).encode()

    return rewrite


def created_at_as_number(item: dict[str, Any]) -> None:
    item["created_at"] = 1_767_225_600


def without_id(item: dict[str, Any]) -> None:
    del item["id"]


def with_beta_field(item: dict[str, Any]) -> None:
    item["beta_field"] = {"new": True}


def server_error_for_bad_filters(query: str, status: int, body: bytes) -> tuple[int, bytes]:
    if status == 400 and "filters" in query:
        return 500, b'{"code":500,"key":"internal_error","message":"Internal server error"}'
    return status, body


def server_error_for_a_key_both_value_and_object(query: str, status: int, body: bytes) -> tuple[int, bytes]:
    """A naive deepObject parser's crash: `filters[type]=a&filters[type][conditions]=b`."""
    if status == 400 and b"given both as a value and as an object" in body:
        return 500, b'{"code":500,"key":"internal_error","message":"Internal server error"}'
    return status, body


def _with_limit(query: str, change: Callable[[int], int]) -> str:
    pairs = [
        (key, str(change(int(value))) if key == "limit" and value.lstrip("-").isdigit() else value)
        for key, value in parse_qsl(query, keep_blank_values=True)
    ]
    return urlencode(pairs)


def clamp_limit(query: str) -> str:
    """Accept any limit by quietly clamping it into 1-100, instead of refusing one out of range."""
    return _with_limit(query, lambda limit: min(max(limit, 1), 100))


def overshoot_limit(query: str) -> str:
    """Serve three more items than asked for."""
    return _with_limit(query, lambda limit: limit + 3 if 1 <= limit <= 97 else limit)


@dataclass(frozen=True)
class Variant:
    operation_id: str
    query: RewriteQuery | None = None
    response: RewriteResponse | None = None
    caught_by: str = ""  # a test that must be among the failing ones, where one suite alone reaches the break


VARIANTS = {
    "wrong type in a response": (
        Variant("list_program_activities", response=each_item(created_at_as_number)),
        "response_schema_conformance",
    ),
    "missing required field": (
        Variant("list_incentive_activities", response=each_item(without_id)),
        "response_schema_conformance",
    ),
    "500 on a bad filter": (
        Variant("list_program_activities", response=server_error_for_bad_filters),
        "not_a_server_error",
    ),
    "500 on a key given as a value and as an object": (
        Variant(
            "list_program_activities",
            response=server_error_for_a_key_both_value_and_object,
            caught_by="test_requests_of_any_shape_are_answered_not_crashed_on",
        ),
        "not_a_server_error",
    ),
    "ignored limit bound": (Variant("list_earning_rule_activities", query=clamp_limit), "negative_data_rejection"),
    "more items than limit": (Variant("list_customer_activities", query=overshoot_limit), "page_size_within_limit"),
}


@dataclass(frozen=True)
class Outcome:
    code: int
    output: str
    junit: ET.Element
    junit_text: str

    def failed_testcases(self) -> list[str]:
        return [tc.get("name", "") for tc in self.junit.iter("testcase") if tc.find("failure") is not None]


@pytest.fixture
def token() -> str:
    return "proof-" + secrets.token_hex(16)


@pytest.fixture
def start_mock(token: str) -> Iterator[Callable[..., tuple[MockServer, SabotagedMock]]]:
    servers: list[MockServer] = []

    def start(variant: Variant | None = None, **config: Any) -> tuple[MockServer, SabotagedMock]:
        mock_config = MockConfig(app_id=APP_ID, app_token=token, **config)
        app = SabotagedMock(mock_config, variant.query if variant else None, variant.response if variant else None)
        server = MockServer(mock_config, app=app).start()
        servers.append(server)
        return server, app

    yield start
    for server in servers:
        server.stop()


def run_conformance(server: MockServer, app: MockApp, token: str, tmp_path: Path, *args: str) -> Outcome:
    """`voucherify-activities conformance --base-url` in a fresh process, as a user's CI runs it."""
    store = app.store
    env = {key: value for key, value in os.environ.items() if not key.startswith("VOUCHERIFY_")}
    env |= {
        "VOUCHERIFY_APP_ID": APP_ID,
        "VOUCHERIFY_APP_TOKEN": token,
        "VOUCHERIFY_PROGRAM_ID": store.owners("program")[0],
        "VOUCHERIFY_INCENTIVE_ID": store.owners("incentive")[0],
        "VOUCHERIFY_EARNING_RULE_ID": store.owners("earning_rule")[0],
        "VOUCHERIFY_CUSTOMER_ID": store.owners("customer")[0],
        "VOUCHERIFY_CONFORMANCE_PROFILE": "ci",
    }
    junit = tmp_path / "report.xml"
    command = [sys.executable, "-m", "voucherify_activities.cli", "conformance", "--base-url", server.base_url]
    command += ["--junit-xml", str(junit), *args]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    text = junit.read_text("utf-8")
    return Outcome(done.returncode, done.stdout + done.stderr, ET.fromstring(text), text)


def summary_row(output: str, check: str) -> str:
    return next(line for line in output.splitlines() if line.startswith(check + " "))


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_each_breakage_is_reported_by_its_check(
    name: str, start_mock: Callable[..., tuple[MockServer, SabotagedMock]], token: str, tmp_path: Path
) -> None:
    variant, check = VARIANTS[name]
    server, app = start_mock(variant)
    outcome = run_conformance(server, app, token, tmp_path, "--suite", "server", "--operation", variant.operation_id)
    assert outcome.code == 1, outcome.output
    assert "FAIL" in summary_row(outcome.output, check), outcome.output
    assert f"First failure: {check} on {variant.operation_id}" in outcome.output
    assert "Reproduce with:" in outcome.output
    assert "curl -X GET" in outcome.output
    assert "VERDICT: FAIL" in outcome.output
    assert outcome.failed_testcases(), "the JUnit report names no failing test"
    assert all(variant.operation_id in name for name in outcome.failed_testcases())
    assert not variant.caught_by or any(variant.caught_by in name for name in outcome.failed_testcases())
    assert token not in outcome.output
    assert token not in outcome.junit_text


@pytest.mark.parametrize("operation_id", ["list_program_activities", "list_customer_activities"])
def test_the_intact_mock_passes_the_same_run(
    operation_id: str, start_mock: Callable[..., tuple[MockServer, SabotagedMock]], token: str, tmp_path: Path
) -> None:
    server, app = start_mock()
    outcome = run_conformance(server, app, token, tmp_path, "--suite", "server", "--operation", operation_id)
    assert outcome.code == 0, outcome.output
    assert "VERDICT: PASS" in outcome.output
    assert not outcome.failed_testcases()
    statuses = {status for _, status in app.answered}
    assert {200, 400, 404} <= statuses


def test_undeclared_fields_are_strict_mode_warnings_not_failures(
    start_mock: Callable[..., tuple[MockServer, SabotagedMock]], token: str, tmp_path: Path
) -> None:
    variant = Variant("list_program_activities", response=each_item(with_beta_field))
    server, app = start_mock(variant)
    warned = run_conformance(server, app, token, tmp_path, "--suite", "server", "--operation", variant.operation_id)
    assert warned.code == 0, warned.output
    assert "list_program_activities 200: $.data[*].beta_field" in warned.output
    assert "warnings, not failures" in warned.output
    strict_case = next(
        tc for tc in warned.junit.iter("testcase") if tc.get("name") == "test_undeclared_response_fields"
    )
    skipped = strict_case.find("skipped")
    assert skipped is not None
    assert "beta_field" in skipped.get("message", "")

    failed = run_conformance(
        server, app, token, tmp_path, "--suite", "server", "--operation", variant.operation_id, "--strict", "fail"
    )
    assert failed.code == 1, failed.output
    assert failed.failed_testcases() == ["test_undeclared_response_fields"]
    assert "$.data[*].beta_field" in failed.output


def test_rate_limited_answers_are_waited_out_not_reported(
    start_mock: Callable[..., tuple[MockServer, SabotagedMock]], token: str, tmp_path: Path
) -> None:
    limited: list[float] = []

    def rate_limit_three(query: str, status: int, body: bytes) -> tuple[int, bytes]:
        if len(limited) < 3 and status == 200:
            limited.append(time.monotonic())
            return 429, b'{"code":429,"message":"Too many requests hit the API too quickly."}'
        return status, body

    server, app = start_mock(Variant("list_incentive_activities", response=rate_limit_three))
    app.retry_after = "1"
    outcome = run_conformance(
        server, app, token, tmp_path, "--suite", "server", "--operation", "list_incentive_activities"
    )
    assert outcome.code == 0, outcome.output
    assert len(limited) == 3
    for index, (url, status) in enumerate(app.answered):
        if status == 429:  # asked again, after the Retry-After second, not judged as an answer
            assert app.answered[index + 1][0] == url
            assert app.answered_at[index + 1] - app.answered_at[index] >= 1.0
