from typing import Literal, cast

CustomerRedemptionRollbackActivityType = Literal[
    "customer.redemption.rollback.failed", "customer.redemption.rollback.succeeded"
]

CUSTOMER_REDEMPTION_ROLLBACK_ACTIVITY_TYPE_VALUES: set[CustomerRedemptionRollbackActivityType] = {
    "customer.redemption.rollback.failed",
    "customer.redemption.rollback.succeeded",
}


def check_customer_redemption_rollback_activity_type(value: str) -> CustomerRedemptionRollbackActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerRedemptionRollbackActivityType, value)
