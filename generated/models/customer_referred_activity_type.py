from typing import Literal, cast

CustomerReferredActivityType = Literal["customer.referred"]

CUSTOMER_REFERRED_ACTIVITY_TYPE_VALUES: set[CustomerReferredActivityType] = {
    "customer.referred",
}


def check_customer_referred_activity_type(value: str) -> CustomerReferredActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerReferredActivityType, value)
