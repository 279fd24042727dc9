from typing import Literal, cast

CampaignVoucherType = Literal["DISCOUNT_VOUCHER", "GIFT_VOUCHER", "LOYALTY_CARD"]

CAMPAIGN_VOUCHER_TYPE_VALUES: set[CampaignVoucherType] = {
    "DISCOUNT_VOUCHER",
    "GIFT_VOUCHER",
    "LOYALTY_CARD",
}


def check_campaign_voucher_type(value: str) -> CampaignVoucherType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CampaignVoucherType, value)
