from typing import Literal, cast

EarningEffectType = Literal["INCENTIVE", "POINTS", "POINTS_PROPORTIONAL"]

EARNING_EFFECT_TYPE_VALUES: set[EarningEffectType] = {
    "INCENTIVE",
    "POINTS",
    "POINTS_PROPORTIONAL",
}


def check_earning_effect_type(value: str) -> EarningEffectType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(EarningEffectType, value)
