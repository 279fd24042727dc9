from typing import Literal, cast

VoucherBalanceObject = Literal["balance"]

VOUCHER_BALANCE_OBJECT_VALUES: set[VoucherBalanceObject] = {
    "balance",
}


def check_voucher_balance_object(value: str) -> VoucherBalanceObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(VoucherBalanceObject, value)
