from typing import Literal, cast

LoyaltyPointsExpirationRulesRoundingType = Literal[
    "END_OF_HALF_YEAR", "END_OF_MONTH", "END_OF_QUARTER", "END_OF_YEAR", "PARTICULAR_MONTH"
]

LOYALTY_POINTS_EXPIRATION_RULES_ROUNDING_TYPE_VALUES: set[LoyaltyPointsExpirationRulesRoundingType] = {
    "END_OF_HALF_YEAR",
    "END_OF_MONTH",
    "END_OF_QUARTER",
    "END_OF_YEAR",
    "PARTICULAR_MONTH",
}


def check_loyalty_points_expiration_rules_rounding_type(value: str) -> LoyaltyPointsExpirationRulesRoundingType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(LoyaltyPointsExpirationRulesRoundingType, value)
