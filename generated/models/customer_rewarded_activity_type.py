from typing import Literal, cast

CustomerRewardedActivityType = Literal["customer.rewarded"]

CUSTOMER_REWARDED_ACTIVITY_TYPE_VALUES: set[CustomerRewardedActivityType] = {
    "customer.rewarded",
}


def check_customer_rewarded_activity_type(value: str) -> CustomerRewardedActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerRewardedActivityType, value)
