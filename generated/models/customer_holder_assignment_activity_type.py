from typing import Literal, cast

CustomerHolderAssignmentActivityType = Literal[
    "customer.holder.assignment.created", "customer.holder.assignment.deleted"
]

CUSTOMER_HOLDER_ASSIGNMENT_ACTIVITY_TYPE_VALUES: set[CustomerHolderAssignmentActivityType] = {
    "customer.holder.assignment.created",
    "customer.holder.assignment.deleted",
}


def check_customer_holder_assignment_activity_type(value: str) -> CustomerHolderAssignmentActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerHolderAssignmentActivityType, value)
