from typing import Literal, cast

ValidationRedeemableRefType = Literal["promotion_tier", "voucher"]

VALIDATION_REDEEMABLE_REF_TYPE_VALUES: set[ValidationRedeemableRefType] = {
    "promotion_tier",
    "voucher",
}


def check_validation_redeemable_ref_type(value: str) -> ValidationRedeemableRefType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(ValidationRedeemableRefType, value)
