from typing import Literal, cast

CustomerValidationActivityType = Literal["customer.validation.failed", "customer.validation.succeeded"]

CUSTOMER_VALIDATION_ACTIVITY_TYPE_VALUES: set[CustomerValidationActivityType] = {
    "customer.validation.failed",
    "customer.validation.succeeded",
}


def check_customer_validation_activity_type(value: str) -> CustomerValidationActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerValidationActivityType, value)
