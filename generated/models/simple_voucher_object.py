from typing import Literal, cast

SimpleVoucherObject = Literal["voucher"]

SIMPLE_VOUCHER_OBJECT_VALUES: set[SimpleVoucherObject] = {
    "voucher",
}


def check_simple_voucher_object(value: str) -> SimpleVoucherObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(SimpleVoucherObject, value)
