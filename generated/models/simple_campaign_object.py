from typing import Literal, cast

SimpleCampaignObject = Literal["campaign"]

SIMPLE_CAMPAIGN_OBJECT_VALUES: set[SimpleCampaignObject] = {
    "campaign",
}


def check_simple_campaign_object(value: str) -> SimpleCampaignObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SimpleCampaignObject, value)
