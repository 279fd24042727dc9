from typing import Literal, cast

RedemptionRelatedObjectType = Literal["promotion_tier", "voucher"]

REDEMPTION_RELATED_OBJECT_TYPE_VALUES: set[RedemptionRelatedObjectType] = {
    "promotion_tier",
    "voucher",
}


def check_redemption_related_object_type(value: str) -> RedemptionRelatedObjectType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(RedemptionRelatedObjectType, value)
