"""Contains some shared types for properties"""

import datetime
import sys
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from http import HTTPStatus
from itertools import repeat
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Generic, Literal, SupportsIndex, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        # Copies and pickles are UNSET itself: models compare fields with `is not UNSET`.
        return "UNSET"

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
TLazy = TypeVar("TLazy", bound="LazyFields")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class Timestamp(datetime.datetime):
    """A datetime that keeps the exact text it was parsed from.

    ``to_dict()`` writes that text back, so parsing and serialising a response is lossless
    (``datetime.isoformat()`` would turn ``...:07.660Z`` into ``...:07.660000+00:00``).
    """

    __slots__ = ("text",)
    text: str

    @classmethod
    def parse(cls, text: str) -> "Timestamp":
        return parse_timestamp(text)

    def __repr__(self) -> str:
        # A plain datetime's repr: the text is an implementation detail, this module a private one.
        return repr(datetime.datetime.combine(self.date(), self.timetz(), self.tzinfo))

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        # Copies and pickles keep the text; datetime's own reduction would drop it.
        text = getattr(self, "text", None)
        return (parse_timestamp, (text,)) if text is not None else super().__reduce_ex__(protocol)


if sys.version_info >= (3, 11):
    parse_datetime: Callable[[str], datetime.datetime] = datetime.datetime.fromisoformat
    """The plain datetime of an ISO 8601 text: what ``parse_timestamp`` accepts, and nothing else."""
else:

    def parse_datetime(text: str) -> datetime.datetime:
        """The plain datetime of an ISO 8601 text: what ``parse_timestamp`` accepts, and nothing else."""
        # Python 3.10's fromisoformat does not accept a trailing "Z".
        return datetime.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)


# A datetime subclass built by fromisoformat goes through a Python-level constructor call (~250 ns);
# a plain datetime's pickle state handed to the subclass takes datetime's C fast path (~200 ns
# all told, the plain parse included). Every date-time of every model comes through here.
def parse_timestamp(text: str) -> Timestamp:
    """The Timestamp for an ISO 8601 text (a plain function: models call it for every date-time)."""
    value = Timestamp(*parse_datetime(text).__reduce__()[1])
    value.text = text
    return value


def parse_nullable_timestamp(data: Any) -> Any:
    """A nullable date-time field's value: None and UNSET as they are, a Timestamp for valid text,
    anything else unchanged (it round-trips as it came)."""
    if data.__class__ is not str:
        return data
    try:
        return parse_timestamp(data)
    except ValueError:
        return data


# LazyFields._raw of a model with nothing left to parse (None is a value a model may be given).
PARSED: Any = object()
_PARSED_JSON: dict[str, Any] = PARSED


class LazyFields:
    """Base of every model: ``from_dict`` keeps the JSON object and parses it on first access.

    A page of 100 activities becomes 100 cheap shells. Each parses its own fields (one level:
    nested objects are shells again) the first time a field is read or written; a date-time
    read before that is parsed alone. Reads after that are plain slot reads. Errors in the
    data therefore show up when the object (or the date-time) is first used, not when the page
    is parsed.
    """

    __slots__ = ("_raw",)
    # The JSON value still to parse; PARSED once parsed, or for a model built by its constructor.
    _raw: Any
    # Date-time fields a read parses alone: name -> JSON object -> value. (Immutable values: the
    # parse of the whole object later sets an equal one.)
    _FIELDS: ClassVar[Mapping[str, Callable[[Any], Any]]] = {}

    def __attrs_pre_init__(self) -> None:
        object.__setattr__(self, "_raw", PARSED)

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        """Parse ``src_dict`` into the fields and mark the model parsed (each model generates its own)."""
        raise NotImplementedError

    def _loaded(self: TLazy) -> TLazy:
        """Parse now (one level); raises what parsing raises. Used to choose between union members."""
        raw = self._raw
        if raw is not PARSED:
            if type(raw) is not dict and not isinstance(raw, Mapping):
                # dict() would take a list of pairs, or [] as {}: only a JSON object is a model.
                raise TypeError(f"{type(self).__name__} needs a JSON object, got {type(raw).__name__}")
            self._load(raw)
        return self

    def _unparsed_json(self) -> dict[str, Any]:
        """The JSON this model was made from if it does not parse, else ``PARSED``.

        ``to_dict()`` returns such JSON as it came, so data that breaks the spec still round-trips.
        """
        raw = self._raw
        if raw is not PARSED:
            try:
                if type(raw) is dict:  # _loaded() inline for a JSON object: one call less per object
                    self._load(raw)
                else:
                    self._loaded()
            except (TypeError, ValueError, KeyError, AttributeError):
                as_it_came: dict[str, Any] = raw
                return as_it_came
        # Typed names, not cast(): cast(dict[str, Any], ...) builds the alias on every call (every object).
        return _PARSED_JSON

    # Hidden from type checkers: a visible __getattr__ would make every misspelt attribute type-check.
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # Only reached when a slot is empty: a field of a model not parsed yet.
            if name == "_raw":
                return PARSED  # unpickled or copied models were never lazy
            raw = self._raw
            if raw.__class__ is dict:  # _loaded() inline for a JSON object: one call less per object
                if name not in self._FIELDS:
                    self._load(raw)
                    return getattr(self, name)  # a misspelt name comes back here, parsed: AttributeError
                # A date-time is parsed alone: paging through a listing for each item's created_at
                # costs one conversion per item, not a parse. Any other field parses the rest.
                value = self._FIELDS[name](raw)
                object.__setattr__(self, name, value)
                return value
            if raw is PARSED:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self)
            return object.__getattribute__(self._loaded(), name)

        def __setattr__(self, name: str, value: Any) -> None:
            # Parse first, or parsing later would overwrite what is set now.
            if self._raw is not PARSED:
                self._loaded()
            object.__setattr__(self, name, value)

        def __delattr__(self, name: str) -> None:
            if self._raw is not PARSED:
                self._loaded()
            object.__delattr__(self, name)


# LazyFields._raw's own setter: from_dict writes it past LazyFields.__setattr__, at the cost of a slot write.
set_raw: Callable[[Any, Any], None] = LazyFields.__dict__["_raw"].__set__
# A model's instance with no field set (a parse fills it in, or set_raw makes it a lazy one).
new_lazy = object.__new__


def blanks(cls: type[TLazy], items: Any) -> list[TLazy]:
    """A model per item of a JSON list, no field and no ``_raw`` set: for a parent's one-pass
    ``to_dict()``, which hands each its item (``_load_to_dict``) right away."""
    return list(map(new_lazy, repeat(cls, len(items))))


def shells(cls: type[TLazy], items: Any) -> list[TLazy]:
    """``[cls.from_dict(item) for item in items]`` for a JSON list, without a Python call per item
    (a page's items, and every other list of objects, come through here)."""
    models: list[TLazy] = list(map(new_lazy, repeat(cls, len(items))))
    any(map(set_raw, models, items))  # set_raw returns None: any() runs it over every pair
    return models


def serialize_datetime(value: datetime.datetime) -> str:
    """The wire text of a datetime: the original text when it was parsed from a response."""
    # Arithmetic and replace() on a Timestamp make Timestamps without text: those use isoformat().
    if value.__class__ is Timestamp:
        try:
            return value.text
        except AttributeError:
            pass
    elif isinstance(value, Timestamp):
        text: str | None = getattr(value, "text", None)
        if text is not None:
            return text
    return value.isoformat()


def serialize_nullable_datetime(value: Any) -> Any:
    """A nullable date-time field's wire value: a datetime's text, anything else (None, data that
    did not parse, see ``parse_nullable_timestamp``) as it is."""
    if value.__class__ is Timestamp:
        try:
            return value.text
        except AttributeError:
            pass
    return serialize_datetime(value) if isinstance(value, datetime.datetime) else value


def deep_object_params(name: str, value: Any) -> Iterator[tuple[str, Any]]:
    """Flatten a nested query object into bracketed keys, lists indexed, as Voucherify reads them.

    ``{"type": {"conditions": {"$in": ["a", "b"]}}}`` under ``filters`` becomes
    ``filters[type][conditions][$in][0]=a`` and ``filters[type][conditions][$in][1]=b``.
    """
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from deep_object_params(f"{name}[{key}]", item)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from deep_object_params(f"{name}[{index}]", item)
    else:
        yield name, value


__all__ = [
    "UNSET",
    "File",
    "LazyFields",
    "PARSED",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Timestamp",
    "Unset",
    "deep_object_params",
    "parse_datetime",
    "parse_nullable_timestamp",
    "parse_timestamp",
    "serialize_datetime",
    "serialize_nullable_datetime",
    "blanks",
    "new_lazy",
    "set_raw",
    "shells",
]
