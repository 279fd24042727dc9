from typing import Literal, cast

VoucherBalanceOperationType = Literal["AUTOMATIC", "MANUAL"]

VOUCHER_BALANCE_OPERATION_TYPE_VALUES: set[VoucherBalanceOperationType] = {
    "AUTOMATIC",
    "MANUAL",
}


def check_voucher_balance_operation_type(value: str) -> VoucherBalanceOperationType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(VoucherBalanceOperationType, value)
