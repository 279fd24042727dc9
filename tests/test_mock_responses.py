"""Every response the mock sends conforms to the spec: pages, activities, errors and headers."""

from __future__ import annotations

import datetime
import json
import random
from typing import Any

import pytest
from voucherify_activities.conformance.mock import generate
from voucherify_activities.conformance.mock.dataset import iso_ms

from .test_mock_support import PAGE_SCHEMA, all_activities, app, get, schema_errors, spec_enum

ITEM_SCHEMA = {
    "program": "ProgramActivity",
    "incentive": "IncentiveActivity",
    "earning_rule": "EarningRuleActivity",
    "customer": "CustomerActivity",
}
TYPE_ENUM = {
    "program": "ProgramActivityType",
    "incentive": "IncentiveActivityType",
    "earning_rule": "EarningRuleActivityType",
    "customer": "CustomerActivityType",
}
RATE_HEADERS = ("x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-retry", "x-rate-limit-type")


@pytest.mark.parametrize("kind", list(ITEM_SCHEMA))
def test_every_activity_of_the_default_dataset_matches_its_item_schema(kind: str) -> None:
    mock = app()
    checked = 0
    for owner in mock.store.owners(kind):
        for activity in all_activities(mock, kind, owner):
            assert schema_errors(ITEM_SCHEMA[kind], activity) == [], activity["type"]
            checked += 1
    assert checked > 100


@pytest.mark.parametrize("kind", list(ITEM_SCHEMA))
def test_the_dataset_has_every_documented_activity_type(kind: str) -> None:
    mock = app()
    found = {a["type"] for owner in mock.store.owners(kind) for a in all_activities(mock, kind, owner)}
    assert found == set(spec_enum(TYPE_ENUM[kind]))


def test_ids_follow_the_documented_patterns() -> None:
    mock = app()
    assert all(o.startswith("lprg_") for o in mock.store.owners("program"))
    assert all(o.startswith("linc_") for o in mock.store.owners("incentive"))
    assert all(o.startswith("cust_") for o in mock.store.owners("customer"))
    customer = mock.store.owners("customer")[0]
    assert all(a["id"].startswith("evcus_") for a in all_activities(mock, "customer", customer))


@pytest.mark.parametrize("kind", list(PAGE_SCHEMA))
@pytest.mark.parametrize("query", ["", "limit=1", "limit=100", "limit=7&order=created_at"])
def test_pages_match_the_page_schema_and_carry_rate_limit_headers(kind: str, query: str) -> None:
    mock = app()
    for owner in mock.store.owners(kind)[:3]:
        response = get(mock, kind, owner, query)
        assert response.status == 200
        page = json.loads(response.body)
        assert schema_errors(PAGE_SCHEMA[kind], page) == []
        assert page["data"]
        for name in RATE_HEADERS:
            assert response.header(name) is not None, name


def test_v2_cursor_matches_the_token_pattern_and_the_last_page_has_none() -> None:
    mock = app()
    owner = mock.store.owners("incentive")[-1]
    page = json.loads(get(mock, "incentive", owner, "limit=20").body)
    pages = [page]
    while page["cursor"] is not None:
        page = json.loads(get(mock, "incentive", owner, f"limit=20&cursor={page['cursor']['next']}").body)
        pages.append(page)
    assert len(pages) > 1
    assert all(p["cursor"]["next"].startswith("lcrsainc_") for p in pages[:-1])
    assert all(schema_errors("IncentiveActivityPage", p) == [] for p in pages)


def test_earning_rule_cursor_uses_the_lcrsaer_prefix() -> None:
    mock = app()
    owner = mock.store.owners("earning_rule")[0]
    page = json.loads(get(mock, "earning_rule", owner, "limit=1").body)
    assert page["cursor"]["next"].startswith("lcrsaer_")


ERROR_CASES: list[tuple[str, str, str, int, str]] = [
    ("program", "{p}", "limit=101", 400, "limit"),
    ("program", "lprg_00", "", 404, "lprg_00"),
    ("incentive", "linc_00", "", 404, "linc_00"),
    ("earning_rule", "lern_00", "", 404, "lern_00"),
    ("customer", "cust_nobody", "", 404, "cust_nobody"),
    ("customer", "{c}", "campaign_type=NOPE", 400, "campaign_type"),
]


@pytest.mark.parametrize(("kind", "owner", "query", "status", "named"), ERROR_CASES)
def test_errors_match_the_error_schema_and_name_the_culprit(
    kind: str, owner: str, query: str, status: int, named: str
) -> None:
    mock = app()
    owner = owner.format(p=mock.store.owners("program")[0], c=mock.store.owners("customer")[0])
    response = get(mock, kind, owner, query)
    body: dict[str, Any] = json.loads(response.body)
    assert response.status == status == body["code"]
    assert schema_errors("Error", body) == []
    assert named in body["details"]
    assert body["request_id"].startswith("v-")
    if status == 404:
        assert body["key"] == "not_found"
        assert body["resource_id"] == owner


def test_same_seed_same_bytes_other_seed_other_data() -> None:
    first, again, other = generate(11, 500), generate(11, 500), generate(12, 500)
    assert [t.parts for t in first.templates] == [t.parts for t in again.templates]
    assert [log.ids for log in first.logs] == [log.ids for log in again.logs]
    assert [log.ids for log in first.logs] != [log.ids for log in other.logs]
    assert first.size == 500


def test_size_scales_the_dataset() -> None:
    assert generate(1, 0).size == 0
    assert generate(1, 1234).size == 1234


def test_timestamps_are_formatted_as_datetime_would() -> None:
    rng = random.Random(5)
    for ms in [0, -1, 999, 86_399_999, 253_402_300_799_999] + [rng.randrange(-(10**12), 10**13) for _ in range(20_000)]:
        moment = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(milliseconds=ms)
        assert iso_ms(ms) == moment.isoformat(timespec="milliseconds").replace("+00:00", "Z"), ms


def test_the_render_cache_serves_what_rendering_gives() -> None:
    mock = app()
    for kind in ITEM_SCHEMA:
        log = mock.store.find(kind, mock.store.owners(kind)[0])
        assert log is not None
        for pos in (0, len(log) // 2, len(log) - 1):
            assert mock.store.rendered(log, pos) == log.render(pos)
            assert mock.store.rendered(log, pos) == log.render(pos)
