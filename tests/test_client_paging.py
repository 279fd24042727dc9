"""Auto-paging, sync and async: both paging styles, last and empty pages, expired cursors, checkpoints."""

from __future__ import annotations

import asyncio
import datetime
import itertools
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_client_fakes import EPOCH, FakeVoucherify, ids, make_activities, path_of
from voucherify_activities import (
    AsyncVoucherify,
    Checkpoint,
    CursorExpiredError,
    InvalidRequestError,
    ParameterError,
    RetryPolicy,
)
from voucherify_activities.models import (
    ActivityOrder,
    CustomerConfirmedActivity,
    IncentiveActivity,
    IncentiveActivityCursor,
    ProgramActivity,
)

NEWEST_FIRST = slice(None, None, -1)


def async_client(fake: FakeVoucherify) -> AsyncVoucherify:
    return AsyncVoucherify(
        app_id="app-id", app_token="app-token-secret", transport=fake.transport(), retry=RetryPolicy.disabled()
    )


def test_v2_follows_cursor_next_across_pages_until_cursor_is_null() -> None:
    fake = FakeVoucherify("programs", 25)
    client = fake.client()
    got = list(client.list_program_activities("lprg_0a1b", limit=10))

    assert ids(got) == ids(fake.activities[NEWEST_FIRST])
    assert all(isinstance(a, ProgramActivity) for a in got)
    assert [q.get("cursor") for q in map(dict, (fake.query(i) for i in range(3)))] == [None, "lcrsapr_a", "lcrsapr_14"]
    assert len(fake.requests) == 3, "no request after the page whose cursor is null"
    assert all(path_of(r) == "/v2/loyalties/programs/lprg_0a1b/activities" for r in fake.requests)


def test_v2_stops_when_cursor_has_no_next() -> None:
    bodies = [
        {"data": make_activities("programs", 2), "cursor": {"next": "lcrsapr_1"}},
        {"data": make_activities("programs", 1), "cursor": {"expires_at": "2026-01-01T00:00:00.000Z"}},
    ]
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=bodies[len(requests) - 1])

    fake = FakeVoucherify("programs")
    client = fake.client(transport=httpx.MockTransport(handler))
    assert len(list(client.list_program_activities("lprg_1"))) == 3
    assert len(requests) == 2


@pytest.mark.parametrize(("count", "limit", "requests"), [(0, 10, 1), (10, 10, 1), (11, 10, 2), (30, 10, 3)])
def test_v1_moves_with_starting_after_id_and_stops_at_total(count: int, limit: int, requests: int) -> None:
    fake = FakeVoucherify("customers", count)
    got = list(fake.client().list_customer_activities("cust_1", limit=limit))

    assert ids(got) == ids(fake.activities[NEWEST_FIRST])
    assert len(fake.requests) == requests, "the page that reaches `total` is the last one asked for"
    expected_after = [None] + [ids(fake.activities[NEWEST_FIRST])[limit * (n + 1) - 1] for n in range(requests - 1)]
    assert [dict(fake.query(i)).get("starting_after_id") for i in range(requests)] == expected_after
    assert all(isinstance(a, CustomerConfirmedActivity) for a in got)


def test_v1_stops_on_an_empty_page_when_total_overstates() -> None:
    fake = FakeVoucherify("customers", 3)
    real = fake._v1_page

    def overstating(ordered: list[dict[str, Any]], query: dict[str, str], limit: int) -> httpx.Response:
        response = real(ordered, query, limit)
        body = response.json()
        body["total"] = 50
        return httpx.Response(200, json=body)

    fake._v1_page = overstating  # type: ignore[method-assign]
    assert len(list(fake.client().list_customer_activities("cust_1", limit=2))) == 3
    assert len(fake.requests) == 3, "pages of 2, 1, then the empty page ends it"


@pytest.mark.parametrize("kind", ["programs", "customers"])
def test_empty_listing_yields_nothing_after_one_request(kind: str) -> None:
    fake = FakeVoucherify(kind, 0)
    client = fake.client()
    pager = (
        client.list_customer_activities("cust_1") if kind == "customers" else client.list_program_activities("lprg_1")
    )
    assert list(pager) == []
    page = pager.first_page()
    assert page.items == []
    assert not page.has_more
    assert len(fake.requests) == 2


def test_pages_give_items_cursor_model_and_rate_limit() -> None:
    fake = FakeVoucherify("incentives", 5)
    pages = list(fake.client().list_incentive_activities("linc_ab12", limit=2).pages())

    assert [len(p.items) for p in pages] == [2, 2, 1]
    assert [p.next_cursor for p in pages] == ["lcrsainc_2", "lcrsainc_4", None]
    assert [p.has_more for p in pages] == [True, True, False]
    assert all(isinstance(i, IncentiveActivity) for p in pages for i in p.items)
    cursor = pages[0].model.cursor
    assert isinstance(cursor, IncentiveActivityCursor)
    assert cursor.next == "lcrsainc_2"
    assert pages[0].total is None


def test_v1_page_carries_total() -> None:
    fake = FakeVoucherify("customers", 5)
    page = fake.client().list_customer_activities("cust_1", limit=2).first_page()
    assert page.total == 5
    assert page.model.total == 5
    assert page.has_more


def test_expired_cursor_raises_a_specific_error_that_says_how_to_resume() -> None:
    fake = FakeVoucherify("programs", 30)
    fake.expired.add("lcrsapr_14")
    pager = fake.client().list_program_activities("lprg_1", limit=10)
    got: list[ProgramActivity] = []
    with pytest.raises(CursorExpiredError) as raised:
        got.extend(pager)

    error = raised.value
    assert error.status == 400
    assert error.key == "invalid_query_params"
    assert "created_at" in str(error)
    assert "resume_from" in str(error)
    assert len(got) == 20
    checkpoint = error.checkpoint
    assert checkpoint is not None
    assert checkpoint.cursor is None, "the dead cursor is not offered again"
    assert checkpoint.last_id == got[-1].id

    rest = list(fake.client().list_program_activities("lprg_1", limit=10, resume_from=checkpoint))
    assert ids(got + rest) == ids(fake.activities[NEWEST_FIRST])
    assert dict(fake.query())["filters[created_at][conditions][$before]"].startswith("2026-01-01T00:00:10.001")


def test_a_400_about_something_else_is_not_a_cursor_error() -> None:
    fake = FakeVoucherify("programs", 30)
    fake.fail_next(httpx.Response(400, json={"code": 400, "key": "invalid_query_params", "details": "limit: too big"}))
    with pytest.raises(InvalidRequestError) as raised:
        list(fake.client().list_program_activities("lprg_1", cursor="lcrsapr_a"))
    assert type(raised.value) is InvalidRequestError


@pytest.mark.parametrize("stop_after", [0, 1, 9, 10, 11, 24, 25])
@pytest.mark.parametrize("kind", ["programs", "customers"])
def test_checkpoint_resumes_right_after_the_last_item_yielded(kind: str, stop_after: int) -> None:
    fake = FakeVoucherify(kind, 25)
    client = fake.client()
    listing = client.list_customer_activities if kind == "customers" else client.list_program_activities
    path = "cust_1" if kind == "customers" else "lprg_1"
    pager = listing(path, limit=10)
    first = list(itertools.islice(pager, stop_after))
    checkpoint = pager.checkpoint
    assert checkpoint is not None
    rest = list(listing(path, limit=10, resume_from=Checkpoint.from_dict(checkpoint.to_dict())))
    assert ids(first + rest) == ids(fake.activities[NEWEST_FIRST])


@settings(max_examples=40, deadline=None)
@given(
    count=st.integers(0, 40),
    limit=st.integers(1, 12),
    stop_after=st.integers(0, 45),
    ties=st.integers(1, 4),
    ascending=st.booleans(),
    expire=st.booleans(),
)
def test_resuming_by_created_at_neither_skips_nor_repeats(  # noqa: PLR0917 - one argument per drawn value
    count: int, limit: int, stop_after: int, ties: int, ascending: bool, expire: bool
) -> None:
    """Cursor-less checkpoints (first page, or after expiry) resume by created_at, even among equal instants."""
    activities = make_activities("programs", count, same_instant_every=ties)
    fake = FakeVoucherify("programs", activities=activities)
    order: ActivityOrder = "created_at" if ascending else "-created_at"
    pager = fake.client().list_program_activities("lprg_1", limit=limit, order=order)
    first = list(itertools.islice(pager, stop_after))
    checkpoint = pager.checkpoint
    assert checkpoint is not None
    if expire:
        checkpoint = checkpoint.without_cursor()
    rest = list(fake.client().list_program_activities("lprg_1", limit=limit, order=order, resume_from=checkpoint))
    expected = sorted(activities, key=lambda a: (a["created_at"], a["id"]), reverse=not ascending)
    assert ids(first + rest) == ids(expected)


def test_resume_keeps_the_callers_own_created_at_bound_when_tighter() -> None:
    fake = FakeVoucherify("programs", 20)
    cut = EPOCH + datetime.timedelta(seconds=5)
    checkpoint = Checkpoint(
        "list_program_activities", "lprg_1", last_id="x", last_created_at="2026-01-01T00:00:15.000Z"
    )
    got = list(fake.client().list_program_activities("lprg_1", created_before=cut, resume_from=checkpoint))
    assert dict(fake.query())["filters[created_at][conditions][$before]"] == cut.isoformat()
    assert ids(got) == ids(fake.activities[:5][NEWEST_FIRST])


def test_resume_by_created_at_refuses_junction_or() -> None:
    fake = FakeVoucherify("programs", 3)
    checkpoint = Checkpoint("list_program_activities", "lprg_1", last_created_at="2026-01-01T00:00:01.000Z")
    pager = fake.client().list_program_activities(
        "lprg_1", junction="OR", types=["vl.program.updated"], resume_from=checkpoint
    )
    with pytest.raises(ParameterError, match="junction") as raised:
        list(pager)
    assert raised.value.parameter == "resume_from"
    assert fake.requests == []


def test_a_checkpoint_only_resumes_the_listing_it_came_from() -> None:
    fake = FakeVoucherify("programs", 3)
    checkpoint = Checkpoint("list_program_activities", "lprg_1")
    with pytest.raises(ParameterError) as raised:
        fake.client().list_program_activities("lprg_2", resume_from=checkpoint)
    assert raised.value.parameter == "resume_from"
    with pytest.raises(ParameterError):
        fake.client().list_incentive_activities("linc_1", resume_from=checkpoint)


def test_async_iterators_page_the_same_way() -> None:
    v2 = FakeVoucherify("earning-rules", 23)
    v1 = FakeVoucherify("customers", 23)

    async def collect() -> tuple[list[Any], list[Any], list[int]]:
        async with async_client(v2) as c2, async_client(v1) as c1:
            items = [a async for a in c2.list_earning_rule_activities("lern_1", limit=10)]
            customers = [a async for a in c1.list_customer_activities("cust_1", limit=10)]
            sizes = [len(p.items) async for p in c2.list_earning_rule_activities("lern_1", limit=10).pages()]
        return items, customers, sizes

    items, customers, sizes = asyncio.run(collect())
    assert ids(items) == ids(v2.activities[NEWEST_FIRST])
    assert ids(customers) == ids(v1.activities[NEWEST_FIRST])
    assert sizes == [10, 10, 3]


def test_async_expired_cursor_and_resume() -> None:
    fake = FakeVoucherify("programs", 15)
    fake.expired.add("lcrsapr_a")

    async def run() -> list[str]:
        async with async_client(fake) as client:
            got: list[str] = []

            async def drain() -> None:
                async for activity in client.list_program_activities("lprg_1", limit=10):
                    got.append(str(activity.id))

            with pytest.raises(CursorExpiredError) as raised:
                await drain()
            checkpoint = raised.value.checkpoint
            assert checkpoint is not None
            async for activity in client.list_program_activities("lprg_1", limit=10, resume_from=checkpoint):
                got.append(str(activity.id))
            first = await client.list_program_activities("lprg_1", limit=4).first_page()
            assert len(first.items) == 4
            return got

    assert asyncio.run(run()) == ids(fake.activities[NEWEST_FIRST])


def test_same_cursor_twice_is_an_error_not_an_endless_loop() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": [], "cursor": {"next": "lcrsapr_1"}})

    fake = FakeVoucherify("programs")
    pager = fake.client(transport=httpx.MockTransport(handler)).list_program_activities("lprg_1")
    with pytest.raises(Exception, match="cursor it was sent"):
        list(pager)


def test_paged_items_are_handed_their_created_at_and_stay_unparsed() -> None:
    # The page check parsed each created_at already: the pager sets it on the item, so reading it
    # neither parses it again nor parses the rest of the item.
    fake = FakeVoucherify("programs", 5)
    by_id = {activity["id"]: activity for activity in fake.activities}
    for item in fake.client().list_program_activities("lprg_0a1b"):
        handed = object.__getattribute__(item, "created_at")  # the slot itself: AttributeError if empty
        assert item.created_at is handed
        raw = object.__getattribute__(item, "_raw")
        assert isinstance(raw, dict)  # still lazy: nothing else was parsed
        assert handed == type(item).from_dict(by_id[raw["id"]]).created_at


@pytest.mark.parametrize("kind", ["programs", "customers"])
def test_items_carry_the_created_at_their_own_text_parses_to_and_stay_lossless(kind: str) -> None:
    # The pager hands each item the instant the page check parsed: it must be that item's own.
    fake = FakeVoucherify(kind, 7, activities=make_activities(kind, 7, same_instant_every=1))
    client = fake.client()
    listing = (
        client.list_program_activities("lprg_0a1b") if kind == "programs" else client.list_customer_activities("cust_1")
    )
    by_id = {activity["id"]: activity for activity in fake.activities}
    got = list(listing)
    assert len(got) == 7
    for item in got:
        created = item.created_at  # read first: reading any other field parses the item, created_at included
        raw = by_id[item.id]
        assert created == type(item).from_dict(raw).created_at
        assert created.isoformat().startswith(raw["created_at"][:19])
        assert item.to_dict() == raw
    # to_dict() straight away, nothing else read: the handed instant must not cost the text.
    written = [item.to_dict() for item in listing]
    assert written == [by_id[activity["id"]] for activity in written]
