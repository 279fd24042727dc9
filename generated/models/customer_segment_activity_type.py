from typing import Literal, cast

CustomerSegmentActivityType = Literal["customer.segment.entered", "customer.segment.left"]

CUSTOMER_SEGMENT_ACTIVITY_TYPE_VALUES: set[CustomerSegmentActivityType] = {
    "customer.segment.entered",
    "customer.segment.left",
}


def check_customer_segment_activity_type(value: str) -> CustomerSegmentActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerSegmentActivityType, value)
