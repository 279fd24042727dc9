from typing import Literal, cast

SimpleRedemptionResult = Literal["FAILURE", "SUCCESS"]

SIMPLE_REDEMPTION_RESULT_VALUES: set[SimpleRedemptionResult] = {
    "FAILURE",
    "SUCCESS",
}


def check_simple_redemption_result(value: str) -> SimpleRedemptionResult:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SimpleRedemptionResult, value)
