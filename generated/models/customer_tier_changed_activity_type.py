from typing import Literal, cast

CustomerTierChangedActivityType = Literal["customer.loyalty.tier.downgraded", "customer.loyalty.tier.upgraded"]

CUSTOMER_TIER_CHANGED_ACTIVITY_TYPE_VALUES: set[CustomerTierChangedActivityType] = {
    "customer.loyalty.tier.downgraded",
    "customer.loyalty.tier.upgraded",
}


def check_customer_tier_changed_activity_type(value: str) -> CustomerTierChangedActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerTierChangedActivityType, value)
