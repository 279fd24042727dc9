from typing import Literal, cast

IncentiveStatus = Literal["ACTIVE", "DELETED", "DRAFT"]

INCENTIVE_STATUS_VALUES: set[IncentiveStatus] = {
    "ACTIVE",
    "DELETED",
    "DRAFT",
}


def check_incentive_status(value: str) -> IncentiveStatus:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(IncentiveStatus, value)
