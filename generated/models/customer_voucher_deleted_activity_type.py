from typing import Literal, cast

CustomerVoucherDeletedActivityType = Literal["customer.voucher.deleted"]

CUSTOMER_VOUCHER_DELETED_ACTIVITY_TYPE_VALUES: set[CustomerVoucherDeletedActivityType] = {
    "customer.voucher.deleted",
}


def check_customer_voucher_deleted_activity_type(value: str) -> CustomerVoucherDeletedActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerVoucherDeletedActivityType, value)
