from typing import Literal, cast

EarningTierRulesType = Literal["ANY_OF", "NO_REQUIREMENTS"]

EARNING_TIER_RULES_TYPE_VALUES: set[EarningTierRulesType] = {
    "ANY_OF",
    "NO_REQUIREMENTS",
}


def check_earning_tier_rules_type(value: str) -> EarningTierRulesType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(EarningTierRulesType, value)
