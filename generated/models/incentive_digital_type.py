from typing import Literal, cast

IncentiveDigitalType = Literal["DISCOUNT_COUPONS", "GIFT_VOUCHERS"]

INCENTIVE_DIGITAL_TYPE_VALUES: set[IncentiveDigitalType] = {
    "DISCOUNT_COUPONS",
    "GIFT_VOUCHERS",
}


def check_incentive_digital_type(value: str) -> IncentiveDigitalType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(IncentiveDigitalType, value)
