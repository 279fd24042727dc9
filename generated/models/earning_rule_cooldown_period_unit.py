from typing import Literal, cast

EarningRuleCooldownPeriodUnit = Literal["DAY", "HOUR", "MONTH", "WEEK", "YEAR"]

EARNING_RULE_COOLDOWN_PERIOD_UNIT_VALUES: set[EarningRuleCooldownPeriodUnit] = {
    "DAY",
    "HOUR",
    "MONTH",
    "WEEK",
    "YEAR",
}


def check_earning_rule_cooldown_period_unit(value: str) -> EarningRuleCooldownPeriodUnit:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(EarningRuleCooldownPeriodUnit, value)
