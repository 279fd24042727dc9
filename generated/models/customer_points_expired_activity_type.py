from typing import Literal, cast

CustomerPointsExpiredActivityType = Literal["customer.voucher.loyalty_card.points_expired"]

CUSTOMER_POINTS_EXPIRED_ACTIVITY_TYPE_VALUES: set[CustomerPointsExpiredActivityType] = {
    "customer.voucher.loyalty_card.points_expired",
}


def check_customer_points_expired_activity_type(value: str) -> CustomerPointsExpiredActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerPointsExpiredActivityType, value)
