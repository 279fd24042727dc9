from typing import Literal, cast

RedeemableHolderObject = Literal["redeemable_holder"]

REDEEMABLE_HOLDER_OBJECT_VALUES: set[RedeemableHolderObject] = {
    "redeemable_holder",
}


def check_redeemable_holder_object(value: str) -> RedeemableHolderObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(RedeemableHolderObject, value)
