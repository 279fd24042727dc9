"""Property tests: walking the mock's pages to the end returns exactly what the filters select, once, in order."""

from __future__ import annotations

import datetime
import json
from itertools import islice
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from voucherify_activities.conformance.mock import MockApp, MockConfig
from voucherify_activities.conformance.mock.selection import compile_filters, select, walk

from .test_mock_support import (
    TYPE_ENUMS,
    all_activities,
    app,
    encode_filters,
    get,
    operators,
    reference_v2,
    spec_enum,
    when,
)

V2_KINDS = ("program", "incentive", "earning_rule")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def iso(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@st.composite
def v2_queries(draw: st.DrawFn) -> tuple[str, str, dict[str, Any], Any, int, str]:
    mock = app()
    kind = draw(st.sampled_from(V2_KINDS))
    owner = draw(st.sampled_from(mock.store.owners(kind)))
    activities = all_activities(mock, kind, owner)
    ids = [a["id"] for a in activities]
    id_ops, type_ops = operators(kind)
    types = spec_enum(TYPE_ENUMS[kind])
    filters: dict[str, Any] = {}
    if draw(st.booleans()):
        conditions: dict[str, Any] = {}
        for op in draw(st.lists(st.sampled_from(type_ops), min_size=1, max_size=2, unique=True)):
            many = op in ("$in", "$not_in")
            conditions[op] = (
                draw(st.lists(st.sampled_from(types), min_size=1, max_size=4)) if many else draw(st.sampled_from(types))
            )
        filters["type"] = {"conditions": conditions}
    if draw(st.booleans()):
        conditions = {}
        for op in draw(st.lists(st.sampled_from(id_ops), min_size=1, max_size=2, unique=True)):
            many = op in ("$in", "$not_in")
            conditions[op] = (
                draw(st.lists(st.sampled_from(ids), min_size=1, max_size=5)) if many else draw(st.sampled_from(ids))
            )
        filters["id"] = {"conditions": conditions}
    if draw(st.booleans()):
        conditions = {}
        for op in draw(st.lists(st.sampled_from(["$after", "$before"]), min_size=1, max_size=2, unique=True)):
            anchor = when(draw(st.sampled_from(activities))["created_at"])
            shift = datetime.timedelta(milliseconds=draw(st.sampled_from([-1, 0, 1, -86_400_000, 86_400_000])))
            conditions[op] = iso(anchor + shift)
        filters["created_at"] = {"conditions": conditions}
    junction = draw(st.sampled_from([None, "AND", "OR", "OR"]))
    if junction:
        filters["junction"] = junction
    order = draw(st.sampled_from([None, "created_at", "-created_at", ["created_at"], ["-created_at", "-created_at"]]))
    limit = draw(st.integers(1, 100))
    form = draw(st.sampled_from(["indexed", "repeated", "empty"]))
    return kind, owner, filters, order, limit, form


def walk_v2(mock: MockApp, kind: str, owner: str, base: list[tuple[str, Any]]) -> list[str]:
    seen: list[str] = []
    cursor = None
    for _ in range(10_000):
        query = base + ([("cursor", cursor)] if cursor else [])
        response = get(mock, kind, owner, query)
        assert response.status == 200, response.body
        page = json.loads(response.body)
        seen.extend(a["id"] for a in page["data"])
        if page["cursor"] is None:
            return seen
        assert page["data"], "a page with a cursor must not be empty"
        cursor = page["cursor"]["next"]
    raise AssertionError("paging did not end")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(v2_queries())
def test_v2_pages_return_exactly_the_selected_activities_in_order(
    query: tuple[str, str, dict[str, Any], Any, int, str],
) -> None:
    kind, owner, filters, order, limit, form = query
    mock = app()
    base = [*encode_filters(filters, form), ("limit", str(limit))]
    if order is not None:
        base += [("order", item) for item in (order if isinstance(order, list) else [order])]
    descending = order is None or (order if isinstance(order, str) else order[0]).startswith("-")
    expected = reference_v2(all_activities(mock, kind, owner), filters, descending)
    assert walk_v2(mock, kind, owner, base) == expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(v2_queries(), st.data())
def test_select_is_the_first_positions_of_walk(
    query: tuple[str, str, dict[str, Any], Any, int, str], data: st.DataObject
) -> None:
    """`select` (slices, what requests use) agrees with `walk` (the step-by-step reference) from any start."""
    kind, owner, filters, _, limit, _ = query
    log = app().store.find(kind, owner)
    assert log is not None
    sets = compile_filters(log, filters)
    junction = filters.get("junction", "AND")
    descending = data.draw(st.booleans())
    start = data.draw(st.integers(-1, len(log)))
    expected = list(islice(walk(log, sets, junction, start, descending), limit + 1))
    assert select(log, sets, junction, start, descending, count=limit + 1) == expected


@st.composite
def v1_queries(draw: st.DrawFn) -> tuple[str, dict[str, str]]:
    mock = app()
    owner = draw(st.sampled_from(mock.store.owners("customer")))
    activities = all_activities(mock, "customer", owner)
    log = mock.store.find("customer", owner)
    assert log is not None
    params: dict[str, str] = {"limit": str(draw(st.integers(1, 30)))}
    if draw(st.booleans()):
        params["order"] = draw(st.sampled_from(spec_enum("CustomerActivityOrder")))
    campaigns = sorted({r.campaign_id for r in log.relations if r.campaign_id})
    products = sorted({p for r in log.relations for p in r.product_ids})
    if draw(st.booleans()) and campaigns:
        params["campaign_id"] = draw(st.sampled_from(campaigns))
    if draw(st.booleans()):
        params["campaign_type"] = draw(st.sampled_from(spec_enum("CampaignType")))
    if draw(st.booleans()) and products:
        params["product_id"] = draw(st.sampled_from(products))
    for name in ("start_date", "end_date"):
        if draw(st.booleans()):
            params[name] = draw(st.sampled_from(activities))["created_at"]
    return owner, params


def reference_v1(mock: MockApp, owner: str, params: dict[str, str]) -> list[str]:
    log = mock.store.find("customer", owner)
    assert log is not None
    order = params.get("order", "-created_at")
    key = order.lstrip("-")
    rows = []
    for pos, activity in enumerate(all_activities(mock, "customer", owner)):
        rel = log.relations[pos]
        if "campaign_id" in params and rel.campaign_id != params["campaign_id"]:
            continue
        if "campaign_type" in params and rel.campaign_type != params["campaign_type"]:
            continue
        if "product_id" in params and params["product_id"] not in rel.product_ids:
            continue
        created = when(activity["created_at"])
        if "start_date" in params and created < when(params["start_date"]):
            continue
        if "end_date" in params and created > when(params["end_date"]):
            continue
        primary = {
            "type": activity["type"],
            "code": rel.code,
            "campaign": rel.campaign_name,
            "category": rel.category,
        }.get(key, "")
        rows.append(((primary, created, activity["id"]), activity["id"]))
    ordered = [activity_id for _, activity_id in sorted(rows)]
    return ordered[::-1] if order.startswith("-") else ordered


@SETTINGS
@given(v1_queries())
def test_v1_pages_walked_with_starting_after_id_return_each_match_once_in_order(
    query: tuple[str, dict[str, str]],
) -> None:
    owner, params = query
    mock = app()
    expected = reference_v1(mock, owner, params)
    seen: list[str] = []
    extra: dict[str, str] = {}
    for _ in range(10_000):
        response = get(mock, "customer", owner, list({**params, **extra}.items()))
        assert response.status == 200, response.body
        page = json.loads(response.body)
        assert page["total"] == len(expected)
        if not page["data"]:
            break
        seen.extend(a["id"] for a in page["data"])
        extra = {"starting_after_id": page["data"][-1]["id"]}
    assert seen == expected


@SETTINGS
@given(st.sampled_from(V2_KINDS), st.data())
def test_a_cursor_is_rejected_by_any_other_query(kind: str, data: st.DataObject) -> None:
    mock = app()
    owners = mock.store.owners(kind)
    first = json.loads(get(mock, kind, owners[0], "limit=1").body)
    cursor = first["cursor"]["next"]
    types = spec_enum(TYPE_ENUMS[kind])
    other = data.draw(
        st.sampled_from(
            [
                (owners[1], "limit=1"),
                (owners[0], "limit=1&order=created_at"),
                (owners[0], f"limit=1&filters[type][conditions][$is]={types[0]}"),
                (owners[0], "limit=1&filters[created_at][conditions][$after]=2020-01-01T00:00:00Z"),
            ]
        )
    )
    response = get(mock, kind, other[0], f"{other[1]}&cursor={cursor}")
    assert response.status == 400
    assert b"cursor: issued for a different query" in response.body
    assert get(mock, kind, owners[0], f"limit=1&cursor={cursor}").status == 200


@SETTINGS
@given(st.sampled_from(V2_KINDS), st.integers(min_value=0), st.integers(1, 15))
def test_forged_or_altered_cursors_are_rejected(kind: str, index: int, nibble: int) -> None:
    mock = app()
    owner = mock.store.owners(kind)[0]
    cursor = json.loads(get(mock, kind, owner, "limit=2").body)["cursor"]["next"]
    prefix, digits = cursor[: cursor.index("_") + 1], cursor[cursor.index("_") + 1 :]
    spot = index % len(digits)
    altered = digits[:spot] + format((int(digits[spot], 16) + nibble) % 16, "x") + digits[spot + 1 :]
    response = get(mock, kind, owner, f"limit=2&cursor={prefix}{altered}")
    assert response.status == 400
    assert b'"key":"invalid_query_params"' in response.body
    assert b"cursor:" in response.body


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(V2_KINDS), st.floats(min_value=1.0, max_value=3600.0), st.floats(0.0, 0.999))
def test_cursor_expiry_is_enforced(kind: str, ttl: float, fraction: float) -> None:
    clock = FakeClock()
    mock = MockApp(MockConfig(seed=3, size=600, cursor_ttl_seconds=ttl, clock=clock), store=app().store)
    owner = mock.store.owners(kind)[0]
    page = json.loads(get(mock, kind, owner, "limit=1").body)
    expires = when(page["cursor"]["expires_at"]).timestamp()
    assert abs(expires - (clock.now + ttl)) < 0.002
    clock.now += ttl * fraction  # still valid just before the end
    assert get(mock, kind, owner, f"limit=1&cursor={page['cursor']['next']}").status == 200
    clock.now = expires + 0.001
    response = get(mock, kind, owner, f"limit=1&cursor={page['cursor']['next']}")
    assert response.status == 400
    assert b"cursor: expired at" in response.body


def test_all_three_array_forms_select_the_same_activities() -> None:
    mock = app()
    owner = mock.store.owners("program")[0]
    types = spec_enum("ProgramActivityType")[:3]
    filters = {"type": {"conditions": {"$in": types}}}
    bodies = set()
    for form in ("indexed", "repeated", "empty"):
        response = get(mock, "program", owner, [*encode_filters(filters, form), ("limit", "100")])
        assert response.status == 200
        page = json.loads(response.body)
        assert page["data"]
        assert {a["type"] for a in page["data"]} <= set(types)
        bodies.add(tuple(a["id"] for a in page["data"]))
    assert len(bodies) == 1


def test_limit_defaults_to_the_spec_default() -> None:
    mock = app()
    owner = mock.store.owners("program")[0]
    assert len(json.loads(get(mock, "program", owner).body)["data"]) == 10
    customer = mock.store.owners("customer")[0]
    assert len(json.loads(get(mock, "customer", customer).body)["data"]) == 10


def test_customer_is_found_by_source_id_too() -> None:
    mock = app()
    owner = mock.store.owners("customer")[0]
    log = mock.store.find("customer", owner)
    assert log is not None
    source_id = json.loads(log.owner_slots["cust_source_id"])
    by_id, by_source = get(mock, "customer", owner), get(mock, "customer", source_id)
    assert by_id.status == by_source.status == 200
    assert json.loads(by_id.body)["data"] == json.loads(by_source.body)["data"]


def test_v1_starting_after_moves_past_that_instant_in_list_order() -> None:
    mock = app()
    owner = mock.store.owners("customer")[0]
    newest = json.loads(get(mock, "customer", owner, "limit=5").body)["data"]
    after = json.loads(get(mock, "customer", owner, f"limit=5&starting_after={newest[-1]['created_at']}").body)["data"]
    assert after
    assert all(when(a["created_at"]) < when(newest[-1]["created_at"]) for a in after)
    oldest = json.loads(get(mock, "customer", owner, "limit=5&order=created_at").body)["data"]
    query = f"limit=5&order=created_at&starting_after={oldest[-1]['created_at']}"
    later = json.loads(get(mock, "customer", owner, query).body)["data"]
    assert later
    assert all(when(a["created_at"]) > when(oldest[-1]["created_at"]) for a in later)
