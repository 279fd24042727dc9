from typing import Literal, cast

RewardAssignmentRelatedObjectType = Literal["campaign"]

REWARD_ASSIGNMENT_RELATED_OBJECT_TYPE_VALUES: set[RewardAssignmentRelatedObjectType] = {
    "campaign",
}


def check_reward_assignment_related_object_type(value: str) -> RewardAssignmentRelatedObjectType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(RewardAssignmentRelatedObjectType, value)
