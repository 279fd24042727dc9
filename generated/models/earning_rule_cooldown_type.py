from typing import Literal, cast

EarningRuleCooldownType = Literal["FIXED_COOLDOWN", "NO_COOLDOWN"]

EARNING_RULE_COOLDOWN_TYPE_VALUES: set[EarningRuleCooldownType] = {
    "FIXED_COOLDOWN",
    "NO_COOLDOWN",
}


def check_earning_rule_cooldown_type(value: str) -> EarningRuleCooldownType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(EarningRuleCooldownType, value)
