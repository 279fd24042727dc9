from typing import Literal, cast

SimpleOrderStatus = Literal["CANCELED", "CREATED", "FULFILLED", "PAID"]

SIMPLE_ORDER_STATUS_VALUES: set[SimpleOrderStatus] = {
    "CANCELED",
    "CREATED",
    "FULFILLED",
    "PAID",
}


def check_simple_order_status(value: str) -> SimpleOrderStatus:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SimpleOrderStatus, value)
