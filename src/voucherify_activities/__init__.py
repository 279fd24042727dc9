"""Python client for Voucherify's activity-log API (v1 customer, v2 loyalty activities).

    from voucherify_activities import Voucherify

    with Voucherify(app_id="...", app_token="...") as client:
        for activity in client.list_program_activities("lprg_0a1b2c3d4e5f", types=["vl.program.updated"]):
            print(activity.created_at, activity.type)

``AsyncVoucherify`` does the same with ``async for``. The generated low-level client is here too
(``Client``, ``AuthenticatedClient``, ``voucherify_activities.api``, ``voucherify_activities.models``).

Names are imported on first use (PEP 562): ``import voucherify_activities`` alone, as the
pytest plugin's entry point does, loads nothing else.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._generated import AuthenticatedClient, Client
    from .checkpoint import Checkpoint
    from .client import AsyncVoucherify, Voucherify
    from .errors import (
        APIConnectionError,
        APIError,
        APITimeoutError,
        CursorExpiredError,
        InvalidRequestError,
        NotFoundError,
        ParameterError,
        RateLimitError,
        ServerError,
        UnauthorizedError,
        UnexpectedResponseError,
        VoucherifyError,
    )
    from .paging import AsyncPager, Page, SyncPager
    from .ratelimit import RateLimit
    from .retries import RetryPolicy

    __version__: str

# Public name -> the submodule defining it.
_MODULES = {
    "AuthenticatedClient": "._generated",
    "Client": "._generated",
    "Checkpoint": ".checkpoint",
    "AsyncVoucherify": ".client",
    "Voucherify": ".client",
    **dict.fromkeys(
        [
            "APIConnectionError",
            "APIError",
            "APITimeoutError",
            "CursorExpiredError",
            "InvalidRequestError",
            "NotFoundError",
            "ParameterError",
            "RateLimitError",
            "ServerError",
            "UnauthorizedError",
            "UnexpectedResponseError",
            "VoucherifyError",
        ],
        ".errors",
    ),
    "AsyncPager": ".paging",
    "Page": ".paging",
    "SyncPager": ".paging",
    "RateLimit": ".ratelimit",
    "RetryPolicy": ".retries",
}


# Hidden from type checkers: a visible module __getattr__ would make every misspelt name type-check.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name == "__version__":
            value: Any = _version()
        elif name in _MODULES:
            value = getattr(importlib.import_module(_MODULES[name], __name__), name)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value  # later lookups skip this function
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - slow, and rarely needed

    try:
        return version("voucherify-activities")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncVoucherify",
    "AuthenticatedClient",
    "Checkpoint",
    "Client",
    "CursorExpiredError",
    "InvalidRequestError",
    "NotFoundError",
    "Page",
    "ParameterError",
    "RateLimit",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "SyncPager",
    "UnauthorizedError",
    "UnexpectedResponseError",
    "Voucherify",
    "VoucherifyError",
    "__version__",
]
