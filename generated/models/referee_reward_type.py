from typing import Literal, cast

RefereeRewardType = Literal["GIFT_VOUCHER", "LOYALTY_CARD"]

REFEREE_REWARD_TYPE_VALUES: set[RefereeRewardType] = {
    "GIFT_VOUCHER",
    "LOYALTY_CARD",
}


def check_referee_reward_type(value: str) -> RefereeRewardType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(RefereeRewardType, value)
