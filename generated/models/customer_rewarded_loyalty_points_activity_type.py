from typing import Literal, cast

CustomerRewardedLoyaltyPointsActivityType = Literal["customer.rewarded.loyalty_points"]

CUSTOMER_REWARDED_LOYALTY_POINTS_ACTIVITY_TYPE_VALUES: set[CustomerRewardedLoyaltyPointsActivityType] = {
    "customer.rewarded.loyalty_points",
}


def check_customer_rewarded_loyalty_points_activity_type(value: str) -> CustomerRewardedLoyaltyPointsActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerRewardedLoyaltyPointsActivityType, value)
