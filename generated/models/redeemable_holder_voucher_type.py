from typing import Literal, cast

RedeemableHolderVoucherType = Literal["DISCOUNT_VOUCHER", "GIFT_VOUCHER", "LOYALTY_CARD"]

REDEEMABLE_HOLDER_VOUCHER_TYPE_VALUES: set[RedeemableHolderVoucherType] = {
    "DISCOUNT_VOUCHER",
    "GIFT_VOUCHER",
    "LOYALTY_CARD",
}


def check_redeemable_holder_voucher_type(value: str) -> RedeemableHolderVoucherType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(RedeemableHolderVoucherType, value)
