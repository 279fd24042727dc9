from typing import Literal, cast

CustomerProfileActivityType = Literal["customer.created", "customer.deleted", "customer.updated"]

CUSTOMER_PROFILE_ACTIVITY_TYPE_VALUES: set[CustomerProfileActivityType] = {
    "customer.created",
    "customer.deleted",
    "customer.updated",
}


def check_customer_profile_activity_type(value: str) -> CustomerProfileActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerProfileActivityType, value)
