from typing import Literal, cast

EarningRuleFrequencyType = Literal["LIMITED", "NO_LIMIT"]

EARNING_RULE_FREQUENCY_TYPE_VALUES: set[EarningRuleFrequencyType] = {
    "LIMITED",
    "NO_LIMIT",
}


def check_earning_rule_frequency_type(value: str) -> EarningRuleFrequencyType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(EarningRuleFrequencyType, value)
