from typing import Literal, cast

VoucherBalanceType = Literal["gift_voucher", "loyalty_card"]

VOUCHER_BALANCE_TYPE_VALUES: set[VoucherBalanceType] = {
    "gift_voucher",
    "loyalty_card",
}


def check_voucher_balance_type(value: str) -> VoucherBalanceType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(VoucherBalanceType, value)
