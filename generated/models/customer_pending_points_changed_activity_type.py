from typing import Literal, cast

CustomerPendingPointsChangedActivityType = Literal[
    "customer.voucher.loyalty_card.pending_points.added",
    "customer.voucher.loyalty_card.pending_points.canceled",
    "customer.voucher.loyalty_card.pending_points.updated",
]

CUSTOMER_PENDING_POINTS_CHANGED_ACTIVITY_TYPE_VALUES: set[CustomerPendingPointsChangedActivityType] = {
    "customer.voucher.loyalty_card.pending_points.added",
    "customer.voucher.loyalty_card.pending_points.canceled",
    "customer.voucher.loyalty_card.pending_points.updated",
}


def check_customer_pending_points_changed_activity_type(value: str) -> CustomerPendingPointsChangedActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerPendingPointsChangedActivityType, value)
