"""Bad input gets Voucherify's 400/401/404/405 naming the problem; nothing ever answers 500."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from voucherify_activities.conformance.mock import MockApp, MockConfig, MockServer
from voucherify_activities.conformance.mock.cursors import CursorCodec
from voucherify_activities.conformance.mock.errors import ApiError
from voucherify_activities.conformance.mock.ratelimit import MAX_WINDOWS, RateLimiter

from .test_mock_support import KIND_PATH, app, get, schema_errors

BAD_V2_QUERIES = [
    ("limit=0", "limit"),
    ("limit=101", "limit"),
    ("limit=ten", "limit"),
    ("limit=1&limit=2", "limit"),
    ("order=type", "order"),
    ("order=created_at&order=-created_at", "order"),
    ("order[0]=-created_at&order[1]=created_at", "order"),
    ("filters[junction]=XOR", "filters[junction]"),
    ("filters[type][conditions][$is]=vl.nope", "filters[type][conditions][$is]"),
    ("filters[type][conditions][$gt]=x", "filters[type][conditions]"),
    ("filters[colour][conditions][$is]=red", "filters"),
    ("filters[created_at][conditions][$after]=2026-13-01T00:00:00Z", "filters[created_at][conditions][$after]"),
    ("filters[created_at][conditions][$before]=2026-01-01", "filters[created_at][conditions][$before]"),
    ("filters[type][conditions][$in][0]=vl.program.created&filters[type][conditions][$in][0][x]=1", "filters[type]"),
    ("filters=1", "filters"),
    ("filters[type=1", "filters[type"),
    ("cursor=lcrsainc_00", "cursor"),
    ("cursor=lcrsapr_zz", "cursor"),
    ("starting_after_id=x", "starting_after_id"),
    ("%FF=1", "query"),
]
BAD_INCENTIVE_QUERIES = [
    ("filters[id][conditions][$is]=lainc_XYZ", "filters[id][conditions][$is]"),
    ("&".join(f"filters[type][conditions][$in][{i}]=vl.incentive.created" for i in range(11)), "$in"),
]
BAD_EARNING_RULE_QUERIES = [("filters[id][conditions][$in][0]=x", "filters[id][conditions]")]
BAD_V1_QUERIES = [
    ("limit=0", "limit"),
    ("order=-name", "order"),
    ("campaign_type=LOYALTY", "campaign_type"),
    ("start_date=yesterday", "start_date"),
    ("starting_after=2026", "starting_after"),
    ("starting_after_id=evcus_0000", "starting_after_id"),
    ("filters[type][conditions][$is]=x", "filters"),
]


def _assert_400(kind: str, query: str, named: str) -> None:
    mock = app()
    response = get(mock, kind, mock.store.owners(kind)[0], query)
    body = json.loads(response.body)
    assert response.status == 400, body
    assert body["key"] == "invalid_query_params"
    assert body["details"].startswith(named) or named in body["details"], body["details"]
    assert schema_errors("Error", body) == []


@pytest.mark.parametrize(("query", "named"), BAD_V2_QUERIES)
def test_bad_v2_query_is_a_400_naming_the_parameter(query: str, named: str) -> None:
    _assert_400("program", query, named)


@pytest.mark.parametrize(("query", "named"), BAD_INCENTIVE_QUERIES)
def test_incentive_rules_come_from_the_spec(query: str, named: str) -> None:
    _assert_400("incentive", query, named)


@pytest.mark.parametrize(("query", "named"), BAD_EARNING_RULE_QUERIES)
def test_earning_rules_take_only_is(query: str, named: str) -> None:
    _assert_400("earning_rule", query, named)


@pytest.mark.parametrize(("query", "named"), BAD_V1_QUERIES)
def test_bad_v1_query_is_a_400_naming_the_parameter(query: str, named: str) -> None:
    _assert_400("customer", query, named)


def test_path_id_breaking_the_spec_pattern_is_a_400() -> None:
    response = get(app(), "program", "program-1")
    assert response.status == 400
    assert json.loads(response.body)["details"].startswith("id:")


@pytest.mark.parametrize(
    "headers",
    [
        [],
        [(b"x-app-id", b"a")],
        [(b"x-app-token", b"t")],
        [(b"x-app-id", b""), (b"x-app-token", b"t")],
        [(b"authorization", b"Bearer ")],
        [(b"authorization", b"Basic abc")],
    ],
)
def test_missing_credentials_are_a_401(headers: list[tuple[bytes, bytes]]) -> None:
    mock = app()
    response = get(mock, "program", mock.store.owners("program")[0], "", headers)
    assert response.status == 401
    assert json.loads(response.body)["key"] == "unauthorized"


def test_any_pair_or_bearer_is_accepted_by_default() -> None:
    mock = app()
    owner = mock.store.owners("program")[0]
    assert get(mock, "program", owner, "", [(b"x-app-id", b"x"), (b"x-app-token", b"y")]).status == 200
    assert get(mock, "program", owner, "", [(b"authorization", b"Bearer abc")]).status == 200


def test_configured_credentials_are_required_and_never_shown() -> None:
    config = MockConfig(app_id="id-1", app_token="s3cret-token", bearer_token="s3cret-bearer")
    mock = MockApp(config, store=app().store)
    owner = mock.store.owners("program")[0]
    good = [(b"x-app-id", b"id-1"), (b"x-app-token", b"s3cret-token")]
    assert get(mock, "program", owner, "", good).status == 200
    assert get(mock, "program", owner, "", [(b"authorization", b"Bearer s3cret-bearer")]).status == 200
    assert get(mock, "program", owner, "", [(b"x-app-id", b"id-1"), (b"x-app-token", b"wrong")]).status == 401
    assert get(mock, "program", owner, "", [(b"authorization", b"Bearer wrong")]).status == 401
    refused = get(mock, "program", owner, "", [(b"x-app-id", b"id-1"), (b"x-app-token", b"wrong")])
    for text in (repr(config), str(config), repr(mock), refused.body.decode(), repr(CursorCodec(b"k" * 32))):
        assert "s3cret" not in text
        assert "kkkk" not in text


def test_app_id_without_token_is_refused_at_configuration() -> None:
    with pytest.raises(ValueError, match="app_id and app_token must be set together"):
        MockConfig(app_id="only-id")
    with pytest.raises(ValueError, match="fault_429_rate"):
        MockConfig(fault_429_rate=1.5)


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "HEAD"])
def test_other_methods_are_a_405_with_allow(method: str) -> None:
    mock = app()
    response = mock.handle(method, KIND_PATH["program"].format(mock.store.owners("program")[0]), "", [])
    assert response.status == 405
    assert response.header("allow") == "GET"
    assert json.loads(response.body)["code"] == 405


def test_unknown_route_is_a_404() -> None:
    response = app().handle("GET", "/v2/loyalties/campaigns/x/activities", "", [])
    assert response.status == 404


def test_rate_limit_headers_count_down_and_429_when_enforced() -> None:
    clock = [1_800_000_000.0]
    config = MockConfig(rate_limit=3, rate_window_seconds=60, enforce_rate_limit=True, clock=lambda: clock[0])
    mock = MockApp(config, store=app().store)
    owner = mock.store.owners("program")[0]
    remaining = [get(mock, "program", owner).header("x-rate-limit-remaining") for _ in range(3)]
    assert remaining == ["2", "1", "0"]
    refused = get(mock, "program", owner)
    assert refused.status == 429
    assert refused.header("retry-after") is not None
    assert int(refused.header("retry-after") or 0) >= 1
    assert schema_errors("Error", json.loads(refused.body)) == []
    clock[0] += 60
    assert get(mock, "program", owner).status == 200


def test_faults_are_injected_at_the_configured_rates() -> None:
    config = MockConfig(fault_429_rate=0.2, fault_503_rate=0.1, retry_after_seconds=2, fault_seed=5)
    mock = MockApp(config, store=app().store)
    owner = mock.store.owners("program")[0]
    responses = [get(mock, "program", owner, "limit=1") for _ in range(2000)]
    counts = Counter(r.status for r in responses)
    assert 320 < counts[429] < 480, counts
    assert 140 < counts[503] < 260, counts
    assert counts[200] == 2000 - counts[429] - counts[503]
    for response in responses:
        if response.status in (429, 503):
            assert response.header("retry-after") == "2"
            assert response.header("x-rate-limit-limit") is not None


_QUERY_TEXT = st.text(alphabet="[]$=&%0123456789abcdefilmnorstuwy_-.:TZ+", max_size=80)
# Bracketed names with any Unicode inside, percent-encoded as a client sends them: `²` passes
# str.isdigit() and once made the mock's list-index parsing raise (a 500).
_BRACKETED_PAIRS = st.lists(
    st.tuples(
        st.builds(
            lambda base, segments: base + "".join(f"[{segment}]" for segment in segments),
            st.sampled_from(["filters", "limit", "order", "cursor", "starting_after_id"]),
            st.lists(st.text(max_size=4), max_size=4),
        ),
        st.text(max_size=10),
    ),
    max_size=5,
).map(urlencode)
# Brackets nested far deeper than any documented name (about 500 once gave a RecursionError, a 500).
_DEEP_NAMES = st.builds(
    lambda base, depth, segment, value, raw: (
        base + (("[" * depth + "]" * depth) if raw else f"[{segment}]" * depth) + f"={value}"
    ),
    st.sampled_from(["filters", "limit", "order", "cursor", "x"]),
    st.integers(1, 3000),
    st.sampled_from(["a", "0", "", "$in", "type"]),
    st.sampled_from(["1", "a", ""]),
    st.booleans(),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(list(KIND_PATH)),
    owner=st.one_of(st.just("OWNER"), st.text(max_size=12)),
    query=st.one_of(
        _QUERY_TEXT,
        st.lists(
            st.tuples(
                st.sampled_from(
                    [
                        "filters[type][conditions][$in]",
                        "filters[id][conditions][$is]",
                        "limit",
                        "order",
                        "cursor",
                        "filters[created_at][conditions][$after]",
                        "filters[junction]",
                        "starting_after_id",
                        "campaign_id",
                        "start_date",
                        "filters[type][conditions][$in][0]",
                    ]
                ),
                st.text(max_size=20),
            ),
            max_size=6,
        ).map(lambda pairs: "&".join(f"{k}={v}" for k, v in pairs)),
        _BRACKETED_PAIRS,
        _DEEP_NAMES,
    ),
)
@example(kind="program", owner="OWNER", query="filters" + "[a]" * 500 + "=1")
@example(kind="customer", owner="OWNER", query="filters" + "[0]" * 500 + "=1")
@example(kind="program", owner="OWNER", query="filters[type][conditions][$in][%C2%B2]=a")
@example(kind="customer", owner="OWNER", query="filters%5B%D9%A3%5D=a&filters%5B0%5D=b")
def test_no_input_gets_a_500(kind: str, owner: str, query: str) -> None:
    mock = app()
    if owner == "OWNER":
        owner = mock.store.owners(kind)[0]
    response = mock.handle("GET", KIND_PATH[kind].format(owner), query, [(b"x-app-id", b"a"), (b"x-app-token", b"b")])
    assert response.status in (200, 400, 404), response.body
    if response.status != 200:
        assert schema_errors("Error", json.loads(response.body)) == []


_PAGING_NAMES = ["cursor", "cursor[]", "cursor[0]", "curs%6Fr", "starting_after_id", "starting_after", "limit"]
_PAGING_VALUES = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["lcrsapr_00ff", "lcrsainc_0a", "lcrsapr_zz", "%FF", "lcrs%61pr_0a", "2026-01-01T00:00:00Z", "+1"]),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    operation_id=st.sampled_from(sorted(app().handlers.rules)),
    query=st.one_of(
        _QUERY_TEXT,
        st.lists(st.tuples(st.sampled_from(_PAGING_NAMES), _PAGING_VALUES), max_size=4).map(
            lambda pairs: "&".join(f"{k}={v}" for k, v in pairs)
        ),
        st.tuples(_QUERY_TEXT, st.sampled_from(_PAGING_NAMES), _PAGING_VALUES).map(lambda t: f"{t[0]}&{t[1]}={t[2]}"),
    ),
)
def test_cached_parsing_agrees_with_a_whole_parse(operation_id: str, query: str) -> None:
    """The cache (query minus paging parameters) changes nothing: same parameters, same error, twice."""
    rules = app().handlers.rules[operation_id]

    def outcome(parse: Any) -> Any:
        try:
            return parse(query)
        except ApiError as error:
            return error.details

    expected = outcome(rules.parse_whole)
    assert outcome(rules.parse) == expected
    assert outcome(rules.parse) == expected  # the second time from the cache


def test_rate_limit_forgets_finished_windows_of_many_credentials() -> None:
    clock = [1_800_000_000.0]
    limiter = RateLimiter(MockConfig(clock=lambda: clock[0]))
    for index in range(MAX_WINDOWS):
        limiter.count(f"app:{index}")
    clock[0] += 60
    limiter.count("app:new")
    assert list(limiter.windows) == ["app:new"]


def test_server_listens_on_loopback_only() -> None:
    server = MockServer(MockConfig(size=0), app=MockApp(MockConfig(size=0)))
    try:
        assert server.base_url.startswith("http://127.0.0.1:")
    finally:
        server.stop()
