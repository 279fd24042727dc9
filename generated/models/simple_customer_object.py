from typing import Literal, cast

SimpleCustomerObject = Literal["customer"]

SIMPLE_CUSTOMER_OBJECT_VALUES: set[SimpleCustomerObject] = {
    "customer",
}


def check_simple_customer_object(value: str) -> SimpleCustomerObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SimpleCustomerObject, value)
