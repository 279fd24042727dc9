"""An in-process fake of the four listings for the client tests (httpx.MockTransport), and tests of the fake.

It serves activities shaped like the spec's own examples, pages them the way Voucherify does
(v2: opaque ``cursor.next`` until null; v1: ``starting_after_id`` with ``total``), honours
``limit``, ``order`` and the ``created_at`` filter, answers an expired cursor with 400
``invalid_query_params`` naming ``cursor`` (as the project's mock does), and can be told to
fail the next requests (status codes with headers and bodies, or transport errors).
"""

from __future__ import annotations

import copy
import datetime
import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx
import pytest

from scripts.bundle import bundle
from tests.spec_helpers import validators
from voucherify_activities import RetryPolicy, Voucherify

EPOCH = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
ID_PREFIX = {"programs": "laprg_", "incentives": "lainc_", "earning-rules": "laern_", "customers": "evcus_"}
CURSOR_PREFIX = {"programs": "lcrsapr_", "incentives": "lcrsainc_", "earning-rules": "lcrsaern_"}
EXAMPLE = {
    "programs": "ProgramActivityPageLifecycle",
    "incentives": "IncentiveActivityPagePoints",
    "earning-rules": "EarningRuleActivityPageOrderPaid",
    "customers": "CustomerActivityListConfirmed",
}
PAGE_SCHEMA = {
    "programs": "ProgramActivityPage",
    "incentives": "IncentiveActivityPage",
    "earning-rules": "EarningRuleActivityPage",
    "customers": "CustomerActivityList",
}
SPEC = bundle()


def wire_time(moment: datetime.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_time(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def make_activities(kind: str, count: int, *, same_instant_every: int = 1) -> list[dict[str, Any]]:
    """``count`` activities, oldest first, one second apart (``same_instant_every`` share each instant)."""
    template = SPEC["components"]["examples"][EXAMPLE[kind]]["value"]["data"][0]
    activities = []
    for index in range(count):
        item = copy.deepcopy(template)
        item["id"] = f"{ID_PREFIX[kind]}{index:020x}"
        item["created_at"] = wire_time(EPOCH + datetime.timedelta(seconds=index // same_instant_every))
        activities.append(item)
    return activities


class FakeVoucherify:
    """A MockTransport handler serving one resource's activity log (the kind is read from the path)."""

    def __init__(self, kind: str, count: int = 0, *, activities: list[dict[str, Any]] | None = None) -> None:
        self.kind = kind
        self.activities = activities if activities is not None else make_activities(kind, count)
        self.requests: list[httpx.Request] = []
        self.expired: set[str] = set()
        self.failures: list[httpx.Response | Exception] = []

    def fail_next(self, *outcomes: httpx.Response | Exception) -> None:
        self.failures.extend(outcomes)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def client(self, **options: Any) -> Voucherify:
        options.setdefault("retry", RetryPolicy.disabled())
        options.setdefault("transport", self.transport())
        return Voucherify(app_id="app-id", app_token="app-token-secret", **options)

    def query(self, index: int = -1) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(str(self.requests[index].url)).query, keep_blank_values=True)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.failures:
            outcome = self.failures.pop(0)
            if isinstance(outcome, Exception):
                raise outcome
            return outcome
        params = parse_qsl(urlsplit(str(request.url)).query, keep_blank_values=True)
        query = dict(params)
        ordered = self._matching(query)
        limit = int(query.get("limit", "10"))
        if self.kind == "customers":
            return self._v1_page(ordered, query, limit)
        return self._v2_page(ordered, query, limit)

    def _matching(self, query: dict[str, str]) -> list[dict[str, Any]]:
        before = query.get("filters[created_at][conditions][$before]")
        after = query.get("filters[created_at][conditions][$after]")
        found = [
            a
            for a in self.activities
            if (before is None or parse_time(a["created_at"]) < parse_time(before))
            and (after is None or parse_time(a["created_at"]) > parse_time(after))
        ]
        found.sort(key=lambda a: (a["created_at"], a["id"]))
        if query.get("order", "-created_at").startswith("-"):
            found.reverse()
        return found

    def _v2_page(self, ordered: list[dict[str, Any]], query: dict[str, str], limit: int) -> httpx.Response:
        prefix = CURSOR_PREFIX[self.kind]
        offset = 0
        if "cursor" in query:
            cursor = query["cursor"]
            if cursor in self.expired:
                body = {"code": 400, "key": "invalid_query_params", "message": "Invalid query params"}
                body["details"] = "cursor: expired at 2026-01-01T00:10:00.000Z; start again from the first page"
                return httpx.Response(400, json=body)
            offset = int(cursor.removeprefix(prefix), 16)
        page = ordered[offset : offset + limit]
        more = offset + limit < len(ordered)
        cursor_body = {"next": f"{prefix}{offset + limit:x}", "expires_at": "2026-01-01T00:10:00.000Z"}
        return httpx.Response(200, json={"data": page, "cursor": cursor_body if more else None, "object": "list"})

    def _v1_page(self, ordered: list[dict[str, Any]], query: dict[str, str], limit: int) -> httpx.Response:
        start = 0
        if "starting_after_id" in query:
            start = next(i for i, a in enumerate(ordered) if a["id"] == query["starting_after_id"]) + 1
        body = {"object": "list", "data_ref": "data", "data": ordered[start : start + limit], "total": len(ordered)}
        return httpx.Response(200, json=body)


def error_response(
    status: int, body: Any = None, headers: dict[str, str] | None = None, text: str = ""
) -> httpx.Response:
    if body is None and not text:
        return httpx.Response(status, headers=headers)
    if body is None:
        return httpx.Response(status, text=text, headers=headers)
    return httpx.Response(status, json=body, headers=headers)


def path_of(request: httpx.Request) -> str:
    return unquote(request.url.path)


def ids(activities: Iterable[Any]) -> list[str]:
    return [a["id"] if isinstance(a, dict) else a.id for a in activities]


# -- the fake itself keeps to the spec ---------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(EXAMPLE))
def test_fake_pages_are_valid_against_the_spec(kind: str) -> None:
    fake = FakeVoucherify(kind, 3)
    resource = {"customers": "v1/customers/cust_1", "programs": "v2/loyalties/programs/lprg_1"}.get(
        kind, f"v2/loyalties/{kind}/x_1"
    )
    response = fake(httpx.Request("GET", f"https://api.voucherify.io/{resource}/activities?limit=2"))
    validator = validators(SPEC)({"$ref": f"#/components/schemas/{PAGE_SCHEMA[kind]}"})
    errors = [e.message for e in validator.iter_errors(json.loads(response.content))]
    assert errors == []
    assert len(json.loads(response.content)["data"]) == 2
