from typing import Literal, cast

PublicationVoucherObject = Literal["voucher"]

PUBLICATION_VOUCHER_OBJECT_VALUES: set[PublicationVoucherObject] = {
    "voucher",
}


def check_publication_voucher_object(value: str) -> PublicationVoucherObject:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(PublicationVoucherObject, value)
