"""Connection limits uvicorn lacks: a deadline for each request's headers, and a cap on open connections.

uvicorn closes a connection idle *between* requests (``timeout_keep_alive``) and answers 503
past ``limit_concurrency``, but a connection that never sends a byte, or sends its headers a
byte at a time, is kept open forever: enough of them use up the process's descriptors and
every new request fails. The protocol below (uvicorn's httptools one, extended) closes a
connection whose request headers are not complete within ``header_timeout`` seconds of the
connection or of the request's first byte, and drops new connections beyond ``max_connections``.
"""

from __future__ import annotations

import asyncio
from typing import Any


def guarded_protocol(base: type[Any], *, header_timeout: float, max_connections: int) -> type[asyncio.Protocol]:
    """``base`` (uvicorn's HttpToolsProtocol) with the two limits."""

    class GuardedProtocol(base):  # type: ignore[misc]
        _header_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:
            super().connection_made(transport)
            if len(self.connections) > max_connections:  # this connection is in the set already
                transport.close()
                return
            self._arm()

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._arm()

        def on_headers_complete(self) -> None:
            self._disarm()
            super().on_headers_complete()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _arm(self) -> None:
            self._disarm()
            self._header_timer = self.loop.call_later(header_timeout, self._headers_too_slow)

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _headers_too_slow(self) -> None:
            self._header_timer = None
            self.transport.close()

    return GuardedProtocol
