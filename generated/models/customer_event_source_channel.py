from typing import Literal, cast

CustomerEventSourceChannel = Literal["API", "CLIENT_API", "INTERNAL", "USER_PORTAL"]

CUSTOMER_EVENT_SOURCE_CHANNEL_VALUES: set[CustomerEventSourceChannel] = {
    "API",
    "CLIENT_API",
    "INTERNAL",
    "USER_PORTAL",
}


def check_customer_event_source_channel(value: str) -> CustomerEventSourceChannel:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerEventSourceChannel, value)
