from typing import Literal, cast

ActivityOrder = Literal["-created_at", "created_at"]

ACTIVITY_ORDER_VALUES: set[ActivityOrder] = {
    "-created_at",
    "created_at",
}


def check_activity_order(value: str) -> ActivityOrder:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(ActivityOrder, value)
