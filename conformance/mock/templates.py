"""Pre-serialised activity JSON with named holes ("slots") filled in per activity.

Most of an activity's bytes (its nested `data`) are shared by many activities; only ids,
timestamps and a few links differ. A template is serialised once and rendering is a format,
which keeps memory small for a million activities and keeps a page render in microseconds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii

from .spec import JSON

ACTIVITY_SLOTS = frozenset({"id", "at", "group"})
_SENTINEL = re.compile(rb'"\\u0000([a-z_]+)\\u0000"')


def slot(name: str) -> str:
    """A placeholder string that `Template.from_value` turns into the slot `name`."""
    return f"\x00{name}\x00"


def dumps(value: JSON) -> bytes:
    """Compact JSON, the form every response body uses."""
    return json.dumps(value, separators=(",", ":")).encode()


def dumps_str(text: str) -> bytes:
    """`dumps(text)` for a string, without json.dumps' per-call set-up (the same C escaper)."""
    return encode_basestring_ascii(text).encode()


@dataclass(frozen=True)
class Template:
    """JSON text split at its slots: parts[0] slot[0] parts[1] ... parts[-1]."""

    parts: tuple[bytes, ...]
    slots: tuple[str, ...]
    # The same text as a `bytes % mapping` format: a render is one C call instead of a join.
    fmt: bytes = field(init=False, repr=False, compare=False)
    # (format key, name) of the slots other than the id/at/group every render fills.
    extra_keys: tuple[tuple[bytes, str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        fmt = b""
        if self.slots:
            escaped = [part.replace(b"%", b"%%") for part in self.parts]
            holes = [b"%(" + name.encode() + b")s" for name in self.slots]
            fmt = escaped[0] + b"".join(hole + part for hole, part in zip(holes, escaped[1:], strict=True))
        object.__setattr__(self, "fmt", fmt)
        extra = tuple((name.encode(), name) for name in dict.fromkeys(self.slots) if name not in ACTIVITY_SLOTS)
        object.__setattr__(self, "extra_keys", extra)

    @classmethod
    def from_value(cls, value: JSON) -> Template:
        pieces = _SENTINEL.split(dumps(value))
        return cls(tuple(pieces[0::2]), tuple(p.decode() for p in pieces[1::2]))

    @classmethod
    def fixed(cls, text: bytes) -> Template:
        return cls((text,), ())

    def render(self, values: Mapping[bytes, bytes]) -> bytes:
        """The JSON text with each slot replaced by `values[slot name as bytes]` (already JSON-encoded)."""
        if not self.slots:
            return self.parts[0]
        return self.fmt % values
