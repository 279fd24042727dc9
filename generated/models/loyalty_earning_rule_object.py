from typing import Literal, cast

LoyaltyEarningRuleObject = Literal["earning_rule"]

LOYALTY_EARNING_RULE_OBJECT_VALUES: set[LoyaltyEarningRuleObject] = {
    "earning_rule",
}


def check_loyalty_earning_rule_object(value: str) -> LoyaltyEarningRuleObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(LoyaltyEarningRuleObject, value)
