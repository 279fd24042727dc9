from typing import Literal, cast

RedemptionChannelChannelType = Literal["API", "AUTO_REDEEM", "USER"]

REDEMPTION_CHANNEL_CHANNEL_TYPE_VALUES: set[RedemptionChannelChannelType] = {
    "API",
    "AUTO_REDEEM",
    "USER",
}


def check_redemption_channel_channel_type(value: str) -> RedemptionChannelChannelType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(RedemptionChannelChannelType, value)
