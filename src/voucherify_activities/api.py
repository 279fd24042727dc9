"""The four list operations, as generated: each module has sync, sync_detailed, asyncio, asyncio_detailed."""

from ._generated.api.activities import (
    list_customer_activities,
    list_earning_rule_activities,
    list_incentive_activities,
    list_program_activities,
)

__all__ = [
    "list_customer_activities",
    "list_earning_rule_activities",
    "list_incentive_activities",
    "list_program_activities",
]
