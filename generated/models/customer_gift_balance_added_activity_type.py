from typing import Literal, cast

CustomerGiftBalanceAddedActivityType = Literal["customer.voucher.gift.balance_added"]

CUSTOMER_GIFT_BALANCE_ADDED_ACTIVITY_TYPE_VALUES: set[CustomerGiftBalanceAddedActivityType] = {
    "customer.voucher.gift.balance_added",
}


def check_customer_gift_balance_added_activity_type(value: str) -> CustomerGiftBalanceAddedActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerGiftBalanceAddedActivityType, value)
