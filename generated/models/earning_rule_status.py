from typing import Literal, cast

EarningRuleStatus = Literal["ACTIVE", "DELETED", "DRAFT", "INACTIVE"]

EARNING_RULE_STATUS_VALUES: set[EarningRuleStatus] = {
    "ACTIVE",
    "DELETED",
    "DRAFT",
    "INACTIVE",
}


def check_earning_rule_status(value: str) -> EarningRuleStatus:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(EarningRuleStatus, value)
