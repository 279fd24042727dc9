from typing import Literal, cast

PointsRollingRoundingType = Literal[
    "END_OF_HALF_YEAR", "END_OF_MONTH", "END_OF_PARTICULAR_MONTH", "END_OF_QUARTER", "END_OF_YEAR"
]

POINTS_ROLLING_ROUNDING_TYPE_VALUES: set[PointsRollingRoundingType] = {
    "END_OF_HALF_YEAR",
    "END_OF_MONTH",
    "END_OF_PARTICULAR_MONTH",
    "END_OF_QUARTER",
    "END_OF_YEAR",
}


def check_points_rolling_rounding_type(value: str) -> PointsRollingRoundingType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(PointsRollingRoundingType, value)
