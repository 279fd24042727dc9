"""The ASGI application: routing by hand, credentials, rate-limit headers, faults, handlers.

A plain ASGI callable rather than a framework: four GET routes need a few lines of routing,
and every microsecond saved per request is throughput under load.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

from .config import MockConfig
from .dataset import generate
from .errors import ApiError
from .handlers import Handlers
from .loader import load_file
from .ratelimit import Headers, RateLimiter
from .store import Store

LOG = logging.getLogger("voucherify_activities.mock")
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
JSON_TYPE = (b"content-type", b"application/json; charset=utf-8")
V2_ROUTES = {
    "programs": "list_program_activities",
    "incentives": "list_incentive_activities",
    "earning-rules": "list_earning_rule_activities",
}


@dataclass
class Response:
    status: int
    headers: Headers
    body: bytes

    def header(self, name: str) -> str | None:
        wanted = name.lower().encode()
        return next((v.decode() for k, v in self.headers if k == wanted), None)


def build_store(config: MockConfig) -> Store:
    """The dataset the config names: a file of activities, or the generated default."""
    dataset = load_file(config.data_file) if config.data_file else generate(config.seed, config.size)
    return Store(dataset)


def _segment(raw: str) -> str:
    """A path segment's value: percent-escapes decoded as UTF-8 (invalid bytes kept as U+FFFD)."""
    return unquote(raw) if "%" in raw else raw


class MockApp:
    """`await app(scope, receive, send)`; `app.handle(...)` answers one request synchronously."""

    def __init__(self, config: MockConfig | None = None, store: Store | None = None) -> None:
        self.config = config or MockConfig()
        self.store = store or build_store(self.config)
        self.handlers = Handlers(self.store, self.config)
        self.limiter = RateLimiter(self.config)

    def __repr__(self) -> str:
        return f"MockApp({self.config!r}, activities={self.store.size})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        raw_query = scope.get("query_string", b"").decode("latin-1")
        # Routed on the path as sent: an id with an encoded slash (`a%2Fb`) is one segment, not two.
        raw_path = scope.get("raw_path")
        path = raw_path.decode("latin-1") if raw_path else quote(scope["path"], safe="/")
        response = self.handle(scope["method"], path, raw_query, scope["headers"])
        headers = [*response.headers, JSON_TYPE, (b"content-length", str(len(response.body)).encode())]
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        await send({"type": "http.response.body", "body": response.body})

    # --- one request --------------------------------------------------------------------------
    def handle(self, method: str, path: str, raw_query: str, headers: list[tuple[bytes, bytes]]) -> Response:
        """``path`` as sent (percent-encoded); the id segment is decoded after routing."""
        try:
            return self._handle(method, path, raw_query, headers)
        except ApiError as error:
            return Response(error.status, [], error.body())
        except Exception:  # a bug; the tests fuzz for this never happening
            LOG.exception("mock failed on %s %s", method, path)
            return Response(500, [], ApiError(500, "internal_error", "the mock failed").body())

    def _handle(self, method: str, path: str, raw_query: str, headers: list[tuple[bytes, bytes]]) -> Response:
        route = self._route(path)
        if route is None:
            raise ApiError(404, "not_found", f"no such endpoint: {path[:200]}")
        if method != "GET":
            error = ApiError(405, "method_not_allowed", f"{method[:20]} is not allowed here; use GET")
            return Response(405, [(b"allow", b"GET")], error.body())
        who = self._authenticate(headers)
        rate_headers, refusal = self.limiter.count(who)
        if refusal is not None:
            return Response(refusal.status, rate_headers, refusal.body())
        operation_id, owner = route
        try:
            if operation_id == "list_customer_activities":
                body = self.handlers.list_customer(owner, raw_query)
            else:
                body = self.handlers.list_v2(operation_id, owner, raw_query)
        except ApiError as error:
            return Response(error.status, rate_headers, error.body())
        return Response(200, rate_headers, body)

    @staticmethod
    def _route(path: str) -> tuple[str, str] | None:
        parts = path.split("/")
        if len(parts) == 6 and parts[:3] == ["", "v2", "loyalties"] and parts[5] == "activities":
            operation_id = V2_ROUTES.get(parts[3])
            return (operation_id, _segment(parts[4])) if operation_id and parts[4] else None
        if len(parts) == 5 and parts[:3] == ["", "v1", "customers"] and parts[4] == "activities" and parts[3]:
            return "list_customer_activities", _segment(parts[3])
        return None

    def _authenticate(self, headers: list[tuple[bytes, bytes]]) -> str:
        """Who is calling (an app id, or a digest of the bearer token); 401 without valid credentials."""
        app_id = app_token = bearer = b""
        for name, value in headers:
            if name == b"x-app-id":
                app_id = value.strip()
            elif name == b"x-app-token":
                app_token = value.strip()
            elif name == b"authorization" and value[:7].lower() == b"bearer ":
                bearer = value[7:].strip()
        config = self.config
        # Once any credential is configured, only configured credentials are accepted.
        strict = config.app_id is not None or config.bearer_token is not None
        if (
            app_id
            and app_token
            and (
                not strict
                or (
                    config.app_id is not None
                    and hmac.compare_digest(app_id, config.app_id.encode())
                    and hmac.compare_digest(app_token, (config.app_token or "").encode())
                )
            )
        ):
            return "app:" + app_id.decode("latin-1")
        if bearer and (
            not strict
            or (config.bearer_token is not None and hmac.compare_digest(bearer, config.bearer_token.encode()))
        ):
            return "bearer:" + hashlib.sha256(bearer).hexdigest()[:16]
        raise ApiError(401, "unauthorized", "send X-App-Id and X-App-Token, or Authorization: Bearer <token>")
