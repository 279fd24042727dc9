from typing import Literal, cast

RedemptionResult = Literal["FAILURE", "SUCCESS"]

REDEMPTION_RESULT_VALUES: set[RedemptionResult] = {
    "FAILURE",
    "SUCCESS",
}


def check_redemption_result(value: str) -> RedemptionResult:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(RedemptionResult, value)
