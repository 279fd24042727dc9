from typing import Literal, cast

CustomerActivityOrder = Literal[
    "-campaign",
    "-category",
    "-code",
    "-created_at",
    "-type",
    "-updated_at",
    "campaign",
    "category",
    "code",
    "created_at",
    "type",
    "updated_at",
]

CUSTOMER_ACTIVITY_ORDER_VALUES: set[CustomerActivityOrder] = {
    "-campaign",
    "-category",
    "-code",
    "-created_at",
    "-type",
    "-updated_at",
    "campaign",
    "category",
    "code",
    "created_at",
    "type",
    "updated_at",
}


def check_customer_activity_order(value: str) -> CustomerActivityOrder:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerActivityOrder, value)
