from typing import Literal, cast

CustomerPublicationActivityType = Literal["customer.publication.failed", "customer.publication.succeeded"]

CUSTOMER_PUBLICATION_ACTIVITY_TYPE_VALUES: set[CustomerPublicationActivityType] = {
    "customer.publication.failed",
    "customer.publication.succeeded",
}


def check_customer_publication_activity_type(value: str) -> CustomerPublicationActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerPublicationActivityType, value)
