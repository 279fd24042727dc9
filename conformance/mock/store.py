"""Activity logs sorted and indexed once at start-up, so a request costs a bisect, not a scan.

Each owner (program, incentive, earning rule, customer) has one `ActivityLog`: its activities
sorted by (created_at, id), with an id -> position map and, per activity type, the sorted
positions of that type. Filters become position ranges and merged position lists.
"""

from __future__ import annotations

import functools
import hashlib
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from .dataset import ActivityLog, Dataset, iso_ms_json
from .relations import Relations
from .templates import Template, dumps_str

V1_SORT_KEYS = ("created_at", "updated_at", "type", "code", "campaign", "category")
RENDER_CACHE = 16_384  # rendered activities kept (0.5 to 2.5 KB each)


def _group_id(activity_id: str) -> bytes:
    # Deterministic per activity, in Voucherify's request-id form (v-<18 hex>).
    return b'"v-' + hashlib.blake2b(activity_id.encode(), digest_size=9).hexdigest().encode() + b'"'


@dataclass(eq=False)  # compared and hashed by identity: the render cache keys on (log, position)
class IndexedLog:
    """One owner's activities in (created_at, id) order, with the indexes filters and cursors use."""

    kind: str
    owner: str
    templates: list[Template]
    owner_slots: dict[str, bytes]
    created: array[int]
    ids: list[str]
    type_codes: array[int]
    type_names: list[str]
    template_of: array[int]
    relations: list[Relations]
    by_id: dict[str, int] = field(default_factory=dict)
    by_type: dict[int, array[int]] = field(default_factory=dict)
    _v1_orders: dict[str, list[int]] = field(default_factory=dict)
    _owner_values: dict[bytes, bytes] = field(default_factory=dict)  # owner_slots keyed as Template.render wants

    @classmethod
    def build(cls, log: ActivityLog, templates: list[Template]) -> IndexedLog:
        order = sorted(range(len(log.ids)), key=lambda i: (log.created[i], log.ids[i]))
        names = sorted(set(log.types))
        code = {name: index for index, name in enumerate(names)}
        indexed = cls(
            kind=log.kind,
            owner=log.owner,
            templates=templates,
            owner_slots=log.owner_slots,
            created=array("q", (log.created[i] for i in order)),
            ids=[log.ids[i] for i in order],
            type_codes=array("H", (code[log.types[i]] for i in order)),
            type_names=names,
            template_of=array("I", (log.templates[i] for i in order)),
            relations=[log.relations[i] for i in order],
        )
        indexed._owner_values = {name.encode(): value for name, value in log.owner_slots.items()}
        indexed.by_id = {activity_id: pos for pos, activity_id in enumerate(indexed.ids)}
        buckets: dict[int, list[int]] = {}
        for pos, type_code in enumerate(indexed.type_codes):
            buckets.setdefault(type_code, []).append(pos)
        indexed.by_type = {type_code: array("I", positions) for type_code, positions in buckets.items()}
        return indexed

    def __len__(self) -> int:
        return len(self.ids)

    # --- positions ------------------------------------------------------------------------
    def after_key(self, created: int, activity_id: str) -> int:
        """First position whose (created_at, id) is greater than the given key."""
        low, high = bisect_left(self.created, created), bisect_right(self.created, created)
        return bisect_right(self.ids, activity_id, low, high)

    def before_key(self, created: int, activity_id: str) -> int:
        """Last position whose (created_at, id) is smaller than the given key (-1 if none)."""
        low, high = bisect_left(self.created, created), bisect_right(self.created, created)
        return bisect_left(self.ids, activity_id, low, high) - 1

    def created_range(self, after_ms: float | None, before_ms: float | None) -> tuple[int, int]:
        """Positions [low, high) created strictly after `after_ms` and strictly before `before_ms`."""
        low = 0 if after_ms is None else bisect_right(self.created, _floor(after_ms))
        high = len(self.ids) if before_ms is None else bisect_left(self.created, _ceil(before_ms))
        return low, max(low, high)

    def codes_for(self, type_names: Iterable[str]) -> set[int]:
        wanted = set(type_names)
        return {code for code, name in enumerate(self.type_names) if name in wanted}

    # --- v1 orders ------------------------------------------------------------------------
    def v1_order(self, key: str) -> Sequence[int]:
        """Positions sorted ascending by a v1 sort key, ties by (created_at, id); built on first use."""
        if key in ("created_at", "updated_at"):  # activities never change: updated_at == created_at
            return range(len(self.ids))
        if key not in self._v1_orders:
            extract: Callable[[int], str] = {
                "type": lambda pos: self.type_names[self.type_codes[pos]],
                "code": lambda pos: self.relations[pos].code,
                "campaign": lambda pos: self.relations[pos].campaign_name,
                "category": lambda pos: self.relations[pos].category,
            }[key]
            self._v1_orders[key] = sorted(range(len(self.ids)), key=lambda pos: (extract(pos), pos))
        return self._v1_orders[key]

    # --- rendering ------------------------------------------------------------------------
    def render(self, pos: int) -> bytes:
        """One activity's JSON text: its template with this activity's slot values filled in."""
        template = self.templates[self.template_of[pos]]
        if not template.slots:
            return template.parts[0]
        activity_id = self.ids[pos]
        # Every generated template has these three; a format ignores the keys it does not use.
        values = {
            b"id": dumps_str(activity_id),
            b"at": iso_ms_json(self.created[pos]),
            b"group": _group_id(activity_id),
            **self._owner_values,
        }
        for key, name in template.extra_keys:
            if key not in values:
                values[key] = dumps_str(_relation_slot(self.relations[pos], name))
        return template.render(values)


def _relation_slot(relations: Relations, name: str) -> str:
    if name == "camp_id":
        return relations.campaign_id or ""
    if name == "camp_name":
        return relations.campaign_name
    if name == "camp_type":
        return relations.campaign_type or ""
    if name == "category":
        return relations.category
    if name == "code":
        return relations.code
    if name == "product_id":
        return next(iter(relations.product_ids), "")
    raise KeyError(name)


def _render(log: IndexedLog, pos: int) -> bytes:
    return log.render(pos)


def _floor(value: float) -> int:
    return int(value // 1)


def _ceil(value: float) -> int:
    return -int(-value // 1)


class Store:
    """Every owner's indexed log, by kind and owner id (customers also by source_id).

    `rendered(log, pos)` is `log.render(pos)` through a bounded LRU: rendering is most of a
    page's cost, and clients keep asking for the same recent activities. Bounded rather than
    rendered at start-up, which would hold about a gigabyte for a million activities.
    """

    def __init__(self, dataset: Dataset, render_cache: int = RENDER_CACHE) -> None:
        self.rendered: Callable[[IndexedLog, int], bytes] = functools.lru_cache(maxsize=render_cache)(_render)
        self.logs: dict[str, dict[str, IndexedLog]] = {}
        self.size = 0
        for log in dataset.logs:
            indexed = IndexedLog.build(log, dataset.templates)
            owners = self.logs.setdefault(log.kind, {})
            owners[log.owner] = indexed
            for alias in log.aliases:
                owners.setdefault(alias, indexed)
            self.size += len(indexed)

    def find(self, kind: str, owner: str) -> IndexedLog | None:
        return self.logs.get(kind, {}).get(owner)

    def owners(self, kind: str) -> list[str]:
        """Owner ids of a kind (aliases left out), largest log first."""
        unique = {id(log): log for log in self.logs.get(kind, {}).values()}
        return [log.owner for log in sorted(unique.values(), key=len, reverse=True)]
