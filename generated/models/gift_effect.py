from typing import Literal, cast

GiftEffect = Literal["APPLY_TO_ITEMS", "APPLY_TO_ORDER"]

GIFT_EFFECT_VALUES: set[GiftEffect] = {
    "APPLY_TO_ITEMS",
    "APPLY_TO_ORDER",
}


def check_gift_effect(value: str) -> GiftEffect:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(GiftEffect, value)
