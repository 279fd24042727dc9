"""Auto-paging over the four listings, one ``Walk`` for both styles and both sync and async.

A ``Walk`` does no I/O: it says which request comes next, digests each page, and knows the
checkpoint after the last item handed out. ``SyncPager`` and ``AsyncPager`` only send.

- v2 (cursor): ask again with ``cursor=<cursor.next>`` until ``cursor`` is null or has no ``next``.
- v1 (``starting_after_id``): ask again after the last id seen until a page is empty or as many
  items as the first page's ``total`` have arrived.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime
import functools
import operator
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, TypeVar

from .checkpoint import Checkpoint
from .errors import CursorExpiredError, ParameterError, UnexpectedResponseError
from .page_guard import LoopGuard
from .params import JUNCTION, Query
from .ratelimit import RateLimit

ItemT = TypeVar("ItemT")
ModelT = TypeVar("ModelT")

# A resumed v2 walk asks for items up to the last one's instant plus this, then drops what was seen.
RESUME_OVERLAP = datetime.timedelta(milliseconds=1)


@dataclass(frozen=True)
class Page(Generic[ItemT, ModelT]):
    """One page: its typed items, the generated page model, and what the response said about paging."""

    items: list[ItemT]
    """The activities, less any an earlier iteration already yielded (when resuming)."""
    model: ModelT
    """The whole page as the generated model (``ProgramActivityPage``, ``CustomerActivityList``, ...)."""
    next_cursor: str | None
    """v2: ``cursor.next``, None on the last page; v1: None."""
    total: int | None
    """v1: how many activities match across all pages; v2: None."""
    has_more: bool
    """Whether the iteration will ask for another page."""
    rate_limit: RateLimit


@dataclass
class _Tail:
    """The last yielded item and the ids of those yielded at its exact ``created_at``."""

    last_id: str | None = None
    created_at: str | None = None
    ids: list[str] = field(default_factory=list)

    def advance(self, raw_items: list[Any]) -> None:
        """Take in ``raw_items``, yielded in this order (in place: O(len(raw_items)))."""
        if not raw_items:
            return
        last = raw_items[-1] if isinstance(raw_items[-1], dict) else {}
        created = last.get("created_at")
        self.last_id = last.get("id")
        if not isinstance(created, str):
            self.created_at, self.ids = None, []
            return
        start = len(raw_items)
        while start and isinstance(raw_items[start - 1], dict) and raw_items[start - 1].get("created_at") == created:
            start -= 1
        run = [str(item.get("id")) for item in raw_items[start:]]
        if start == 0 and created == self.created_at:  # the run of equal instants goes on from earlier pages
            self.ids.extend(run)
        else:
            self.ids = run
        self.created_at = created

    def after(self, raw_items: list[Any]) -> _Tail:
        """A copy that has taken in ``raw_items`` too."""
        tail = _Tail(self.last_id, self.created_at, list(self.ids))
        tail.advance(raw_items)
        return tail


@dataclass
class _ResumeWindow:
    """Drops items at or before a checkpoint's instant that the earlier iteration already yielded."""

    instant: datetime.datetime
    seen: frozenset[str]
    descending: bool

    def dropped(self, raw_items: list[Any]) -> tuple[int, bool]:
        """(items to drop from the start, whether the window is passed)."""
        for index, item in enumerate(raw_items):
            created = item.get("created_at") if isinstance(item, dict) else None
            try:
                when = _instant(created) if isinstance(created, str) else None
            except ValueError:
                when = None
            if when is None:
                return index, True
            beyond = when > self.instant if self.descending else when < self.instant
            if not (beyond or (when == self.instant and str(item.get("id")) in self.seen)):
                return index, True
        return len(raw_items), False


class Walk(Generic[ItemT, ModelT]):
    """One iteration's position: the next request, each page digested, the checkpoint (no I/O)."""

    def __init__(self, query: Query) -> None:
        self.query = query
        self.operation = query.operation
        self._cursor_paging = self.operation.paging == "cursor"
        self._filters = query.filters
        self._next_cursor: str | None = query.arguments.get("cursor")
        self._starting_after_id: str | None = query.arguments.get("starting_after_id")
        self._skip_next = 0
        self._window: _ResumeWindow | None = None
        self._finished = False
        self._first_total: int | None = None
        self._received = 0
        # The current page, and how much of it was handed out.
        self._page_cursor: str | None = self._next_cursor if self._cursor_paging else self._starting_after_id
        self._page_raw: list[Any] = []
        self._page_offset = 0
        self._consumed = 0
        # While items are handed out one by one: their iterator and how many it started with.
        # How far it got is read from it when needed (per page), instead of counted per item.
        self._handing_out: Iterator[Any] | None = None
        self._handing_out_from = 0
        self._tail = _Tail()
        if query.resume_from is not None:
            self._resume(query.resume_from)
        self._guard = LoopGuard(self._next_cursor if self._cursor_paging else self._starting_after_id)

    # -- requests -------------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def sends_cursor(self) -> bool:
        return self._cursor_paging and self._next_cursor is not None

    def next_request(self) -> dict[str, Any] | None:
        """httpx request arguments for the next page, or None when the listing is exhausted."""
        if self._finished:
            return None
        if self._cursor_paging:
            return self.query.request(filters=self._filters, cursor=self._next_cursor)
        return self.query.request(starting_after_id=self._starting_after_id)

    def accept(
        self, body: dict[str, Any], rate_limit: RateLimit, instants: list[datetime.datetime | None] | None = None
    ) -> Page[ItemT, ModelT]:
        """Digest a 200 body; the page returned holds the items not yielded before. ``instants``: each
        item's ``created_at`` already parsed (by the page check), handed to the item models."""
        raw_items = body.get("data")
        if not isinstance(raw_items, list):
            raise UnexpectedResponseError(200, message="page body has no `data` list")
        model = self.operation.page_model.from_dict(body)
        drop = min(self._skip_next, len(raw_items))
        self._skip_next = 0
        if self._window is not None:
            more, passed = self._window.dropped(raw_items[drop:])
            drop += more
            if passed:
                self._window = None
        self._tail.advance(self._page_raw[self._page_offset : self._page_offset + self._handed_out()])
        self._page_cursor = self._next_cursor if self._cursor_paging else self._starting_after_id
        self._page_raw, self._page_offset, self._consumed = raw_items, drop, 0
        self._handing_out = None

        total = None
        next_cursor = None
        if self._cursor_paging:
            cursor = body.get("cursor")
            next_cursor = cursor.get("next") if isinstance(cursor, dict) else None
            if next_cursor is not None and next_cursor == self._page_cursor:
                raise UnexpectedResponseError(200, message="the server returned the cursor it was sent as `next`")
            self._next_cursor = next_cursor or None
            self._finished = self._next_cursor is None
        else:
            total = body.get("total") if isinstance(body.get("total"), int) else None
            if self._first_total is None:
                self._first_total = total
            self._received += len(raw_items)
            last_id = raw_items[-1].get("id") if raw_items and isinstance(raw_items[-1], dict) else None
            self._finished = last_id is None or (self._first_total is not None and self._received >= self._first_total)
            self._starting_after_id = last_id
        self._guard.follow(None if self._finished else self._next_cursor or self._starting_after_id, rate_limit)
        items: list[ItemT] = model.data
        if instants is not None:
            _hand_instants(items, instants)
        return Page(
            items=items[drop:] if drop else items,
            model=model,
            next_cursor=next_cursor,
            total=total,
            has_more=not self._finished,
            rate_limit=rate_limit,
        )

    def consumed(self, count: int = 1) -> None:
        """``count`` more items of the current page were handed out."""
        self._consumed += count

    def hand_out(self, items: list[ItemT]) -> Iterator[ItemT]:
        """Iterate ``items`` (the current page's); each item counts as handed out once yielded."""
        iterator = iter(items)
        self._handing_out, self._handing_out_from = iterator, len(items)
        return iterator

    def _handed_out(self) -> int:
        """How many items of the current page were handed out."""
        if self._handing_out is None:
            return self._consumed
        return self._consumed + self._handing_out_from - operator.length_hint(self._handing_out)

    # -- checkpoints ----------------------------------------------------------------------------

    @property
    def checkpoint(self) -> Checkpoint:
        """The position after the last item handed out."""
        handed_out = self._handed_out()
        consumed = self._page_raw[self._page_offset : self._page_offset + handed_out]
        tail = self._tail.after(consumed)
        base = Checkpoint(
            self.operation.operation_id,
            self.query.path_value,
            last_id=tail.last_id,
            last_created_at=tail.created_at,
            ids_at_last_created_at=tuple(tail.ids),
        )
        if not self._cursor_paging:
            return base if tail.last_id is not None else dataclasses.replace(base, last_id=self._page_cursor)
        page_done = self._page_offset + handed_out >= len(self._page_raw)
        if page_done and self._page_raw and self._next_cursor is not None:
            return dataclasses.replace(base, cursor=self._next_cursor)
        return dataclasses.replace(base, cursor=self._page_cursor, skip=self._page_offset + handed_out)

    def expired(self, error: CursorExpiredError) -> CursorExpiredError:
        """``error`` with the checkpoint to resume from by ``created_at`` instead of the dead cursor."""
        error.checkpoint = self.checkpoint.without_cursor()
        return error

    def _resume(self, start: Checkpoint) -> None:
        self._tail = _Tail(start.last_id, start.last_created_at, list(start.ids_at_last_created_at))
        if not self._cursor_paging:
            self._starting_after_id = start.last_id or self._starting_after_id
            self._page_cursor = self._starting_after_id
            return
        if start.cursor is not None:
            self._next_cursor = self._page_cursor = start.cursor
            self._skip_next = start.skip
        elif start.last_created_at is not None:
            self._next_cursor = self._page_cursor = None
            self._filters = self._bounded_filters(start.last_created_at)
            self._window = _ResumeWindow(
                _instant(start.last_created_at), frozenset(start.ids_at_last_created_at), self.query.descending
            )
        else:
            self._next_cursor = self._page_cursor = None
            self._skip_next = start.skip

    def _bounded_filters(self, last_created_at: str) -> dict[str, Any]:
        """The query's filters with a ``created_at`` bound that starts just before the checkpoint's item."""
        filters = {key: dict(value) if isinstance(value, dict) else value for key, value in self._filters.items()}
        if filters.get(JUNCTION) == "OR" and any(key not in (JUNCTION, "created_at") for key in filters):
            raise ParameterError(
                "resume_from",
                "a cursor-less checkpoint resumes with a created_at bound, which junction='OR' would widen",
                "resume by created_at needs junction AND",
            )
        descending = self.query.descending
        bound = _instant(last_created_at) + (RESUME_OVERLAP if descending else -RESUME_OVERLAP)
        operator = "$before" if descending else "$after"
        created = filters.get("created_at") or {}
        conditions = dict(created.get("conditions") or {})
        current = conditions.get(operator)
        if current is not None:
            chosen = min if descending else max
            bound = chosen(bound, _instant(current))
        conditions[operator] = bound.isoformat()
        filters["created_at"] = {**created, "conditions": conditions}
        return filters


def _hand_instants(items: list[Any], instants: list[datetime.datetime | None]) -> None:
    """Set each item model's ``created_at`` to its instant, parsed once for the page check, so that
    reading it is a slot read. Set as a first read would set it (``LazyFields``), as a plain
    datetime: the item still holds its JSON object, and parsing the rest of it (any other read,
    a write, ``to_dict()``) replaces this with an equal ``Timestamp`` that keeps the text, so
    ``to_dict()`` stays lossless. (A plain datetime costs a quarter of a Timestamp: ~15 us a page.)
    Models without a lazily parsed ``created_at`` are left alone."""
    classes = set(map(type, items))
    if len(classes) == 1 and None not in instants:  # one item model, every item dated: one C-level pass
        setter = _created_at_setter(classes.pop())
        if setter is not None:
            collections.deque(map(setter, items, instants), maxlen=0)
        return
    for item, when in zip(items, instants, strict=False):
        model: type = type(item)
        setter = _created_at_setter(model)
        if when is not None and setter is not None:
            setter(item, when)


@functools.cache
def _created_at_setter(model: type[Any]) -> Callable[[Any, Any], None] | None:
    """The ``created_at`` slot's own setter of a model that parses it lazily (past LazyFields.__setattr__)."""
    if "created_at" not in getattr(model, "_FIELDS", ()):
        return None
    return getattr(getattr(model, "created_at", None), "__set__", None)  # the slot's member descriptor


def _instant(text: str) -> datetime.datetime:
    """A plain datetime for an ISO 8601 text (Python 3.10's fromisoformat wants no trailing Z)."""
    return datetime.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)


class Fetched(NamedTuple):
    """One page as the client read it."""

    body: dict[str, Any]
    rate_limit: RateLimit
    instants: list[datetime.datetime | None] | None
    """Each item's ``created_at`` as the page check parsed it (None where absent); None: not checked."""


Send = Callable[[dict[str, Any], bool], Fetched]
AsyncSend = Callable[[dict[str, Any], bool], Awaitable[Fetched]]


class SyncPager(Generic[ItemT, ModelT]):
    """Iterate for every activity across pages; ``pages()`` for page objects; ``checkpoint`` to resume."""

    def __init__(self, query: Query, send: Send) -> None:
        self._query = query
        self._send = send
        self._walk: Walk[ItemT, ModelT] | None = None

    def __repr__(self) -> str:
        return f"SyncPager({self._query.operation.operation_id}, {self._query.path_value!r})"

    def __iter__(self) -> Iterator[ItemT]:
        walk = self._start()
        for page in self._pages(walk):
            yield from walk.hand_out(page.items)

    def pages(self) -> Iterator[Page[ItemT, ModelT]]:
        """Each page in turn; a page counts as handed out (for ``checkpoint``) once yielded."""
        walk = self._start()
        for page in self._pages(walk):
            walk.consumed(len(page.items))
            yield page

    def first_page(self) -> Page[ItemT, ModelT]:
        """Just the first page (or the one ``resume_from``/``cursor`` points at)."""
        return next(iter(self.pages()))

    @property
    def checkpoint(self) -> Checkpoint:
        """Where the latest iteration stands (the start, before one): ``resume_from=`` continues from there."""
        return (self._walk or Walk(self._query)).checkpoint

    def _start(self) -> Walk[ItemT, ModelT]:
        self._walk = Walk(self._query)
        return self._walk

    def _pages(self, walk: Walk[ItemT, ModelT]) -> Iterator[Page[ItemT, ModelT]]:
        while (request := walk.next_request()) is not None:
            try:
                fetched = self._send(request, walk.sends_cursor)
            except CursorExpiredError as error:
                raise walk.expired(error) from None
            yield walk.accept(*fetched)


class AsyncPager(Generic[ItemT, ModelT]):
    """``async for`` every activity across pages; ``pages()`` for page objects; ``checkpoint`` to resume."""

    def __init__(self, query: Query, send: AsyncSend) -> None:
        self._query = query
        self._send = send
        self._walk: Walk[ItemT, ModelT] | None = None

    def __repr__(self) -> str:
        return f"AsyncPager({self._query.operation.operation_id}, {self._query.path_value!r})"

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        walk = self._start()
        async for page in self._pages(walk):
            for item in walk.hand_out(page.items):
                yield item

    async def pages(self) -> AsyncIterator[Page[ItemT, ModelT]]:
        """Each page in turn; a page counts as handed out (for ``checkpoint``) once yielded."""
        walk = self._start()
        async for page in self._pages(walk):
            walk.consumed(len(page.items))
            yield page

    async def first_page(self) -> Page[ItemT, ModelT]:
        """Just the first page (or the one ``resume_from``/``cursor`` points at)."""
        async for page in self.pages():
            return page
        raise AssertionError("a listing always has a first page")  # pragma: no cover

    @property
    def checkpoint(self) -> Checkpoint:
        """Where the latest iteration stands (the start, before one): ``resume_from=`` continues from there."""
        return (self._walk or Walk(self._query)).checkpoint

    def _start(self) -> Walk[ItemT, ModelT]:
        self._walk = Walk(self._query)
        return self._walk

    async def _pages(self, walk: Walk[ItemT, ModelT]) -> AsyncIterator[Page[ItemT, ModelT]]:
        while (request := walk.next_request()) is not None:
            try:
                fetched = await self._send(request, walk.sends_cursor)
            except CursorExpiredError as error:
                raise walk.expired(error) from None
            yield walk.accept(*fetched)
