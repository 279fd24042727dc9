"""A stateful mock of Voucherify's four activity-log endpoints.

    from voucherify_activities.conformance.mock import MockConfig, MockServer

    with MockServer(MockConfig(seed=7, size=10_000)) as mock:
        ...  # requests to mock.base_url, with any X-App-Id + X-App-Token pair

`MockApp` is the ASGI application itself, for running under another server or in-process.
The server needs the `mock` extra (uvicorn); `MockApp` needs only jsonschema.
"""

from __future__ import annotations

from .app import MockApp, Response
from .config import MockConfig
from .dataset import Dataset, generate
from .loader import DataFileError, load_file
from .server import MockServer

__all__ = ["DataFileError", "Dataset", "MockApp", "MockConfig", "MockServer", "Response", "generate", "load_file"]
