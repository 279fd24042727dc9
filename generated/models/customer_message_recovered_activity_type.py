from typing import Literal, cast

CustomerMessageRecoveredActivityType = Literal[
    "customer.activecampaign.recovered",
    "customer.batch.recovered",
    "customer.braze.recovered",
    "customer.email.recovered",
    "customer.intercom.recovered",
    "customer.klaviyo.recovered",
    "customer.mailchimp.recovered",
    "customer.shopify.recovered",
    "customer.sms.recovered",
]

CUSTOMER_MESSAGE_RECOVERED_ACTIVITY_TYPE_VALUES: set[CustomerMessageRecoveredActivityType] = {
    "customer.activecampaign.recovered",
    "customer.batch.recovered",
    "customer.braze.recovered",
    "customer.email.recovered",
    "customer.intercom.recovered",
    "customer.klaviyo.recovered",
    "customer.mailchimp.recovered",
    "customer.shopify.recovered",
    "customer.sms.recovered",
}


def check_customer_message_recovered_activity_type(value: str) -> CustomerMessageRecoveredActivityType:
    # Values outside the documented set pass through unchanged: Voucherify adds enum values
    # (BETA endpoints especially) without notice, and a new value must not break parsing.
    return cast(CustomerMessageRecoveredActivityType, value)
