from typing import Literal, cast

RedemptionStatus = Literal["FAILED", "SUCCEEDED"]

REDEMPTION_STATUS_VALUES: set[RedemptionStatus] = {
    "FAILED",
    "SUCCEEDED",
}


def check_redemption_status(value: str) -> RedemptionStatus:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(RedemptionStatus, value)
