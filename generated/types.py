"""Contains some shared types for properties"""

import datetime
from collections.abc import Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


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
        # Python 3.10's fromisoformat does not accept a trailing "Z".
        value = cls.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
        value.text = text
        return value


def serialize_datetime(value: datetime.datetime) -> str:
    """The wire text of a datetime: the original text when it was parsed from a response."""
    return value.text if isinstance(value, Timestamp) else value.isoformat()


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
    "FileTypes",
    "RequestFiles",
    "Response",
    "Timestamp",
    "Unset",
    "deep_object_params",
    "serialize_datetime",
]
