"""Run one docs example as written, with every request sent to the bundled mock instead.

    python tests/docs_sandbox.py MOCK_BASE_URL example.py
    python tests/docs_sandbox.py MOCK_BASE_URL -m MODULE [ARGS...]   # e.g. -m doctest, -m pytest

Examples name real hosts (`cluster="us1"`, `base_url="https://api.voucherify.io"`); here httpx's
transports send requests for any `*.voucherify.io` host to the mock and refuse every other host
but 127.0.0.1, so an example can never reach the internet.
"""

from __future__ import annotations

import runpy
import sys

import httpx

LOCAL = "127.0.0.1"


def redirect(mock: httpx.URL, request: httpx.Request) -> None:
    host = request.url.host
    if host == LOCAL:
        return
    if host != "voucherify.io" and not host.endswith(".voucherify.io"):
        raise RuntimeError(
            f"a docs example tried to reach {host}: only Voucherify's hosts (sent to the mock) are allowed"
        )
    request.url = request.url.copy_with(scheme=mock.scheme, host=mock.host, port=mock.port)
    request.headers["Host"] = mock.netloc.decode("ascii")


def install(mock: httpx.URL) -> None:
    sync_send, async_send = httpx.HTTPTransport.handle_request, httpx.AsyncHTTPTransport.handle_async_request

    def handle_request(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        redirect(mock, request)
        return sync_send(self, request)

    async def handle_async_request(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        redirect(mock, request)
        return await async_send(self, request)

    httpx.HTTPTransport.handle_request = handle_request  # type: ignore[method-assign]
    httpx.AsyncHTTPTransport.handle_async_request = handle_async_request  # type: ignore[method-assign]


def main() -> None:
    mock, *command = sys.argv[1:]
    install(httpx.URL(mock))
    if command[0] == "-m":
        sys.argv = command[1:]
        runpy.run_module(command[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = command
        runpy.run_path(command[0], run_name="__main__")


if __name__ == "__main__":
    main()
