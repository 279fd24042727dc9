from typing import Literal, cast

PointsProportionalApplicableToType = Literal["product", "products_collection", "sku"]

POINTS_PROPORTIONAL_APPLICABLE_TO_TYPE_VALUES: set[PointsProportionalApplicableToType] = {
    "product",
    "products_collection",
    "sku",
}


def check_points_proportional_applicable_to_type(value: str) -> PointsProportionalApplicableToType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(PointsProportionalApplicableToType, value)
