from typing import Literal, cast

PendingPointsEventCategory = Literal["ACTION", "EFFECT"]

PENDING_POINTS_EVENT_CATEGORY_VALUES: set[PendingPointsEventCategory] = {
    "ACTION",
    "EFFECT",
}


def check_pending_points_event_category(value: str) -> PendingPointsEventCategory:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(PendingPointsEventCategory, value)
