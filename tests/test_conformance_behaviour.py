"""The suite judges behaviour, not only shape: broken mocks whose every response stays schema-valid.

Each variant breaks one behaviour (a filter validated then ignored, `order` ignored or reversed,
a cursor loop, a last page pointing at an empty one, a v1 `total` that is the page size, an
activity of another owner, `junction=OR` read as AND, `$not_in` ignored, small pages that
disagree with big ones). `voucherify-activities conformance --base-url` on the ci profile must
fail it by the check named for it, with runnable curl reproductions and no credential in sight.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest
from voucherify_activities.conformance.mock import MockServer

from tests.test_conformance_proof import (  # noqa: F401 - fixtures
    SabotagedMock,
    Variant,
    run_conformance,
    start_mock,
    summary_row,
    token,
)

EMPTY_PAGE_CURSOR = "lcrsapr_" + "e" * 40
StartMock = Callable[..., tuple[MockServer, SabotagedMock]]


def dropping(predicate: Callable[[str], bool]) -> Callable[[str], str]:
    """A query rewrite that drops the parameters `predicate` picks: validated by nobody, then ignored."""

    def rewrite(query: str) -> str:
        pairs = parse_qsl(query, keep_blank_values=True)
        return urlencode([(key, value) for key, value in pairs if not predicate(key)])

    return rewrite


def replacing(old: str, new: str) -> Callable[[str], str]:
    def rewrite(query: str) -> str:
        pairs = parse_qsl(query, keep_blank_values=True)
        return urlencode([(key, new if value == old else value) for key, value in pairs])

    return rewrite


def each_page(change: Callable[[str, dict[str, Any]], None]) -> Callable[[str, int, bytes], tuple[int, bytes]]:
    def rewrite(query: str, status: int, body: bytes) -> tuple[int, bytes]:
        if status != 200:
            return status, body
        page = json.loads(body)
        change(query, page)
        return status, json.dumps(page).encode()

    return rewrite


def reversed_pages(query: str, page: dict[str, Any]) -> None:
    page["data"].reverse()


def cursor_loop(query: str, page: dict[str, Any]) -> None:
    """cursor.next of a page reached with a cursor is that same cursor: the page comes back forever."""
    cursor = dict(parse_qsl(query)).get("cursor")
    if cursor and isinstance(page.get("cursor"), dict):
        page["cursor"]["next"] = cursor


def last_page_points_on(query: str, status: int, body: bytes) -> tuple[int, bytes]:
    """The last page carries a cursor.next; following it gives an empty page."""
    if dict(parse_qsl(query)).get("cursor") == EMPTY_PAGE_CURSOR:
        return 200, b'{"data":[],"cursor":null,"object":"list"}'
    if status != 200:
        return status, body
    page = json.loads(body)
    if page.get("cursor") is None and page["data"]:
        page["cursor"] = {"next": EMPTY_PAGE_CURSOR, "expires_at": "2099-01-01T00:00:00.000Z"}
    return status, json.dumps(page).encode()


def total_is_page_size(query: str, page: dict[str, Any]) -> None:
    page["total"] = len(page["data"])


def foreign_program(query: str, page: dict[str, Any]) -> None:
    if len(page["data"]) > 1:
        page["data"][-1]["program_id"] = "lprg_0000000000000000000f"


def foreign_customer(query: str, page: dict[str, Any]) -> None:
    if len(page["data"]) > 1:
        customer = page["data"][-1]["data"]["data"]["customer"]
        customer |= {"id": "cust_SomebodyElse000000000000", "source_id": "somebody-else@example.com"}


def small_pages_skip_one(query: str, page: dict[str, Any]) -> None:
    """Pages of a small limit lose their first activity: a limit=k walk misses some that limit=100 has."""
    limit = dict(parse_qsl(query)).get("limit", "10")
    if int(limit) < 5 and page["data"]:
        del page["data"][0]


def _starts(prefix: str) -> Callable[[str], bool]:
    return lambda key: key.startswith(prefix)


VARIANTS: dict[str, tuple[Variant, str, str]] = {
    # name: (variant, check that must fail, text its report must carry)
    "type $in ignored": (
        Variant("list_program_activities", query=dropping(_starts("filters[type]"))),
        "filters_hold",
        "filters[type]",
    ),
    "created_at $after/$before ignored": (
        Variant("list_incentive_activities", query=dropping(_starts("filters[created_at]"))),
        "filters_hold",
        "filters[created_at]",
    ),
    "v1 start_date/end_date ignored": (
        Variant("list_customer_activities", query=dropping(lambda key: key in ("start_date", "end_date"))),
        "filters_hold",
        "_date",
    ),
    "order ignored": (
        Variant("list_earning_rule_activities", query=dropping(lambda key: key == "order")),
        "order_holds",
        "oldest first",
    ),
    "order reversed": (
        Variant("list_program_activities", response=each_page(reversed_pages)),
        "order_holds",
        "newest first",
    ),
    "cursor loop": (
        Variant("list_incentive_activities", response=each_page(cursor_loop)),
        "walk: no item or cursor twice",
        "cursor seen before",
    ),
    "last page carries a next cursor": (
        Variant("list_program_activities", response=last_page_points_on),
        "walk: last page has no next cursor",
        "to an empty page",
    ),
    "v1 total is the page size": (
        Variant("list_customer_activities", response=each_page(total_is_page_size)),
        "walk: total equals items walked",
        "total",
    ),
    "another program's activity": (
        Variant("list_program_activities", response=each_page(foreign_program)),
        "owner_holds",
        "offending item(s): laprg_",
    ),
    "another customer's activity": (
        Variant("list_customer_activities", response=each_page(foreign_customer)),
        "owner_holds",
        "offending item(s): evcus_",
    ),
    "junction OR treated as AND": (
        Variant("list_incentive_activities", query=replacing("OR", "AND")),
        "relation: junction OR == union",
        "should be the union",
    ),
    "$not_in ignored": (
        Variant("list_program_activities", query=dropping(lambda key: "$not_in" in key)),
        "filters_hold",
        "$not_in",
    ),
    "limit=k pages inconsistent with limit=100": (
        Variant("list_earning_rule_activities", response=each_page(small_pages_skip_one)),
        "relation: limit=k walk == limit=100 walk",
        "missing",
    ),
}


@pytest.mark.parametrize("name", list(VARIANTS))
def test_each_behaviour_break_is_caught_by_its_check(
    name: str,
    start_mock: StartMock,  # noqa: F811 - the proof module's fixture
    token: str,  # noqa: F811
    tmp_path: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    variant, check, evidence = VARIANTS[name]
    server, app = start_mock(variant)
    started = time.monotonic()
    outcome = run_conformance(server, app, token, tmp_path, "--suite", "server", "--operation", variant.operation_id)
    seconds = time.monotonic() - started
    assert outcome.code == 1, outcome.output
    assert "VERDICT: FAIL" in outcome.output
    assert "FAIL" in summary_row(outcome.output, check), outcome.output
    failure = _failure_text(outcome.junit_text, outcome.output, check)
    assert evidence in failure, failure
    assert '-H "X-App-Token: $VOUCHERIFY_APP_TOKEN"' in failure, failure
    assert "curl -sS -X GET" in failure
    assert token not in outcome.output
    assert token not in outcome.junit_text
    with capsys.disabled():
        print(f"\n[behaviour proof] {name}: caught by {check!r} in {seconds:.1f} s")


def _failure_text(junit: str, output: str, check: str) -> str:
    """What the run said about `check`: its block in the summary, else the JUnit failure carrying its name."""
    marker = f"ailure: {check} on "
    if marker in output:
        block = output[output.index(marker) :]
        end = block.find("\nFailure: ", 1)
        return block if end < 0 else block[:end]
    import xml.etree.ElementTree as ET  # noqa: PLC0415

    for case in ET.fromstring(junit).iter("testcase"):
        failure = case.find("failure")
        if failure is not None and check in (failure.get("message", "") + (failure.text or "")):
            return (failure.get("message", "") or "") + "\n" + (failure.text or "")
    return output
