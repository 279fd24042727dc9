from typing import Literal, cast

LoyaltyEarningRuleSourceObjectType = Literal["campaign"]

LOYALTY_EARNING_RULE_SOURCE_OBJECT_TYPE_VALUES: set[LoyaltyEarningRuleSourceObjectType] = {
    "campaign",
}


def check_loyalty_earning_rule_source_object_type(value: str) -> LoyaltyEarningRuleSourceObjectType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(LoyaltyEarningRuleSourceObjectType, value)
