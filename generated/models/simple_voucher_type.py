from typing import Literal, cast

SimpleVoucherType = Literal["DISCOUNT_VOUCHER", "GIFT_VOUCHER", "LOYALTY_CARD"]

SIMPLE_VOUCHER_TYPE_VALUES: set[SimpleVoucherType] = {
    "DISCOUNT_VOUCHER",
    "GIFT_VOUCHER",
    "LOYALTY_CARD",
}


def check_simple_voucher_type(value: str) -> SimpleVoucherType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SimpleVoucherType, value)
