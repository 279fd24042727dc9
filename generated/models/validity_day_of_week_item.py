from typing import Literal, cast

ValidityDayOfWeekItem = Literal[0, 1, 2, 3, 4, 5, 6]

VALIDITY_DAY_OF_WEEK_ITEM_VALUES: set[ValidityDayOfWeekItem] = {
    0,
    1,
    2,
    3,
    4,
    5,
    6,
}


def check_validity_day_of_week_item(value: int) -> ValidityDayOfWeekItem:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(ValidityDayOfWeekItem, value)
