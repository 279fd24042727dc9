from typing import Literal, cast

EarningRuleActivityType = Literal[
    "vl.earning_rule.activated",
    "vl.earning_rule.assigned",
    "vl.earning_rule.created",
    "vl.earning_rule.deactivated",
    "vl.earning_rule.deleted",
    "vl.earning_rule.drafted",
    "vl.earning_rule.unassigned",
    "vl.earning_rule.updated",
]

EARNING_RULE_ACTIVITY_TYPE_VALUES: set[EarningRuleActivityType] = {
    "vl.earning_rule.activated",
    "vl.earning_rule.assigned",
    "vl.earning_rule.created",
    "vl.earning_rule.deactivated",
    "vl.earning_rule.deleted",
    "vl.earning_rule.drafted",
    "vl.earning_rule.unassigned",
    "vl.earning_rule.updated",
}


def check_earning_rule_activity_type(value: str) -> EarningRuleActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(EarningRuleActivityType, value)
