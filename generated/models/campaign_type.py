from typing import Literal, cast

CampaignType = Literal["DISCOUNT_COUPONS", "GIFT_VOUCHERS", "LOYALTY_PROGRAM", "PROMOTION", "REFERRAL_PROGRAM"]

CAMPAIGN_TYPE_VALUES: set[CampaignType] = {
    "DISCOUNT_COUPONS",
    "GIFT_VOUCHERS",
    "LOYALTY_PROGRAM",
    "PROMOTION",
    "REFERRAL_PROGRAM",
}


def check_campaign_type(value: str) -> CampaignType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CampaignType, value)
