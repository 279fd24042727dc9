"""Hostile servers: whatever bytes, status and headers come back, a call returns data or raises a VoucherifyError.

Property tests drive the high-level client and the generated functions through httpx.MockTransport;
regression tests pin each case issue 11 reproduced (deep nesting, huge rate-limit headers, shapes,
non-ISO dates, pagers that loop, a 200 carrying an error object, non-JSON error bodies).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import itertools
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from voucherify_activities._generated.types import parse_datetime

from tests.test_client_fakes import FakeVoucherify, make_activities
from voucherify_activities import (
    APIError,
    AsyncVoucherify,
    Client,
    InvalidRequestError,
    NotFoundError,
    RateLimit,
    RetryPolicy,
    ServerError,
    UnexpectedResponseError,
    Voucherify,
    VoucherifyError,
    responses,
)
from voucherify_activities.api import list_customer_activities, list_program_activities
from voucherify_activities.errors import PagingLoopError

DEEP = b"[" * 100_000 + b"]" * 100_000
MAX_PAGES = 40  # a pager over N distinct responses served in a loop asks at most N + 1 times

KINDS = {
    "programs": ("list_program_activities", "lprg_0a"),
    "incentives": ("list_incentive_activities", "linc_0a"),
    "earning-rules": ("list_earning_rule_activities", "ern_1"),
    "customers": ("list_customer_activities", "cust_1"),
}


def hostile_client(responses_: list[httpx.Response], **options: Any) -> tuple[Voucherify, list[httpx.Request]]:
    """A client whose transport serves ``responses_`` in a loop (a server that never ends by itself)."""
    served = itertools.cycle(responses_)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if len(sent) > 10 * MAX_PAGES:
            raise AssertionError("the pager did not stop")
        response = next(served)
        return httpx.Response(response.status_code, headers=response.headers, content=response.content)

    options.setdefault("retry", RetryPolicy.disabled())
    client = Voucherify(app_id="app", app_token="app-token-secret", transport=httpx.MockTransport(handler), **options)
    return client, sent


def walk(client: Voucherify, kind: str) -> int:
    operation_id, owner = KINDS[kind]
    count = 0
    for activity in getattr(client, operation_id)(owner):
        activity.id, activity.created_at  # noqa: B018 - reading the lazily parsed fields is the point
        count += 1
    return count


# --- strategies: bodies a hostile server might send -----------------------------------------------
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
_ITEM = st.one_of(
    _JSON,
    st.fixed_dictionaries(
        {"id": st.one_of(st.text(max_size=6), st.integers(), st.none())},
        optional={
            "created_at": st.one_of(st.text(max_size=12), st.just("2026-01-01T00:00:00Z"), st.integers()),
            "type": st.sampled_from(["customer.created", "vl.program.updated", "x"]),
            "data": _JSON,
        },
    ),
)
_PAGE = st.fixed_dictionaries(
    {},
    optional={
        "data": st.one_of(st.lists(_ITEM, max_size=3), _JSON),
        "cursor": st.one_of(
            st.none(), _JSON, st.fixed_dictionaries({"next": st.one_of(st.sampled_from(["A", "B", "C"]), _JSON)})
        ),
        "total": st.one_of(st.integers(), _JSON),
        "object": st.just("list"),
        "data_ref": st.just("data"),
        "code": st.integers(),
        "message": st.text(max_size=5),
        "request_id": st.text(max_size=5),
    },
)
# Well-formed pages whose positions repeat: a server that would keep a pager going forever.
_ACTIVITIES = {kind: make_activities(kind, 4) for kind in ("programs", "customers")}
_GOOD_PAGE = st.one_of(
    st.builds(
        lambda items, cursor: {"data": items, "cursor": cursor},
        st.lists(st.sampled_from(_ACTIVITIES["programs"]), min_size=1, max_size=2),
        st.one_of(
            st.none(), st.fixed_dictionaries({"next": st.sampled_from(["lcrsapr_0a", "lcrsapr_0b", "lcrsapr_0c"])})
        ),
    ),
    st.builds(
        lambda items, total: {"object": "list", "data_ref": "data", "data": items, "total": total},
        st.lists(st.sampled_from(_ACTIVITIES["customers"]), max_size=2),
        st.sampled_from([1, 10, 10**9]),
    ),
)
_BODY = st.one_of(
    _GOOD_PAGE.map(lambda value: json.dumps(value).encode()),
    st.binary(max_size=64),
    _JSON.map(lambda value: json.dumps(value).encode()),
    _PAGE.map(lambda value: json.dumps(value).encode()),
    st.integers(1, 3000).map(lambda depth: b'{"data":' + b"[" * depth + b"]" * depth + b"}"),
    st.sampled_from([b"NaN", b"1e400", b'"\\ud800"', b"\xef\xbb\xbf{}", DEEP, b'{"data": [], "total": 1e999}']),
)
_HEADER_VALUE = st.one_of(
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30),
    st.integers().map(str),
    st.sampled_from(["1767225600000", "9" * 400, "1e400", "nan", "-1", "Wed, 21 Oct 2015 07:28:00 GMT", "Mon, 99"]),
)
_HEADERS = st.dictionaries(
    st.sampled_from(["retry-after", "x-rate-limit-retry", "x-rate-limit-remaining", "x-rate-limit-limit", "location"]),
    _HEADER_VALUE,
    max_size=4,
)
_STATUS = st.one_of(
    st.sampled_from([200, 200, 200, 201, 204, 301, 302, 400, 404, 429, 500, 503]), st.integers(100, 599)
)
_RESPONSE = st.builds(
    lambda status, headers, body: httpx.Response(status, headers=headers, content=body), _STATUS, _HEADERS, _BODY
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(kind=st.sampled_from(sorted(KINDS)), served=st.lists(_RESPONSE, min_size=1, max_size=4))
@example(kind="customers", served=[httpx.Response(200, content=DEEP)])
@example(kind="programs", served=[httpx.Response(200, headers={"x-rate-limit-retry": "9" * 400}, content=b"{}")])
def test_any_response_gives_data_or_a_voucherify_error_and_every_pager_ends(
    kind: str, served: list[httpx.Response]
) -> None:
    client, sent = hostile_client(served)
    with contextlib.suppress(VoucherifyError):
        walk(client, kind)
    assert len(sent) <= len(served) + 1


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(kind=st.sampled_from(["programs", "customers"]), response=_RESPONSE, raise_on_unexpected=st.booleans())
@example(kind="programs", response=httpx.Response(200, content=DEEP), raise_on_unexpected=False)
def test_generated_functions_give_data_or_a_voucherify_error(
    kind: str, response: httpx.Response, raise_on_unexpected: bool
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(response.status_code, headers=response.headers, content=response.content)

    client = Client(
        base_url="https://api.voucherify.io",
        httpx_args={"transport": httpx.MockTransport(handler)},
        raise_on_unexpected_status=raise_on_unexpected,
    )
    endpoint = list_program_activities if kind == "programs" else list_customer_activities
    try:
        detailed = endpoint.sync_detailed(KINDS[kind][1], client=client)
    except VoucherifyError:
        return
    page = detailed.parsed
    for item in getattr(page, "data", None) or []:
        item.id, item.created_at  # noqa: B018 - parsed lazily: a read must not raise either


# --- one decoder, two implementations -------------------------------------------------------------
DECODERS = sorted(responses.DECODERS)


def outcome(decoder: str, content: bytes) -> Any:
    try:
        return ("value", responses.loads(content, responses.DECODERS[decoder]))
    except responses.BodyError:
        return ("refused",)


def test_both_decoders_are_available_in_the_test_environment() -> None:
    # The equivalence tests below compare two paths; with orjson missing they would compare one.
    assert DECODERS == ["orjson", "stdlib"]


@settings(max_examples=500, deadline=None)
@given(
    content=st.one_of(
        st.binary(max_size=40),
        _JSON.map(lambda value: json.dumps(value).encode()),
        st.from_regex(rb"\A[\[\]{}\"\\,:0-9eE.+\-a-z ]{0,30}\Z"),
        st.integers().map(lambda n: str(n).encode()),
        st.text(max_size=10).map(lambda text: json.dumps(text, ensure_ascii=True).encode()),
        st.integers(1, 1200).map(lambda depth: b"[" * depth + b"]" * depth),
    )
)
@example(content=b"NaN")
@example(content=b"1e400")
@example(content=b"1" * 400 + b".5")
@example(content=b"18446744073709551616")
@example(content=b"-9223372036854775809")
@example(content=b'"\\ud800"')
@example(content=b'"\\ud83d\\ude00"')
@example(content=b"\xef\xbb\xbf1")
@example(content=b"[" * 1000 + b"]" * 1000)
def test_orjson_and_the_stdlib_decode_alike(content: bytes) -> None:
    assert outcome("orjson", content) == outcome("stdlib", content)


@pytest.mark.parametrize("decoder", DECODERS)
@pytest.mark.parametrize("depth", [responses.MAX_DEPTH + 1, 1000, 1024, 1025, 100_000])
def test_deep_nesting_is_refused_by_either_decoder(decoder: str, depth: int) -> None:
    content = b'{"data":' + b"[" * (depth - 1) + b"]" * (depth - 1) + b"}"
    assert outcome(decoder, content) == ("refused",)


@pytest.mark.parametrize("decoder", DECODERS)
def test_nesting_up_to_the_limit_is_read_by_either_decoder_and_brackets_in_strings_do_not_count(decoder: str) -> None:
    depth = responses.MAX_DEPTH
    assert outcome(decoder, b"[" * depth + b"]" * depth)[0] == "value"
    inside_strings = b"[" + b",".join([b'"[[[\\"{{"'] * 600) + b"]"
    assert outcome(decoder, inside_strings)[0] == "value"


# One level each; the strings hold brackets, quotes and backslashes that must not count.
_LEVELS = [
    ("[", "]"),
    ('{"a": ', "}"),
    ('[{}, [], "", ', "]"),
    ('["x]]]", ', "]"),
    ('{"[{\\\\": 1, "k\\"]": ', "}"),
    ('["\\"[[", ', ', "}}"]'),
]


@settings(max_examples=60, deadline=None)
@given(
    pattern=st.lists(st.sampled_from(_LEVELS), min_size=1, max_size=4),
    depth=st.integers(responses.MAX_DEPTH - 2, responses.MAX_DEPTH + 2),
    siblings=st.sampled_from([0, 300]),
)
def test_the_depth_bound_counts_levels_not_brackets_in_strings(
    pattern: list[tuple[str, str]], depth: int, siblings: int
) -> None:
    levels = [pattern[index % len(pattern)] for index in range(depth)]
    # Many brackets side by side (two levels deep), as in a real page, beside strings holding more.
    padding = ", ".join(['"[]{}"', '{"x": []}'] * siblings)
    body = "".join(opening for opening, _ in levels) + f"[{padding}]" + "".join(c for _, c in reversed(levels))
    json.loads(body)  # well-formed: the bound alone decides
    nested = depth + 1 + (2 if siblings else 0)
    assert responses.too_deep(body.encode()) is (nested > responses.MAX_DEPTH)


@pytest.mark.parametrize("decoder", DECODERS)
def test_deep_body_reaches_the_client_as_an_unexpected_response(decoder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(responses, "_decode", responses.DECODERS[decoder])
    client, _ = hostile_client([httpx.Response(200, headers={"x-request": "1"}, content=DEEP)])
    with pytest.raises(UnexpectedResponseError, match="nested deeper") as raised:
        walk(client, "programs")
    assert raised.value.status == 200
    assert raised.value.headers["x-request"] == "1"


def test_deep_body_reaches_the_generated_functions_as_an_unexpected_response() -> None:
    client = Client(
        base_url="https://api.voucherify.io",
        httpx_args={"transport": httpx.MockTransport(lambda request: httpx.Response(200, content=DEEP))},
    )
    with pytest.raises(UnexpectedResponseError, match="nested deeper"):
        list_program_activities.sync("lprg_0a", client=client)


# --- regressions ----------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["1767225600000", "9" * 30, "9" * 5000, "-5", "1e400", "\u00b2".encode()])
def test_rate_limit_headers_never_raise(value: str | bytes) -> None:
    raw = value if isinstance(value, bytes) else value.encode()
    headers = httpx.Headers({b"X-Rate-Limit-Retry": raw, b"Retry-After": raw, b"X-Rate-Limit-Remaining": raw})
    rate_limit = RateLimit.from_headers(headers)
    assert rate_limit.remaining is None or rate_limit.remaining >= 0
    client, _ = hostile_client([httpx.Response(200, headers=headers, json={"data": [], "cursor": None})])
    assert walk(client, "programs") == 0


def test_a_millisecond_epoch_is_read_as_milliseconds() -> None:
    rate_limit = RateLimit.from_headers(httpx.Headers({"X-Rate-Limit-Retry": "1767225600000"}))
    assert rate_limit.retry_at == datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({"data": [], "total": 0}, "lacks 'object', 'data_ref'"),
        ({"object": "list", "data_ref": "data", "data": []}, "lacks 'total'"),
        ({"object": "list", "data_ref": "data", "total": 5, "data": ["x"]}, r"data\[0\] is a JSON str"),
        ({"object": "list", "data_ref": "data", "total": 5, "data": [{"type": "customer.created"}]}, "string `id`"),
    ],
)
def test_v1_pages_of_the_wrong_shape_are_unexpected_responses(body: dict[str, Any], problem: str) -> None:
    client, _ = hostile_client([httpx.Response(200, json=body)])
    with pytest.raises(UnexpectedResponseError, match=problem):
        walk(client, "customers")


def test_a_non_iso_created_at_is_an_unexpected_response_before_it_is_read() -> None:
    item = {**make_activities("programs", 1)[0], "created_at": "yesterday"}
    client, _ = hostile_client([httpx.Response(200, json={"data": [item], "cursor": None})])
    with pytest.raises(UnexpectedResponseError, match="not an ISO 8601"):
        walk(client, "programs")
    generated = Client(
        base_url="https://api.voucherify.io",
        httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(200, json={"data": [item]}))},
    )
    with pytest.raises(UnexpectedResponseError, match="not an ISO 8601"):
        list_program_activities.sync("lprg_0a", client=generated)


_ITEM_VALUE = st.one_of(
    st.none(), st.integers(), st.text(max_size=4), st.sampled_from(["2026-01-01T00:00:00Z", "2026-13-01", "x"])
)
_ITEM = st.one_of(
    _ITEM_VALUE,
    st.lists(_ITEM_VALUE, max_size=2),
    st.dictionaries(
        st.sampled_from(["id", "type", "data", "created_at", "incentive_id", "object"]), _ITEM_VALUE, max_size=6
    ),
    st.builds(
        lambda activity, changes: {**activity, **changes},
        st.sampled_from(make_activities("programs", 3) + make_activities("customers", 3)),
        st.dictionaries(st.sampled_from(["id", "created_at", "type"]), _ITEM_VALUE, max_size=2),
    ),
)


@settings(max_examples=400, deadline=None)
@given(
    page=st.sampled_from(["ProgramActivityPage", "IncentiveActivityPage", "CustomerActivityList"]),
    items=st.lists(_ITEM, max_size=5),
)
def test_the_page_checks_common_case_agrees_with_the_item_by_item_check(page: str, items: list[Any]) -> None:
    # check_page's C-level pass decides alone only when every item passes: it then gives what the
    # item-by-item check gives; for anything else it defers to that check, which words the problem.
    rules = responses.page_rules(page)
    answer = responses.Answer(200, httpx.Headers(), b"")
    assert rules.item_fields is not None  # every activity variant requires the same keys, id and created_at among them
    fast = responses._all_well_formed(items, rules.item_fields)
    try:
        slow: Any = responses._checked_one_by_one(answer, {"data": items}, items, rules)
    except UnexpectedResponseError:
        slow = "refused"
    if fast is not None:
        assert fast == slow
        assert fast == [parse_datetime(item["created_at"]) for item in items]


def test_v1_serving_the_same_page_forever_stops_on_the_second_page() -> None:
    page = {"object": "list", "data_ref": "data", "total": 10**9, "data": make_activities("customers", 3)}
    client, sent = hostile_client([httpx.Response(200, json=page)])
    with pytest.raises(PagingLoopError, match="again"):
        walk(client, "customers")
    assert len(sent) == 2


def test_v2_cursors_cycling_stop_when_a_cursor_comes_back() -> None:
    items = make_activities("programs", 2)
    a = httpx.Response(200, json={"data": items[:1], "cursor": {"next": "lcrsapr_0b"}})
    b = httpx.Response(200, json={"data": items[1:], "cursor": {"next": "lcrsapr_0a"}})
    client, sent = hostile_client([a, b])
    with pytest.raises(PagingLoopError) as raised:
        walk(client, "programs")
    assert len(sent) == 3  # first page -> A... the third answer names a cursor already followed
    assert isinstance(raised.value, UnexpectedResponseError)


def test_a_200_carrying_an_error_object_keeps_its_request_id() -> None:
    body = {"code": 404, "key": "not_found", "message": "gone", "request_id": "v-0fa4de30126b92bfb8"}
    client, _ = hostile_client([httpx.Response(200, json=body)])
    with pytest.raises(UnexpectedResponseError) as raised:
        walk(client, "programs")
    assert (raised.value.status, raised.value.key, raised.value.request_id) == (
        200,
        "not_found",
        "v-0fa4de30126b92bfb8",
    )


@pytest.mark.parametrize(("status", "cls"), [(500, ServerError), (404, NotFoundError), (400, InvalidRequestError)])
def test_generated_functions_keep_the_status_of_a_non_json_error_body(status: int, cls: type[APIError]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"x-rate-limit-remaining": "3"}, content=b"<html>oops</html>")

    client = Client(base_url="https://api.voucherify.io", httpx_args={"transport": httpx.MockTransport(handler)})
    with pytest.raises(cls) as raised:
        list_program_activities.sync_detailed("lprg_0a", client=client)
    assert raised.value.status == status
    assert raised.value.rate_limit.remaining == 3


def test_generated_functions_still_return_the_error_model_for_a_json_error_body() -> None:
    body = {"code": 404, "key": "not_found", "message": "gone"}
    client = Client(
        base_url="https://api.voucherify.io",
        httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(404, json=body))},
    )
    parsed = list_program_activities.sync("lprg_0a", client=client)
    assert parsed is not None
    assert parsed.to_dict() == body


def test_async_client_reads_through_the_same_boundary() -> None:
    fake = FakeVoucherify("programs", 1)
    fake.fail_next(httpx.Response(200, content=DEEP))

    async def run() -> None:
        async with AsyncVoucherify(
            app_id="a", app_token="t", transport=httpx.MockTransport(fake), retry=RetryPolicy.disabled()
        ) as client:
            async for _ in client.list_program_activities("lprg_0a"):
                pass

    with pytest.raises(UnexpectedResponseError, match="nested deeper"):
        asyncio.run(run())
