"""The oracles, the semantics they read from the spec, reproductions and schema messages, as pure functions."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from voucherify_activities.conformance import oracles, schema_messages
from voucherify_activities.conformance.progress import Progress
from voucherify_activities.conformance.reproduce import curl

from voucherify_activities.spec import semantics

PROGRAM = semantics("list_program_activities")
CUSTOMER = semantics("list_customer_activities")
TYPES = ["vl.program.created", "vl.program.updated", "vl.program.deleted"]


def item(index: int, kind: str = TYPES[0], at: str = "2026-01-01T00:00:00.000Z", **extra: Any) -> dict[str, Any]:
    return {"id": f"laprg_{index:04x}", "type": kind, "created_at": at, "program_id": "lprg_aa", **extra}


def test_semantics_come_from_the_spec_extensions() -> None:
    assert PROGRAM.owner_fields == ("program_id",)
    assert set(PROGRAM.filter_fields) == {"id", "type", "created_at"}
    assert PROGRAM.filter_fields["created_at"].operators == {"$after", "$before"}
    assert PROGRAM.junction == "junction"
    assert PROGRAM.sort_fields == {"created_at": "created_at"}
    assert PROGRAM.paging == "cursor"
    assert semantics("list_earning_rule_activities").filter_fields["type"].operators == {"$is"}
    assert CUSTOMER.parameters["start_date"].operators == {"$on_or_after"}
    assert CUSTOMER.owner_fields == ("data.data.customer.id", "data.data.customer.source_id")
    assert CUSTOMER.paging == "starting_after_id"


@given(
    kinds=st.lists(st.sampled_from(TYPES), max_size=12),
    wanted=st.lists(st.sampled_from(TYPES), min_size=1, max_size=3, unique=True),
    operator=st.sampled_from(["$in", "$not_in"]),
)
def test_type_filters_flag_exactly_the_items_outside_them(kinds: list[str], wanted: list[str], operator: str) -> None:
    items = [item(i, kind) for i, kind in enumerate(kinds)]
    params = {"filters": {"type": {"conditions": {operator: wanted}}}}
    flagged = {i for v in oracles.filters_hold(PROGRAM, params, items) for i in v.item_ids}
    expected = {x["id"] for x in items if (x["type"] in wanted) != (operator == "$in")}
    assert flagged == expected


def test_created_at_bounds_are_strict_and_v1_dates_inclusive() -> None:
    at = "2026-01-01T00:00:00.000Z"
    params = {"filters": {"created_at": {"conditions": {"$after": at}}}}
    assert oracles.filters_hold(PROGRAM, params, [item(1, at=at)])
    assert not oracles.filters_hold(PROGRAM, params, [item(1, at="2026-01-01T00:00:00.001Z")])
    v1 = {"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-01-01T00:00:00Z"}
    assert not oracles.filters_hold(CUSTOMER, v1, [{"id": "evcus_1", "created_at": at}])
    assert oracles.filters_hold(CUSTOMER, {"end_date": "2025-12-31T23:59:59Z"}, [{"id": "evcus_1", "created_at": at}])


def test_junction_or_needs_one_field_and_and_needs_all() -> None:
    conditions = {"type": {"conditions": {"$is": TYPES[0]}}, "id": {"conditions": {"$in": ["laprg_0001"]}}}
    items = [item(1, TYPES[1]), item(2, TYPES[0]), item(3, TYPES[2])]
    either = oracles.filters_hold(PROGRAM, {"filters": {**conditions, "junction": "OR"}}, items)
    assert [v.item_ids for v in either] == [("laprg_0003",)]
    both = oracles.filters_hold(PROGRAM, {"filters": conditions}, items)
    assert set(both[0].item_ids) == {"laprg_0001", "laprg_0002", "laprg_0003"}


def test_order_defaults_to_newest_first_and_ties_pass() -> None:
    old, new = "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z"
    assert oracles.order_holds(PROGRAM, {}, [item(1, at=old), item(2, at=new)])
    assert not oracles.order_holds(PROGRAM, {}, [item(1, at=new), item(2, at=new), item(3, at=old)])
    assert not oracles.order_holds(PROGRAM, {"order": ["created_at"]}, [item(1, at=old), item(2, at=new)])
    assert not oracles.order_holds(CUSTOMER, {"order": "type"}, [item(1, at=old), item(2, at=new)])  # not declared


def test_owner_by_any_carried_field_and_unjudged_when_none_is_carried() -> None:
    mine = {"id": "evcus_1", "data": {"data": {"customer": {"id": "cust_x", "source_id": "me@example.com"}}}}
    theirs = {"id": "evcus_2", "data": {"data": {"customer": {"id": "cust_y", "source_id": "you@example.com"}}}}
    silent = {"id": "evcus_3", "data": {"data": {}}}
    assert not oracles.owner_holds(CUSTOMER, "me@example.com", [mine, silent])
    found = oracles.owner_holds(CUSTOMER, "cust_x", [mine, theirs, silent])
    assert found[0].item_ids == ("evcus_2",)
    assert "evcus_2" in str(found[0])


def test_curl_puts_placeholders_for_configured_credentials_only() -> None:
    configured = {"X-App-Id": "app", "X-App-Token": "s3cret"}
    line = curl("http://127.0.0.1:1/v1/x?a=1", {**configured, "User-Agent": "x"}, configured)
    assert line == (
        'curl -sS -X GET -H "X-App-Id: $VOUCHERIFY_APP_ID" -H "X-App-Token: $VOUCHERIFY_APP_TOKEN" '
        "'http://127.0.0.1:1/v1/x?a=1'"
    )
    assert "s3cret" not in line
    probe = curl("http://h/x", {"X-App-Id": "app", "X-App-Token": "wrong"}, configured)
    assert "'X-App-Token: wrong'" in probe  # a wrong value a probe sent is kept: it is the point


def test_v1_schema_failures_name_the_field_via_the_discriminator() -> None:
    body = {
        "data": [
            {"id": "evcus_1", "type": "customer.created", "created_at": 17, "data": {}},
            {"id": "evcus_2", "type": "customer.unheard_of", "created_at": "2026-01-01T00:00:00Z"},
        ]
    }
    found = schema_messages.item_errors("list_customer_activities", body)
    assert found[0].startswith("data[0]")
    assert "customer.created" in found[0]
    assert "CustomerProfileActivity" in found[0]
    assert "oneOf" not in found[0]
    assert found[1] == "data[1]: type 'customer.unheard_of' is none of the documented ones"


def test_progress_writes_a_line_per_interval() -> None:
    now = [0.0]
    lines: list[str] = []
    progress = Progress(lines.append, interactive=False, clock=lambda: now[0])
    for step in range(12):
        now[0] = step * 1.0
        progress("list_program_activities")
    assert len(lines) == 2
    assert lines[0].startswith("[conformance     5 s] list_program_activities: 6 cases")


@pytest.mark.parametrize("operator", ["$regex", "$exists"])
def test_an_operator_without_an_oracle_is_an_error_not_a_silent_pass(operator: str) -> None:
    with pytest.raises(KeyError, match="no oracle"):
        oracles.condition_holds(item(1), PROGRAM.filter_fields["type"], operator, "x")
