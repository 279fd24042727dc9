from typing import Literal, cast

PointsBucketObject = Literal["loyalty_points_bucket"]

POINTS_BUCKET_OBJECT_VALUES: set[PointsBucketObject] = {
    "loyalty_points_bucket",
}


def check_points_bucket_object(value: str) -> PointsBucketObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(PointsBucketObject, value)
