"""Python client for Voucherify's activity-log API (v1 customer, v2 loyalty activities).

    from voucherify_activities import Voucherify

    with Voucherify(app_id="...", app_token="...") as client:
        for activity in client.list_program_activities("lprg_0a1b2c3d4e5f", types=["vl.program.updated"]):
            print(activity.created_at, activity.type)

``AsyncVoucherify`` does the same with ``async for``. The generated low-level client is here too
(``Client``, ``AuthenticatedClient``, ``voucherify_activities.api``, ``voucherify_activities.models``).
"""

from importlib.metadata import PackageNotFoundError, version

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

try:
    __version__ = version("voucherify-activities")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

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
