"""Voucherify's error body, and the exception the request handlers raise to produce one."""

from __future__ import annotations

import os
from typing import Any

from .templates import dumps

REASONS = {
    400: "Invalid query params",
    401: "Unauthorized",
    404: "Resource not found",
    405: "Method not allowed",
    429: "Too many requests hit the API too quickly.",
    503: "Service unavailable",
}

MESSAGES = {"invalid_path_params": "Invalid path params", "too_many_requests": REASONS[429]}


def request_id() -> str:
    """A fresh id in Voucherify's request-id form, `v-` and 18 hex digits."""
    return "v-" + os.urandom(9).hex()


class ApiError(Exception):
    """An error response: status, Voucherify `key`, and the detail naming what was wrong."""

    def __init__(self, status: int, key: str, details: str | None = None, **extra: str) -> None:
        super().__init__(f"{status} {key}: {details}")
        self.status = status
        self.key = key
        self.details = details
        self.extra = extra

    def body(self) -> bytes:
        message = MESSAGES.get(self.key) or REASONS.get(self.status, "Error")
        payload: dict[str, Any] = {"code": self.status, "key": self.key, "message": message}
        if self.details:
            payload["details"] = self.details
        payload["request_id"] = request_id()
        payload.update(self.extra)
        return dumps(payload)


def invalid_query(details: str) -> ApiError:
    return ApiError(400, "invalid_query_params", details)


def not_found(resource_type: str, resource_id: str, label: str) -> ApiError:
    return ApiError(
        404,
        "not_found",
        f"Cannot find {label} with id {resource_id}",
        resource_id=resource_id,
        resource_type=resource_type,
    )
