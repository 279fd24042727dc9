from typing import Literal, cast

VoucherTransactionType = Literal[
    "CREDITS_ADDITION",
    "CREDITS_REDEMPTION",
    "CREDITS_REFUND",
    "CREDITS_REMOVAL",
    "PENDING_POINTS_ACTIVATION",
    "POINTS_ACCRUAL",
    "POINTS_ADDITION",
    "POINTS_EXPIRATION",
    "POINTS_REDEMPTION",
    "POINTS_REFUND",
    "POINTS_REMOVAL",
    "POINTS_TRANSFER_IN",
    "POINTS_TRANSFER_OUT",
]

VOUCHER_TRANSACTION_TYPE_VALUES: set[VoucherTransactionType] = {
    "CREDITS_ADDITION",
    "CREDITS_REDEMPTION",
    "CREDITS_REFUND",
    "CREDITS_REMOVAL",
    "PENDING_POINTS_ACTIVATION",
    "POINTS_ACCRUAL",
    "POINTS_ADDITION",
    "POINTS_EXPIRATION",
    "POINTS_REDEMPTION",
    "POINTS_REFUND",
    "POINTS_REMOVAL",
    "POINTS_TRANSFER_IN",
    "POINTS_TRANSFER_OUT",
}


def check_voucher_transaction_type(value: str) -> VoucherTransactionType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(VoucherTransactionType, value)
