"""Whole walks through an owner's pages, and the relations walks of related requests must satisfy.

The relations need no knowledge of the data, so they hold against the live API as well as
the mock: a walk with a small `limit` yields what one with `limit=100` does; flipping `order`
reverses it; a filtered walk is the unfiltered one filtered client-side; `$in [a, b]` is the
union of `$is a` and `$is b`; `$not_in` is the complement; `junction=OR` is the union and
`AND` the intersection of single-field walks. Every walk runs inside a *window* (`created_at`
after the instant of the N-th newest activity, N set by the profile), so its length is bounded
whatever the owner's size: the request count per operation is a few dozen at most.

Every page is sent through `Exchange.judge`, so each is also held to every per-response check
(the oracles included). Which filter and which `order` value refer to `created_at` is read
from the spec (`voucherify_activities.spec.semantics`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from schemathesis import BaseSchema

from voucherify_activities.spec import ItemCondition, Semantics, carried, semantics

from . import oracles, specs, wire
from .run import Run

MAX_LIMIT = 100
CREATED_AT = "created_at"
# The names summary rows and findings carry.
NO_REPEATS = "walk: no item or cursor twice"
LAST_PAGE = "walk: last page has no next cursor"
TOTAL = "walk: total equals items walked"
PAGE_CAP = "walk: ends within the page cap"
FILTERED = "relation: filtered == unfiltered, filtered here"
LIMITS = "relation: limit=k walk == limit=100 walk"
ORDER_FLIP = "relation: order flip reverses the walk"
IN_UNION = "relation: $in == union of $is"
COMPLEMENT = "relation: $not_in/$is_not == complement"
JUNCTION_OR = "relation: junction OR == union"
JUNCTION_AND = "relation: junction AND == intersection"


@dataclass(frozen=True)
class Budget:
    """How much a profile may spend per operation."""

    window: int  # activities in the window the relations are judged on
    small_limit: int  # the `k` of the limit=k walk
    page_cap: int  # pages one walk may take


BUDGETS = {
    "ci": Budget(window=12, small_limit=3, page_cap=12),
    "thorough": Budget(window=40, small_limit=4, page_cap=30),
}


@dataclass
class Page:
    url: str
    curl: str
    items: list[dict[str, Any]]
    next_token: str | None  # the value of the paging parameter asking for the next page
    total: int | None  # v1 pages say how many activities match


@dataclass
class Walk:
    """The pages one query gave, first to last (or up to the page cap)."""

    name: str
    params: dict[str, Any]  # the query without limit and paging parameters
    pages: list[Page] = field(default_factory=list)
    ended: bool = False  # reached a page without a next one
    problems: list[tuple[str, str]] = field(default_factory=list)  # (check, message)

    @property
    def items(self) -> list[dict[str, Any]]:
        return [item for page in self.pages for item in page.items]

    @property
    def ids(self) -> list[str]:
        return [str(item.get("id")) for item in self.items]

    @property
    def curls(self) -> list[str]:
        return [page.curl for page in self.pages]


class Finding(AssertionError):
    """A walk or relation check that failed: its name, what broke, the requests involved."""

    def __init__(self, check: str, message: str, walks: Iterable[Walk]) -> None:
        self.check = check
        self.walks = list(walks)
        requests = [line for walk in self.walks for line in walk.curls]
        self.reproduction = "\n".join(requests)
        super().__init__(f"{check}: {message}")


def query_for(sem: Semantics, conditions: Mapping[tuple[str, str], Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """The query for (field, operator) -> value conditions: filter fields under `filters`, the rest as they are."""
    params: dict[str, Any] = dict(extra)
    filters: dict[str, Any] = dict(params.pop("filters", {}))
    for (name, operator), value in conditions.items():
        if name in sem.filter_fields:
            filters.setdefault(name, {"conditions": {}})["conditions"][operator] = value
        else:
            params[name] = value
    if filters:
        params["filters"] = filters
    return params


class Walker:
    """Sends the pages of walks for one operation and owner, judging each with every check."""

    def __init__(self, run: Run, schema: BaseSchema, operation_id: str, owner: str, budget: Budget) -> None:
        self.run = run
        self.operation = specs.operation(operation_id)
        self.endpoint = schema[self.operation.path][self.operation.method]
        self.semantics = semantics(operation_id)
        self.owner = owner
        self.budget = budget
        self.requests = 0

    def page(self, params: Mapping[str, Any], limit: int, token: str | None) -> Page:
        query = dict(wire.expected_pairs(params, ["filters"]))
        query["limit"] = str(limit)
        if token is not None:
            query[self.semantics.paging] = token
        case = self.endpoint.Case(path_parameters={self.operation.path_parameter: self.owner}, query=query)
        response = self.run.exchange.judge(case)
        self.requests += 1
        url = str(response.request.url)
        reproduction = self.run.exchange.reproduction(response)
        if response.status_code != 200:
            raise Finding(
                "walk: every page is served",
                f"a page of a walk got {response.status_code}: {response.content[:300]!r}",
                [Walk("page", dict(params), [Page(url, reproduction, [], None, None)])],
            )
        body = json.loads(response.content)
        items = [item for item in body.get("data", []) if isinstance(item, dict)]
        return Page(url, reproduction, items, self._next_token(body, items, limit), _total(body))

    def _next_token(self, body: dict[str, Any], items: list[dict[str, Any]], limit: int) -> str | None:
        if self.semantics.paging == "cursor":
            cursor = body.get("cursor")
            following = cursor.get("next") if isinstance(cursor, dict) else None
            return following if isinstance(following, str) and following else None
        # starting_after_id: a full page may have more after it; a short one is the last.
        last = items[-1].get("id") if items else None
        return last if len(items) >= limit and isinstance(last, str) else None

    def walk(self, name: str, params: Mapping[str, Any], limit: int = MAX_LIMIT) -> Walk:
        """Follow the pages of `params` to the end, or to the page cap; walk checks go into `problems`."""
        walk = Walk(name, dict(params))
        tokens: set[str] = set()
        seen: set[str] = set()
        token: str | None = None
        while len(walk.pages) < self.budget.page_cap:
            page = self.page(params, limit, token)
            walk.pages.append(page)
            repeated = [str(item.get("id")) for item in page.items if str(item.get("id")) in seen]
            if repeated:
                walk.problems.append((NO_REPEATS, f"page {len(walk.pages)} repeats item(s) {', '.join(repeated[:5])}"))
                return walk
            seen.update(str(item.get("id")) for item in page.items)
            if token is not None and not page.items and self.semantics.paging == "cursor":
                walk.problems.append(
                    (LAST_PAGE, f"page {len(walk.pages) - 1} carried a next cursor to an empty page {len(walk.pages)}")
                )
            if page.next_token is None:
                walk.ended = True
                return walk
            if page.next_token in tokens:
                walk.problems.append((NO_REPEATS, f"page {len(walk.pages)} hands out a cursor seen before"))
                return walk
            tokens.add(page.next_token)
            token = page.next_token
        walk.problems.append(
            (PAGE_CAP, f"no last page within {self.budget.page_cap} pages (the profile's cap): relations not judged")
        )
        return walk


def _total(body: dict[str, Any]) -> int | None:
    total = body.get("total")
    return total if isinstance(total, int) and not isinstance(total, bool) else None


def _created(item: Mapping[str, Any]) -> Any:
    return oracles.instant(item.get(CREATED_AT))


@dataclass
class Relations:
    """The walk and relation checks of one operation and owner; each outcome goes to the run's results."""

    walker: Walker
    findings: list[Finding] = field(default_factory=list)
    judged: int = 0

    @property
    def sem(self) -> Semantics:
        return self.walker.semantics

    def _record(self, check: str, ok: bool, message: str, walks: Sequence[Walk]) -> None:
        results, operation_id = self.walker.run.results, self.walker.operation.operation_id
        self.judged += 1
        if ok:
            results.passed(operation_id, check)
            return
        finding = Finding(check, message, walks)
        results.failed(operation_id, check, f"{message}", finding.reproduction)
        self.findings.append(finding)

    def walk(self, name: str, params: Mapping[str, Any], limit: int = MAX_LIMIT) -> Walk | None:
        """A walk whose own checks are recorded; None when it cannot serve a relation (cut or broken)."""
        walk = self.walker.walk(name, params, limit)
        for check, message in walk.problems:
            self._record(check, False, f"{name}: {message}", [walk])
        if not walk.problems:
            self._record(NO_REPEATS, True, "", [walk])
            if self.sem.paging == "cursor" and len(walk.pages) > 1:
                self._record(LAST_PAGE, True, "", [walk])
            self._judge_total(walk)
        return None if walk.problems else walk

    def _judge_total(self, walk: Walk) -> None:
        totals = {page.total for page in walk.pages if page.total is not None}
        if not totals:
            return
        walked = len(walk.items)
        ok = totals == {walked}
        message = f"{walk.name}: pages say total {sorted(totals)}, the walk found {walked} activities"
        self._record(TOTAL, ok, message, [walk])

    def compare(self, check: str, got: Walk, expected_ids: Sequence[str], how: str, walks: Sequence[Walk]) -> None:
        """`got`'s ids must be `expected_ids`, in that order."""
        ids = got.ids
        ok = ids == list(expected_ids)
        message = ""
        if not ok:
            extra = [i for i in ids if i not in set(expected_ids)]
            missing = [i for i in expected_ids if i not in set(ids)]
            message = f"{got.name} should be {how}; " + _difference(extra, missing, ids, expected_ids)
        self._record(check, ok, message, walks)

    # --- the relations --------------------------------------------------------------------
    def run(self) -> None:
        sem, budget = self.sem, self.walker.budget
        window_field = _window(sem)
        first = self.walker.page({}, MAX_LIMIT, None)
        items = [item for item in first.items if _created(item) is not None]
        if window_field is None or len(items) < 2:
            return
        size = _window_size(items, budget.window, last_page=first.next_token is None, inclusive=window_field[1])
        if size is None:
            return
        pivot = items[size][CREATED_AT]
        window = {window_field: pivot}
        base = self.walk("window walk (limit=100)", query_for(sem, window, {}))
        if base is None:
            return
        unfiltered = Walk("first page, unfiltered", {}, [first])
        inside = [item for item in first.items if oracles.item_matches(item, sem, query_for(sem, window, {})) is True]
        expected = [str(item.get("id")) for item in inside]
        self.compare(FILTERED, base, expected, "the unfiltered page's activities inside the window", [unfiltered, base])
        small = self.walk(f"window walk (limit={budget.small_limit})", query_for(sem, window, {}), budget.small_limit)
        if small is not None:
            self.compare(LIMITS, small, base.ids, "the limit=100 walk, same ids in the same order", [base, small])
        self._order_flip(window, base)
        for name, condition in sem.filter_fields.items():
            if name != window_field[0]:
                self._field_relations(name, condition, window, base)
        if sem.junction is not None and "id" in sem.filter_fields:
            outside = [item for item in items[size:] if str(item.get("id")) not in set(base.ids)]
            self._junctions(window, base, outside)

    def _order_flip(self, window: Mapping[tuple[str, str], Any], base: Walk) -> None:
        key = next((value for value, item_field in self.sem.sort_fields.items() if item_field == CREATED_AT), None)
        if key is None:
            return
        flipped = self.walk("window walk, oldest first", query_for(self.sem, window, {"order": key}))
        if flipped is None:
            return
        expected = list(reversed(base.items))
        ok = _group_by_created(flipped.items) == _group_by_created(expected)
        message = "" if ok else f"{flipped.name} should be the window walk reversed; " + _difference(
            [i for i in flipped.ids if i not in set(base.ids)], [i for i in base.ids if i not in set(flipped.ids)],
            flipped.ids, [str(item.get("id")) for item in expected],
        )  # fmt: skip
        self._record(ORDER_FLIP, ok, message, [base, flipped])

    def _field_relations(
        self, name: str, condition: ItemCondition, window: Mapping[tuple[str, str], Any], base: Walk
    ) -> None:
        """$is per value, $in of two values, $not_in / $is_not: each against the window walk, filtered here."""
        values = _two_values(base.items, condition)
        if not values:
            return
        a, b = values
        ops = condition.operators

        def filtered(label: str, operator: str, value: Any) -> Walk | None:
            params = query_for(self.sem, {**window, (name, operator): value}, {})
            walk = self.walk(f"{label} inside the window", params)
            if walk is not None:
                expected = [str(i.get("id")) for i in base.items if oracles.item_matches(i, self.sem, params) is True]
                self.compare(FILTERED, walk, expected, "the window walk filtered here", [base, walk])
            return walk

        if "$is" not in ops:
            return
        walk_a = filtered(f"filters[{name}] $is {a}", "$is", a)
        walk_b = filtered(f"filters[{name}] $is {b}", "$is", b)
        if walk_a is None or walk_b is None:
            return
        union = set(walk_a.ids) | set(walk_b.ids)
        if "$in" in ops:
            walk_in = filtered(f"filters[{name}] $in [{a}, {b}]", "$in", [a, b])
            if walk_in is not None:
                expected = [i for i in base.ids if i in union]
                self.compare(IN_UNION, walk_in, expected, "the union of the $is walks", [walk_a, walk_b, walk_in])
        for operator, value, label in (("$not_in", [a, b], f"[{a}, {b}]"), ("$is_not", a, a)):
            if operator not in ops:
                continue
            excluded = union if operator == "$not_in" else set(walk_a.ids)
            walk_not = filtered(f"filters[{name}] {operator} {label}", operator, value)
            if walk_not is not None:
                expected = [i for i in base.ids if i not in excluded]
                sources = [walk_a, walk_b] if operator == "$not_in" else [walk_a]
                how = "the window walk minus the $is walks"
                self.compare(COMPLEMENT, walk_not, expected, how, [base, *sources, walk_not])

    def _junctions(self, window: Mapping[tuple[str, str], Any], base: Walk, outside: list[dict[str, Any]]) -> None:
        """id in a few activities (inside and outside the window) joined with the window by OR, then AND."""
        id_condition = self.sem.filter_fields["id"]
        chosen = [str(base.items[0]["id"])] + [str(item.get("id")) for item in outside[:1]]
        if "$in" in id_condition.operators:
            id_filter: dict[tuple[str, str], Any] = {("id", "$in"): chosen}
        else:
            chosen = chosen[-1:]
            id_filter = {("id", "$is"): chosen[0]}
        by_id = self.walk("id filter alone", query_for(self.sem, id_filter, {}))
        if by_id is None or self.sem.junction is None:
            return
        junction = self.sem.junction
        for check, joined in ((JUNCTION_OR, "OR"), (JUNCTION_AND, "AND")):
            params = query_for(self.sem, {**id_filter, **window}, {"filters": {junction: joined}})
            walk = self.walk(f"id filter {joined} window", params)
            if walk is None:
                continue
            wanted = set(by_id.ids) | set(base.ids) if joined == "OR" else set(by_id.ids) & set(base.ids)
            newest_first = sorted(
                {str(i["id"]): i for i in [*by_id.items, *base.items]}.values(),
                key=lambda item: (_created(item), str(item.get("id"))),
                reverse=True,
            )
            expected = [str(i["id"]) for i in newest_first if str(i["id"]) in wanted]
            how = "the union" if joined == "OR" else "the intersection"
            self._record_set(check, walk, expected, f"{how} of the id walk and the window walk", [by_id, base, walk])

    def _record_set(self, check: str, got: Walk, expected: Sequence[str], how: str, walks: Sequence[Walk]) -> None:
        ok = sorted(got.ids) == sorted(expected) and len(set(got.ids)) == len(got.ids)
        message = ""
        if not ok:
            message = f"{got.name} should be {how}; " + _difference(
                [i for i in got.ids if i not in set(expected)], [i for i in expected if i not in set(got.ids)],
                got.ids, expected,
            )  # fmt: skip
        self._record(check, ok, message, walks)


def _window(sem: Semantics) -> tuple[str, str] | None:
    """(field or parameter, operator) that keeps activities created after an instant: the window's edge."""
    for name, condition in sem.filter_fields.items():
        if condition.item_fields == (CREATED_AT,) and "$after" in condition.operators:
            return (name, "$after")
    for name, condition in sem.parameters.items():
        if condition.item_fields == (CREATED_AT,) and "$on_or_after" in condition.operators:
            return (name, "$on_or_after")
    return None


def _window_size(items: Sequence[Mapping[str, Any]], wanted: int, *, last_page: bool, inclusive: str) -> int | None:
    """Index of the pivot activity: the window holds the activities created after it (at or after, inclusive).

    The window must lie inside the first page, ties with the pivot included, so the page
    filtered here is the whole expected window.
    """
    size = min(wanted, len(items) - 1)
    while size >= 1:
        pivot = _created(items[size])
        if inclusive != "$on_or_after" or last_page or _created(items[-1]) != pivot:
            return size
        size -= 1
    return None


def _two_values(items: Sequence[Mapping[str, Any]], condition: ItemCondition) -> tuple[Any, Any] | None:
    """Two values of the field the window's activities carry, the most frequent first; None if fewer than two."""
    counts: dict[str, int] = {}
    for item in items:
        for value in map(str, carried(item, condition.item_fields)):
            counts[value] = counts.get(value, 0) + 1
    ranked = sorted(counts, key=lambda value: -counts[value])
    return (ranked[0], ranked[-1]) if len(ranked) >= 2 else None


def _group_by_created(items: Sequence[Mapping[str, Any]]) -> list[tuple[Any, frozenset[str]]]:
    """Runs of equal `created_at` as sets: ties may come in either order."""
    groups: list[tuple[Any, set[str]]] = []
    for item in items:
        moment = _created(item)
        if groups and groups[-1][0] == moment:
            groups[-1][1].add(str(item.get("id")))
        else:
            groups.append((moment, {str(item.get("id"))}))
    return [(moment, frozenset(ids)) for moment, ids in groups]


def _difference(extra: list[str], missing: list[str], got: Sequence[str], expected: Sequence[str]) -> str:
    if extra or missing:
        parts = []
        if extra:
            parts.append(f"{len(extra)} activity(ies) that should not be there: {', '.join(extra[:5])}")
        if missing:
            parts.append(f"{len(missing)} missing: {', '.join(missing[:5])}")
        return "; ".join(parts)
    first = next((i for i, (a, b) in enumerate(zip(got, expected, strict=False)) if a != b), None)
    if first is None:
        return f"{len(got)} ids walked, {len(expected)} expected (an id repeated)"
    return f"same activities in another order: position {first} is {got[first]}, expected {expected[first]}"
