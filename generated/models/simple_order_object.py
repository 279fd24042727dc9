from typing import Literal, cast

SimpleOrderObject = Literal["order"]

SIMPLE_ORDER_OBJECT_VALUES: set[SimpleOrderObject] = {
    "order",
}


def check_simple_order_object(value: str) -> SimpleOrderObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SimpleOrderObject, value)
