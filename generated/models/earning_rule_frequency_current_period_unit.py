from typing import Literal, cast

EarningRuleFrequencyCurrentPeriodUnit = Literal["DAY", "MONTH", "QUARTER", "WEEK", "YEAR"]

EARNING_RULE_FREQUENCY_CURRENT_PERIOD_UNIT_VALUES: set[EarningRuleFrequencyCurrentPeriodUnit] = {
    "DAY",
    "MONTH",
    "QUARTER",
    "WEEK",
    "YEAR",
}


def check_earning_rule_frequency_current_period_unit(value: str) -> EarningRuleFrequencyCurrentPeriodUnit:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(EarningRuleFrequencyCurrentPeriodUnit, value)
