from typing import Literal, cast

ValidationStatus = Literal["INVALID", "VALID"]

VALIDATION_STATUS_VALUES: set[ValidationStatus] = {
    "INVALID",
    "VALID",
}


def check_validation_status(value: str) -> ValidationStatus:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(ValidationStatus, value)
