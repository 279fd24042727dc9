from typing import Literal, cast

PendingPointsEventType = Literal["customer.order.paid"]

PENDING_POINTS_EVENT_TYPE_VALUES: set[PendingPointsEventType] = {
    "customer.order.paid",
}


def check_pending_points_event_type(value: str) -> PendingPointsEventType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(PendingPointsEventType, value)
