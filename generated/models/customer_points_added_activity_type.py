from typing import Literal, cast

CustomerPointsAddedActivityType = Literal["customer.voucher.loyalty_card.points_added"]

CUSTOMER_POINTS_ADDED_ACTIVITY_TYPE_VALUES: set[CustomerPointsAddedActivityType] = {
    "customer.voucher.loyalty_card.points_added",
}


def check_customer_points_added_activity_type(value: str) -> CustomerPointsAddedActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerPointsAddedActivityType, value)
