from typing import Literal, cast

LoyaltyTierObject = Literal["loyalty_tier"]

LOYALTY_TIER_OBJECT_VALUES: set[LoyaltyTierObject] = {
    "loyalty_tier",
}


def check_loyalty_tier_object(value: str) -> LoyaltyTierObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(LoyaltyTierObject, value)
