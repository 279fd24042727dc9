from typing import Literal, cast

EarningRuleFrequencyPeriodType = Literal["CURRENT_PERIOD"]

EARNING_RULE_FREQUENCY_PERIOD_TYPE_VALUES: set[EarningRuleFrequencyPeriodType] = {
    "CURRENT_PERIOD",
}


def check_earning_rule_frequency_period_type(value: str) -> EarningRuleFrequencyPeriodType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(EarningRuleFrequencyPeriodType, value)
