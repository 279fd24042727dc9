"""The four list operations: validated parameters in, one page of pre-serialised JSON out."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator

from .config import MockConfig
from .cursors import CursorCodec, Position, fingerprint
from .dataset import iso_ms
from .errors import ApiError, invalid_query, not_found
from .query import QueryRules, inline, parse_datetime_ms
from .selection import compile_filters, take, walk
from .spec import Operation, cursor_prefix, load_spec, operations
from .store import IndexedLog, Store
from .templates import dumps


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
        self.operations = operations()
        self.rules = {op_id: QueryRules(op, spec) for op_id, op in self.operations.items()}
        self.path_checks = {
            op_id: Draft202012Validator(inline(spec, op.path_schema, closed=False))
            for op_id, op in self.operations.items()
        }
        self.resources = {
            op_id: Resource(kind, label, rtype, cursor_prefix(spec, token_schema, fallback))
            for op_id, (kind, label, rtype, token_schema, fallback) in V2_RESOURCES.items()
        }

    def _check_path(self, operation: Operation, value: str) -> None:
        error = next(self.path_checks[operation.operation_id].iter_errors(value), None)
        if error is not None:
            raise ApiError(400, "invalid_path_params", f"{operation.path_param}: {error.message}")

    # --- v2 ---------------------------------------------------------------------------------
    def list_v2(self, operation_id: str, owner: str, raw_query: str) -> bytes:
        operation = self.operations[operation_id]
        resource = self.resources[operation_id]
        self._check_path(operation, owner)
        params = self.rules[operation_id].parse(raw_query)
        log = self.store.find(resource.kind, owner)
        if log is None:
            raise not_found(resource.resource_type, owner, resource.label)
        orders = _orders(params.get("order", "-created_at"))
        descending = orders[0].startswith("-")
        filters: dict[str, Any] = params.get("filters", {})
        query = fingerprint(resource.kind, owner, filters, orders)
        now_ms = self.config.clock() * 1000
        start = len(log) - 1 if descending else 0
        if "cursor" in params:
            last = self.codec.decode(resource.cursor_prefix, params["cursor"], query, now_ms)
            start = (
                log.before_key(last.created, last.activity_id)
                if descending
                else log.after_key(last.created, last.activity_id)
            )
        sets = compile_filters(log, filters)
        page, more = take(walk(log, sets, filters.get("junction", "AND"), start, descending), params["limit"])
        cursor = b"null"
        if more:
            expires_ms = int(now_ms + self.config.cursor_ttl_seconds * 1000)
            token = self.codec.encode(
                resource.cursor_prefix, query, Position(log.created[page[-1]], log.ids[page[-1]]), expires_ms
            )
            cursor = dumps({"next": token, "expires_at": iso_ms(expires_ms)})
        return b'{"data":[' + b",".join(log.render(p) for p in page) + b'],"cursor":' + cursor + b',"object":"list"}'

    # --- v1 ---------------------------------------------------------------------------------
    def list_customer(self, customer: str, raw_query: str) -> bytes:
        operation = self.operations["list_customer_activities"]
        self._check_path(operation, customer)
        params = self.rules["list_customer_activities"].parse(raw_query)
        log = self.store.find("customer", customer)
        if log is None:
            raise not_found("customer", customer, "customer")
        order: str = params.get("order", "-created_at")
        descending = order.startswith("-")
        ordered = log.v1_order(order.lstrip("-"))
        if descending:
            ordered = ordered[::-1]
        matches = _v1_predicate(log, params)
        total = sum(1 for pos in ordered if matches(pos))
        begin = 0
        if "starting_after_id" in params:
            pos = log.by_id.get(params["starting_after_id"])
            if pos is None:
                raise invalid_query("starting_after_id: no activity with this id in the customer's log")
            begin = ordered.index(pos) + 1
        after_ms = parse_datetime_ms(params["starting_after"]) if "starting_after" in params else None
        page: list[int] = []
        for pos in ordered[begin:]:
            if after_ms is not None and not (
                log.created[pos] < after_ms if descending else log.created[pos] > after_ms
            ):
                continue
            if matches(pos):
                page.append(pos)
                if len(page) == params["limit"]:
                    break
        data = b",".join(log.render(p) for p in page)
        return b'{"object":"list","data_ref":"data","data":[' + data + b'],"total":' + str(total).encode() + b"}"


def _orders(order: str | list[str]) -> list[str]:
    """The order list without repeats; 400 when a field is asked for both ways."""
    orders = list(dict.fromkeys([order] if isinstance(order, str) else order))
    fields = [item.lstrip("-") for item in orders]
    for name in fields:
        if fields.count(name) > 1:
            raise invalid_query(f"order: {name} cannot be sorted both ascending and descending")
    return orders


def _v1_predicate(log: IndexedLog, params: dict[str, Any]) -> Any:
    campaign_type = params.get("campaign_type")
    campaign_id = params.get("campaign_id")
    product_id = params.get("product_id")
    start_ms = parse_datetime_ms(params["start_date"]) if "start_date" in params else None
    end_ms = parse_datetime_ms(params["end_date"]) if "end_date" in params else None
    relations, created = log.relations, log.created

    def matches(pos: int) -> bool:
        rel = relations[pos]
        if campaign_type is not None and rel.campaign_type != campaign_type:
            return False
        if campaign_id is not None and rel.campaign_id != campaign_id:
            return False
        if product_id is not None and product_id not in rel.product_ids:
            return False
        if start_ms is not None and created[pos] < start_ms:
            return False
        return end_ms is None or created[pos] <= end_ms

    return matches
