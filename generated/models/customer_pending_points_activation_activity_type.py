from typing import Literal, cast

CustomerPendingPointsActivationActivityType = Literal["customer.voucher.loyalty_card.pending_points.activated"]

CUSTOMER_PENDING_POINTS_ACTIVATION_ACTIVITY_TYPE_VALUES: set[CustomerPendingPointsActivationActivityType] = {
    "customer.voucher.loyalty_card.pending_points.activated",
}


def check_customer_pending_points_activation_activity_type(value: str) -> CustomerPendingPointsActivationActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerPendingPointsActivationActivityType, value)
