from typing import Literal, cast

RewardAssignmentObject = Literal["reward_assignment"]

REWARD_ASSIGNMENT_OBJECT_VALUES: set[RewardAssignmentObject] = {
    "reward_assignment",
}


def check_reward_assignment_object(value: str) -> RewardAssignmentObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(RewardAssignmentObject, value)
