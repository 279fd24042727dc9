from typing import Literal, cast

SimpleCampaignType = Literal["AUTO_UPDATE", "STANDALONE", "STATIC"]

SIMPLE_CAMPAIGN_TYPE_VALUES: set[SimpleCampaignType] = {
    "AUTO_UPDATE",
    "STANDALONE",
    "STATIC",
}


def check_simple_campaign_type(value: str) -> SimpleCampaignType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SimpleCampaignType, value)
