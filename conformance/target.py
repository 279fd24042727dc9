"""What the suites run against: the bundled mock, the live API, or any base URL, and what they know about it.

Credentials come only from the environment (the client's own variables); ids to test
against come from the mock's dataset or from `VOUCHERIFY_<KIND>_ID` variables. A target
that cannot be checked carries the reason instead of failing: the suites skip with it.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote

from voucherify_activities.config import resolve_base_url, resolve_credentials
from voucherify_activities.errors import ParameterError

from .specs import OWNER_KINDS

# Ids of existing resources on a live or URL target, one variable per kind of owner.
ID_VARIABLES = {
    "program": "VOUCHERIFY_PROGRAM_ID",
    "incentive": "VOUCHERIFY_INCENTIVE_ID",
    "earning_rule": "VOUCHERIFY_EARNING_RULE_ID",
    "customer": "VOUCHERIFY_CUSTOMER_ID",
}
MOCK_APP_ID = "voucherify-conformance"


@dataclass(frozen=True)
class Target:
    """A server to check, how to authenticate to it, and which resources exist there."""

    kind: str  # "mock" (bundled, started by the suite), "live" (a Voucherify cluster) or "url"
    base_url: str
    headers: Mapping[str, str] = field(repr=False)  # credentials, exactly as sent
    secrets: tuple[str, ...] = field(repr=False)  # values never to print
    ids: Mapping[str, tuple[str, ...]]  # owner kind -> ids that exist on the target
    # The whole dataset is known (the bundled mock): does this id exist? None when unknowable.
    exists: Callable[[str, str], bool] | None = field(default=None, repr=False, compare=False)
    skip_reason: str | None = None  # why nothing can be checked; None when the target is usable

    @property
    def read_only(self) -> bool:
        """Anything but the bundled mock gets GET requests only."""
        return self.kind != "mock"

    def describe(self) -> str:
        names = {"mock": "bundled mock", "live": "Voucherify API", "url": "server"}
        return f"{names[self.kind]} at {self.base_url}"

    def ids_for(self, operation_id: str) -> tuple[str, ...]:
        return self.ids.get(OWNER_KINDS[operation_id], ())

    def operation_skip_reason(self, operation_id: str) -> str | None:
        """Why this operation cannot be checked here (no id of an existing resource), or None."""
        if self.skip_reason is not None:
            return self.skip_reason
        if self.ids_for(operation_id):
            return None
        variable = ID_VARIABLES[OWNER_KINDS[operation_id]]
        return f"no id to test against; set {variable} to the id of an existing one"

    def masked(self) -> tuple[str, ...]:
        """The secrets and their percent-encoded forms, for redaction."""
        return tuple(dict.fromkeys([*self.secrets, *(quote(s, safe="") for s in self.secrets)]))


def unreachable(target: Target, timeout: float = 10.0) -> str | None:
    """Why a remote target cannot be reached at all (one GET of its base URL), or None if it answers."""
    import requests  # noqa: PLC0415 - only for remote targets

    try:
        requests.get(target.base_url, timeout=timeout, allow_redirects=False).close()
    except requests.RequestException as error:
        return f"cannot reach {target.base_url}: {type(error).__name__}"
    return None


def remote_target(kind: str, base_url: str | None, environ: Mapping[str, str]) -> Target:
    """The live API (`kind="live"`, host from VOUCHERIFY_CLUSTER / VOUCHERIFY_BASE_URL) or a given URL."""
    ids = {name: (environ[var].strip(),) for name, var in ID_VARIABLES.items() if environ.get(var, "").strip()}
    try:
        url = resolve_base_url(None, base_url, environ) if base_url else resolve_base_url(None, None, environ)
    except ParameterError as error:
        return Target(kind, base_url or "?", {}, (), ids, skip_reason=f"no usable base URL: {error}")
    try:
        credentials = resolve_credentials(None, None, None, environ)
    except ParameterError:
        reason = (
            f"no credentials for {url}: set VOUCHERIFY_APP_ID and VOUCHERIFY_APP_TOKEN "
            "(or VOUCHERIFY_BEARER_TOKEN) in the environment"
        )
        return Target(kind, url, {}, (), ids, skip_reason=reason)
    return Target(kind, url, credentials.headers(), credentials.secrets, ids)


@contextlib.contextmanager
def mock_target(seed: int = 7, size: int = 10_000) -> Iterator[Target]:
    """Start the bundled mock on 127.0.0.1 with credentials of its own, and describe it.

    Fixed credentials (a fresh random token per run) rather than the mock's accept-anything
    default, so the checks that send wrong credentials have something to be refused by.
    """
    from .mock import MockConfig, MockServer  # noqa: PLC0415 - needs the mock extra

    token = secrets.token_urlsafe(24)
    server = MockServer(MockConfig(seed=seed, size=size, app_id=MOCK_APP_ID, app_token=token))
    store = server.app.store
    ids = {kind: tuple(store.owners(kind)) for kind in ID_VARIABLES}
    headers = {"X-App-Id": MOCK_APP_ID, "X-App-Token": token}
    with server:
        yield Target(
            "mock",
            server.base_url,
            headers,
            (token,),
            ids,
            exists=lambda kind, owner: store.find(kind, owner) is not None,
        )
