from typing import Literal, cast

SimpleRedemptionRewardType = Literal["CAMPAIGN", "COIN", "MATERIAL"]

SIMPLE_REDEMPTION_REWARD_TYPE_VALUES: set[SimpleRedemptionRewardType] = {
    "CAMPAIGN",
    "COIN",
    "MATERIAL",
}


def check_simple_redemption_reward_type(value: str) -> SimpleRedemptionRewardType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SimpleRedemptionRewardType, value)
