"""Where requests go and who sends them: base URL from a cluster name or URL, credentials, env vars.

Credentials live in ``Credentials``, whose repr shows only which kind it is, and reach the wire
through an ``httpx.Auth`` flow, so they are added to each request and stored nowhere else.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from . import spec
from .errors import ParameterError

ENV_APP_ID = "VOUCHERIFY_APP_ID"
ENV_APP_TOKEN = "VOUCHERIFY_APP_TOKEN"
ENV_BEARER_TOKEN = "VOUCHERIFY_BEARER_TOKEN"
ENV_CLUSTER = "VOUCHERIFY_CLUSTER"
ENV_BASE_URL = "VOUCHERIFY_BASE_URL"


@dataclass(frozen=True)
class Credentials:
    """App id and app token (both headers), or a bearer token. The repr never shows a secret."""

    app_id: str | None = field(default=None, repr=False)
    app_token: str | None = field(default=None, repr=False)
    bearer_token: str | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        return "Credentials(bearer_token=***)" if self.bearer_token else "Credentials(app_id=***, app_token=***)"

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values that must not appear in any text this package produces."""
        return tuple(s for s in (self.app_token, self.bearer_token) if s)

    def headers(self) -> dict[str, str]:
        if self.bearer_token:
            return {"Authorization": f"Bearer {self.bearer_token}"}
        app_id_header, app_token_header = spec.api_key_headers()
        return {app_id_header: self.app_id or "", app_token_header: self.app_token or ""}


def resolve_credentials(
    app_id: str | None, app_token: str | None, bearer_token: str | None, environ: Mapping[str, str]
) -> Credentials:
    """Explicit arguments win; with none given, read the environment. One kind only."""
    explicit = any(v is not None for v in (app_id, app_token, bearer_token))
    if not explicit:
        app_id, app_token = environ.get(ENV_APP_ID) or None, environ.get(ENV_APP_TOKEN) or None
        bearer_token = environ.get(ENV_BEARER_TOKEN) or None
    if bearer_token is not None and (app_id is not None or app_token is not None):
        raise ParameterError(
            "bearer_token", "given together with app_id/app_token", "app keys or a bearer token, not both"
        )
    if bearer_token is not None:
        _non_empty("bearer_token", bearer_token)
        return Credentials(bearer_token=bearer_token)
    if app_id is None and app_token is None:
        raise ParameterError(
            "app_id",
            f"no credentials: pass app_id and app_token (or bearer_token), or set {ENV_APP_ID} and {ENV_APP_TOKEN}"
            f" (or {ENV_BEARER_TOKEN})",
            "credentials are required",
        )
    for name, value in (("app_id", app_id), ("app_token", app_token)):
        if value is None:
            raise ParameterError(name, "missing", "app_id and app_token go together")
        _non_empty(name, value)
    return Credentials(app_id=app_id, app_token=app_token)


def _non_empty(name: str, value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ParameterError(name, "must be a non-empty string", "non-empty string")


def resolve_base_url(
    cluster: str | None, base_url: str | None, environ: Mapping[str, str], *, allow_insecure_http: bool = False
) -> str:
    """``base_url`` as given, else the cluster's host (``api``, ``us1``, ``as1``), else the environment, else Europe.

    Plain ``http://`` would send the credentials in cleartext: it is refused unless the host is a
    loopback one (a local mock) or ``allow_insecure_http=True`` says the caller means it.
    """
    if cluster is not None and base_url is not None:
        raise ParameterError("cluster", "given together with base_url", "cluster or base_url, not both")
    source = "base_url" if base_url is not None else "cluster"
    if base_url is None and cluster is None:
        base_url = environ.get(ENV_BASE_URL) or None
        source = ENV_BASE_URL
        if base_url is None:
            cluster = environ.get(ENV_CLUSTER) or None
            source = ENV_CLUSTER
    name = cluster if cluster is not None else spec.default_cluster()
    if base_url is None and name.startswith(("http://", "https://")):  # a dedicated cluster's URL
        base_url = name
    if base_url is not None:
        return _checked_url(source, base_url, allow_insecure_http)
    known = spec.clusters()
    short = name.removesuffix(".api")
    if short not in known:
        choices = ", ".join(sorted(known))
        raise ParameterError("cluster", f"unknown cluster {name!r}", f"one of {choices}, or base_url= for another host")
    return known[short]


LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def _checked_url(source: str, url: str, allow_insecure_http: bool) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ParameterError(source, f"{url!r} is not an http(s) URL", "absolute http or https URL")
    if parts.username is not None or parts.password is not None:
        raise ParameterError(source, "the URL carries user info", "credentials go in app_id/app_token or bearer_token")
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback(parts.hostname):
        raise ParameterError(
            source,
            f"plain http to {parts.hostname!r} would send the credentials in cleartext",
            "https, or http to a loopback host; pass allow_insecure_http=True to send over http anyway",
        )
    return url.rstrip("/")


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and localhost: hosts whose traffic never leaves the machine."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


class CredentialsAuth(httpx.Auth):
    """Adds the credentials' headers to each request sent to ``base_url``'s origin, and to no other.

    The client sends with ``follow_redirects=False`` whatever the httpx client's setting, so httpx
    never copies these headers onto a redirect; a 3xx is raised as UnexpectedResponseError.
    """

    def __init__(self, credentials: Credentials, base_url: str) -> None:
        self._credentials = credentials
        self._origin = origin(httpx.URL(base_url))

    def __repr__(self) -> str:
        return f"CredentialsAuth({self._credentials!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if origin(request.url) == self._origin:
            request.headers.update(self._credentials.headers())
        yield request


def environment() -> Mapping[str, str]:
    return os.environ
