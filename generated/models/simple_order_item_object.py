from typing import Literal, cast

SimpleOrderItemObject = Literal["order_item"]

SIMPLE_ORDER_ITEM_OBJECT_VALUES: set[SimpleOrderItemObject] = {
    "order_item",
}


def check_simple_order_item_object(value: str) -> SimpleOrderItemObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SimpleOrderItemObject, value)
