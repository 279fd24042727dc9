"""The four list operations, as generated: each module has sync, sync_detailed, asyncio, asyncio_detailed.

Each is imported on first use (PEP 562), with the models its pages need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._generated.api.activities import (
        list_customer_activities,
        list_earning_rule_activities,
        list_incentive_activities,
        list_program_activities,
    )

ENDPOINTS_PACKAGE = "voucherify_activities._generated.api.activities"

__all__ = [
    "list_customer_activities",
    "list_earning_rule_activities",
    "list_incentive_activities",
    "list_program_activities",
]


# Hidden from type checkers: a visible module __getattr__ would make every misspelt name type-check.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        module = importlib.import_module(f"{ENDPOINTS_PACKAGE}.{name}")
        globals()[name] = module
        return module


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
