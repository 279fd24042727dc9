from typing import Literal, cast

CustomerPointsActivatedActivityType = Literal["customer.voucher.loyalty_card.points_activated"]

CUSTOMER_POINTS_ACTIVATED_ACTIVITY_TYPE_VALUES: set[CustomerPointsActivatedActivityType] = {
    "customer.voucher.loyalty_card.points_activated",
}


def check_customer_points_activated_activity_type(value: str) -> CustomerPointsActivatedActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerPointsActivatedActivityType, value)
