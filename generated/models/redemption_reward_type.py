from typing import Literal, cast

RedemptionRewardType = Literal["CAMPAIGN", "COIN", "MATERIAL"]

REDEMPTION_REWARD_TYPE_VALUES: set[RedemptionRewardType] = {
    "CAMPAIGN",
    "COIN",
    "MATERIAL",
}


def check_redemption_reward_type(value: str) -> RedemptionRewardType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(RedemptionRewardType, value)
