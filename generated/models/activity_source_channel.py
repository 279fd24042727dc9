from typing import Literal, cast

ActivitySourceChannel = Literal["API", "CLIENT_API", "INTERNAL", "USER_PORTAL"]

ACTIVITY_SOURCE_CHANNEL_VALUES: set[ActivitySourceChannel] = {
    "API",
    "CLIENT_API",
    "INTERNAL",
    "USER_PORTAL",
}


def check_activity_source_channel(value: str) -> ActivitySourceChannel:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(ActivitySourceChannel, value)
