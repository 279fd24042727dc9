"""The four list operations: validated parameters in, one page of pre-serialised JSON out.

Per request: the path id check and the query plan come from bounded LRU caches keyed by the
owner and the query minus its paging parameter; what remains is the cursor, the walk over at
most `limit` positions and the page's activities.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from jsonschema import Draft202012Validator

from voucherify_activities.spec import inlined, load_spec, operations

from .cache import BoundedCache
from .config import MockConfig
from .cursors import CursorCodec, Position
from .dataset import iso_ms
from .errors import ApiError, invalid_query, not_found
from .plans import V1Plan, V2Plan, v1_plan, v2_plan
from .query import QueryRules, parse_datetime_ms
from .selection import select
from .spec import cursor_prefix
from .store import Store
from .templates import dumps_str

CACHE_SIZE = 1024  # plans (and checked path ids) kept per server
CACHE_BYTES = 2 * 1024 * 1024  # ... and at most this much id and query text per cache (see cache.py)


@dataclass(frozen=True)
class Resource:
    """A v2 owner kind: where its log lives, how it is named in errors, its cursor prefix."""

    kind: str
    label: str
    resource_type: str
    cursor_prefix: str


V2_RESOURCES = {
    "list_program_activities": (
        "program", "loyalty program", "loyalty_program", "ProgramActivityCursorToken", "lcrsapr_"
    ),
    "list_incentive_activities": (
        "incentive", "incentive", "incentive", "IncentiveActivityCursorToken", "lcrsainc_"
    ),
    # The earning-rule page states no cursor prefix; lcrsaer_ is the one Voucherify's examples use.
    "list_earning_rule_activities": (
        "earning_rule", "earning rule", "earning_rule", "EarningRuleActivityCursorToken", "lcrsaer_"
    ),
}  # fmt: skip


class Handlers:
    def __init__(self, store: Store, config: MockConfig) -> None:
        spec = load_spec()
        self.store = store
        self.config = config
        self.codec = CursorCodec(config.cursor_secret or os.urandom(32))
        self.operations = {op.operation_id: op for op in operations()}
        self.rules = {op_id: QueryRules(op, spec) for op_id, op in self.operations.items()}
        self.path_checks = {
            op_id: Draft202012Validator(inlined(op.path_parameter.schema, spec))
            for op_id, op in self.operations.items()
        }
        self.resources = {
            op_id: Resource(kind, label, rtype, cursor_prefix(spec, token_schema, fallback))
            for op_id, (kind, label, rtype, token_schema, fallback) in V2_RESOURCES.items()
        }
        # lru_cache keeps returns only: a bad id or a 404 is worked out again on every request.
        self._checked_path = BoundedCache(self._check_path, max_entries=CACHE_SIZE, max_bytes=CACHE_BYTES)
        self._cached_v2_plan = BoundedCache(self._v2_plan_for_key, max_entries=CACHE_SIZE, max_bytes=CACHE_BYTES)
        self._cached_v1_plan = BoundedCache(self._v1_plan_for_key, max_entries=CACHE_SIZE, max_bytes=CACHE_BYTES)

    def _check_path(self, operation_id: str, value: str) -> None:
        error = next(self.path_checks[operation_id].iter_errors(value), None)
        if error is not None:
            param = self.operations[operation_id].path_parameter.name
            raise ApiError(400, "invalid_path_params", f"{param}: {error.message}")

    # --- v2 ---------------------------------------------------------------------------------
    def list_v2(self, operation_id: str, owner: str, raw_query: str) -> bytes:
        resource = self.resources[operation_id]
        self._checked_path(operation_id, owner)
        parsed = self.rules[operation_id].parse_parts(raw_query)
        if parsed.key is not None:
            plan = self._cached_v2_plan(operation_id, owner, parsed.key)
        else:
            plan = self._v2_plan(operation_id, owner, parsed.stable)
        log, descending = plan.log, plan.descending
        now_ms = self.config.clock() * 1000
        start = len(log) - 1 if descending else 0
        if "cursor" in parsed.paging:
            last = self.codec.decode(resource.cursor_prefix, parsed.paging["cursor"], plan.fingerprint, now_ms)
            start = (
                log.before_key(last.created, last.activity_id)
                if descending
                else log.after_key(last.created, last.activity_id)
            )
        found = select(log, plan.sets, plan.junction, start, descending, count=plan.limit + 1)
        page, more = found[: plan.limit], len(found) > plan.limit
        cursor = b"null"
        if more:
            expires_ms = int(now_ms + self.config.cursor_ttl_seconds * 1000)
            position = Position(log.created[page[-1]], log.ids[page[-1]])
            token = self.codec.encode(resource.cursor_prefix, plan.fingerprint, position, expires_ms)
            cursor = b'{"next":' + dumps_str(token) + b',"expires_at":"' + iso_ms(expires_ms).encode() + b'"}'
        rendered = self.store.rendered
        data = b",".join([rendered(log, pos) for pos in page])
        return b'{"data":[' + data + b'],"cursor":' + cursor + b',"object":"list"}'

    def _v2_plan_for_key(self, operation_id: str, owner: str, key: str) -> V2Plan:
        return self._v2_plan(operation_id, owner, self.rules[operation_id].parse_parts(key).stable)

    def _v2_plan(self, operation_id: str, owner: str, params: dict[str, object]) -> V2Plan:
        resource = self.resources[operation_id]
        log = self.store.find(resource.kind, owner)
        if log is None:
            raise not_found(resource.resource_type, owner, resource.label)
        return v2_plan(log, resource.kind, owner, params)

    # --- v1 ---------------------------------------------------------------------------------
    def list_customer(self, customer: str, raw_query: str) -> bytes:
        operation_id = "list_customer_activities"
        self._checked_path(operation_id, customer)
        parsed = self.rules[operation_id].parse_parts(raw_query)
        if parsed.key is not None:
            plan = self._cached_v1_plan(customer, parsed.key)
        else:
            plan = self._v1_plan(customer, parsed.stable)
        log, ordered, matches, descending = plan.log, plan.ordered, plan.matches, plan.descending
        paging = parsed.paging
        # Walk `ordered` by index, backwards when descending, from just past starting_after_id.
        index = len(ordered) - 1 if descending else 0
        if "starting_after_id" in paging:
            pos = log.by_id.get(paging["starting_after_id"])
            if pos is None:
                raise invalid_query("starting_after_id: no activity with this id in the customer's log")
            index = ordered.index(pos) + (-1 if descending else 1)
        after_ms = parse_datetime_ms(paging["starting_after"]) if "starting_after" in paging else None
        indexes = range(index, -1, -1) if descending else range(index, len(ordered))
        created = log.created
        page: list[int] = []
        for i in indexes:
            pos = ordered[i]
            if after_ms is not None and not (created[pos] < after_ms if descending else created[pos] > after_ms):
                continue
            if matches(pos):
                page.append(pos)
                if len(page) == plan.limit:
                    break
        rendered = self.store.rendered
        data = b",".join([rendered(log, pos) for pos in page])
        return b'{"object":"list","data_ref":"data","data":[' + data + b'],"total":' + str(plan.total).encode() + b"}"

    def _v1_plan_for_key(self, customer: str, key: str) -> V1Plan:
        return self._v1_plan(customer, self.rules["list_customer_activities"].parse_parts(key).stable)

    def _v1_plan(self, customer: str, params: dict[str, object]) -> V1Plan:
        log = self.store.find("customer", customer)
        if log is None:
            raise not_found("customer", customer, "customer")
        return v1_plan(log, params)
