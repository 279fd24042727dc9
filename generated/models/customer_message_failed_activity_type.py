from typing import Literal, cast

CustomerMessageFailedActivityType = Literal[
    "customer.activecampaign.failed",
    "customer.batch.failed",
    "customer.braze.failed",
    "customer.email.failed",
    "customer.intercom.failed",
    "customer.klaviyo.failed",
    "customer.mailchimp.failed",
    "customer.shopify.failed",
    "customer.sms.failed",
]

CUSTOMER_MESSAGE_FAILED_ACTIVITY_TYPE_VALUES: set[CustomerMessageFailedActivityType] = {
    "customer.activecampaign.failed",
    "customer.batch.failed",
    "customer.braze.failed",
    "customer.email.failed",
    "customer.intercom.failed",
    "customer.klaviyo.failed",
    "customer.mailchimp.failed",
    "customer.shopify.failed",
    "customer.sms.failed",
}


def check_customer_message_failed_activity_type(value: str) -> CustomerMessageFailedActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerMessageFailedActivityType, value)
