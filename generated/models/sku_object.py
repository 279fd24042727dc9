from typing import Literal, cast

SkuObject = Literal["sku"]

SKU_OBJECT_VALUES: set[SkuObject] = {
    "sku",
}


def check_sku_object(value: str) -> SkuObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SkuObject, value)
