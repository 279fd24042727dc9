"""Run the mock under uvicorn on 127.0.0.1: in a background thread (tests, Python) or in the foreground (CLI).

uvicorn is the server because it is the well-kept reference ASGI server, and with its
httptools parser and uvloop event loop it is also among the fastest in Python.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import socket
import threading
import time
from types import TracebackType
from typing import Any

from .app import MockApp
from .config import MockConfig
from .limits import guarded_protocol

HOST = "127.0.0.1"


def _bind(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this: without it Nagle holds the body behind the headers (40 ms).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((HOST, port))
    except OSError as error:
        sock.close()
        raise OSError(f"cannot listen on {HOST}:{port}: {error.strerror}") from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _available(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def _uvicorn_config(app: MockApp) -> Any:
    try:
        import uvicorn  # noqa: PLC0415 - only when used
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(
            "the mock server needs the 'mock' extra: pip install 'voucherify-activities[mock]'"
        ) from error
    # Per request, uvicorn's own work costs about as much as the mock's: no access log, no
    # lifespan, no proxy-header middleware (loopback only; nothing reads the client address),
    # no `server` header; the C parser when installed, with limits for slow or idle clients.
    config = app.config
    http: Any = "h11"
    if _available("httptools"):
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol  # noqa: PLC0415 - only when used

        http = guarded_protocol(
            HttpToolsProtocol, header_timeout=config.header_timeout_seconds, max_connections=config.max_connections
        )
    return uvicorn.Config(
        app,
        http=http,
        timeout_keep_alive=config.keep_alive_seconds,
        limit_concurrency=config.max_connections,
        loop="uvloop" if _available("uvloop") else "asyncio",
        lifespan="off",
        access_log=False,
        proxy_headers=False,
        server_header=False,
        log_level="warning",
    )


def _serve(server: Any, sock: socket.socket) -> None:
    """`server.serve` on a new event loop: uvloop's when installed (asyncio.run would take the default
    loop, and uvicorn's own runner differs between versions), without touching the global loop policy."""
    if _available("uvloop"):
        import uvloop  # noqa: PLC0415 - optional

        loop: asyncio.AbstractEventLoop = uvloop.new_event_loop()
    else:  # pragma: no cover - depends on the environment
        loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(server.serve(sockets=[sock]))
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()


class MockServer:
    """A running mock: `with MockServer(MockConfig(seed=7)) as mock: httpx.get(mock.base_url + ...)`."""

    def __init__(self, config: MockConfig | None = None, port: int = 0, app: MockApp | None = None) -> None:
        self.config = config or MockConfig()
        self.app = app or MockApp(self.config)
        self._socket = _bind(port)
        self.port: int = self._socket.getsockname()[1]
        self.base_url = f"http://{HOST}:{self.port}"
        self._server: Any = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"MockServer(base_url={self.base_url!r}, config={self.config!r})"

    def start(self, timeout: float = 10.0) -> MockServer:
        """Serve in a daemon thread; returns once the socket accepts requests."""
        import uvicorn  # noqa: PLC0415 - only when used

        self._server = uvicorn.Server(_uvicorn_config(self.app))
        self._server.install_signal_handlers = lambda: None  # not the main thread
        self._thread = threading.Thread(target=self._run, name=f"voucherify-mock-{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"mock server on {self.base_url} did not start")
            time.sleep(0.01)
        return self

    def _run(self) -> None:
        with contextlib.suppress(Exception):
            _serve(self._server, self._socket)

    def stop(self, timeout: float = 10.0) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        self._socket.close()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    def serve_forever(self) -> None:
        """Serve in the foreground until interrupted (the CLI)."""
        import uvicorn  # noqa: PLC0415 - only when used

        server = uvicorn.Server(_uvicorn_config(self.app))
        try:
            _serve(server, self._socket)
        finally:
            self._socket.close()
