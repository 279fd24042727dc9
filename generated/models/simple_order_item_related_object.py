from typing import Literal, cast

SimpleOrderItemRelatedObject = Literal["product", "sku"]

SIMPLE_ORDER_ITEM_RELATED_OBJECT_VALUES: set[SimpleOrderItemRelatedObject] = {
    "product",
    "sku",
}


def check_simple_order_item_related_object(value: str) -> SimpleOrderItemRelatedObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SimpleOrderItemRelatedObject, value)
