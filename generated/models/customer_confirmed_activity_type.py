from typing import Literal, cast

CustomerConfirmedActivityType = Literal["customer.confirmed"]

CUSTOMER_CONFIRMED_ACTIVITY_TYPE_VALUES: set[CustomerConfirmedActivityType] = {
    "customer.confirmed",
}


def check_customer_confirmed_activity_type(value: str) -> CustomerConfirmedActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerConfirmedActivityType, value)
