from typing import Literal, cast

PointsExpirationType = Literal["CALENDAR_EXPIRATION", "NO_EXPIRATION", "ROLLING_EXPIRATION", "SLIDING_EXPIRATION"]

POINTS_EXPIRATION_TYPE_VALUES: set[PointsExpirationType] = {
    "CALENDAR_EXPIRATION",
    "NO_EXPIRATION",
    "ROLLING_EXPIRATION",
    "SLIDING_EXPIRATION",
}


def check_points_expiration_type(value: str) -> PointsExpirationType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(PointsExpirationType, value)
