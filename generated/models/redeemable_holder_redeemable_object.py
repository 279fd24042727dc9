from typing import Literal, cast

RedeemableHolderRedeemableObject = Literal["voucher"]

REDEEMABLE_HOLDER_REDEEMABLE_OBJECT_VALUES: set[RedeemableHolderRedeemableObject] = {
    "voucher",
}


def check_redeemable_holder_redeemable_object(value: str) -> RedeemableHolderRedeemableObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(RedeemableHolderRedeemableObject, value)
