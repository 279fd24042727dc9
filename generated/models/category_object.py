from typing import Literal, cast

CategoryObject = Literal["category"]

CATEGORY_OBJECT_VALUES: set[CategoryObject] = {
    "category",
}


def check_category_object(value: str) -> CategoryObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CategoryObject, value)
