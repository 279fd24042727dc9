from typing import Literal, cast

CustomerOrderActivityType = Literal[
    "customer.order.canceled",
    "customer.order.created",
    "customer.order.fulfilled",
    "customer.order.paid",
    "customer.order.processing",
    "customer.order.updated",
]

CUSTOMER_ORDER_ACTIVITY_TYPE_VALUES: set[CustomerOrderActivityType] = {
    "customer.order.canceled",
    "customer.order.created",
    "customer.order.fulfilled",
    "customer.order.paid",
    "customer.order.processing",
    "customer.order.updated",
}


def check_customer_order_activity_type(value: str) -> CustomerOrderActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerOrderActivityType, value)
