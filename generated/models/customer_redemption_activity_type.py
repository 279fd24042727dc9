from typing import Literal, cast

CustomerRedemptionActivityType = Literal["customer.redemption.failed", "customer.redemption.succeeded"]

CUSTOMER_REDEMPTION_ACTIVITY_TYPE_VALUES: set[CustomerRedemptionActivityType] = {
    "customer.redemption.failed",
    "customer.redemption.succeeded",
}


def check_customer_redemption_activity_type(value: str) -> CustomerRedemptionActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerRedemptionActivityType, value)
