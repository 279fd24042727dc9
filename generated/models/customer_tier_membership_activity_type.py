from typing import Literal, cast

CustomerTierMembershipActivityType = Literal[
    "customer.loyalty.tier.joined", "customer.loyalty.tier.left", "customer.loyalty.tier.prolonged"
]

CUSTOMER_TIER_MEMBERSHIP_ACTIVITY_TYPE_VALUES: set[CustomerTierMembershipActivityType] = {
    "customer.loyalty.tier.joined",
    "customer.loyalty.tier.left",
    "customer.loyalty.tier.prolonged",
}


def check_customer_tier_membership_activity_type(value: str) -> CustomerTierMembershipActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerTierMembershipActivityType, value)
