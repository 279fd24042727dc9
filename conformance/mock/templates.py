"""Pre-serialised activity JSON with named holes ("slots") filled in per activity.

Most of an activity's bytes (its nested `data`) are shared by many activities; only ids,
timestamps and a few links differ. A template is serialised once and rendering is a join,
which keeps memory small for a million activities and keeps a page render in microseconds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .spec import JSON

_SENTINEL = re.compile(rb'"\\u0000([a-z_]+)\\u0000"')


def slot(name: str) -> str:
    """A placeholder string that `Template.from_value` turns into the slot `name`."""
    return f"\x00{name}\x00"


def dumps(value: JSON) -> bytes:
    """Compact JSON, the form every response body uses."""
    return json.dumps(value, separators=(",", ":")).encode()


@dataclass(frozen=True)
class Template:
    """JSON text split at its slots: parts[0] slot[0] parts[1] ... parts[-1]."""

    parts: tuple[bytes, ...]
    slots: tuple[str, ...]

    @classmethod
    def from_value(cls, value: JSON) -> Template:
        pieces = _SENTINEL.split(dumps(value))
        return cls(tuple(pieces[0::2]), tuple(p.decode() for p in pieces[1::2]))

    @classmethod
    def fixed(cls, text: bytes) -> Template:
        return cls((text,), ())

    def render(self, values: Mapping[str, bytes]) -> bytes:
        """The JSON text with each slot replaced by `values[slot]` (already JSON-encoded)."""
        if not self.slots:
            return self.parts[0]
        out = [self.parts[0]]
        for name, part in zip(self.slots, self.parts[1:], strict=False):
            out.append(values[name])
            out.append(part)
        return b"".join(out)
