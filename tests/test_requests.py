"""Requests built by the generated client, captured with httpx.MockTransport: path, query, auth."""

from __future__ import annotations

import datetime
import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from voucherify_activities import AuthenticatedClient, Client
from voucherify_activities.api import (
    list_customer_activities,
    list_earning_rule_activities,
    list_incentive_activities,
    list_program_activities,
)
from voucherify_activities.models import (
    CreatedAtConditions,
    CreatedAtFilter,
    IncentiveActivityFilters,
    IncentiveActivityIdConditions,
    IncentiveActivityIdFilter,
    IncentiveActivityTypeConditions,
    IncentiveActivityTypeFilter,
    ProgramActivityFilters,
    ProgramActivityIdConditions,
    ProgramActivityIdFilter,
)

EMPTY_PAGE: dict[str, Any] = {"data": [], "cursor": None, "object": "list"}
EMPTY_V1_PAGE = {"object": "list", "data_ref": "data", "data": [], "total": 0}
INCENTIVE_TYPES = [
    "vl.incentive.created",
    "vl.incentive.updated",
    "vl.incentive.deleted",
    "vl.incentive.activated",
    "vl.incentive.drafted",
]


class Recorder:
    """A MockTransport handler that keeps every request and answers with a fixed body."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.body)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def query(self) -> list[tuple[str, str]]:
        """The last request's query as decoded (key, value) pairs, in wire order."""
        return parse_qsl(urlsplit(str(self.last.url)).query, keep_blank_values=True)


def client_with(recorder: Recorder, **headers: str) -> Client:
    return Client(
        base_url="https://api.voucherify.io", headers=headers, httpx_args={"transport": httpx.MockTransport(recorder)}
    )


@pytest.fixture
def v2() -> Recorder:
    return Recorder(EMPTY_PAGE)


def test_program_filters_go_out_in_voucherify_bracket_syntax_with_indexed_lists(v2: Recorder) -> None:
    filters = ProgramActivityFilters(
        junction="OR",
        id=ProgramActivityIdFilter(
            conditions=ProgramActivityIdConditions(in_=["laprg_01", "laprg_02"], is_not="laprg_03")
        ),
        created_at=CreatedAtFilter(
            conditions=CreatedAtConditions(
                after=datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
            )
        ),
    )
    list_program_activities.sync_detailed("lprg_0a1b", client=client_with(v2), filters=filters)

    assert v2.last.url.path == "/v2/loyalties/programs/lprg_0a1b/activities"
    assert v2.query() == [
        ("filters[junction]", "OR"),
        ("filters[id][conditions][$is_not]", "laprg_03"),
        ("filters[id][conditions][$in][0]", "laprg_01"),
        ("filters[id][conditions][$in][1]", "laprg_02"),
        ("filters[created_at][conditions][$after]", "2026-01-02T03:04:05+00:00"),
    ]
    assert not any(key.startswith("$") for key, _ in v2.query()), "no filter may lose its prefix"


def test_incentive_type_filters_and_ordering(v2: Recorder) -> None:
    filters = IncentiveActivityFilters(
        type=IncentiveActivityTypeFilter(conditions=IncentiveActivityTypeConditions(not_in=["vl.incentive.deleted"])),
        id=IncentiveActivityIdFilter(conditions=IncentiveActivityIdConditions(is_="lainc_0f")),
    )
    list_incentive_activities.sync_detailed(
        "linc_abc123def456",
        client=client_with(v2),
        filters=filters,
        order=["created_at"],
        limit=100,
        cursor="lcrsainc_9f",
    )
    assert v2.last.url.path == "/v2/loyalties/incentives/linc_abc123def456/activities"
    assert sorted(v2.query()) == sorted(
        [
            ("filters[type][conditions][$not_in][0]", "vl.incentive.deleted"),
            ("filters[id][conditions][$is]", "lainc_0f"),
            ("order", "created_at"),
            ("limit", "100"),
            ("cursor", "lcrsainc_9f"),
        ]
    )


def test_order_may_be_a_list(v2: Recorder) -> None:
    list_earning_rule_activities.sync_detailed("ern_1", client=client_with(v2), order=["-created_at", "created_at"])
    assert v2.query() == [("order", "-created_at"), ("order", "created_at")]


def test_no_parameter_is_sent_that_the_caller_did_not_choose(v2: Recorder) -> None:
    list_program_activities.sync_detailed("lprg_0a1b", client=client_with(v2))
    assert v2.query() == []
    list_customer_activities.sync_detailed("cust_1", client=client_with(Recorder(EMPTY_V1_PAGE)))


def test_v1_parameters_and_a_source_id_with_reserved_characters() -> None:
    recorder = Recorder(EMPTY_V1_PAGE)
    page = list_customer_activities.sync(
        "shop/customer 42@example.com",
        client=client_with(recorder),
        limit=25,
        order="-created_at",
        starting_after=datetime.datetime(2023, 12, 22, 10, 13, 6, 487000, tzinfo=datetime.timezone.utc),
        starting_after_id="evcus_0c150c51730c6b60b1",
        campaign_type="LOYALTY_PROGRAM",
        campaign_id="camp_rRsfatlwN7unSeUIJDCYedal",
        product_id="prod_3ttSkdxGuAfcv3",
        start_date=datetime.datetime(2023, 1, 1, tzinfo=datetime.timezone.utc),
        end_date=datetime.datetime(2023, 12, 31, tzinfo=datetime.timezone.utc),
    )
    assert recorder.last.url.raw_path.split(b"?")[0] == b"/v1/customers/shop%2Fcustomer%2042%40example.com/activities"
    assert dict(recorder.query()) == {
        "limit": "25",
        "order": "-created_at",
        "starting_after": "2023-12-22T10:13:06.487000+00:00",
        "starting_after_id": "evcus_0c150c51730c6b60b1",
        "campaign_type": "LOYALTY_PROGRAM",
        "campaign_id": "camp_rRsfatlwN7unSeUIJDCYedal",
        "product_id": "prod_3ttSkdxGuAfcv3",
        "start_date": "2023-01-01T00:00:00+00:00",
        "end_date": "2023-12-31T00:00:00+00:00",
    }
    assert page is not None
    assert page.to_dict() == EMPTY_V1_PAGE


def test_app_id_and_app_token_headers(v2: Recorder) -> None:
    client = client_with(v2, **{"X-App-Id": "app-id-1", "X-App-Token": "app-token-secret"})
    list_program_activities.sync_detailed("lprg_0a1b", client=client)
    assert v2.last.headers["X-App-Id"] == "app-id-1"
    assert v2.last.headers["X-App-Token"] == "app-token-secret"
    assert "Authorization" not in v2.last.headers


def test_bearer_token(v2: Recorder) -> None:
    client = AuthenticatedClient(
        base_url="https://api.voucherify.io", token="bearer-secret", httpx_args={"transport": httpx.MockTransport(v2)}
    )
    list_program_activities.sync_detailed("lprg_0a1b", client=client)
    assert v2.last.headers["Authorization"] == "Bearer bearer-secret"


def test_secrets_stay_out_of_repr() -> None:
    app = Client(base_url="https://api.voucherify.io", headers={"X-App-Id": "a", "X-App-Token": "app-token-secret"})
    bearer = AuthenticatedClient(base_url="https://api.voucherify.io", token="bearer-secret")
    assert "app-token-secret" not in repr(app)
    assert "bearer-secret" not in repr(bearer)
    assert "api.voucherify.io" in repr(app), "repr stays useful"


def parse_brackets(pairs: list[tuple[str, str]], name: str) -> Any:
    """Rebuild the nested object that bracketed query keys describe (what Voucherify's parser does)."""
    root: dict[str, Any] = {}
    for key, value in pairs:
        if not key.startswith(f"{name}["):
            continue
        parts = re.findall(r"\[([^\]]*)\]", key)
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value

    def lists(node: Any) -> Any:
        if isinstance(node, dict):
            if node and all(k.isdigit() for k in node):
                return [lists(node[str(i)]) for i in range(len(node))]
            return {k: lists(v) for k, v in node.items()}
        return node

    return lists(root)


ids = st.lists(st.from_regex(r"lainc_[a-f0-9]{1,12}", fullmatch=True), min_size=1, max_size=100)
types = st.lists(st.sampled_from(INCENTIVE_TYPES), min_size=1, max_size=10)


def conditions() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {},
        optional={
            # A condition set with no condition has no wire form, so each holds at least one.
            "id": st.fixed_dictionaries(
                {"conditions": st.fixed_dictionaries({}, optional={"$in": ids, "$not_in": ids}).filter(bool)}
            ),
            "type": st.fixed_dictionaries(
                {
                    "conditions": st.fixed_dictionaries(
                        {}, optional={"$in": types, "$is": st.sampled_from(INCENTIVE_TYPES)}
                    ).filter(bool)
                }
            ),
            "junction": st.sampled_from(["AND", "OR"]),
        },
    )


@given(conditions())
def test_any_incentive_filter_round_trips_through_the_wire(filters_dict: dict[str, Any]) -> None:
    recorder = Recorder(EMPTY_PAGE)
    filters = IncentiveActivityFilters.from_dict(filters_dict)
    list_incentive_activities.sync_detailed("linc_1", client=client_with(recorder), filters=filters)
    assert parse_brackets(recorder.query(), "filters") == filters_dict
