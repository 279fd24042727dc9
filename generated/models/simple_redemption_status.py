from typing import Literal, cast

SimpleRedemptionStatus = Literal["FAILED", "ROLLED BACK", "SUCCEEDED"]

SIMPLE_REDEMPTION_STATUS_VALUES: set[SimpleRedemptionStatus] = {
    "FAILED",
    "ROLLED BACK",
    "SUCCEEDED",
}


def check_simple_redemption_status(value: str) -> SimpleRedemptionStatus:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SimpleRedemptionStatus, value)
