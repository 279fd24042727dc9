"""The conformance suite's parts, each on its own: wire form, request validation, strict mode, results, transport."""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
import pytest
from hypothesis import given, settings
from schemathesis import Case
from voucherify_activities.conformance import request_validation, server_schema, specs, strict, summary, wire
from voucherify_activities.conformance.modes import NEGATIVE
from voucherify_activities.conformance.results import Results
from voucherify_activities.conformance.target import Target
from voucherify_activities.conformance.transport import ConformanceSession, ReadOnlyViolation

BASE = "https://api.voucherify.io"
HEADERS = {"X-App-Id": "unit", "X-App-Token": "unit-token-0123456789"}
TARGET = Target("url", BASE, HEADERS, ("unit-token-0123456789",), {"program": ("lprg_0a1b",)})


def example(name: str) -> Any:
    return copy.deepcopy(specs.curated()["components"]["examples"][name]["value"])


# --- wire form --------------------------------------------------------------------------------
def test_expected_pairs_spell_filters_with_indexed_lists_and_lists_as_repeated_keys() -> None:
    params = {
        "filters": {"type": {"conditions": {"$in": ["a", "b"]}}, "junction": "OR"},
        "order": ["x", "y"],
        "limit": 5,
    }
    assert wire.expected_pairs(params, ["filters"]) == [
        ("filters[type][conditions][$in][0]", "a"),
        ("filters[type][conditions][$in][1]", "b"),
        ("filters[junction]", "OR"),
        ("order", "x"),
        ("order", "y"),
        ("limit", "5"),
    ]


def test_deep_object_reads_back_what_expected_pairs_wrote() -> None:
    value = {"id": {"conditions": {"$not_in": ["a", "b", "c"], "$is": "d"}}, "junction": "AND"}
    assert wire.deep_object(wire.expected_pairs({"filters": value}, ["filters"]), "filters") == value
    assert wire.deep_object([("limit", "5")], "filters") is None


@pytest.mark.parametrize(
    "pairs",
    [
        [("filters[type][conditions][$in]", "a"), ("filters[type][conditions][$in]", "b")],  # repeated, not indexed
        [("filters[type][conditions][$in][]", "a")],  # empty brackets
        [("filters[type][conditions][$in][1]", "a")],  # an index gap
        [("filters[type][conditions][$in][00]", "a"), ("filters[type][conditions][$in][1]", "b")],  # not canonical
        [("filters[type]", "a"), ("filters[type][conditions][$is]", "b")],  # value and object at once
        [("filters", "a")],
    ],
)
def test_deep_object_refuses_anything_but_the_documented_form(pairs: list[tuple[str, str]]) -> None:
    with pytest.raises(wire.WireFormError):
        wire.deep_object(pairs, "filters")


def test_only_ascii_digits_are_list_indexes() -> None:
    # `²` passes str.isdigit() but int() refuses it: it must stay a key, not crash the reader.
    pairs = [("filters[type][conditions][$in][²]", "a")]
    assert wire.deep_object(pairs, "filters") == {"type": {"conditions": {"$in": {"²": "a"}}}}


# --- request validation -----------------------------------------------------------------------
def request(path: str, query: str = "", headers: dict[str, str] | None = None) -> httpx.Request:
    return httpx.Request(
        "GET", f"{BASE}{path}" + (f"?{query}" if query else ""), headers=HEADERS if headers is None else headers
    )


def test_a_request_the_spec_describes_has_no_problems() -> None:
    query = "filters%5Btype%5D%5Bconditions%5D%5B%24in%5D%5B0%5D=vl.program.updated&filters%5Bjunction%5D=OR&limit=5"
    assert (
        request_validation.problems(
            "list_program_activities", request("/v2/loyalties/programs/lprg_0a/activities", query)
        )
        == []
    )


@pytest.mark.parametrize(
    ("operation_id", "path", "query", "expected"),
    [
        ("list_program_activities", "/v2/loyalties/programs/lprg_0a/activities", "limit=0", "limit"),
        ("list_program_activities", "/v2/loyalties/programs/not-a-program/activities", "", "id"),
        (
            "list_program_activities",
            "/v2/loyalties/programs/lprg_0a/activities",
            "filters[type][conditions][$in]=vl.program.updated",
            "filters",
        ),
        (
            "list_program_activities",
            "/v2/loyalties/programs/lprg_0a/activities",
            "filters[type][conditions][$like]=x",
            "$like",
        ),
        (
            "list_incentive_activities",
            "/v2/loyalties/incentives/linc_0a/activities",
            "filters[created_at][conditions][$after]=yesterday",
            "yesterday",
        ),
        (
            "list_earning_rule_activities",
            "/v2/loyalties/earning-rules/ern_1/activities",
            "filters[id][conditions][$in][0]=a",
            "$in",
        ),
        ("list_customer_activities", "/v1/customers/cust_1/activities", "campaign_type=BOGUS", "campaign_type"),
    ],
)
def test_requests_breaking_the_spec_are_named(operation_id: str, path: str, query: str, expected: str) -> None:
    found = request_validation.problems(operation_id, request(path, query))
    assert any(expected in problem for problem in found), found


def test_a_request_without_credentials_breaks_the_security_requirement() -> None:
    found = request_validation.problems("list_customer_activities", request("/v1/customers/c/activities", headers={}))
    assert found


# --- strict mode ------------------------------------------------------------------------------
def test_a_body_as_documented_has_no_undeclared_fields() -> None:
    for name, operation_id in [
        ("ProgramActivityPageLifecycle", "list_program_activities"),
        ("CustomerActivityListLoyalty", "list_customer_activities"),
        ("IncentiveActivityPageProportionalOrderItems", "list_incentive_activities"),
        ("EarningRuleActivityPageOrderPaid", "list_earning_rule_activities"),
    ]:
        assert strict.undeclared_properties(operation_id, 200, example(name)) == set(), name


def test_undeclared_fields_are_named_where_they_are_even_inside_a_union() -> None:
    page = example("CustomerActivityListConfirmed")
    page["brand_new"] = 1
    page["data"][0]["data"]["data"]["customer"]["loyalty_tier"] = "gold"
    assert strict.undeclared_properties("list_customer_activities", 200, page) == {
        "$.brand_new",
        "$.data[*].data.data.customer.loyalty_tier",
    }


def test_error_bodies_are_held_to_the_strict_error_schema() -> None:
    body = {"code": 400, "key": "invalid_query_params", "message": "Invalid", "trace_id": "t-1"}
    assert strict.undeclared_properties("list_program_activities", 400, body) == {"$.trace_id"}
    assert strict.undeclared_properties("list_program_activities", 302, body) == set()  # no schema declared


# --- results and summary ----------------------------------------------------------------------
def test_results_mask_secrets_in_everything_they_keep() -> None:
    results = Results(secrets=TARGET.masked())
    results.failed(
        "list_program_activities",
        "not_a_server_error",
        "token unit-token-0123456789",
        "curl -H 'X-App-Token: unit-token-0123456789'",
    )
    results.skip("x", "because unit-token-0123456789")
    text = summary.render(summary.Report(results, BASE, "ci", "warn", summary.Outcome(0, 1, 0, 0)))
    assert "unit-token-0123456789" not in text
    assert "***" in text
    assert "VERDICT: FAIL" in text
    assert "First failure: not_a_server_error on list_program_activities" in text


@pytest.mark.parametrize(
    ("outcome", "verdict"),
    [
        (summary.Outcome(passed=3, failed=0, skipped=0, warned=0), "PASS"),
        (summary.Outcome(passed=3, failed=0, skipped=2, warned=0), "INCOMPLETE"),
        (summary.Outcome(passed=3, failed=1, skipped=0, warned=0), "FAIL"),
        (summary.Outcome(passed=0, failed=0, skipped=5, warned=0), "NOT CHECKED"),
        (summary.Outcome(passed=0, failed=0, skipped=0, warned=0), "NOT CHECKED"),
        (summary.Outcome(passed=4, failed=0, skipped=0, warned=0, server_unchecked=True), "NOT CHECKED"),
        (summary.Outcome(passed=3, failed=1, skipped=0, warned=0, interrupted=True), "INTERRUPTED"),
        (summary.Outcome(passed=0, failed=0, skipped=0, warned=1), "PASS"),
        (summary.Outcome(passed=2, failed=0, skipped=0, warned=0, cut=3), "PASS"),
    ],
)
def test_the_verdict_never_calls_a_skip_a_pass(outcome: summary.Outcome, verdict: str) -> None:
    assert outcome.verdict == verdict
    assert (outcome.exit_code == 0) == (verdict == "PASS")


def test_allow_skips_lets_only_skips_exit_zero() -> None:
    for outcome in (summary.Outcome(0, 0, 5, 0, allow_skips=True), summary.Outcome(3, 0, 2, 0, allow_skips=True)):
        assert outcome.exit_code == 0
        assert "--allow-skips" in outcome.explanation
    assert summary.Outcome(3, 1, 0, 0, allow_skips=True).exit_code == 1
    assert summary.Outcome(3, 0, 0, 0, interrupted=True, allow_skips=True).exit_code == 2


def test_the_summary_counts_cases_apart_from_check_verdicts() -> None:
    results = Results(secrets=())
    for _ in range(2):  # two server responses, each judged by two checks
        results.responded()
        results.passed("list_program_activities", "not_a_server_error")
        results.passed("list_program_activities", "response_schema_conformance")
    results.failed("list_program_activities", "client: page round trip", "lost a field")
    report = summary.Report(results, BASE, "ci", "warn", summary.Outcome(1, 1, 0, 0))
    assert "VERDICT: FAIL (3 cases: 2 server responses, 1 client; checks: 4 passed, 1 failed;" in summary.render(report)
    assert summary.as_json(report)["client_cases"] == 1


def test_targets_keep_credentials_out_of_their_repr() -> None:
    assert "unit-token" not in repr(TARGET)
    assert TARGET.read_only
    assert TARGET.operation_skip_reason("list_program_activities") is None
    assert "VOUCHERIFY_CUSTOMER_ID" in (TARGET.operation_skip_reason("list_customer_activities") or "")


# --- the request spec and the preparation of generated cases --------------------------------
def test_request_spec_closes_every_filter_object() -> None:
    schema = specs.parameter_schema(specs.request_spec(), "list_incentive_activities", "filters")
    assert schema["additionalProperties"] is False
    assert "minProperties" not in schema
    nested = schema["properties"]["type"]
    assert nested["additionalProperties"] is False
    assert nested["minProperties"] == 1
    assert nested["properties"]["conditions"]["additionalProperties"] is False


SCHEMA = server_schema.build(NEGATIVE, TARGET)
PROGRAMS = SCHEMA["/v2/loyalties/programs/{id}/activities"]["GET"]


@settings(max_examples=150)
@given(PROGRAMS.as_strategy(generation_mode=NEGATIVE))
def test_prepared_cases_carry_no_invented_cursor_nor_a_field_ordered_both_ways(case: Case[Any]) -> None:
    server_schema.prepare(case, TARGET)
    cursor = case.query.get("cursor")
    assert not (
        isinstance(cursor, str)
        and cursor.startswith("lcrsapr_")
        and cursor[8:]
        and set(cursor[8:]) <= set("0123456789abcdef")
    )
    order = case.query.get("order")
    if isinstance(order, list) and all(isinstance(item, str) for item in order):
        assert not any(item.startswith("-") and item[1:] in order for item in order)


def test_a_suite_built_case_is_sent_as_it_is() -> None:
    case = PROGRAMS.Case(path_parameters={"id": "lprg_0a1b"}, query={"cursor": "lcrsapr_00ff"})
    assert server_schema.prepare(case, TARGET).query == {"cursor": "lcrsapr_00ff"}


# --- transport --------------------------------------------------------------------------------
class _RateLimitedOnce(BaseHTTPRequestHandler):
    answered: ClassVar[list[tuple[float, int]]] = []

    def do_GET(self) -> None:
        status = 429 if not self.answered else 200
        self.answered.append((time.monotonic(), status))
        self.send_response(status)
        if status == 429:
            self.send_header("Retry-After", "1")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return


@pytest.fixture
def rate_limited_server() -> Iterator[str]:
    _RateLimitedOnce.answered = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _RateLimitedOnce)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_the_session_waits_out_retry_after_then_asks_again(rate_limited_server: str) -> None:
    with ConformanceSession(read_only=True) as session:
        response = session.get(rate_limited_server + "/v1/customers/c/activities")
    assert response.status_code == 200
    (first, limited), (second, served) = _RateLimitedOnce.answered
    assert (limited, served) == (429, 200)
    assert second - first >= 1.0


def test_the_session_sends_nothing_but_get_to_anything_but_the_bundled_mock(rate_limited_server: str) -> None:
    with ConformanceSession(read_only=True) as session, pytest.raises(ReadOnlyViolation):
        session.post(rate_limited_server + "/v1/customers/c/activities")
    assert _RateLimitedOnce.answered == []
