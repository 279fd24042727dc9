from typing import Literal, cast

VoucherBalanceRelatedObjectType = Literal["voucher"]

VOUCHER_BALANCE_RELATED_OBJECT_TYPE_VALUES: set[VoucherBalanceRelatedObjectType] = {
    "voucher",
}


def check_voucher_balance_related_object_type(value: str) -> VoucherBalanceRelatedObjectType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(VoucherBalanceRelatedObjectType, value)
