"""Opaque v2 cursors: `<prefix><hex>`, signed, bound to one query, valid until `expires_at`.

The hex encodes (version, expiry, query fingerprint, created_at and id of the last activity
served) followed by a keyed-BLAKE2b tag (a MAC like HMAC-SHA256, at less than half the cost, and
every page both checks one and issues one). The server keeps no cursor state: the position is found again
by bisecting the owner's log for that (created_at, id) key, so a cursor costs O(log n), and
any worker holding the same secret accepts it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
from dataclasses import dataclass
from typing import Any

from .dataset import iso_ms
from .errors import ApiError, invalid_query

VERSION = 2  # 2: keyed BLAKE2b tag (1 was HMAC-SHA256)
TAG_BYTES = 12
_HEAD = struct.Struct(">BQ8sq")  # version, expires_at (ms), fingerprint, last created_at (ms)


@dataclass(frozen=True)
class Position:
    """Where the previous page ended: the last activity's (created_at ms, id)."""

    created: int
    activity_id: str


def fingerprint(owner_kind: str, owner: str, filters: Any, order: Any) -> bytes:
    """8 bytes naming a query: same owner, filters and order give the same fingerprint."""
    canonical = json.dumps([owner_kind, owner, filters, order], sort_keys=True, separators=(",", ":"))
    return hashlib.blake2b(canonical.encode(), digest_size=8).digest()


class CursorCodec:
    """Issues and checks cursors for one server (one secret)."""

    def __init__(self, secret: bytes) -> None:
        # BLAKE2b takes keys of up to 64 bytes; a longer secret is hashed down to one.
        self._key = secret if len(secret) <= hashlib.blake2b.MAX_KEY_SIZE else hashlib.blake2b(secret).digest()

    def __repr__(self) -> str:
        return "CursorCodec(secret=***)"

    def _tag(self, payload: bytes) -> bytes:
        return hashlib.blake2b(payload, key=self._key, digest_size=TAG_BYTES).digest()

    def encode(self, prefix: str, query: bytes, position: Position, expires_ms: int) -> str:
        payload = _HEAD.pack(VERSION, expires_ms, query, position.created) + position.activity_id.encode()
        return prefix + (payload + self._tag(payload)).hex()

    def decode(self, prefix: str, token: str, query: bytes, now_ms: float) -> Position:
        """The position a cursor names; 400 if it is forged, altered, expired or from another query."""
        if not token.startswith(prefix):
            raise invalid_query(f"cursor: must start with {prefix!r}")
        try:
            raw = bytes.fromhex(token[len(prefix) :])
        except ValueError:
            raise invalid_query("cursor: not a cursor issued by this server") from None
        payload, tag = raw[:-TAG_BYTES], raw[-TAG_BYTES:]
        if len(payload) < _HEAD.size or not hmac.compare_digest(tag, self._tag(payload)):
            raise invalid_query("cursor: not a cursor issued by this server (forged or altered)")
        version, expires_ms, issued_for, created = _HEAD.unpack_from(payload)
        if version != VERSION:
            raise invalid_query("cursor: issued by an incompatible server version")
        if now_ms >= expires_ms:
            raise expired(expires_ms)
        if not hmac.compare_digest(issued_for, query):
            raise invalid_query(
                "cursor: issued for a different query; send the same id, filters and order as the first page"
            )
        try:
            activity_id = payload[_HEAD.size :].decode()
        except UnicodeDecodeError:  # pragma: no cover - signed payloads always decode
            raise invalid_query("cursor: not a cursor issued by this server") from None
        return Position(created, activity_id)


def expired(expires_ms: int) -> ApiError:
    return invalid_query(f"cursor: expired at {iso_ms(expires_ms)}; start again from the first page (no cursor)")
