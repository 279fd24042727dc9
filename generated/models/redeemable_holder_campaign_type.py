from typing import Literal, cast

RedeemableHolderCampaignType = Literal["REFERRAL_PROGRAM"]

REDEEMABLE_HOLDER_CAMPAIGN_TYPE_VALUES: set[RedeemableHolderCampaignType] = {
    "REFERRAL_PROGRAM",
}


def check_redeemable_holder_campaign_type(value: str) -> RedeemableHolderCampaignType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(RedeemableHolderCampaignType, value)
