"""Checks of our own, run beside Schemathesis's: what the spec implies but its schemas cannot say.

Each is a Schemathesis check function `(ctx, response, case)`: it raises AssertionError on a
violation and returns True when it does not apply to the case.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection
from typing import Any
from urllib.parse import unquote, urlsplit

from schemathesis import Case, CheckContext, Response

from voucherify_activities import spec as shipped

from . import oracles, specs
from .mock.errors import ApiError
from .mock.query import QueryRules
from .target import Target

Check = Callable[[CheckContext, Response, Case[Any]], "bool | None"]
DEFAULT_LIMIT = 10
MAX_LIMIT = 100


def _operation(case: Case[Any]) -> specs.Operation | None:
    return specs.by_label(case.operation.label)


def _is_positive(case: Case[Any]) -> bool:
    """A valid request: generated in positive mode, or built by the suite (followed pages, assumptions)."""
    return case.meta is None or case.meta.generation.mode.is_positive


def _path_id(case: Case[Any], operation: specs.Operation) -> str | None:
    value = case.path_parameters.get(operation.path_parameter)
    return unquote(value) if isinstance(value, str) else None


def _page(response: Response) -> dict[str, Any] | None:
    if response.status_code != 200:
        return None
    try:
        body = response.json()  # parsed once per response, shared by every check (and Schemathesis's)
    except ValueError:
        return None
    return body if isinstance(body, dict) and isinstance(body.get("data"), list) else None


def requested_limit(case: Case[Any]) -> int | None:
    """The page size the request asked for (the spec's default when absent), None if it is not a valid one."""
    raw = case.query.get("limit", DEFAULT_LIMIT)
    if isinstance(raw, bool):
        return None
    try:
        limit = int(raw)
    except (TypeError, ValueError):
        return None
    return limit if 1 <= limit <= MAX_LIMIT else None


def page_size_within_limit(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A page holds at most `limit` items (10 when not sent)."""
    page = _page(response)
    limit = requested_limit(case)
    if page is None or limit is None:
        return True
    if len(page["data"]) > limit:
        raise AssertionError(f"the page holds {len(page['data'])} items; the request asked for at most {limit}")
    return None


def existing_resources_found(target: Target) -> Check:
    """A valid request naming a resource that exists on the target is served: 200 (or 429)."""

    def existing_resources_found(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
        operation = _operation(case)
        if operation is None or not _is_positive(case):
            return True
        known: Collection[str] = target.ids_for(operation.operation_id)
        owner = _path_id(case, operation)
        if owner not in known:
            return True
        if response.status_code not in (200, 429):
            raise AssertionError(
                f"{operation.path_parameter}={owner!r} exists on the target, yet a valid request for it got "
                f"{response.status_code}, not 200"
            )
        return None

    return existing_resources_found


def unknown_resources_not_found(target: Target) -> Check:
    """A valid request naming a resource the target does not have is answered 404 (whole dataset known only)."""
    exists = target.exists

    def unknown_resources_not_found(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
        operation = _operation(case)
        if exists is None or operation is None or not _is_positive(case):
            return True
        owner = _path_id(case, operation)
        if owner is None or exists(operation.owner_kind, owner):
            return True
        if response.status_code not in (404, 429):
            raise AssertionError(
                f"{operation.path_parameter}={owner!r} does not exist on the target, yet a valid request for it got "
                f"{response.status_code}, not 404"
            )
        return None

    return unknown_resources_not_found


def next_page_follows(previous_ids: Collection[str]) -> Check:
    """A page reached with a token the server issued is served (200) and repeats no item of the page before."""
    previous = frozenset(previous_ids)

    def next_page_follows(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
        if response.status_code == 429:
            return True
        if response.status_code != 200:
            raise AssertionError(f"a paging token taken from the previous page was refused with {response.status_code}")
        page = _page(response) or {"data": []}
        repeated = sorted(previous & {item.get("id") for item in page["data"] if isinstance(item, dict)})
        if repeated:
            raise AssertionError(
                f"the next page repeats {len(repeated)} item(s) of the previous one, e.g. {repeated[0]}"
            )
        return None

    return next_page_follows


@functools.cache
def _query_rules(operation_id: str) -> QueryRules:
    return QueryRules(shipped.operation(operation_id))


@functools.lru_cache(maxsize=256)
def _read_query(operation_id: str, raw: str) -> dict[str, Any] | None:
    try:
        return _query_rules(operation_id).parse(raw)
    except ApiError:
        return None


def sent_query(operation_id: str, response: Response) -> dict[str, Any] | None:
    """The query as a server reads what went out (the mock's reading, defaults filled in); None if invalid.

    Read from the wire rather than from the case: what was sent is what the items must honour.
    """
    return _read_query(operation_id, urlsplit(str(response.request.url)).query)


def _oracle(
    name: str, judge: Callable[[shipped.Semantics, dict[str, Any], str, list[Any]], list[oracles.Violation]]
) -> Check:
    def check(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
        operation = _operation(case)
        page = _page(response)
        if operation is None or page is None:
            return True
        params = sent_query(operation.operation_id, response)
        owner = _path_id(case, operation)
        if params is None or owner is None:
            return True
        violations = judge(shipped.semantics(operation.operation_id), params, owner, page["data"])
        if violations:
            raise AssertionError("\n".join(str(violation) for violation in violations))
        return None

    check.__name__ = name
    check.__doc__ = judge.__doc__
    return check


filters_hold = _oracle(oracles.FILTERS_HOLD, lambda sem, params, owner, items: oracles.filters_hold(sem, params, items))
order_holds = _oracle(oracles.ORDER_HOLDS, lambda sem, params, owner, items: oracles.order_holds(sem, params, items))
owner_holds = _oracle(oracles.OWNER_HOLDS, lambda sem, params, owner, items: oracles.owner_holds(sem, owner, items))
ORACLES = (filters_hold, order_holds, owner_holds)


# Checks about what a valid request gets; an invalid request the suite built itself skips them.
VALID_ONLY = frozenset({"existing_resources_found", "unknown_resources_not_found"})


def for_target(target: Target) -> list[Check]:
    """The checks every response is judged with, beside Schemathesis's own."""
    checks: list[Check] = [page_size_within_limit, *ORACLES, existing_resources_found(target)]
    if target.exists is not None:
        checks.append(unknown_resources_not_found(target))
    return checks
