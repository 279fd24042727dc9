"""The high-level client's pagers against the real mock over HTTP, for all four operations."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from voucherify_activities.conformance.mock import MockConfig
from voucherify_activities.conformance.pytest_plugin import MockHandle

from voucherify_activities import AsyncVoucherify, CursorExpiredError, RetryPolicy, Voucherify
from voucherify_activities.models import ProgramActivityType

V2 = [
    ("program", "list_program_activities", "/v2/loyalties/programs/{}/activities"),
    ("incentive", "list_incentive_activities", "/v2/loyalties/incentives/{}/activities"),
    ("earning_rule", "list_earning_rule_activities", "/v2/loyalties/earning-rules/{}/activities"),
]


def raw_walk_v2(mock: MockHandle, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every activity, walked with plain httpx at the largest page size: the reference."""
    items: list[dict[str, Any]] = []
    headers = {"X-App-Id": mock.app_id, "X-App-Token": mock.app_token}
    query: dict[str, Any] = {"limit": 100, **params}
    with httpx.Client(base_url=mock.base_url, headers=headers) as http:
        while True:
            body = http.get(path, params=query).raise_for_status().json()
            items += body["data"]
            cursor = body.get("cursor")
            if not cursor or not cursor.get("next"):
                return items
            query = {"limit": 100, "cursor": cursor["next"], **params}


@pytest.mark.parametrize(("kind", "method", "path"), V2, ids=[kind for kind, _, _ in V2])
def test_v2_pager_walks_every_activity_once_newest_first(
    voucherify_mock: MockHandle, kind: str, method: str, path: str
) -> None:
    owner = voucherify_mock.owners(kind)[0]
    expected = raw_walk_v2(voucherify_mock, path.format(owner))
    pager = getattr(voucherify_mock.voucherify, method)(owner, limit=7)
    pages = list(pager.pages())
    walked = [activity.to_dict() for page in pages for activity in page.items]

    assert len(expected) > 7 * 3, "the owner must span several pages for this test to mean anything"
    assert [a["id"] for a in walked] == [a["id"] for a in expected]
    assert walked == expected, "the typed items give back exactly what the server sent"
    assert [page.next_cursor is None for page in pages] == [False] * (len(pages) - 1) + [True]
    assert all(page.rate_limit.limit is not None for page in pages)


def test_v2_type_filter_selects_exactly_those_types(voucherify_mock: MockHandle) -> None:
    owner = voucherify_mock.owners("program")[0]
    chosen: list[ProgramActivityType] = ["vl.program.updated", "vl.program.reward.assigned"]
    everything = raw_walk_v2(voucherify_mock, f"/v2/loyalties/programs/{owner}/activities")
    walked = list(voucherify_mock.voucherify.list_program_activities(owner, types=chosen, order="created_at", limit=9))

    expected = sorted((a for a in everything if a["type"] in chosen), key=lambda a: (a["created_at"], a["id"]))
    assert walked, "the dataset has activities of the chosen types"
    assert [a.id for a in walked] == [a["id"] for a in expected]


def test_v1_pager_walks_to_total(voucherify_mock: MockHandle) -> None:
    customer = voucherify_mock.owners("customer")[0]
    pager = voucherify_mock.voucherify.list_customer_activities(customer, limit=5)
    pages = list(pager.pages())
    ids = [activity.id for page in pages for activity in page.items]

    assert pages[0].total is not None
    assert pages[0].total > 5 * 2
    assert len(ids) == pages[0].total
    assert len(set(ids)) == len(ids)


def test_async_pager_matches_the_sync_one(voucherify_mock: MockHandle) -> None:
    owner = voucherify_mock.owners("incentive")[0]
    sync_ids = [a.id for a in voucherify_mock.voucherify.list_incentive_activities(owner, limit=6)]

    async def walk() -> list[str]:
        async with AsyncVoucherify(
            base_url=voucherify_mock.base_url, app_id=voucherify_mock.app_id, app_token=voucherify_mock.app_token
        ) as client:
            return [a.id async for a in client.list_incentive_activities(owner, limit=6)]

    assert asyncio.run(walk()) == sync_ids


def test_expired_cursor_then_resume_from_its_checkpoint(
    voucherify_mock_factory: Callable[[MockConfig], MockHandle],
) -> None:
    now = [1_800_000_000.0]
    mock = voucherify_mock_factory(MockConfig(size=2_000, cursor_ttl_seconds=60, clock=lambda: now[0]))
    owner = mock.owners("program")[0]
    everything = [a["id"] for a in raw_walk_v2(mock, f"/v2/loyalties/programs/{owner}/activities")]

    seen: list[object] = []

    def walk_while_time_passes() -> None:
        for activity in mock.voucherify.list_program_activities(owner, limit=10):
            seen.append(activity.id)
            if len(seen) == 15:
                now[0] += 3600  # the cursor for the next page is now long expired

    with pytest.raises(CursorExpiredError) as raised:
        walk_while_time_passes()
    assert len(seen) == 20, "the page in hand is finished before the expired cursor is sent"
    checkpoint = raised.value.checkpoint
    assert checkpoint is not None
    assert "resume_from" in str(raised.value)

    rest = [a.id for a in mock.voucherify.list_program_activities(owner, limit=10, resume_from=checkpoint)]
    assert seen + rest == everything


def test_retries_ride_through_injected_faults(voucherify_mock_factory: Callable[[MockConfig], MockHandle]) -> None:
    mock = voucherify_mock_factory(
        MockConfig(size=500, fault_503_rate=0.3, fault_429_rate=0.2, retry_after_seconds=0, fault_seed=3)
    )
    owner = mock.owners("earning_rule")[0]
    patient = Voucherify(
        base_url=mock.base_url,
        app_id=mock.app_id,
        app_token=mock.app_token,
        retry=RetryPolicy(attempts=12, timeout=30.0, wait_initial=0.0, wait_max=0.0, wait_jitter=0.0),
    )
    with patient:
        walked = [a.id for a in patient.list_earning_rule_activities(owner, limit=5)]
    calm = voucherify_mock_factory(MockConfig(size=500))
    assert walked == [a["id"] for a in raw_walk_v2(calm, f"/v2/loyalties/earning-rules/{owner}/activities")]
