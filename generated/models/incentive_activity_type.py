from typing import Literal, cast

IncentiveActivityType = Literal[
    "vl.incentive.activated",
    "vl.incentive.created",
    "vl.incentive.deleted",
    "vl.incentive.drafted",
    "vl.incentive.updated",
]

INCENTIVE_ACTIVITY_TYPE_VALUES: set[IncentiveActivityType] = {
    "vl.incentive.activated",
    "vl.incentive.created",
    "vl.incentive.deleted",
    "vl.incentive.drafted",
    "vl.incentive.updated",
}


def check_incentive_activity_type(value: str) -> IncentiveActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(IncentiveActivityType, value)
