from typing import Literal, cast

CustomerCustomEventActivityType = Literal["customer.custom_event"]

CUSTOMER_CUSTOM_EVENT_ACTIVITY_TYPE_VALUES: set[CustomerCustomEventActivityType] = {
    "customer.custom_event",
}


def check_customer_custom_event_activity_type(value: str) -> CustomerCustomEventActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerCustomEventActivityType, value)
