from typing import Literal, cast

CustomerRewardRedemptionActivityType = Literal[
    "customer.reward_redemptions.completed",
    "customer.reward_redemptions.created",
    "customer.reward_redemptions.pending",
    "customer.reward_redemptions.rolledback",
]

CUSTOMER_REWARD_REDEMPTION_ACTIVITY_TYPE_VALUES: set[CustomerRewardRedemptionActivityType] = {
    "customer.reward_redemptions.completed",
    "customer.reward_redemptions.created",
    "customer.reward_redemptions.pending",
    "customer.reward_redemptions.rolledback",
}


def check_customer_reward_redemption_activity_type(value: str) -> CustomerRewardRedemptionActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerRewardRedemptionActivityType, value)
