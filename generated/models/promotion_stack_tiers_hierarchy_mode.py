from typing import Literal, cast

PromotionStackTiersHierarchyMode = Literal["MANUAL"]

PROMOTION_STACK_TIERS_HIERARCHY_MODE_VALUES: set[PromotionStackTiersHierarchyMode] = {
    "MANUAL",
}


def check_promotion_stack_tiers_hierarchy_mode(value: str) -> PromotionStackTiersHierarchyMode:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(PromotionStackTiersHierarchyMode, value)
