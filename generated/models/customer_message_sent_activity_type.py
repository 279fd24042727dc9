from typing import Literal, cast

CustomerMessageSentActivityType = Literal[
    "customer.activecampaign.sent",
    "customer.batch.sent",
    "customer.braze.sent",
    "customer.email.sent",
    "customer.intercom.sent",
    "customer.klaviyo.sent",
    "customer.mailchimp.sent",
    "customer.shopify.sent",
    "customer.sms.sent",
]

CUSTOMER_MESSAGE_SENT_ACTIVITY_TYPE_VALUES: set[CustomerMessageSentActivityType] = {
    "customer.activecampaign.sent",
    "customer.batch.sent",
    "customer.braze.sent",
    "customer.email.sent",
    "customer.intercom.sent",
    "customer.klaviyo.sent",
    "customer.mailchimp.sent",
    "customer.shopify.sent",
    "customer.sms.sent",
}


def check_customer_message_sent_activity_type(value: str) -> CustomerMessageSentActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerMessageSentActivityType, value)
