from typing import Literal, cast

LoyaltyEarningRulePendingPointsPeriodType = Literal["DAY"]

LOYALTY_EARNING_RULE_PENDING_POINTS_PERIOD_TYPE_VALUES: set[LoyaltyEarningRulePendingPointsPeriodType] = {
    "DAY",
}


def check_loyalty_earning_rule_pending_points_period_type(value: str) -> LoyaltyEarningRulePendingPointsPeriodType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(LoyaltyEarningRulePendingPointsPeriodType, value)
