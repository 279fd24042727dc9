from typing import Literal, cast

IncentiveMaterialType = Literal["PRODUCT", "SKU"]

INCENTIVE_MATERIAL_TYPE_VALUES: set[IncentiveMaterialType] = {
    "PRODUCT",
    "SKU",
}


def check_incentive_material_type(value: str) -> IncentiveMaterialType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(IncentiveMaterialType, value)
