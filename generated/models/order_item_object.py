from typing import Literal, cast

OrderItemObject = Literal["order_item"]

ORDER_ITEM_OBJECT_VALUES: set[OrderItemObject] = {
    "order_item",
}


def check_order_item_object(value: str) -> OrderItemObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(OrderItemObject, value)
