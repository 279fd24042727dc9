"""Python client for Voucherify's activity-log API (v1 customer, v2 loyalty activities).

The low-level client is generated from the curated OpenAPI document in this project:

    from voucherify_activities import Client
    from voucherify_activities.api import list_program_activities
"""

from importlib.metadata import PackageNotFoundError, version

from ._generated import AuthenticatedClient, Client

try:
    __version__ = version("voucherify-activities")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = ["AuthenticatedClient", "Client", "__version__"]
