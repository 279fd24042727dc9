from typing import Literal, cast

VoucherType = Literal["DISCOUNT_VOUCHER", "GIFT_VOUCHER", "LOYALTY_CARD"]

VOUCHER_TYPE_VALUES: set[VoucherType] = {
    "DISCOUNT_VOUCHER",
    "GIFT_VOUCHER",
    "LOYALTY_CARD",
}


def check_voucher_type(value: str) -> VoucherType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(VoucherType, value)
