"""A typed usage example: `mypy` (the lint session checks tests/) proves the types, pytest runs it.

Each `assert_type` is a static claim about what users' type checkers see; the test then runs
the same code against the fake to show it works.
"""

from __future__ import annotations

import asyncio
import datetime
from typing import TYPE_CHECKING

import pytest

from tests.test_client_fakes import FakeVoucherify
from voucherify_activities import AsyncPager, Checkpoint, Page, ParameterError, RateLimit, SyncPager, Voucherify
from voucherify_activities.activity_types import CustomerActivity
from voucherify_activities.models import (
    IncentiveActivity,
    IncentiveActivityPage,
    ProgramActivity,
    ProgramActivityPage,
    ProgramActivityType,
)

if TYPE_CHECKING:
    from typing_extensions import assert_type
else:

    def assert_type(value: object, _type: object) -> object:
        return value


def newest_updates(client: Voucherify, program_id: str) -> list[str]:
    types: list[ProgramActivityType] = ["vl.program.updated", "vl.program.activated"]
    pager = client.list_program_activities(
        program_id, types=types, created_after=datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc), limit=50
    )
    assert_type(pager, SyncPager[ProgramActivity, ProgramActivityPage])
    found = []
    for activity in pager:
        assert_type(activity, ProgramActivity)
        assert_type(activity.created_at, datetime.datetime)
        found.append(str(activity.id))
    assert_type(pager.checkpoint, Checkpoint)
    return found


def test_typed_usage_runs() -> None:
    fake = FakeVoucherify("programs", 12)
    client = fake.client()
    assert len(newest_updates(client, "lprg_0a1b")) == 12

    page = client.list_program_activities("lprg_0a1b", limit=5).first_page()
    assert_type(page, Page[ProgramActivity, ProgramActivityPage])
    assert_type(page.rate_limit, RateLimit)
    assert_type(page.next_cursor, "str | None")
    assert page.next_cursor == "lcrsapr_5"

    customers = FakeVoucherify("customers", 3).client().list_customer_activities("cust_1")
    for activity in customers:
        assert_type(activity, CustomerActivity)
        assert activity.id.startswith("evcus_")


def test_typed_async_usage_runs() -> None:
    fake = FakeVoucherify("incentives", 4)

    async def run() -> list[str]:
        from voucherify_activities import AsyncVoucherify  # noqa: PLC0415

        async with AsyncVoucherify(app_id="a", app_token="t", transport=fake.transport()) as client:
            pager = client.list_incentive_activities("linc_1", types=["vl.incentive.activated"])
            assert_type(pager, AsyncPager[IncentiveActivity, IncentiveActivityPage])
            return [a.id async for a in pager]

    assert len(asyncio.run(run())) == 4


def test_misuse_is_caught_by_the_type_checker_and_at_run_time() -> None:
    """mypy --strict warns about unused ignores: each ignore below proves mypy flags that line."""
    client = FakeVoucherify("programs").client()
    with pytest.raises(ParameterError):
        client.list_program_activities("lprg_1", types=["vl.incentive.created"])  # type: ignore[list-item]
    with pytest.raises(ParameterError):
        client.list_program_activities("lprg_1", page=2)  # type: ignore[call-arg]
    with pytest.raises(ParameterError):
        client.list_earning_rule_activities("lern_1", types=["vl.earning_rule.created"])  # type: ignore[call-arg]
    with pytest.raises(ParameterError):
        client.list_customer_activities("cust_1", limit="10")  # type: ignore[arg-type]
