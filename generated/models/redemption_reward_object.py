from typing import Literal, cast

RedemptionRewardObject = Literal["reward"]

REDEMPTION_REWARD_OBJECT_VALUES: set[RedemptionRewardObject] = {
    "reward",
}


def check_redemption_reward_object(value: str) -> RedemptionRewardObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(RedemptionRewardObject, value)
