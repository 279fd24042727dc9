from typing import Literal, cast

RedeemableHolderHolderRole = Literal["OWNER", "REFEREE", "REFERRER"]

REDEEMABLE_HOLDER_HOLDER_ROLE_VALUES: set[RedeemableHolderHolderRole] = {
    "OWNER",
    "REFEREE",
    "REFERRER",
}


def check_redeemable_holder_holder_role(value: str) -> RedeemableHolderHolderRole:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(RedeemableHolderHolderRole, value)
