from typing import Literal, cast

LoyaltyPointsExpirationRulesPeriodType = Literal["FIXED_DAY_OF_YEAR", "MONTH"]

LOYALTY_POINTS_EXPIRATION_RULES_PERIOD_TYPE_VALUES: set[LoyaltyPointsExpirationRulesPeriodType] = {
    "FIXED_DAY_OF_YEAR",
    "MONTH",
}


def check_loyalty_points_expiration_rules_period_type(value: str) -> LoyaltyPointsExpirationRulesPeriodType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(LoyaltyPointsExpirationRulesPeriodType, value)
