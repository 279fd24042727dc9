from typing import Literal, cast

CustomEventObject = Literal["event"]

CUSTOM_EVENT_OBJECT_VALUES: set[CustomEventObject] = {
    "event",
}


def check_custom_event_object(value: str) -> CustomEventObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomEventObject, value)
