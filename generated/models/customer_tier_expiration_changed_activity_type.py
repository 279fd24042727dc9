from typing import Literal, cast

CustomerTierExpirationChangedActivityType = Literal["customer.loyalty.tier.expiration.changed"]

CUSTOMER_TIER_EXPIRATION_CHANGED_ACTIVITY_TYPE_VALUES: set[CustomerTierExpirationChangedActivityType] = {
    "customer.loyalty.tier.expiration.changed",
}


def check_customer_tier_expiration_changed_activity_type(value: str) -> CustomerTierExpirationChangedActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerTierExpirationChangedActivityType, value)
