from typing import Literal, cast

CustomerObject = Literal["customer"]

CUSTOMER_OBJECT_VALUES: set[CustomerObject] = {
    "customer",
}


def check_customer_object(value: str) -> CustomerObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerObject, value)
