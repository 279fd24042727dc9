from typing import Literal, cast

ValidityHoursDailyDaysOfWeekItem = Literal[0, 1, 2, 3, 4, 5, 6]

VALIDITY_HOURS_DAILY_DAYS_OF_WEEK_ITEM_VALUES: set[ValidityHoursDailyDaysOfWeekItem] = {
    0,
    1,
    2,
    3,
    4,
    5,
    6,
}


def check_validity_hours_daily_days_of_week_item(value: int) -> ValidityHoursDailyDaysOfWeekItem:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(ValidityHoursDailyDaysOfWeekItem, value)
