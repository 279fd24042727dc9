from typing import Literal, cast

PointsProportionalCalculationType = Literal[
    "CUSTOMER_METADATA_VALUE",
    "ORDER_ITEMS_QUANTITY",
    "ORDER_METADATA_VALUE",
    "POST_DISCOUNT_ORDER_AMOUNT",
    "POST_DISCOUNT_ORDER_ITEMS_AMOUNT",
    "PRE_DISCOUNT_ORDER_AMOUNT",
    "PRE_DISCOUNT_ORDER_ITEMS_AMOUNT",
]

POINTS_PROPORTIONAL_CALCULATION_TYPE_VALUES: set[PointsProportionalCalculationType] = {
    "CUSTOMER_METADATA_VALUE",
    "ORDER_ITEMS_QUANTITY",
    "ORDER_METADATA_VALUE",
    "POST_DISCOUNT_ORDER_AMOUNT",
    "POST_DISCOUNT_ORDER_ITEMS_AMOUNT",
    "PRE_DISCOUNT_ORDER_AMOUNT",
    "PRE_DISCOUNT_ORDER_ITEMS_AMOUNT",
}


def check_points_proportional_calculation_type(value: str) -> PointsProportionalCalculationType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(PointsProportionalCalculationType, value)
