from typing import Literal, cast

FilterJunction = Literal["AND", "OR"]

FILTER_JUNCTION_VALUES: set[FilterJunction] = {
    "AND",
    "OR",
}


def check_filter_junction(value: str) -> FilterJunction:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(FilterJunction, value)
