from typing import Literal, cast

IncentiveType = Literal["DIGITAL", "MATERIAL", "POINTS", "POINTS_PROPORTIONAL"]

INCENTIVE_TYPE_VALUES: set[IncentiveType] = {
    "DIGITAL",
    "MATERIAL",
    "POINTS",
    "POINTS_PROPORTIONAL",
}


def check_incentive_type(value: str) -> IncentiveType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(IncentiveType, value)
