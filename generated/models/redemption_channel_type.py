from typing import Literal, cast

RedemptionChannelType = Literal["API", "USER"]

REDEMPTION_CHANNEL_TYPE_VALUES: set[RedemptionChannelType] = {
    "API",
    "USER",
}


def check_redemption_channel_type(value: str) -> RedemptionChannelType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(RedemptionChannelType, value)
