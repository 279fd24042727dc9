from typing import Literal, cast

CustomerPointsTransferredActivityType = Literal["customer.voucher.loyalty_card.points_transferred"]

CUSTOMER_POINTS_TRANSFERRED_ACTIVITY_TYPE_VALUES: set[CustomerPointsTransferredActivityType] = {
    "customer.voucher.loyalty_card.points_transferred",
}


def check_customer_points_transferred_activity_type(value: str) -> CustomerPointsTransferredActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerPointsTransferredActivityType, value)
