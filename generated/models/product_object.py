from typing import Literal, cast

ProductObject = Literal["product"]

PRODUCT_OBJECT_VALUES: set[ProductObject] = {
    "product",
}


def check_product_object(value: str) -> ProductObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(ProductObject, value)
