from typing import Literal, cast

PeriodUnit = Literal["DAY", "MONTH", "YEAR"]

PERIOD_UNIT_VALUES: set[PeriodUnit] = {
    "DAY",
    "MONTH",
    "YEAR",
}


def check_period_unit(value: str) -> PeriodUnit:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(PeriodUnit, value)
