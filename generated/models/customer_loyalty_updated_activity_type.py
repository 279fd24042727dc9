from typing import Literal, cast

CustomerLoyaltyUpdatedActivityType = Literal["customer.loyalty.updated"]

CUSTOMER_LOYALTY_UPDATED_ACTIVITY_TYPE_VALUES: set[CustomerLoyaltyUpdatedActivityType] = {
    "customer.loyalty.updated",
}


def check_customer_loyalty_updated_activity_type(value: str) -> CustomerLoyaltyUpdatedActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerLoyaltyUpdatedActivityType, value)
