from typing import Literal, cast

SegmentObject = Literal["segment"]

SEGMENT_OBJECT_VALUES: set[SegmentObject] = {
    "segment",
}


def check_segment_object(value: str) -> SegmentObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SegmentObject, value)
