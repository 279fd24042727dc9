from typing import Literal, cast

ReferralProgramConversionEventType = Literal["custom_event", "redemption"]

REFERRAL_PROGRAM_CONVERSION_EVENT_TYPE_VALUES: set[ReferralProgramConversionEventType] = {
    "custom_event",
    "redemption",
}


def check_referral_program_conversion_event_type(value: str) -> ReferralProgramConversionEventType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(ReferralProgramConversionEventType, value)
