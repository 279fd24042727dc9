from typing import Literal, cast

SimpleEventCategory = Literal["ACTION", "EFFECT"]

SIMPLE_EVENT_CATEGORY_VALUES: set[SimpleEventCategory] = {
    "ACTION",
    "EFFECT",
}


def check_simple_event_category(value: str) -> SimpleEventCategory:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SimpleEventCategory, value)
