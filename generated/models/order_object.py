from typing import Literal, cast

OrderObject = Literal["order"]

ORDER_OBJECT_VALUES: set[OrderObject] = {
    "order",
}


def check_order_object(value: str) -> OrderObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(OrderObject, value)
