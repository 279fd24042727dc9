from typing import Literal, cast

OrderStatus = Literal["CANCELED", "CREATED", "FULFILLED", "PAID"]

ORDER_STATUS_VALUES: set[OrderStatus] = {
    "CANCELED",
    "CREATED",
    "FULFILLED",
    "PAID",
}


def check_order_status(value: str) -> OrderStatus:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(OrderStatus, value)
