from typing import Literal, cast

SimpleRedemptionRewardObject = Literal["reward"]

SIMPLE_REDEMPTION_REWARD_OBJECT_VALUES: set[SimpleRedemptionRewardObject] = {
    "reward",
}


def check_simple_redemption_reward_object(value: str) -> SimpleRedemptionRewardObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SimpleRedemptionRewardObject, value)
