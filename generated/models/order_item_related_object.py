from typing import Literal, cast

OrderItemRelatedObject = Literal["product", "sku"]

ORDER_ITEM_RELATED_OBJECT_VALUES: set[OrderItemRelatedObject] = {
    "product",
    "sku",
}


def check_order_item_related_object(value: str) -> OrderItemRelatedObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(OrderItemRelatedObject, value)
