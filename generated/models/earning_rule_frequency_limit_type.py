from typing import Literal, cast

EarningRuleFrequencyLimitType = Literal["TIME_BASED"]

EARNING_RULE_FREQUENCY_LIMIT_TYPE_VALUES: set[EarningRuleFrequencyLimitType] = {
    "TIME_BASED",
}


def check_earning_rule_frequency_limit_type(value: str) -> EarningRuleFrequencyLimitType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(EarningRuleFrequencyLimitType, value)
